"""A database made by the first schema version, full of data, upgraded to the newest.

The data is written with plain inserts against the tables as revision 0001 made them
(reflected from the database itself, not from today's models), so this test keeps meaning the
same thing when later migrations add, move or index columns. Afterwards every row of every
0001 table must still be there with the same values. A later migration that deliberately
changes a column must say so here (EXPECTED_CHANGES), or this test fails.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import MetaData, Table, insert, select

from lendingdesk.domain import catalogue, circulation
from lendingdesk.domain.codes import format_badge, format_tag
from lendingdesk.domain.context import DeskContext
from lendingdesk.store.db import (
    Database,
    _alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from tests.reliability.figures import record_figure

# (table, column) -> why a later migration may change it. Empty while nothing does.
EXPECTED_CHANGES: dict[tuple[str, str], str] = {
    ("categories", "iso9999"): "0016 writes ISO 9999 codes in the dotted 2022 form",
}

T0 = datetime(2025, 1, 6, 9, 0)


def rows_for_0001(rng: random.Random) -> dict[str, list[dict[str, Any]]]:
    """A realistic regional database in the shape of revision 0001."""
    data: dict[str, list[dict[str, Any]]] = {}
    data["locations"] = [
        {"id": i, "organisation": org, "site": site, "desk": desk, "active": True}
        for i, (org, site, desk) in enumerate(
            [
                ("Zorggroep Rivierenland", "De Linde", "Uitleenbalie"),
                ("Zorggroep Rivierenland", "Het Anker", None),
                ("Thuiszorg West", "Kantoor Noord", "Balie 2"),
            ],
            1,
        )
    ]
    data["categories"] = [
        {"id": 1, "name": "Leefplezier en welzijn", "iso9999": None},
        {"id": 2, "name": "Valpreventie", "iso9999": "22 27"},
    ]
    data["products"] = [
        {
            "id": n,
            "name": f"{name} {n}",
            "maker": maker,
            "category_id": 1 + n % 2,
            "description": "Beschrijving met ë, ü en “aanhalingstekens”",
            "loan_days": 7 + n % 21,
            "cleaning_protocol": "Afnemen met alcoholdoekje" if n % 3 else None,
            "accessories": ["Oplader", "Handleiding"][: n % 3],
            "isolation_allowed": n % 4 != 0,
            "retired": n == 40,
            "created_at": T0 + timedelta(hours=n),
        }
        for n, (name, maker) in enumerate(
            [("PARO", "Intelligent System Co."), ("Tovertafel", "Tover"), ("Sensormat", None)] * 14,
            1,
        )
    ]
    data["items"] = []
    data["borrowers"] = [
        {
            "id": b,
            "badge": format_badge(b),
            "kind": "team" if b % 10 == 0 else "person",
            "name": f"Zorgverlener {b}",
            "discipline": "Verpleegkundige",
            "team": f"Team {b % 4}",
            "location_id": 1 + b % 3,
            "email": f"z{b}@zorg.example" if b % 2 else None,
            "active": b % 13 != 0,
            "loan_limit": 3 if b % 7 == 0 else None,
            "erased_at": T0 if b == 26 else None,
            "created_at": T0,
        }
        for b in range(1, 61)
    ]
    item_id = 0
    for product in data["products"]:
        for _ in range(3):
            item_id += 1
            data["items"].append(
                {
                    "id": item_id,
                    "tag": format_tag(item_id),
                    "product_id": product["id"],
                    "serial": f"SN-{item_id:05d}",
                    "location_id": 1 + item_id % 3,
                    "status": "available",
                    "label_printed": item_id % 2 == 0,
                    "created_at": T0,
                }
            )
    data["loans"] = []
    data["cleaning_records"] = []
    loan_id = 0
    for item in data["items"]:
        moment = T0 + timedelta(days=rng.randint(0, 30))
        for k in range(rng.randint(0, 4)):
            loan_id += 1
            is_open = k == 3 or (k == 2 and item["id"] % 5 == 0)
            returned = None if is_open else moment + timedelta(days=rng.randint(1, 20))
            data["loans"].append(
                {
                    "id": loan_id,
                    "item_id": item["id"],
                    "borrower_id": rng.randint(1, 60),
                    "out_at": moment,
                    "due_on": (moment + timedelta(days=14)).date(),
                    "returned_at": returned,
                    "out_location_id": 1,
                    "in_location_id": None if is_open else 2,
                    "out_by": "Anouk",
                    "in_by": None if is_open else "Daan",
                    "setting": "Verpleeghuis",
                    "client_group": "Dementie",
                    "accessories_out": ["Oplader"],
                    "accessories_missing": [] if k % 2 else ["Oplader"],
                    "charged": None if is_open else bool(k % 2),
                    "renewals": k % 2,
                    "review_state": "none" if is_open else "pending",
                }
            )
            if is_open:
                item["status"] = "on_loan"
                break
            data["cleaning_records"].append(
                {"item_id": item["id"], "loan_id": loan_id, "signed_by": "Kees", "at": returned}
            )
            moment = returned + timedelta(days=1)
    for n, rec in enumerate(data["cleaning_records"], 1):
        rec["id"] = n
    data["maintenance_records"] = [
        {"id": 1, "item_id": 5, "reason": "Vacht gescheurd", "opened_at": T0, "opened_by": "Kees"},
        {
            "id": 2, "item_id": 9, "reason": "Accu", "opened_at": T0, "closed_at": T0 + timedelta(days=3),
            "closed_by": "Kees", "result": "Nieuwe accu",
        },
    ]  # fmt: skip
    data["reservations"] = [
        {
            "id": r,
            "product_id": 1 + r,
            "item_id": None,
            "borrower_id": r,
            "starts_on": date(2025, 3, 1) + timedelta(days=r),
            "ends_on": date(2025, 3, 8) + timedelta(days=r),
            "note": "Voor de themaweek",
            "created_at": T0,
        }
        for r in range(1, 21)
    ]
    data["review_instruments"] = [
        {"id": 1, "key": "sus", "version": 1, "definition": {"items": 10, "scale": [1, 5]}}
    ]
    returned_loans = [loan for loan in data["loans"] if loan["returned_at"] is not None]
    data["reviews"] = [
        {
            "id": n,
            "loan_id": loan["id"],
            "product_id": next(
                i["product_id"] for i in data["items"] if i["id"] == loan["item_id"]
            ),
            "instrument_key": "sus",
            "instrument_version": 1,
            "answers": {f"q{q}": 1 + (n + q) % 5 for q in range(1, 11)},
            "scores": {"sus": 62.5},
            "reviewer_name": f"Zorgverlener {loan['borrower_id']}",
            "publish_name": n % 2 == 0,
            "moderation": ("pending", "approved", "rejected")[n % 3],
            "created_at": loan["returned_at"],
        }
        for n, loan in enumerate(returned_loans[:40], 1)
    ]
    data["audit_events"] = [
        {
            "id": n,
            "at": T0 + timedelta(minutes=n),
            "actor": "Anouk",
            "desk": "Uitleenbalie",
            "action": "checkout",
            "entity": "loan",
            "entity_id": loan["id"],
            "details": {"tag": format_tag(loan["item_id"])},
        }
        for n, loan in enumerate(data["loans"], 1)
    ]
    data["settings"] = [
        {"key": "next_serial.item", "value": str(item_id + 1)},
        {"key": "next_serial.badge", "value": "61"},
    ]
    return data


def _snapshot(db: Database, tables: dict[str, Table]) -> dict[str, dict[Any, dict[str, Any]]]:
    """Rows by primary key, only the columns revision 0001 had."""
    out: dict[str, dict[Any, dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for name, table in tables.items():
            pk = [c.name for c in table.primary_key]
            cols = [c.name for c in table.columns]
            current = Table(name, MetaData(), autoload_with=conn)
            stmt = select(*(current.c[c] for c in cols if c in current.c))
            out[name] = {
                tuple(row[k] for k in pk): dict(row)
                for row in (r._mapping for r in conn.execute(stmt))
            }
    return out


def _build_0001(url: str) -> tuple[Database, dict[str, Table], int]:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).touch()  # engines never create a missing file
    db = Database(url, make_engine(url))
    command.upgrade(_alembic_config(db), "0001")
    assert current_revision(db) == "0001"
    meta = MetaData()
    meta.reflect(db.engine)
    tables = {
        t.name: t
        for t in meta.sorted_tables
        if t.name != "alembic_version" and not t.name.startswith("products_fts")
    }
    data = rows_for_0001(random.Random(1))
    assert set(data) == set(tables), "a table of revision 0001 has no test data"
    with db.engine.begin() as conn:
        for table in meta.sorted_tables:
            for row in data.get(table.name, ()):
                conn.execute(insert(table).values(**row))
        if db.engine.dialect.name == "postgresql":  # explicit ids: move the sequences on
            for name, table in tables.items():
                if "id" in table.c:
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT max(id) FROM {name}))"
                    )
    return db, tables, sum(len(rows) for rows in data.values())


def _upgrade_and_compare(url: str, label: str) -> None:
    old, tables, inserted = _build_0001(url)
    before = _snapshot(old, tables)
    old.dispose()
    assert sum(len(rows) for rows in before.values()) == inserted

    db = open_database(url)  # what a desk does when it starts with a newer version
    assert current_revision(db) == head_revision()
    after = _snapshot(db, tables)
    lost = changed = 0
    for name, rows in before.items():
        for key, row in rows.items():
            new = after[name].get(key)
            if new is None:
                lost += 1
                continue
            for col, value in row.items():
                if (name, col) not in EXPECTED_CHANGES and new.get(col) != value:
                    changed += 1
    assert (lost, changed) == (0, 0)
    # The one expected change, as it is expected: the old spaced code in the dotted form.
    assert [r["iso9999"] for _, r in sorted(after["categories"].items())] == [None, "22.27"]

    # And the upgraded database works: search, check-in of an old open loan, a new check-out.
    ctx = DeskContext(actor="Na upgrade", desk="Uitleenbalie")
    with db.unit_of_work() as session:
        assert catalogue.search_product_names(session, "Tovertafel")
        loan = circulation.open_loans(session)[0]
        circulation.check_in(session, ctx, circulation.CheckinRequest(item=loan.item))
        fresh = catalogue.add_items(session, ctx, loan.item.product, 1)[0]
        circulation.check_out(
            session, ctx, circulation.CheckoutRequest(item=fresh.tag, borrower=format_badge(1))
        )
        assert fresh.tag == format_tag(len(before["items"]) + 1)
    db.dispose()
    record_figure(
        f"migration_{label}",
        {"from": "0001", "to": head_revision(), "rows": inserted, "lost": lost, "changed": changed},
    )


def test_upgrade_from_first_schema_keeps_every_row_sqlite(tmp_path) -> None:
    _upgrade_and_compare(f"sqlite:///{tmp_path / 'v1.sqlite3'}", "sqlite")


@pytest.mark.postgres
def test_upgrade_from_first_schema_keeps_every_row_postgresql(pg_server) -> None:
    _upgrade_and_compare(pg_server.empty_database(), "postgresql")
