"""Writing one row of a hot transaction (a check-out, a return) as a plain Core statement.

The session's unit of work (the flush) costs more CPU than the statements it sends: for a
check-out it works out an order for two rows, compares every attribute's history, and
bookkeeps afterwards. Here the caller says which values a row gets; the statement goes out
through the same session and transaction (built once per table, so SQLAlchemy reuses the
compiled SQL), and the object in the session is told the row now holds those values, so the
identity map stays truthful and there is nothing left to flush for them.

Only for rows whose values the caller knows whole; everything else uses the ORM as usual.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Insert, Table, Update, bindparam, insert, inspect, update
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

_UPDATES: dict[Table, Update] = {}
_INSERTS: dict[Table, Insert] = {}


def _table(cls: type[Any]) -> Table:
    return cast(Table, inspect(cls).local_table)


def update_row(session: Session, obj: Any, **values: Any) -> None:
    """UPDATE ``obj``'s row (by its ``id``) to ``values``, and record them as its loaded
    values. Sent at once, not at the next flush (nothing else is flushed by it either)."""
    table = _table(type(obj))
    stmt = _UPDATES.get(table)
    if stmt is None:
        stmt = _UPDATES.setdefault(table, update(table).where(table.c.id == bindparam("row_id")))
    session.connection().execute(stmt, {"row_id": obj.id, **values})
    for key, value in values.items():
        set_committed_value(obj, key, value)


def insert_row[T](session: Session, cls: type[T], **values: Any) -> T:
    """INSERT a row of ``cls`` with ``values`` (every column but the id: a column left out
    would be read back on first use) and return it as an object of the session."""
    table = _table(cls)
    stmt = _INSERTS.get(table)
    if stmt is None:
        stmt = _INSERTS.setdefault(table, insert(table))
    key = session.connection().execute(stmt, values).inserted_primary_key
    assert key is not None
    obj: T = cast(Any, cls)(id=key[0], **values)
    make_transient_to_detached(obj)  # as if loaded: no history, nothing to flush
    session.add(obj)
    return obj
