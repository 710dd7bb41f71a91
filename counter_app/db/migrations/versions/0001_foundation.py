"""foundation: reference data, facts, case projection, sync bookkeeping

Fact tables (case_event, audit_entry) are append-only by trigger on both engines.

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.db import append_only

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACT_TABLES = ("case_event", "audit_entry")


def upgrade() -> None:
    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_working_day', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_day'))
    )
    op.create_table('calendar_year',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('notice', sa.String(length=200), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_calendar_year'))
    )
    op.create_table('department',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('short_name', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_department')),
    sa.UniqueConstraint('code', name=op.f('uq_department_code'))
    )
    op.create_table('device',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device')),
    sa.UniqueConstraint('code', name=op.f('uq_device_code'))
    )
    op.create_table('hall',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('opening_hours', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hall')),
    sa.UniqueConstraint('code', name=op.f('uq_hall_code'))
    )
    op.create_table('hall_fact_log',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('fact_table', sa.String(length=40), nullable=False),
    sa.Column('fact_id', sa.Uuid(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_hall_fact_log')),
    sa.UniqueConstraint('fact_table', 'fact_id', name=op.f('uq_hall_fact_log_fact_table'))
    )
    op.create_table('local_counter',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_local_counter'))
    )
    op.create_table('outbox',
    sa.Column('fact_table', sa.String(length=40), nullable=False),
    sa.Column('fact_id', sa.Uuid(), nullable=False),
    sa.Column('queued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('pushed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('rejected_reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('fact_table', 'fact_id', name=op.f('pk_outbox'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_queued_at'), ['queued_at'], unique=False)

    op.create_table('service_window',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('type', sa.Enum('constant', 'comprehensive', 'emergency', 'seasonal', name='window_type', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.Column('season_from', sa.String(length=5), nullable=True),
    sa.Column('season_to', sa.String(length=5), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_window')),
    sa.UniqueConstraint('number', name=op.f('uq_service_window_number'))
    )
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('item',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('licence', 'confirmation', 'fee', 'public_service', 'other', name='item_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('department_id', sa.Uuid(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('statutory_limit_days', sa.Integer(), nullable=True),
    sa.Column('promised_limit_days', sa.Integer(), nullable=True),
    sa.Column('joint_handling', sa.Boolean(), nullable=False),
    sa.Column('fee', sa.String(length=400), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=True),
    sa.Column('pinyin', sa.String(length=800), nullable=False),
    sa.Column('pinyin_initials', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_item_department_id_department')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item')),
    sa.UniqueConstraint('code', name=op.f('uq_item_code'))
    )
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_department_id'), ['department_id'], unique=False)

    op.create_table('staff',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('department_id', sa.Uuid(), nullable=True),
    sa.Column('window_id', sa.Uuid(), nullable=True),
    sa.Column('backup_id', sa.Uuid(), nullable=True),
    sa.Column('employment', sa.Enum('civil_servant', 'authorised_org', name='employment', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('law_enforcement_cert', sa.String(length=40), nullable=True),
    sa.Column('posted_on', sa.Date(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['backup_id'], ['staff.id'], name=op.f('fk_staff_backup_id_staff')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_staff_department_id_department')),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_staff_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('code', name=op.f('uq_staff_code'))
    )
    op.create_table('window_department',
    sa.Column('window_id', sa.Uuid(), nullable=False),
    sa.Column('department_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_window_department_department_id_department')),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_window_department_window_id_service_window')),
    sa.PrimaryKeyConstraint('window_id', 'department_id', name=op.f('pk_window_department'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_audit_entry_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_audit_entry_device_id_device')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_occurred_at'), ['occurred_at'], unique=False)

    op.create_table('case_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('device_seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('acting_for_id', sa.Uuid(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['acting_for_id'], ['staff.id'], name=op.f('fk_case_event_acting_for_id_staff')),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_case_event_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_case_event_device_id_device')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_event')),
    sa.UniqueConstraint('device_id', 'device_seq', name=op.f('uq_case_event_device_id'))
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_event_case_id'), ['case_id'], unique=False)

    op.create_table('case_file',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('case_no', sa.String(length=40), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('department_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('holder_id', sa.Uuid(), nullable=True),
    sa.Column('applicant_name', sa.String(length=200), nullable=False),
    sa.Column('applicant_id_no', sa.String(length=40), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('promised_due', sa.Date(), nullable=True),
    sa.Column('statutory_due', sa.Date(), nullable=True),
    sa.Column('warning_level', sa.String(length=10), nullable=False),
    sa.Column('has_conflict', sa.Boolean(), nullable=False),
    sa.Column('event_count', sa.Integer(), nullable=False),
    sa.Column('last_event_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_case_file_department_id_department')),
    sa.ForeignKeyConstraint(['holder_id'], ['staff.id'], name=op.f('fk_case_file_holder_id_staff')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_case_file_item_id_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file')),
    sa.UniqueConstraint('case_no', name=op.f('uq_case_file_case_no'))
    )
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_file_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_holder_id'), ['holder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_promised_due'), ['promised_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_status'), ['status'], unique=False)

    op.create_table('item_material',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('form', sa.Enum('original', 'copy', 'original_and_copy', name='material_form', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('requirement', sa.Enum('required', 'conditional', name='requirement', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_item_material_item_id_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item_material')),
    sa.UniqueConstraint('item_id', 'position', name=op.f('uq_item_material_item_id'))
    )
    op.create_table('staff_role',
    sa.Column('staff_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('window_clerk', 'comprehensive_clerk', 'chief_representative_a', 'chief_representative_b', 'hall_admin', name='role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_role_staff_id_staff')),
    sa.PrimaryKeyConstraint('staff_id', 'role', name=op.f('pk_staff_role'))
    )

    append_only.create_function()
    for table in FACT_TABLES:
        append_only.protect(table)


def downgrade() -> None:
    for table in FACT_TABLES:
        append_only.unprotect(table)
    append_only.drop_function()
    op.drop_table('staff_role')
    op.drop_table('item_material')
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_file_status'))
        batch_op.drop_index(batch_op.f('ix_case_file_promised_due'))
        batch_op.drop_index(batch_op.f('ix_case_file_item_id'))
        batch_op.drop_index(batch_op.f('ix_case_file_holder_id'))
        batch_op.drop_index(batch_op.f('ix_case_file_department_id'))

    op.drop_table('case_file')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_event_case_id'))

    op.drop_table('case_event')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_actor_id'))

    op.drop_table('audit_entry')
    op.drop_table('window_department')
    op.drop_table('staff')
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_department_id'))

    op.drop_table('item')
    op.drop_table('sync_state')
    op.drop_table('service_window')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_queued_at'))

    op.drop_table('outbox')
    op.drop_table('local_counter')
    op.drop_table('hall_fact_log')
    op.drop_table('hall')
    op.drop_table('device')
    op.drop_table('department')
    op.drop_table('calendar_year')
    op.drop_table('calendar_day')
