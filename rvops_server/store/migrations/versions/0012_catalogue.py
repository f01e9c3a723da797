"""catalogue: labels table, property_definitions.required

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 07:10:00.000000

The workspace's catalogue (issue 16): labels with a colour (conversations keep their names in
conversations.labels), and whether a contact property is required. Existing definitions: not required.
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('property_definitions',
                  sa.Column('required', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table('labels',
                    sa.Column('id', sa.String(length=64), nullable=False),
                    sa.Column('name', sa.String(length=64), nullable=False),
                    sa.Column('colour', sa.String(length=7), nullable=False),
                    sa.Column('updated_by', sa.String(length=64), nullable=True),
                    sa.Column('updated_at', sa.DateTime(), nullable=False),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_labels')),
                    sa.UniqueConstraint('name', name=op.f('uq_labels_name')))


def downgrade() -> None:
    op.drop_table('labels')
    with op.batch_alter_table('property_definitions') as batch:
        batch.drop_column('required')
