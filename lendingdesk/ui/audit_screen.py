"""The audit log screen: who did what, when, at which desk; filtered, paged, exportable.

The table model fetches pages of events from the audit service as the user scrolls
(``canFetchMore``/``fetchMore``), so a long log opens at once. No SQL here: everything goes
through ``lendingdesk.services.audit.AuditService``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.audit import AuditFilter, AuditRow, AuditService, action_label
from lendingdesk.services.views import Page
from lendingdesk.ui.i18n import date_edit_format, format_date
from lendingdesk.ui.models.paged import PagedTableModel, Roles
from lendingdesk.ui.screens.base import fit_columns

ModelIndex = QModelIndex | QPersistentModelIndex


class AuditTableModel(PagedTableModel):
    """Audit events, newest first, a page at a time (the shared paged model); ``total`` is the
    size of the whole filtered log."""

    COL_WHEN, COL_ACTOR, COL_DESK, COL_ACTION, COL_RECORD, COL_DETAILS = range(6)
    RowRole = Roles.Row
    CONTEXT = "AuditScreen"
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditScreen", "When"),
        QT_TRANSLATE_NOOP("AuditScreen", "Who"),
        QT_TRANSLATE_NOOP("AuditScreen", "Desk"),
        QT_TRANSLATE_NOOP("AuditScreen", "Action"),
        QT_TRANSLATE_NOOP("AuditScreen", "Record"),
        QT_TRANSLATE_NOOP("AuditScreen", "Details"),
    )

    def __init__(self, service: AuditService, lang: str = "nl", page_size: int = 200) -> None:
        super().__init__(self._page, page_size=page_size)
        self._service = service
        self._lang = lang
        self._filter = AuditFilter()
        self._total = 0

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, flt: AuditFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._total = self._service.count(self._filter)
        super().reload()

    def _page(self, offset: int, limit: int) -> Page[AuditRow]:
        rows = self._service.page(self._filter, offset, limit)
        # A log that shrank meanwhile (a restore) simply ends early.
        return Page(tuple(rows), offset, len(rows) == limit and offset + limit < self._total)

    def display(self, row: AuditRow, column: int) -> str:
        if column == self.COL_WHEN:
            return f"{format_date(row.when.date(), self._lang, long=False)} {row.when:%H:%M:%S}"
        if column == self.COL_ACTOR:
            return row.actor or "–"
        if column == self.COL_DESK:
            return row.desk or "–"
        if column == self.COL_ACTION:
            return action_label(row.action, self._lang)
        if column == self.COL_RECORD:
            return row.record_text(self._lang)
        return row.details_text(self._lang)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditScreen(QWidget):
    """Logboek: every change of state, who made it, when and at which desk."""

    def __init__(self, service: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditScreen")
        self._service = service
        lang = getattr(service, "lang", None) or os.environ.get("LENDINGDESK_LANG", "nl")
        self._lang = "en" if str(lang).startswith("en") else "nl"
        # Dialogs are attributes so tests (and a kiosk build) can replace them.
        self.ask_path: Callable[[], str | None] = self._ask_path
        self.ask_secret: Callable[[], str | None] = self._ask_secret

        self.model = AuditTableModel(self._service, self._lang)

        self.title_label = title = QLabel(self.title())
        title.setObjectName("screenTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        self.action_box = QComboBox()
        self.action_box.setAccessibleName(QCoreApplication.translate("AuditScreen", "Action"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("AuditScreen", "Search by person, desk or record")
        )
        self.search.setClearButtonEnabled(True)
        self.period = QCheckBox(QCoreApplication.translate("AuditScreen", "Only from"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format(self._lang))
            edit.setEnabled(False)
        self.export_button = QPushButton(QCoreApplication.translate("AuditScreen", "Export (CSV)…"))
        self.export_button.setToolTip(
            QCoreApplication.translate("AuditScreen", "Needs the coordinator code")
        )

        filters = QHBoxLayout()
        self.action_label = QLabel(QCoreApplication.translate("AuditScreen", "Action:"))
        filters.addWidget(self.action_label)
        filters.addWidget(self.action_box)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.period)
        filters.addWidget(self.since)
        self.to_label = QLabel(QCoreApplication.translate("AuditScreen", "to"))
        filters.addWidget(self.to_label)
        filters.addWidget(self.until)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # When, who, desk, action and record show in full (the time too); the details share
        # what is left and show in full in the tooltip.
        fit_columns(self.table, elidable=(AuditTableModel.COL_DETAILS,))

        self.count_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("auditStatus")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.action_box.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.period.toggled.connect(self._period_toggled)
        self.since.dateChanged.connect(self._apply_filter)
        self.until.dateChanged.connect(self._apply_filter)
        self.export_button.clicked.connect(self.export)
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("AuditScreen", "Audit log")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.isAncestorOf(QApplication.focusWidget()):
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)  # the first field

    def changeEvent(self, event: QEvent) -> None:
        # The desk switches Dutch/English at run time: follow it (texts, action names, rows).
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        dutch = QLocale().language() == QLocale.Language.Dutch
        self._lang = "nl" if dutch else "en"
        self.model._lang = self._lang
        self.status.clear()  # a message in the previous language does not stay
        for edit in (self.since, self.until):
            edit.setDisplayFormat(date_edit_format(self._lang))
        self.title_label.setText(self.title())
        self.action_label.setText(QCoreApplication.translate("AuditScreen", "Action:"))
        self.to_label.setText(QCoreApplication.translate("AuditScreen", "to"))
        self.action_box.setAccessibleName(QCoreApplication.translate("AuditScreen", "Action"))
        self.search.setPlaceholderText(
            QCoreApplication.translate("AuditScreen", "Search by person, desk or record")
        )
        self.period.setText(QCoreApplication.translate("AuditScreen", "Only from"))
        self.export_button.setText(QCoreApplication.translate("AuditScreen", "Export (CSV)…"))
        self.export_button.setToolTip(
            QCoreApplication.translate("AuditScreen", "Needs the coordinator code")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list of actions and the events (keeps the chosen filter)."""
        chosen = self.action_box.currentData()
        self.action_box.blockSignals(True)
        self.action_box.clear()
        self.action_box.addItem(QCoreApplication.translate("AuditScreen", "All actions"), None)
        labelled = sorted(self._service.actions(), key=lambda a: action_label(a, self._lang))
        for action in labelled:
            self.action_box.addItem(action_label(action, self._lang), action)
        index = self.action_box.findData(chosen)
        self.action_box.setCurrentIndex(max(index, 0))
        self.action_box.blockSignals(False)
        self._apply_filter()

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.period.isChecked():
            since, until = _to_date(self.since.date()), _to_date(self.until.date())
            if until < since:
                since, until = until, since
        return AuditFilter(
            action=self.action_box.currentData(),
            since=since,
            until=until,
            text=self.search.text(),
        )

    def _period_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self._apply_filter()

    def _apply_filter(self, *_: object) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(
            QCoreApplication.translate("AuditScreen", "%n event(s)", "", self.model.total)
        )

    def set_period(self, since: date, until: date) -> None:
        self.since.setDate(QDate(since.year, since.month, since.day))
        self.until.setDate(QDate(until.year, until.month, until.day))
        self.period.setChecked(True)

    # --- export ------------------------------------------------------------------------------

    def _ask_path(self) -> str | None:
        suggested = str(Path.home() / f"logboek-{date.today():%Y-%m-%d}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("AuditScreen", "Export audit log"),
            suggested,
            QCoreApplication.translate("AuditScreen", "CSV files (*.csv)"),
        )
        return path or None

    def _ask_secret(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("AuditScreen", "Coordinator code"),
            QCoreApplication.translate(
                "AuditScreen", "Exporting the audit log needs the coordinator code:"
            ),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def export(self) -> int | None:
        """Ask where and the coordinator code, then write the filtered log as CSV."""
        from lendingdesk.services import access

        try:
            # No code set yet: say so now, not after a file and a code nobody has were asked.
            if not access.AccessService(self._service.db, lambda: self._service.ctx).has_code():
                access.authorize(self._service.db, self._service.ctx, None, "audit_export")
        except LendingError as exc:
            self._show(exc.message(self._lang), error=True)
            return None
        path = self.ask_path()
        if not path:
            return None
        secret = self.ask_secret()
        if secret is None:
            return None
        try:
            count = self._service.export(self.current_filter(), Path(path), secret, lang=self._lang)
        except LendingError as exc:
            self._show(exc.message(self._lang), error=True)
            return None
        self._show(
            QCoreApplication.translate(
                "AuditScreen", "%n event(s) exported to %1.", "", count
            ).replace("%1", path)
        )
        self.refresh()  # the export itself is now in the log
        return count

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(
            "color: #b00020; font-weight: bold;" if error else "color: #1b5e20; font-weight: bold;"
        )
