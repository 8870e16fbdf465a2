"""Stock-take by scanning: what was scanned at a location against what should be there.

Five classes, each code in exactly one:

- ``found``: scanned here and registered here;
- ``missing``: registered here, expected on the shelf (not on loan, lost or retired), not scanned;
- ``wrong_place``: scanned here, registered at another location (or none);
- ``on_loan``: scanned here while registered as out -- a return that was never checked in;
- ``unknown``: what was scanned is no item of this desk (no code, a badge, an unlinked label),
  kept exactly as typed.

Codes are read the way a scanner types them (either case, in a URL, AZERTY-garbled): the one
parser in domain/codes.py. Applying a stock-take moves wrong-place items here, checks in items
that are on the shelf although on loan (so they go to cleaning and the loan ends), marks lost
items that turned up found, and records the stock-take itself in the audit log and as a saved
stock-take (``stocktakes``: the five lists as found, for the history and the PDF/CSV export).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.domain import audit, circulation
from lendingdesk.domain.codes import CodeKind, parse_code
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import InvalidInput, NotFound
from lendingdesk.safe_text import shown
from lendingdesk.store.models import Item, Location, Product, Stocktake
from lendingdesk.translation import Message, translate

CLASSES = ("found", "missing", "wrong_place", "on_loan", "unknown")
# Registered here, but nobody expects them on the shelf.
NOT_EXPECTED = ("on_loan", "lost", "retired")

MAX_FILE_BYTES = 4_000_000  # 100,000 scans of a long URL each; a scanner's memory holds less
MAX_LINE = 500  # a scanned code, URL form included; longer is no scan


@dataclass
class Reconciliation:
    """The outcome of one stock-take: tags (canonical) per class, unknown codes as typed."""

    location_id: int
    location: str
    found: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    wrong_place: list[str] = field(default_factory=list)
    on_loan: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    scanned: int = 0  # distinct scans (duplicates count once)

    def as_dict(self) -> dict[str, list[str]]:
        return {name: list(getattr(self, name)) for name in CLASSES}

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in CLASSES}


def read_codes(data: bytes) -> list[str]:
    """The scans in a scanner's batch file: one per line, blank lines ignored, duplicates kept
    (the reconciliation counts them once). Anything that is no text file of scans is refused
    with one line: binary, not UTF-8, too big, absurdly long lines."""
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(
            translate(
                "domain.stocktake",
                "This file is too big for a list of scans (over {value} MB). Choose the file the "
                "scanner made.",
            ).format(value=MAX_FILE_BYTES // 1_000_000),
        )
    if b"\x00" in data:
        raise InvalidInput(
            translate(
                "domain.stocktake",
                "This is not a text file of scans (it holds binary data). Choose the file the "
                "scanner made: one code per line.",
            ),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            translate(
                "domain.stocktake",
                "This file is not UTF-8 text. Save the list of scans as UTF-8 (one code per line).",
            ),
        ) from None
    codes = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.strip()
        if not code:
            continue
        if len(code) > MAX_LINE or not code.isprintable():
            raise InvalidInput(
                translate(
                    "domain.stocktake",
                    "Line {number} is not a scan (too long or holding control characters). "
                    "Choose the file the scanner made: one code per line.",
                ).format(number=number),
            )
        codes.append(code)
    if not codes:
        raise InvalidInput(
            translate(
                "domain.stocktake",
                "There are no codes in this file. Choose the file the scanner made.",
            ),
        )
    return codes


def find_location(session: Session, name: str) -> Location:
    """The location ``name`` means: its full name as ``items --json`` shows it, or a part of it
    that fits one location only (either case). Otherwise one refusal naming the choices."""
    wanted = _folded(name)
    locations = list(session.scalars(select(Location).order_by(Location.id)))
    exact = [loc for loc in locations if _folded(loc.display_name) == wanted]
    if len(exact) == 1:
        return exact[0]
    matches = [loc for loc in locations if wanted and wanted in _folded(loc.display_name)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        names = "; ".join(shown(loc.display_name, 60) for loc in matches[:5])
        more = f" (+{len(matches) - 5})" if len(matches) > 5 else ""
        raise InvalidInput(
            translate(
                "domain.stocktake",
                "“{name}” fits more than one location: {names}{more}. Give a longer part of the "
                "name.",
            ).format(name=shown(name, 60), names=names, more=more),
        )
    choices: str | Message = "; ".join(shown(loc.display_name, 60) for loc in locations[:5])
    more = f" (+{len(locations) - 5})" if len(locations) > 5 else ""
    if not locations:
        choices = translate("domain.stocktake", "(none)")
    raise NotFound(
        translate("domain.stocktake", "No location “{name}”. Choose from: {value}{more}.").format(
            name=shown(name, 60),
            value=choices,
            more=more,
        ),
    )


def _folded(text: str) -> str:
    """A name as people type it: any case, spaces collapsed, a plain '-' for the dash."""
    return " ".join(text.replace("–", "-").replace("—", "-").split()).casefold()


def reconcile(session: Session, location: Location, scans: Iterable[str]) -> Reconciliation:
    """Classify the scans made at ``location`` (nothing is changed)."""
    result = Reconciliation(location.id, location.display_name)
    tags: dict[str, str] = {}  # canonical tag -> first text typed for it
    unknown: dict[str, None] = {}
    for typed in scans:
        code = parse_code(typed)
        if code is not None and code.kind is CodeKind.ITEM:
            tags.setdefault(code.text, typed)
        else:
            unknown.setdefault(typed, None)
    typed_codes = len(unknown)
    # Only what the classification needs (status, place): no ORM objects for 10,000 scans.
    known: dict[str, tuple[str, int | None]] = {}
    wanted = list(tags)
    for start in range(0, len(wanted), 500):  # within SQLite's limit on bound parameters
        query = select(Item.tag, Item.status, Item.location_id).where(
            Item.tag.in_(wanted[start : start + 500])
        )
        known.update((tag, (status, place)) for tag, status, place in session.execute(query))
    for tag, typed in tags.items():
        state = known.get(tag)
        if state is None:
            unknown.setdefault(typed, None)  # a label not linked to any item of this desk
        elif state[0] == "on_loan":
            result.on_loan.append(tag)
        elif state[1] == location.id:
            result.found.append(tag)
        else:
            result.wrong_place.append(tag)
    expected = session.scalars(
        select(Item.tag).where(Item.location_id == location.id, Item.status.not_in(NOT_EXPECTED))
    )
    result.missing = sorted(tag for tag in expected if tag not in tags)
    result.found.sort()
    result.wrong_place.sort()
    result.on_loan.sort()
    result.unknown = list(unknown)
    result.scanned = len(tags) + typed_codes
    return result


# What a stock-take needs to know of an item: its status, where it is registered, its product.
Entry = tuple[str, int | None, str]


def _class_of(entry: Entry, location_id: int) -> str:
    status, place, _product = entry
    if status == "on_loan":
        return "on_loan"
    return "found" if place == location_id else "wrong_place"


def entries(session: Session, tags: Iterable[str]) -> dict[str, Entry]:
    """The items with these tags (in chunks within SQLite's limit on bound parameters)."""
    wanted = list(tags)
    found: dict[str, Entry] = {}
    for start in range(0, len(wanted), 500):
        query = (
            select(Item.tag, Item.status, Item.location_id, Product.name)
            .join(Product, Product.id == Item.product_id)
            .where(Item.tag.in_(wanted[start : start + 500]))
        )
        found.update(
            (tag, (status, place, name)) for tag, status, place, name in session.execute(query)
        )
    return found


@dataclass(frozen=True)
class Added:
    """One scan in a running stock-take: its list, its line there and the line's row, and
    whether it took an item off the missing list (``was_missing``: that item's row there)."""

    name: str
    line: Line
    row: int
    new: bool  # False: scanned before (counted once)
    was_missing: int | None = None


class Tally:
    """A stock-take in progress: each scan classified as it comes, against an index built once
    (the items registered here, the places), so a scan costs the same at the 10,000th as at the
    first. An item registered elsewhere is looked up once (``lookup``) and kept. ``result()``
    is what ``reconcile`` gives for the same scans while the items stay as they were; finishing
    reconciles afresh (domain ``apply``) all the same."""

    def __init__(
        self,
        location_id: int,
        location: str,
        index: dict[str, Entry],
        places: dict[int, str],
        lookup: Callable[[str], Entry | None] | None = None,
    ) -> None:
        self.location_id = location_id
        self.location = location
        self._index = index
        self._places = places
        self._lookup = lookup
        self._expected = {
            tag
            for tag, (status, place, _p) in index.items()
            if place == location_id and status not in NOT_EXPECTED
        }
        self._lists: dict[str, list[str]] = {
            "found": [],
            "missing": sorted(self._expected),
            "wrong_place": [],
            "on_loan": [],
        }
        self._tags: dict[str, str] = {}  # canonical tag -> its class
        self._typed_unknown: dict[str, None] = {}  # no item code at all, as typed
        self._unlinked: dict[str, None] = {}  # an item code no item has, as first typed

    @classmethod
    def start(
        cls,
        session: Session,
        location: Location,
        scans: Iterable[str] = (),
        *,
        lookup: Callable[[str], Entry | None] | None = None,
    ) -> Tally:
        """The index of ``location`` (its items, the places) and the ``scans`` so far (their
        other items looked up in one go)."""
        scans = list(scans)
        query = (
            select(Item.tag, Item.status, Item.location_id, Product.name)
            .join(Product, Product.id == Item.product_id)
            .where(Item.location_id == location.id)
        )
        index: dict[str, Entry] = {
            tag: (status, place, name) for tag, status, place, name in session.execute(query)
        }
        others = {c.text for c in map(parse_code, scans) if c and c.kind is CodeKind.ITEM}
        index.update(entries(session, others - index.keys()))
        places = {loc.id: loc.display_name for loc in session.scalars(select(Location))}
        tally = cls(location.id, location.display_name, index, places, lookup)
        known = set(index)
        tally._lookup = lambda tag: None if tag in known or lookup is None else lookup(tag)
        for typed in scans:
            tally.add(typed)
        tally._lookup = lookup
        return tally

    def _entry(self, tag: str) -> Entry | None:
        if tag not in self._index and self._lookup is not None:
            entry = self._lookup(tag)
            if entry is not None:
                self._index[tag] = entry
        return self._index.get(tag)

    def line(self, code: str) -> Line:
        entry = self._index.get(code)
        if entry is None:
            return (code, "", "")
        place = entry[1]
        return (code, entry[2], self._places.get(place, "") if place is not None else "")

    def add(self, typed: str) -> Added:
        """Classify one scan (as typed) and put it in its list."""
        code = parse_code(typed)
        if code is None or code.kind is not CodeKind.ITEM:
            new = typed not in self._typed_unknown
            self._typed_unknown.setdefault(typed, None)
            row = (
                list(self._typed_unknown).index(typed) if not new else len(self._typed_unknown) - 1
            )
            return Added("unknown", (typed, "", ""), row, new)
        tag = code.text
        if tag in self._tags:  # scanned before: counted once, where it was put then
            name = self._tags[tag]
            if name == "unknown":
                first = next(t for t in self._unlinked if parse_code(t) == code)
                return Added(name, (first, "", ""), self._unknown_row(first), False)
            return Added(name, self.line(tag), bisect_left(self._lists[name], tag), False)
        entry = self._entry(tag)
        if entry is None:  # a label not linked to any item of this desk
            self._tags[tag] = "unknown"
            self._unlinked[typed] = None
            return Added("unknown", (typed, "", ""), self._unknown_row(typed), True)
        name = _class_of(entry, self.location_id)
        self._tags[tag] = name
        was_missing = None
        if tag in self._expected:
            missing = self._lists["missing"]
            was_missing = bisect_left(missing, tag)
            del missing[was_missing]
        row = bisect_left(self._lists[name], tag)
        self._lists[name].insert(row, tag)
        return Added(name, self.line(tag), row, True, was_missing)

    def _unknown_row(self, typed: str) -> int:
        return len(self._typed_unknown) + list(self._unlinked).index(typed)

    @property
    def scanned(self) -> int:
        return len(self._tags) + len(self._typed_unknown)

    def codes(self, name: str) -> list[str]:
        if name == "unknown":
            return [*self._typed_unknown, *self._unlinked]
        return list(self._lists[name])

    def result(self) -> Reconciliation:
        """The stock-take so far, as ``reconcile`` gives it."""
        return Reconciliation(
            self.location_id,
            self.location,
            found=self.codes("found"),
            missing=self.codes("missing"),
            wrong_place=self.codes("wrong_place"),
            on_loan=self.codes("on_loan"),
            unknown=self.codes("unknown"),
            scanned=self.scanned,
        )

    def lines(self) -> dict[str, list[Line]]:
        """Every list with the product and registered place of each code, as ``lines``."""
        return {name: [self.line(code) for code in self.codes(name)] for name in CLASSES}


@dataclass
class Applied:
    moved: list[str] = field(default_factory=list)
    checked_in: list[str] = field(default_factory=list)
    found_again: list[str] = field(default_factory=list)  # were marked lost
    stocktake_id: int | None = None  # the saved stock-take (history, export)


# One line of a list: the tag (or an unknown code as typed), the product's name ("" when
# unknown) and where the item is registered ("" when unknown or nowhere).
Line = tuple[str, str, str]


def lines(session: Session, result: Reconciliation) -> dict[str, list[Line]]:
    """Every list of ``result`` with the product and registered place of each code."""
    tags = [t for name in CLASSES[:4] for t in getattr(result, name)]
    places = {loc.id: loc.display_name for loc in session.scalars(select(Location))}
    known: dict[str, Line] = {}
    for start in range(0, len(tags), 500):
        query = (
            select(Item.tag, Product.name, Item.location_id)
            .join(Product, Product.id == Item.product_id)
            .where(Item.tag.in_(tags[start : start + 500]))
        )
        known.update(
            (tag, (tag, name, places.get(place, "") if place is not None else ""))
            for tag, name, place in session.execute(query)
        )

    def line(code: str) -> Line:
        return known.get(code, (code, "", ""))

    return {name: [line(code) for code in getattr(result, name)] for name in CLASSES}


def save(
    session: Session,
    ctx: DeskContext,
    result: Reconciliation,
    found: dict[str, list[Line]],
    applied: Applied | None = None,
) -> Stocktake:
    """Keep the stock-take (what was found where, before anything was changed) for the history
    and its export."""
    record = Stocktake(
        location_id=result.location_id,
        location=result.location[:300],
        at=ctx.now(),
        by=(ctx.actor or "")[:120] or None,
        scanned=result.scanned,
        applied=applied is not None,
        result={
            "lists": {name: [list(row) for row in rows] for name, rows in found.items()},
            "applied": {
                "moved": applied.moved,
                "checked_in": applied.checked_in,
                "found_again": applied.found_again,
            }
            if applied is not None
            else None,
        },
    )
    session.add(record)
    session.flush()
    return record


def history(
    session: Session, *, location_id: int | None = None, limit: int = 100
) -> list[Stocktake]:
    """The saved stock-takes, newest first."""
    query = select(Stocktake).order_by(Stocktake.at.desc(), Stocktake.id.desc()).limit(limit)
    if location_id is not None:
        query = query.where(Stocktake.location_id == location_id)
    return list(session.scalars(query))


def saved(session: Session, stocktake_id: int) -> Stocktake:
    record = session.get(Stocktake, stocktake_id)
    if record is None:
        raise NotFound(
            translate("domain.stocktake", "Stock-take {stocktake_id} does not exist.").format(
                stocktake_id=stocktake_id
            ),
        )
    return record


def apply(session: Session, ctx: DeskContext, result: Reconciliation) -> Applied:
    """Act on a stock-take, every change audited, in the caller's transaction:

    - wrong-place items are moved to this location (they are here);
    - items on loan that are on the shelf are checked in here: the return was never booked, so
      the loan ends (no false overdue letter) and the item goes to cleaning before anyone else
      gets it -- nobody knows where it has been;
    - items marked lost that were scanned are marked found;
    - the stock-take itself is recorded: when, where, who, the counts.
    """
    done = Applied()
    here = replace(ctx, location_id=result.location_id)  # check-ins land here
    found = lines(session, result)  # as found, before anything moves
    items = items_by_tag(session, result.found + result.wrong_place + result.on_loan)
    done.moved = move_here(session, here, result, [items[tag] for tag in result.wrong_place])
    for tag in result.on_loan:
        circulation.check_in(
            session,
            here,
            circulation.CheckinRequest(
                item=items[tag],
                notes="Ingenomen bij inventarisatie (stock-take): stond in de kast, "
                "inname was nooit geboekt.",
            ),
        )
        done.checked_in.append(tag)
    for tag in result.found + result.wrong_place:
        if items[tag].status == "lost":
            circulation.mark_found(session, here, items[tag])
            done.found_again.append(tag)
    audit.record(
        session,
        here,
        "stocktake",
        "location",
        result.location_id,
        location=result.location,
        scanned=result.scanned,
        **result.counts(),
        moved=len(done.moved),
        checked_in=len(done.checked_in),
        found_again=len(done.found_again),
    )
    done.stocktake_id = save(session, here, result, found, done).id
    return done


def move_here(
    session: Session, ctx: DeskContext, result: Reconciliation, items: Iterable[Item]
) -> list[str]:
    """Register ``items`` (scanned at the stock-take's location) at that location, audited."""
    moved = []
    for item in items:
        if item.location_id == result.location_id:
            continue
        old = item.location.display_name if item.location else None
        item.location_id = result.location_id
        audit.record(
            session,
            ctx,
            "stocktake_moved",
            "item",
            item.id,
            tag=item.tag,
            old=old,
            new=result.location,
        )
        moved.append(item.tag)
    return moved


def items_by_tag(session: Session, tags: list[str]) -> dict[str, Item]:
    items: dict[str, Item] = {}
    for start in range(0, len(tags), 500):  # within SQLite's limit on bound parameters
        query = (
            select(Item)
            .options(joinedload(Item.product))
            .where(Item.tag.in_(tags[start : start + 500]))
        )
        items.update((item.tag, item) for item in session.scalars(query))
    return items
