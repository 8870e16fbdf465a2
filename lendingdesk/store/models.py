"""SQLAlchemy 2 models: the nouns of the lending desk.

Portable between SQLite (one file per desk) and PostgreSQL (a shared region): plain string
columns with CHECK constraints instead of native enums, JSON for small lists, timestamps stored
as naive UTC. The schema itself is created by the Alembic migrations, never by create_all in
production; the migrations' first revision mirrors these classes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# The stored item statuses: the values of domain.status.ItemStatus, which the store cannot
# import (it sits below the domain); tests/domain/test_status.py keeps the two the same.
ITEM_STATUSES = (
    "available",
    "on_loan",
    "awaiting_cleaning",
    "in_maintenance",
    "reserved",
    "retired",
    "lost",
)
BORROWER_KINDS = ("person", "team")
MODERATION_STATES = ("pending", "approved", "rejected")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Location(Base):
    __tablename__ = "locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation: Mapped[str] = mapped_column(String(120))
    site: Mapped[str] = mapped_column(String(120))
    desk: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (UniqueConstraint("organisation", "site", "desk", name="uq_locations_place"),)

    @property
    def display_name(self) -> str:
        parts = [self.site, self.desk] if self.desk else [self.site]
        return f"{self.organisation} – {' / '.join(parts)}"


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    iso9999: Mapped[str | None] = mapped_column(String(20))


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    maker: Mapped[str | None] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    description: Mapped[str | None] = mapped_column(Text)
    manual_url: Mapped[str | None] = mapped_column(String(500))
    photo: Mapped[str | None] = mapped_column(String(500))
    loan_days: Mapped[int] = mapped_column(Integer, default=14, server_default=text("14"))
    # None or "" means no cleaning sign-off is needed after a return.
    cleaning_protocol: Mapped[str | None] = mapped_column(Text)
    care_instructions: Mapped[str | None] = mapped_column(Text)
    accessories: Mapped[list[str]] = mapped_column(JSON, default=list)
    isolation_allowed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    instrument_key: Mapped[str | None] = mapped_column(String(80))
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime)

    category: Mapped[Category | None] = relationship()
    items: Mapped[list[Item]] = relationship(back_populates="product")

    __table_args__ = (
        CheckConstraint("loan_days > 0 AND loan_days <= 365", name="loan_days_range"),
        Index("ix_products_name", "name"),
    )

    @property
    def needs_cleaning(self) -> bool:
        return bool(self.cleaning_protocol and self.cleaning_protocol.strip())


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    tag: Mapped[str] = mapped_column(String(16), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    serial: Mapped[str | None] = mapped_column(String(100))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    status: Mapped[str] = mapped_column(String(20), default="available")
    notes: Mapped[str | None] = mapped_column(Text)
    label_printed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Hygiene parts still to sign off while awaiting cleaning ("clean", "disinfect", "reset",
    # "second_check"); None: the product's own protocol (domain/hygiene.py).
    hygiene_pending: Mapped[list[str] | None] = mapped_column(JSON)

    product: Mapped[Product] = relationship(back_populates="items")
    location: Mapped[Location | None] = relationship()

    __table_args__ = (
        CheckConstraint(_in("status", ITEM_STATUSES), name="status_known"),
        Index("ix_items_product", "product_id"),
        Index("ix_items_status", "status"),
        Index("ix_items_location", "location_id"),
    )


class Borrower(Base):
    __tablename__ = "borrowers"

    id: Mapped[int] = mapped_column(primary_key=True)
    badge: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="person")
    name: Mapped[str] = mapped_column(String(200))
    discipline: Mapped[str | None] = mapped_column(String(120))
    team: Mapped[str | None] = mapped_column(String(120))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    loan_limit: Mapped[int | None] = mapped_column(Integer)
    # Set when the borrower's personal data was erased on request (AVG); loans stay, anonymous.
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    location: Mapped[Location | None] = relationship()

    __table_args__ = (
        CheckConstraint(_in("kind", BORROWER_KINDS), name="kind_known"),
        Index("ix_borrowers_name", "name"),
    )


class Loan(Base):
    __tablename__ = "loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    borrower_id: Mapped[int] = mapped_column(ForeignKey("borrowers.id"))
    out_at: Mapped[datetime] = mapped_column(DateTime)
    due_on: Mapped[date] = mapped_column(Date)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    out_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    in_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    out_by: Mapped[str | None] = mapped_column(String(120))
    in_by: Mapped[str | None] = mapped_column(String(120))
    setting: Mapped[str | None] = mapped_column(String(60))
    client_group: Mapped[str | None] = mapped_column(String(60))
    condition_out: Mapped[str | None] = mapped_column(String(200))
    condition_in: Mapped[str | None] = mapped_column(String(200))
    accessories_out: Mapped[list[str]] = mapped_column(JSON, default=list)
    accessories_missing: Mapped[list[str]] = mapped_column(JSON, default=list)
    # A kit lent incomplete by choice: the parts that were not there at check-out (issue 16).
    parts_missing_out: Mapped[list[str]] = mapped_column(JSON, default=list)
    charged: Mapped[bool | None] = mapped_column(Boolean)
    damage: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    renewals: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # none (no review asked yet) / pending / done / declined
    review_state: Mapped[str] = mapped_column(String(10), default="none", server_default="none")
    # Returned from isolation / BRMO / an infection: this return must be disinfected (issue 16).
    isolation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    item: Mapped[Item] = relationship()
    borrower: Mapped[Borrower] = relationship()

    __table_args__ = (
        # The database itself guarantees one open loan per item, whatever the desks do.
        Index(
            "uq_loans_open_item",
            "item_id",
            unique=True,
            sqlite_where=text("returned_at IS NULL"),
            postgresql_where=text("returned_at IS NULL"),
        ),
        Index(
            "ix_loans_open_due",
            "due_on",
            sqlite_where=text("returned_at IS NULL"),
            postgresql_where=text("returned_at IS NULL"),
        ),
        Index(
            "ix_loans_open_borrower",
            "borrower_id",
            sqlite_where=text("returned_at IS NULL"),
            postgresql_where=text("returned_at IS NULL"),
        ),
        Index("ix_loans_item_out", "item_id", "out_at"),
        Index("ix_loans_borrower_out", "borrower_id", "out_at"),
        Index("ix_loans_out_at", "out_at"),
        Index("ix_loans_review_state", "review_state", "returned_at"),
    )


class Reservation(Base):
    __tablename__ = "reservations"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    borrower_id: Mapped[int] = mapped_column(ForeignKey("borrowers.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    fulfilled_loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"))

    product: Mapped[Product] = relationship()
    item: Mapped[Item | None] = relationship()
    borrower: Mapped[Borrower] = relationship()

    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="period_order"),
        Index("ix_reservations_product_period", "product_id", "starts_on", "ends_on"),
    )


class CleaningRecord(Base):
    __tablename__ = "cleaning_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"))
    signed_by: Mapped[str] = mapped_column(String(120))
    method: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)
    # Issue 16: what this sign-off covered and how (domain/hygiene.py).
    parts: Mapped[list[str]] = mapped_column(JSON, default=list)
    agent: Mapped[str | None] = mapped_column(String(200))
    steps: Mapped[list[str]] = mapped_column(JSON, default=list)  # the steps confirmed
    isolation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    # None: no second check asked; asked / approved / refused / skipped.
    second_check: Mapped[str | None] = mapped_column(String(10))
    second_by: Mapped[str | None] = mapped_column(String(120))
    second_at: Mapped[datetime | None] = mapped_column(DateTime)
    second_note: Mapped[str | None] = mapped_column(Text)

    item: Mapped[Item] = relationship()

    __table_args__ = (Index("ix_cleaning_records_at", "at"),)


class HygieneProtocol(Base):
    """A product's structured hygiene protocol and device-reset checklist (issue 16). A product
    without a row follows its free-text ``cleaning_protocol`` (clean only, nothing to tick)."""

    __tablename__ = "hygiene_protocols"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    # "clean" or "disinfect" (clean, then disinfect)
    method: Mapped[str] = mapped_column(String(10), default="clean")
    agent: Mapped[str | None] = mapped_column(String(200))
    contact_minutes: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    maker_instruction: Mapped[str | None] = mapped_column(String(500))
    # Products that hold personal data: the reset between users (empty: none needed).
    reset_steps: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (
        CheckConstraint("method IN ('clean', 'disinfect')", name="method_known"),
        CheckConstraint("contact_minutes >= 0 AND contact_minutes <= 240", name="contact_range"),
    )


class MaintenanceRecord(Base):
    __tablename__ = "maintenance_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    reason: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    opened_by: Mapped[str | None] = mapped_column(String(120))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(120))
    result: Mapped[str | None] = mapped_column(Text)
    # A planned check (MaintenancePlan.key) this record is; None for a repair or damage.
    check_key: Mapped[str | None] = mapped_column(String(40))
    cost_cents: Mapped[int | None] = mapped_column(Integer)
    loan_id: Mapped[int | None] = mapped_column(Integer)  # the loan whose return sent it here

    item: Mapped[Item] = relationship()

    __table_args__ = (Index("ix_maintenance_records_check", "item_id", "check_key"),)


class MaintenancePlan(Base):
    """A recurring check of every item of a product (battery, firmware, SIM, calibration,
    electrical safety): due ``interval_days`` after the last time it was done. ``blocking``:
    an overdue check refuses check-out; otherwise the desk warns."""

    __tablename__ = "maintenance_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    key: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(120))
    interval_days: Mapped[int] = mapped_column(Integer)
    blocking: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    product: Mapped[Product] = relationship()

    __table_args__ = (
        CheckConstraint("interval_days > 0 AND interval_days <= 3660", name="interval_range"),
        UniqueConstraint("product_id", "key", name="uq_maintenance_plans_product_id"),
    )


class ItemPart(Base):
    """One part of a kit item (a product's accessory, e.g. the remote of a Tovertafel): its own
    tag when it has a label, and whether it is missing (since when, from which loan)."""

    __tablename__ = "item_parts"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    name: Mapped[str] = mapped_column(String(120))
    tag: Mapped[str | None] = mapped_column(String(16), unique=True)
    missing_since: Mapped[datetime | None] = mapped_column(DateTime)
    missing_loan_id: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)

    item: Mapped[Item] = relationship()

    __table_args__ = (UniqueConstraint("item_id", "name", name="uq_item_parts_item_id"),)


class Stocktake(Base):
    """A saved stock-take: where, when, who, and the five lists (domain/stocktake.CLASSES)."""

    __tablename__ = "stocktakes"

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    location: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str | None] = mapped_column(String(120))
    scanned: Mapped[int] = mapped_column(Integer)
    applied: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    result: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_stocktakes_at", "at"),)


class ReviewInstrument(Base):
    __tablename__ = "review_instruments"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (UniqueConstraint("key", "version", name="uq_review_instruments_key_version"),)


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    instrument_key: Mapped[str] = mapped_column(String(80))
    instrument_version: Mapped[int] = mapped_column(Integer)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reviewer_name: Mapped[str | None] = mapped_column(String(200))
    reviewer_discipline: Mapped[str | None] = mapped_column(String(120))
    organisation: Mapped[str | None] = mapped_column(String(120))
    publish_name: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    moderation: Mapped[str] = mapped_column(String(10), default="pending")
    moderated_by: Mapped[str | None] = mapped_column(String(120))
    moderated_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    exported_at: Mapped[datetime | None] = mapped_column(DateTime)

    product: Mapped[Product] = relationship()
    loan: Mapped[Loan | None] = relationship()

    __table_args__ = (
        CheckConstraint(_in("moderation", MODERATION_STATES), name="moderation_known"),
        Index("ix_reviews_product", "product_id"),
    )


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str | None] = mapped_column(String(120))
    desk: Mapped[str | None] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_entity", "entity", "entity_id"),
    )


class Setting(Base):
    """Region-wide settings and counters kept in the database (desk settings live in QSettings)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Erasure(Base):
    """The erasure register (AVG art. 17): which borrower was erased, and when -- no personal
    data, only a hash of the card code, so a restore of an older backup can erase them again."""

    __tablename__ = "erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    borrower_id: Mapped[int] = mapped_column(Integer)
    badge_hash: Mapped[str] = mapped_column(String(64), unique=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime)


class LoanConditions(Base):
    """The organisation's loan conditions: use conditions, hygiene instruction and privacy
    notice, kept as versions (a professional accepts the version of that day)."""

    __tablename__ = "loan_conditions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    use_text: Mapped[str] = mapped_column(Text)
    hygiene_text: Mapped[str] = mapped_column(Text)
    privacy_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(120))


ACCEPTANCE_METHODS = ("tick", "signature")


class LoanAcceptance(Base):
    """One professional's acceptance of the conditions for the loans of one session (at the
    kiosk or a staffed desk), with the signature (PNG) when signed and the PDF that records
    it."""

    __tablename__ = "loan_acceptances"

    id: Mapped[int] = mapped_column(primary_key=True)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("borrowers.id"))
    conditions_version: Mapped[int] = mapped_column(Integer)
    accepted_at: Mapped[datetime] = mapped_column(DateTime)
    desk: Mapped[str | None] = mapped_column(String(120))
    method: Mapped[str] = mapped_column(String(12))
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    # At a staffed desk: the ambassador who recorded it (None at self-service).
    witnessed_by: Mapped[str | None] = mapped_column(String(120))

    borrower: Mapped[Borrower] = relationship()

    __table_args__ = (
        CheckConstraint(_in("method", ACCEPTANCE_METHODS), name="method"),
        Index("ix_loan_acceptances_borrower", "borrower_id", "accepted_at"),
    )


class LoanAcceptanceLoan(Base):
    """Which loans an acceptance covers (a loan is covered once)."""

    __tablename__ = "loan_acceptance_loans"

    acceptance_id: Mapped[int] = mapped_column(
        ForeignKey("loan_acceptances.id", ondelete="CASCADE"), primary_key=True
    )
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), primary_key=True, unique=True)


class WaitingEntry(Base):
    """A professional waiting for a product of which every item is out or reserved. When an
    item comes back and is signed off it is held for the first in line until ``held_until``;
    ``notified_at`` is set by whoever tells them (the desk, e-mail)."""

    __tablename__ = "waiting_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    borrower_id: Mapped[int] = mapped_column(ForeignKey("borrowers.id"))
    joined_at: Mapped[datetime] = mapped_column(DateTime)
    held_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    held_until: Mapped[datetime | None] = mapped_column(DateTime)
    notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    fulfilled_loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)

    product: Mapped[Product] = relationship()
    borrower: Mapped[Borrower] = relationship()

    __table_args__ = (
        Index("ix_waiting_list_product", "product_id", "joined_at"),
        Index("ix_waiting_list_held_item", "held_item_id"),  # asked at every check-out
    )


class ReviewLinkRecord(Base):
    """A personal review link of one returned loan: only a hash of its one-time token is kept,
    so a copy of the database does not hand out working links."""

    __tablename__ = "review_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_review_links_loan", "loan_id"),)


class NoticeSent(Base):
    """One e-mail notice to a borrower (review invitation, reminder, due/overdue, reservation
    ready), recorded so it is never sent twice. ``key`` names the notice (kind and the loan or
    reservation it is about); ``sent_at`` is None while a run is sending it (the claim), so two
    desks never send the same one. No address and no text are kept: the borrower's record holds
    the address, and nothing about a client is ever in a notice."""

    __tablename__ = "notices_sent"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    borrower_id: Mapped[int] = mapped_column(ForeignKey("borrowers.id"))
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"))
    reservation_id: Mapped[int | None] = mapped_column(ForeignKey("reservations.id"))
    claimed_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    message_id: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        Index("ix_notices_sent_loan", "loan_id", "kind"),
        Index("ix_notices_sent_borrower", "borrower_id"),
    )


class NoticePreference(Base):
    """A borrower's choices about e-mail notices: opted out, and the language of the mails
    (None: Dutch, the desk's language)."""

    __tablename__ = "notice_preferences"

    borrower_id: Mapped[int] = mapped_column(ForeignKey("borrowers.id"), primary_key=True)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    language: Mapped[str | None] = mapped_column(String(5))
    changed_at: Mapped[datetime] = mapped_column(DateTime)
