"""staff register: experience since, the register's events (a fact table); an index of refused outbox rows

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.db import append_only
from counter_app.store.types import UtcDateTime

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REFUSED = "rejected_reason IS NOT NULL"


def upgrade() -> None:
    op.create_table(
        'staff_event',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('staff_id', sa.Uuid(), nullable=False),
        sa.Column('actor_id', sa.Uuid(), nullable=False),
        sa.Column('device_id', sa.Uuid(), nullable=False),
        sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_staff_event_actor_id_staff')),
        sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_staff_event_device_id_device')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_event_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_event')),
    )
    op.create_index(op.f('ix_staff_event_staff_id'), 'staff_event', ['staff_id'], unique=False)
    append_only.protect('staff_event')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('experience_since', sa.Date(), nullable=True))
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_rejected', ['queued_at'], unique=False,
                              sqlite_where=sa.text(_REFUSED), postgresql_where=sa.text(_REFUSED))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_rejected')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('experience_since')
    append_only.unprotect('staff_event')
    op.drop_table('staff_event')
