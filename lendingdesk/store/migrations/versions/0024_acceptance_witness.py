"""The loan conditions accepted at a staffed desk: who recorded it (the ambassador the
professional confirmed to, or in whose presence they signed). Empty at self-service.

Revision ID: 0024
Revises: 0021
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("loan_acceptances", sa.Column("witnessed_by", sa.String(120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("loan_acceptances") as batch:
        batch.drop_column("witnessed_by")
