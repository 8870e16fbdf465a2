"""A product's maintenance plan and kit parts, opened from the catalogue's product (Ctrl+K).

Two tabs, by keyboard alone (Ctrl+1, Ctrl+2):

- **Maintenance plan**: the recurring checks of every item of the product (battery, firmware,
  SIM, calibration, electrical safety or a key of one's own), each with its interval and
  whether an overdue check blocks lending or only warns. Choose a row to change it; Ctrl+S
  saves the form, Delete (in the list) or Ctrl+D removes the chosen check.
- **Kit parts**: every part (the product's accessories, named under Edit product) of every
  item, with its own label when it has one. Ctrl+L gives the chosen part a fresh label; a
  pre-printed label scanned here is linked to it; Ctrl+P prints the chosen part's label.

The rules are in domain/maintenance.py and domain/kits.py, through services/views/maintenance.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.domain.kits import PartLabel
from lendingdesk.domain.maintenance import KINDS, MAX_INTERVAL_DAYS
from lendingdesk.services.views.maintenance import MaintenanceView, PlanRow
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
    style_table,
    translate,
    ui_lang,
)


class UpkeepDialog(QDialog):
    def __init__(
        self,
        services: MaintenanceView,
        product_id: int,
        product_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("upkeepDialog")
        self.services = services
        self.product_id = product_id
        self.product_name = product_name
        self.plans: tuple[PlanRow, ...] = ()
        self.parts: tuple[PartLabel, ...] = ()
        self.changed = False  # something was saved: the screen behind reloads
        self.labels_dialog: QWidget | None = None
        readable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.headline = heading(self, 16)
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._plans_page(), "")
        self.tabs.addTab(self._parts_page(), "")
        bind_key(self, "Ctrl+1", lambda: self._tab(0))
        bind_key(self, "Ctrl+2", lambda: self._tab(1))
        self.closeButton = QPushButton(self)
        self.closeButton.setAutoDefault(False)
        self.closeButton.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.closeButton)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addLayout(bottom)
        accept_scans(self, Accepts.ITEM, self._take_scan, refuse=self.banner.error)
        self.resize(1060, 620)
        self.retranslate()
        propagate_fonts(self)
        self.reload()
        self.plansTable.setFocus()

    # --- the maintenance plan ------------------------------------------------------------

    def _plans_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.plansExplain = QLabel(page)
        self.plansExplain.setWordWrap(True)
        self.plansExplain.setStyleSheet("color:#4a5a6a;")
        self.plansTable = style_table(QTableWidget(0, 4, page))
        self.plansTable.setObjectName("plansTable")
        self.plansTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plansTable.itemSelectionChanged.connect(self._plan_chosen)
        _widths(self.plansTable, stretch=0)
        self.form = QFormLayout()
        self.checkCombo = QComboBox(page)
        self.checkCombo.setObjectName("checkCombo")
        self.checkCombo.setEditable(True)  # a key of one's own, e.g. "oxygen"
        self.checkLabelEdit = QLineEdit(page)
        self.checkLabelEdit.setObjectName("checkLabelEdit")
        self.checkLabelEdit.setMaxLength(120)
        self.intervalSpin = QSpinBox(page)
        self.intervalSpin.setObjectName("intervalSpin")
        self.intervalSpin.setRange(1, MAX_INTERVAL_DAYS)
        self.intervalSpin.setValue(180)
        self.intervalSpin.setMaximumWidth(160)
        self.blockingCheck = QCheckBox(page)
        self.blockingCheck.setObjectName("blockingCheck")
        self.form_labels = [QLabel(page) for _ in range(3)]
        for label, field in zip(
            self.form_labels, (self.checkCombo, self.checkLabelEdit, self.intervalSpin), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.blockingCheck)
        self.checkCombo.currentIndexChanged.connect(self._kind_chosen)
        self.checkLabelEdit.returnPressed.connect(self.save_plan)
        buttons = QHBoxLayout()
        self.removeButton = QPushButton(page)
        self.removeButton.setObjectName("removeButton")
        self.saveButton = QPushButton(page)
        self.saveButton.setObjectName("saveButton")
        self.saveButton.setStyleSheet(PRIMARY_BUTTON)
        for button in (self.removeButton, self.saveButton):
            button.setAutoDefault(False)
        self.saveButton.clicked.connect(self.save_plan)
        self.removeButton.clicked.connect(self.remove_plan)
        bind_button(self, self.saveButton, "Ctrl+S")
        bind_button(self, self.removeButton, "Ctrl+D")
        self.plansTable.installEventFilter(self)  # Delete in the list removes the check
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        buttons.addWidget(self.saveButton)
        layout.addWidget(self.plansExplain)
        layout.addWidget(self.plansTable, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        return page

    def _fill_kinds(self) -> None:
        lang = ui_lang()
        current = self._key()
        self.checkCombo.blockSignals(True)
        self.checkCombo.clear()
        for key, (nl, en) in KINDS.items():
            self.checkCombo.addItem(f"{nl if lang == 'nl' else en} ({key})", key)
        self._set_key(current or "battery")
        self.checkCombo.blockSignals(False)

    def _key(self) -> str:
        """The chosen check's key: a listed kind, or what was typed (a key of one's own)."""
        text = self.checkCombo.currentText().strip()
        index = self.checkCombo.findText(text)
        if index >= 0 and self.checkCombo.itemData(index):
            return str(self.checkCombo.itemData(index))
        return text.casefold()

    def _set_key(self, key: str) -> None:
        index = self.checkCombo.findData(key)
        if index >= 0:
            self.checkCombo.setCurrentIndex(index)
        else:
            self.checkCombo.setEditText(key)

    def _kind_chosen(self, *_args: object) -> None:
        self.checkLabelEdit.clear()  # the usual label of a listed kind, unless typed

    def _plan_chosen(self) -> None:
        row = self.plansTable.currentRow()
        selected = self.plansTable.selectionModel().hasSelection()
        self.removeButton.setEnabled(selected and 0 <= row < len(self.plans))
        if not selected or not 0 <= row < len(self.plans):
            return
        plan = self.plans[row]
        self.checkCombo.blockSignals(True)
        self._set_key(plan.key)
        self.checkCombo.blockSignals(False)
        self.checkLabelEdit.setText(plan.label)
        self.intervalSpin.setValue(plan.interval_days)
        self.blockingCheck.setChecked(plan.blocking)

    def save_plan(self) -> None:
        key = self._key()
        label = self.checkLabelEdit.text().strip() or None
        ok, row = self._attempt(
            lambda: self.services.set_plan(
                self.product_id,
                key,
                interval_days=self.intervalSpin.value(),
                blocking=self.blockingCheck.isChecked(),
                label=label,
            )
        )
        if ok:
            effect = (
                translate("UpkeepDialog", "an overdue check blocks lending")
                if row.blocking
                else translate("UpkeepDialog", "an overdue check only warns")
            )
            self.banner.ok(
                translate("UpkeepDialog", "Saved: %1 every %2 days; %3.")
                .replace("%1", row.label)
                .replace("%2", str(row.interval_days))
                .replace("%3", effect)
            )
            self.reload(select_key=row.key)

    def remove_plan(self) -> None:
        row = self.plansTable.currentRow()
        if not self.plansTable.selectionModel().hasSelection() or not 0 <= row < len(self.plans):
            self.banner.error(
                translate("UpkeepDialog", "Choose the check to remove in the list first.")
            )
            return
        plan = self.plans[row]
        ok, _ = self._attempt(lambda: self.services.remove_plan(self.product_id, plan.key))
        if ok:
            self.banner.ok(
                translate("UpkeepDialog", "Removed: %1. The checks already recorded stay.").replace(
                    "%1", plan.label
                )
            )
            self.reload()
            self.plansTable.setFocus()

    # --- kit parts ---------------------------------------------------------------------------

    def _parts_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.partsExplain = QLabel(page)
        self.partsExplain.setWordWrap(True)
        self.partsExplain.setStyleSheet("color:#4a5a6a;")
        self.partsTable = style_table(QTableWidget(0, 4, page))
        self.partsTable.setObjectName("kitPartsTable")
        self.partsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partsTable.itemSelectionChanged.connect(self._update_part_buttons)
        _widths(self.partsTable, stretch=1)
        buttons = QHBoxLayout()
        self.newLabelButton = QPushButton(page)
        self.newLabelButton.setObjectName("newLabelButton")
        self.printLabelButton = QPushButton(page)
        self.printLabelButton.setObjectName("printLabelButton")
        for button in (self.newLabelButton, self.printLabelButton):
            button.setAutoDefault(False)
        self.newLabelButton.clicked.connect(lambda: self.label_part(None))
        self.printLabelButton.clicked.connect(self.print_label)
        bind_button(self, self.newLabelButton, "Ctrl+L")
        bind_button(self, self.printLabelButton, "Ctrl+P")
        buttons.addWidget(self.newLabelButton)
        buttons.addWidget(self.printLabelButton)
        buttons.addStretch(1)
        layout.addWidget(self.partsExplain)
        layout.addWidget(self.partsTable, 1)
        layout.addLayout(buttons)
        return page

    def _part(self) -> PartLabel | None:
        row = self.partsTable.currentRow()
        if not self.partsTable.selectionModel().hasSelection():
            return None
        return self.parts[row] if 0 <= row < len(self.parts) else None

    def _update_part_buttons(self) -> None:
        part = self._part()
        self.newLabelButton.setEnabled(part is not None)
        self.printLabelButton.setEnabled(part is not None and part.tag is not None)

    def label_part(self, code: str | None) -> None:
        """Give the chosen part a label: ``code`` (a pre-printed one scanned) or a fresh one."""
        part = self._part()
        if part is None:
            self.banner.error(translate("UpkeepDialog", "Choose a part in the list first."))
            return
        ok, tag = self._attempt(lambda: self.services.label_part(part.item_id, part.part, code))
        if ok:
            self.banner.ok(
                translate("UpkeepDialog", "%1 of %2 now has label %3. Print it with Ctrl+P.")
                .replace("%1", part.part)
                .replace("%2", part.item_tag)
                .replace("%3", tag)
            )
            row = self.partsTable.currentRow()
            self.reload()
            self.tabs.setCurrentIndex(1)
            self.partsTable.selectRow(row)
            self.partsTable.setFocus()

    def print_label(self) -> None:
        part = self._part()
        if part is None or part.tag is None:
            self.banner.error(
                translate("UpkeepDialog", "Choose a part with a label of its own first.")
            )
            return
        from lendingdesk.ui.printing.labels_dialog import LabelsDialog

        dialog = LabelsDialog(
            self.services.db,
            selected_tags=[part.tag],
            product_name=f"{self.product_name} – {part.part}",
            parent=self,
        )
        self.labels_dialog = dialog
        dialog.open()

    def _take_scan(self, scan: Scan) -> bool:
        """A pre-printed label scanned on the parts tab: linked to the chosen part."""
        if self.tabs.currentIndex() != 1:
            self.banner.error(
                translate(
                    "UpkeepDialog",
                    "To link a label to a part, open Kit parts (Ctrl+2) and choose it.",
                )
            )
            return True
        self.label_part(scan.code)
        return True

    # --- common ------------------------------------------------------------------------------

    def _tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        (self.plansTable if index == 0 else self.partsTable).setFocus()

    def _attempt(self, action):  # type: ignore[no-untyped-def]
        from lendingdesk.errors import LendingError

        try:
            value = action()
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return False, None
        self.changed = True
        return True, value

    def reload(self, select_key: str | None = None) -> None:
        self.plans = self.services.product_plans(self.product_id)
        fill_table(
            self.plansTable,
            [
                (
                    p.label,
                    translate("UpkeepDialog", "every %1 days").replace("%1", str(p.interval_days)),
                    translate("UpkeepDialog", "blocks lending")
                    if p.blocking
                    else translate("UpkeepDialog", "warns"),
                    p.key,
                )
                for p in self.plans
            ],
            ["#fde8e6" if p.blocking else None for p in self.plans],
        )
        self.plansTable.clearSelection()
        if select_key is not None:
            row = next((n for n, p in enumerate(self.plans) if p.key == select_key), -1)
            if row >= 0:
                self.plansTable.selectRow(row)
        self.removeButton.setEnabled(self.plansTable.selectionModel().hasSelection())
        self.parts = self.services.part_labels(self.product_id)
        fill_table(
            self.partsTable,
            [
                (
                    p.item_tag,
                    p.part,
                    p.tag or translate("UpkeepDialog", "no label of its own"),
                    translate("UpkeepDialog", "missing") if p.missing else "",
                )
                for p in self.parts
            ],
        )
        self.partsTable.clearSelection()
        self._update_part_buttons()
        self.tabs.setTabText(
            0,
            translate("UpkeepDialog", "&Maintenance plan (%1)").replace("%1", str(len(self.plans))),
        )
        self.tabs.setTabText(
            1, translate("UpkeepDialog", "&Kit parts (%1)").replace("%1", str(len(self.parts)))
        )

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        if (
            obj is self.plansTable
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_plan()
            return True
        return super().eventFilter(obj, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "closeButton"):
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            translate("UpkeepDialog", "Maintenance and kit parts: %1").replace(
                "%1", self.product_name
            )
        )
        self.headline.setText(
            translate("UpkeepDialog", "Maintenance and kit parts: %1").replace(
                "%1", self.product_name
            )
        )
        self.plansExplain.setText(
            translate(
                "UpkeepDialog",
                "Recurring checks of every item of this product. A check is due its interval "
                "after it was last recorded; when it is overdue the desk warns, or refuses to "
                "lend the item when the check blocks lending (red).",
            )
        )
        self.plansTable.setHorizontalHeaderLabels(
            [
                translate("UpkeepDialog", "Check"),
                translate("UpkeepDialog", "Interval"),
                translate("UpkeepDialog", "When overdue"),
                translate("UpkeepDialog", "Key"),
            ]
        )
        texts = (
            translate("UpkeepDialog", "C&heck"),
            translate("UpkeepDialog", "What the desk &shows"),
            translate("UpkeepDialog", "&Interval"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self._fill_kinds()
        self.checkLabelEdit.setPlaceholderText(
            translate("UpkeepDialog", "empty: the usual name of the check")
        )
        self.intervalSpin.setSuffix(translate("UpkeepDialog", " days"))
        self.blockingCheck.setText(
            translate("UpkeepDialog", "&Block lending while this check is overdue")
        )
        self.saveButton.setText(translate("UpkeepDialog", "Save check (Ctrl+S)"))
        self.removeButton.setText(translate("UpkeepDialog", "Remove check (Ctrl+D)"))
        self.partsExplain.setText(
            translate(
                "UpkeepDialog",
                "The parts are the product's accessories (change them under Edit product). A "
                "part with a label of its own is ticked by scanning it at check-out and check-in. "
                "Choose a part, then give it a new label or scan an unused pre-printed one.",
            )
        )
        self.partsTable.setHorizontalHeaderLabels(
            [
                translate("UpkeepDialog", "Item"),
                translate("UpkeepDialog", "Part"),
                translate("UpkeepDialog", "Own label"),
                translate("UpkeepDialog", "Status"),
            ]
        )
        self.newLabelButton.setText(translate("UpkeepDialog", "New label (Ctrl+L)"))
        self.printLabelButton.setText(translate("UpkeepDialog", "Print label (Ctrl+P)"))
        self.closeButton.setText(translate("UpkeepDialog", "Close (Esc)"))


def _widths(table: QTableWidget, *, stretch: int) -> None:
    """Every column as wide as its texts, the ``stretch`` one taking the rest (a long name is
    elided there, in full in its tooltip)."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode.ResizeToContents
        if column == stretch:
            mode = QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
