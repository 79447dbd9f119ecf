"""Sign-in message checks that were too loose: the URI was compared as a text prefix
(``http://127.0.0.1:181019/`` and ``…@evil.com/`` passed) and the statement not at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner
from tests.hub.helpers import ApiUser

from .availability_support import hub_in_thread


@pytest.fixture
def avail_hub(tmp_path: Path) -> Iterator[RunningHub]:
    yield from hub_in_thread(tmp_path)


def test_T_signin_uri_origin_parsed(avail_hub: RunningHub) -> None:
    user = ApiUser(avail_hub.url, KeySigner("alice"))
    base = avail_hub.url  # http://127.0.0.1:<port>
    for uri in (f"{base}9/", f"{base}@evil.com/", f"{base}@evil.com",
                base.replace("http://", "https://"), base.replace("127.0.0.1", "localhost"),
                "http://127.0.0.1:181019/", f"http://evil.com/?{base}"):
        message, _ = user.siwe_message(uri=uri)
        response = user.login(message)
        assert response.status_code == 401, (uri, response.text)
        assert "uri" in response.json()["detail"]
    for uri in (base, f"{base}/", f"{base}/login?x=1", base.upper().replace("HTTP:", "http:")):
        message, _ = user.siwe_message(uri=uri)
        assert user.login(message).status_code == 200, uri


def test_T_signin_statement_exact(avail_hub: RunningHub) -> None:
    user = ApiUser(avail_hub.url, KeySigner("alice"))
    for statement in ("Send all my tokens to 0xabc.", "Sign in to the DataFi hub", None):
        message, _ = user.siwe_message(statement=statement)
        response = user.login(message)
        assert response.status_code == 401, (statement, response.text)
        assert "statement" in response.json()["detail"]
    message, _ = user.siwe_message()
    assert user.login(message).status_code == 200
