"""sync: the counter that made each hall fact; an index of what still waits in the outbox

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WAITING = "pushed_at IS NULL AND rejected_reason IS NULL"


def upgrade() -> None:
    with op.batch_alter_table('hall_fact_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('device_id', sa.Uuid(), nullable=True))
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_waiting', ['queued_at', 'fact_table', 'fact_id'], unique=False,
                              sqlite_where=sa.text(_WAITING), postgresql_where=sa.text(_WAITING))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_waiting')
    with op.batch_alter_table('hall_fact_log', schema=None) as batch_op:
        batch_op.drop_column('device_id')
