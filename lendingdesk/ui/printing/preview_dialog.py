"""Print preview: the PDF as page images, printed through Qt at exact size, or saved.

The PySide6 wheels here have no QtPdf, so pages are rasterised with pypdfium2: at screen
resolution for the preview, at the printer's resolution (at most 600 dpi) for printing.
Labels must come out at their real size, so printing uses the full paper and maps PDF
points to device pixels from the printer's resolution; nothing is scaled to fit.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, Signal
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
    """Print every page at actual size on ``printer`` (a QPrinter); returns pages printed.

    Each page gets a paper size equal to the PDF page, the full paper (no margins), and the
    image is drawn into a rectangle measured in device pixels from the printer's resolution.
    """
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    sizes = page_sizes(pdf)
    printer.setFullPage(True)
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
        printer.setPageLayout(layout)
        if index == 0:
            if not painter.begin(printer):
                raise OSError("the printer could not be opened")
        elif not printer.newPage():
            painter.end()
            raise OSError("the printer refused a new page")
        res = printer.resolution()
        image = render_page(pdf, index, min(res, MAX_PRINT_DPI))
        target = QRectF(0, 0, w_pt / 72 * res, h_pt / 72 * res)
        painter.drawImage(target, image)
    if sizes:
        painter.end()
    return len(sizes)


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
        printer.setDocName(self.windowTitle())
        return printer

    def print_to(self, printer: object) -> int:
        pages = print_pdf(self.pdf, printer)
        self.status_label.setText(
            translate("PrintPreviewDialog", "Sent to the printer (pages: %n).", None, pages)
        )
        self.printed.emit()
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


def slip_preview(
    path: str | Path, parent: QWidget | None = None, printer_name: str = ""
) -> PrintPreviewDialog:
    """The desk's loan slip or return receipt in the preview (the desk's slip seam)."""
    return PrintPreviewDialog(
        path, translate("PrintPreviewDialog", "Loan slip"), parent, printer_name=printer_name
    )
