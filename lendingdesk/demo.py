"""Demo data: a realistic Dutch lending desk, and a synthetic regional-scale database.

The realistic set goes through the real domain services (so it obeys every rule and leaves the
same audit trail a desk would); the synthetic one is bulk-inserted for benchmarks.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from lendingdesk.domain import audit, catalogue, circulation, cleaning, reservations
from lendingdesk.domain.codes import CodeKind, format_code
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.roles import SECRET_KEY
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import InvalidInput, LendingError
from lendingdesk.resources import resource_path
from lendingdesk.store.db import Database, refresh_planner_statistics
from lendingdesk.store.models import AuditEvent, Base, Borrower, Item, Loan, Product, Setting
from lendingdesk.translation import DataText, translate

if TYPE_CHECKING:
    from lendingdesk.services.access import Grant


def load_demo_catalogue() -> dict[str, Any]:
    return json.loads(resource_path("demo", "catalogue.json").read_text(encoding="utf-8"))


def database_has_data(db: Database) -> bool:
    with db.session() as session:
        return not catalogue.is_empty(session)


@dataclass(frozen=True)
class ResetReport:
    """What ``reset`` did: where the copy of everything is, and what went with the data."""

    backup: Path
    audit_events: int  # audit log entries wiped (the copy keeps them)
    kept_code: bool  # the coordinator code stays, so the desk stays protected


def reset(
    db: Database, ctx: DeskContext, grant: Grant | None, *, backup_dir: Path | None = None
) -> ResetReport:
    """Empty every table for a fresh demo: the coordinator's grant first, then a backup of
    everything, then the wipe. The coordinator code is kept; the audit log starts again with
    one event that says what was wiped and where the copy is. SQLite only (a shared PostgreSQL
    database is emptied with the server's own tools, after its own backup)."""
    from lendingdesk.services import access
    from lendingdesk.store import backups

    access.require(grant, "demo_reset", ctx)
    if not db.is_sqlite:
        raise InvalidInput(
            translate(
                "demo",
                "--reset only empties a SQLite file. A shared PostgreSQL database is emptied by "
                "its administrator with the server's own tools, after a pg_dump.",
            ),
        )
    copy = backups.make_backup(db, backup_dir)
    with db.unit_of_work() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        code = session.get(Setting, SECRET_KEY)
        kept = code.value if code is not None else None
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())
        session.execute(text("INSERT INTO products_fts(products_fts) VALUES ('rebuild')"))
        session.expunge_all()  # the rows are gone; the code goes back in as a new one
        if kept is not None:
            session.execute(insert(Setting).values(key=SECRET_KEY, value=kept))
        audit.record(
            session, ctx, "demo_reset", "database", None, wiped_events=events, backup=copy.name
        )
    # The erasure register belongs to the data just wiped (the copy holds both): it goes with
    # the copy, so a new demo borrower who gets a reused card code is never erased by it.
    from lendingdesk.services.erasure import register_file

    register = register_file(db)
    if register is not None and register.exists():
        register.replace(copy.with_name(copy.name + ".erasures.jsonl"))
    return ResetReport(copy, events, kept is not None)


def _refuse_if_filled(db: Database) -> None:
    if database_has_data(db):
        raise InvalidInput(
            translate(
                "demo",
                "The database already holds data. Use --reset to erase everything and load the "
                "demo.",
            ),
        )


def fill_demo(db: Database, *, seed: int = 7, now: datetime | None = None) -> dict[str, int]:
    """The realistic demo set: products in categories, 2–4 items each, borrowers, a history.
    An empty database only (``reset`` first, with the coordinator's grant)."""
    _refuse_if_filled(db)
    data = load_demo_catalogue()
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    start = now - timedelta(days=180)

    def at(moment: datetime) -> DeskContext:
        return DeskContext(
            actor="Demo", desk="Uitleenbalie", location_id=desk_location_id, clock=lambda: moment
        )

    with db.unit_of_work() as session:
        locations = [catalogue.get_or_create_location(session, **loc) for loc in data["locations"]]
        desk_location_id = locations[0].id
        ctx = at(start)
        for cat in data["categories"]:
            catalogue.get_or_create_category(session, cat["name"], cat.get("iso9999"))
        products = []
        for spec in data["products"]:
            product = catalogue.create_product(
                session,
                ctx,
                catalogue.ProductInput(
                    name=spec["name"],
                    maker=spec.get("maker"),
                    category=spec.get("category"),
                    description=spec.get("description"),
                    loan_days=spec.get("loan_days", 14),
                    cleaning_protocol=spec.get("cleaning_protocol"),
                    care_instructions=spec.get("care_instructions"),
                    accessories=spec.get("accessories", []),
                    isolation_allowed=spec.get("isolation_allowed", True),
                ),
            )
            products.append(product)
            location = locations[rng.choice([0, 0, 0, 1, 2])]
            catalogue.add_items(session, ctx, product, rng.randint(2, 4), location=location)
        borrowers = []
        for spec in data["borrowers"]:
            borrower = catalogue.create_borrower(
                session,
                ctx,
                catalogue.BorrowerInput(
                    name=spec["name"],
                    kind=spec.get("kind", "person"),
                    discipline=spec.get("discipline"),
                    team=spec.get("team"),
                    email=spec.get("email"),
                    location_id=locations[spec.get("location", 0)].id,
                ),
            )
            if spec.get("active") is False:
                borrower.active = False
            borrowers.append(borrower)

    # A history of loans, played through the services day by day.
    active_ids = [b.id for b in borrowers if b.active]
    settings, groups = data["settings"], data["client_groups"]
    loans = 0
    day = start
    while day < now - timedelta(days=1):
        day += timedelta(hours=rng.randint(6, 30))
        with db.unit_of_work() as session:
            ctx = at(day)
            for item in session.scalars(
                select(Item).where(Item.status == ItemStatus.AWAITING_CLEANING)
            ):
                if rng.random() < 0.7 and (now - day).days > 2:
                    cleaning.sign_off_cleaning(
                        session, ctx, item, by=rng.choice(["Anouk", "Kees", "Daan"])
                    )
            open_loans = circulation.open_loans(session)
            for loan in open_loans:
                forgotten = loan.id % 17 == 0  # a few borrowers forget: overdue loans
                if day.date() >= loan.due_on - timedelta(days=rng.randint(0, 5)) and not forgotten:
                    missing = ()
                    if loan.item.product.accessories and rng.random() < 0.12:
                        missing = (rng.choice(loan.item.product.accessories),)
                    circulation.check_in(
                        session,
                        ctx,
                        circulation.CheckinRequest(
                            item=loan.item,
                            missing=missing,
                            damage="Kras op behuizing" if rng.random() < 0.05 else None,
                            charged=rng.random() > 0.2,
                        ),
                    )
            available = list(
                session.scalars(select(Item).where(Item.status == ItemStatus.AVAILABLE))
            )
            for item in rng.sample(available, k=min(len(available), rng.choice([0, 0, 1, 1, 2]))):
                try:
                    circulation.check_out(
                        session,
                        ctx,
                        circulation.CheckoutRequest(
                            item=item,
                            borrower=session.get(Borrower, rng.choice(active_ids)),
                            setting=rng.choice(settings),
                            client_group=rng.choice(groups),
                            condition="goed",
                        ),
                    )
                    loans += 1
                except LendingError:
                    pass  # e.g. a loan limit: the desk would have refused too
    with db.unit_of_work() as session:
        ctx = at(now)
        today = ctx.today()
        free = session.scalars(
            select(Item).where(Item.status == ItemStatus.AVAILABLE).order_by(Item.id)
        ).all()
        if free:
            reservations.reserve(
                session,
                ctx,
                borrower=session.get(Borrower, active_ids[2]),
                product=free[0].product,
                start=today + timedelta(days=3),
                end=today + timedelta(days=10),
                note="Voor de thema-week op afdeling 2",
            )
        counts = {
            "products": session.scalar(select(func.count()).select_from(Product)) or 0,
            "items": session.scalar(select(func.count()).select_from(Item)) or 0,
            "borrowers": session.scalar(select(func.count()).select_from(Borrower)) or 0,
            "loans": loans,
            "open_loans": len(circulation.open_loans(session)),
            "overdue": circulation.count_overdue(session, today),
        }
    _after_demo(db, now)
    return counts


def _after_demo(db: Database, now: datetime) -> None:
    """Hook for later layers (reviews) to add their demo data."""
    try:
        from lendingdesk.demo_reviews import fill_demo_reviews
    except ImportError:
        return
    fill_demo_reviews(db, now=now)


def fill_synthetic(
    db: Database,
    *,
    products: int,
    loans: int,
    items_per_product: int = 2,
    seed: int = 1,
) -> dict[str, int]:
    """A regional-scale database for benchmarks, bulk-inserted (minutes, not hours, at 100k/1M).
    An empty database only."""
    check_synthetic_counts(products, loans)
    _refuse_if_filled(db)
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    words = [p["name"] for p in load_demo_catalogue()["products"]]
    makers = [
        "Tover",
        "Qwiek",
        "Tinybots",
        "Medido",
        "Sensara",
        "Zembro",
        "Wolk",
        "Philips",
        "Essity",
    ]
    with db.unit_of_work() as session:
        location = catalogue.get_or_create_location(session, "Regio Utrecht", "Centraal magazijn")
        cats = [catalogue.get_or_create_category(session, f"Categorie {i}") for i in range(12)]
        _bulk(
            session,
            Product,
            (
                {
                    "id": pid,
                    "name": f"{rng.choice(words)} {pid}",
                    "maker": rng.choice(makers),
                    "category_id": rng.choice(cats).id,
                    "description": "Synthetisch product voor benchmarks",
                    "loan_days": 14,
                    "cleaning_protocol": "Afnemen" if pid % 3 else None,
                    "accessories": ["Oplader"],
                    "created_at": now,
                }
                for pid in range(1, products + 1)
            ),
        )
        n_items = products * items_per_product
        _bulk(
            session,
            Item,
            (
                {
                    "id": iid,
                    "tag": format_code(CodeKind.ITEM, iid),
                    "product_id": (iid - 1) // items_per_product + 1,
                    "location_id": location.id,
                    "status": ItemStatus.AVAILABLE,
                    "created_at": now,
                }
                for iid in range(1, n_items + 1)
            ),
        )
        n_borrowers = max(50, min(5000, loans // 200))
        _bulk(
            session,
            Borrower,
            (
                {
                    "id": bid,
                    "badge": format_code(CodeKind.BADGE, bid),
                    "kind": "person",
                    "name": f"Medewerker {bid}",
                    "discipline": "Verzorgende IG",
                    "active": True,
                    "created_at": now,
                }
                for bid in range(1, n_borrowers + 1)
            ),
        )
        # History: returned loans spread over five years, then ~2% of items currently out.
        span = 5 * 365 * 24 * 3600
        open_items = rng.sample(range(1, n_items + 1), k=min(n_items // 50, loans))
        history = loans - len(open_items)

        def loan_rows():
            for lid in range(1, history + 1):
                out = now - timedelta(seconds=rng.randrange(30 * 24 * 3600, span))
                yield {
                    "id": lid,
                    "item_id": rng.randrange(1, n_items + 1),
                    "borrower_id": rng.randrange(1, n_borrowers + 1),
                    "out_at": out,
                    "due_on": (out + timedelta(days=14)).date(),
                    "returned_at": out + timedelta(days=rng.randrange(1, 20)),
                    "accessories_out": [],
                    "accessories_missing": [],
                    "renewals": 0,
                    "review_state": "none",
                }
            for offset, iid in enumerate(open_items, start=history + 1):
                out = now - timedelta(days=rng.randrange(0, 30))
                yield {
                    "id": offset,
                    "item_id": iid,
                    "borrower_id": rng.randrange(1, n_borrowers + 1),
                    "out_at": out,
                    "due_on": (out + timedelta(days=14)).date(),
                    "returned_at": None,
                    "accessories_out": [],
                    "accessories_missing": [],
                    "renewals": 0,
                    "review_state": "none",
                }

        _bulk(session, Loan, loan_rows())
        if open_items:
            for chunk_start in range(0, len(open_items), 5000):
                chunk = open_items[chunk_start : chunk_start + 5000]
                session.execute(
                    Item.__table__.update()
                    .where(Item.id.in_(chunk))
                    .values(status=ItemStatus.ON_LOAN)
                )
        session.merge(Setting(key="next_serial.item", value=str(n_items + 1)))
        session.merge(Setting(key="next_serial.badge", value=str(n_borrowers + 1)))
    refresh_planner_statistics(db)
    return {"products": products, "items": n_items, "borrowers": n_borrowers, "loans": loans}


MAX_SYNTHETIC_PRODUCTS = 1_000_000
MAX_SYNTHETIC_LOANS = 20_000_000


def check_synthetic_counts(products: int, loans: int) -> None:
    """Refuse impossible counts before anything is opened or wiped."""
    if not 1 <= products <= MAX_SYNTHETIC_PRODUCTS or not 0 <= loans <= MAX_SYNTHETIC_LOANS:
        products_max, loans_max = f"{MAX_SYNTHETIC_PRODUCTS:,}", f"{MAX_SYNTHETIC_LOANS:,}"
        raise InvalidInput(
            translate(
                "demo",
                "Counts: --products 1 to {products}, --loans 0 to {loans}. Nothing was changed.",
            ).format(
                products=DataText(products_max.replace(",", "."), products_max),
                loans=DataText(loans_max.replace(",", "."), loans_max),
            )
        )


def _bulk(session: Session, model: type[Base], rows: Any, chunk: int = 20_000) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            session.execute(insert(model), batch)
            batch = []
    if batch:
        session.execute(insert(model), batch)
