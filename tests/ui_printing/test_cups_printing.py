"""Printing through a real print system: a private CUPS server with real queues.

What the queue produced is read back like a scanner and a PDF reader would, and compared
with the PDF the app made: page size, where every QR code lands (zxing-cpp), whether text
is still text. The office queue has 12 pt (4.2 mm) unprintable margins, the condition
under which Qt's page layout used to shift every label by the margin.
"""

from __future__ import annotations

import io
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from lendingdesk.documents import (
    BadgeOptions,
    BadgeSpec,
    LabelOptions,
    render_badges,
    render_labels,
)
from lendingdesk.domain.codes import format_badge
from lendingdesk.ui.printing.preview_dialog import PrintPreviewDialog, paint_pdf, print_pdf
from tests.documents.pdfcheck import Found, Page, normalise, read_pdf
from tests.documents.samples import label_specs
from tests.ui_printing import dymo_stream
from tests.ui_printing.conftest import lend_and_open_the_slip
from tests.ui_printing.cups_server import CupsServer, cups_pdf_output_dir, tool

OFFICE, DYMO = "ld-office", "ld-dymo"
TOLERANCE_MM = 0.5


def labels_pdf(template: str, count: int) -> bytes:
    out = io.BytesIO()
    render_labels(label_specs(count), LabelOptions(template=template), out)
    return out.getvalue()


def desk_window(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    window = QWidget()
    window.resize(1280, 720)
    qtbot.addWidget(window)
    window.show()
    return window


def accept_print_dialog_when_shown(seen: list[str]) -> None:
    """Press "Print" in the system's print dialog once it is on screen."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(50, press)
            return
        seen.append(dialog.printer().printerName())
        dialog.accept()

    QTimer.singleShot(50, press)


class Collector:
    """What a cups-pdf queue wrote for the jobs sent after it was made."""

    def __init__(self, cups: CupsServer, queue: str) -> None:
        self.cups, self.queue = cups, queue
        self.folder = cups_pdf_output_dir()
        self.before = self._files()

    def _files(self) -> set[Path]:
        return set(self.folder.glob("*.pdf")) if self.folder.exists() else set()

    def pdf(self) -> bytes:
        self.cups.wait_until_done(self.queue)
        (new,) = self._files() - self.before
        data = new.read_bytes()
        new.unlink()
        return data


def print_with_the_preview(qtbot, preview: PrintPreviewDialog) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    accept_print_dialog_when_shown(seen)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    return seen


def assert_same_places(direct: Page, printed: Page) -> float:
    """Every code of ``direct`` is on ``printed``, within the tolerance; returns the worst."""
    assert abs(printed.width_mm - direct.width_mm) < TOLERANCE_MM
    assert abs(printed.height_mm - direct.height_mm) < TOLERANCE_MM
    where: dict[str, Found] = {c.text: c for c in printed.codes}
    assert sorted(where) == sorted(c.text for c in direct.codes)
    worst = 0.0
    for code in direct.codes:
        moved = max(abs(where[code.text].x - code.x), abs(where[code.text].y - code.y))
        assert moved < TOLERANCE_MM, (code.text, where[code.text], code)
        worst = max(worst, moved)
    return worst


def ascii_words(text: str) -> list[str]:
    """The words of ``text`` without accented letters: cups-pdf renders the job through
    PostScript, which keeps every glyph and its font but not the map back to Unicode for
    letters such as "É", so only plain words can be compared as text."""
    return [w for w in normalise(text).split() if w.isascii() and w.isprintable()]


def fonts(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(
        [tool("pdffonts") or "pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    return lines[2:]


def badges_pdf(count: int) -> bytes:
    out = io.BytesIO()
    specs = [
        BadgeSpec(format_badge(100 + i), f"Zorgverlener {i + 1}", "Team Lindehof", "De Één")
        for i in range(count)
    ]
    render_badges(specs, out, BadgeOptions())
    return out.getvalue()


@pytest.mark.parametrize(
    ("what", "codes"), [("labels", 21), ("badges", 10)], ids=["avery-l7160", "badges-a4"]
)
def test_sheets_land_true_and_stay_vector_on_a_printer_with_margins(
    qtbot, cups, tmp_path, what, codes
) -> None:  # type: ignore[no-untyped-def]
    pdf = labels_pdf("avery-l7160", codes) if what == "labels" else badges_pdf(codes)
    window = desk_window(qtbot)
    preview = PrintPreviewDialog(pdf, what, window, printer_name=OFFICE)
    preview.show()
    collector = Collector(cups, OFFICE)

    assert print_with_the_preview(qtbot, preview) == [OFFICE]

    printed = collector.pdf()
    (direct,), (page,) = read_pdf(pdf), read_pdf(printed)
    assert len(page.codes) == codes
    assert_same_places(direct, page)
    # The document itself went to the queue: text is text, fonts are embedded, no images.
    assert page.image_objects == 0
    missing = Counter(ascii_words(direct.text)) - Counter(normalise(page.text).split())
    assert not missing, missing
    embedded = fonts(printed, tmp_path)
    assert embedded and all(" yes " in line for line in embedded), embedded
    # The preview closed and the desk says where the pages went.
    assert not preview.isVisible()
    note = window.findChild(QWidget, "printConfirmation")
    assert note is not None and note.isVisible()
    assert note.text() == f"Sent to {OFFICE} (pages: 1)."


def test_painted_pages_land_true_on_a_printer_with_margins(qtbot, cups) -> None:  # type: ignore[no-untyped-def]
    """The fallback for printers without CUPS, driven through the same print dialog."""
    pdf = labels_pdf("avery-l7163", 14)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(OFFICE)
    printer.setDocName("Etiketten geschilderd")
    dialog = QPrintDialog(printer)
    seen: list[str] = []
    accept_print_dialog_when_shown(seen)
    assert dialog.exec() and seen == [OFFICE]
    collector = Collector(cups, OFFICE)

    assert paint_pdf(pdf, printer) == 1

    (direct,), (page,) = read_pdf(pdf), read_pdf(collector.pdf())
    assert page.image_objects == 1 and len(page.codes) == 14
    assert_same_places(direct, page)


def test_the_slip_prints_as_text_and_the_preview_closes(
    qtbot, cups, make_window, cat, scan_clock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    preview = lend_and_open_the_slip(qtbot, scan_clock, cat)
    preview.printer_name = OFFICE  # the desk's slip printer
    collector = Collector(cups, OFFICE)

    print_with_the_preview(qtbot, preview)

    printed = collector.pdf()
    (direct,), (page,) = read_pdf(preview.pdf), read_pdf(printed)
    assert page.image_objects == 0
    assert cat.paro[0] in page.text and len(page.text) > 0.9 * len(direct.text)
    assert len(printed) < 200_000  # was a 2.3 MB page image
    embedded = fonts(printed, tmp_path)
    assert embedded and all(" yes " in line for line in embedded), embedded
    assert_same_places(direct, page)
    assert not preview.isVisible()
    note = window.findChild(QWidget, "printConfirmation")
    assert note is not None and note.isVisible()
    assert note.text() == f"Naar {OFFICE} gestuurd (1 pagina)."  # the desk speaks Dutch
    # The next scan goes to the desk again.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.ui.codeEdit)


def dymo_labels(cups: CupsServer) -> list[Image.Image]:
    cups.wait_until_done(DYMO)
    return dymo_stream.labels((cups.root / "out" / f"{DYMO}.prn").read_bytes())


# Where the LabelWriter 450 driver's first printed dot lies on each label, as fed, from its
# PPD's ImageableArea: 99012 "4.32 4.32 98.40 234.96" on a 102 x 252 pt page, fed short
# end first (the landscape label turned a quarter clockwise); 11354 "2.88 4.32 159.12 85.68"
# on a 162 x 90 pt page, fed as it reads.
ROLLS = {
    "dymo-99012": (-90, (4.32, 252 - 234.96)),
    "dymo-11354": (0, (2.88, 90 - 85.68)),
}


def dark(image: Image.Image) -> int:
    return sum(image.point(lambda v: 1 if v < 128 else 0).histogram()[1:])


@pytest.mark.parametrize("template", sorted(ROLLS))
def test_roll_labels_print_at_true_size_with_nothing_cut_off(qtbot, cups, template) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium
    import zxingcpp

    turn, origin_pt = ROLLS[template]
    pdf = labels_pdf(template, 2)
    window = desk_window(qtbot)
    preview = PrintPreviewDialog(pdf, "Etiketten", window, printer_name=DYMO)
    preview.show()

    assert print_with_the_preview(qtbot, preview) == [DYMO]

    printed = dymo_labels(cups)
    assert len(printed) == 2
    mm = dymo_stream.DPI / 25.4
    origin = [v / 72 * dymo_stream.DPI for v in origin_pt]
    doc = pdfium.PdfDocument(pdf)
    try:
        for index, label in enumerate(printed):
            direct = (
                doc[index]
                .render(scale=dymo_stream.DPI / 72, grayscale=True, fill_color=(255, 255, 255, 255))
                .to_pil()
                .rotate(turn, expand=True)
            )
            (want,) = zxingcpp.read_barcodes(direct)
            (got,) = zxingcpp.read_barcodes(label)
            assert got.text == want.text
            for a, b in zip(str(want.position).split(), str(got.position).split(), strict=True):
                (ax, ay), (bx, by) = (map(int, p.split("x")) for p in (a, b))
                # True size and true place: every corner where the document puts it.
                assert abs(bx - (ax - origin[0])) / mm < TOLERANCE_MM, (want.position, got.position)
                assert abs(by - (ay - origin[1])) / mm < TOLERANCE_MM, (want.position, got.position)
            # Nothing cut off: the driver printed (nearly) every dark dot of the label.
            assert dark(label) > 0.97 * dark(direct), (dark(label), dark(direct))
    finally:
        doc.close()


def test_a_queue_that_refuses_jobs_is_said_plainly_and_the_preview_stays(qtbot, cups) -> None:  # type: ignore[no-untyped-def]
    pdf = labels_pdf("avery-l7160", 3)
    window = desk_window(qtbot)
    preview = PrintPreviewDialog(pdf, "Etiketten", window, printer_name=OFFICE)
    preview.show()
    printed: list[bool] = []
    preview.printed.connect(lambda: printed.append(True))
    cups.run("cupsreject", OFFICE)
    try:
        print_with_the_preview(qtbot, preview)
    finally:
        cups.run("cupsaccept", OFFICE)
    assert printed == []  # labels still count as new
    assert preview.isVisible()
    assert preview.status_label.text().startswith("The printer could not be reached.")
    assert window.findChild(QWidget, "printConfirmation") is None


def test_copies_and_pages_chosen_in_the_print_dialog_reach_the_queue(qtbot, cups) -> None:  # type: ignore[no-untyped-def]
    import zxingcpp

    specs = label_specs(3)
    pdf = labels_pdf("dymo-99012", 3)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(DYMO)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    dialog = QPrintDialog(printer)
    seen: list[str] = []
    accept_print_dialog_when_shown(seen)
    assert dialog.exec() and seen == [DYMO]

    assert print_pdf(pdf, printer) == 3

    printed = [zxingcpp.read_barcodes(label)[0].text for label in dymo_labels(cups)]
    second, third = specs[1].tag, specs[2].tag
    assert printed == [second, third, second, third]


def test_each_page_goes_out_on_the_queues_own_medium(cups) -> None:  # type: ignore[no-untyped-def]
    """The medium CUPS is asked for is the queue's own, in the way the printer feeds it: the
    driver's margins and feed then apply, and CUPS turns a landscape label, never scales."""
    from lendingdesk.services.print_queue import media_for, queue_media

    def size(name: str, queue: str) -> tuple[float, float]:
        ((w, h),) = [(w, h) for n, w, h in queue_media(queue) if n == name]
        return w, h

    mm = 72 / 25.4
    assert size(media_for(OFFICE, 210 * mm, 297 * mm), OFFICE) == pytest.approx((210, 297), abs=0.2)
    # Dymo 99012 is fed short side first (35.7 x 88.6 mm as listed), 11354 long side first.
    assert size(media_for(DYMO, 89 * mm, 36 * mm), DYMO) == (35.73, 88.56)
    assert size(media_for(DYMO, 57 * mm, 32 * mm), DYMO) == (57.15, 31.75)
    # A page that is none of the queue's media keeps its own size.
    assert media_for(DYMO, 100 * mm, 150 * mm) == "custom_lendingdesk_100.00x150.00mm"
