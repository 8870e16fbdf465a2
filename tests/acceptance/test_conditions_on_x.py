"""The loan conditions at a staffed desk on a real X server, with a USB scanner (xdotool): the
first product of a session opens the conditions; a product scanned into it waits, the
professional's own pass agrees, the session's products go out and the acceptance is stored at
F10 with the ambassador's name; Esc at the next session lends nothing. Its own database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.acceptance.xdesk import XDesk, own_desk, small_desk, wait_until

pytestmark = pytest.mark.slow


def _fill(desk: XDesk) -> dict[str, object]:
    settings = {
        "desk/name": "Balie Voorwaarden",
        "desk/actor": "Anouk Visser",
        "desk/staff_names": ["Anouk Visser"],
        "desk/staff_day": date.today().isoformat(),  # no "who staffs the desk?" question
        "kiosk/acceptance": "tick",
    }
    return small_desk(desk, "Voorwaarden", settings)


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
