"""The labels dialog, the print preview, printing at exact size, saving, and the desk's slip:
driven by clicks and keys into real widgets, the PDFs read back the way a scanner sees them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel
from sqlalchemy import select

from lendingdesk.documents import get_template
from lendingdesk.domain.codes import parse_badge, parse_tag
from lendingdesk.store.models import Item
from lendingdesk.ui.desk.desk_settings import DeskSettings
from lendingdesk.ui.printing.labels_dialog import LabelsDialog
from lendingdesk.ui.printing.preview_dialog import PrintPreviewDialog
from tests.documents.pdfcheck import read_pdf
from tests.ui_printing.conftest import lend_and_open_the_slip

# Qt's PDF writer stores page sizes in whole points: up to half a point (0.18 mm) off.
PAGE_TOLERANCE_MM = 0.2
# One pixel at pdfcheck's 150 dpi is 0.17 mm; positions after a print round trip agree to 2.
POSITION_TOLERANCE_MM = 0.4


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def toggle(qtbot, check) -> None:
    """Tick or untick a checkbox from the keyboard."""
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)


def type_number(qtbot, spin, value: int) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def choose_template(qtbot, dialog: LabelsDialog, name: str) -> None:
    combo = dialog.template_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == name:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == name


def make_dialog(qtbot, db, **kwargs) -> LabelsDialog:
    dialog = LabelsDialog(db, kwargs.pop("settings", DeskSettings()), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def codes(pdf: bytes) -> list[str]:
    return [c.text for page in read_pdf(pdf, barcodes=True) for c in page.codes]


def printed_flags(db, tags) -> dict[str, bool]:
    with db.session() as s:
        rows = s.scalars(select(Item).where(Item.tag.in_(list(tags))))
        return {i.tag: i.label_printed for i in rows}


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_selected_items_land_at_the_chosen_start_position(qtbot, db, cat) -> None:
    chosen = [cat.paro[0], cat.paro[2]]
    dialog = make_dialog(
        qtbot, db, selected_tags=chosen, product_tags=cat.paro, product_name="PARO robotzeehond"
    )
    assert dialog.selected_radio.isChecked()
    choose_template(qtbot, dialog, "avery-l7160")
    type_number(qtbot, dialog.start_spin, 8)
    toggle(qtbot, dialog.barcode_check)
    click(qtbot, dialog.preview_button)
    assert dialog.preview is not None and dialog.preview.isVisible()

    (page,) = read_pdf(dialog.pdf, barcodes=True)
    template = get_template("avery-l7160")
    for position, tag in zip((8, 9), chosen, strict=True):
        rect = template.label_rect(position)
        inside = {
            (c.text, c.format)
            for c in page.codes
            if rect.x <= c.x <= rect.x + rect.w and rect.y <= c.y <= rect.y + rect.h
        }
        assert {text for text, _f in inside} == {tag}
        assert {f for _t, f in inside} == {"QRCode", "Code128"}
    assert {c.text for c in page.codes} == set(chosen)
    # A preview is not a print: the labels still count as new until printed or saved.
    assert printed_flags(db, chosen) == dict.fromkeys(chosen, False)


def test_start_position_is_off_for_a_roll(qtbot, db, cat) -> None:
    dialog = make_dialog(qtbot, db, selected_tags=cat.paro[:1])
    assert dialog.start_spin.isEnabled()
    choose_template(qtbot, dialog, "dymo-11354")
    assert not dialog.start_spin.isEnabled()
    assert dialog.options().start_position == 1


def test_label_printer_chooses_the_medium(qtbot, db) -> None:
    dialog = make_dialog(qtbot, db, settings=DeskSettings(label_printer="DYMO LabelWriter 450"))
    assert dialog.template_name() == "dymo-11354"
    assert dialog.unprinted_radio.isChecked() and not dialog.selected_radio.isEnabled()


def test_blank_tags_are_fresh_and_valid(qtbot, db, cat) -> None:
    dialog = make_dialog(qtbot, db)
    click(qtbot, dialog.blank_radio)
    assert dialog.blank_spin.isEnabled()
    type_number(qtbot, dialog.blank_spin, 5)
    click(qtbot, dialog.preview_button)
    first = codes(dialog.pdf)
    assert len(first) == 5 and all(parse_tag(c) == c for c in first)
    with db.session() as s:
        existing = set(s.scalars(select(Item.tag)))
    assert not existing & set(first)
    dialog.preview.close()
    click(qtbot, dialog.preview_button)
    second = codes(dialog.pdf)
    assert len(second) == 5 and not set(first) & set(second)


def test_printing_marks_new_items_and_the_new_run_skips_them(qtbot, db, cat, tmp_path) -> None:
    dialog = make_dialog(qtbot, db)
    click(qtbot, dialog.unprinted_radio)
    click(qtbot, dialog.preview_button)
    everything = set(codes(dialog.pdf))
    assert set(cat.paro) <= everything
    dialog.preview.print_to(pdf_printer(tmp_path / "printed.pdf"))
    assert all(printed_flags(db, everything).values())
    dialog.preview.close()
    click(qtbot, dialog.preview_button)
    assert dialog.preview is not None and not dialog.preview.isVisible()
    assert "alle producten hebben al een label" in dialog.error_label.text()
    assert dialog.error_label.isVisible()


def test_preview_counts_pages(qtbot, db, cat) -> None:
    dialog = make_dialog(qtbot, db)
    click(qtbot, dialog.blank_radio)
    type_number(qtbot, dialog.blank_spin, 25)  # 21 to an Avery L7160 sheet
    click(qtbot, dialog.preview_button)
    preview = dialog.preview
    assert preview.page_count() == 2 and len(preview.page_labels) == 2
    assert "2" in preview.info_label.text() and "210 × 297 mm" in preview.info_label.text()
    assert not preview.page_labels[0].pixmap().isNull()


def test_printing_keeps_the_label_at_its_real_size(qtbot, db, cat, tmp_path) -> None:
    dialog = make_dialog(qtbot, db, selected_tags=cat.paro[:2])
    choose_template(qtbot, dialog, "dymo-11354")
    toggle(qtbot, dialog.barcode_check)
    click(qtbot, dialog.preview_button)
    out = tmp_path / "printer.pdf"
    assert dialog.preview.print_to(pdf_printer(out)) == 2

    original = read_pdf(dialog.pdf, barcodes=True)
    printed = read_pdf(out.read_bytes(), barcodes=True)
    assert len(printed) == 2
    for before, after, tag in zip(original, printed, cat.paro[:2], strict=True):
        assert abs(after.width_mm - 57) <= PAGE_TOLERANCE_MM
        assert abs(after.height_mm - 32) <= PAGE_TOLERANCE_MM
        assert {c.text for c in after.codes} == {tag}
        assert {c.format for c in after.codes} == {"QRCode", "Code128"}
        for a, b in zip(
            sorted(before.codes, key=lambda c: c.format),
            sorted(after.codes, key=lambda c: c.format),
            strict=True,
        ):
            assert abs(a.x - b.x) <= POSITION_TOLERANCE_MM
            assert abs(a.y - b.y) <= POSITION_TOLERANCE_MM
            assert abs(a.side - b.side) <= POSITION_TOLERANCE_MM
    assert all(printed_flags(db, cat.paro[:2]).values())


def test_save_as_copies_the_pdf(qtbot, db, cat, tmp_path, monkeypatch) -> None:
    source = tmp_path / "slip.pdf"
    dialog = make_dialog(qtbot, db, selected_tags=cat.paro[:1])
    click(qtbot, dialog.preview_button)
    source.write_bytes(dialog.pdf)
    preview = PrintPreviewDialog(source, "Bon")
    qtbot.addWidget(preview)
    preview.show()
    target = tmp_path / "bewaard" / "kopie"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(preview.saved) as saved:
        click(qtbot, preview.save_button)
    assert saved.args == [str(target.with_suffix(".pdf"))]
    assert target.with_suffix(".pdf").read_bytes() == source.read_bytes()
    assert "kopie.pdf" in preview.status_label.text()

    # The labels dialog's own preview: saving counts as printed.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "labels.pdf"), "")
    )
    click(qtbot, dialog.preview.save_button)
    assert (tmp_path / "labels.pdf").read_bytes() == dialog.pdf
    assert printed_flags(db, cat.paro[:1]) == {cat.paro[0]: True}

    # Cancelled: nothing written, nothing marked.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    click(qtbot, preview.save_button)
    assert sorted(p.name for p in (tmp_path / "bewaard").iterdir()) == ["kopie.pdf"]


def test_finished_session_opens_the_slip_preview(qtbot, make_window, cat, scan_clock) -> None:
    window = make_window()
    preview = lend_and_open_the_slip(qtbot, scan_clock, cat)
    assert preview.windowTitle() == "Uitleenbon"
    assert preview.page_count() == 1
    found = codes(preview.pdf)
    assert cat.paro[0] in {parse_tag(c) for c in found}
    assert cat.sanne in {parse_badge(c) for c in found}
    preview.close()
    window.activateWindow()


def test_print_button_goes_through_the_print_dialog(qtbot, db, cat, tmp_path, monkeypatch) -> None:
    import PySide6.QtPrintSupport as print_support

    out = tmp_path / "chosen-printer.pdf"
    shown: list[str] = []

    class ChosenPrinter:
        """The system's print dialog, where the user picks a printer that writes a PDF."""

        def __init__(self, printer: QPrinter, _parent) -> None:
            shown.append(printer.printerName())
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(print_support, "QPrintDialog", ChosenPrinter)
    dialog = make_dialog(qtbot, db, selected_tags=cat.paro[:1])
    click(qtbot, dialog.preview_button)
    click(qtbot, dialog.preview.print_button)
    assert len(shown) == 1
    assert codes(out.read_bytes()) == [cat.paro[0]]
    assert printed_flags(db, cat.paro[:1]) == {cat.paro[0]: True}
    # "Print to file" writes the document itself; the preview closes and says where it went.
    assert not dialog.preview.isVisible()
    note = dialog.findChild(QLabel, "printConfirmation")
    assert note is not None and note.text() == "Sent to chosen-printer.pdf (pages: 1)."
