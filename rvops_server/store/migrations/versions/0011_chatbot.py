"""chatbot: chatbot_configs, chatbot_sessions, conversations.bot_status and bot_option

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 06:45:00.000000

The chatbot of each channel (issue 18 #3; the rule: rvops_contract/chatbot.py), the state of each
conversation it holds (also the durable job of its answer timeout), and on the conversation
whether the bot holds it and which menu option brought it. Existing conversations: none.
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('conversations', sa.Column('bot_status', sa.String(length=10), nullable=True))
    op.add_column('conversations', sa.Column('bot_option', sa.String(length=200), nullable=True))
    op.create_table(
        'chatbot_configs',
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.Column('config', sa.JSON(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('channel', name=op.f('pk_chatbot_configs')),
    )
    op.create_table(
        'chatbot_sessions',
        sa.Column('conversation_id', sa.String(length=64), nullable=False),
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.Column('step', sa.String(length=20), nullable=False),
        sa.Column('option_id', sa.String(length=200), nullable=True),
        sa.Column('invalid_answers', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
        sa.Column('lease_until', sa.DateTime(), nullable=True),
        sa.Column('claimed_by', sa.String(length=64), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'],
                                name=op.f('fk_chatbot_sessions_conversation_id_conversations')),
        sa.PrimaryKeyConstraint('conversation_id', name=op.f('pk_chatbot_sessions')),
    )
    op.create_index('ix_chatbot_sessions_due', 'chatbot_sessions', ['next_attempt_at'])


def downgrade() -> None:
    op.drop_index('ix_chatbot_sessions_due', table_name='chatbot_sessions')
    op.drop_table('chatbot_sessions')
    op.drop_table('chatbot_configs')
    with op.batch_alter_table('conversations') as batch:
        batch.drop_column('bot_option')
        batch.drop_column('bot_status')
