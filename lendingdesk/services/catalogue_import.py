"""The catalogue import: a parsed spreadsheet (:mod:`lendingdesk.exchange.importer`) applied to
the catalogue whole, in one transaction, or not at all.

Used by the Reviews screen's import button and ``lendingdesk import catalogue``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lendingdesk.domain import audit, catalogue
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.status import GONE
from lendingdesk.errors import InvalidInput, LendingError
from lendingdesk.exchange.importer import ImportPlan, LineError
from lendingdesk.store import search_index
from lendingdesk.store.db import Database
from lendingdesk.store.models import Category, Item, Product
from lendingdesk.translation import translate


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did (or, with ``dry_run``, would do)."""

    dry_run: bool
    categories_created: int = 0
    products_created: int = 0
    products_updated: int = 0
    items_created: int = 0
    tags: tuple[str, ...] = ()


class ImportRefused(InvalidInput):
    """A catalogue import that changed nothing; ``errors`` says which lines and why."""

    def __init__(self, errors: Sequence[LineError]) -> None:
        count = len(errors)
        if errors:
            first = errors[0]
            message = translate(
                "services.catalogue_import",
                "Import refused: %n line(s) wrong; nothing was changed. Correct the file and "
                "try again. First: {first}",
                None,
                count,
            ).format(first=first)
        else:
            message = translate(
                "services.catalogue_import",
                "Import refused: %n line(s) wrong; nothing was changed. Correct the file and "
                "try again.",
                None,
                count,
            )
        super().__init__(message, errors=list(errors))
        self.errors = tuple(errors)


class CatalogueImportService:
    """Catalogue imports over one database. ``ctx_factory`` gives the desk context at the moment
    of each call; ``on_imported`` (e.g. the catalogue screen's search cache) hears of every
    import that changed the catalogue."""

    def __init__(
        self,
        db: Database,
        ctx_factory: Callable[[], DeskContext],
        on_imported: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.ctx_factory = ctx_factory
        self.on_imported = on_imported

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
        session = self.db.writer()
        try:
            session.begin()
            with search_index.bulk(session, even_out=not dry_run):
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
                if self.on_imported is not None:
                    self.on_imported()
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
                                translate(
                                    "services.catalogue_import",
                                    "asset tag {tag} already belongs to another product",
                                ).format(tag=foreign[0]),
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
                        .where(Item.product_id == product.id, Item.status.not_in(GONE))
                    )
                    missing = row.item_count - (have or 0)
                    if missing > 0:
                        created = catalogue.add_items(session, ctx, product, missing)
                        new_tags += [i.tag for i in created]
            except LendingError as exc:
                errors.append(LineError(row.line, "", exc.text))
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
