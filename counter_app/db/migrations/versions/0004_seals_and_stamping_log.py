"""seals: the register (reference), its events, the stamping log and the hall's chain heads (facts)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.db import append_only
from counter_app.store.types import UtcDateTime

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


FACTS = ('seal_event', 'seal_stamping', 'seal_chain_head')


def upgrade() -> None:
    op.create_table('seal',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('department_id', sa.Uuid(), nullable=False),
    sa.Column('state', sa.Enum('in_use', 'suspended', 'retired', name='seal_state', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('custodian_a_id', sa.Uuid(), nullable=True),
    sa.Column('custodian_b_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('updated_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['custodian_a_id'], ['staff.id'], name=op.f('fk_seal_custodian_a_id_staff')),
    sa.ForeignKeyConstraint(['custodian_b_id'], ['staff.id'], name=op.f('fk_seal_custodian_b_id_staff')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_seal_department_id_department')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seal')),
    sa.UniqueConstraint('code', name=op.f('uq_seal_code'))
    )
    with op.batch_alter_table('seal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seal_department_id'), ['department_id'], unique=False)

    op.create_table('seal_chain_head',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('seal_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('chain_seq', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Uuid(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_seal_chain_head_device_id_device')),
    sa.ForeignKeyConstraint(['seal_id'], ['seal.id'], name=op.f('fk_seal_chain_head_seal_id_seal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seal_chain_head')),
    sa.UniqueConstraint('seal_id', 'device_id', 'chain_seq', name=op.f('uq_seal_chain_head_seal_id'))
    )
    op.create_table('seal_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('seal_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('occurred_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_seal_event_actor_id_staff')),
    sa.ForeignKeyConstraint(['seal_id'], ['seal.id'], name=op.f('fk_seal_event_seal_id_seal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seal_event'))
    )
    with op.batch_alter_table('seal_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seal_event_seal_id'), ['seal_id'], unique=False)

    op.create_table('seal_stamping',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('seal_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('chain_seq', sa.Integer(), nullable=False),
    sa.Column('document_no', sa.String(length=80), nullable=False),
    sa.Column('print_record_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('impressions', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('acting_for_id', sa.Uuid(), nullable=True),
    sa.Column('stamped_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['acting_for_id'], ['staff.id'], name=op.f('fk_seal_stamping_acting_for_id_staff')),
    sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_seal_stamping_actor_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_seal_stamping_device_id_device')),
    sa.ForeignKeyConstraint(['print_record_id'], ['print_record.id'], name=op.f('fk_seal_stamping_print_record_id_print_record')),
    sa.ForeignKeyConstraint(['seal_id'], ['seal.id'], name=op.f('fk_seal_stamping_seal_id_seal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seal_stamping')),
    sa.UniqueConstraint('seal_id', 'device_id', 'chain_seq', name=op.f('uq_seal_stamping_seal_id'))
    )
    with op.batch_alter_table('seal_stamping', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seal_stamping_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seal_stamping_document_no'), ['document_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_seal_stamping_stamped_at'), ['stamped_at'], unique=False)
    for table in FACTS:
        append_only.protect(table)



def downgrade() -> None:
    for table in FACTS:
        append_only.unprotect(table)
    with op.batch_alter_table('seal_stamping', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seal_stamping_stamped_at'))
        batch_op.drop_index(batch_op.f('ix_seal_stamping_document_no'))
        batch_op.drop_index(batch_op.f('ix_seal_stamping_case_id'))

    op.drop_table('seal_stamping')
    with op.batch_alter_table('seal_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seal_event_seal_id'))

    op.drop_table('seal_event')
    op.drop_table('seal_chain_head')
    with op.batch_alter_table('seal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seal_department_id'))

    op.drop_table('seal')
