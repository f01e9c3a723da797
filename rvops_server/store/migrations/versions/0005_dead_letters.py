"""dead letters: webhook elements that could not be parsed, and login throttles

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 17:40:00.000000

Reserved slot (filled in by the work on issue 12); empty until then.
"""


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
