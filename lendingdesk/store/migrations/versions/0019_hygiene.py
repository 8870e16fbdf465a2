"""Hygiene by the SRI rules and device reset between users (issue 16 §1–2): a structured
protocol per product, the isolation flag on a return, the parts still to sign off per item, and
what a sign-off covered (parts, agent, steps, second check).

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hygiene_protocols",
        sa.Column(
            "product_id",
            sa.Integer(),
            sa.ForeignKey("products.id", name="fk_hygiene_protocols_product_id_products"),
            primary_key=True,
        ),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("agent", sa.String(200), nullable=True),
        sa.Column("contact_minutes", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("maker_instruction", sa.String(500), nullable=True),
        sa.Column("reset_steps", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "method IN ('clean', 'disinfect')", name="ck_hygiene_protocols_method_known"
        ),
        sa.CheckConstraint(
            "contact_minutes >= 0 AND contact_minutes <= 240",
            name="ck_hygiene_protocols_contact_range",
        ),
        sa.PrimaryKeyConstraint("product_id", name="pk_hygiene_protocols"),
    )
    # Plain ADD COLUMN (no table copy): loans and items are referenced by other tables, and a
    # copy would drop them under the foreign keys.
    op.add_column(
        "loans", sa.Column("isolation", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column("items", sa.Column("hygiene_pending", sa.JSON(), nullable=True))
    # Nothing refers to cleaning_records: on SQLite it may be copied to take a foreign key.
    with op.batch_alter_table("cleaning_records") as batch:
        batch.add_column(
            sa.Column("parts", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch.add_column(sa.Column("agent", sa.String(200), nullable=True))
        batch.add_column(
            sa.Column("steps", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch.add_column(
            sa.Column("isolation", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column(
                "location_id",
                sa.Integer(),
                sa.ForeignKey("locations.id", name="fk_cleaning_records_location_id_locations"),
                nullable=True,
            )
        )
        batch.add_column(sa.Column("second_check", sa.String(10), nullable=True))
        batch.add_column(sa.Column("second_by", sa.String(120), nullable=True))
        batch.add_column(sa.Column("second_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("second_note", sa.Text(), nullable=True))
        batch.create_index("ix_cleaning_records_at", ["at"])
    # Earlier sign-offs were cleanings.
    op.execute("""UPDATE cleaning_records SET parts = '["clean"]'""")


def downgrade() -> None:
    with op.batch_alter_table("cleaning_records") as batch:
        batch.drop_index("ix_cleaning_records_at")
        for column in (
            "second_note",
            "second_at",
            "second_by",
            "second_check",
            "location_id",
            "isolation",
            "steps",
            "agent",
            "parts",
        ):
            batch.drop_column(column)
    op.drop_column("items", "hygiene_pending")
    op.drop_column("loans", "isolation")
    op.drop_table("hygiene_protocols")
