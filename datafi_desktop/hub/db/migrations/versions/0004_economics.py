"""Economics: content-level deduplication (an index on each task's content hashes,
flags for reviewers, fingerprints of collected items) and delayed gold feedback
(when a gold answer was settled).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("submissions_content", "submissions", ["task_uid", "content_hash"])
    op.add_column("gold_scores", sa.Column("settled_at", sa.BigInteger, nullable=True))
    # answers already decided count as settled when they were scored
    op.execute(
        "UPDATE gold_scores SET settled_at = created_at WHERE submission_id IN "
        "(SELECT id FROM submissions WHERE status != 'pending')"
    )
    op.create_table(
        "submission_flags",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  primary_key=True, autoincrement=True),
        sa.Column("submission_id", sa.String(36),
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("campaign_id", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("other_submission_id", sa.String(36), nullable=False),
        sa.Column("other_account", sa.String(42), nullable=False),
        sa.Column("same_account", sa.Boolean, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_index("submission_flags_submission", "submission_flags", ["submission_id"])
    op.create_index("submission_flags_campaign", "submission_flags", ["campaign_id", "id"])
    op.create_table(
        "submission_fingerprints",
        sa.Column("submission_id", sa.String(36),
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("task_uid", sa.BigInteger, nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
    )
    op.create_index("submission_fingerprints_lookup", "submission_fingerprints",
                    ["task_uid", "kind", "value"])


def downgrade() -> None:
    op.drop_table("submission_fingerprints")
    op.drop_table("submission_flags")
    with op.batch_alter_table("gold_scores") as batch:
        batch.drop_column("settled_at")
    op.drop_index("submissions_content", "submissions")
