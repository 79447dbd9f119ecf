"""The first hub schema: campaigns, tasks, leases, submissions, sign-in, roles, assets.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Serial = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("closed", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "tasks",
        sa.Column("uid", Serial, primary_key=True, autoincrement=True),
        sa.Column("campaign_id", sa.String(128),
                  sa.ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=False),
        sa.Column("task_id", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("gold", sa.Text, nullable=True),
        sa.Column("submitted", sa.Integer, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.UniqueConstraint("campaign_id", "task_id", name="tasks_campaign_task"),
    )
    op.create_index("tasks_pool", "tasks", ["campaign_id", "kind", "submitted", "uid"])
    op.create_table(
        "leases",
        sa.Column("id", Serial, primary_key=True, autoincrement=True),
        sa.Column("task_uid", sa.BigInteger, sa.ForeignKey("tasks.uid", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("campaign_id", sa.String(128), nullable=False),
        sa.Column("account", sa.String(42), nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.UniqueConstraint("task_uid", "account", name="leases_task_account"),
    )
    op.create_index("leases_task_expiry", "leases", ["task_uid", "expires_at"])
    op.create_index("leases_account", "leases", ["account", "campaign_id", "expires_at"])
    op.create_table(
        "submissions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("campaign_id", sa.String(128), nullable=False),
        sa.Column("task_uid", sa.BigInteger, sa.ForeignKey("tasks.uid", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("task_id", sa.String(128), nullable=False),
        sa.Column("account", sa.String(42), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("annotation", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(66), nullable=False),
        sa.Column("digest", sa.String(66), nullable=False, unique=True),
        sa.Column("typed_data", sa.Text, nullable=False),
        sa.Column("signature", sa.String(132), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("received_at", sa.BigInteger, nullable=False),
        sa.Column("intake", sa.String(16), nullable=False),
        sa.Column("intake_reason", sa.Text, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("verdict", sa.Text, nullable=True),
        sa.Column("seq", sa.BigInteger, nullable=False),
    )
    op.create_index("submissions_account_seq", "submissions", ["account", "seq"])
    op.create_index("submissions_review", "submissions", ["campaign_id", "status"])
    op.create_index("submissions_task", "submissions", ["task_uid", "account"])
    op.create_table(
        "counters",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(
        sa.table("counters", sa.column("name", sa.String), sa.column("value", sa.BigInteger)),
        [{"name": "status_seq", "value": 0}],
    )
    op.create_table(
        "siwe_nonces",
        sa.Column("nonce", sa.String(64), primary_key=True),
        sa.Column("issued_at", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
        sa.Column("used_at", sa.BigInteger, nullable=True),
    )
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("account", sa.String(42), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
    )
    op.create_index("sessions_account", "sessions", ["account"])
    op.create_table(
        "roles",
        sa.Column("campaign_id", sa.String(128),
                  sa.ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("account", sa.String(42), primary_key=True),
        sa.Column("role", sa.String(16), primary_key=True),
        sa.Column("granted_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "assets",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mime", sa.String(100), nullable=False),
        sa.Column("campaign_id", sa.String(128), nullable=True),
        sa.Column("uploaded_by", sa.String(42), nullable=True),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    for name in ("assets", "roles", "sessions", "siwe_nonces", "counters", "submissions",
                 "leases", "tasks", "campaigns"):
        op.drop_table(name)
