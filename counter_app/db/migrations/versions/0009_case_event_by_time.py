"""case events by time: an index on case_event.occurred_at for the reads by day

Today's intake (窗口管理), extended service (延时服务) and a period's evaluation (绩效考核) select the
events of a span of days; without the index each scans every event the store holds.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f('ix_case_event_occurred_at'), 'case_event', ['occurred_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_case_event_occurred_at'), table_name='case_event')
