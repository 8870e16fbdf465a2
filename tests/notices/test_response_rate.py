"""The response rate: invited / opened / reviewed per product and per team, the median days
from return to review -- computed from what really happened, shown in the overview report."""

from __future__ import annotations

import io
import re

from lendingdesk.exchange.publishing import published_response
from lendingdesk.services.review_links import default_link_service
from lendingdesk.services.reviews import ReviewService
from tests.notices.conftest import Desk
from tests.reviews.pdfcheck import pdf_text


def test_invited_reviewed_and_days_per_product_and_team(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    desk.configure(controller.port, overdue=False)
    desk.send()  # Sanne and Tom are invited; Noor has no address, Piet opted out
    sanne_link = re.findall(
        r"/r/([A-Za-z0-9_-]+)", inbox.to("sanne@lindehof.example")[0].as_string()
    )
    default_link_service(desk.db, desk.ctx).open(sanne_link[0])  # opened on her phone
    desk.clock.advance(days=2)
    desk.review("tom_back")  # about 2 days after the return
    desk.clock.advance(days=2)
    desk.review("noor_back")  # reviewed at the desk without an invitation, 4 days after
    service = ReviewService(desk.db, lambda: desk.ctx)
    rates = service.response_rates()

    total = rates.total
    assert (total.returned, total.invited, total.opened, total.reviewed) == (4, 2, 1, 2)
    # returned 5 March 09:00; reviews at 7 and 9 March 10:00 → 2.04 and 4.04 days
    assert total.median_days is not None and abs(total.median_days - 3.0417) < 0.01
    products = {row.label: row for row in rates.products}
    assert (products["PARO robotzeehond"].returned, products["PARO robotzeehond"].invited) == (3, 1)
    assert products["PARO robotzeehond"].reviewed == 1
    assert products["PARO robotzeehond"].opened == 1
    assert (products["Qwiek.up"].invited, products["Qwiek.up"].reviewed) == (1, 1)
    teams = {row.label: row for row in rates.teams}
    assert {k: (v.returned, v.invited, v.reviewed) for k, v in teams.items()} == {
        "Noord": (2, 1, 1),
        "Zuid": (2, 1, 1),
    }
    # In a report, teams smaller than k are counted together.
    published = published_response(rates, k=3, lang="nl")
    assert [(r.label, r.returned, r.reviewed) for r in published.teams] == [("Overige teams", 4, 2)]
    assert published.teams[0].median_days == total.median_days
    assert [r.label for r in published_response(rates, k=2).teams] == ["Noord", "Zuid"]


def test_the_overview_report_shows_the_response(desk: Desk, smtp) -> None:
    controller, _inbox = smtp
    desk.configure(controller.port, overdue=False)
    desk.send()
    desk.clock.advance(days=2)
    desk.review("tom_back")
    service = ReviewService(desk.db, lambda: desk.ctx)
    out = io.BytesIO()
    service.render_overview_report(out, lang="nl")
    text = " ".join(pdf_text(out.getvalue()).split())
    assert "Respons op reviewuitnodigingen" in text
    assert "Uitgenodigd" in text and "Link geopend" in text and "Review gegeven" in text
    assert "Qwiek.up 1 1 (100 %) 0 (0 %) 1 (100 %) 2,0" in text
    assert "PARO robotzeehond 3 1 (33 %) 0 (0 %) 0 (0 %) —" in text
    assert "Overige teams 4 2 (50 %)" in text
    assert "Noord" not in text and "Zuid" not in text  # two loans each: fewer than k = 3
    english = io.BytesIO()
    service.render_overview_report(english, lang="en")
    assert "Response to review invitations" in pdf_text(english.getvalue())
