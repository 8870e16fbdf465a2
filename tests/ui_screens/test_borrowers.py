"""The borrowers screen: search, add with validation, deactivate, and erasing personal data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from lendingdesk.store.models import Borrower, Loan
from lendingdesk.ui.screens import BorrowersScreen
from tests.coordinator_prompts import CODE, answer, set_code


@pytest.fixture
def screen(make_screen) -> BorrowersScreen:
    return make_screen(BorrowersScreen)


def _names(screen: BorrowersScreen) -> list[str]:
    return [r.name for r in screen.model.rows()]


def test_search_by_name_and_card(qtbot, screen: BorrowersScreen) -> None:
    assert len(_names(screen)) > 10
    qtbot.keyClicks(screen.search, "jans")
    qtbot.waitUntil(lambda: _names(screen) == ["Anouk Jansen"], timeout=2000)
    badge = screen.model.rows()[0].badge
    screen.search.clear()
    qtbot.keyClicks(screen.search, badge.lower())
    qtbot.waitUntil(lambda: _names(screen) == ["Anouk Jansen"], timeout=2000)


def test_add_borrower_with_validation(qtbot, screen: BorrowersScreen) -> None:
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClicks(dialog.ui.nameEdit, "Bram de Wit")
    qtbot.keyClicks(dialog.ui.emailEdit, "bram.dewit")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "geen geldig e-mailadres" in dialog.banner.text()
    qtbot.keyClicks(dialog.ui.emailEdit, "@delinde.example")
    qtbot.keyClicks(dialog.ui.teamEdit, "Team Lindehof 2")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert screen.banner.text() == "Lener toegevoegd."
    assert screen.detail.row.name == "Bram de Wit"
    assert screen.detail.row.badge.startswith("LP")
    assert "Bram de Wit" in _names(screen)


def test_deactivate_and_activate(qtbot, screen: BorrowersScreen) -> None:
    screen.table.selectRow(_names(screen).index("Kees Dekker"))
    assert screen.active_button.text() == "Deactiveren"
    qtbot.mouseClick(screen.active_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == "Kees Dekker is nu inactief."
    assert screen.detail.row.active is False
    assert screen.inactive_check.isChecked()  # still in view
    assert screen.active_button.text() == "Activeren"
    qtbot.mouseClick(screen.active_button, Qt.MouseButton.LeftButton)
    assert screen.detail.row.active is True


def _loan_count(screen: BorrowersScreen, borrower_id: int) -> int:
    with screen.services.db.session() as s:
        return s.scalar(
            select(func.count()).select_from(Loan).where(Loan.borrower_id == borrower_id)
        )


def test_erase_personal_data_keeps_anonymous_loans(
    qtbot, screen: BorrowersScreen, monkeypatch
) -> None:
    set_code(screen.services.db)
    prompts = answer(monkeypatch, CODE)
    rows = screen.model.rows()
    target = next(
        r for r in rows if r.open_loans == 0 and r.email and _loan_count(screen, r.id) > 0
    )
    loans_before = _loan_count(screen, target.id)
    screen.table.selectRow(_names(screen).index(target.name))
    assert screen.detail.loans_total == loans_before

    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    box = screen.dialog
    assert box.isVisible()
    assert target.name in box.text()
    assert "De uitleningen blijven bewaard zonder naam" in box.informativeText()
    # The safe choice is the default: Enter keeps the data.
    assert box.defaultButton().text() == "Gegevens bewaren"
    qtbot.mouseClick(screen.erase_confirm_button, Qt.MouseButton.LeftButton)

    assert screen.banner.kind == "ok"
    detail = screen.detail
    assert detail.row.erased and not detail.row.active
    assert detail.row.name != target.name and target.name not in detail.row.name
    assert detail.row.email == "" and detail.row.team == "" and detail.phone == ""
    assert detail.loans_total == loans_before  # the loans still count
    assert _loan_count(screen, target.id) == loans_before
    with screen.services.db.session() as s:
        stored = s.get(Borrower, target.id)
        assert stored.name != target.name and stored.email is None
    assert not screen.erase_button.isEnabled()
    assert "gewist" in screen.info_label.text()
    assert len(prompts.asked) == 1  # asked once, after the confirmation


def test_erase_refused_while_items_are_on_loan(qtbot, screen: BorrowersScreen, monkeypatch) -> None:
    set_code(screen.services.db)
    answer(monkeypatch, CODE)
    target = next(r for r in screen.model.rows() if r.open_loans > 0)
    screen.table.selectRow(_names(screen).index(target.name))
    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.erase_confirm_button, Qt.MouseButton.LeftButton)
    assert screen.banner.kind == "error"
    assert "Neem die eerst in" in screen.banner.text()
    assert screen.detail.row.name == target.name


def test_erase_needs_the_coordinator_code(qtbot, screen: BorrowersScreen, monkeypatch) -> None:
    set_code(screen.services.db)
    target = next(r for r in screen.model.rows() if r.open_loans == 0 and not r.erased)
    screen.table.selectRow(_names(screen).index(target.name))

    # A wrong code: refused with the domain's message, nothing erased.
    prompts = answer(monkeypatch, "verkeerd-1")
    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.erase_confirm_button, Qt.MouseButton.LeftButton)
    assert len(prompts.told) == 1 and "coördinatorcode nodig" in prompts.told[0]
    with screen.services.db.session() as s:
        assert s.get(Borrower, target.id).name == target.name

    # Cancelled: nothing erased, nothing said.
    prompts = answer(monkeypatch, None)
    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.erase_confirm_button, Qt.MouseButton.LeftButton)
    assert prompts.told == []
    with screen.services.db.session() as s:
        assert s.get(Borrower, target.id).erased_at is None

    # The right code: erased.
    answer(monkeypatch, CODE)
    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.erase_confirm_button, Qt.MouseButton.LeftButton)
    with screen.services.db.session() as s:
        assert s.get(Borrower, target.id).erased_at is not None


def test_erase_without_a_code_offers_to_set_one(
    qtbot, screen: BorrowersScreen, monkeypatch
) -> None:
    from lendingdesk.services import access

    target = next(r for r in screen.model.rows() if r.open_loans == 0 and not r.erased)
    screen.table.selectRow(_names(screen).index(target.name))

    # Not now: nothing erased, and no code set.
    prompts = answer(monkeypatch, setup=False)
    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.erase_confirm_button, Qt.MouseButton.LeftButton)
    assert len(prompts.offered) == 1 and "set-pin" in prompts.offered[0]
    with screen.services.db.session() as s:
        assert s.get(Borrower, target.id).erased_at is None

    # Two different codes: nothing set.
    prompts = answer(monkeypatch, "zeehond-7", "zeehond-8", setup=True)
    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.erase_confirm_button, Qt.MouseButton.LeftButton)
    assert len(prompts.told) == 1  # the two codes differ (Dutch wording: tests/ui_desk)
    with screen.services.db.session() as s:
        assert not access.has_code(s)

    # Set now (twice the same), then the erase goes ahead.
    answer(monkeypatch, "zeehond-7", "zeehond-7", setup=True)
    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.erase_confirm_button, Qt.MouseButton.LeftButton)
    with screen.services.db.session() as s:
        assert access.has_code(s)
        assert s.get(Borrower, target.id).erased_at is not None
