"""Maintenance planning, opened from the Cleaning screen (Ctrl+O): the checks that are overdue
or due soon, and recording one (who, result, cost); and the kit parts that did not come back,
to find or to re-order (Ctrl+2), each taken off the list with one key when it is back.

Everything by keyboard and scanner: scanning an item's label here selects its first check in
the list and fills in the form below; Enter records it. The list is overdue first (red when the
check blocks lending), then due soon.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.domain.context import to_local
from lendingdesk.domain.kits import MissingPart
from lendingdesk.domain.maintenance import DueCheck
from lendingdesk.errors import LendingError
from lendingdesk.services.views.maintenance import MaintenanceView
from lendingdesk.ui.i18n import format_date
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans
from lendingdesk.ui.screens.base import (
    PRIMARY_BUTTON,
    Banner,
    bind_button,
    bind_key,
    fill_table,
    heading,
    propagate_fonts,
    readable,
    show_key_hints,
    style_table,
    translate,
    ui_lang,
)

HORIZON_DAYS = 30
OVERDUE_BLOCKING = "#fde8e6"
OVERDUE = "#fff4d6"


class MaintenanceDialog(QDialog):
    def __init__(
        self, services: MaintenanceView, *, by: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("maintenanceDialog")
        self.services = services
        self.rows: list[DueCheck] = []
        self.changed = False  # something was recorded: the screen behind reloads
        readable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.headline = heading(self, 16)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color:#4a5a6a;")
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)
        self.table = style_table(QTableWidget(0, 6, self))
        self.table.setObjectName("dueTable")
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.parts_rows: list[MissingPart] = []
        parts_page = QWidget(self)
        parts_layout = QVBoxLayout(parts_page)
        self.partsTable = style_table(QTableWidget(0, 6, parts_page))
        self.partsTable.setObjectName("partsTable")
        part_buttons = QHBoxLayout()
        self.foundButton = QPushButton(parts_page)
        self.foundButton.setObjectName("foundButton")
        self.replacedButton = QPushButton(parts_page)
        self.replacedButton.setObjectName("replacedButton")
        self.foundButton.clicked.connect(lambda: self.part_back("found"))
        self.replacedButton.clicked.connect(lambda: self.part_back("replaced"))
        bind_button(self, self.foundButton, "Ctrl+G")
        bind_button(self, self.replacedButton, "Ctrl+B")
        part_buttons.addWidget(self.foundButton)
        part_buttons.addWidget(self.replacedButton)
        part_buttons.addStretch(1)
        parts_layout.addWidget(self.partsTable, 1)
        parts_layout.addLayout(part_buttons)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(parts_page, "")
        bind_key(self, "Ctrl+1", lambda: self.tabs.setCurrentIndex(0))
        bind_key(self, "Ctrl+2", lambda: self.tabs.setCurrentIndex(1))
        self.form = QFormLayout()
        self.form.setSpacing(8)
        self.tagEdit = QLineEdit(self)
        self.tagEdit.setObjectName("tagEdit")
        self.checkBox = QComboBox(self)
        self.checkBox.setObjectName("checkBox")
        self.byEdit = QLineEdit(by, self)
        self.byEdit.setObjectName("byEdit")
        self.resultEdit = QLineEdit(self)
        self.resultEdit.setObjectName("resultEdit")
        self.costEdit = QLineEdit(self)
        self.costEdit.setObjectName("costEdit")
        self.costEdit.setMaximumWidth(160)
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(
            self.labels,
            (self.tagEdit, self.checkBox, self.byEdit, self.resultEdit, self.costEdit),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.tagEdit.returnPressed.connect(self._tag_entered)
        for edit in (self.byEdit, self.resultEdit, self.costEdit):
            edit.returnPressed.connect(self.record)
        buttons = QHBoxLayout()
        self.recordButton = QPushButton(self)
        self.recordButton.setObjectName("recordButton")
        self.recordButton.setStyleSheet(PRIMARY_BUTTON)
        self.recordButton.clicked.connect(self.record)
        self.closeButton = QPushButton(self)
        self.closeButton.clicked.connect(self.accept)
        # Enter in a field records (returnPressed); it must not also press a dialog button.
        for button in (self.recordButton, self.closeButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        buttons.addWidget(self.recordButton)
        bind_button(self, self.recordButton, "Ctrl+Return")
        layout.addWidget(self.headline)
        layout.addWidget(self.explain)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        self.formBox = QWidget(self)
        self.formBox.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.formBox)
        layout.addLayout(buttons)
        # The form records checks: not shown while the list of missing parts is open.
        self.tabs.currentChanged.connect(self._tab_changed)
        accept_scans(self, Accepts.ITEM, self._take_scan, refuse=self.banner.error)
        self.resize(1100, 640)
        self.retranslate()
        propagate_fonts(self)
        self.reload()
        self.reload_parts()
        self.tagEdit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MaintenanceDialog", "Maintenance checks"))
        self.headline.setText(
            translate("MaintenanceDialog", "Maintenance checks: overdue and due soon")
        )
        self.explain.setText(
            translate(
                "MaintenanceDialog",
                "Overdue first; red rows block lending until the check is recorded. Scan an "
                "item's label to record its check.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("MaintenanceDialog", "Due"),
                translate("MaintenanceDialog", "Label"),
                translate("MaintenanceDialog", "Product"),
                translate("MaintenanceDialog", "Check"),
                translate("MaintenanceDialog", "Last done"),
                translate("MaintenanceDialog", "When overdue"),
            ]
        )
        texts = (
            translate("MaintenanceDialog", "&Label code"),
            translate("MaintenanceDialog", "C&heck"),
            translate("MaintenanceDialog", "Done &by"),
            translate("MaintenanceDialog", "&Result"),
            translate("MaintenanceDialog", "C&ost (€)"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.tagEdit.setPlaceholderText(
            translate("MaintenanceDialog", "scan or type the label, e.g. LD0000123")
        )
        self.resultEdit.setPlaceholderText(
            translate("MaintenanceDialog", "e.g. battery 84 %, update installed")
        )
        self.costEdit.setPlaceholderText(translate("MaintenanceDialog", "e.g. 12,50"))
        self.partsTable.setHorizontalHeaderLabels(
            [
                translate("MaintenanceDialog", "Missing since"),
                translate("MaintenanceDialog", "Kit"),
                translate("MaintenanceDialog", "Product"),
                translate("MaintenanceDialog", "Part"),
                translate("MaintenanceDialog", "Last lent to"),
                translate("MaintenanceDialog", "Kit now"),
            ]
        )
        self.foundButton.setText(translate("MaintenanceDialog", "Found"))
        self.replacedButton.setText(translate("MaintenanceDialog", "Replaced / re-ordered"))
        self._tab_titles()
        self.recordButton.setText(translate("MaintenanceDialog", "Record check"))
        self.closeButton.setText(translate("MaintenanceDialog", "Close"))
        show_key_hints(self)

    # --- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.rows = list(self.services.due(HORIZON_DAYS))
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return
        lang = ui_lang()
        lines, colours = [], []
        for row in self.rows:
            when = (
                translate("MaintenanceDialog", "overdue since %1")
                if row.overdue
                else translate("MaintenanceDialog", "due %1")
            )
            when = when.replace("%1", format_date(row.due_on, lang, long=False))
            last = format_date(row.last_done, lang, long=False) if row.last_done else "–"
            effect = (
                translate("MaintenanceDialog", "blocks lending")
                if row.blocking
                else translate("MaintenanceDialog", "warns")
            )
            lines.append((when, row.tag, row.product, row.label, last, effect))
            colours.append((OVERDUE_BLOCKING if row.blocking else OVERDUE) if row.overdue else None)
        fill_table(self.table, lines, colours)
        self.table.resizeColumnsToContents()
        self._tab_titles()
        if not self.rows:
            self.banner.info(
                translate("MaintenanceDialog", "No checks are overdue or due in the next 30 days.")
            )

    def _tab_changed(self, index: int) -> None:
        checks = index == 0
        self.formBox.setVisible(checks)
        self.recordButton.setVisible(checks)
        (self.tagEdit if checks else self.partsTable).setFocus()

    def _tab_titles(self) -> None:
        self.tabs.setTabText(
            0, translate("MaintenanceDialog", "Checks (%1)").replace("%1", str(len(self.rows)))
        )
        self.tabs.setTabText(
            1,
            translate("MaintenanceDialog", "Missing parts: to find or re-order (%1)").replace(
                "%1", str(len(self.parts_rows))
            ),
        )

    def reload_parts(self) -> None:
        try:
            self.parts_rows = list(self.services.missing_parts())
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return
        lang = ui_lang()
        lines = []
        for row in self.parts_rows:
            since = to_local(row.since)
            state = (
                translate("MaintenanceDialog", "held back until complete")
                if row.held_back
                else translate("MaintenanceDialog", "lent incomplete")
            )
            lines.append(
                (
                    format_date(since.date(), lang, long=False) if since else "",
                    row.item_tag,
                    row.product,
                    row.part + (f" ({row.part_tag})" if row.part_tag else ""),
                    row.borrower or "–",
                    state,
                )
            )
        fill_table(self.partsTable, lines)
        self.partsTable.resizeColumnsToContents()
        self.foundButton.setEnabled(bool(self.parts_rows))
        self.replacedButton.setEnabled(bool(self.parts_rows))
        if self.parts_rows and not self.partsTable.selectionModel().selectedRows():
            self.partsTable.selectRow(0)
        self._tab_titles()

    def part_back(self, how: str) -> None:
        chosen = self.partsTable.selectionModel().selectedRows()
        if not chosen:
            return
        row = self.parts_rows[chosen[0].row()]
        try:
            status = self.services.part_back(row.part_id, how)
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return
        self.changed = True
        if row.held_back and status != "in_maintenance":
            text = translate("MaintenanceDialog", "%1 of %2 is back: the kit is complete again.")
        else:
            text = translate("MaintenanceDialog", "%1 of %2 is off the list.")
        self.banner.ok(text.replace("%1", row.part).replace("%2", row.item_tag))
        self.reload_parts()
        self.partsTable.setFocus()

    def _row_chosen(self) -> None:
        chosen = self.table.selectionModel().selectedRows()
        if not chosen:
            return
        row = self.rows[chosen[0].row()]
        self.tagEdit.setText(row.tag)
        self._load_checks(select=row.key)

    def _load_checks(self, select: str | None = None) -> bool:
        tag = self.tagEdit.text().strip()
        if not tag:
            return False
        try:
            plans = self.services.plans_of_item(tag)
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return False
        self.tagEdit.setText(plans.tag)
        self.checkBox.clear()
        for plan in plans.plans:
            self.checkBox.addItem(plan.label, plan.key)
        if select is not None:
            self.checkBox.setCurrentIndex(max(self.checkBox.findData(select), 0))
        if not plans.plans:
            self.banner.error(
                translate(
                    "MaintenanceDialog", "%1 has no maintenance plan: there is no check to record."
                ).replace("%1", plans.product)
            )
            return False
        return True

    def _take_scan(self, scan: Scan) -> bool:
        """A label scanned here: its first check in the list is selected (or, when none is due,
        its checks are loaded), ready to record."""
        part = next((n for n, r in enumerate(self.parts_rows) if r.part_tag == scan.code), -1)
        if part >= 0:  # a missing part's own label: it turned up
            self.tabs.setCurrentIndex(1)
            self.partsTable.selectRow(part)
            self.partsTable.setFocus()
            self.banner.info(
                translate(
                    "MaintenanceDialog", "%1 selected: press Ctrl+G when it is found."
                ).replace("%1", self.parts_rows[part].part)
            )
            return True
        number = next((n for n, r in enumerate(self.rows) if r.tag == scan.code), -1)
        if number >= 0:
            self.tabs.setCurrentIndex(0)
            self.table.selectRow(number)
            self.table.scrollToItem(self.table.item(number, 0))
        else:
            self.table.clearSelection()
            self.tagEdit.setText(scan.code)
            if not self._load_checks():
                return True
        self.banner.info(
            translate(
                "MaintenanceDialog", "%1 selected: fill in the result and press Enter."
            ).replace("%1", scan.code)
        )
        (self.resultEdit if self.byEdit.text().strip() else self.byEdit).setFocus()
        return True

    # --- recording -----------------------------------------------------------------------------

    def _tag_entered(self) -> None:
        """Enter after a typed label: its checks, then on to the result."""
        if self._load_checks():
            (self.resultEdit if self.byEdit.text().strip() else self.byEdit).setFocus()

    def record(self) -> None:
        if not self.tagEdit.text().strip():
            self.banner.info(
                translate("MaintenanceDialog", "Scan the label of the checked item first.")
            )
            self.tagEdit.setFocus()
            return
        if self.checkBox.count() == 0 and not self._load_checks():
            return
        key = str(self.checkBox.currentData())
        try:
            tag = self.services.record(
                self.tagEdit.text(),
                key,
                by=self.byEdit.text(),
                result=self.resultEdit.text(),
                cost=self.costEdit.text(),
            )
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return
        self.changed = True
        self.banner.ok(
            translate("MaintenanceDialog", "Check “%1” of %2 recorded by %3.")
            .replace("%1", self.checkBox.currentText())
            .replace("%2", tag)
            .replace("%3", self.byEdit.text().strip())
        )
        self.tagEdit.clear()
        self.checkBox.clear()
        self.resultEdit.clear()
        self.costEdit.clear()
        self.reload()
        self.tagEdit.setFocus()
