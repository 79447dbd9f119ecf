"""The status feed ordered per account instead of by one global counter row (issue 15).

Revision ID: 0008
Revises: 0007

Every intake, verdict and payment used to bump the one ``counters`` row, so all
writers of all campaigns queued on it. ``feed_seqs`` holds one position per
account; a new account starts at the old counter's value (kept, no longer
bumped), so every cursor a client stored stays below the positions to come.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_seqs",
        sa.Column("account", sa.String(42), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    # the global counter takes over again above every position handed out per account
    op.execute("UPDATE counters SET value = (SELECT max(v) FROM (SELECT value AS v FROM "
               "counters WHERE name = 'status_seq' UNION ALL SELECT value FROM feed_seqs) "
               "AS t) WHERE name = 'status_seq'")
    op.drop_table("feed_seqs")
