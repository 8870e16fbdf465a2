"""'Contains what was typed': the one condition every search field uses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, false, or_

# Longer than any field a search looks in (and SQLite refuses LIKE patterns over 50,000 bytes):
# such a text is contained nowhere, so the search finds nothing instead of failing.
MAX_SEARCH_LENGTH = 1000


def escape_like(value: str) -> str:
    """``value`` for a LIKE pattern with ``escape="\\\\"``: % and _ are typed literally."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_text(
    columns: Iterable[Any], text: str, *, like_ignores_case: bool = False
) -> ColumnElement[bool]:
    """Any of ``columns`` contains ``text``, in either case.

    ``like_ignores_case``: the database's LIKE already ignores (ASCII) case, as SQLite's does;
    plain LIKE then spares ILIKE's lower() on every row."""
    if len(text) > MAX_SEARCH_LENGTH:
        return false()
    pattern = f"%{escape_like(text)}%"
    if like_ignores_case:
        return or_(*(c.like(pattern, escape="\\") for c in columns))
    return or_(*(c.ilike(pattern, escape="\\") for c in columns))
