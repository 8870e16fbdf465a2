"""Reviews at the desk: collect, moderate, report, export; and the catalogue import.

The application service the desk window and the command line share (no Qt). It joins the pure
review layer (:mod:`lendingdesk.domain.reviews`), the store, the PDF reports and the export
bundle. Every method is one unit of work and leaves an audit event for each change of state.

Publishing rules enforced here, before anything reaches a document:

* a review belongs to one returned loan; an open loan or a second review is refused;
* answers are validated against the instrument the product uses; the instrument's definition
  is kept in ``review_instruments`` the first time it is used, so an old review is read with
  the wording it was given even after a newer version (file or stored) appears;
* reports and exports read only approved reviews; a reviewer's name leaves the building only
  with their consent -- otherwise it never enters the export read model at all, and it is
  blanked out of every free text that is published;
* a catalogue import is applied whole or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.documents.reports import Period, ProductReportData, Quote
from lendingdesk.domain import audit, catalogue
from lendingdesk.domain.codes import CodeKind, parse_code
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.errors import InvalidInput, LendingError, NotFound
from lendingdesk.domain.lookup import find_item, find_loan
from lendingdesk.domain.reviews import (
    MIN_REVIEWS_FOR_AGGREGATES,
    Instrument,
    ItemType,
    ScoredReview,
    instrument_from_definition,
    list_instruments,
    load_instrument,
    score_review,
    sus_grade,
    validate_answers,
)
from lendingdesk.exchange.export import (
    ExportData,
    ExportProduct,
    ExportReview,
    LoanContext,
    Moderation,
    public_author,
)
from lendingdesk.exchange.importer import ImportPlan, LineError
from lendingdesk.exchange.redaction import WordRedactor
from lendingdesk.store.db import Database
from lendingdesk.store.models import (
    Category,
    Item,
    Loan,
    Location,
    Product,
    Review,
    ReviewInstrument,
    Setting,
)

DEFAULT_INSTRUMENT = "care-tech-review"
PUBLISHER_SETTING = "export.publisher"
ID_PREFIX_SETTING = "export.id_prefix"
QUOTE_MAX = 280  # characters of a "what worked well" text shown as a quote in a report

_NAME_MAX, _DISCIPLINE_MAX, _ORGANISATION_MAX = 200, 120, 120


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True, slots=True)
class Reviewer:
    """Who wrote a review. The name is published only when ``publish_name`` is True."""

    name: str = ""
    publish_name: bool = False
    discipline: str = ""
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class PendingLoan:
    """A returned loan whose borrower has not yet given (or declined) a review."""

    loan_id: int
    tag: str
    product_id: int
    product: str
    borrower: str
    discipline: str
    out_at: datetime  # local time
    returned_at: datetime  # local time

    def to_dict(self) -> dict[str, Any]:
        row = asdict(self)
        row["out_at"] = self.out_at.isoformat(timespec="seconds")
        row["returned_at"] = self.returned_at.isoformat(timespec="seconds")
        return row


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One stored review as the desk shows it (internal: the reviewer's name is included)."""

    id: int
    loan_id: int | None
    product_id: int
    product: str
    instrument_key: str
    instrument_version: int
    created_at: datetime  # local time
    moderation: str
    moderated_by: str | None
    moderated_at: datetime | None
    exported_at: datetime | None
    reviewer_name: str
    publish_name: bool
    discipline: str
    organisation: str
    answers: Mapping[str, object]
    scores: Mapping[str, float | None]

    @property
    def instrument_ref(self) -> str:
        return f"{self.instrument_key}@{self.instrument_version}"

    @property
    def rating(self) -> float | None:
        return self.scores.get("rating")

    @property
    def sus(self) -> float | None:
        return self.scores.get("sus")

    @property
    def sus_grade(self) -> str | None:
        return None if self.sus is None else sus_grade(self.sus)

    def public_author(self, lang: str = "nl") -> str:
        """How the author appears in anything published (name only with consent)."""
        return public_author(_export_review_stub(self), lang).display

    def to_dict(self) -> dict[str, Any]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat(timespec="seconds") if value else None

        return {
            "id": self.id,
            "loan_id": self.loan_id,
            "product_id": self.product_id,
            "product": self.product,
            "instrument": self.instrument_ref,
            "created": iso(self.created_at),
            "moderation": self.moderation,
            "moderated_by": self.moderated_by,
            "moderated_at": iso(self.moderated_at),
            "exported_at": iso(self.exported_at),
            "reviewer_name": self.reviewer_name,
            "publish_name": self.publish_name,
            "discipline": self.discipline,
            "organisation": self.organisation,
            "rating": self.rating,
            "sus": self.sus,
            "sus_grade": self.sus_grade,
            "scores": dict(self.scores),
            "answers": dict(self.answers),
        }


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    manifest: Mapping[str, Any]
    reviews: int
    products: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did (or, with ``dry_run``, would do)."""

    dry_run: bool
    categories_created: int = 0
    products_created: int = 0
    products_updated: int = 0
    items_created: int = 0
    tags: tuple[str, ...] = ()


def _regels(count: int) -> str:
    return f"{count} regel" if count == 1 else f"{count} regels"


class ImportRefused(InvalidInput):
    """A catalogue import that changed nothing; ``errors`` says which lines and why."""

    def __init__(self, errors: Sequence[LineError]) -> None:
        first = errors[0] if errors else None
        count = len(errors)
        super().__init__(
            f"Import geweigerd: {_regels(count)} {'klopt' if count == 1 else 'kloppen'} niet; "
            f"er is niets veranderd. "
            f"Verbeter het bestand en probeer opnieuw."
            + (f" Eerste: {first.message('nl')}" if first else ""),
            f"Import refused: {count} {'line is' if count == 1 else 'lines are'} wrong; "
            f"nothing was changed. "
            f"Correct the file and try again."
            + (f" First: {first.message('en')}" if first else ""),
            errors=list(errors),
        )
        self.errors = tuple(errors)


# --------------------------------------------------------------------------- instruments


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


# --------------------------------------------------------------------------- helpers


def find_product(session: Session, ref: str | int | Product) -> Product:
    """A product by id (digits), by one of its items' asset tags (LD…), or by exact name."""
    if isinstance(ref, Product):
        return ref
    text = str(ref).strip()
    if text.isdigit():
        return catalogue.get_product(session, int(text))
    code = parse_code(text)
    if code is not None and code.kind is CodeKind.ITEM:
        return find_item(session, code.text).product
    matches = list(session.scalars(select(Product).where(func.lower(Product.name) == text.lower())))
    if len(matches) == 1:
        return matches[0]
    raise NotFound(
        f"Product “{text}” niet gevonden. Geef het productnummer of de labelcode (LD…) van een "
        "exemplaar.",
        f"Product “{text}” not found. Give the product number or an item's label code (LD…).",
        product=text,
    )


def _utc(moment: datetime) -> datetime:
    """A local calendar boundary as stored (naive UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def _day_start(day: date) -> datetime:
    return _utc(datetime.combine(day, time()).astimezone())


def _local(value: datetime | None) -> datetime | None:
    local = to_local(value)
    return local.replace(tzinfo=None) if local else None


def _local_date(value: datetime) -> date:
    local = to_local(value)
    assert local is not None
    return local.date()


def _clean(text: str | None, limit: int, what_nl: str, what_en: str) -> str:
    value = " ".join((text or "").split())
    if len(value) > limit:
        raise InvalidInput(
            f"{what_nl} is te lang (maximaal {limit} tekens).",
            f"{what_en} is too long (at most {limit} characters).",
        )
    return value


def _export_review_stub(row: ReviewRow) -> ExportReview:
    return ExportReview(
        id=str(row.id),
        submitted=row.created_at.date(),
        result=ScoredReview(row.instrument_key, row.instrument_version, row.answers, row.scores),
        moderation=Moderation(row.moderation),
        consent=row.publish_name,
        reviewer_name=row.reviewer_name,
        discipline=row.discipline,
        organisation=row.organisation,
    )


def _row(review: Review) -> ReviewRow:
    created = _local(review.created_at)
    assert created is not None
    return ReviewRow(
        id=review.id,
        loan_id=review.loan_id,
        product_id=review.product_id,
        product=review.product.name,
        instrument_key=review.instrument_key,
        instrument_version=review.instrument_version,
        created_at=created,
        moderation=review.moderation,
        moderated_by=review.moderated_by,
        moderated_at=_local(review.moderated_at),
        exported_at=_local(review.exported_at),
        reviewer_name=review.reviewer_name or "",
        publish_name=bool(review.publish_name),
        discipline=review.reviewer_discipline or "",
        organisation=review.organisation or "",
        answers=dict(review.answers or {}),
        scores=dict(review.scores or {}),
    )


# Name particles (tussenvoegsels) are ordinary words too: "op de tijd van het ontbijt" must
# survive when a "Thijs van Dijk" is blanked out.
_PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "ter",
        "ten",
        "te",
        "in",
        "op",
        "aan",
        "bij",
        "uit",
        "von",
        "vom",
        "zu",
        "la",
        "le",
        "du",
        "da",
        "del",
        "della",
        "dos",
        "das",
        "di",
        "mc",
        "mac",
        "ben",
        "bin",
        "el",
        "al",
    ]
)


class _Redactor:
    """Blanks names out of free text: the whole name and each part that is not a particle."""

    def __init__(self, names: Iterable[str], replacement: str) -> None:
        variants: set[str] = set()
        for name in names:
            name = " ".join(name.split())
            if len(name) >= 3:
                variants.add(name)
            variants.update(
                part
                for part in re.split(r"[\s,.'’-]+", name)
                if len(part) >= 3 and part.casefold() not in _PARTICLES
            )
        # One expression over thousands of names is slow; WordRedactor gives the same result.
        self._redact = WordRedactor(variants, replacement)

    def __call__(self, text: str) -> str:
        return self._redact(text)


def _quote_of(text: str) -> str:
    """A report quote from a "what worked well" text: whole when short, else its first sentence."""
    text = " ".join(text.split())
    if len(text) <= QUOTE_MAX:
        return text
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return first if len(first) <= QUOTE_MAX else first[: QUOTE_MAX - 1].rstrip() + "…"


# --------------------------------------------------------------------------- the service


class ReviewService:
    """Reviews, reports, export and catalogue import over one database.

    ``ctx_factory`` gives the desk context (actor, desk, clock) at the moment of each call.
    """

    def __init__(self, db: Database, ctx_factory: Callable[[], DeskContext]) -> None:
        self.db = db
        self.ctx_factory = ctx_factory

    # ----------------------------------------------------------------- instruments

    def registry(self) -> InstrumentRegistry:
        with self.db.session() as session:
            return InstrumentRegistry.from_session(session)

    def lookup(self, key: str, version: int) -> Instrument:
        """DB-backed instrument lookup (stored definition, else the shipped file)."""
        return self.registry().lookup(key, version)

    def instruments(self) -> list[Instrument]:
        """Every instrument the desk knows: shipped files and stored definitions, by key/version."""
        registry = self.registry()
        refs = {(i.key, i.version) for i in list_instruments()} | set(registry.stored_versions())
        return [registry.lookup(key, version) for key, version in sorted(refs)]

    def instrument_for_product(self, product: str | int | Product) -> Instrument:
        """The instrument new reviews of ``product`` use; kept in the store from first use on."""
        with self.db.unit_of_work() as session:
            return self._instrument_for(session, find_product(session, product))

    def _instrument_for(self, session: Session, product: Product) -> Instrument:
        instrument = current_instrument(session, product.instrument_key or DEFAULT_INSTRUMENT)
        if store_instrument(session, instrument):
            audit.record(
                session,
                self.ctx_factory(),
                "instrument_stored",
                "review_instrument",
                None,
                instrument=instrument.ref,
            )
        return instrument

    def add_instrument(self, definition: Mapping[str, Any]) -> Instrument:
        """Register an instrument definition (e.g. a region's newer version) in the store."""
        instrument = instrument_from_definition(definition)
        with self.db.unit_of_work() as session:
            if not store_instrument(session, instrument):
                raise InvalidInput(
                    f"Instrument {instrument.ref} staat al in de database; een gepubliceerde "
                    "versie wordt nooit gewijzigd. Geef de nieuwe versie een hoger nummer.",
                    f"Instrument {instrument.ref} is already stored; a published version is "
                    "never changed. Give the new version a higher number.",
                )
            audit.record(
                session,
                self.ctx_factory(),
                "instrument_stored",
                "review_instrument",
                None,
                instrument=instrument.ref,
            )
        return instrument

    # ----------------------------------------------------------------- collecting

    def add_review(
        self, loan_id: int, answers: Mapping[str, object], reviewer: Reviewer | None = None
    ) -> ReviewRow:
        """Store the review of a returned loan; it waits for moderation before publication."""
        reviewer = reviewer or Reviewer()
        name = _clean(reviewer.name, _NAME_MAX, "De naam", "The name")
        discipline = _clean(reviewer.discipline, _DISCIPLINE_MAX, "De discipline", "Discipline")
        organisation = _clean(
            reviewer.organisation, _ORGANISATION_MAX, "De organisatie", "Organisation"
        )
        if reviewer.publish_name and not name:
            raise InvalidInput(
                "Er is toestemming om de naam te publiceren, maar geen naam. Vul de naam in of "
                "zet de toestemming uit.",
                "Consent to publish the name was given, but no name. Fill in the name or "
                "turn the consent off.",
            )
        ctx = self.ctx_factory()
        with self.db.unit_of_work() as session:
            loan = find_loan(session, loan_id)
            item = loan.item
            if loan.returned_at is None:
                raise InvalidInput(
                    f"Uitlening {loan.id} ({item.product.name}, {item.tag}) is nog open. Neem "
                    "het product eerst in; daarna kan de review.",
                    f"Loan {loan.id} ({item.product.name}, {item.tag}) is still open. Check the "
                    "item in first; then the review can be added.",
                    loan_id=loan.id,
                )
            existing = session.scalar(select(Review.id).where(Review.loan_id == loan.id))
            if existing is not None:
                raise InvalidInput(
                    f"Voor uitlening {loan.id} is al een review (nummer {existing}). Per "
                    "uitlening telt één review; pas zo nodig die review aan bij het modereren.",
                    f"Loan {loan.id} already has a review (number {existing}). One review per "
                    "loan counts; edit that review during moderation if needed.",
                    loan_id=loan.id,
                    review_id=existing,
                )
            instrument = self._instrument_for(session, item.product)
            cleaned = validate_answers(instrument, answers)
            scores = score_review(instrument, cleaned)
            borrower = loan.borrower
            if not discipline and borrower.discipline and borrower.kind == "person":
                discipline = borrower.discipline
            if not organisation:
                organisation = self._organisation_of(session, loan)
            review = Review(
                loan_id=loan.id,
                product_id=item.product_id,
                instrument_key=instrument.key,
                instrument_version=instrument.version,
                answers=cleaned,
                scores=scores,
                reviewer_name=name or None,
                reviewer_discipline=discipline or None,
                organisation=organisation or None,
                publish_name=bool(reviewer.publish_name),
                moderation=Moderation.PENDING.value,
                created_at=ctx.now(),
            )
            session.add(review)
            loan.review_state = "done"
            session.flush()
            audit.record(
                session,
                ctx,
                "review_added",
                "review",
                review.id,
                loan_id=loan.id,
                product=item.product.name,
                instrument=instrument.ref,
                rating=scores.get("rating"),
            )
            return _row(review)

    @staticmethod
    def _organisation_of(session: Session, loan: Loan) -> str:
        location_id = loan.borrower.location_id or loan.out_location_id
        location = session.get(Location, location_id) if location_id else None
        return location.organisation if location else ""

    def pending_reviews(self, limit: int | None = None) -> list[PendingLoan]:
        """Returned loans still waiting for a review, the most recently returned first."""
        with self.db.session() as session:
            stmt = (
                select(Loan)
                .options(joinedload(Loan.item).joinedload(Item.product), joinedload(Loan.borrower))
                .where(Loan.review_state == "pending", Loan.returned_at.is_not(None))
                .order_by(Loan.returned_at.desc(), Loan.id.desc())
            )
            if limit:
                stmt = stmt.limit(limit)
            rows = []
            for loan in session.scalars(stmt):
                out_at, returned_at = _local(loan.out_at), _local(loan.returned_at)
                assert out_at is not None and returned_at is not None
                rows.append(
                    PendingLoan(
                        loan_id=loan.id,
                        tag=loan.item.tag,
                        product_id=loan.item.product_id,
                        product=loan.item.product.name,
                        borrower=loan.borrower.name,
                        discipline=loan.borrower.discipline or "",
                        out_at=out_at,
                        returned_at=returned_at,
                    )
                )
            return rows

    def decline_review(self, loan_id: int) -> None:
        """The borrower does not want to give a review: the loan leaves the waiting list."""
        ctx = self.ctx_factory()
        with self.db.unit_of_work() as session:
            loan = find_loan(session, loan_id)
            if loan.returned_at is None:
                raise InvalidInput(
                    f"Uitlening {loan.id} is nog open; er valt nog geen review af te slaan.",
                    f"Loan {loan.id} is still open; there is no review to decline yet.",
                )
            if loan.review_state == "done":
                raise InvalidInput(
                    f"Voor uitlening {loan.id} is de review al gegeven.",
                    f"The review for loan {loan.id} has already been given.",
                )
            loan.review_state = "declined"
            audit.record(session, ctx, "review_declined", "loan", loan.id, tag=loan.item.tag)

    # ----------------------------------------------------------------- moderation

    def moderate(
        self,
        review_id: int,
        decision: str,
        *,
        edits: Mapping[str, str] | None = None,
        by: str | None = None,
    ) -> ReviewRow:
        """Approve or reject a review, optionally with edited free texts (pros, cons, tips…).

        Only text answers can be edited -- to take out a resident's name, say -- never a
        rating: ratings come from the professional alone.
        """
        if decision not in ("approve", "reject"):
            raise InvalidInput(
                f"Kies goedkeuren (approve) of afwijzen (reject), niet “{decision}”.",
                f"Choose approve or reject, not “{decision}”.",
            )
        ctx = self.ctx_factory()
        moderator = (by or ctx.actor or "").strip() or None
        with self.db.unit_of_work() as session:
            review = self._get(session, review_id)
            instrument = InstrumentRegistry.from_session(session).lookup(
                review.instrument_key, review.instrument_version
            )
            answers = dict(review.answers or {})
            edited = []
            for key, text in (edits or {}).items():
                if not instrument.has_item(key) or instrument.item(key).type is not ItemType.TEXT:
                    texts = ", ".join(i.key for i in instrument.items if i.type is ItemType.TEXT)
                    raise InvalidInput(
                        f"Alleen vrije tekst kan bij het modereren worden aangepast ({texts}), "
                        f"niet “{key}”.",
                        f"Only free text can be edited during moderation ({texts}), not “{key}”.",
                    )
                if (text or "").strip() != str(answers.get(key, "")).strip():
                    edited.append(key)
                answers[key] = text
            if edited:
                # Validate the whole set again, so an edit cannot break what was valid.
                answers = validate_answers(instrument, answers)
                review.answers = answers
            state = Moderation.APPROVED if decision == "approve" else Moderation.REJECTED
            review.moderation = state.value
            review.moderated_by = moderator
            review.moderated_at = ctx.now()
            audit.record(
                session,
                ctx,
                "review_approved" if state is Moderation.APPROVED else "review_rejected",
                "review",
                review.id,
                product=review.product.name,
                edited=edited,
                by=moderator,
            )
            session.flush()
            return _row(review)

    @staticmethod
    def _get(session: Session, review_id: int) -> Review:
        review = session.get(Review, review_id)
        if review is None:
            raise NotFound(
                f"Review {review_id} bestaat niet. Zie `lendingdesk reviews` voor de nummers.",
                f"Review {review_id} does not exist. See `lendingdesk reviews` for the numbers.",
                review_id=review_id,
            )
        return review

    # ----------------------------------------------------------------- reading

    def review(self, review_id: int) -> ReviewRow:
        with self.db.session() as session:
            return _row(self._get(session, review_id))

    def reviews_for(
        self,
        product: str | int | Product | None = None,
        *,
        moderation: str | None = None,
        period: Period | None = None,
    ) -> list[ReviewRow]:
        """Stored reviews with their scores, newest first; of one product or of all."""
        with self.db.session() as session:
            stmt = select(Review).options(joinedload(Review.product))
            if product is not None:
                stmt = stmt.where(Review.product_id == find_product(session, product).id)
            if moderation:
                stmt = stmt.where(Review.moderation == moderation)
            stmt = _in_period(stmt, period)
            stmt = stmt.order_by(Review.created_at.desc(), Review.id.desc())
            return [_row(r) for r in session.scalars(stmt)]

    # ----------------------------------------------------------------- reports

    def product_report_data(
        self, product: str | int | Product, period: Period | None = None, *, lang: str = "nl"
    ) -> ProductReportData:
        """One product's report: its approved reviews and loans in ``period`` (dates inclusive)."""
        period = period or Period()
        with self.db.session() as session:
            found = find_product(session, product)
            redact = self._redactor(session, lang)
            return self._report_data(session, found, period, redact, lang)

    def overview_data(
        self, period: Period | None = None, *, lang: str = "nl"
    ) -> list[ProductReportData]:
        """Every product with loans or approved reviews in ``period``, by name."""
        period = period or Period()
        with self.db.session() as session:
            redact = self._redactor(session, lang)
            active = self._active_products(session, period)
            return [self._report_data(session, p, period, redact, lang) for p in active]

    def _active_products(self, session: Session, period: Period) -> list[Product]:
        reviewed = _in_period(
            select(Review.product_id).where(Review.moderation == Moderation.APPROVED.value),
            period,
        )
        lent = select(Item.product_id).join(Loan, Loan.item_id == Item.id)
        if period.start:
            lent = lent.where(Loan.out_at >= _day_start(period.start))
        if period.end:
            lent = lent.where(Loan.out_at < _day_start(period.end + timedelta(days=1)))
        ids = set(session.scalars(reviewed)) | set(session.scalars(lent))
        return list(
            session.scalars(
                select(Product)
                .options(joinedload(Product.category))
                .where(Product.id.in_(ids))
                .order_by(Product.name)
            )
        )

    def _loans_in(self, session: Session, product: Product, period: Period) -> int:
        stmt = (
            select(func.count())
            .select_from(Loan)
            .join(Item, Loan.item_id == Item.id)
            .where(Item.product_id == product.id)
        )
        if period.start:
            stmt = stmt.where(Loan.out_at >= _day_start(period.start))
        if period.end:
            stmt = stmt.where(Loan.out_at < _day_start(period.end + timedelta(days=1)))
        return session.scalar(stmt) or 0

    def _report_data(
        self,
        session: Session,
        product: Product,
        period: Period,
        redact: _Redactor,
        lang: str,
    ) -> ProductReportData:
        stmt = _in_period(
            select(Review).where(
                Review.product_id == product.id, Review.moderation == Moderation.APPROVED.value
            ),
            period,
        ).order_by(Review.created_at, Review.id)
        reviews = [_row(r) for r in session.scalars(stmt)]
        quotes: dict[str, Quote] = {}
        tips: dict[str, str] = {}
        for row in reviews:  # the same remark twice is shown once
            pros = row.answers.get("pros")
            if isinstance(pros, str) and pros.strip():
                text = redact(_quote_of(pros))
                quotes.setdefault(text.casefold(), Quote(text, row.public_author(lang)))
            tip = row.answers.get("tips")
            if isinstance(tip, str) and tip.strip():
                text = redact(tip.strip())
                tips.setdefault(text.casefold(), text)
        return ProductReportData(
            name=product.name,
            maker=product.maker or "",
            category=product.category.name if product.category else "",
            period=period,
            loans=self._loans_in(session, product, period),
            reviews=[
                ScoredReview(r.instrument_key, r.instrument_version, r.answers, r.scores)
                for r in reviews
            ],
            quotes=list(quotes.values()),
            tips=list(tips.values()),
            cleaning=product.cleaning_protocol or "",
        )

    def _redactor(self, session: Session, lang: str) -> _Redactor:
        # Every reviewer who did not consent is blanked out of every published text: one
        # colleague may name another.
        names = session.scalars(
            select(Review.reviewer_name).where(
                Review.publish_name.is_(False), Review.reviewer_name.is_not(None)
            )
        )
        return _Redactor(set(names), "[naam]" if lang.startswith("nl") else "[name]")

    def render_product_report(
        self,
        product: str | int | Product,
        out: str | Path | IO[bytes],
        period: Period | None = None,
        *,
        lang: str = "nl",
        min_n: int = MIN_REVIEWS_FOR_AGGREGATES,
    ) -> int:
        """Write one product's review report (PDF); returns the page count."""
        from lendingdesk.documents.reports import render_product_report

        data = self.product_report_data(product, period, lang=lang)
        return render_product_report(
            data,
            out,
            lang=lang,
            generated_at=_local(self.ctx_factory().now()),
            min_n=min_n,
            lookup=self.registry().lookup,
        )

    def render_overview_report(
        self,
        out: str | Path | IO[bytes],
        period: Period | None = None,
        *,
        lang: str = "nl",
        min_n: int = MIN_REVIEWS_FOR_AGGREGATES,
    ) -> int:
        """Write the overview across products (PDF); returns the page count."""
        from lendingdesk.documents.reports import render_overview_report

        period = period or Period()
        products = self.overview_data(period, lang=lang)
        return render_overview_report(
            products,
            out,
            period=period,
            lang=lang,
            generated_at=_local(self.ctx_factory().now()),
            min_n=min_n,
            lookup=self.registry().lookup,
        )

    # ----------------------------------------------------------------- export

    def export_data(self, since: date | None = None, *, lang: str = "nl") -> ExportData:
        """The publishable read model: approved reviews only (submitted on or after ``since``).

        A reviewer's name is in it only with consent; without, the author is discipline and
        organisation. Free text is already cleared of non-consenting reviewers' names. Nothing
        about borrowers (e-mail, phone, badge) is read at all.
        """
        ctx = self.ctx_factory()
        until = ctx.today()
        with self.db.session() as session:
            redact = self._redactor(session, lang)
            registry = InstrumentRegistry.from_session(session)
            stmt = (
                select(Review)
                .options(
                    joinedload(Review.product),
                    joinedload(Review.loan).joinedload(Loan.item),
                )
                .where(Review.moderation == Moderation.APPROVED.value)
                .order_by(Review.created_at, Review.id)
            )
            if since:
                stmt = stmt.where(Review.created_at >= _day_start(since))
            by_product: dict[int, list[ExportReview]] = {}
            locations = {loc.id: loc for loc in session.scalars(select(Location))}
            for review in session.scalars(stmt):
                by_product.setdefault(review.product_id, []).append(
                    self._export_review(review, registry, redact, locations)
                )
            products = list(
                session.scalars(
                    select(Product)
                    .options(joinedload(Product.category))
                    .where((Product.retired.is_(False)) | (Product.id.in_(list(by_product))))
                    .order_by(Product.name, Product.id)
                )
            )
            period = Period(since, until)
            exported = [
                ExportProduct(
                    id=str(p.id),
                    name=p.name,
                    maker=p.maker or "",
                    category=p.category.name if p.category else "",
                    loans=self._loans_in(session, p, period),
                    cleaning=p.cleaning_protocol or "",
                    reviews=tuple(by_product.get(p.id, ())),
                )
                for p in products
            ]
            publisher = session.get(Setting, PUBLISHER_SETTING)
            prefix = session.get(Setting, ID_PREFIX_SETTING)
            return ExportData(
                products=exported,
                publisher=publisher.value if publisher else self._default_publisher(session, ctx),
                id_prefix=prefix.value if prefix else "urn:lendingdesk",
            )

    @staticmethod
    def _default_publisher(session: Session, ctx: DeskContext) -> str:
        location = session.get(Location, ctx.location_id) if ctx.location_id else None
        location = location or session.scalar(select(Location).order_by(Location.id))
        return location.organisation if location else ""

    @staticmethod
    def _export_review(
        review: Review,
        registry: InstrumentRegistry,
        redact: _Redactor,
        locations: Mapping[int, Location],
    ) -> ExportReview:
        instrument = registry.lookup(review.instrument_key, review.instrument_version)
        answers = dict(review.answers or {})
        for item in instrument.items:
            if item.type is ItemType.TEXT and isinstance(answers.get(item.key), str):
                answers[item.key] = redact(answers[item.key])
        consent = bool(review.publish_name and review.reviewer_name)
        loan_context = None
        if review.loan is not None:
            loan = review.loan
            location = locations.get(loan.out_location_id or 0)
            loan_context = LoanContext(
                started=_local_date(loan.out_at),
                returned=_local_date(loan.returned_at) if loan.returned_at else None,
                location=location.site if location else "",
            )
        pros = answers.get("pros")
        return ExportReview(
            id=str(review.id),
            submitted=_local_date(review.created_at),
            result=ScoredReview(
                review.instrument_key, review.instrument_version, answers, dict(review.scores)
            ),
            moderation=Moderation.APPROVED,
            consent=consent,
            # The name of a reviewer who did not consent never enters the export model.
            reviewer_name=(review.reviewer_name or "") if consent else "",
            discipline=review.reviewer_discipline or "",
            organisation=review.organisation or "",
            loan=loan_context,
            quote=_quote_of(pros) if isinstance(pros, str) and pros.strip() else "",
        )

    def export_bundle(
        self,
        out: str | Path,
        *,
        since: date | None = None,
        lang: str = "nl",
        min_n: int = MIN_REVIEWS_FOR_AGGREGATES,
    ) -> ExportResult:
        """Write the platform bundle (zip) and mark the exported reviews; audited."""
        from lendingdesk.exchange.export import build_bundle

        ctx = self.ctx_factory()
        data = self.export_data(since, lang=lang)
        generated_at = _local(ctx.now())
        assert generated_at is not None
        manifest = build_bundle(
            data,
            out,
            generated_at=generated_at,
            since=since,
            lang=lang,
            min_n=min_n,
            lookup=self.registry().lookup,
        )
        ids = [int(r.id) for p in data.products for r in p.reviews]
        # Only after the zip is complete: a failed export marks nothing.
        with self.db.unit_of_work() as session:
            for review in session.scalars(select(Review).where(Review.id.in_(ids))):
                review.exported_at = ctx.now()
            audit.record(
                session,
                ctx,
                "reviews_exported",
                "review",
                None,
                reviews=len(ids),
                file=Path(out).name,
                since=since.isoformat() if since else None,
            )
        return ExportResult(
            Path(out), manifest, len(ids), sum(1 for p in data.products if p.reviews)
        )

    # ----------------------------------------------------------------- catalogue import

    def apply_import(self, plan: ImportPlan, *, dry_run: bool = False) -> ImportResult:
        """Apply a parsed catalogue whole, in one transaction, or change nothing.

        Products are matched on name and maker: a new one is created, a known one gets the
        fields the file fills in. Items: listed tags are linked (a tag already on another
        product refuses the import); otherwise the count is the number of items the product
        should have, so importing the same file twice adds nothing.
        """
        if not plan.ok:
            raise ImportRefused(plan.errors)
        ctx = self.ctx_factory()
        session = self.db.session()
        try:
            session.begin()
            result, errors = self._apply_rows(session, ctx, plan)
            if errors:
                raise ImportRefused(errors)
            if dry_run:
                session.rollback()
            else:
                audit.record(
                    session,
                    ctx,
                    "catalogue_imported",
                    "catalogue",
                    None,
                    source=plan.source,
                    products_created=result.products_created,
                    products_updated=result.products_updated,
                    items_created=result.items_created,
                    categories_created=result.categories_created,
                )
                session.commit()
            return result if not dry_run else _as_dry_run(result)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _apply_rows(
        self, session: Session, ctx: DeskContext, plan: ImportPlan
    ) -> tuple[ImportResult, list[LineError]]:
        errors: list[LineError] = []
        categories = products_created = products_updated = 0
        new_tags: list[str] = []
        tag_column = plan.columns.get("tags", "")
        for row in plan.rows:
            try:
                if row.category and not session.scalar(
                    select(Category.id).where(Category.name == row.category)
                ):
                    catalogue.get_or_create_category(session, row.category, row.iso_class or None)
                    categories += 1
                product = _matching_product(session, row.name, row.maker)
                if product is None:
                    product = catalogue.create_product(session, ctx, _product_input(row))
                    products_created += 1
                else:
                    catalogue.update_product(session, ctx, product.id, _product_input(row, product))
                    products_updated += 1
                if row.tags:
                    owners = dict(
                        session.execute(
                            select(Item.tag, Item.product_id).where(Item.tag.in_(row.tags))
                        ).all()
                    )
                    foreign = [t for t in row.tags if t in owners and owners[t] != product.id]
                    if foreign:
                        errors.append(
                            LineError(
                                row.line,
                                tag_column,
                                f"labelcode {foreign[0]} hoort al bij een ander product",
                                f"asset tag {foreign[0]} already belongs to another product",
                            )
                        )
                        continue
                    fresh = [t for t in row.tags if t not in owners]
                    if fresh:
                        created = catalogue.add_items(session, ctx, product, tags=fresh)
                        new_tags += [i.tag for i in created]
                elif row.item_count:
                    have = session.scalar(
                        select(func.count())
                        .select_from(Item)
                        .where(
                            Item.product_id == product.id, Item.status.not_in(("retired", "lost"))
                        )
                    )
                    missing = row.item_count - (have or 0)
                    if missing > 0:
                        created = catalogue.add_items(session, ctx, product, missing)
                        new_tags += [i.tag for i in created]
            except LendingError as exc:
                errors.append(LineError(row.line, "", exc.message("nl"), exc.message("en")))
        return (
            ImportResult(
                dry_run=False,
                categories_created=categories,
                products_created=products_created,
                products_updated=products_updated,
                items_created=len(new_tags),
                tags=tuple(new_tags),
            ),
            errors,
        )


def _matching_product(session: Session, name: str, maker: str) -> Product | None:
    """The known product a row means: same name, and the same maker unless one side has none."""
    candidates = list(
        session.scalars(select(Product).where(func.lower(Product.name) == name.lower()))
    )
    exact = [p for p in candidates if (p.maker or "").casefold() == maker.casefold()]
    if exact:
        return exact[0]
    loose = [p for p in candidates if not p.maker or not maker]
    return loose[0] if len(loose) == 1 else None


def _as_dry_run(result: ImportResult) -> ImportResult:
    # Tags allocated in a rolled-back dry run are not really taken; do not show them.
    return ImportResult(
        dry_run=True,
        categories_created=result.categories_created,
        products_created=result.products_created,
        products_updated=result.products_updated,
        items_created=result.items_created,
    )


def _product_input(row: Any, existing: Product | None = None) -> catalogue.ProductInput:
    """The product's fields from an import row; for a known product, blanks keep what it had."""

    def pick(new: str, old: str | None) -> str | None:
        return new or old or None

    if existing is None:
        return catalogue.ProductInput(
            name=row.name,
            maker=row.maker or None,
            category=row.category or None,
            description=row.description or None,
            manual_url=row.manual_url or None,
            loan_days=row.loan_days or 14,
            cleaning_protocol=row.cleaning or None,
            accessories=row.accessories,
        )
    return catalogue.ProductInput(
        name=existing.name,
        maker=pick(row.maker, existing.maker),
        category=pick(row.category, existing.category.name if existing.category else None),
        description=pick(row.description, existing.description),
        manual_url=pick(row.manual_url, existing.manual_url),
        loan_days=row.loan_days or existing.loan_days,
        cleaning_protocol=pick(row.cleaning, existing.cleaning_protocol),
        care_instructions=existing.care_instructions,
        accessories=row.accessories or tuple(existing.accessories or ()),
        isolation_allowed=existing.isolation_allowed,
        instrument_key=existing.instrument_key,
        photo=existing.photo,
    )


def _in_period(stmt: Any, period: Period | None) -> Any:
    if period is None:
        return stmt
    if period.start:
        stmt = stmt.where(Review.created_at >= _day_start(period.start))
    if period.end:
        stmt = stmt.where(Review.created_at < _day_start(period.end + timedelta(days=1)))
    return stmt


def default_service(db: Database, ctx: DeskContext | None = None) -> ReviewService:
    """A service whose context is ``ctx`` (or a plain desk context) at every call."""
    context = ctx or DeskContext()
    return ReviewService(db, lambda: context)


__all__ = [
    "DEFAULT_INSTRUMENT",
    "ExportResult",
    "ImportRefused",
    "ImportResult",
    "InstrumentRegistry",
    "PendingLoan",
    "ReviewRow",
    "ReviewService",
    "Reviewer",
    "current_instrument",
    "default_service",
    "find_product",
    "store_instrument",
]
