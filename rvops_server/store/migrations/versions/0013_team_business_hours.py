"""team business hours: teams.business_hours and away_message, conversations.away_sent_at

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 09:00:00.000000

A team's business hours (issue 16; the rule: rvops_contract/business_hours.py) and the message a
customer writing in out of them receives, once per closed period: the conversation keeps when it
was last sent. Existing teams: no hours (always open), no away message.
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('teams', sa.Column('business_hours', sa.JSON(), nullable=True))
    op.add_column('teams', sa.Column('away_message', sa.String(length=1000), nullable=True))
    op.add_column('conversations', sa.Column('away_sent_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('conversations') as batch:
        batch.drop_column('away_sent_at')
    with op.batch_alter_table('teams') as batch:
        batch.drop_column('away_message')
        batch.drop_column('business_hours')
