"""Stuck transactions the hub replaced (same nonce, higher fee).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tx_replacements",
        sa.Column("replaced", sa.String(66), primary_key=True),
        sa.Column("replacement", sa.String(66), nullable=False),
        sa.Column("sender", sa.String(42), nullable=False),
        sa.Column("nonce", sa.BigInteger, nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("old_max_fee", sa.String(80), nullable=False),
        sa.Column("new_max_fee", sa.String(80), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_index("tx_replacements_replacement", "tx_replacements", ["replacement"])


def downgrade() -> None:
    op.drop_table("tx_replacements")
