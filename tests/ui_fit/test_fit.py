"""Every screen at 1280×720 and 1366×768: no cut-off text where it matters, every button
inside the window, dialogs no larger than the screen. A PNG of each is written next to the
test's temporary folder, to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget
from sqlalchemy import select

from lendingdesk.store.db import Database
from lendingdesk.store.models import Item
from lendingdesk.ui.app import build_window
from lendingdesk.ui.desk.desk_settings import DeskSettings
from lendingdesk.ui.desk.feedback import Sounds
from lendingdesk.ui.main_window import MainWindow
from tests.ui_fit.conftest import DEMO_NOW
from tests.ui_fit.fit import clipped, table_problems

SIZES = [(1280, 720), (1366, 768)]


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def window_at(qtbot, demo_db: Database):  # type: ignore[no-untyped-def]
    def make(size: tuple[int, int], lang: str = "nl") -> MainWindow:
        settings = DeskSettings(language=lang)  # nobody named yet: the longest status text
        window = build_window(
            demo_db, settings=settings, clock=lambda: DEMO_NOW, sounds=Sounds(enabled=False)
        )
        qtbot.addWidget(window)
        # A chosen location: its long name must not widen the window.
        settings.location_id = window.service.locations()[0].id
        qtbot.waitUntil(lambda: not window.status_tasks.busy())  # the first counts are in
        window.update_status()
        window.resize(*size)
        window.show()
        settle()
        assert window.size().width() == size[0] and window.size().height() == size[1]
        return window

    return make


def shoot(widget: QWidget, tmp_path: Path, name: str) -> None:
    widget.grab().save(str(tmp_path / f"{name}.png"))


def _tags(db: Database, status: str) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Item.tag).where(Item.status == status).order_by(Item.id)))


def _plain(window: MainWindow, tags: list[str]) -> list[str]:
    """Items lent at one scan (a kit whose parts the desk checks opens its parts dialog)."""
    return [tag for tag in tags if window.service.parts_prompt(tag) is None]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits(qtbot, window_at, demo_db: Database, tmp_path: Path, size) -> None:  # type: ignore[no-untyped-def]
    window = window_at(size)
    assert window.minimumSizeHint().width() <= size[0]
    assert window.minimumSizeHint().height() <= size[1]
    problems: dict[str, list[str]] = {}
    for entry in window.entries:
        window.show_screen(entry.key)
        settle()
        shoot(window, tmp_path, entry.key)
        problems[entry.key] = clipped(window)
        tabs = getattr(window.screen(entry.key), "tabs", None)
        for tab in range(1, tabs.count() if tabs is not None else 0):  # e.g. reviews
            tabs.setCurrentIndex(tab)
            settle()
            shoot(window, tmp_path, f"{entry.key}-{tab}")
            problems[f"{entry.key}-{tab}"] = clipped(window)
    # The desk with a borrower and a few products: the label column in full.
    window.show_screen("desk")
    borrower = window.service.search_borrowers("Team Dagbesteding")[0]
    window.desk.handle_scan(borrower.badge)
    for tag in _plain(window, _tags(demo_db, "available"))[:3]:
        window.desk.handle_scan(tag)
    qtbot.waitUntil(lambda: window.desk.idle)  # handled on the desk's worker thread
    qtbot.waitUntil(lambda: not window.status_tasks.busy())
    settle()
    shoot(window, tmp_path, "desk-session")
    problems["desk-session"] = clipped(window)
    # The catalogue with a product chosen: its details, buttons and items beside the list.
    window.show_screen("catalogue")
    catalogue = window.screen("catalogue")
    catalogue.table.selectRow(0)
    settle()
    shoot(window, tmp_path, "catalogue-detail")
    # Nothing is cut off at the right, and no table scrolls sideways: names, makers,
    # categories, locations and borrowers give way ("…", the tooltip has all), a serial number
    # or a label steps aside whole, so every title and the counts stay whole (at 1280 the list
    # scrolled ~15 px and cut "Beschikbaar"; the items table cut "Serienummer"; the history
    # ran ~90 px past the pane).
    for pane in catalogue.findChildren(QScrollArea):  # the history, to look at
        pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    settle()
    shoot(window, tmp_path, "catalogue-detail-end")
    for table in (catalogue.table, catalogue.items_table, catalogue.history_table):
        assert table.horizontalScrollBar().maximum() == 0, table.objectName()
    problems["catalogue-detail"] = clipped(window)
    # Every product's items and loan history beside the list, not only the first: an item
    # "Wacht op schoonmaak" pushed the location column past the pane's edge at 1280×720.
    for row in range(catalogue.model.rowCount()):
        catalogue.table.selectRow(row)
        settle()
        for table in (catalogue.items_table, catalogue.history_table):
            found = table_problems(table)
            if found:
                problems.setdefault("catalogue-details", []).extend(
                    f"row {row}: {p}" for p in found
                )
    assert {k: v for k, v in problems.items() if v} == {}


def test_english_screens_fit_at_1280(window_at, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_at((1280, 720), "en")
    problems = {}
    for entry in window.entries:
        window.show_screen(entry.key)
        settle()
        problems[entry.key] = clipped(window)
    assert {k: v for k, v in problems.items() if v} == {}


def _dialogs(window: MainWindow, db: Database) -> list[tuple[str, QDialog]]:
    from lendingdesk.ui.desk.checkin_dialog import CheckinDialog
    from lendingdesk.ui.screens.dialogs import AddItemsDialog, BorrowerDialog, ProductDialog
    from lendingdesk.ui.settings_dialog import SettingsDialog

    services = window.screen_services
    prompt = window.service.checkin_prompt(_tags(db, "on_loan")[0])
    reviews = window.screen("reviews")
    window.show_screen("reviews")
    settle()
    found: list[tuple[str, QDialog]] = [
        (
            "checkin",
            CheckinDialog(
                prompt,
                lang="nl",
                review_available=True,
                hand_over_available=True,  # as at a staffed desk with the kiosk's review
                parent=window,
            ),
        ),
        ("product", ProductDialog(services.catalogue, 1, parent=window)),
        ("borrower", BorrowerDialog(services.borrowers, None, parent=window)),
        ("add-items", AddItemsDialog(services.catalogue, 1, "Tovertafel", parent=window)),
        ("settings", SettingsDialog(window.settings, window.service.locations(), parent=window)),
    ]
    pending = reviews.selected_pending()
    assert pending is not None
    found.append(("review-form", reviews.make_form(pending)))
    from lendingdesk.ui.printing.labels_dialog import LabelsDialog
    from lendingdesk.ui.reviews.import_dialog import ImportDialog

    found.append(("import", ImportDialog(reviews.reviews, window)))
    tags = _tags(db, "available")[:3]
    found.append(("labels", LabelsDialog(db, window.settings, selected_tags=tags, parent=window)))
    from lendingdesk.ui.desk.checkout_parts_dialog import CheckoutPartsDialog
    from lendingdesk.ui.screens.upkeep import UpkeepDialog

    kits = [p for p in map(window.service.parts_prompt, _tags(db, "available")) if p is not None]
    found.append(("checkout-parts", CheckoutPartsDialog(kits[0], "Team Dagbesteding", window)))
    upkeep = UpkeepDialog(services.catalogue.maintenance(), 1, "Tovertafel Original", window)
    found.append(("upkeep", upkeep))
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_dialogs_fit_the_screen(window_at, demo_db: Database, tmp_path: Path, size) -> None:  # type: ignore[no-untyped-def]
    """Each dialog opens no larger than the screen's free area (the offscreen screen is
    800×600, smaller still) and, at that size, shows its buttons and its text uncut."""
    window = window_at(size)
    area: QRect = QGuiApplication.primaryScreen().availableGeometry()
    for name, dialog in _dialogs(window, demo_db):
        dialog.show()
        settle()
        assert dialog.height() <= area.height(), name
        assert dialog.width() <= max(area.width(), size[0]), name
        assert dialog.minimumSizeHint().height() <= area.height(), name
        shoot(dialog, tmp_path, f"dialog-{name}")
        assert clipped(dialog) == [], name
        dialog.reject()
        dialog.deleteLater()
