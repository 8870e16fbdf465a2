"""Catalogue import: choose a CSV or XLSX file, see every line and every problem (line number
and reason), then import all of it at once -- or nothing, while any line is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.catalogue_import import CatalogueImportService
from lendingdesk.ui.fit import fit_columns, fit_to_screen
from lendingdesk.ui.screens.base import (
    PRIMARY_BUTTON,
    Banner,
    heading,
    readable,
    style_table,
    translate,
    ui_lang,
)


class ImportDialog(QDialog):
    """Preview and all-or-nothing import through ``CatalogueImportService.apply_import``."""

    def __init__(self, service: CatalogueImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.plan: Any = None
        self.path: Path | None = None
        self.result_summary = ""
        self.setModal(True)
        fit_to_screen(self, 1100, 680)
        readable(self, 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        self.heading = heading(self, 16)
        self.heading.setStyleSheet("font-size:17pt; font-weight:700;")  # over the app's 11pt
        self.file_label = QLabel(self)
        self.file_label.setProperty("hint", True)
        self.file_label.setWordWrap(True)
        self.banner = Banner(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.file_label)
        layout.addWidget(self.banner)
        self.rows_label = QLabel(self)
        self.rows_label.setProperty("caption", True)
        layout.addWidget(self.rows_label)
        self.table = QTableWidget(0, 6, self)
        # Line, name, maker, category and count in full; the labels share the rest.
        fit_columns(self.table, elidable=(5,))
        style_table(self.table)
        layout.addWidget(self.table, 3)
        self.errors_label = QLabel(self)
        self.errors_label.setProperty("caption", True)
        layout.addWidget(self.errors_label)
        self.errors = QListWidget(self)
        self.errors.setStyleSheet(
            "QListWidget { color:#8c1d18; background:#fffafa; border:1px solid #f2b8b5;"
            " border-radius:6px; font-size:12pt; } QListWidget::item { padding:4px; }"
        )
        layout.addWidget(self.errors, 1)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton(self)
        self.import_button.setStyleSheet(PRIMARY_BUTTON)
        self.import_button.clicked.connect(self.apply)
        self.import_button.setEnabled(False)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(translate("ImportDialog", "Import catalogue"))
        self.heading.setText(translate("ImportDialog", "Import catalogue"))
        self.choose_button.setText(translate("ImportDialog", "Choose file…"))
        self.reload_button.setText(translate("ImportDialog", "Read again"))
        self.reload_button.setToolTip(
            translate("ImportDialog", "Read the same file again after correcting it")
        )
        self.cancel_button.setText(translate("ImportDialog", "Close"))
        self.import_button.setText(translate("ImportDialog", "Import"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Line"),
                translate("ImportDialog", "Product"),
                translate("ImportDialog", "Maker"),
                translate("ImportDialog", "Category"),
                translate("ImportDialog", "Items"),
                translate("ImportDialog", "Labels"),
            ]
        )
        self._describe()

    def choose_file(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Choose a catalogue file"),
            "",
            translate("ImportDialog", "Catalogue (*.csv *.xlsx)"),
        )
        if not path:
            return False
        self.load(path)
        return True

    def reload(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def load(self, path: str | Path) -> None:
        from lendingdesk.exchange.importer import read_catalogue

        self.path = Path(path)
        self.banner.clear_message()
        try:
            self.plan = read_catalogue(self.path)
        except LendingError as exc:
            self.plan = None
            self.banner.error(exc.message(ui_lang()))
        self._fill()

    def _fill(self) -> None:
        plan = self.plan
        rows = plan.rows if plan else ()
        self.table.setRowCount(len(rows))
        bad_lines = {e.line for e in plan.errors} if plan else set()
        for index, row in enumerate(rows):
            cells = [
                str(row.line),
                row.name,
                row.maker,
                row.category,
                str(row.item_count),
                ", ".join(row.tags),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if row.line in bad_lines:
                    cell.setBackground(Qt.GlobalColor.yellow)
                self.table.setItem(index, column, cell)
        self.errors.clear()
        lang = ui_lang()
        for error in plan.errors if plan else ():
            self.errors.addItem(self.error_line(error, lang))
        for note in plan.warnings if plan else ():  # imported as text, but worth a look
            self.errors.addItem("⚠ " + self.error_line(note, lang))
        self.import_button.setEnabled(bool(plan and plan.ok and plan.rows))
        self._describe()

    @staticmethod
    def error_line(error: Any, lang: str) -> str:
        where = (
            translate("ImportDialog", "Line %1").replace("%1", str(error.line))
            if error.line
            else translate("ImportDialog", "File")
        )
        column = f" · {error.column}" if error.column else ""
        text = error.problem.render(lang)
        return f"{where}{column}: {text}"

    def _describe(self) -> None:
        plan = self.plan
        if self.path is None:
            self.file_label.setText(
                translate(
                    "ImportDialog",
                    "Choose a CSV or Excel file with one product per line (name, maker, …).",
                )
            )
        else:
            ignored = ", ".join(plan.ignored_columns) if plan else ""
            text = translate("ImportDialog", "File: %1").replace("%1", str(self.path))
            if ignored:
                text += " · " + translate("ImportDialog", "columns not used: %1").replace(
                    "%1", ignored
                )
            self.file_label.setText(text)
        count = len(plan.rows) if plan else 0
        self.rows_label.setText(
            QCoreApplication.translate("ImportDialog", "%n product line(s) read", None, count)
        )
        errors = len(plan.errors) if plan else 0
        self.errors_label.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "%n problem(s): correct the file, then press “Read again”",
                None,
                errors,
            )
            if errors
            else translate("ImportDialog", "No problems found")
        )
        self.errors.setVisible(bool(errors or (plan and plan.warnings)))

    def apply(self) -> None:
        if not self.plan or not self.plan.ok:
            return
        try:
            result = self.service.apply_import(self.plan)
        except LendingError as exc:
            errors = getattr(exc, "errors", ())
            self.errors.clear()
            for error in errors:
                self.errors.addItem(self.error_line(error, ui_lang()))
            self.errors.setVisible(bool(errors))
            self.banner.error(exc.message(ui_lang()))
            self.import_button.setEnabled(False)
            return
        self.result_summary = " ".join(
            (
                translate("ImportDialog", "Catalogue imported:"),
                translate("ImportDialog", "%n new product(s),", None, result.products_created),
                translate("ImportDialog", "%n updated,", None, result.products_updated),
                translate("ImportDialog", "%n new item(s).", None, result.items_created),
            )
        )
        self.accept()
