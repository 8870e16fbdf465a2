"""Loan conditions (versioned) and their acceptance per self-service session; the waiting list.

Revision ID: 0021
Revises: 0016
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loan_conditions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("use_text", sa.Text(), nullable=False),
        sa.Column("hygiene_text", sa.Text(), nullable=False),
        sa.Column("privacy_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=True),
        sa.UniqueConstraint("version", name="uq_loan_conditions_version"),
    )
    op.create_table(
        "loan_acceptances",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "borrower_id",
            sa.Integer(),
            sa.ForeignKey("borrowers.id", name="fk_loan_acceptances_borrower_id_borrowers"),
            nullable=False,
        ),
        sa.Column("conditions_version", sa.Integer(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.Column("desk", sa.String(120), nullable=True),
        sa.Column("method", sa.String(12), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.CheckConstraint("method IN ('tick', 'signature')", name="ck_loan_acceptances_method"),
    )
    op.create_index(
        "ix_loan_acceptances_borrower", "loan_acceptances", ["borrower_id", "accepted_at"]
    )
    op.create_table(
        "loan_acceptance_loans",
        sa.Column(
            "acceptance_id",
            sa.Integer(),
            sa.ForeignKey(
                "loan_acceptances.id",
                name="fk_loan_acceptance_loans_acceptance_id_loan_acceptances",
                ondelete="CASCADE",
            ),
            primary_key=True,
        ),
        sa.Column(
            "loan_id",
            sa.Integer(),
            sa.ForeignKey("loans.id", name="fk_loan_acceptance_loans_loan_id_loans"),
            primary_key=True,
        ),
        sa.UniqueConstraint("loan_id", name="uq_loan_acceptance_loans_loan_id"),
    )
    op.create_table(
        "waiting_list",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "product_id",
            sa.Integer(),
            sa.ForeignKey("products.id", name="fk_waiting_list_product_id_products"),
            nullable=False,
        ),
        sa.Column(
            "borrower_id",
            sa.Integer(),
            sa.ForeignKey("borrowers.id", name="fk_waiting_list_borrower_id_borrowers"),
            nullable=False,
        ),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column(
            "held_item_id",
            sa.Integer(),
            sa.ForeignKey("items.id", name="fk_waiting_list_held_item_id_items"),
            nullable=True,
        ),
        sa.Column("held_until", sa.DateTime(), nullable=True),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        sa.Column(
            "fulfilled_loan_id",
            sa.Integer(),
            sa.ForeignKey("loans.id", name="fk_waiting_list_fulfilled_loan_id_loans"),
            nullable=True,
        ),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_waiting_list_product", "waiting_list", ["product_id", "joined_at"])
    op.create_index("ix_waiting_list_held_item", "waiting_list", ["held_item_id"])


def downgrade() -> None:
    op.drop_index("ix_waiting_list_held_item", table_name="waiting_list")
    op.drop_index("ix_waiting_list_product", table_name="waiting_list")
    op.drop_table("waiting_list")
    op.drop_table("loan_acceptance_loans")
    op.drop_index("ix_loan_acceptances_borrower", table_name="loan_acceptances")
    op.drop_table("loan_acceptances")
    op.drop_table("loan_conditions")
