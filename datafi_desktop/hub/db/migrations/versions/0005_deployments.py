"""Contract deployments made by ``datafi-hub chain deploy``.

Revision ID: 0005
Revises: 0004

One row per deployment name: its chain, its state (``deploying`` until every step is
mined, verified and confirmed, then ``deployed``) and the whole record as JSON (addresses,
transactions — signed ones stored before broadcast, so a killed run resumes —, blocks,
roles, artifact hashes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deployments",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("chain_id", sa.BigInteger, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("updated_at", sa.BigInteger, nullable=False),
        sa.CheckConstraint("state IN ('deploying', 'deployed')", name="deployments_state"),
    )


def downgrade() -> None:
    op.drop_table("deployments")
