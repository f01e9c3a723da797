"""media links: which conversations a stored file belongs to

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 10:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('media_links',
    sa.Column('media_id', sa.String(length=64), nullable=False),
    sa.Column('conversation_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'],
                            name=op.f('fk_media_links_conversation_id_conversations')),
    sa.PrimaryKeyConstraint('media_id', 'conversation_id', name=op.f('pk_media_links'))
    )
    # Backfill from the attachments the messages already carry.
    conn = op.get_bind()
    messages = sa.table('messages', sa.column('conversation_id', sa.String), sa.column('attachments', sa.JSON))
    media = sa.table('media', sa.column('id', sa.String))
    known = {row[0] for row in conn.execute(sa.select(media.c.id))}
    links = set()
    for conversation_id, attachments in conn.execute(sa.select(messages.c.conversation_id, messages.c.attachments)):
        for item in attachments or []:
            media_id = item.get('id') if isinstance(item, dict) else None
            if media_id in known:
                links.add((media_id, conversation_id))
    if links:
        op.bulk_insert(sa.table('media_links', sa.column('media_id', sa.String),
                                sa.column('conversation_id', sa.String)),
                       [{'media_id': m, 'conversation_id': c} for m, c in sorted(links)])


def downgrade() -> None:
    op.drop_table('media_links')
