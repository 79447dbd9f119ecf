"""A database that stops answering (restart, failover, a full pool) is a 503 with
Retry-After — "nothing was changed, send it again" — never a 500, on the routes that read
a session before the body (the guard) and on the routes themselves."""

from __future__ import annotations

import socket

from sqlalchemy import create_engine

from datafi_desktop.hub.server.inprocess import RunningHub
from tests.conftest import KeySigner

from .helpers import ApiUser, answer, signed_item


def _nowhere() -> str:
    """A PostgreSQL URL on a loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"postgresql+psycopg://nobody@127.0.0.1:{port}/gone"


def test_requests_while_the_database_is_away_get_503_and_succeed_when_it_is_back(
        hub: RunningHub) -> None:
    signer = KeySigner("db-down")
    user = ApiUser(hub.url, signer).sign_in()
    [lease] = user.post("/v1/campaigns/c1/leases", json={"count": 1}).json()["leases"]
    item = signed_item(signer, "c1", lease["task"]["id"], answer(0))

    real = hub.hub.engine
    hub.hub.engine = create_engine(_nowhere(), connect_args={"connect_timeout": 2})
    try:
        pushed = user.post("/v1/submissions", json={"items": [item]})
        leased = user.post("/v1/campaigns/c1/leases", json={"count": 1})
        listed = user.get("/v1/campaigns")
    finally:
        hub.hub.engine.dispose()
        hub.hub.engine = real
    for response in (pushed, leased, listed):
        assert response.status_code == 503, (response.status_code, response.text)
        assert response.headers["Retry-After"] == "1"
        assert "nothing was changed" in response.json()["detail"]
        assert "nobody" not in response.text and "psycopg" not in response.text

    again = user.post("/v1/submissions", json={"items": [item]})  # the same item, resent
    assert again.status_code == 200, again.text
    [result] = again.json()["results"]
    assert result["result"] == "accepted" and not result["duplicate"]
