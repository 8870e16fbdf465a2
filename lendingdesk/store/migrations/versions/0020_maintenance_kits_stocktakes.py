"""Maintenance plans (recurring checks per product), check records with a cost, kit parts per
item (own tag, missing state), and saved stock-takes.

Revision ID: 0020
Revises: 0016
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "maintenance_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "product_id",
            sa.Integer(),
            sa.ForeignKey("products.id", name="fk_maintenance_plans_product_id_products"),
            nullable=False,
        ),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("interval_days", sa.Integer(), nullable=False),
        sa.Column("blocking", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint(
            "interval_days > 0 AND interval_days <= 3660",
            name="ck_maintenance_plans_interval_range",
        ),
        sa.UniqueConstraint("product_id", "key", name="uq_maintenance_plans_product_id"),
    )
    with op.batch_alter_table("maintenance_records") as batch:
        batch.add_column(sa.Column("check_key", sa.String(40), nullable=True))
        batch.add_column(sa.Column("cost_cents", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("loan_id", sa.Integer(), nullable=True))
    op.create_index("ix_maintenance_records_check", "maintenance_records", ["item_id", "check_key"])
    op.create_table(
        "item_parts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "item_id",
            sa.Integer(),
            sa.ForeignKey("items.id", name="fk_item_parts_item_id_items"),
            nullable=False,
        ),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("tag", sa.String(16), nullable=True, unique=True),
        sa.Column("missing_since", sa.DateTime(), nullable=True),
        sa.Column("missing_loan_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.UniqueConstraint("item_id", "name", name="uq_item_parts_item_id"),
    )
    op.create_table(
        "stocktakes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "location_id",
            sa.Integer(),
            sa.ForeignKey("locations.id", name="fk_stocktakes_location_id_locations"),
            nullable=False,
        ),
        sa.Column("location", sa.String(300), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(120), nullable=True),
        sa.Column("scanned", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("result", sa.JSON(), nullable=False),
    )
    op.create_index("ix_stocktakes_at", "stocktakes", ["at"])
    # A stock-take reads what is registered at one location (regional scale: one of many).
    op.create_index("ix_items_location", "items", ["location_id"])


def downgrade() -> None:
    op.drop_index("ix_items_location", "items")
    op.drop_index("ix_stocktakes_at", "stocktakes")
    op.drop_table("stocktakes")
    op.drop_table("item_parts")
    op.drop_index("ix_maintenance_records_check", "maintenance_records")
    with op.batch_alter_table("maintenance_records") as batch:
        batch.drop_column("loan_id")
        batch.drop_column("cost_cents")
        batch.drop_column("check_key")
    op.drop_table("maintenance_plans")
