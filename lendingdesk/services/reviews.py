"""Reviews at the desk: collect, moderate, report, export.

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
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.documents.reports import Period, ProductReportData, ResponseRates
from lendingdesk.domain import audit, catalogue
from lendingdesk.domain.codes import CodeKind, parse_code
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.lookup import find_item, find_loan, row_id_in_range
from lendingdesk.domain.reviews import (
    MIN_REVIEWS_FOR_AGGREGATES,
    Instrument,
    ItemType,
    ScoredReview,
    instrument_from_definition,
    list_instruments,
    score_review,
    sus_grade,
    validate_answers,
)
from lendingdesk.errors import InvalidInput, NotFound
from lendingdesk.exchange.export import ExportData, ExportProduct, public_author
from lendingdesk.exchange.publishing import (
    DEFAULT_K,
    AuthorLabels,
    ExportReview,
    LoanContext,
    Moderation,
    ProductFacts,
    Redactor,
    published_response,
    report_data,
)
from lendingdesk.safe_text import shown
from lendingdesk.services import access
from lendingdesk.services.access import Grant
from lendingdesk.services.instruments import (
    InstrumentRegistry,
    current_instrument,
    store_instrument,
)
from lendingdesk.store.db import Database
from lendingdesk.store.models import (
    Borrower,
    Item,
    Loan,
    Location,
    Product,
    Review,
    Setting,
)
from lendingdesk.translation import Message, translate

DEFAULT_INSTRUMENT = "care-tech-review"
PUBLISHER_SETTING = "export.publisher"
ID_PREFIX_SETTING = "export.id_prefix"
ANONYMITY_SETTING = "export.min_people_per_label"  # k: people who share a published label

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
        translate(
            "services.reviews",
            "Product “{text}” not found. Give the product number or an item's label code (LD…).",
        ).format(text=shown(text)),
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


def _clean(text: str | None, limit: int, what: Message) -> str:
    value = " ".join((text or "").split())
    if len(value) > limit:
        raise InvalidInput(
            translate(
                "services.reviews", "{what} is too long (at most {limit} characters)."
            ).format(what=what, limit=limit),
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


def _person(review: Review) -> str:
    """Who wrote ``review``, only to count different people; an opaque key, never published."""
    name = " ".join((review.reviewer_name or "").casefold().split())
    if name:
        who = f"name:{name}"
    elif review.loan is not None:
        who = f"borrower:{review.loan.borrower_id}"
    else:
        who = f"review:{review.id}"
    return hashlib.sha256(who.encode()).hexdigest()[:16]


def _publishable(
    review: Review,
    locations: Mapping[int, Location] | None = None,
    redact: Redactor | None = None,
    text_keys: Sequence[str] = (),
) -> ExportReview:
    """A stored review as the publishing module takes it.

    With ``redact``, the free texts under ``text_keys`` are redacted already, and the name of a
    reviewer who did not consent does not enter the model at all (the export's case).
    """
    answers = dict(review.answers or {})
    if redact is not None:
        for key in text_keys:
            if isinstance(answers.get(key), str):
                answers[key] = redact(answers[key])
    consent = bool(review.publish_name and review.reviewer_name)
    loan_context = None
    if review.loan is not None and locations is not None:
        loan = review.loan
        location = locations.get(loan.out_location_id or 0)
        loan_context = LoanContext(
            started=_local_date(loan.out_at),
            returned=_local_date(loan.returned_at) if loan.returned_at else None,
            location=location.site if location else "",
        )
    return ExportReview(
        id=str(review.id),
        submitted=_local_date(review.created_at),
        result=ScoredReview(
            review.instrument_key, review.instrument_version, answers, dict(review.scores or {})
        ),
        moderation=Moderation(review.moderation),
        consent=consent,
        reviewer_name=(review.reviewer_name or "") if consent or redact is None else "",
        discipline=review.reviewer_discipline or "",
        organisation=review.organisation or "",
        loan=loan_context,
        person=_person(review),
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


def _not_by_an_erased_borrower() -> ColumnElement[bool]:
    """Reviews of erased borrowers are withdrawn at erasure; this keeps them out of an export
    even if one was approved again by hand (or came back with a restore)."""
    erased_loans = select(Loan.id).join(Borrower).where(Borrower.erased_at.is_not(None))
    return Review.loan_id.is_(None) | Review.loan_id.not_in(erased_loans)


# --------------------------------------------------------------------------- the service


class ReviewService:
    """Reviews, reports and export over one database.

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
                    translate(
                        "services.reviews",
                        "Instrument {ref} is already stored; a published version is never "
                        "changed. Give the new version a higher number.",
                    ).format(ref=instrument.ref),
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
        name = _clean(reviewer.name, _NAME_MAX, translate("services.reviews", "The name"))
        discipline = _clean(
            reviewer.discipline, _DISCIPLINE_MAX, translate("services.reviews", "Discipline")
        )
        organisation = _clean(
            reviewer.organisation,
            _ORGANISATION_MAX,
            translate("services.reviews", "Organisation"),
        )
        if reviewer.publish_name and not name:
            raise InvalidInput(
                translate(
                    "services.reviews",
                    "Consent to publish the name was given, but no name. Fill in the name or "
                    "turn the consent off.",
                ),
            )
        ctx = self.ctx_factory()
        with self.db.unit_of_work() as session:
            loan = find_loan(session, loan_id)
            item = loan.item
            if loan.returned_at is None:
                raise InvalidInput(
                    translate(
                        "services.reviews",
                        "Loan {id} ({product}, {tag}) is still open. Check the item in first; "
                        "then the review can be added.",
                    ).format(id=loan.id, product=item.product.name, tag=item.tag),
                    loan_id=loan.id,
                )
            existing = session.scalar(select(Review.id).where(Review.loan_id == loan.id))
            if existing is not None:
                raise InvalidInput(
                    translate(
                        "services.reviews",
                        "Loan {id} already has a review (number {existing}). One review per loan "
                        "counts; edit that review during moderation if needed.",
                    ).format(id=loan.id, existing=existing),
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
                    translate(
                        "services.reviews",
                        "Loan {id} is still open; there is no review to decline yet.",
                    ).format(id=loan.id),
                )
            if loan.review_state == "done":
                raise InvalidInput(
                    translate(
                        "services.reviews", "The review for loan {id} has already been given."
                    ).format(id=loan.id),
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
                translate("services.reviews", "Choose approve or reject, not “{decision}”.").format(
                    decision=decision
                ),
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
                        translate(
                            "services.reviews",
                            "Only free text can be edited during moderation ({texts}), not "
                            "“{key}”.",
                        ).format(texts=texts, key=key),
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
        review = session.get(Review, review_id) if row_id_in_range(review_id) else None
        if review is None:
            raise NotFound(
                translate(
                    "services.reviews",
                    "Review {review_id} does not exist. See `lendingdesk reviews` for the numbers.",
                ).format(review_id=review_id),
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
            redact, authors = self._publishing(session, period, lang)
            return self._report_data(session, found, period, redact, authors, lang)

    def overview_data(
        self, period: Period | None = None, *, lang: str = "nl"
    ) -> list[ProductReportData]:
        """Every product with loans or approved reviews in ``period``, by name."""
        period = period or Period()
        with self.db.session() as session:
            redact, authors = self._publishing(session, period, lang)
            active = self._active_products(session, period)
            return [self._report_data(session, p, period, redact, authors, lang) for p in active]

    def response_rates(self, period: Period | None = None) -> ResponseRates:
        """Invited / opened / reviewed per product and per team, and the median days from
        return to review (loans returned in ``period``)."""
        from lendingdesk.services.response_rate import response_rates

        with self.db.session() as session:
            return response_rates(session, period)

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
        redact: Redactor,
        authors: AuthorLabels,
        lang: str,
    ) -> ProductReportData:
        stmt = _in_period(
            select(Review).where(
                Review.product_id == product.id, Review.moderation == Moderation.APPROVED.value
            ),
            period,
        ).order_by(Review.created_at, Review.id)
        facts = ProductFacts(
            name=product.name,
            maker=product.maker or "",
            category=product.category.name if product.category else "",
            loans=self._loans_in(session, product, period),
            cleaning=product.cleaning_protocol or "",
            iso9999=(product.category.iso9999 or "") if product.category else "",
        )
        reviews = [_publishable(r) for r in session.scalars(stmt)]
        return report_data(facts, reviews, period, redact=redact, authors=authors, lang=lang)

    def _publishing(
        self, session: Session, period: Period, lang: str
    ) -> tuple[Redactor, AuthorLabels]:
        """The redactor and the k-anonymous author labels for what is published in ``period``.

        Every reviewer who did not consent is blanked out of every published text (one colleague
        may name another); a label is shown when k people among the approved reviews share it.
        """
        approved = _in_period(
            select(Review)
            .options(joinedload(Review.loan))
            .where(Review.moderation == Moderation.APPROVED.value),
            period,
        )
        authors = AuthorLabels(
            (_publishable(r) for r in session.scalars(approved)), self._k(session)
        )
        return self._names_redactor(session, lang), authors

    @staticmethod
    def _k(session: Session) -> int:
        stored = session.get(Setting, ANONYMITY_SETTING)
        try:
            return max(1, int(stored.value)) if stored else DEFAULT_K
        except ValueError:
            return DEFAULT_K

    def published_author(self, review_id: int, lang: str = "nl") -> str:
        """How ``review`` would be signed if it were approved now (k-anonymous label)."""
        with self.db.session() as session:
            review = self._get(session, review_id)
            approved = session.scalars(
                select(Review)
                .options(joinedload(Review.loan))
                .where(Review.moderation == Moderation.APPROVED.value, Review.id != review.id)
            )
            mine = _publishable(review)
            authors = AuthorLabels([mine, *(_publishable(r) for r in approved)], self._k(session))
            return authors.author(mine, lang).display

    def redactor(self, lang: str = "nl") -> Redactor:
        """The redactor publishing uses now; ``removals(text)`` says what it would take out.

        For moderation: one look-up per review shown, then checking as the moderator types
        costs no database work.
        """
        with self.db.session() as session:
            return self._names_redactor(session, lang)

    @staticmethod
    def _names_redactor(session: Session, lang: str) -> Redactor:
        # Every reviewer who did not consent is blanked out of every published text: one
        # colleague may name another.
        names = session.scalars(
            select(Review.reviewer_name).where(
                Review.publish_name.is_(False), Review.reviewer_name.is_not(None)
            )
        )
        return Redactor({name for name in names if name}, lang)

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
        with self.db.session() as session:
            k = self._k(session)
        response = published_response(self.response_rates(period), k, lang)
        return render_overview_report(
            products,
            out,
            period=period,
            response=response,
            k=k,
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
            redact, _ = self._publishing(session, Period(), lang)
            registry = InstrumentRegistry.from_session(session)
            stmt = (
                select(Review)
                .options(
                    joinedload(Review.product),
                    joinedload(Review.loan).joinedload(Loan.item),
                )
                .where(Review.moderation == Moderation.APPROVED.value)
                .where(_not_by_an_erased_borrower())
                .order_by(Review.created_at, Review.id)
            )
            if since:
                stmt = stmt.where(Review.created_at >= _day_start(since))
            by_product: dict[int, list[ExportReview]] = {}
            locations = {loc.id: loc for loc in session.scalars(select(Location))}
            for review in session.scalars(stmt):
                instrument = registry.lookup(review.instrument_key, review.instrument_version)
                text_keys = [i.key for i in instrument.items if i.type is ItemType.TEXT]
                by_product.setdefault(review.product_id, []).append(
                    _publishable(review, locations, redact, text_keys)
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
                    iso9999=(p.category.iso9999 or "") if p.category else "",
                    loans=self._loans_in(session, p, period),
                    cleaning=p.cleaning_protocol or "",
                    reviews=tuple(by_product.get(p.id, ())),
                )
                for p in products
            ]
            publisher = session.get(Setting, PUBLISHER_SETTING)
            prefix = session.get(Setting, ID_PREFIX_SETTING)
            return ExportData(
                k=self._k(session),
                products=exported,
                publisher=publisher.value if publisher else self._default_publisher(session, ctx),
                id_prefix=prefix.value if prefix else "urn:lendingdesk",
            )

    @staticmethod
    def _default_publisher(session: Session, ctx: DeskContext) -> str:
        location = session.get(Location, ctx.location_id) if ctx.location_id else None
        location = location or session.scalar(select(Location).order_by(Location.id))
        return location.organisation if location else ""

    def export_bundle(
        self,
        out: str | Path,
        *,
        since: date | None = None,
        lang: str = "nl",
        min_n: int = MIN_REVIEWS_FOR_AGGREGATES,
        grant: Grant | None,
        k: int | None = None,
    ) -> ExportResult:
        """Write the platform bundle (zip) and mark the exported reviews; audited. Needs the
        coordinator's grant for "export" (services/access.py).

        ``k``: people who must share a published "discipline, organisation" label; None reads
        the desk's setting (default 3).
        """
        if k is not None and k < 1:
            raise InvalidInput(
                translate(
                    "services.reviews",
                    "The minimum number of people per label is 1 or more (default 3).",
                ),
            )
        from lendingdesk.exchange.export import build_bundle

        ctx = self.ctx_factory()
        access.require(grant, "export", ctx)
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
            k=k,
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
