"""E-mail notices: the record of what was sent (never twice) and the borrowers' opt-out/language.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notices_sent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column(
            "borrower_id",
            sa.Integer(),
            sa.ForeignKey("borrowers.id", name="fk_notices_sent_borrower_id_borrowers"),
            nullable=False,
        ),
        sa.Column(
            "loan_id",
            sa.Integer(),
            sa.ForeignKey("loans.id", name="fk_notices_sent_loan_id_loans"),
            nullable=True,
        ),
        sa.Column(
            "reservation_id",
            sa.Integer(),
            sa.ForeignKey("reservations.id", name="fk_notices_sent_reservation_id_reservations"),
            nullable=True,
        ),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("message_id", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_notices_sent"),
        sa.UniqueConstraint("key", name="uq_notices_sent_key"),
    )
    op.create_index("ix_notices_sent_loan", "notices_sent", ["loan_id", "kind"])
    op.create_index("ix_notices_sent_borrower", "notices_sent", ["borrower_id"])
    op.create_table(
        "notice_preferences",
        sa.Column(
            "borrower_id",
            sa.Integer(),
            sa.ForeignKey("borrowers.id", name="fk_notice_preferences_borrower_id_borrowers"),
            nullable=False,
        ),
        sa.Column("opted_out", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("language", sa.String(5), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("borrower_id", name="pk_notice_preferences"),
    )


def downgrade() -> None:
    op.drop_table("notice_preferences")
    op.drop_index("ix_notices_sent_borrower", table_name="notices_sent")
    op.drop_index("ix_notices_sent_loan", table_name="notices_sent")
    op.drop_table("notices_sent")
