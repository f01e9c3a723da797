"""snapshot order: messages by (created_at, id)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 23:59:00.000000

The paged bootstrap (domain/snapshot.py) sends messages in (created_at, id) order with a keyset on
(created_at, id): this index lets each page start where the last one stopped instead of sorting
every message of the workspace again.
"""
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_messages_created_id', 'messages', ['created_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_messages_created_id', table_name='messages')
