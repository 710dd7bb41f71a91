"""print records (a fact table); remedies named on the hall

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.db import append_only
from counter_app.store.types import UtcDateTime

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'print_record',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('document_no', sa.String(length=80), nullable=False),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('source_event_id', sa.Uuid(), nullable=False),
        sa.Column('reprint', sa.Boolean(), nullable=False),
        sa.Column('copies', sa.Integer(), nullable=False),
        sa.Column('destination', sa.String(length=20), nullable=False),
        sa.Column('target', sa.String(length=300), nullable=False),
        sa.Column('printed_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('device_id', sa.Uuid(), nullable=False),
        sa.Column('actor_id', sa.Uuid(), nullable=False),
        sa.Column('acting_for_id', sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(['acting_for_id'], ['staff.id'], name=op.f('fk_print_record_acting_for_id_staff')),
        sa.ForeignKeyConstraint(['actor_id'], ['staff.id'], name=op.f('fk_print_record_actor_id_staff')),
        sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_print_record_device_id_device')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_print_record')),
    )
    op.create_index(op.f('ix_print_record_case_id'), 'print_record', ['case_id'], unique=False)
    op.create_index(op.f('ix_print_record_document_no'), 'print_record', ['document_no'], unique=False)
    op.create_index(op.f('ix_print_record_source_event_id'), 'print_record', ['source_event_id'], unique=False)
    append_only.protect('print_record')

    with op.batch_alter_table('hall', schema=None) as batch_op:
        batch_op.add_column(sa.Column('review_body', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('court', sa.String(length=100), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('hall', schema=None) as batch_op:
        batch_op.drop_column('court')
        batch_op.drop_column('review_body')
    append_only.unprotect('print_record')
    op.drop_table('print_record')
