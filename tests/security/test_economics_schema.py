"""The economics tables (flags, fingerprints, settled gold answers) as migration 0004 makes
them are the ones ``hub/db/tables.py`` describes."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from datafi_desktop.hub.db import migrate
from datafi_desktop.hub.db.tables import make_engine, metadata


def test_T_econ_schema_migration_matches_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}", pool=False)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()
    mine = [d for d in diff if any(name in repr(d) for name in (
        "submission_flags", "submission_fingerprints", "settled_at", "submissions_content"))]
    assert mine == []
