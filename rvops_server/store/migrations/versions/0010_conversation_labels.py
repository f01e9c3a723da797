"""labels: conversations.labels

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 04:10:00.000000

Labels an agent puts on a conversation (issue 15 #16; the rule: rvops_contract/labels.py), a JSON
list read whole, like a contact's tags. Existing conversations get none.
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('conversations', sa.Column('labels', sa.JSON(), nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('conversations') as batch:
        batch.drop_column('labels')
