"""The Reviews screen's Response tab: invited / opened / reviewed per product and team."""

from __future__ import annotations

from sqlalchemy import select

from lendingdesk.services.review_links import default_link_service
from lendingdesk.store.models import Loan, Review
from lendingdesk.ui.reviews.reviews_screen import ReviewsScreen


def test_response_tab_shows_invited_opened_and_reviewed(
    qtbot, views, dutch, reviews, demo_db, desk_ctx
):
    with demo_db.session() as s:
        waiting = s.scalars(
            select(Loan.id)
            .where(Loan.returned_at.is_not(None), Loan.id.not_in(select(Review.loan_id)))
            .order_by(Loan.id)
            .limit(3)
        ).all()
    links = default_link_service(demo_db, desk_ctx, base_url="https://review.example")
    issued = [links.issue_link(loan_id) for loan_id in waiting]
    links.open(issued[0].token)

    screen = ReviewsScreen(views)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    assert screen.tabs.tabText(3) == "Respons"
    screen.tabs.setCurrentIndex(3)
    tab = screen.response_tab
    tab.period_combo.setCurrentIndex(2)  # all time
    total = reviews.response_rates().total
    assert (total.invited, total.opened) == (3, 1)
    assert tab.cards[0].caption.text() == "Uitgenodigd"
    assert tab.cards[0].note.text() == f"van {total.returned} teruggebrachte uitleningen"
    assert tab.cards[1].value.text() == f"{100 / total.returned:.0f} %".replace(".", ",")
    assert tab.cards[2].value.text() == f"{100 * total.reviewed / total.returned:.0f} %"
    headers = [
        tab.product_table.horizontalHeaderItem(c).text()
        for c in range(tab.product_table.columnCount())
    ]
    assert headers == [
        "Product",
        "Teruggebracht",
        "Uitgenodigd",
        "Link geopend",
        "Review gegeven",
        "Mediaan dagen",
    ]
    rows = {
        tab.product_table.item(r, 0).text(): [
            tab.product_table.item(r, c).text() for c in range(1, 6)
        ]
        for r in range(tab.product_table.rowCount())
    }
    assert len(rows) == len(reviews.response_rates().products)
    invited = [cells[1] for cells in rows.values() if not cells[1].startswith("0 ")]
    assert sum(int(text.split()[0]) for text in invited) == 3
    assert tab.team_table.rowCount() == len(reviews.response_rates().teams)
