"""Print preview: the PDF as page images, printed at exact size, or saved.

The preview shows pages rasterised with pypdfium2 at screen resolution. Printing sends
the PDF itself wherever the printer takes PDF (every CUPS queue, "print to file"), so text
stays text and every label lands where the document puts it; only a printer without CUPS
gets painted pages, on the full paper at the printer's resolution. After a print the
preview closes and the window behind it says briefly where the pages went.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from lendingdesk.services.print_queue import JobOptions

C = "PrintPreviewDialog"
SCREEN_DPI = 96
MAX_PRINT_DPI = 600
# A tiny label is hard to judge at 1:1; small pages are shown larger (never above this).
MIN_PREVIEW_WIDTH_PX = 420


translate = QCoreApplication.translate


def render_page(pdf: bytes, index: int, dpi: float) -> QImage:
    """Page ``index`` as an RGB image on white paper at ``dpi``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        bitmap = doc[index].render(
            scale=dpi / 72, fill_color=(255, 255, 255, 255), rev_byteorder=True
        )
        image = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB888
            if bitmap.n_channels == 3
            else QImage.Format.Format_RGBX8888,
        )
        return image.copy()  # detach from pdfium's buffer before the document closes
    finally:
        doc.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) of every page in PDF points."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return [tuple(doc[i].get_size()) for i in range(len(doc))]
    finally:
        doc.close()


def print_pdf(pdf: bytes, printer: object) -> int:
    """Print every page at actual size on ``printer`` (a QPrinter set up by the print
    dialog); returns the number of pages sent.

    - A CUPS queue (Linux, macOS) gets the PDF itself (services.print_queue): vector text
      and codes, placed by the document's own coordinates, whatever the printer's margins.
    - "Print to file" writes the PDF itself.
    - Any other printer (Windows) gets the pages painted at its resolution, full page.
    """
    from PySide6.QtPrintSupport import QPrinter

    from lendingdesk.services.print_queue import is_cups_queue, submit_pdf

    assert isinstance(printer, QPrinter)
    sizes = page_sizes(pdf)
    if not sizes:
        return 0
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        Path(printer.outputFileName()).write_bytes(pdf)
        return len(sizes)
    if is_cups_queue(printer.printerName()):
        submit_pdf(
            pdf,
            printer.printerName(),
            title=printer.docName() or "LendingDesk",
            page_size_pt=sizes[0],
            options=_job_options(printer, len(sizes)),
        )
        return len(sizes)
    return paint_pdf(pdf, printer)


def _job_options(printer: object, pages: int) -> JobOptions:
    from PySide6.QtPrintSupport import QPrinter

    from lendingdesk.services.print_queue import JobOptions

    assert isinstance(printer, QPrinter)
    ranges = ""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or pages, pages)
        ranges = f"{first}-{last}"
    sides = {
        QPrinter.DuplexMode.DuplexNone: "one-sided",
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    }.get(printer.duplex(), "")
    return JobOptions(
        copies=printer.copyCount(),
        collate=printer.collateCopies(),
        page_ranges=ranges,
        sides=sides,
    )


def paint_pdf(pdf: bytes, printer: object) -> int:
    """Paint every page as an image at the printer's resolution (at most 600 dpi).

    The fallback for printers that take no PDF. Each page gets a paper size equal to the
    PDF page and the *full* paper: Qt's default layout starts drawing inside the printer's
    unprintable margin, which moved every label by that margin (4.3 mm on an office laser).
    The full-page mode is part of the layout itself, so setting the layout cannot drop it.
    """
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    sizes = page_sizes(pdf)
    painter = QPainter()
    for index, (w_pt, h_pt) in enumerate(sizes):
        layout = QPageLayout(
            QPageSize(
                QSizeF(w_pt / 72 * 25.4, h_pt / 72 * 25.4),
                QPageSize.Unit.Millimeter,
                "",
                QPageSize.SizeMatchPolicy.ExactMatch,
            ),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
        layout.setMode(QPageLayout.Mode.FullPageMode)
        printer.setPageLayout(layout)
        printer.setFullPage(True)
        if index == 0:
            if not painter.begin(printer):
                raise OSError("the printer could not be opened")
        elif not printer.newPage():
            painter.end()
            raise OSError("the printer refused a new page")
        res = printer.resolution()
        image = render_page(pdf, index, min(res, MAX_PRINT_DPI))
        # Device coordinates start at the paper's corner in full-page mode.
        target = QRectF(0, 0, w_pt / 72 * res, h_pt / 72 * res)
        painter.drawImage(target, image)
    if sizes:
        painter.end()
    return len(sizes)


def document_name(title: str) -> str:
    """The print job's name, which print dialogs also offer as the file name of "print to
    file": the window title without characters a file name cannot hold on Windows or macOS
    ("Lenerspassen: 2" becomes "Lenerspassen - 2")."""
    cleaned = re.sub(r'\s*[\\/:*?"<>|]+\s*', " - ", title).strip(" -.")
    return cleaned or "LendingDesk"


class PrintPreviewDialog(QDialog):
    """Shows a PDF page by page; "Print…", "Save as PDF…", "Close"."""

    printed = Signal()
    saved = Signal(str)

    def __init__(
        self,
        pdf: bytes | str | Path,
        title: str,
        parent: QWidget | None = None,
        *,
        printer_name: str = "",
        file_name: str = "",
    ) -> None:
        super().__init__(parent)
        if isinstance(pdf, (str, Path)):
            self.source: Path | None = Path(pdf)
            self.pdf = self.source.read_bytes()
        else:
            self.source = None
            self.pdf = bytes(pdf)
        self.printer_name = printer_name
        self.file_name = file_name or (self.source.name if self.source else "document.pdf")
        self.setWindowTitle(title)
        self.resize(900, 680)
        self.sizes = page_sizes(self.pdf)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 12)
        root.setSpacing(10)
        head = QHBoxLayout()
        head.setContentsMargins(18, 14, 18, 0)
        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.info_label = QLabel(self)
        self.info_label.setStyleSheet("color:#5a6675;")
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.info_label)
        root.addLayout(head)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setStyleSheet("QScrollArea { background:#e4e8ed; }")
        column = QWidget()
        column.setObjectName("pages")
        column.setStyleSheet("#pages { background:#e4e8ed; }")
        pages = QVBoxLayout(column)
        pages.setContentsMargins(24, 24, 24, 24)
        pages.setSpacing(20)
        self.page_labels: list[QLabel] = []
        for index, (w_pt, _h) in enumerate(self.sizes):
            dpi = SCREEN_DPI
            if w_pt / 72 * SCREEN_DPI < MIN_PREVIEW_WIDTH_PX:
                dpi = MIN_PREVIEW_WIDTH_PX * 72 / w_pt
            label = QLabel(column)
            label.setPixmap(QPixmap.fromImage(render_page(self.pdf, index, dpi)))
            # White paper with a soft edge on the grey desk, like the sheet itself.
            label.setStyleSheet("background:white; border:1px solid #b9c2cc;")
            pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        pages.addStretch(1)
        self.scroll.setWidget(column)
        root.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(18, 0, 18, 0)
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet("color:#1d6b3a; font-weight:600;")
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.print_button.setDefault(True)
        self.print_button.setStyleSheet(
            "QPushButton { background:#1f5f99; color:white; border-radius:4px;"
            " padding:7px 18px; font-weight:600; } QPushButton:focus { outline:none; }"
        )
        for b in (self.save_button, self.close_button):
            b.setStyleSheet("QPushButton { padding:7px 14px; }")
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        root.addLayout(buttons)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.print_button.setText(translate("PrintPreviewDialog", "Print…"))
        self.save_button.setText(translate("PrintPreviewDialog", "Save as PDF…"))
        self.close_button.setText(translate("PrintPreviewDialog", "Close"))
        if self.sizes:
            w, h = self.sizes[0]
            size = f"{w / 72 * 25.4:.0f} × {h / 72 * 25.4:.0f} mm"
        else:
            size = ""
        pages = translate("PrintPreviewDialog", "Pages: %n", None, len(self.sizes))
        self.info_label.setText(f"{pages} · {size}" if size else pages)

    def page_count(self) -> int:
        return len(self.sizes)

    # -- actions ------------------------------------------------------------------------------

    def make_printer(self) -> object:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name:
            printer.setPrinterName(self.printer_name)
        printer.setDocName(document_name(self.windowTitle()))
        return printer

    def print_to(self, printer: object) -> int:
        """Print on ``printer``; then close with a short confirmation over the window behind."""
        from PySide6.QtPrintSupport import QPrinter

        assert isinstance(printer, QPrinter)
        pages = print_pdf(self.pdf, printer)
        self.printed.emit()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            where = Path(printer.outputFileName()).name
        else:
            where = printer.printerName()
        text = translate("PrintPreviewDialog", "Sent to %1 (pages: %n).", None, pages).replace(
            "%1", where
        )
        self.status_label.setText(text)
        host = self.parentWidget()
        if host is not None:
            window = host.window()
            self.confirmation = show_confirmation(window, text)
            self.accept()
            # The print dialog took the activation along; hand it back, so that the next
            # scan lands in the window's own field again.
            window.activateWindow()
        return pages

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("PrintPreviewDialog", "Print"))
        if not dialog.exec():  # cancelled
            return
        try:
            self.print_to(printer)
        except OSError:
            self.status_label.setStyleSheet("color:#a1261b; font-weight:600;")
            self.status_label.setText(
                translate(
                    "PrintPreviewDialog",
                    "The printer could not be reached. Check that it is on, or save as PDF.",
                )
            )

    def save_as(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("PrintPreviewDialog", "Save as PDF"),
            str(Path.home() / self.file_name),
            translate("PrintPreviewDialog", "PDF files (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if self.source is not None and self.source.exists():
            shutil.copyfile(self.source, target)
        else:
            target.write_bytes(self.pdf)
        self.status_label.setText(
            translate("PrintPreviewDialog", "Saved as %1.").replace("%1", target.name)
        )
        self.saved.emit(str(target))


CONFIRMATION_MS = 4000


def show_confirmation(window: QWidget, text: str) -> QLabel:
    """A short green note over the middle of ``window`` that goes away by itself.

    It lies over the window's content, clear of its buttons, and lets clicks through.
    """
    label = QLabel(text, window)
    label.setObjectName("printConfirmation")
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    base = window.font().pointSizeF()
    size = (base if base > 0 else 10.0) * 1.4  # a pixel-sized font has no point size
    label.setStyleSheet(
        "#printConfirmation { background:#1d6b3a; color:white; font-weight:600;"
        f" font-size:{size:.1f}pt; border-radius:8px; padding:14px 26px; }}"
    )
    label.adjustSize()
    label.move((window.width() - label.width()) // 2, (window.height() - label.height()) * 11 // 20)
    label.show()
    label.raise_()
    QTimer.singleShot(CONFIRMATION_MS, label.deleteLater)
    return label


def slip_preview(
    path: str | Path, parent: QWidget | None = None, printer_name: str = ""
) -> PrintPreviewDialog:
    """The desk's loan slip or return receipt in the preview (the desk's slip seam)."""
    return PrintPreviewDialog(
        path, translate("PrintPreviewDialog", "Loan slip"), parent, printer_name=printer_name
    )
