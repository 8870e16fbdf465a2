"""What a rule learned earlier in the same transaction, kept for the rest of it only.

The scan path asks some things more than once per transaction (is the item locked, what are a
kit's part records, is the returned item held for someone); the first answer is kept in the
session's ``info`` beside the transaction it belongs to, and is not trusted in any other."""

from __future__ import annotations

from enum import Enum
from typing import Literal

from sqlalchemy.orm import Session


class Missing(Enum):
    """Nothing is remembered (a remembered value may itself be None)."""

    MISSING = 0


MISSING: Literal[Missing.MISSING] = Missing.MISSING


class TransactionMemo[V]:
    """Values by id (of an item, a product), valid in the transaction they were put in."""

    def __init__(self, name: str) -> None:
        self.key = f"lendingdesk.{name}"

    def put(self, session: Session, ident: int, value: V) -> None:
        known: dict[int, tuple[object, V]] = session.info.setdefault(self.key, {})
        known[ident] = (session.get_transaction(), value)

    def get(self, session: Session, ident: int) -> V | Literal[Missing.MISSING]:
        known: dict[int, tuple[object, V]] = session.info.get(self.key, {})
        found = known.get(ident)
        current = session.get_transaction()
        if found is None or current is None or found[0] is not current:
            return MISSING
        return found[1]

    def forget(self, session: Session, ident: int) -> None:
        session.info.get(self.key, {}).pop(ident, None)
