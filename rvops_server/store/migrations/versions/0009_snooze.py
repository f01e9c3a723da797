"""snooze: conversations.snoozed_until

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 04:00:00.000000

A conversation its holder snoozed (issue 15 #16) leaves their inbox until this moment, or until
the customer writes (the inbound path clears it). NULL: awake.
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('conversations', sa.Column('snoozed_until', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('conversations') as batch:
        batch.drop_column('snoozed_until')
