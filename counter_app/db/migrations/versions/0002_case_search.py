"""cases: searchable projection columns, event parent

SQLite rebuilds a table to alter it in batch mode, which drops its triggers, so
the append-only guard of case_event is put back after every batch.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.db import append_only

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    append_only.unprotect('case_event')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parent_id', sa.Uuid(), nullable=True))
    append_only.protect('case_event')

    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.add_column(sa.Column('suspended', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('channel', sa.String(length=20), nullable=False, server_default='window'))
        batch_op.add_column(sa.Column('window_number', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('applicant_kind', sa.String(length=20), nullable=False, server_default='person'))
        batch_op.add_column(sa.Column('applicant_pinyin', sa.String(length=400), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('applicant_initials', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('id_reversed', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('intake_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('issue_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('step_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('calendar_confirmed', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('outcome', sa.String(length=10), nullable=True))
        batch_op.drop_index(batch_op.f('ix_case_file_department_id'))
        batch_op.drop_index(batch_op.f('ix_case_file_holder_id'))
        batch_op.drop_index(batch_op.f('ix_case_file_promised_due'))
        batch_op.drop_index(batch_op.f('ix_case_file_status'))
        batch_op.create_index(batch_op.f('ix_case_file_applicant_initials'), ['applicant_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_applicant_name'), ['applicant_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_applicant_pinyin'), ['applicant_pinyin'], unique=False)
        batch_op.create_index('ix_case_file_department_due', ['department_id', 'step_due', 'case_no'], unique=False)
        batch_op.create_index('ix_case_file_due', ['step_due', 'case_no'], unique=False)
        batch_op.create_index('ix_case_file_holder_due', ['holder_id', 'step_due', 'case_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_id_reversed'), ['id_reversed'], unique=False)
        batch_op.create_index('ix_case_file_status_due', ['status', 'step_due', 'case_no'], unique=False)
        batch_op.create_index('ix_case_file_window_due', ['window_number', 'step_due', 'case_no'], unique=False)
        batch_op.drop_column('warning_level')



def downgrade() -> None:
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.add_column(sa.Column('warning_level', sa.VARCHAR(length=10), nullable=False, server_default='normal'))
        batch_op.drop_index('ix_case_file_window_due')
        batch_op.drop_index('ix_case_file_status_due')
        batch_op.drop_index(batch_op.f('ix_case_file_id_reversed'))
        batch_op.drop_index('ix_case_file_holder_due')
        batch_op.drop_index('ix_case_file_due')
        batch_op.drop_index('ix_case_file_department_due')
        batch_op.drop_index(batch_op.f('ix_case_file_applicant_pinyin'))
        batch_op.drop_index(batch_op.f('ix_case_file_applicant_name'))
        batch_op.drop_index(batch_op.f('ix_case_file_applicant_initials'))
        batch_op.create_index(batch_op.f('ix_case_file_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_promised_due'), ['promised_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_holder_id'), ['holder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_department_id'), ['department_id'], unique=False)
        batch_op.drop_column('outcome')
        batch_op.drop_column('calendar_confirmed')
        batch_op.drop_column('step_due')
        batch_op.drop_column('issue_due')
        batch_op.drop_column('intake_due')
        batch_op.drop_column('id_reversed')
        batch_op.drop_column('applicant_initials')
        batch_op.drop_column('applicant_pinyin')
        batch_op.drop_column('applicant_kind')
        batch_op.drop_column('window_number')
        batch_op.drop_column('channel')
        batch_op.drop_column('suspended')

    append_only.unprotect('case_event')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_column('parent_id')
    append_only.protect('case_event')

