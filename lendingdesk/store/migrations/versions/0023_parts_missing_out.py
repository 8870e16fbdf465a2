"""Kit parts verified at check-out (issue 16 §4): the parts that were not there when a kit went
out, recorded against its loan (the kit was lent incomplete by choice).

Revision ID: 0023
Revises: 0021
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): loans are referenced by other tables.
    op.add_column(
        "loans",
        sa.Column("parts_missing_out", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )


def downgrade() -> None:
    with op.batch_alter_table("loans") as batch:
        batch.drop_column("parts_missing_out")
