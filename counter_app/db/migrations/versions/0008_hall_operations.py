"""hall operations: windows opened and closed, appointment slots and events, first inquiries,
extended service, agency help, ratings and their follow-ups, the annual evaluation (all facts but
the slots); the hall's operating rules

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.db import append_only
from counter_app.store.types import UtcDateTime

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACTS = ('window_event', 'appointment_event', 'consultation', 'extended_service', 'agency_help_event',
         'rating', 'follow_up_event', 'evaluation_record')


def upgrade() -> None:
    op.create_table('agency_help_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_agency_help_event_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_agency_help_event_device_id_device')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_agency_help_event_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency_help_event'))
    )
    with op.batch_alter_table('agency_help_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agency_help_event_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agency_help_event_staff_id'), ['staff_id'], unique=False)

    op.create_table('appointment_slot',
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('window_id', sa.Uuid(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts', sa.String(length=5), nullable=False),
    sa.Column('ends', sa.String(length=5), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_appointment_slot_item_id_item')),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_appointment_slot_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment_slot')),
    sa.UniqueConstraint('item_id', 'window_id', 'day', 'starts', name=op.f('uq_appointment_slot_item_id'))
    )
    with op.batch_alter_table('appointment_slot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_slot_day'), ['day'], unique=False)

    op.create_table('consultation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_consultation_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_consultation_device_id_device')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_consultation_item_id_item')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_consultation_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation'))
    )
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_staff_id'), ['staff_id'], unique=False)

    op.create_table('evaluation_record',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_evaluation_record_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_evaluation_record_device_id_device')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_record'))
    )
    with op.batch_alter_table('evaluation_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_record_year'), ['year'], unique=False)

    op.create_table('extended_service',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_extended_service_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_extended_service_device_id_device')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_extended_service_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extended_service'))
    )
    with op.batch_alter_table('extended_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_extended_service_staff_id'), ['staff_id'], unique=False)

    op.create_table('rating',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('staff_id', sa.Uuid(), nullable=False),
    sa.Column('window_id', sa.Uuid(), nullable=True),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_rating_device_id_device')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_rating_staff_id_staff')),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_rating_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating'))
    )
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rating_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rating_visit_id'), ['visit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rating_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_rating_staff_id'), ['staff_id'], unique=False)

    op.create_table('window_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('window_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_window_event_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_window_event_device_id_device')),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_window_event_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_window_event'))
    )
    with op.batch_alter_table('window_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_window_event_window_id'), ['window_id'], unique=False)

    op.create_table('appointment_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('appointment_id', sa.Uuid(), nullable=False),
    sa.Column('slot_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_appointment_event_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_appointment_event_device_id_device')),
    sa.ForeignKeyConstraint(['slot_id'], ['appointment_slot.id'], name=op.f('fk_appointment_event_slot_id_appointment_slot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment_event'))
    )
    with op.batch_alter_table('appointment_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_event_appointment_id'), ['appointment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointment_event_slot_id'), ['slot_id'], unique=False)

    op.create_table('follow_up_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rating_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_follow_up_event_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_follow_up_event_device_id_device')),
    sa.ForeignKeyConstraint(['rating_id'], ['rating.id'], name=op.f('fk_follow_up_event_rating_id_rating')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_event'))
    )
    with op.batch_alter_table('follow_up_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_event_rating_id'), ['rating_id'], unique=False)

    with op.batch_alter_table('hall', schema=None) as batch_op:
        batch_op.add_column(sa.Column('operating_rules', sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
    for table in FACTS:
        append_only.protect(table)



def downgrade() -> None:
    for table in FACTS:
        append_only.unprotect(table)
    with op.batch_alter_table('hall', schema=None) as batch_op:
        batch_op.drop_column('operating_rules')

    with op.batch_alter_table('follow_up_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_event_rating_id'))

    op.drop_table('follow_up_event')
    with op.batch_alter_table('appointment_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_event_slot_id'))
        batch_op.drop_index(batch_op.f('ix_appointment_event_appointment_id'))

    op.drop_table('appointment_event')
    with op.batch_alter_table('window_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_window_event_window_id'))

    op.drop_table('window_event')
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rating_staff_id'))
        batch_op.drop_index(batch_op.f('ix_rating_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_rating_visit_id'))
        batch_op.drop_index(batch_op.f('ix_rating_case_id'))

    op.drop_table('rating')
    with op.batch_alter_table('extended_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_extended_service_staff_id'))

    op.drop_table('extended_service')
    with op.batch_alter_table('evaluation_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_record_year'))

    op.drop_table('evaluation_record')
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_staff_id'))
        batch_op.drop_index(batch_op.f('ix_consultation_occurred_at'))

    op.drop_table('consultation')
    with op.batch_alter_table('appointment_slot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_slot_day'))

    op.drop_table('appointment_slot')
    with op.batch_alter_table('agency_help_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agency_help_event_staff_id'))
        batch_op.drop_index(batch_op.f('ix_agency_help_event_case_id'))

    op.drop_table('agency_help_event')
