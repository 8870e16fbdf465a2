"""The response rate: of the returned loans, how many were invited to review, opened the review
link, and gave a review -- per product and per team -- and the median time from return to review.

"Invited" is an invitation e-mail sent (``notices_sent``) or a personal review link issued;
"opened" is a review link opened; "reviewed" is a review for the loan, whatever its moderation.
Loans count in the period by their return date.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lendingdesk.documents.reports import Period, ResponseRates, ResponseRow
from lendingdesk.store.models import (
    Borrower,
    Item,
    Loan,
    NoticeSent,
    Product,
    Review,
    ReviewLinkRecord,
)

NO_TEAM = "—"


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time())


def link_states(session: Session, loan_ids: set[int]) -> tuple[set[int], set[int]]:
    """The loans with a review link issued, and those with a link opened on a phone."""
    issued: set[int] = set()
    opened: set[int] = set()
    # All links, filtered here: a region's thousands of loans would not fit in one IN (...).
    for loan_id, opened_at in session.execute(
        select(ReviewLinkRecord.loan_id, ReviewLinkRecord.opened_at)
    ):
        if loan_id in loan_ids:
            issued.add(loan_id)
            if opened_at is not None:
                opened.add(loan_id)
    return issued, opened


def response_rates(session: Session, period: Period | None = None) -> ResponseRates:
    stmt = (
        select(Loan.id, Loan.returned_at, Product.name, Borrower.team)
        .join(Item, Loan.item_id == Item.id)
        .join(Product, Item.product_id == Product.id)
        .join(Borrower, Loan.borrower_id == Borrower.id)
        .where(Loan.returned_at.is_not(None))
    )
    if period is not None and period.start:
        stmt = stmt.where(Loan.returned_at >= _day_start(period.start))
    if period is not None and period.end:
        stmt = stmt.where(Loan.returned_at < _day_start(period.end + timedelta(days=1)))
    loans = session.execute(stmt).all()
    ids = {row[0] for row in loans}
    if not ids:
        return ResponseRates()
    mailed = (
        set(
            session.scalars(
                select(NoticeSent.loan_id).where(
                    NoticeSent.kind == "invitation",
                    NoticeSent.sent_at.is_not(None),
                )
            )
        )
        & ids
    )
    linked, opened = link_states(session, ids)
    invited = mailed | linked
    reviewed_at = {
        loan_id: created
        for loan_id, created in session.execute(
            select(Review.loan_id, Review.created_at).where(Review.loan_id.is_not(None))
        )
        if loan_id in ids
    }
    by_product: dict[str, list[tuple[int, datetime]]] = defaultdict(list)
    by_team: dict[str, list[tuple[int, datetime]]] = defaultdict(list)
    everything: list[tuple[int, datetime]] = []
    for loan_id, returned_at, product, team in loans:
        assert returned_at is not None
        by_product[product].append((loan_id, returned_at))
        by_team[(team or "").strip() or NO_TEAM].append((loan_id, returned_at))
        everything.append((loan_id, returned_at))

    def row(label: str, group: Iterable[tuple[int, datetime]]) -> ResponseRow:
        members = list(group)
        days = [
            max(0.0, (reviewed_at[i] - returned).total_seconds() / 86400)
            for i, returned in members
            if i in reviewed_at
        ]
        return ResponseRow(
            label=label,
            returned=len(members),
            invited=sum(i in invited for i, _r in members),
            opened=sum(i in opened for i, _r in members),
            reviewed=len(days),
            median_days=statistics.median(days) if days else None,
            days=tuple(sorted(days)),
        )

    def rows(groups: dict[str, list[tuple[int, datetime]]]) -> list[ResponseRow]:
        return [row(k, v) for k, v in sorted(groups.items(), key=lambda kv: kv[0].casefold())]

    return ResponseRates(rows(by_product), rows(by_team), row("", everything))
