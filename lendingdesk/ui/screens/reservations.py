"""Reservations: reserve a product (any of its items) or one item for a period. Conflicts show
inline while the form is filled in; the desk honours reservations at check-out; cancel."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.services.views import ReservationRow, ReservationsView
from lendingdesk.ui.models.labels import date_edit_format, fmt_date
from lendingdesk.ui.models.tables import ReservationTableModel
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans
from lendingdesk.ui.screens.base import (
    DANGER_BUTTON,
    PRIMARY_BUTTON,
    Banner,
    Screen,
    SearchField,
    calm_box,
    fit_columns,
    heading,
    make_table,
    translate,
    ui_lang,
)

C = "ReservationsScreen"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReservationsScreen(Screen):
    def __init__(self, services: ReservationsView, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: QWidget | None = None
        self.conflicts: tuple[str, ...] = ()
        root = QHBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(14)

        left = QVBoxLayout()
        self.list_caption = heading(self, 15)
        self.banner = Banner(self)
        self.model = ReservationTableModel(parent=self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(False)
        fit_columns(self.table, elidable=(1, 4))
        bottom = QHBoxLayout()
        self.past_check = QCheckBox(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setStyleSheet(DANGER_BUTTON)
        bottom.addWidget(self.past_check)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        left.addWidget(self.list_caption)
        left.addWidget(self.banner)
        left.addWidget(self.table, 1)
        left.addLayout(bottom)
        root.addLayout(left, 1)

        form_frame = QFrame(self)
        form_frame.setObjectName("newReservation")
        form_frame.setStyleSheet(
            "#newReservation { background:#f6f8fb; border:1px solid #d4d9e1; border-radius:6px; }"
        )
        form_frame.setFixedWidth(300)  # on a 1280 px screen the list keeps its columns
        outer = QVBoxLayout(form_frame)
        outer.setContentsMargins(14, 12, 14, 12)
        self.form_caption = heading(form_frame, 14)
        outer.addWidget(self.form_caption)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        self.product_search = SearchField(form_frame)
        self.product_combo = QComboBox(form_frame)
        self.item_combo = QComboBox(form_frame)
        self.borrower_search = SearchField(form_frame)
        self.borrower_combo = QComboBox(form_frame)
        dates = QHBoxLayout()
        self.start_edit = QDateEdit(form_frame)
        self.end_edit = QDateEdit(form_frame)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
        self.until_label = QLabel(form_frame)
        dates.addWidget(self.start_edit, 1)
        dates.addWidget(self.until_label)
        dates.addWidget(self.end_edit, 1)
        self.note_edit = QLineEdit(form_frame)
        self.product_label = QLabel(form_frame)
        self.item_label = QLabel(form_frame)
        self.borrower_label = QLabel(form_frame)
        self.period_label = QLabel(form_frame)
        self.note_label = QLabel(form_frame)
        product_box = QVBoxLayout()
        product_box.setSpacing(2)
        product_box.addWidget(self.product_search)
        product_box.addWidget(self.product_combo)
        borrower_box = QVBoxLayout()
        borrower_box.setSpacing(2)
        borrower_box.addWidget(self.borrower_search)
        borrower_box.addWidget(self.borrower_combo)
        form.addRow(self.product_label, product_box)
        form.addRow(self.item_label, self.item_combo)
        form.addRow(self.borrower_label, borrower_box)
        form.addRow(self.period_label, dates)
        form.addRow(self.note_label, self.note_edit)
        outer.addLayout(form)
        self.conflict_label = QLabel(form_frame)
        self.conflict_label.setWordWrap(True)
        outer.addWidget(self.conflict_label)
        outer.addStretch(1)
        self.reserve_button = QPushButton(form_frame)
        self.reserve_button.setStyleSheet(PRIMARY_BUTTON)
        outer.addWidget(self.reserve_button)
        root.addWidget(form_frame)

        # Conflicts are looked up once the form has been still for a moment.
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(120)
        self._check_timer.timeout.connect(self.check_conflicts)

        self.product_search.results = self.product_combo
        self.borrower_search.results = self.borrower_combo
        self.product_search.searchChanged.connect(self._search_products)
        self.borrower_search.searchChanged.connect(self._search_borrowers)
        self.product_combo.currentIndexChanged.connect(lambda _i: self._product_chosen())
        self.item_combo.currentIndexChanged.connect(lambda _i: self._check_timer.start())
        self.borrower_combo.currentIndexChanged.connect(lambda _i: self._check_timer.start())
        self.start_edit.dateChanged.connect(self._start_changed)
        self.end_edit.dateChanged.connect(lambda _d: self._check_timer.start())
        self.past_check.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_cancel())
        self.model.loadFailed.connect(lambda exc: self.show_failure(self.banner, exc))
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.reserve_button.clicked.connect(self.reserve)
        # Enter in the form reserves (in a search field it first goes to the matches).
        self._enter_reserves = (
            self.product_combo,
            self.item_combo,
            self.borrower_combo,
            self.start_edit,
            self.end_edit,
            self.note_edit,
            self.reserve_button,  # where a scanned card (or card and label) leaves the focus
        )
        for widget in self._enter_reserves:
            widget.installEventFilter(self)
        self.product_search.returnPressed.connect(self.product_combo.setFocus)
        self.borrower_search.returnPressed.connect(self.borrower_combo.setFocus)

        # "For": a borrower card scanned here fills it in; a label picks product and item.
        accept_scans(self, Accepts.BADGE | Accepts.ITEM, self._take_scan, refuse=self.banner.error)
        self._finish_setup()
        self.reset_form()
        self.reload()
        self.check_conflicts()

    def _take_scan(self, scan: Scan) -> bool:
        if scan.kind is Accepts.BADGE:
            self.borrower_search.setText(scan.code)
            self.borrower_search.flush()
            if self.borrower_combo.count() == 0:
                self.banner.error(
                    translate("ReservationsScreen", "No borrower has card %1.").replace(
                        "%1", scan.code
                    )
                )
                return False
            self.banner.ok(
                translate("ReservationsScreen", "For: %1").replace(
                    "%1", self.borrower_combo.currentText()
                )
            )
            self.reserve_button.setFocus()
            return True
        ok, item = self.attempt(self.banner, lambda: self.services.item_row(scan.code))
        if not ok:
            return False
        self.product_search.setText(item.product_name)
        self.product_search.flush()
        self.product_combo.setCurrentIndex(max(0, self.product_combo.findData(item.product_id)))
        self._product_chosen()
        index = self.item_combo.findData(item.id)
        if index >= 0:
            self.item_combo.setCurrentIndex(index)
        self.banner.ok(
            translate("ReservationsScreen", "Product: %1 (%2)")
            .replace("%1", item.product_name)
            .replace("%2", item.tag)
        )
        # Next: for whom, unless a card was scanned first; then Enter reserves at once.
        if self.borrower_combo.currentData() is None:
            self.borrower_search.setFocus()
        else:
            self.reserve_button.setFocus()
        return True

    @staticmethod
    def title() -> str:
        return translate("ReservationsScreen", "Reservations")

    def first_field(self) -> QWidget | None:
        return self.product_search

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and watched in self._enter_reserves
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # type: ignore[attr-defined]
        ):
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False  # Enter chooses in an open drop-down first
            self.reserve_button.click()
            return True
        return super().eventFilter(watched, event)

    def retranslateUi(self) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(date_edit_format())
        self.list_caption.setText(translate("ReservationsScreen", "Reservations"))
        self.past_check.setText(translate("ReservationsScreen", "Also show past and cancelled"))
        self.cancel_button.setText(translate("ReservationsScreen", "Cancel reservation"))
        self.form_caption.setText(translate("ReservationsScreen", "New reservation"))
        self.product_label.setText(translate("ReservationsScreen", "Product"))
        self.item_label.setText(translate("ReservationsScreen", "Item"))
        self.borrower_label.setText(translate("ReservationsScreen", "For"))
        self.period_label.setText(translate("ReservationsScreen", "Period"))
        self.note_label.setText(translate("ReservationsScreen", "Note"))
        self.until_label.setText(translate("ReservationsScreen", "to"))
        self.product_search.setPlaceholderText(
            translate("ReservationsScreen", "Type to find a product…")
        )
        self.borrower_search.setPlaceholderText(
            translate("ReservationsScreen", "Type a name or scan a card…")
        )
        self.note_edit.setPlaceholderText(
            translate("ReservationsScreen", "E.g. theme week on ward 2")
        )
        self.reserve_button.setText(translate("ReservationsScreen", "Reserve"))
        if self.item_combo.count():
            self.item_combo.setItemText(
                0, translate("ReservationsScreen", "Any item of this product")
            )
        self.model.retranslate()
        self.check_conflicts()

    def refresh(self) -> None:
        self.reload()
        self.check_conflicts()

    def reload(self) -> None:
        past = self.past_check.isChecked()
        self.model.set_fetch(
            lambda offset, limit: self.services.reservation_page(
                include_past=past, offset=offset, limit=limit
            )
        )
        self._update_cancel()

    def reset_form(self) -> None:
        today = self.services.today()
        self.start_edit.setMinimumDate(_qdate(today))
        self.end_edit.setMinimumDate(_qdate(today))
        self.start_edit.setDate(_qdate(today + timedelta(days=1)))
        self.end_edit.setDate(_qdate(today + timedelta(days=8)))
        self.note_edit.clear()
        self._search_products(self.product_search.text())
        self._search_borrowers(self.borrower_search.text())

    # -- the form ---------------------------------------------------------------------------

    def _search_products(self, text: str) -> None:
        keep = self.product_combo.currentData()
        self.product_combo.blockSignals(True)
        self.product_combo.clear()
        for choice in self.services.product_choices(text):
            self.product_combo.addItem(choice.name, choice.id)
        index = self.product_combo.findData(keep)
        self.product_combo.setCurrentIndex(
            index if index >= 0 else 0 if self.product_combo.count() else -1
        )
        self.product_combo.blockSignals(False)
        self._product_chosen()

    def _search_borrowers(self, text: str) -> None:
        keep = self.borrower_combo.currentData()
        self.borrower_combo.blockSignals(True)
        self.borrower_combo.clear()
        for choice in self.services.borrower_choices(text):
            self.borrower_combo.addItem(choice.name, choice.id)
        index = self.borrower_combo.findData(keep)
        self.borrower_combo.setCurrentIndex(
            index if index >= 0 else 0 if self.borrower_combo.count() else -1
        )
        self.borrower_combo.blockSignals(False)
        self._check_timer.start()

    def _product_chosen(self) -> None:
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        self.item_combo.addItem(translate("ReservationsScreen", "Any item of this product"), None)
        product_id = self.product_combo.currentData()
        if product_id is not None:
            for item in self.services.items_of_product(product_id):
                self.item_combo.addItem(item.tag, item.id)
        self.item_combo.blockSignals(False)
        self._check_timer.start()

    def _start_changed(self, value: QDate) -> None:
        if self.end_edit.date() < value:
            self.end_edit.setDate(value)
        self._check_timer.start()

    def period(self) -> tuple[date, date]:
        return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())

    def check_conflicts(self) -> tuple[str, ...]:
        """Look up conflicts for what the form holds now and show them under the form."""
        self._check_timer.stop()
        product_id = self.product_combo.currentData()
        borrower_id = self.borrower_combo.currentData()
        if product_id is None or borrower_id is None:
            self.conflicts = ()
            self._show_conflicts(
                translate("ReservationsScreen", "Choose a product and a borrower.")
                if product_id is None or borrower_id is None
                else ""
            )
            self.reserve_button.setEnabled(False)
            return self.conflicts
        start, end = self.period()
        ok, found = self.attempt(
            self.banner,
            lambda: self.services.reservation_conflicts(
                product_id, self.item_combo.currentData(), start, end, ui_lang()
            ),
        )
        self.conflicts = tuple(found) if ok else ()
        if self.conflicts:
            self.conflict_label.setStyleSheet(
                "QLabel { background:#fde8e6; color:#8c1d18; border-radius:5px; padding:8px; }"
            )
            self.conflict_label.setText("⚠  " + "\n".join(self.conflicts))
        else:
            self.conflict_label.setStyleSheet(
                "QLabel { background:#e6f4ea; color:#14532d; border-radius:5px; padding:8px; }"
            )
            self.conflict_label.setText(
                "✓  "
                + translate("ReservationsScreen", "Free from %1 to %2.")
                .replace("%1", fmt_date(start))
                .replace("%2", fmt_date(end))
            )
        self.reserve_button.setEnabled(ok and not self.conflicts)
        return self.conflicts

    def _show_conflicts(self, text: str) -> None:
        self.conflict_label.setStyleSheet("QLabel { color:#5a6675; padding:8px; }")
        self.conflict_label.setText(text)

    def reserve(self) -> None:
        if self.check_conflicts() or not self.reserve_button.isEnabled():
            return
        start, end = self.period()
        product_name = self.product_combo.currentText()
        ok, _ = self.attempt(
            self.banner,
            lambda: self.services.reserve(
                product_id=self.product_combo.currentData(),
                item_id=self.item_combo.currentData(),
                borrower_id=self.borrower_combo.currentData(),
                start=start,
                end=end,
                note=self.note_edit.text(),
            ),
            changes=True,
        )
        if ok:
            self.banner.ok(
                translate("ReservationsScreen", "%1 is reserved from %2 to %3.")
                .replace("%1", product_name)
                .replace("%2", fmt_date(start))
                .replace("%3", fmt_date(end))
            )
            self.note_edit.clear()
            self.reload()
            self.check_conflicts()

    # -- cancelling -------------------------------------------------------------------------

    def selected(self) -> ReservationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_cancel(self) -> None:
        row = self.selected()
        self.cancel_button.setEnabled(row is not None and row.state in ("upcoming", "current"))

    def ask_cancel(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ReservationsScreen", "Cancel reservation"),
            "",
            parent=self,
        )
        box.setText(
            translate("ReservationsScreen", "Cancel the reservation of %1 for %2?")
            .replace("%1", row.product_name)
            .replace("%2", row.borrower_name)
        )
        yes = box.addButton(
            translate("ReservationsScreen", "Cancel reservation"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(
            translate("ReservationsScreen", "Keep it"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        calm_box(box)
        self.dialog = box
        self.cancel_confirm_button = yes

        def answered() -> None:
            if box.clickedButton() is not yes:
                return
            ok, _ = self.attempt(
                self.banner, lambda: self.services.cancel_reservation(row.id), changes=True
            )
            if ok:
                self.banner.ok(translate("ReservationsScreen", "The reservation is cancelled."))
                self.reload()
                self.check_conflicts()

        box.finished.connect(lambda _r: answered())
        box.open()
