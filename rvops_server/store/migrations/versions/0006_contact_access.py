"""contact access: the customer address captured when a conversation opens

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 17:40:00.000000

Reserved slot (filled in by the work on issue 12); empty until then.
"""


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
