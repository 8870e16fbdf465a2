"""The loan conditions for the screens: read the text in force, let the coordinator change it
(a new version; ``access.require(grant, "conditions")``), and record a professional's
acceptance for the loans of a session with its PDF (``documents/acceptance.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from lendingdesk.domain import acceptance
from lendingdesk.domain.acceptance import ConditionsVersion
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.lookup import find_borrower
from lendingdesk.errors import NotFound
from lendingdesk.services import ContextFactory, access
from lendingdesk.services.access import Grant
from lendingdesk.store.db import Database
from lendingdesk.store.models import Item, Loan, LoanAcceptance, LoanAcceptanceLoan
from lendingdesk.translation import translate

__all__ = ["AcceptanceRecord", "AcceptanceService", "ConditionsVersion", "acceptance_of_loans"]


@dataclass(frozen=True)
class AcceptanceRecord:
    id: int
    badge: str
    conditions_version: int
    accepted_at: datetime
    method: str
    loan_ids: tuple[int, ...]
    pdf: bytes


@dataclass(frozen=True)
class AcceptanceNote:
    """What a loan slip says about the acceptance of its loans."""

    conditions_version: int
    accepted_at: datetime  # local time
    method: str
    staffed: bool = False  # recorded by an ambassador at a staffed desk


def acceptance_of_loans(session: Session, loan_ids: list[int]) -> AcceptanceNote | None:
    """The acceptance covering the first of ``loan_ids`` that has one (None: none has)."""
    row = session.scalar(
        select(LoanAcceptance)
        .join(LoanAcceptanceLoan, LoanAcceptanceLoan.acceptance_id == LoanAcceptance.id)
        .where(LoanAcceptanceLoan.loan_id.in_(loan_ids))
        .order_by(LoanAcceptance.accepted_at.desc())
        .limit(1)
    )
    if row is None:
        return None
    local = to_local(row.accepted_at)
    assert local is not None
    return AcceptanceNote(row.conditions_version, local, row.method, row.witnessed_by is not None)


class AcceptanceService:
    def __init__(self, db: Database, ctx_factory: ContextFactory, *, lang: str = "nl") -> None:
        self.db = db
        self.ctx_factory = ctx_factory
        self.lang = lang

    def conditions(self) -> ConditionsVersion:
        with self.db.session() as session:
            return acceptance.current(session)

    def change_conditions(
        self, grant: Grant | None, use_text: str, hygiene_text: str, privacy_text: str
    ) -> ConditionsVersion:
        """A new version of the organisation's conditions (coordinator only)."""
        ctx = self.ctx_factory()
        access.require(grant, "conditions", ctx)
        with self.db.unit_of_work() as session:
            return acceptance.save(session, ctx, use_text, hygiene_text, privacy_text)

    def accept(
        self,
        badge: str,
        loan_ids: list[int],
        *,
        method: str,
        conditions_version: int,
        signature_png: bytes | None = None,
        staffed: bool = False,
    ) -> AcceptanceRecord:
        """Record the acceptance for the loans of a session, with its PDF, in one transaction.
        ``staffed``: at a staffed desk, recorded by the ambassador (the context's actor)."""
        ctx = self.ctx_factory()
        with self.db.unit_of_work() as session:
            borrower = find_borrower(session, badge)
            row = acceptance.record(
                session,
                ctx,
                borrower,
                loan_ids,
                method=method,
                conditions_version=conditions_version,
                signature_png=signature_png,
                witnessed_by=(ctx.actor or ctx.desk or "?") if staffed else None,
            )
            row.pdf = _pdf(session, ctx, row, loan_ids, self.lang)
            return AcceptanceRecord(
                row.id,
                borrower.badge,
                row.conditions_version,
                row.accepted_at,
                row.method,
                tuple(sorted(loan_ids)),
                row.pdf,
            )

    def pdf(self, acceptance_id: int) -> bytes:
        with self.db.session() as session:
            row = session.get(LoanAcceptance, acceptance_id)
            if row is not None and row.pdf is None and row.borrower.erased_at is not None:
                raise NotFound(
                    translate(
                        "services.acceptance",
                        "The record of acceptance {acceptance_id} was removed when the "
                        "borrower's data was erased; only the version, date and loans are kept.",
                    ).format(acceptance_id=acceptance_id),
                )
            if row is None or row.pdf is None:
                raise NotFound(
                    translate(
                        "services.acceptance", "Acceptance {acceptance_id} does not exist."
                    ).format(acceptance_id=acceptance_id),
                )
            return row.pdf

    def for_loan(self, loan_id: int) -> AcceptanceNote | None:
        with self.db.session() as session:
            return acceptance_of_loans(session, [loan_id])


def _pdf(
    session: Session, ctx: DeskContext, row: LoanAcceptance, loan_ids: list[int], lang: str
) -> bytes:
    from lendingdesk.documents.acceptance import AcceptanceData, AcceptedItem, render_acceptance

    version = acceptance.version(session, row.conditions_version)
    loans = session.scalars(
        select(Loan)
        .where(Loan.id.in_(loan_ids))
        .options(joinedload(Loan.item).joinedload(Item.product))
        .order_by(Loan.id)
    ).all()
    borrower = find_borrower(session, row.borrower)
    local = to_local(row.accepted_at)
    assert local is not None
    data = AcceptanceData(
        borrower_name=borrower.name,
        borrower_badge=borrower.badge,
        desk=row.desk or ctx.desk or "Uitleenbalie",
        accepted_at=local,
        conditions_version=version.version,
        use_text=version.use_text,
        hygiene_text=version.hygiene_text,
        privacy_text=version.privacy_text,
        items=tuple(AcceptedItem(x.item.tag, x.item.product.name, x.due_on) for x in loans),
        method=row.method,
        signature_png=row.signature_png,
        witness=row.witnessed_by,
    )
    return render_acceptance(data, lang)
