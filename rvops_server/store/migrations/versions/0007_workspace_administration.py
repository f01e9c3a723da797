"""workspace administration: deactivated users, audit rows naming their target

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 10:00:00.000000

Users gain `active` (every existing user stays active). Audit rows of an administrator's change
say what it was made to (`target_kind` user/team, `target_id`); conversation events leave both empty.
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False))

    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('target_kind', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('target_id', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_audit_events_target_id'), ['target_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_target_id'))
        batch_op.drop_column('target_id')
        batch_op.drop_column('target_kind')

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('active')
