"""The sign-in nonce throttle counts in the database, for every hub process (issue 15).

Revision ID: 0010
Revises: 0009

``siwe_nonces.client`` is the address that asked for the nonce; the throttle counts a
client's nonces of the last window along ``siwe_nonces_client`` (it was a window in
each process's memory, so N processes allowed N times the limit).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("siwe_nonces") as batch:
        batch.add_column(sa.Column("client", sa.String(64), nullable=True))
    op.create_index("siwe_nonces_client", "siwe_nonces", ["client", "issued_at"])


def downgrade() -> None:
    op.drop_index("siwe_nonces_client", "siwe_nonces")
    with op.batch_alter_table("siwe_nonces") as batch:
        batch.drop_column("client")
