"""Review and quality control: signed reviews, review leases, gold and agreement
scores, and the append-only reward ledger.

Revision ID: 0002
Revises: 0001

The ledger is append-only: triggers refuse UPDATE and DELETE on both SQLite and
PostgreSQL (a correction is a new row). ``amount`` is a decimal string (uint256 in
the token's smallest unit): SQLite's NUMERIC would lose precision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

Serial = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    op.create_table(
        "ledger",
        sa.Column("id", Serial, primary_key=True, autoincrement=True),
        sa.Column("campaign_id", sa.String(128), nullable=False),
        sa.Column("account", sa.String(42), nullable=False),
        sa.Column("amount", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("submission_id", sa.String(36), nullable=True),
        sa.Column("review_id", sa.String(36), nullable=True),
        sa.Column("digest", sa.String(66), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.CheckConstraint("kind IN ('submission', 'review')", name="ledger_kind"),
    )
    op.create_index("ledger_campaign", "ledger", ["campaign_id", "id"])
    op.create_index("ledger_account", "ledger", ["campaign_id", "account"])
    op.create_index("ledger_submission", "ledger", ["submission_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute("CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger "
                   "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()")
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER ledger_no_{action.lower()} BEFORE {action} ON ledger "
                       "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END")

    op.create_table(
        "reviews",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("campaign_id", sa.String(128), nullable=False),
        sa.Column("submission_id", sa.String(36),
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("task_uid", sa.BigInteger, nullable=False),
        sa.Column("reviewer", sa.String(42), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("correction", sa.Text, nullable=True),
        sa.Column("correction_hash", sa.String(66), nullable=False),
        sa.Column("digest", sa.String(66), nullable=False, unique=True),
        sa.Column("typed_data", sa.Text, nullable=False),
        sa.Column("signature", sa.String(132), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("received_at", sa.BigInteger, nullable=False),
        sa.Column("intake", sa.String(16), nullable=False),
        sa.Column("intake_reason", sa.Text, nullable=True),
    )
    op.create_index("reviews_submission", "reviews", ["submission_id", "intake"])
    op.create_index("reviews_reviewer", "reviews", ["reviewer", "campaign_id"])

    op.create_table(
        "review_leases",
        sa.Column("id", Serial, primary_key=True, autoincrement=True),
        sa.Column("submission_id", sa.String(36),
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("campaign_id", sa.String(128), nullable=False),
        sa.Column("reviewer", sa.String(42), nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.UniqueConstraint("submission_id", "reviewer", name="review_leases_submission_reviewer"),
    )
    op.create_index("review_leases_expiry", "review_leases", ["submission_id", "expires_at"])
    op.create_index("review_leases_reviewer", "review_leases",
                    ["reviewer", "campaign_id", "expires_at"])

    op.create_table(
        "gold_scores",
        sa.Column("submission_id", sa.String(36),
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("campaign_id", sa.String(128), nullable=False),
        sa.Column("account", sa.String(42), nullable=False),
        sa.Column("task_uid", sa.BigInteger, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_index("gold_scores_account", "gold_scores", ["campaign_id", "account"])

    op.create_table(
        "agreement_pairs",
        sa.Column("id", Serial, primary_key=True, autoincrement=True),
        sa.Column("campaign_id", sa.String(128), nullable=False),
        sa.Column("task_uid", sa.BigInteger, nullable=False),
        sa.Column("submission_a", sa.String(36), nullable=False),
        sa.Column("submission_b", sa.String(36), nullable=False),
        sa.Column("account_a", sa.String(42), nullable=False),
        sa.Column("account_b", sa.String(42), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.UniqueConstraint("submission_a", "submission_b", name="agreement_pairs_pair"),
    )
    op.create_index("agreement_pairs_a", "agreement_pairs", ["campaign_id", "account_a"])
    op.create_index("agreement_pairs_b", "agreement_pairs", ["campaign_id", "account_b"])


def downgrade() -> None:
    for name in ("agreement_pairs", "gold_scores", "review_leases", "reviews"):
        op.drop_table(name)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS ledger_append_only ON ledger")
        op.execute("DROP FUNCTION IF EXISTS ledger_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS ledger_no_update")
        op.execute("DROP TRIGGER IF EXISTS ledger_no_delete")
    op.drop_table("ledger")
