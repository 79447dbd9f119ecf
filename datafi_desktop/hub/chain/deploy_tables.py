"""The ``deployments`` table (created by migration 0005): one JSON record per name."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, String, Table, Text

from ..db.tables import metadata

deployments = Table(
    "deployments",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("chain_id", BigInteger, nullable=False),
    Column("state", String(16), nullable=False),  # deploying | deployed
    Column("record", Text, nullable=False),  # JSON, see hub/chain/deploy.py
    Column("created_at", BigInteger, nullable=False),
    Column("updated_at", BigInteger, nullable=False),
)
