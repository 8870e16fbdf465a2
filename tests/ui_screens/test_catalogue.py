"""The catalogue screen driven like a person would: typing, filters, dialogs, scanned labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from lendingdesk.domain.codes import format_tag
from lendingdesk.store.models import Item, Product
from lendingdesk.ui.screens import CatalogueScreen
from lendingdesk.ui.screens.dialogs import AddItemsDialog, ProductDialog


@pytest.fixture
def screen(make_screen) -> CatalogueScreen:
    return make_screen(CatalogueScreen)


def _names(screen: CatalogueScreen) -> list[str]:
    return [row.name for row in screen.model.rows()]


def test_search_as_you_type(qtbot, screen: CatalogueScreen) -> None:
    everything = len(_names(screen))
    assert everything == 28
    qtbot.keyClicks(screen.search, "robot")
    # Nothing searched yet mid-typing; the debounce timer fires after a short pause.
    assert screen.search.pending
    qtbot.waitUntil(lambda: 0 < len(_names(screen)) < everything, timeout=2000)
    details = [screen.services.product_detail(r.id) for r in screen.model.rows()]
    assert all("robot" in f"{d.name} {d.maker} {d.description}".lower() for d in details)
    assert "PARO therapeutische robotzeehond" in _names(screen)
    assert screen.count_label.text() == f"{len(details)} producten"

    # Short queries (under three letters) still match, by substring.
    screen.search.clear()
    qtbot.keyClicks(screen.search, "Qw")
    qtbot.waitUntil(lambda: _names(screen) == ["Qwiek.up"], timeout=2000)
    screen.search.clear()
    qtbot.waitUntil(lambda: len(_names(screen)) == everything, timeout=2000)


def test_filters(qtbot, screen: CatalogueScreen) -> None:
    combo = screen.category_filter
    combo.setCurrentIndex(combo.findText("Valpreventie"))
    rows = screen.model.rows()
    assert rows and all(r.category == "Valpreventie" for r in rows)

    combo.setCurrentIndex(0)
    status = screen.status_filter
    status.setCurrentIndex(status.findData("on_loan"))
    assert status.currentText() == "Uitgeleend"
    rows = screen.model.rows()
    assert 0 < len(rows) < 28
    for r in rows:
        items = screen.services.product_detail(r.id).items
        assert any(i.status == "on_loan" for i in items)

    status.setCurrentIndex(0)
    loc = screen.location_filter
    loc.setCurrentIndex(loc.findText("Stichting Zonnehuis", Qt.MatchFlag.MatchStartsWith))
    for r in screen.model.rows():
        items = screen.services.product_detail(r.id).items
        assert any(i.location.startswith("Stichting Zonnehuis") for i in items)


def test_detail_pane_shows_the_product(qtbot, screen: CatalogueScreen) -> None:
    row = _names(screen).index("PARO therapeutische robotzeehond")
    screen.select_row(row)
    assert screen.name_label.text() == "PARO therapeutische robotzeehond"
    assert "Vacht niet wassen" in screen.cleaning.body.text()
    assert "Niet gebruiken in isolatiekamers." in screen.care.body.text()
    assert "Speen-oplader" in screen.accessories.body.text()
    assert screen.photo.text() == "Geen foto"
    assert screen.items_model.rowCount() == len(screen.detail.items) > 0
    assert screen.history_caption.text().startswith("Uitleengeschiedenis (")


def _save(dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    button.click()


def test_create_product_with_validation(qtbot, screen: CatalogueScreen) -> None:
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, ProductDialog) and dialog.isVisible()
    _save(dialog)  # nothing filled in
    assert dialog.isVisible()
    assert dialog.banner.kind == "error"
    assert dialog.banner.text() == "Geef het product een naam."

    qtbot.keyClicks(dialog.ui.nameEdit, "Qwiek.snooze")
    qtbot.keyClicks(dialog.ui.makerEdit, "Qwiek")
    dialog.ui.categoryCombo.setCurrentText("Leefplezier en welzijn")
    qtbot.keyClicks(dialog.ui.cleaningEdit, "Afnemen met een vochtige doek.")
    qtbot.keyClicks(dialog.ui.accessoriesEdit, "Oplader")
    qtbot.keyClick(dialog.ui.accessoriesEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.accessoriesEdit, "Kussen")
    dialog.ui.photoEdit.setText("/nowhere/foto.png")
    _save(dialog)
    assert dialog.isVisible() and "foto" in dialog.banner.text()
    dialog.ui.photoEdit.clear()
    _save(dialog)
    assert not dialog.isVisible()

    assert screen.banner.text() == "Product toegevoegd."
    assert screen.detail is not None and screen.detail.name == "Qwiek.snooze"
    assert screen.detail.accessories == ("Oplader", "Kussen")
    assert "Qwiek.snooze" in _names(screen)


def test_edit_product(qtbot, screen: CatalogueScreen) -> None:
    screen.select_row(_names(screen).index("Qwiek.up"))
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog.ui.nameEdit.text() == "Qwiek.up"
    dialog.ui.nameEdit.selectAll()
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Delete)
    _save(dialog)
    assert dialog.isVisible() and dialog.banner.kind == "error"
    qtbot.keyClicks(dialog.ui.nameEdit, "Qwiek.up 2")
    dialog.ui.loanDaysSpin.setValue(21)
    _save(dialog)
    assert not dialog.isVisible()
    assert screen.detail.name == "Qwiek.up 2" and screen.detail.loan_days == 21
    assert "uitleentermijn 21 dagen" in screen.meta_label.text()


def test_add_items_with_fresh_and_scanned_labels(qtbot, screen: CatalogueScreen) -> None:
    screen.select_row(_names(screen).index("Dagritmeklok"))
    before = {i.tag for i in screen.detail.items}
    qtbot.mouseClick(screen.add_items_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, AddItemsDialog)
    dialog.ui.countSpin.setValue(2)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    fresh = {i.tag for i in screen.detail.items} - before
    assert len(fresh) == 2
    assert "2 exemplaren toegevoegd" in screen.banner.text()

    # Pre-printed blank labels, scanned one after another (each scan ends with Enter).
    blank = [format_tag(900_001), format_tag(900_002)]
    qtbot.mouseClick(screen.add_items_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    for tag in blank:
        qtbot.keyClicks(dialog.ui.tagsEdit, tag.lower())  # scanners may type lower case
        qtbot.keyClick(dialog.ui.tagsEdit, Qt.Key.Key_Return)
    assert dialog.ui.scanRadio.isChecked()
    qtbot.keyClicks(dialog.ui.serialEdit, "SN-77")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    tags = {i.tag: i for i in screen.detail.items}
    assert set(blank) <= set(tags)
    assert tags[blank[0]].status == "available"

    # The same label again is refused, clearly, and the dialog stays.
    qtbot.mouseClick(screen.add_items_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClicks(dialog.ui.tagsEdit, blank[0])
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "al gekoppeld" in dialog.banner.text()
    dialog.reject()


def test_item_status_and_retire(qtbot, screen: CatalogueScreen, monkeypatch) -> None:
    screen.select_row(_names(screen).index("Fietslabyrint"))
    available = [n for n, i in enumerate(screen.detail.items) if i.status == "available"]
    screen.items_table.selectRow(available[0])
    tag = screen.selected_item().tag
    qtbot.mouseClick(screen.item_lost_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == f"{tag} is nu: Vermist"
    assert screen.selected_item().status == "lost"
    assert screen.item_found_button.isEnabled()
    qtbot.mouseClick(screen.item_found_button, Qt.MouseButton.LeftButton)
    assert screen.selected_item().status in ("available", "awaiting_cleaning")


def test_photo_is_shown(qtbot, screen: CatalogueScreen, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    photo = tmp_path / "paro.png"
    assert image.save(str(photo))
    screen.select_row(_names(screen).index("PARO therapeutische robotzeehond"))
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    screen.dialog.ui.photoEdit.setText(str(photo))
    _save(screen.dialog)
    assert screen.detail.photo == str(photo)
    shown = screen.photo.pixmap()
    assert not shown.isNull() and shown.width() <= screen.photo.width()
    assert shown.toImage().pixelColor(shown.width() // 2, shown.height() // 2) == QColor("#3a7bd5")


def test_retiring_needs_the_coordinator_code(qtbot, screen: CatalogueScreen, monkeypatch) -> None:
    from tests.coordinator_prompts import CODE, answer, set_code

    set_code(screen.services.db)
    screen.select_row(_names(screen).index("Fietslabyrint"))
    available = [n for n, i in enumerate(screen.detail.items) if i.status == "available"]
    screen.items_table.selectRow(available[0])
    tag = screen.selected_item().tag

    # An item: a wrong code refuses (with the domain's message), the right one retires it.
    prompts = answer(monkeypatch, "verkeerd-1")
    qtbot.mouseClick(screen.item_retire_button, Qt.MouseButton.LeftButton)
    assert len(prompts.told) == 1 and screen.selected_item().status == "available"
    prompts = answer(monkeypatch, CODE)
    qtbot.mouseClick(screen.item_retire_button, Qt.MouseButton.LeftButton)
    assert prompts.told == [] and len(prompts.asked) == 1
    with screen.services.db.session() as s:
        assert s.scalar(select(Item.status).where(Item.tag == tag)) == "retired"

    # A whole product (none of it on loan): confirmed, then cancelled at the code prompt.
    idle = next(r for r in screen.model.rows() if r.items_available == r.items_total > 0)
    screen.select_row(_names(screen).index(idle.name))
    product_id = screen.detail.id
    answer(monkeypatch, None)
    qtbot.mouseClick(screen.retire_button, Qt.MouseButton.LeftButton)
    box = screen.dialog
    retire = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
    qtbot.mouseClick(retire, Qt.MouseButton.LeftButton)
    with screen.services.db.session() as s:
        assert not s.get(Product, product_id).retired
    answer(monkeypatch, CODE)
    qtbot.mouseClick(screen.retire_button, Qt.MouseButton.LeftButton)
    box = screen.dialog
    retire = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
    qtbot.mouseClick(retire, Qt.MouseButton.LeftButton)
    with screen.services.db.session() as s:
        assert s.get(Product, product_id).retired
