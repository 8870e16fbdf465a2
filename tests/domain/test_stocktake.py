"""Stock-take classification against a real SQLite file: every class, codes as scanners type
them, the location by name, the scanner file, and what applying a stock-take changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lendingdesk.domain import catalogue, circulation, stocktake
from lendingdesk.domain.circulation import CheckoutRequest
from lendingdesk.errors import InvalidInput, NotFound
from lendingdesk.store.models import AuditEvent, Item, Loan
from tests.domain.factories import borrower, product_with_items


@pytest.fixture
def shelf(db, ctx):
    """A cabinet with five items (one lent out, one lost, one retired), two elsewhere."""
    with db.unit_of_work() as s:
        cabinet = catalogue.get_or_create_location(s, "Zorggroep De Linde", "Lindehof", "Kast 2")
        other = catalogue.get_or_create_location(s, "Zorggroep De Linde", "Thuiszorg Oost")
        _, items = product_with_items(s, ctx, count=5)
        _, away = product_with_items(s, ctx, "Tovertafel", count=2, cleaning=None)
        for item in items:
            item.location_id = cabinet.id
        for item in away:
            item.location_id = other.id
        s.flush()
        sanne = borrower(s, ctx)
        circulation.check_out(s, ctx, CheckoutRequest(item=items[2].tag, borrower=sanne.badge))
        circulation.mark_lost(s, ctx, items[3].tag)
        circulation.retire(s, ctx, items[4].tag)
        return {
            "cabinet": cabinet.id,
            "here": [i.tag for i in items],
            "away": [i.tag for i in away],
        }


def run(db, shelf, scans, name="Kast 2"):
    with db.session() as s:
        return stocktake.reconcile(s, stocktake.find_location(s, name), scans)


def test_every_class_of_the_classification(db, shelf):
    here, away = shelf["here"], shelf["away"]
    scans = [here[0], here[2], away[0], "LD0000018", "LP0000125", "koffie", "LD9999990"]
    result = run(db, shelf, scans)
    assert result.found == [here[0]]
    # Not scanned and expected: here[1]. The lent, lost and retired ones are not expected.
    assert result.missing == [here[1]]
    assert result.wrong_place == [away[0]]
    assert result.on_loan == [here[2]]  # scanned, yet registered as out: a return never booked
    # No code, a bad check digit, a badge, a valid label linked to nothing: all as typed.
    assert result.unknown == ["LD0000018", "LP0000125", "koffie", "LD9999990"]
    assert result.scanned == 7


def test_a_lost_item_scanned_at_its_place_is_found(db, shelf):
    result = run(db, shelf, [shelf["here"][3]])
    assert result.found == [shelf["here"][3]]


def test_codes_as_scanners_type_them_and_duplicates_count_once(db, shelf):
    tag = shelf["here"][0]  # e.g. LD0000013
    azerty = tag[:2] + tag[2:].translate(str.maketrans("0123456789", "à&é\"'(§è_ç"))
    scans = [tag, tag.lower(), f"https://zorgtech.example/i/{tag}", azerty, "  " + tag + " "]
    result = run(db, shelf, [s.strip() for s in scans] + ["koffie", "koffie"])
    assert result.found == [tag]
    assert result.unknown == ["koffie"]
    assert result.scanned == 2


def test_a_location_by_its_full_name_or_a_unique_part(db, shelf):
    with db.session() as s:
        full = "Zorggroep De Linde – Lindehof / Kast 2"
        assert stocktake.find_location(s, full).id == shelf["cabinet"]
        assert stocktake.find_location(s, "kast 2").id == shelf["cabinet"]
        typed = "zorggroep de linde - lindehof / kast 2"  # a plain hyphen for the dash
        assert stocktake.find_location(s, typed).id == shelf["cabinet"]
        assert stocktake.find_location(s, "  LINDEHOF ").id == shelf["cabinet"]
        with pytest.raises(InvalidInput) as ambiguous:
            stocktake.find_location(s, "De Linde")
        assert "Thuiszorg Oost" in ambiguous.value.en and "Kast 2" in ambiguous.value.en
        with pytest.raises(NotFound) as unknown:
            stocktake.find_location(s, "Zolder")
        assert "Choose from" in unknown.value.en and "Thuiszorg Oost" in unknown.value.en
        with pytest.raises(NotFound):
            stocktake.find_location(s, "")


def test_the_scanner_file_one_code_a_line(db):
    data = "\ufeffLD0000013\r\n\r\n  ld0000021  \nLD0000013\n".encode()
    assert stocktake.read_codes(data) == ["LD0000013", "ld0000021", "LD0000013"]


@pytest.mark.parametrize(
    "data, says",
    [
        (b"LD0000013\n\x00\x01\x02\xff", "binary"),
        (b"caf\xe9\n", "not UTF-8"),
        (b"LD0000013\n" * 500_000, "too big"),
        (b"x" * 600 + b"\n", "Line 1"),
        (b"LD0000013\n\x1b[2J\n", "Line 2"),
        (b"\n \n", "no codes"),
        (b"", "no codes"),
    ],
)
def test_a_file_that_is_no_list_of_scans_is_refused(data, says):
    with pytest.raises(InvalidInput) as refused:
        stocktake.read_codes(data)
    assert says in refused.value.en


def test_without_apply_nothing_changes(db, shelf):
    with db.session() as s:
        before = [(i.tag, i.status, i.location_id) for i in s.scalars(select(Item))]
    run(db, shelf, [shelf["away"][0], shelf["here"][2]])
    with db.session() as s:
        assert [(i.tag, i.status, i.location_id) for i in s.scalars(select(Item))] == before


def test_apply_moves_checks_in_finds_and_records(db, ctx, shelf):
    here, away = shelf["here"], shelf["away"]
    with db.unit_of_work() as s:
        location = stocktake.find_location(s, "Kast 2")
        result = stocktake.reconcile(s, location, [here[0], here[2], here[3], away[0], "koffie"])
        done = stocktake.apply(s, ctx, result)
    assert done.moved == [away[0]]
    assert done.checked_in == [here[2]]
    assert done.found_again == [here[3]]
    with db.session() as s:
        items = {i.tag: i for i in s.scalars(select(Item))}
        assert items[away[0]].location_id == shelf["cabinet"]
        assert items[away[1]].location_id != shelf["cabinet"]  # not scanned here: stays
        # On the shelf while lent out: the loan ends, the item goes to cleaning first.
        assert items[here[2]].status == "awaiting_cleaning"
        loan = s.scalar(select(Loan).where(Loan.item_id == items[here[2]].id))
        assert loan.returned_at is not None and "inventarisatie" in loan.notes
        assert items[here[3]].status == "awaiting_cleaning"  # lost, found, cleaned first
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        moved = next(e for e in events if e.action == "stocktake_moved")
        assert moved.details["tag"] == away[0] and "Thuiszorg Oost" in moved.details["old"]
        record = events[-1]
        assert (record.action, record.actor, record.entity_id) == (
            "stocktake",
            "Tester",
            shelf["cabinet"],
        )
        assert record.details["found"] == 2 and record.details["missing"] == 1
        assert record.details["on_loan"] == 1 and record.details["unknown"] == 1
        assert record.details["moved"] == 1 and record.details["checked_in"] == 1
    # Done once: a second stock-take of the same scans finds everything in place.
    again = run(db, shelf, [here[0], here[2], here[3], away[0]])
    assert again.wrong_place == [] and again.on_loan == []
    assert sorted(again.found) == sorted([here[0], here[2], here[3], away[0]])


def test_ten_thousand_scans_reconcile_in_one_pass(db, ctx):
    with db.unit_of_work() as s:
        store = catalogue.get_or_create_location(s, "Regio", "Magazijn")
        _, items = product_with_items(s, ctx, "Rollator", count=1200, cleaning=None)
        for item in items:
            item.location_id = store.id
        tags = [i.tag for i in items]
    scans = tags[:1000] + [f"onbekend-{n}" for n in range(9000)]
    with db.session() as s:
        result = stocktake.reconcile(s, stocktake.find_location(s, "Magazijn"), scans)
    assert len(result.found) == 1000 and len(result.missing) == 200
    assert len(result.unknown) == 9000 and result.scanned == 10_000


def test_a_finished_stock_take_is_saved_as_found_for_the_history(db, ctx, shelf, clock):
    here, away = shelf["here"], shelf["away"]
    with db.unit_of_work() as s:
        location = stocktake.find_location(s, "Kast 2")
        result = stocktake.reconcile(s, location, [here[0], away[0], "=1+1"])
        done = stocktake.apply(s, ctx, result)
    clock.advance(days=1)
    with db.unit_of_work() as s:
        location = stocktake.find_location(s, "Kast 2")
        later = stocktake.apply(s, ctx, stocktake.reconcile(s, location, [here[0], away[0]]))
    with db.session() as s:
        first, second = stocktake.history(s)[::-1]
        assert (first.id, second.id) == (done.stocktake_id, later.stocktake_id)
        assert first.by == "Tester" and first.applied and first.scanned == 3
        lists = first.result["lists"]
        # As found: the wrong-place item with where it was registered then, before the move.
        assert lists["wrong_place"] == [
            [away[0], "Tovertafel", "Zorggroep De Linde – Thuiszorg Oost"]
        ]
        assert lists["unknown"] == [["=1+1", "", ""]]
        assert first.result["applied"]["moved"] == [away[0]]
        assert second.result["lists"]["wrong_place"] == []
        assert stocktake.history(s, location_id=shelf["cabinet"], limit=1)[0].id == second.id


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_running_tally_ends_where_a_full_reconcile_does(db, shelf, seed):
    """Scan by scan against the index (some codes only looked up as they come, some restored
    from an earlier run) gives the lists, count and lines a full reconcile gives."""
    import random

    rng = random.Random(seed)
    here, away = shelf["here"], shelf["away"]
    pool = [*here, *away, "LD0000018", "LP0000125", "koffie", "LD9999990", "LD0000997"]
    pool += [t.lower() for t in here] + [f"https://zorgtech.example/i/{t}" for t in away]
    scans = [rng.choice(pool) for _ in range(40)]
    restored = rng.randint(0, len(scans))  # scans of an earlier run, kept by the screen
    looked_up: list[str] = []

    def lookup(tag):
        looked_up.append(tag)
        with db.session() as s:
            return stocktake.entries(s, [tag]).get(tag)

    with db.session() as s:
        location = stocktake.find_location(s, "Kast 2")
        tally = stocktake.Tally.start(s, location, scans[:restored], lookup=lookup)
        rows = []
        for typed in scans[restored:]:
            added = tally.add(typed)
            assert tally.codes(added.name)[added.row] == added.line[0]
            rows.append(added)
        full = stocktake.reconcile(s, location, scans)
        assert tally.result() == full
        assert tally.lines() == stocktake.lines(s, full)
    assert len(looked_up) == len(set(looked_up))  # each other code looked up once at most
    assert set(looked_up).isdisjoint(here)  # the location's own items are in the index
