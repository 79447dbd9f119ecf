"""One real cache (demo campaign + extras, every task signed by a test key), built
once per session; exports are written per test into tmp folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from datafi_desktop.core.cache import Cache
from datafi_desktop.core.formats.records import ExportRecord
from datafi_desktop.core.formats.sources import cache_records

from .builders import build_cache


@pytest.fixture(scope="session")
def built_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    cache = build_cache(tmp_path_factory.mktemp("formats") / "cache.sqlite3")
    yield cache
    cache.close()


@pytest.fixture(scope="session")
def all_records(built_cache: Cache) -> list[ExportRecord]:
    return cache_records(built_cache)


@pytest.fixture(scope="session")
def demo_records(built_cache: Cache) -> list[ExportRecord]:
    return cache_records(built_cache, campaign_id="demo")


@pytest.fixture
def images(built_cache: Cache):  # type: ignore[no-untyped-def]
    return built_cache.assets.path


def by_task(records: list[ExportRecord]) -> dict[str, ExportRecord]:
    return {r.task.id: r for r in records}


def export_dir(tmp_path: Path, name: str = "export") -> Path:
    return tmp_path / name
