"""durable jobs: pending media downloads and the outbound send queue

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 17:40:00.000000

Outbound messages still `queued` when this runs (sent by the old in-memory callback, or lost to
a crash) get a row in the send queue, so the first start of the new server sends them.
"""
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('media_downloads',
    sa.Column('message_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('provider_media_id', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
    sa.Column('lease_until', sa.DateTime(), nullable=True),
    sa.Column('claimed_by', sa.String(length=64), nullable=True),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('message_id', 'position', name=op.f('pk_media_downloads'))
    )
    op.create_index('ix_media_downloads_due', 'media_downloads', ['state', 'next_attempt_at'], unique=False)
    op.create_table('outbound_sends',
    sa.Column('message_id', sa.String(length=64), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
    sa.Column('lease_until', sa.DateTime(), nullable=True),
    sa.Column('claimed_by', sa.String(length=64), nullable=True),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('message_id', name=op.f('pk_outbound_sends'))
    )
    op.create_index('ix_outbound_sends_due', 'outbound_sends', ['next_attempt_at'], unique=False)
    # Messages accepted before this version and never sent: queue them now (retried for a day).
    conn = op.get_bind()
    messages = sa.table('messages', sa.column('id', sa.String), sa.column('direction', sa.String),
                        sa.column('status', sa.String), sa.column('kind', sa.String),
                        sa.column('created_at', sa.DateTime))
    queued = conn.execute(sa.select(messages.c.id, messages.c.created_at).where(
        messages.c.direction == 'outbound', messages.c.status == 'queued', messages.c.kind != 'note')).all()
    if queued:
        now = datetime.now(UTC).replace(tzinfo=None)
        op.bulk_insert(sa.table('outbound_sends', sa.column('message_id', sa.String),
                                sa.column('attempts', sa.Integer), sa.column('next_attempt_at', sa.DateTime),
                                sa.column('expires_at', sa.DateTime), sa.column('created_at', sa.DateTime)),
                       [{'message_id': id_, 'attempts': 0, 'next_attempt_at': now,
                         'expires_at': now + timedelta(days=1), 'created_at': created_at or now}
                        for id_, created_at in queued])

def downgrade() -> None:
    op.drop_index('ix_outbound_sends_due', table_name='outbound_sends')
    op.drop_table('outbound_sends')
    op.drop_index('ix_media_downloads_due', table_name='media_downloads')
    op.drop_table('media_downloads')
