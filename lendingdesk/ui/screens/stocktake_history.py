"""The stock-take history (Ctrl+H on the Stock-take screen): every saved stock-take, newest
first, with its counts; the chosen one exported as a PDF report (Ctrl+P) or as CSV (Ctrl+E)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.domain.stocktake import CLASSES
from lendingdesk.errors import LendingError
from lendingdesk.services.views.stocktake import SavedStocktake, StocktakeView
from lendingdesk.ui.busy import run_busy
from lendingdesk.ui.i18n import format_date
from lendingdesk.ui.screens.base import (
    Banner,
    bind_button,
    fill_table,
    heading,
    propagate_fonts,
    readable,
    show_key_hints,
    style_table,
    translate,
    ui_lang,
)
from lendingdesk.ui.tasks import TaskRunner


class StocktakeHistoryDialog(QDialog):
    def __init__(self, services: StocktakeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stocktakeHistory")
        self.services = services
        self.rows: list[SavedStocktake] = []
        self.task: TaskRunner | None = None  # the export running now (tests wait for it)
        readable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.headline = heading(self, 16)
        self.table = style_table(QTableWidget(0, 9, self))
        self.table.setObjectName("historyTable")
        self.banner = Banner(self)
        buttons = QHBoxLayout()
        self.pdfButton = QPushButton(self)
        self.csvButton = QPushButton(self)
        self.closeButton = QPushButton(self)
        for button in (self.pdfButton, self.csvButton, self.closeButton):
            button.setAutoDefault(False)
        self.pdfButton.clicked.connect(lambda: self.export("pdf"))
        self.csvButton.clicked.connect(lambda: self.export("csv"))
        self.closeButton.clicked.connect(self.accept)
        bind_button(self, self.pdfButton, "Ctrl+P")
        bind_button(self, self.csvButton, "Ctrl+E")
        buttons.addWidget(self.pdfButton)
        buttons.addWidget(self.csvButton)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.resize(1200, 560)
        self.retranslate()
        propagate_fonts(self)
        self.reload()
        self.table.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("StocktakeHistory", "Stock-take history"))
        self.headline.setText(translate("StocktakeHistory", "Stock-takes done, newest first"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("StocktakeHistory", "Date"),
                translate("StocktakeHistory", "Location"),
                translate("StocktakeHistory", "By"),
                translate("StocktakeHistory", "Scanned"),
                translate("StocktakeHistory", "Found"),
                translate("StocktakeHistory", "Missing"),
                translate("StocktakeHistory", "Wrong place"),
                translate("StocktakeHistory", "On loan"),
                translate("StocktakeHistory", "Unknown"),
            ]
        )
        self.pdfButton.setText(translate("StocktakeHistory", "PDF report…"))
        self.csvButton.setText(translate("StocktakeHistory", "CSV for a spreadsheet…"))
        self.closeButton.setText(translate("StocktakeHistory", "Close"))
        show_key_hints(self)

    def reload(self) -> None:
        try:
            self.rows = list(self.services.history())
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return
        lang = ui_lang()
        lines = []
        for row in self.rows:
            c = row.counts
            lines.append(
                (
                    f"{format_date(row.at.date(), lang, long=False)} {row.at:%H:%M}",
                    row.location,
                    row.by or "–",
                    str(row.scanned),
                    *(str(c[name]) for name in CLASSES),
                )
            )
        fill_table(self.table, lines)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the long place names
        if self.rows:
            self.table.selectRow(0)
        else:
            self.banner.info(translate("StocktakeHistory", "No stock-take has been finished yet."))
        self.pdfButton.setEnabled(bool(self.rows))
        self.csvButton.setEnabled(bool(self.rows))

    def chosen(self) -> SavedStocktake | None:
        picked = self.table.selectionModel().selectedRows()
        return self.rows[picked[0].row()] if picked else None

    def ask_path(self, kind: str, row: SavedStocktake) -> str | None:
        name = f"inventarisatie-{row.at:%Y-%m-%d-%H%M}.{kind}"
        filters = {
            "pdf": translate("StocktakeHistory", "PDF files (*.pdf)"),
            "csv": translate("StocktakeHistory", "CSV files (*.csv)"),
        }
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("StocktakeHistory", "Save the stock-take"), name, filters[kind]
        )
        return path or None

    def export(self, kind: str) -> None:
        row = self.chosen()
        if row is None:
            return
        path = self.ask_path(kind, row)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        lang = ui_lang()
        services = self.services

        def work() -> int:
            if kind == "pdf":
                return services.export_pdf(row.id, target, lang=lang)
            return services.export_csv(row.id, target, lang=lang)

        def back() -> None:  # the busy note had the keyboard
            self.activateWindow()
            self.table.setFocus()

        def done(_result: int) -> None:
            back()
            self.banner.ok(translate("StocktakeHistory", "Saved: %1").replace("%1", str(target)))

        def failed(error: BaseException) -> None:
            back()
            if isinstance(error, LendingError):
                self.banner.error(error.message(lang))
            elif isinstance(error, OSError):
                self.banner.error(
                    translate("StocktakeHistory", "The file could not be written: %1").replace(
                        "%1", error.strerror or str(error)
                    )
                )
            else:
                raise error

        # A regional stock-take's report takes seconds: off the GUI thread, behind a busy note.
        self.task = run_busy(
            self, translate("StocktakeHistory", "Writing the stock-take…"), work, done, failed
        )
