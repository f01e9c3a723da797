"""durable jobs: pending media downloads and the outbound send queue

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 17:40:00.000000

Reserved slot (filled in by the work on issue 12); empty until then.
"""


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
