"""Settlement and the relayer: epochs with their trees, each account's leaf, the
submission digests each epoch counted, and relayed claims.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

Amount = sa.String(80)


def upgrade() -> None:
    op.create_table(
        "epochs",
        sa.Column("campaign_id", sa.String(128),
                  sa.ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("epoch", sa.BigInteger, primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("ledger_upto", sa.BigInteger, nullable=False),
        sa.Column("chain_id", sa.BigInteger, nullable=False),
        sa.Column("distributor", sa.String(42), nullable=False),
        sa.Column("rewards_root", sa.String(66), nullable=False),
        sa.Column("submissions_root", sa.String(66), nullable=False),
        sa.Column("total_cumulative", Amount, nullable=False),
        sa.Column("accounts", sa.Integer, nullable=False),
        sa.Column("submissions", sa.Integer, nullable=False),
        sa.Column("uri", sa.Text, nullable=False),
        sa.Column("rewards_tree", sa.LargeBinary, nullable=False),
        sa.Column("submissions_tree", sa.LargeBinary, nullable=True),
        sa.Column("sender", sa.String(42), nullable=True),
        sa.Column("tx_hash", sa.String(66), nullable=True),
        sa.Column("tx_nonce", sa.BigInteger, nullable=True),
        sa.Column("raw_tx", sa.Text, nullable=True),
        sa.Column("block_number", sa.BigInteger, nullable=True),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("posted_at", sa.BigInteger, nullable=True),
        sa.CheckConstraint("state IN ('built', 'posted')", name="epochs_state"),
    )
    op.create_table(
        "epoch_accounts",
        sa.Column("campaign_id", sa.String(128), primary_key=True),
        sa.Column("epoch", sa.BigInteger, primary_key=True),
        sa.Column("account", sa.String(42), primary_key=True),
        sa.Column("cumulative_amount", Amount, nullable=False),
        sa.Column("tree_index", sa.Integer, nullable=False),
    )
    op.create_index("epoch_accounts_account", "epoch_accounts",
                    ["campaign_id", "account", "epoch"])
    op.create_table(
        "epoch_submissions",
        sa.Column("campaign_id", sa.String(128), primary_key=True),
        sa.Column("digest", sa.String(66), primary_key=True),
        sa.Column("epoch", sa.BigInteger, nullable=False),
        sa.Column("tree_index", sa.Integer, nullable=False),
    )
    op.create_index("epoch_submissions_epoch", "epoch_submissions", ["campaign_id", "epoch"])
    op.create_table(
        "relayed_claims",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("campaign_id", sa.String(128), nullable=False),
        sa.Column("account", sa.String(42), nullable=False),
        sa.Column("nonce", Amount, nullable=False),
        sa.Column("request_digest", sa.String(66), nullable=False, unique=True),
        sa.Column("cumulative_amount", Amount, nullable=False),
        sa.Column("expected_root", sa.String(66), nullable=False),
        sa.Column("epoch", sa.BigInteger, nullable=False),
        sa.Column("relayer", sa.String(42), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("tx_hash", sa.String(66), nullable=True),
        sa.Column("tx_nonce", sa.BigInteger, nullable=True),
        sa.Column("raw_tx", sa.Text, nullable=True),
        sa.Column("block_number", sa.BigInteger, nullable=True),
        sa.Column("amount", Amount, nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("error_name", sa.String(64), nullable=True),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("updated_at", sa.BigInteger, nullable=False),
        sa.UniqueConstraint("campaign_id", "account", "nonce", name="relayed_claims_nonce"),
    )
    op.create_index("relayed_claims_account", "relayed_claims", ["account", "created_at"])
    op.create_index("relayed_claims_tx", "relayed_claims", ["tx_hash"])


def downgrade() -> None:
    for name in ("relayed_claims", "epoch_submissions", "epoch_accounts", "epochs"):
        op.drop_table(name)
