"""absence events (a fact table): reported, approved, refused, withdrawn

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.db import append_only
from counter_app.store.types import UtcDateTime

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'absence_event',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('absence_id', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('staff_id', sa.Uuid(), nullable=False),
        sa.Column('actor_id', sa.Uuid(), nullable=False),
        sa.Column('device_id', sa.Uuid(), nullable=False),
        sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_absence_event_actor_id_staff')),
        sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_absence_event_device_id_device')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_absence_event_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_absence_event')),
    )
    op.create_index(op.f('ix_absence_event_absence_id'), 'absence_event', ['absence_id'], unique=False)
    op.create_index(op.f('ix_absence_event_staff_id'), 'absence_event', ['staff_id'], unique=False)
    append_only.protect('absence_event')


def downgrade() -> None:
    append_only.unprotect('absence_event')
    op.drop_table('absence_event')
