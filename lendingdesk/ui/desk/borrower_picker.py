"""'Who borrows it?': type-ahead search over borrowers, or scan their card.

Typing filters at once (the search goes by name, team, discipline or card code and returns at
most a screenful); ↑/↓ move through the results without leaving the search field, Enter picks.
A scanned borrower card picks that borrower directly.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from lendingdesk.services.desk import BorrowerChoice, DeskService, ItemInfo
from lendingdesk.ui.forms.ui_borrower_picker import Ui_BorrowerPicker
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans

_Index = QModelIndex | QPersistentModelIndex


class BorrowerListModel(QAbstractListModel):
    ChoiceRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BorrowerChoice] = []
        self.inactive_text = "inactive"

    def set_rows(self, rows: list[BorrowerChoice]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            extra = " · ".join(x for x in (row.team, row.discipline, row.badge) if x)
            suffix = "" if row.active else f"  ({self.inactive_text})"
            return f"{row.name}{suffix}\n{extra}"
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            from PySide6.QtGui import QColor

            return QColor("#8a8f96")
        if role == self.ChoiceRole:
            return row
        return None


class BorrowerPicker(QDialog):
    def __init__(
        self,
        service: DeskService,
        item: ItemInfo | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.item = item
        self.chosen_badge: str | None = None
        self.ui = Ui_BorrowerPicker()
        self.ui.setupUi(self)
        self.setObjectName("borrowerPicker")
        self.model = BorrowerListModel(self)
        self.ui.resultsView.setModel(self.model)
        font = QFont(self.ui.resultsView.font())
        font.setPointSizeF(max(font.pointSizeF(), 12.0))
        self.ui.resultsView.setFont(font)
        self.ui.resultsView.setAlternatingRowColors(True)
        self.ui.resultsView.setSpacing(2)
        self.ui.searchEdit.textChanged.connect(self.search)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.resultsView.doubleClicked.connect(lambda _i: self.choose())
        self.ui.chooseButton.clicked.connect(self.choose)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.chooseButton.setProperty("primary", True)
        accept_scans(self, Accepts.BADGE, self._take_scan, refuse=self._refuse_scan)
        self._retranslate()
        self.search("")
        self.ui.searchEdit.setFocus()

    # --- searching ---------------------------------------------------------------------------

    def search(self, text: str) -> None:
        rows = self.service.search_borrowers(text, limit=30)
        rows.sort(key=lambda r: not r.active)  # active people first
        self.model.set_rows(rows)
        if rows:
            self.ui.resultsView.setCurrentIndex(self.model.index(0, 0))
        self.ui.chooseButton.setEnabled(bool(rows))

    def current(self) -> BorrowerChoice | None:
        index = self.ui.resultsView.currentIndex()
        return self.model.data(index, BorrowerListModel.ChoiceRole) if index.isValid() else None

    def choose(self) -> None:
        row = self.current()
        if row is None:
            return
        self.chosen_badge = row.badge
        self.accept()

    def _take_scan(self, scan: Scan) -> bool:
        """A scanned card while the picker is open chooses that borrower."""
        self.chosen_badge = scan.code
        self.accept()
        return True

    def _refuse_scan(self, text: str) -> None:
        self.ui.hintLabel.setText(text)
        self.ui.hintLabel.setStyleSheet("color: #8a1111; font-weight: 600;")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 8,
                Qt.Key.Key_PageUp: -8,
            }
            if event.key() in step and self.model.rows:
                row = self.ui.resultsView.currentIndex().row()
                row = max(0, min(len(self.model.rows) - 1, row + step[event.key()]))
                self.ui.resultsView.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(obj, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.item is not None:
            self.ui.headline.setText(
                self.tr("Who borrows %1 (%2)?")
                .replace("%1", self.item.product)
                .replace("%2", self.item.tag)
            )
            if self.item.held_for:
                self.ui.hintLabel.setText(
                    self.tr("Held for %1 (waiting list).").replace("%1", self.item.held_for)
                )
                self.ui.hintLabel.setStyleSheet("color: #6b3d00; font-weight: 600;")
        else:
            self.ui.headline.setText(self.tr("Who is at the desk?"))
            self.setWindowTitle(self.tr("Choose a borrower"))
            self.ui.chooseButton.setText(self.tr("Choose (Enter)"))
        self.ui.headline.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.model.inactive_text = self.tr("inactive")
