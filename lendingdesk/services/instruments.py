"""Review instruments as the store knows them: definitions kept in ``review_instruments`` at
first use come first, the shipped files (resources/instruments) second, so an old review is
always read with the wording it was given."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lendingdesk.domain.reviews import Instrument, instrument_from_definition, load_instrument
from lendingdesk.errors import NotFound
from lendingdesk.store.models import ReviewInstrument


class InstrumentRegistry:
    """Instruments as the store knows them: stored definitions first, shipped files second.

    ``lookup`` fits :data:`~lendingdesk.domain.reviews.summary.InstrumentLookup`, so reports and
    the export read each review with the exact definition it was given.
    """

    def __init__(self, stored: Mapping[tuple[str, int], Mapping[str, Any]]) -> None:
        self._stored = dict(stored)
        self._built: dict[tuple[str, int], Instrument] = {}

    @classmethod
    def from_session(cls, session: Session) -> InstrumentRegistry:
        rows = session.execute(
            select(ReviewInstrument.key, ReviewInstrument.version, ReviewInstrument.definition)
        )
        return cls({(key, version): definition for key, version, definition in rows})

    def lookup(self, key: str, version: int) -> Instrument:
        wanted = (key, int(version))
        if wanted not in self._built:
            definition = self._stored.get(wanted)
            self._built[wanted] = (
                instrument_from_definition(definition)
                if definition is not None
                else load_instrument(key, int(version))
            )
        return self._built[wanted]

    def stored_versions(self) -> list[tuple[str, int]]:
        return sorted(self._stored)


def current_instrument(session: Session, key: str) -> Instrument:
    """The newest version of ``key``: a shipped file or a stored definition, whichever is higher."""
    stored_version = session.scalar(
        select(func.max(ReviewInstrument.version)).where(ReviewInstrument.key == key)
    )
    try:
        shipped: Instrument | None = load_instrument(key)
    except NotFound:
        if stored_version is None:
            raise
        shipped = None
    if stored_version is not None and (shipped is None or stored_version > shipped.version):
        definition = session.scalar(
            select(ReviewInstrument.definition).where(
                ReviewInstrument.key == key, ReviewInstrument.version == stored_version
            )
        )
        assert definition is not None
        return instrument_from_definition(definition)
    assert shipped is not None
    return shipped


def store_instrument(session: Session, instrument: Instrument) -> bool:
    """Keep ``instrument``'s definition in the store (once per key and version); True if new."""
    exists = session.scalar(
        select(ReviewInstrument.id).where(
            ReviewInstrument.key == instrument.key,
            ReviewInstrument.version == instrument.version,
        )
    )
    if exists is not None:
        return False
    session.add(
        ReviewInstrument(
            key=instrument.key, version=instrument.version, definition=dict(instrument.definition)
        )
    )
    session.flush()
    return True
