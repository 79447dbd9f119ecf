"""Alembic environment: runs on the connection the hub hands over (see hub.db.migrate)."""

from __future__ import annotations

from alembic import context

from datafi_desktop.hub.db.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the hub always passes its connection
    raise RuntimeError("run migrations through datafi_desktop.hub.db.migrate.upgrade()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
