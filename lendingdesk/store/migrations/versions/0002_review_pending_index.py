"""Index for the "review pending" list of returned loans.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_loans_review_state", "loans", ["review_state", "returned_at"])


def downgrade() -> None:
    op.drop_index("ix_loans_review_state", table_name="loans")
