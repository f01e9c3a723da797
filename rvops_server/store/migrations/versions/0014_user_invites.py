"""user invites: user_invites

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-09 09:00:00.000000

A user created without a password gets an invite (issue 16): one pending code per user, of which
only the SHA-256 is kept, with its expiry; accepting it sets the password and removes the row.
Existing users: none invited (they all have a password).
"""
import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'user_invites',
        sa.Column('user_id', sa.String(length=64), nullable=False),
        sa.Column('code_hash', sa.String(length=64), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_invites_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', name=op.f('pk_user_invites')),
    )


def downgrade() -> None:
    op.drop_table('user_invites')
