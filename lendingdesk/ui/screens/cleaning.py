"""Cleaning and maintenance: returned items wait here until someone signs off their cleaning.

Sign-off takes one scan: a label scanned anywhere on this screen signs off that item (the
"cleaned by" name is remembered; the first time it is asked for). A typed tag and Enter do the
same. The list below has the same action per
row, and sends items to maintenance and back.

Issue 16: an item whose protocol has steps to tick (what to wipe, a disinfection with its agent,
a device reset) or that waits for a colleague's second check opens its checklist beside the
list instead (ui/screens/hygiene.py); one scan still signs off an item with nothing to tick.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QScrollArea, QWidget

from lendingdesk.domain.codes import parse_tag
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import LendingError
from lendingdesk.services.views import Checklist, CleaningRow, CleaningView, SignOff
from lendingdesk.ui import coordinator
from lendingdesk.ui.forms.ui_screen_cleaning import Ui_CleaningScreen
from lendingdesk.ui.i18n import format_date
from lendingdesk.ui.models.labels import parts_text, status_text
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
    ui_lang,
)
from lendingdesk.ui.screens.hygiene import ChecklistPanel, HygieneReportDialog

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
        # The checklist of one item, beside the queue (hidden until an item needs it).
        self.checklist = ChecklistPanel(self)
        self.checklist_scroll = QScrollArea(self)
        self.checklist_scroll.setObjectName("checklistScroll")
        self.checklist_scroll.setWidgetResizable(True)
        self.checklist_scroll.setWidget(self.checklist)
        self.checklist_scroll.setFixedWidth(420)
        self.checklist_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist_scroll.hide()
        beside = QWidget(self)
        row = QHBoxLayout(beside)
        row.setContentsMargins(0, 0, 0, 0)
        ui.mainLayout.replaceWidget(self.table, beside)
        row.addWidget(self.table, 1)
        row.addWidget(self.checklist_scroll)
        self.checklist.signOff.connect(self._sign_off_checklist)
        self.checklist.secondCheck.connect(self._second_check)
        self.checklist.closed.connect(self.close_checklist)

        ui.byEdit.setText(str(desk_settings().value(SETTING_BY, "") or ""))
        ui.tagEdit.returnPressed.connect(self.sign_off_typed)
        ui.byEdit.returnPressed.connect(self.sign_off_typed)
        ui.signOffButton.clicked.connect(self.sign_off_typed)
        ui.signOffSelectedButton.clicked.connect(self.sign_off_selected)
        ui.maintenanceButton.clicked.connect(self.ask_maintenance)
        ui.backButton.clicked.connect(self.back_from_maintenance)
        # Issue 16: the hygiene report, and how often a second person checks a sign-off.
        self.reportButton = QPushButton(self)
        self.reportButton.setObjectName("hygieneReportButton")
        self.reportButton.clicked.connect(self.open_report)
        self.shareButton = QPushButton(self)
        self.shareButton.setObjectName("secondCheckButton")
        self.shareButton.clicked.connect(self.ask_share)
        # Maintenance planning (issue 16 §3): due and overdue checks, recording one.
        self.plannedButton = QPushButton(self)
        self.plannedButton.setObjectName("plannedButton")
        self.plannedButton.clicked.connect(self.open_maintenance_checks)
        # These are about the whole queue, not the chosen item: they sit in the queue's heading
        # (the row under the queue keeps the item's actions, and the screen fits 1280 px).
        header = ui.queueHeader
        for button in (self.plannedButton, self.reportButton, self.shareButton):
            header.insertWidget(header.indexOf(ui.countLabel), button)
        header.insertSpacing(header.indexOf(ui.countLabel), 12)
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
        current = self.checklist.checklist
        if current is not None and current.tag == scan.code and self.checklist_scroll.isVisible():
            # The same label again while its checklist is open: sign off what is ticked.
            if self.checklist.ready_parts():
                self._sign_off_checklist()
            else:
                self.banner.info(
                    translate("CleaningScreen", "Tick each step of %1 first.").replace(
                        "%1", scan.code
                    )
                )
            return True
        self.ui.tagEdit.setText(scan.code)
        self.sign_off_typed()
        return True

    # --- the checklist (issue 16) ------------------------------------------------------------

    def _open_checklist(self, target: str | int) -> bool | None:
        """Show ``target``'s checklist when it has something to tick (True); None: nothing to
        tick (one scan signs it off); False: refused (said in the banner)."""
        try:
            checklist: Checklist = self.services.checklist(target)
        except LendingError:
            return None  # the sign-off itself says why (e.g. not awaiting cleaning)
        if checklist.quick:
            return None
        self.checklist.show_checklist(checklist)
        self._show_checklist(True)
        if "second_check" in checklist.pending:
            self.banner.info(
                translate(
                    "CleaningScreen",
                    "%1 (%2) waits for a second check: a colleague looks at it and approves.",
                )
                .replace("%1", checklist.product_name)
                .replace("%2", checklist.tag)
            )
        else:
            self.banner.info(
                translate("CleaningScreen", "%1 (%2): tick each step, then sign off.")
                .replace("%1", checklist.product_name)
                .replace("%2", checklist.tag)
            )
        return True

    def ask_share(self) -> None:
        """How often a second person checks a sign-off (the coordinator's setting)."""
        dialog = QInputDialog(self)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(0, 100)
        dialog.setIntValue(self.services.second_check_share())
        dialog.setWindowTitle(translate("CleaningScreen", "Second check"))
        dialog.setLabelText(
            translate(
                "CleaningScreen",
                "A colleague checks 1 in how many sign-offs, chosen at random? (0: never)",
            )
        )
        self.dialog = dialog

        def chosen(share: int) -> None:
            grant = coordinator.ask_coordinator(
                self, self.services.db, self.services.context(), "settings", ui_lang()
            )
            if grant is None:
                return
            ok, _ = self.attempt(
                self.banner, lambda: self.services.set_second_check_share(share, grant)
            )
            if ok:
                self.banner.ok(
                    translate("CleaningScreen", "A colleague checks 1 in %1 sign-offs.").replace(
                        "%1", str(share)
                    )
                    if share
                    else translate("CleaningScreen", "No second checks.")
                )

        dialog.intValueSelected.connect(chosen)
        dialog.open()

    def open_report(self) -> None:
        dialog = HygieneReportDialog(self.services, self)
        self.dialog = dialog

        def saved() -> None:
            if dialog.saved is not None:
                self.banner.ok(
                    translate("CleaningScreen", "Hygiene report saved: %1").replace(
                        "%1", str(dialog.saved)
                    )
                )

        dialog.accepted.connect(saved)
        dialog.open()

    def _show_checklist(self, on: bool) -> None:
        """The checklist beside the queue; the queue then shows label, product and status only
        (the checklist says what to do)."""
        self.checklist_scroll.setVisible(on)
        for column in (CleaningTableModel.SINCE, CleaningTableModel.INSTRUCTIONS):
            self.table.setColumnHidden(column, on)

    def close_checklist(self) -> None:
        self.checklist.checklist = None
        self._show_checklist(False)
        self.ui.tagEdit.setFocus()

    @staticmethod
    def _held_text(done: SignOff) -> str:
        """Available and kept for the first on the waiting list: put it aside for them."""
        if done.held_for is None or done.held_until is None:
            return ""
        until = done.held_until
        when = f"{format_date(until.date(), ui_lang())} {until:%H:%M}"
        return " " + (
            translate(
                "CleaningScreen",
                "Put it aside at the desk: it is kept for %1 (waiting list) until %2.",
            )
            .replace("%1", done.held_for)
            .replace("%2", when)
        )

    def _after(self, done: SignOff) -> None:
        """Say what a sign-off did; keep the checklist open while something is left."""
        if done.second_check_asked:
            self.banner.ok(
                translate(
                    "CleaningScreen",
                    "%1 (%2) signed off by %3. Random sample: a colleague checks it before it "
                    "goes out again.",
                )
                .replace("%1", done.product_name)
                .replace("%2", done.tag)
                .replace("%3", done.signed_by)
            )
        elif done.left:
            self.banner.ok(
                translate("CleaningScreen", "%1 (%2): %3 signed off. Still to do: %4.")
                .replace("%1", done.product_name)
                .replace("%2", done.tag)
                .replace("%3", parts_text(done.parts))
                .replace("%4", parts_text(done.left))
            )
        else:
            self.banner.ok(
                translate(
                    "CleaningScreen", "%1 (%2) is clean and available again. Signed off by %3."
                )
                .replace("%1", done.product_name)
                .replace("%2", done.tag)
                .replace("%3", done.signed_by)
                + self._held_text(done)
            )
        self.model.reload()
        self._update_buttons()
        current = self.checklist.checklist
        if current is not None and current.tag == done.tag and done.left:
            said = self.banner.text()
            self._open_checklist(current.item_id)  # what is left, on the checklist
            self.banner.ok(said)  # the result stays said
        elif current is not None and current.tag == done.tag:
            self.close_checklist()

    def _on_checklist(self, call: Callable[[int, str], SignOff]) -> SignOff | None:
        """``call(item_id, by)`` for the item on the checklist; None when refused (said)."""
        current = self.checklist.checklist
        by = self._signed_by()
        if current is None or by is None:
            return None
        ok, done = self.attempt(self.banner, lambda: call(current.item_id, by), changes=True)
        return done if ok else None

    def _sign_off_checklist(self) -> None:
        panel = self.checklist
        done = self._on_checklist(
            lambda item_id, by: self.services.sign_off(
                item_id,
                by,
                parts=panel.ready_parts(),
                confirmed=panel.confirmed(),
                agent=panel.agent() or None,
            )
        )
        if done is not None:
            self._after(done)

    def _second_check(self, approved: bool, note: str) -> None:
        done = self._on_checklist(
            lambda item_id, by: self.services.second_check(
                item_id, by, approved=approved, note=note
            )
        )
        if done is None:
            return
        by = done.signed_by
        if approved:
            self.banner.ok(
                translate("CleaningScreen", "%1 (%2) checked by %3: available again.")
                .replace("%1", done.product_name)
                .replace("%2", done.tag)
                .replace("%3", by)
                + self._held_text(done)
            )
        else:
            self.banner.ok(
                translate("CleaningScreen", "%1 (%2) rejected by %3: to be done again (%4).")
                .replace("%1", done.product_name)
                .replace("%2", done.tag)
                .replace("%3", by)
                .replace("%4", parts_text(done.left))
            )
        self.model.reload()
        self._update_buttons()
        self.close_checklist()

    def first_field(self) -> QWidget | None:
        return self.ui.tagEdit

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.reportButton.setText(translate("CleaningScreen", "Hygiene report…"))
        self.shareButton.setText(translate("CleaningScreen", "Second check…"))
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
        opened = self._open_checklist(tag)
        if opened:
            self.ui.tagEdit.clear()
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
        if by is not None and not self._open_checklist(row.item_id):
            self._sign_off(row.item_id, by)

    def _sign_off(self, tag_or_item: str | int, by: str) -> bool:
        ok, done = self.attempt(
            self.banner, lambda: self.services.sign_off_cleaning(tag_or_item, by), changes=True
        )
        if ok:
            self._after(done)
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
