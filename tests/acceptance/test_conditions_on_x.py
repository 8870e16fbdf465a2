"""The loan conditions at a staffed desk on a real X server, with a USB scanner (xdotool): the
first product of a session opens the conditions; a product scanned into it waits, the
professional's own pass agrees, the session's products go out and the acceptance is stored at
F10 with the ambassador's name; Esc at the next session lends nothing. Its own database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.acceptance.xdesk import XDesk, own_desk, wait_until

pytestmark = pytest.mark.slow


def _fill(desk: XDesk) -> dict[str, list[str]]:
    from PySide6.QtCore import QSettings

    from lendingdesk.domain import catalogue
    from lendingdesk.domain.context import DeskContext
    from lendingdesk.store.db import open_database

    db = open_database(str(desk.db_path), create=True)
    try:
        ctx = DeskContext(actor="Acceptatietest", desk="Balie Voorwaarden")
        with db.unit_of_work() as s:
            product = catalogue.create_product(
                s, ctx, catalogue.ProductInput(name="Voorwaarden Tovertafel", loan_days=14)
            )
            tags = [i.tag for i in catalogue.add_items(s, ctx, product, 3)]
            badges = [
                catalogue.create_borrower(s, ctx, catalogue.BorrowerInput(name=n)).badge
                for n in ("Voorwaarden Lener Een", "Voorwaarden Lener Twee")
            ]
    finally:
        db.dispose()
    desk.data_dir.mkdir(parents=True, exist_ok=True)
    qs = QSettings(str(desk.data_dir / "desk-settings.ini"), QSettings.Format.IniFormat)
    qs.setValue("ui/language", "nl")
    qs.setValue("desk/name", "Balie Voorwaarden")
    qs.setValue("desk/actor", "Anouk Visser")
    qs.setValue("desk/staff_names", ["Anouk Visser"])
    qs.setValue("desk/staff_day", date.today().isoformat())
    qs.setValue("kiosk/acceptance", "tick")
    qs.sync()
    return {"tags": tags, "badges": badges}


@pytest.fixture(scope="module")
def staffed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[XDesk, dict]]:
    yield from own_desk(tmp_path_factory, "xconditions", _fill)


def test_conditions_asked_at_the_first_product_agreed_by_pass_and_refused_by_esc(
    staffed,
) -> None:
    desk, data = staffed
    tags, badges = data["tags"], data["badges"]
    desk.focus()
    desk.scan(badges[0])
    desk.scan(tags[0], delay_ms=8)
    dialog = desk.dialog("Leenvoorwaarden")
    assert desk.geometry(dialog).inside(1280, 720)
    desk.focus(dialog)
    desk.scan(tags[1], delay_ms=0, end="Tab")  # a product first: it waits
    desk.screenshot("conditions-01-asked")
    assert desk.status(tags[0]) == desk.status(tags[1]) == "available"
    desk.scan(badges[0], delay_ms=16)  # the professional's own pass: agreed
    wait_until(lambda: dialog not in desk.windows(), "the conditions to close")
    desk.wait_status(tags[0], "on_loan")
    desk.focus()
    desk.scan(tags[1])  # the same session: no second question
    desk.wait_status(tags[1], "on_loan")
    desk.key("F10")

    def stored() -> list[tuple[object, ...]]:
        return desk.query(
            "SELECT a.method, a.witnessed_by, count(l.loan_id) FROM loan_acceptances a"
            " JOIN loan_acceptance_loans l ON l.acceptance_id = a.id GROUP BY a.id"
        )

    wait_until(stored, "the acceptance to be stored at F10")
    assert stored() == [("tick", "Anouk Visser", 2)]

    desk.scan(badges[1])
    desk.scan(tags[2])
    dialog = desk.dialog("Leenvoorwaarden")
    desk.focus(dialog)
    desk.key("Escape")
    wait_until(lambda: dialog not in desk.windows(), "the conditions to close")
    desk.focus()
    desk.screenshot("conditions-02-not-accepted")
    assert desk.status(tags[2]) == "available"
