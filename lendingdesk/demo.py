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

from lendingdesk.domain import audit, catalogue, circulation, hygiene, reservations
from lendingdesk.domain.codes import CodeKind, format_code
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.roles import SECRET_KEY
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import InvalidInput, LendingError
from lendingdesk.resources import resource_path
from lendingdesk.store import search_index
from lendingdesk.store.db import Database, refresh_planner_statistics
from lendingdesk.store.models import (
    AuditEvent,
    Base,
    Borrower,
    Item,
    Loan,
    Location,
    Product,
    Setting,
)
from lendingdesk.translation import translate

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
    hygiene_data = load_demo_hygiene()
    hrng = random.Random(seed + 16)  # hygiene draws of their own: the history stays the same
    now = now or datetime.now(UTC)
    # The history is played from midnight, so a demo made at 08:00 or at 23:00 on one day is the
    # same demo (tests and screenshots can count on what a day's demo holds).
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    start = midnight - timedelta(days=180)

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
            _demo_protocol(session, ctx, product, hygiene_data)
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
    while day < midnight - timedelta(days=1):
        day += timedelta(hours=rng.randint(6, 30))
        with db.unit_of_work() as session:
            ctx = at(day)
            for item in session.scalars(
                select(Item).where(Item.status == ItemStatus.AWAITING_CLEANING)
            ):
                if rng.random() < 0.7 and (midnight - day).days > 2:
                    _demo_sign_off(
                        session,
                        ctx,
                        item,
                        rng.choice(["Anouk", "Kees", "Daan"]),
                        hrng,
                        hygiene_data,
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
                            isolation=_demo_isolation(loan, hrng, hygiene_data),
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
    _demo_queue(db, at(now - timedelta(hours=3)), at(now - timedelta(hours=2)), active_ids)
    fill_demo_maintenance(db, now)
    fill_demo_kits(db, now)
    fill_demo_stocktakes(db, now)
    _after_demo(db, now)
    return counts


# --- hygiene demo (issue 16 §1–2): protocols, reset checklists, isolation returns, checks ------

DEMO_CHECKERS = ("Anouk", "Kees", "Daan", "Fatima")


def load_demo_hygiene() -> dict[str, Any]:
    return json.loads(resource_path("demo", "hygiene.json").read_text(encoding="utf-8"))


def _demo_protocol(
    session: Session, ctx: DeskContext, product: Product, data: dict[str, Any]
) -> None:
    spec = data["protocols"].get(product.name)
    if spec is None:
        return
    hygiene.set_protocol(
        session,
        ctx,
        product,
        hygiene.ProtocolInput(
            method=hygiene.Method(spec["method"]),
            summary=product.cleaning_protocol or "",
            agent=spec.get("agent", ""),
            contact_minutes=spec.get("contact_minutes", 0),
            steps=spec.get("steps", ()),
            maker_instruction=spec.get("maker_instruction", ""),
            reset_steps=spec.get("reset_steps", ()),
        ),
    )


def _demo_isolation(loan: Loan, hrng: random.Random, data: dict[str, Any]) -> bool:
    """A few returns from isolation rooms (only of products that are cleaned anyway, so the
    history's statuses do not change)."""
    draw = hrng.random() < float(data["isolation_share"])
    return draw and loan.item.product.needs_cleaning and loan.item.product.isolation_allowed


def _demo_sign_off(
    session: Session,
    ctx: DeskContext,
    item: Item,
    by: str,
    hrng: random.Random,
    data: dict[str, Any],
) -> None:
    """Everything signed off, every step ticked; 1 in N asks a colleague, who checks at once
    (now and then rejects, and it is done again)."""
    rules = hygiene.protocol_of(session, item.product)
    confirmed = (*rules.steps, *rules.reset_steps)
    agent = rules.agent or "alcohol 70 %"
    record = hygiene.sign_off(
        session,
        ctx,
        item,
        by=by,
        confirmed=confirmed,
        agent=agent,
        share=int(data["second_check_share"]),
        draw=hrng.random,
    )
    if record.second_check != hygiene.SecondCheck.ASKED:
        return
    checker = hrng.choice([n for n in DEMO_CHECKERS if n != by])
    if hrng.random() < 0.15:
        hygiene.second_check(
            session, ctx, item, by=checker, approved=False, note="Nog vuil in de naden"
        )
        hygiene.sign_off(session, ctx, item, by=by, confirmed=confirmed, agent=agent, share=0)
    else:
        hygiene.second_check(session, ctx, item, by=checker, approved=True)


def _demo_queue(db: Database, out: DeskContext, back: DeskContext, borrower_ids: list[int]) -> None:
    """This morning's returns, whatever the hour the demo is made: a Tessa cleaned and waiting
    for its device reset, a hip airbag back from an isolation room (to disinfect), and two items
    that one scan signs off."""
    wanted = (
        ("Tessa", False),
        ("Wolk heupairbag", True),
        ("Qwiek", False),
        ("Joy for All companion hondje", False),
    )
    with db.unit_of_work() as session:
        borrower = session.get(Borrower, borrower_ids[-1])
        for name, isolation in wanted:
            item = session.scalars(
                select(Item)
                .join(Product, Item.product_id == Product.id)
                .where(
                    Item.status == ItemStatus.AVAILABLE,
                    Item.location_id == back.location_id,  # returned where they belong
                    Product.name.startswith(name),
                )
                .order_by(Item.tag)
            ).first()
            if item is None:
                continue
            circulation.check_out(session, out, circulation.CheckoutRequest(item, borrower))
            circulation.check_in(
                session, back, circulation.CheckinRequest(item, charged=True, isolation=isolation)
            )
            if name == "Tessa":
                rules = hygiene.protocol_of(session, item.product)
                hygiene.sign_off(
                    session,
                    back,
                    item,
                    by="Kees",
                    parts=[hygiene.Part.CLEAN],
                    confirmed=rules.steps,
                )


# --- maintenance plans (issue 16 §3): resources/demo/maintenance.json ---------------------------


def fill_demo_maintenance(db: Database, now: datetime) -> int:
    """Maintenance plans for the products that need checks, and each item's last check: for
    every plan one item is overdue (one on the shelf when there is one, so the desk's warning
    and refusal can be seen), one is due within a week and the rest are well ahead. Returns
    the number of plans."""
    from lendingdesk.domain import maintenance

    data = json.loads(resource_path("demo", "maintenance.json").read_text(encoding="utf-8"))
    spread = data["days_before_due"]
    plans = 0
    with db.unit_of_work() as session:
        by_name = {p.name: p for p in session.scalars(select(Product))}
        for number, spec in enumerate(data["plans"]):
            product = by_name.get(spec["product"])
            if product is None:
                continue
            ctx = DeskContext(actor="Demo", desk="Uitleenbalie", clock=lambda: now)
            plan = maintenance.set_plan(
                session,
                ctx,
                product,
                spec["key"],
                interval_days=spec["interval_days"],
                blocking=spec.get("blocking", False),
                label=spec.get("label"),
            )
            plans += 1
            items = sorted(
                session.scalars(select(Item).where(Item.product_id == product.id)),
                key=lambda i: (i.status != ItemStatus.AVAILABLE, i.id),
            )
            for index, item in enumerate(items):
                ago = max(plan.interval_days - spread[min(index, len(spread) - 1)], 0)
                moment = now - timedelta(days=ago)
                maintenance.record_check(
                    session,
                    DeskContext(actor="Demo", desk="Uitleenbalie", clock=lambda m=moment: m),
                    item,
                    plan.key,
                    by=data["checked_by"][(number + index) % len(data["checked_by"])],
                    result=data["results"][(number + index) % len(data["results"])],
                    cost_cents=1500 if plan.key == "electrical" else None,
                )
    return plans


# --- kits (issue 16 §4): resources/demo/kits.json ----------------------------------------------


def fill_demo_kits(db: Database, now: datetime) -> int:
    """Parts with labels of their own (the Tovertafel's remote and mount…); parts the history
    lost are found again after a few weeks, the recent ones stay on the list to find; and one
    Tovertafel on the shelf waits without its remote. Returns the number of labelled parts."""
    from lendingdesk.domain import kits

    data = json.loads(resource_path("demo", "kits.json").read_text(encoding="utf-8"))
    ctx = DeskContext(actor="Demo", desk="Uitleenbalie", clock=lambda: now)
    tagged = 0
    with db.unit_of_work() as session:
        products = {p.name: p for p in session.scalars(select(Product))}
        for name, parts in data["tagged_parts"].items():
            product = products.get(name)
            if product is None:
                continue
            for item in sorted(product.items, key=lambda i: i.id):
                for part in parts:
                    kits.tag_part(session, ctx, item, part)
                    tagged += 1
        found_before = ctx.now() - timedelta(days=data["found_after_days"])
        for line in kits.missing_parts(session):
            if line.since < found_before:
                kits.part_back(session, ctx, line.part_id, how="found")
        held = data["held_back"]
        product = products.get(held["product"])
        shelf = [i for i in product.items if i.status == ItemStatus.AVAILABLE] if product else []
        if shelf:
            item = max(shelf, key=lambda i: i.id)
            kits.mark_missing(session, ctx, item, None, [held["part"]])
            kits.hold_incomplete(session, ctx, item, None, [held["part"]])
    return tagged


# --- stock-take history (issue 16 §5) ------------------------------------------------------------


def fill_demo_stocktakes(db: Database, now: datetime) -> int:
    """Two earlier stock-takes of each location's shelf, saved as found (not applied): all but
    one or two items scanned, one item of another location among them, and a stray code.
    Returns the number saved."""
    from lendingdesk.domain import stocktake

    saved = 0
    with db.unit_of_work() as session:
        locations = session.scalars(select(Location).order_by(Location.id)).all()
        for days_ago, by in ((63, "Kees"), (14, "Anouk")):
            moment = now - timedelta(days=days_ago, hours=-2)
            ctx = DeskContext(actor=by, desk="Uitleenbalie", clock=lambda m=moment: m)
            for number, location in enumerate(locations):
                shelf = session.scalars(
                    select(Item.tag)
                    .where(Item.location_id == location.id, Item.status == ItemStatus.AVAILABLE)
                    .order_by(Item.id)
                ).all()
                if len(shelf) < 3:
                    continue
                other = locations[(number + 1) % len(locations)].id
                stray = session.scalars(
                    select(Item.tag).where(Item.location_id == other).limit(1)
                ).all()
                scans = [*shelf[: -1 - (days_ago % 2)], *stray, "LP-onbekend"]
                result = stocktake.reconcile(session, location, scans)
                stocktake.save(session, ctx, result, stocktake.lines(session, result))
                saved += 1
    return saved


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
        search_index.place_unplaced(session)  # all at once, in name order
    refresh_planner_statistics(db)
    return {"products": products, "items": n_items, "borrowers": n_borrowers, "loans": loans}


MAX_SYNTHETIC_PRODUCTS = 1_000_000
MAX_SYNTHETIC_LOANS = 20_000_000


def check_synthetic_counts(products: int, loans: int) -> None:
    """Refuse impossible counts before anything is opened or wiped."""
    if not 1 <= products <= MAX_SYNTHETIC_PRODUCTS or not 0 <= loans <= MAX_SYNTHETIC_LOANS:
        raise InvalidInput(
            translate(
                "demo",
                "Counts: --products 1 to {products}, --loans 0 to {loans}. Nothing was changed.",
            ).format(products=MAX_SYNTHETIC_PRODUCTS, loans=MAX_SYNTHETIC_LOANS)
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
