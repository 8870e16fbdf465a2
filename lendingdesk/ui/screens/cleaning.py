"""Cleaning and maintenance: returned items wait here until someone signs off their cleaning.

Sign-off takes one scan: a label scanned anywhere on this screen signs off that item (the
"cleaned by" name is remembered; the first time it is asked for). A typed tag and Enter do the
same. The list below has the same action per
row, and sends items to maintenance and back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from lendingdesk.domain.codes import parse_tag
from lendingdesk.domain.status import ItemStatus
from lendingdesk.services.views import CleaningRow, CleaningView
from lendingdesk.ui.forms.ui_screen_cleaning import Ui_CleaningScreen
from lendingdesk.ui.models.labels import status_text
from lendingdesk.ui.models.tables import CleaningTableModel
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans
from lendingdesk.ui.screens.base import (
    PRIMARY_BUTTON,
    Banner,
    Screen,
    bind_button,
    desk_settings,
    fit_columns,
    readable,
    style_table,
    translate,
)

C = "CleaningScreen"
SETTING_BY = "cleaning/signed_by"


class CleaningScreen(Screen):
    def __init__(self, services: CleaningView, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: QWidget | None = None
        self.ui = Ui_CleaningScreen()
        self.ui.setupUi(self)
        ui = self.ui
        # The form's plain result label becomes the calm banner every screen uses.
        self.banner = Banner(self)
        ui.signOffLayout.replaceWidget(ui.resultLabel, self.banner)
        ui.resultLabel.hide()  # kept alive: the generated retranslateUi still sets its text
        readable(ui.headingLabel, 16, bold=True)
        readable(ui.queueLabel, 13.5, bold=True)
        for edit in (ui.tagEdit, ui.byEdit):
            readable(edit, 15)
            edit.setMinimumHeight(42)
        ui.tagEdit.setMinimumWidth(260)
        ui.signOffButton.setStyleSheet(PRIMARY_BUTTON)
        ui.signOffButton.setMinimumHeight(42)
        ui.signOffFrame.setObjectName("signOffFrame")
        ui.signOffFrame.setStyleSheet(
            "#signOffFrame { background:#f6f8fb; border:1px solid #d4d9e1; border-radius:6px; }"
        )
        ui.countLabel.setStyleSheet("color:#5a6675;")
        style_table(ui.queueTable)
        self.table = ui.queueTable
        self.model = CleaningTableModel(
            lambda offset, limit: services.cleaning_page(offset=offset, limit=limit), parent=self
        )
        self.table.setModel(self.model)
        fit_columns(self.table, elidable=(4,))

        ui.byEdit.setText(str(desk_settings().value(SETTING_BY, "") or ""))
        ui.tagEdit.returnPressed.connect(self.sign_off_typed)
        ui.byEdit.returnPressed.connect(self.sign_off_typed)
        ui.signOffButton.clicked.connect(self.sign_off_typed)
        ui.signOffSelectedButton.clicked.connect(self.sign_off_selected)
        ui.maintenanceButton.clicked.connect(self.ask_maintenance)
        ui.backButton.clicked.connect(self.back_from_maintenance)
        # Maintenance planning (issue 16 §3): due and overdue checks, recording one.
        self.plannedButton = QPushButton(self)
        self.plannedButton.setObjectName("plannedButton")
        ui.queueButtons.insertWidget(ui.queueButtons.count() - 1, self.plannedButton)
        self.plannedButton.clicked.connect(self.open_maintenance_checks)
        bind_button(self, self.plannedButton, "Ctrl+O")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.sign_off_selected())
        self.model.loadFailed.connect(lambda exc: self.show_failure(self.banner, exc))
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        accept_scans(self, Accepts.ITEM, self._take_scan, refuse=self.banner.error)
        self._finish_setup()
        self.refresh()

    @staticmethod
    def title() -> str:
        return translate("CleaningScreen", "Cleaning")

    def _take_scan(self, scan: Scan) -> bool:
        """A label scanned on this screen: sign that item off (or ask who cleaned it); an
        item in maintenance is selected in the list, ready for "Back from maintenance"."""
        rows = self.model.rows()
        number = next((n for n, r in enumerate(rows) if r.tag == scan.code), -1)
        if number >= 0 and rows[number].status == ItemStatus.IN_MAINTENANCE:
            self.table.selectRow(number)
            self.table.setFocus()
            self.banner.info(
                translate("CleaningScreen", "%1 is in maintenance: %2")
                .replace("%1", scan.code)
                .replace("%2", rows[number].instructions or "–")
            )
            return True
        self.ui.tagEdit.setText(scan.code)
        self.sign_off_typed()
        return True

    def first_field(self) -> QWidget | None:
        return self.ui.tagEdit

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.plannedButton.setText(translate("CleaningScreen", "Maintenance checks…"))
        self.model.retranslate()
        self._update_count()

    def refresh(self) -> None:
        self.model.reload()
        self._update_buttons()
        if not self.ui.byEdit.text().strip():  # whoever staffs the desk, unless typed
            self.ui.byEdit.setText(self.services.context().actor or "")
        self.ui.tagEdit.setFocus()

    def _update_count(self, *_args: object) -> None:
        n = self.model.rowCount()
        self.ui.countLabel.setText(
            translate("CleaningScreen", "%n item(s)", None, n)
            if n
            else translate("CleaningScreen", "Nothing waiting")
        )

    def selected(self) -> CleaningRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.ui.signOffSelectedButton.setEnabled(
            row is not None and row.status == ItemStatus.AWAITING_CLEANING
        )
        self.ui.backButton.setEnabled(row is not None and row.status == ItemStatus.IN_MAINTENANCE)
        self.ui.maintenanceButton.setEnabled(
            row is not None and row.status == ItemStatus.AWAITING_CLEANING
        )

    def _signed_by(self) -> str | None:
        by = self.ui.byEdit.text().strip()
        if not by:
            self.banner.error(translate("CleaningScreen", "Fill in who did the cleaning first."))
            self.ui.byEdit.setFocus()
            return None
        desk_settings().setValue(SETTING_BY, by)
        return by

    def sign_off_typed(self) -> None:
        """Enter in the label field: sign off the scanned or typed item."""
        tag = self.ui.tagEdit.text().strip()
        if not tag:
            self.banner.info(translate("CleaningScreen", "Scan the label of the cleaned item."))
            self.ui.tagEdit.setFocus()
            return
        by = self._signed_by()
        if by is None:
            return
        if self._sign_off(tag, by):
            self.ui.tagEdit.clear()
        else:
            self.ui.tagEdit.selectAll()
        self.ui.tagEdit.setFocus()

    def sign_off_selected(self) -> None:
        row = self.selected()
        if row is None or row.status != ItemStatus.AWAITING_CLEANING:
            return
        by = self._signed_by()
        if by is not None:
            self._sign_off(row.item_id, by)

    def _sign_off(self, tag_or_item: str | int, by: str) -> bool:
        ok, done = self.attempt(
            self.banner, lambda: self.services.sign_off_cleaning(tag_or_item, by), changes=True
        )
        if ok:
            self.banner.ok(
                translate(
                    "CleaningScreen", "%1 (%2) is clean and available again. Signed off by %3."
                )
                .replace("%1", done.product_name)
                .replace("%2", done.tag)
                .replace("%3", done.signed_by)
            )
            self.model.reload()
            self._update_buttons()
        return ok

    def _target(self) -> int | str | None:
        row = self.selected()
        if row is not None:
            return row.item_id
        return parse_tag(self.ui.tagEdit.text())

    def ask_maintenance(self) -> None:
        target = self._target()
        if target is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("CleaningScreen", "Send to maintenance"))
        dialog.setLabelText(translate("CleaningScreen", "What needs to be repaired or checked?"))
        self.dialog = dialog

        def send(reason: str) -> None:
            ok, tag = self.attempt(
                self.banner, lambda: self.services.start_maintenance(target, reason), changes=True
            )
            if ok:
                self.banner.ok(
                    translate("CleaningScreen", "%1 is in maintenance.").replace("%1", tag)
                )
                self.model.reload()
                self._update_buttons()

        dialog.textValueSelected.connect(send)
        dialog.open()

    def back_from_maintenance(self) -> None:
        row = self.selected()
        if row is None or row.status != ItemStatus.IN_MAINTENANCE:
            return
        ok, status = self.attempt(
            self.banner, lambda: self.services.finish_maintenance(row.item_id), changes=True
        )
        if ok:
            self.banner.ok(
                translate("CleaningScreen", "%1 is back from maintenance: %2.")
                .replace("%1", row.tag)
                .replace("%2", status_text(status))
            )
            self.model.reload()
            self._update_buttons()

    def open_maintenance_checks(self) -> None:
        """Ctrl+O: the maintenance checks that are due, and recording one (by scanning)."""
        from lendingdesk.ui.screens.maintenance import MaintenanceDialog

        by = self.ui.byEdit.text().strip() or (self.services.context().actor or "")
        dialog = MaintenanceDialog(self.services.maintenance(), by=by, parent=self)
        self.dialog = dialog

        def closed() -> None:
            if dialog.changed:
                self.changed.emit()
                self.model.reload()

        dialog.finished.connect(lambda _result: closed())
        dialog.open()
