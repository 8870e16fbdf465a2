"""The erasure register: borrowers erased on request (AVG art. 17), re-applied after a restore.

Revision ID: 0013
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("borrower_id", sa.Integer(), nullable=False),
        sa.Column("badge_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
    )
    # Borrowers erased before this register existed are entered with their erasure time; their
    # card code is still in the database (erasure keeps it, retired), so the hash can be made.
    conn = op.get_bind()
    import hashlib

    rows = conn.execute(
        sa.text("SELECT id, badge, erased_at FROM borrowers WHERE erased_at IS NOT NULL")
    ).fetchall()
    for borrower_id, badge, erased_at in rows:
        digest = hashlib.sha256(f"lendingdesk-erasure\0{badge}".encode()).hexdigest()
        conn.execute(
            sa.text(
                "INSERT INTO erasures (borrower_id, badge_hash, erased_at) VALUES (:b, :h, :t)"
            ),
            {"b": borrower_id, "h": digest, "t": erased_at},
        )


def downgrade() -> None:
    op.drop_table("erasures")
