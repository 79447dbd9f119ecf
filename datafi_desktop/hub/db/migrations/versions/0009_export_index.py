"""The export reads a campaign's submissions along an index, in export order (issue 15).

Revision ID: 0009
Revises: 0008

``submissions_export`` is (campaign_id, task_id, created_at, id): the order of an
export record's sort key, so a streamed export walks the index instead of sorting a
million rows (which spilled ~1.4 GB to disk). On PostgreSQL the text columns are
indexed ``COLLATE "C"`` — code-point order, as Python sorts — whatever the database's
collation; SQLite compares text by code point already.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("submissions_export", "submissions", [
            "campaign_id", sa.text('task_id COLLATE "C"'), "created_at",
            sa.text('id COLLATE "C"')])
    else:
        op.create_index("submissions_export", "submissions",
                        ["campaign_id", "task_id", "created_at", "id"])


def downgrade() -> None:
    op.drop_index("submissions_export", "submissions")
