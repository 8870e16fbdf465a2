"""Review links: one-time tokens (only their hash) for the review form on the phone.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "loan_id",
            sa.Integer(),
            sa.ForeignKey("loans.id", name="fk_review_links_loan_id_loans"),
            nullable=False,
        ),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=True),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_review_links"),
        sa.UniqueConstraint("token_hash", name="uq_review_links_token_hash"),
    )
    op.create_index("ix_review_links_loan", "review_links", ["loan_id"])


def downgrade() -> None:
    op.drop_index("ix_review_links_loan", table_name="review_links")
    op.drop_table("review_links")
