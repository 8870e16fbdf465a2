"""ISO 9999 codes of categories in the dotted form of ISO 9999:2022 ("22 33" → "22.33").

Revision ID: 0016
Revises: 0003
Create Date: 2026-12-02
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0013"
branch_labels = None
depends_on = None

# The rule of lendingdesk.domain.iso9999, written out: a migration must not change meaning
# when the application code changes later.
_PARTS = re.compile(r"^\d{2}(?:[\s.\-]+\d{2}){0,2}$")
_RUN = re.compile(r"^\d{2}(?:\d{2}){0,2}$")

_categories = sa.table("categories", sa.column("id", sa.Integer), sa.column("iso9999", sa.String))


def _dotted(code: str) -> str | None:
    text = code.strip()
    if _RUN.match(text):
        return ".".join(text[i : i + 2] for i in range(0, len(text), 2))
    if _PARTS.match(text):
        return ".".join(re.split(r"[\s.\-]+", text))
    return None  # not a code: left as it was, for a person to look at


def _convert(to_form) -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(_categories.c.id, _categories.c.iso9999).where(_categories.c.iso9999.is_not(None))
    ).all()
    for row_id, code in rows:
        new = to_form(code)
        if new is not None and new != code:
            bind.execute(_categories.update().where(_categories.c.id == row_id).values(iso9999=new))


def upgrade() -> None:
    _convert(_dotted)


def downgrade() -> None:
    _convert(lambda code: code.replace(".", " ") if _PARTS.match(code.strip()) else None)
