"""Running the hub's alembic migrations programmatically (no alembic.ini needed).

The migration scripts live in ``datafi_desktop/hub/db/migrations`` and ship inside
the package, so ``datafi-hub init`` works from an installed wheel.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData

from .locks import xact_lock

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Bring the database to ``revision`` (creating the schema on an empty one)."""
    config = alembic_config()
    with engine.begin() as conn:
        # several processes may start at once (serve --workers, three hubs, init runs):
        # the first migrates, the others wait for it and find the schema at head
        xact_lock(conn, "migrate")
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return current_revision(engine)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def table_definitions() -> MetaData:
    """Every table the hub defines: ``hub.db.tables``'s metadata once the modules that add their
    own tables to it are imported (what the migrations must build, see the tests)."""
    from ..chain import deploy_tables  # noqa: F401 — they add tables to db.metadata
    from ..settlement import fee_policy  # noqa: F401 — they add tables to db.metadata
    from .tables import metadata

    return metadata
