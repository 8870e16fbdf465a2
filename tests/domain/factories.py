"""Small builders for domain tests: a product with items, a borrower."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lendingdesk.domain import catalogue
from lendingdesk.domain.context import DeskContext
from lendingdesk.store.models import Borrower, Item, Product


def product_with_items(
    session: Session,
    ctx: DeskContext,
    name: str = "PARO robotzeehond",
    count: int = 2,
    *,
    cleaning: str | None = "Vacht afnemen met spray",
    accessories: tuple[str, ...] = ("Speen-oplader", "Voedingsadapter"),
    loan_days: int = 21,
) -> tuple[Product, list[Item]]:
    product = catalogue.create_product(
        session,
        ctx,
        catalogue.ProductInput(
            name=name,
            category="Leefplezier",
            cleaning_protocol=cleaning,
            accessories=accessories,
            loan_days=loan_days,
        ),
    )
    return product, catalogue.add_items(session, ctx, product, count)


def borrower(
    session: Session, ctx: DeskContext, name: str = "Sanne de Vries", **kw: object
) -> Borrower:
    return catalogue.create_borrower(session, ctx, catalogue.BorrowerInput(name=name, **kw))
