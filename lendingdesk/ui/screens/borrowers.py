"""Borrowers: list and search, add and edit, deactivate, a borrower's loan history, and erasing
a borrower's personal data on request (AVG) while the loans stay for anonymous statistics."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.services.views import BorrowerDetail, BorrowersView
from lendingdesk.ui import coordinator
from lendingdesk.ui.models.paged import Roles
from lendingdesk.ui.models.tables import BorrowerTableModel, LoanHistoryModel
from lendingdesk.ui.screens.base import (
    DANGER_BUTTON,
    PRIMARY_BUTTON,
    Banner,
    Screen,
    SearchField,
    bind_button,
    calm_box,
    fit_columns,
    heading,
    make_table,
    readable,
    separator,
    translate,
    ui_lang,
)
from lendingdesk.ui.screens.dialogs import BorrowerDialog

C = "BorrowersScreen"


class BorrowersScreen(Screen):
    def __init__(self, services: BorrowersView, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.detail: BorrowerDetail | None = None
        self.dialog: QWidget | None = None

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(8)
        top = QHBoxLayout()
        self.search = SearchField(self)
        self.search.setMinimumHeight(38)
        readable(self.search, 13)
        self.inactive_check = QCheckBox(self)
        self.new_button = QPushButton(self)
        self.new_button.setStyleSheet(PRIMARY_BUTTON)
        top.addWidget(self.search, 1)
        top.addWidget(self.inactive_check)
        top.addWidget(self.new_button)
        root.addLayout(top)
        self.banner = Banner(self)
        root.addWidget(self.banner)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = BorrowerTableModel(parent=self)
        self.table = make_table(split)
        self.table.setModel(self.model)
        # Several borrowers may be selected at once: for printing their badges together.
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(False)
        fit_columns(self.table, elidable=(1, 2))
        split.addWidget(self.table)

        pane = QWidget(split)
        detail = QVBoxLayout(pane)
        detail.setContentsMargins(14, 0, 0, 0)
        self.name_label = heading(pane, 17)
        self.info_label = QLabel(pane)
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label.setStyleSheet("color:#38475a;")
        self.empty_label = QLabel(pane)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color:#5a6675;")
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(pane)
        self.active_button = QPushButton(pane)
        self.erase_button = QPushButton(pane)
        self.erase_button.setStyleSheet(DANGER_BUTTON)
        self.badge_button = QPushButton(pane)
        for b in (self.edit_button, self.active_button, self.badge_button, self.erase_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.history_caption = heading(pane, 13)
        self.history_model = LoanHistoryModel(self)
        self.history_table = make_table(pane)
        self.history_table.setModel(self.history_model)
        self.history_table.setColumnHidden(LoanHistoryModel.BORROWER, True)
        self.history_table.horizontalHeader().setStretchLastSection(False)
        fit_columns(self.history_table, elidable=(2,))
        detail.addWidget(self.name_label)
        detail.addWidget(self.info_label)
        detail.addWidget(self.empty_label)
        detail.addLayout(buttons)
        detail.addWidget(separator(pane))
        detail.addWidget(self.history_caption)
        detail.addWidget(self.history_table, 1)
        split.addWidget(pane)
        split.setStretchFactor(0, 7)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        root.addWidget(split, 1)

        self.search.searchChanged.connect(lambda _t: self.apply_filter())
        self.inactive_check.toggled.connect(lambda _on: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.loadFailed.connect(lambda exc: self.show_failure(self.banner, exc))
        self.new_button.clicked.connect(self.new_borrower)
        self.edit_button.clicked.connect(self.edit_borrower)
        self.active_button.clicked.connect(self.toggle_active)
        self.erase_button.clicked.connect(self.ask_erase)
        self.badge_button.clicked.connect(self.print_badges)
        bind_button(self, self.new_button, "Ctrl+N")
        bind_button(self, self.edit_button, "Ctrl+E")
        bind_button(self, self.badge_button, "Ctrl+P")
        self.search.results = self.table
        self._finish_setup()
        self.apply_filter()

    @staticmethod
    def title() -> str:
        return translate("BorrowersScreen", "Borrowers")

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(
            translate("BorrowersScreen", "Search by name, team, discipline or card…")
        )
        self.inactive_check.setText(translate("BorrowersScreen", "Show inactive"))
        self.new_button.setText(translate("BorrowersScreen", "New borrower"))
        self.edit_button.setText(translate("BorrowersScreen", "Edit"))
        self.erase_button.setText(translate("BorrowersScreen", "Erase personal data…"))
        self.badge_button.setText(translate("BorrowersScreen", "Print badge"))
        self.empty_label.setText(
            translate("BorrowersScreen", "Choose a borrower on the left to see their loans.")
        )
        self.model.retranslate()
        self.history_model.retranslate()
        self._show_detail(self.detail)

    def refresh(self) -> None:
        self.apply_filter(select_id=self.detail.row.id if self.detail else None)

    def apply_filter(self, select_id: int | None = None) -> None:
        query, inactive = self.search.text(), self.inactive_check.isChecked()
        # Without the inactive borrowers every row is active: the status column only then.
        self.table.setColumnHidden(BorrowerTableModel.STATE, not inactive)
        self.model.set_fetch(
            lambda offset, limit: self.services.borrower_page(
                query, include_inactive=inactive, offset=offset, limit=limit
            )
        )
        row = self.model.find_row(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        elif select_id is not None:
            self._load(select_id)
        else:
            self._show_detail(None)

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if selected.indexes():
            self._load(selected.indexes()[0].data(Roles.Id))

    def _load(self, borrower_id: int) -> None:
        ok, detail = self.attempt(self.banner, lambda: self.services.borrower_detail(borrower_id))
        self._show_detail(detail if ok else None)

    def _show_detail(self, d: BorrowerDetail | None) -> None:
        self.detail = d
        has = d is not None
        for w in (
            self.name_label,
            self.info_label,
            self.edit_button,
            self.active_button,
            self.erase_button,
            self.badge_button,
            self.history_caption,
            self.history_table,
        ):
            w.setVisible(has)
        self.empty_label.setVisible(not has)
        if d is None:
            self.history_model.set_rows(())
            return
        row = d.row
        self.name_label.setText(row.name)
        lines = []
        if row.erased:
            lines.append(
                translate(
                    "BorrowersScreen",
                    "Personal data erased on request. The loans are kept without a name.",
                )
            )
        else:
            kind = (
                translate("BorrowersScreen", "Team")
                if row.kind == "team"
                else translate("BorrowersScreen", "Person")
            )
            lines.append("  ·  ".join(p for p in (kind, row.discipline, row.team) if p))
            lines.append(translate("BorrowersScreen", "Card: %1").replace("%1", row.badge))
            contact = "  ·  ".join(p for p in (row.email, d.phone) if p)
            lines.append(contact or translate("BorrowersScreen", "No e-mail or phone known"))
            if row.location:
                lines.append(row.location)
            if not row.active:
                lines.append(
                    translate("BorrowersScreen", "Inactive: cannot borrow until activated again.")
                )
        lines.append(
            translate("BorrowersScreen", "Has %n item(s) on loan now.", None, row.open_loans)
        )
        self.info_label.setText("\n".join(lines))
        self.edit_button.setEnabled(not row.erased)
        self.active_button.setEnabled(not row.erased)
        self.active_button.setText(
            translate("BorrowersScreen", "Deactivate")
            if row.active
            else translate("BorrowersScreen", "Activate")
        )
        self.erase_button.setEnabled(not row.erased)
        self.history_caption.setText(
            translate("BorrowersScreen", "Loan history (%n)", None, d.loans_total)
        )
        self.history_model.set_rows(d.history)

    # -- actions ----------------------------------------------------------------------------

    def selected_badges(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        badges = [self.model.row_at(r).badge for r in rows]
        if not badges and self.detail is not None:
            badges = [self.detail.row.badge]
        return badges

    def print_badges(self) -> None:
        """Badges for the selected borrower(s), on A4 card sheets, in the print preview."""
        import io

        from lendingdesk.documents import BadgeOptions
        from lendingdesk.services.printing import render_badge_pdf
        from lendingdesk.ui.printing.preview_dialog import PrintPreviewDialog

        badges = self.selected_badges()
        out = io.BytesIO()
        ok, _pages = self.attempt(
            self.banner,
            lambda: render_badge_pdf(
                self.services.db,
                badges,
                BadgeOptions(lang=ui_lang()),
                out,
            ),
        )
        if not ok:
            return
        title = translate("BorrowersScreen", "Badges: %n", None, len(badges))
        name = f"lenerspas-{badges[0]}.pdf" if len(badges) == 1 else "lenerspassen.pdf"
        self.dialog = PrintPreviewDialog(out.getvalue(), title, self, file_name=name)
        self.dialog.open()

    def new_borrower(self) -> None:
        dialog = BorrowerDialog(self.services, None, self)
        self.dialog = dialog
        dialog.accepted.connect(
            lambda: self._saved(dialog.saved_id, translate("BorrowersScreen", "Borrower added."))
        )
        dialog.open()

    def edit_borrower(self) -> None:
        if self.detail is None:
            return
        dialog = BorrowerDialog(self.services, self.detail.row.id, self)
        self.dialog = dialog
        dialog.accepted.connect(
            lambda: self._saved(dialog.saved_id, translate("BorrowersScreen", "Changes saved."))
        )
        dialog.open()

    def _saved(self, borrower_id: int | None, message: str) -> None:
        self.banner.ok(message)
        self.apply_filter(select_id=borrower_id)

    def toggle_active(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        ok, _ = self.attempt(
            self.banner,
            lambda: self.services.set_borrower_active(row.id, not row.active),
            changes=True,
        )
        if ok:
            text = (
                translate("BorrowersScreen", "%1 is inactive now.")
                if row.active
                else translate("BorrowersScreen", "%1 is active again.")
            )
            self.banner.ok(text.replace("%1", row.name))
            if row.active and not self.inactive_check.isChecked():
                self.inactive_check.setChecked(True)  # keep the borrower in view
            self.apply_filter(select_id=row.id)

    def ask_erase(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("BorrowersScreen", "Erase personal data"),
            "",
            parent=self,
        )
        box.setText(
            translate("BorrowersScreen", "Erase the personal data of %1?").replace("%1", row.name)
        )
        box.setInformativeText(
            translate(
                "BorrowersScreen",
                "The name, e-mail address, phone number and team are removed for good, also "
                "from notes and review texts, their reviews are withdrawn, and the card can no "
                "longer be used. The loans stay, without a name, so the loan statistics remain "
                "correct. This cannot be undone.",
            )
        )
        self.erase_confirm_button = box.addButton(
            translate("BorrowersScreen", "Erase data"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(
            translate("BorrowersScreen", "Keep data"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        calm_box(box)
        self.dialog = box

        def answered() -> None:
            if box.clickedButton() is not self.erase_confirm_button:
                return
            grant = coordinator.ask_coordinator(
                self, self.services.db, self.services.context(), "erase_borrower", ui_lang()
            )
            if grant is None:
                return
            ok, _ = self.attempt(
                self.banner, lambda: self.services.erase_borrower(row.id, grant), changes=True
            )
            if ok:
                self.banner.ok(
                    translate(
                        "BorrowersScreen", "The personal data of %1 has been erased."
                    ).replace("%1", row.name)
                )
                self.inactive_check.setChecked(True)
                self.apply_filter(select_id=row.id)

        box.finished.connect(lambda _r: answered())
        box.open()
