"""Tables of settlement and the relayer (SQLAlchemy Core; created by migration 0003).

- ``epochs``: one row per campaign and epoch — the ledger position it covers, both roots,
  the total, both trees (32-byte nodes, concatenated), and the posting transaction. State
  ``built`` (trees stored, not yet on-chain) → ``posted`` (``postEpoch`` mined).
- ``epoch_accounts``: each account's cumulative amount in an epoch and its leaf's index in
  the rewards tree (a proof is read off the stored tree from that index).
- ``epoch_submissions``: each accepted submission digest, in the epoch that first counted it.
- ``relayed_claims``: claims the hub's relayer sent for accounts without gas.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from ..db.tables import metadata

#: uint256 as a decimal string (at most 78 digits)
Amount = String(80)

epochs = Table(
    "epochs",
    metadata,
    Column("campaign_id", String(128), ForeignKey("campaigns.id", ondelete="CASCADE"),
           primary_key=True),
    Column("epoch", BigInteger, primary_key=True),
    Column("state", String(16), nullable=False),  # built | posted
    Column("ledger_upto", BigInteger, nullable=False),  # last ledger id counted
    Column("chain_id", BigInteger, nullable=False),
    Column("distributor", String(42), nullable=False),
    Column("rewards_root", String(66), nullable=False),
    Column("submissions_root", String(66), nullable=False),  # 0x00…00 when none new
    Column("total_cumulative", Amount, nullable=False),
    Column("accounts", Integer, nullable=False),
    Column("submissions", Integer, nullable=False),
    Column("uri", Text, nullable=False),
    Column("rewards_tree", LargeBinary, nullable=False),
    Column("submissions_tree", LargeBinary, nullable=True),
    Column("sender", String(42), nullable=True),
    Column("tx_hash", String(66), nullable=True),
    Column("tx_nonce", BigInteger, nullable=True),
    Column("raw_tx", Text, nullable=True),
    Column("block_number", BigInteger, nullable=True),
    Column("created_at", BigInteger, nullable=False),
    Column("posted_at", BigInteger, nullable=True),
)

epoch_accounts = Table(
    "epoch_accounts",
    metadata,
    Column("campaign_id", String(128), primary_key=True),
    Column("epoch", BigInteger, primary_key=True),
    Column("account", String(42), primary_key=True),  # checksummed
    Column("cumulative_amount", Amount, nullable=False),
    Column("tree_index", Integer, nullable=False),
)
Index("epoch_accounts_account", epoch_accounts.c.campaign_id, epoch_accounts.c.account,
      epoch_accounts.c.epoch)

epoch_submissions = Table(
    "epoch_submissions",
    metadata,
    Column("campaign_id", String(128), primary_key=True),
    Column("digest", String(66), primary_key=True),  # lowercase 0x hex
    Column("epoch", BigInteger, nullable=False),
    Column("tree_index", Integer, nullable=False),
)
Index("epoch_submissions_epoch", epoch_submissions.c.campaign_id, epoch_submissions.c.epoch)

relayed_claims = Table(
    "relayed_claims",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("campaign_id", String(128), nullable=False),
    Column("account", String(42), nullable=False),
    Column("nonce", Amount, nullable=False),  # the ClaimRequest's nonce
    Column("request_digest", String(66), nullable=False, unique=True),
    Column("cumulative_amount", Amount, nullable=False),
    Column("expected_root", String(66), nullable=False),
    Column("epoch", BigInteger, nullable=False),
    Column("relayer", String(42), nullable=False),
    Column("state", String(16), nullable=False),  # pending | confirmed | failed | dropped
    Column("tx_hash", String(66), nullable=True),
    Column("tx_nonce", BigInteger, nullable=True),
    Column("raw_tx", Text, nullable=True),
    Column("block_number", BigInteger, nullable=True),
    Column("amount", Amount, nullable=True),
    Column("error", Text, nullable=True),
    Column("error_name", String(64), nullable=True),
    Column("created_at", BigInteger, nullable=False),
    Column("updated_at", BigInteger, nullable=False),
    UniqueConstraint("campaign_id", "account", "nonce", name="relayed_claims_nonce"),
)
Index("relayed_claims_account", relayed_claims.c.account, relayed_claims.c.created_at)
Index("relayed_claims_tx", relayed_claims.c.tx_hash)
