"""Printing from the list screens: labels from the catalogue's detail pane, blank tags from
its top bar, badges for the selected borrowers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lendingdesk.domain.codes import parse_tag
from lendingdesk.ui.printing.labels_dialog import LabelsDialog
from lendingdesk.ui.printing.preview_dialog import PrintPreviewDialog
from lendingdesk.ui.screens.borrowers import BorrowersScreen
from lendingdesk.ui.screens.catalogue import CatalogueScreen
from tests.documents.pdfcheck import read_pdf


def click_row(qtbot, table, row: int, ctrl: bool = False) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_catalogue_prints_the_selected_items(qtbot, make_screen, dutch) -> None:
    screen = make_screen(CatalogueScreen)
    names = [row.name for row in screen.model.rows()]
    screen.select_row(next(i for i, n in enumerate(names) if n.startswith("PARO")))
    items = screen.detail.items
    assert len(items) >= 2
    click_row(qtbot, screen.items_table, 0)
    click_row(qtbot, screen.items_table, 1, ctrl=True)
    assert screen.labels_button.text() == "Labels afdrukken…"
    qtbot.mouseClick(screen.labels_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, LabelsDialog) and dialog.isVisible()
    assert dialog.selected_radio.isChecked()
    assert dialog.windowTitle() == "Labels afdrukken"
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    decoded = {c.text for p in read_pdf(dialog.pdf) for c in p.codes}
    assert decoded == {items[0].tag, items[1].tag}
    dialog.preview.close()
    dialog.close()

    assert screen.blank_labels_button.text() == "Lege labels…"
    qtbot.mouseClick(screen.blank_labels_button, Qt.MouseButton.LeftButton)
    blank = screen.dialog
    assert isinstance(blank, LabelsDialog) and blank.blank_radio.isChecked()
    blank.close()


def test_borrowers_screen_prints_badges_for_the_selection(qtbot, make_screen, dutch) -> None:
    screen = make_screen(BorrowersScreen)
    click_row(qtbot, screen.table, 0)
    click_row(qtbot, screen.table, 2, ctrl=True)
    chosen = [screen.model.row_at(0).badge, screen.model.row_at(2).badge]
    assert screen.badge_button.text() == "Pas afdrukken"
    qtbot.mouseClick(screen.badge_button, Qt.MouseButton.LeftButton)
    preview = screen.dialog
    assert isinstance(preview, PrintPreviewDialog) and preview.isVisible()
    assert preview.windowTitle() == "Lenerspassen: 2"
    # The job's name is what a print dialog offers as the file name: no colon in it.
    assert preview.make_printer().docName() == "Lenerspassen - 2"
    decoded = {c.text for p in read_pdf(preview.pdf) for c in p.codes}
    assert decoded == set(chosen)
    assert not any(parse_tag(c) for c in decoded)
    preview.close()
