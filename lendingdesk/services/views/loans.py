"""The Loans screen's service: open, due-today and overdue loans, paged; renewals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select

from lendingdesk.domain import circulation
from lendingdesk.domain.context import to_local
from lendingdesk.domain.text_match import contains_text
from lendingdesk.services.views.base import ViewService, text_or_empty
from lendingdesk.services.views.catalogue import LoanRow
from lendingdesk.services.views.paging import PAGE_SIZE, Page
from lendingdesk.store.models import Borrower, Item, Loan, Product

LOAN_VIEWS = ("open", "due_today", "overdue")


@dataclass(frozen=True)
class LoanCounts:
    open: int
    due_today: int
    overdue: int


class LoansView(ViewService):
    """What the Loans screen reads and does."""

    def loan_counts(self) -> LoanCounts:
        today = self.today()
        with self.db.session() as s:
            open_ = Loan.returned_at.is_(None)

            def count(*where: ColumnElement[bool]) -> int:
                return s.scalar(select(func.count()).select_from(Loan).where(open_, *where)) or 0

            return LoanCounts(
                open=count(),
                due_today=count(Loan.due_on == today),
                overdue=count(Loan.due_on < today),
            )

    def loan_page(
        self, view: str = "open", query: str = "", *, offset: int = 0, limit: int = PAGE_SIZE
    ) -> Page[LoanRow]:
        if view not in LOAN_VIEWS:
            raise ValueError(view)
        today = self.today()
        with self.db.session() as s:
            # Plain columns, not Loan entities: building a page of ORM objects cost more than the query.
            # SQLite walks the partial index ix_loans_open_due in (due_on, id) order and stops
            # after the page, joining only the page's rows.
            stmt = (
                select(
                    Loan.id,
                    Loan.item_id,
                    Loan.borrower_id,
                    Loan.out_at,
                    Loan.due_on,
                    Loan.renewals,
                    Item.tag,
                    Product.name,
                    Borrower.name,
                    Borrower.email,
                )
                .join(Item, Loan.item_id == Item.id)
                .join(Product, Item.product_id == Product.id)
                .join(Borrower, Loan.borrower_id == Borrower.id)
                .where(Loan.returned_at.is_(None))
                .order_by(Loan.due_on, Loan.id)
            )
            if view == "due_today":
                stmt = stmt.where(Loan.due_on == today)
            elif view == "overdue":
                stmt = stmt.where(Loan.due_on < today)
            query = query.strip()
            if query:
                columns = (Product.name, Borrower.name, Item.tag)
                stmt = stmt.where(
                    contains_text(columns, query, like_ignores_case=self.db.is_sqlite)
                )
            found = s.execute(stmt.offset(offset).limit(limit + 1)).all()
            has_more = len(found) > limit
            rows = tuple(
                LoanRow(
                    id=loan_id,
                    item_id=item_id,
                    tag=tag,
                    product_name=pname,
                    borrower_id=borrower_id,
                    borrower_name=bname,
                    borrower_email=text_or_empty(email),
                    out_at=to_local(out_at),
                    due_on=due_on,
                    returned_at=None,
                    renewals=renewals,
                    days_overdue=max(0, (today - due_on).days),
                )
                for loan_id, item_id, borrower_id, out_at, due_on, renewals, tag, pname, bname, email in found[
                    :limit
                ]
            )
            return Page(rows, offset, has_more)

    def renew_loan(self, loan_id: int, due: date | None = None) -> date:
        ctx = self.context()
        with self.db.unit_of_work() as s:
            return circulation.renew(s, ctx, loan_id, due).due_on
