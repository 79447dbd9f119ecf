"""Indexes the hub needs at a million submissions (issue 15).

Revision ID: 0007
Revises: 0006

- ``ledger_review``: review intake asks whether a review is already credited
  (``ledger.has_entry('review')``) — it scanned every ledger row;
- ``submissions_review_queue``: the review queue walks a campaign's pending
  submissions in (received_at, id) order instead of sorting them all;
- ``leases_campaign_live``: live leases of a campaign by task, for the lease pool.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ledger_review", "ledger", ["review_id"])
    op.create_index("submissions_review_queue", "submissions",
                    ["campaign_id", "status", "received_at", "id"])
    op.create_index("leases_campaign_live", "leases", ["campaign_id", "expires_at", "task_uid"])


def downgrade() -> None:
    op.drop_index("leases_campaign_live", "leases")
    op.drop_index("submissions_review_queue", "submissions")
    op.drop_index("ledger_review", "ledger")
