"""The Borrowers screen's service: care professionals and teams, their cards and loans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lendingdesk.domain import catalogue, circulation
from lendingdesk.services import notices
from lendingdesk.services.access import Grant
from lendingdesk.services.views.base import ViewService, location_name, text_or_empty
from lendingdesk.services.views.catalogue import LoanRow, loan_row
from lendingdesk.services.views.paging import HISTORY_LIMIT, PAGE_SIZE, Page
from lendingdesk.store.models import Borrower, Loan


@dataclass(frozen=True)
class BorrowerRow:
    id: int
    badge: str
    name: str
    kind: str
    discipline: str
    team: str
    email: str
    location: str
    active: bool
    erased: bool
    open_loans: int


@dataclass(frozen=True)
class BorrowerDetail:
    row: BorrowerRow
    phone: str
    location_id: int | None
    loan_limit: int | None
    loans_total: int
    history: tuple[LoanRow, ...]
    notices_opt_out: bool = False  # no e-mail notices for this borrower
    notice_language: str | None = None  # "nl" / "en"; None: Dutch


@dataclass(frozen=True)
class BorrowerForm:
    name: str
    kind: str = "person"
    discipline: str = ""
    team: str = ""
    email: str = ""
    phone: str = ""
    location_id: int | None = None
    loan_limit: int | None = None
    badge: str = ""  # a pre-printed card when creating; empty allocates a fresh code
    notices_opt_out: bool = False
    notice_language: str | None = None


class BorrowersView(ViewService):
    """What the Borrowers screen (and its borrower dialog) reads and does."""

    def _open_loans_of(self, s: Session, ids: Sequence[int]) -> dict[int, int]:
        if not ids:
            return {}
        stmt = (
            select(Loan.borrower_id, func.count())
            .where(Loan.borrower_id.in_(ids), Loan.returned_at.is_(None))
            .group_by(Loan.borrower_id)
        )
        return {key: value for key, value in s.execute(stmt)}

    @staticmethod
    def _borrower_row(b: Borrower, open_loans: int) -> BorrowerRow:
        return BorrowerRow(
            id=b.id,
            badge=b.badge,
            name=b.name,
            kind=b.kind,
            discipline=text_or_empty(b.discipline),
            team=text_or_empty(b.team),
            email=text_or_empty(b.email),
            location=location_name(b.location),
            active=b.active,
            erased=b.erased_at is not None,
            open_loans=open_loans,
        )

    def borrower_page(
        self,
        query: str = "",
        *,
        include_inactive: bool = False,
        offset: int = 0,
        limit: int = PAGE_SIZE,
    ) -> Page[BorrowerRow]:
        with self.db.session() as s:
            stmt = select(Borrower).order_by(Borrower.name, Borrower.id)
            condition = catalogue.borrower_matches(query)
            if condition is not None:
                stmt = stmt.where(condition)
            if not include_inactive:
                stmt = stmt.where(Borrower.active.is_(True))
            found = s.scalars(stmt.offset(offset).limit(limit + 1)).all()
            has_more = len(found) > limit
            found = found[:limit]
            counts = self._open_loans_of(s, [b.id for b in found])
            rows = tuple(self._borrower_row(b, counts.get(b.id, 0)) for b in found)
            return Page(rows, offset, has_more)

    def borrower_detail(self, borrower_id: int) -> BorrowerDetail:
        with self.db.session() as s:
            b = catalogue.get_borrower(s, borrower_id)
            history = circulation.loan_history(s, borrower=b, limit=HISTORY_LIMIT)
            total = s.scalar(select(func.count()).select_from(Loan).where(Loan.borrower_id == b.id))
            open_count = self._open_loans_of(s, [b.id]).get(b.id, 0)
            today = self.today()
            pref = notices.preference_of(s, b.id)
            return BorrowerDetail(
                row=self._borrower_row(b, open_count),
                phone=text_or_empty(b.phone),
                location_id=b.location_id,
                loan_limit=b.loan_limit,
                loans_total=total or 0,
                history=tuple(loan_row(loan, today) for loan in history),
                notices_opt_out=pref.opted_out,
                notice_language=pref.language,
            )

    def save_borrower(self, borrower_id: int | None, form: BorrowerForm) -> int:
        data = catalogue.BorrowerInput(
            name=form.name,
            kind=form.kind,
            discipline=form.discipline,
            team=form.team,
            email=form.email.strip() or None,
            phone=form.phone,
            location_id=form.location_id,
            loan_limit=form.loan_limit,
            badge=form.badge.strip() or None,
        )
        ctx = self.context()
        with self.db.unit_of_work() as s:
            if borrower_id is None:
                b = catalogue.create_borrower(s, ctx, data)
            else:
                b = catalogue.update_borrower(s, ctx, borrower_id, data)
            s.flush()
            notices.set_preference(
                s, ctx, b.id, notices.Preference(form.notices_opt_out, form.notice_language)
            )
            return b.id

    def set_borrower_active(self, borrower_id: int, active: bool) -> None:
        ctx = self.context()
        with self.db.unit_of_work() as s:
            catalogue.set_borrower_active(s, ctx, catalogue.get_borrower(s, borrower_id), active)

    def erase_borrower(self, borrower_id: int, grant: Grant | None) -> None:
        """Erase a borrower's personal data everywhere (services/erasure.py)."""
        from lendingdesk.services import erasure

        erasure.erase_borrower(self.db, self.context(), borrower_id, grant)
