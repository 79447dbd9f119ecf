"""Hub fixtures: a real hub over a real socket on 127.0.0.1, on SQLite and (when
``DATAFI_TEST_DATABASE_URL`` is set) on PostgreSQL, each test in a fresh database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from datafi_desktop.hub.server.inprocess import RunningHub, start_hub
from datafi_desktop.hub.settings import HubSettings
from tests.conftest import KeySigner

from .helpers import AppProfile, Clock, text_campaign

PG_ENV = "DATAFI_TEST_DATABASE_URL"


def _postgres_url(base: str) -> Iterator[str]:
    """A fresh schema in the test database; its URL puts it first on the search path."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL leg: set {PG_ENV} (scripts/postgres.sh start prints it)")
    yield from _postgres_url(base)


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The test SeaweedFS with its credentials in the AWS variables, and a fresh prefix."""
    endpoint = os.environ.get("DATAFI_TEST_S3_ENDPOINT")
    if not endpoint:
        pytest.skip("S3 leg: eval \"$(scripts/seaweedfs.sh start)\" sets DATAFI_TEST_S3_*")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", os.environ["DATAFI_TEST_S3_ACCESS_KEY"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", os.environ["DATAFI_TEST_S3_SECRET_KEY"])
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    bucket = os.environ.get("DATAFI_TEST_S3_BUCKET", "datafi-test")
    prefix = f"t-{uuid.uuid4().hex[:12]}"
    yield {"endpoint": endpoint, "bucket": bucket, "prefix": prefix,
           "url": f"s3://{bucket}/{prefix}"}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def hub_settings(tmp_path: Path, database_url: str, clock: Clock) -> HubSettings:
    return HubSettings(data_dir=tmp_path / "hub", database_url=database_url, clock=clock)


@pytest.fixture
def hub(hub_settings: HubSettings) -> Iterator[RunningHub]:
    running = start_hub(hub_settings, campaigns=[text_campaign("c1", tasks=20)])
    yield running
    running.stop()


@pytest.fixture
def alice(tmp_path: Path) -> AppProfile:
    (tmp_path / "alice").mkdir()
    return AppProfile(tmp_path / "alice", KeySigner("alice"))


@pytest.fixture
def bob(tmp_path: Path) -> AppProfile:
    (tmp_path / "bob").mkdir()
    return AppProfile(tmp_path / "bob", KeySigner("bob"))


def pytest_collection_modifyitems(items: list[Any]) -> None:
    for item in items:
        if "[postgres" in item.nodeid:
            item.add_marker(pytest.mark.postgres)
