"""contact access: the customer address captured when a conversation opens

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 17:40:00.000000

Replies go to the number (or account) a conversation opened with, not to whatever the contact's
record says at send time. Existing conversations get their contact's current address.
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

CONTACT_KEYS = {'whatsapp': 'phone', 'instagram': 'instagram_id', 'webchat': 'webchat_visitor_id'}


def upgrade() -> None:
    with op.batch_alter_table('conversations') as batch:
        batch.add_column(sa.Column('address', sa.String(length=100), nullable=True))
    conversations = sa.table('conversations', sa.column('id', sa.String), sa.column('contact_id', sa.String),
                             sa.column('channel', sa.String), sa.column('address', sa.String))
    contacts = sa.table('contacts', sa.column('id', sa.String),
                        *(sa.column(key, sa.String) for key in CONTACT_KEYS.values()))
    conn = op.get_bind()
    for channel, key in CONTACT_KEYS.items():
        address = (sa.select(contacts.c[key]).where(contacts.c.id == conversations.c.contact_id)
                   .scalar_subquery())
        conn.execute(conversations.update().where(conversations.c.channel == channel).values(address=address))


def downgrade() -> None:
    with op.batch_alter_table('conversations') as batch:
        batch.drop_column('address')
