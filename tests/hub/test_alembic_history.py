"""The hub's alembic history, tested like a long-lived application's: every revision is
upgraded to with rows in every table that exists at that point, the whole history is
downgraded back to nothing and up again, and the schema the migrations build is compared
with the table definitions in ``hub/db/tables.py`` (``compare_metadata``), so that a table or
column added to one and not the other fails here."""

from __future__ import annotations

import datetime as dt
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Engine,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    create_engine,
    inspect,
)

from datafi_desktop.hub.db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    table_definitions,
    upgrade,
)


def revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _run(engine: Engine, action: str, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, action)(config, revision)


def _value(column: Any, n: int) -> Any:
    kind = column.type
    if isinstance(kind, Boolean):
        return n % 2 == 0
    if isinstance(kind, (Integer, BigInteger)):
        return n
    if isinstance(kind, (Float, Numeric)):
        return n
    if isinstance(kind, DateTime):
        return dt.datetime(2026, 12, 4, tzinfo=dt.UTC)
    if isinstance(kind, LargeBinary):
        return b"\x01" * 32
    if isinstance(kind, JSON):
        return {"n": n}
    return f"{column.name}-{n}"


# Values the tables' CHECK constraints need (the rest are made from each column's type, and
# foreign keys take the referenced row's value).
FIXED: dict[tuple[str, str], Any] = {
    ("ledger", "kind"): "submission",
    ("epochs", "state"): "posted",
    ("deployments", "state"): "deployed",
}


def fill(engine: Engine, n: int) -> dict[str, int]:
    """Add one row to every table that has none, from the live schema; row counts."""
    meta = MetaData()
    meta.reflect(engine)
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            if conn.execute(table.select().limit(1)).first() is None:
                row: dict[str, Any] = {}
                for column in table.columns:
                    if column.primary_key and column.autoincrement is True \
                            and isinstance(column.type, (Integer, BigInteger)) \
                            and len(table.primary_key.columns) == 1:
                        continue
                    fk = next(iter(column.foreign_keys), None)
                    if fk is not None:
                        ref = fk.column
                        row[column.name] = conn.execute(
                            ref.table.select().with_only_columns(ref).limit(1)).scalar_one()
                    else:
                        row[column.name] = FIXED.get((table.name, column.name),
                                                     _value(column, n))
                conn.execute(table.insert().values(**row))
            counts[table.name] = len(conn.execute(table.select()).all())
    return counts


def _engine(database_url: str) -> Engine:
    return create_engine(database_url)


def test_the_history_is_linear_and_ends_at_head() -> None:
    history = revisions()
    assert len(history) >= 7 and history[-1] == head_revision()
    assert len(set(history)) == len(history)


def test_each_revision_upgrades_over_rows_in_every_table(database_url: str) -> None:
    engine = _engine(database_url)
    counts: dict[str, int] = {}
    for n, revision in enumerate(revisions(), start=1):
        _run(engine, "upgrade", revision)
        assert current_revision(engine) == revision
        after = fill(engine, n)
        lost = {t: c for t, c in counts.items() if after.get(t, 0) < c}
        assert not lost, f"upgrading to {revision} lost rows: {lost}"
        counts = after
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert tables == set(table_definitions().tables)
    assert all(counts[t] >= 1 for t in tables)
    engine.dispose()


def test_the_whole_history_downgrades_and_upgrades_again(database_url: str) -> None:
    engine = _engine(database_url)
    assert upgrade(engine) == head_revision()
    fill(engine, 1)
    history = revisions()
    for previous in reversed(["base", *history[:-1]]):
        _run(engine, "downgrade", previous)
        assert current_revision(engine) == (None if previous == "base" else previous)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    assert upgrade(engine) == head_revision()
    assert set(table_definitions().tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_the_migrations_build_what_db_py_defines(database_url: str) -> None:
    engine = _engine(database_url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), table_definitions())
    engine.dispose()
    assert diff == [], "hub/db/tables.py and the migrations differ (add a migration):\n" + \
        "\n".join(map(str, diff))
