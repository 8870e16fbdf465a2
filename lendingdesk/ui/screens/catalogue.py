"""Catalogue: products and their items. Search as you type, filters, a detail pane with photo,
description, cleaning protocol, accessories, the items and the loan history; create, edit,
retire; add items with fresh labels or by scanning pre-printed ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.domain.status import GONE, MAY_GO_TO_MAINTENANCE, ItemStatus
from lendingdesk.services.views import (
    CatalogueView,
    ItemRow,
    ProductDetail,
    ProductFilter,
)
from lendingdesk.ui import coordinator
from lendingdesk.ui.fit import wide_enough
from lendingdesk.ui.models.labels import STATUS_TEXT, status_text
from lendingdesk.ui.models.paged import Roles
from lendingdesk.ui.models.tables import ItemTableModel, LoanHistoryModel, ProductTableModel
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans
from lendingdesk.ui.screens.base import (
    DANGER_BUTTON,
    PRIMARY_BUTTON,
    Banner,
    Screen,
    SearchField,
    bind_button,
    bind_key,
    calm_box,
    fit_columns,
    heading,
    make_table,
    readable,
    separator,
    translate,
    ui_lang,
)
from lendingdesk.ui.screens.dialogs import AddItemsDialog, ItemDialog, ProductDialog

C = "CatalogueScreen"
PHOTO_SIZE = 132


class _Section(QWidget):
    """A small heading with a text body below it (hidden when there is nothing to say)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        self.caption = heading(self, 12.5)
        self.caption.setStyleSheet("color:#38475a;")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.caption)
        layout.addWidget(self.body)

    def set_body(self, text: str) -> None:
        self.body.setText(text)
        self.setVisible(bool(text.strip()))


class CatalogueScreen(Screen):
    def __init__(self, services: CatalogueView, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.detail: ProductDetail | None = None
        self.dialog: QWidget | None = None

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(8)

        top = QHBoxLayout()
        self.search = SearchField(self)
        self.search.setMinimumHeight(38)
        readable(self.search, 13)
        self.new_button = QPushButton(self)
        self.new_button.setStyleSheet(PRIMARY_BUTTON)
        self.blank_labels_button = QPushButton(self)
        top.addWidget(self.search, 1)
        top.addWidget(self.blank_labels_button)
        top.addWidget(self.new_button)
        root.addLayout(top)

        filters = QHBoxLayout()
        self.category_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.location_filter = QComboBox(self)
        for combo in (self.category_filter, self.status_filter, self.location_filter):
            combo.setMinimumWidth(170)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            filters.addWidget(combo)
        self.retired_check = QCheckBox(self)
        filters.addWidget(self.retired_check)
        filters.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color:#5a6675;")
        filters.addWidget(self.count_label)
        root.addLayout(filters)

        self.banner = Banner(self)
        root.addWidget(self.banner)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = ProductTableModel(parent=self)
        self.table = make_table(split)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(False)
        fit_columns(self.table, elidable=(0, 1, 2), main=0)
        split.addWidget(self.table)
        split.addWidget(self._build_detail(split))
        # The list gets the larger share: product names are what people scan the list for.
        # The details get enough for their own tables on a 1280×720 screen: an item's status
        # and location, and who had it in the loan history (at 7:3 the location was cut off
        # and the borrower's name shrank to "Ruud …").
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 300])
        split.setChildrenCollapsible(False)
        root.addWidget(split, 1)

        self.search.searchChanged.connect(lambda _text: self.apply_filter())
        for combo in (self.category_filter, self.status_filter, self.location_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.retired_check.toggled.connect(lambda _on: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.loadFailed.connect(lambda exc: self.show_failure(self.banner, exc))
        self.new_button.clicked.connect(self.new_product)
        self.edit_button.clicked.connect(self.edit_product)
        self.add_items_button.clicked.connect(self.add_items)
        self.retire_button.clicked.connect(self.retire_product)
        self.upkeep_button.clicked.connect(self.edit_upkeep)
        self.labels_button.clicked.connect(self.print_labels)
        self.blank_labels_button.clicked.connect(lambda: self.print_labels(blank=True))
        self.item_edit_button.clicked.connect(self.edit_item)
        self.item_maintenance_button.clicked.connect(self.item_to_maintenance)
        self.item_lost_button.clicked.connect(lambda: self._item_action("lost"))
        self.item_found_button.clicked.connect(lambda: self._item_action("found"))
        self.item_retire_button.clicked.connect(lambda: self._item_action("retire"))
        self.items_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_item_buttons()
        )

        self._fill_filters()
        accept_scans(self, Accepts.ITEM, self._take_scan, refuse=self.banner.error)
        # Everyday actions by keyboard (named in the tooltips).
        bind_button(self, self.new_button, "Ctrl+N")
        bind_button(self, self.edit_button, "Ctrl+E")
        bind_button(self, self.add_items_button, "Ctrl+I")
        bind_button(self, self.upkeep_button, "Ctrl+K")
        bind_button(self, self.labels_button, "Ctrl+P")
        bind_key(self, "Ctrl+Shift+F", lambda: self.category_filter.setFocus())
        self.search.results = self.table
        self._finish_setup()
        self.apply_filter()

    # -- layout -----------------------------------------------------------------------------

    def _build_detail(self, parent: QWidget) -> QWidget:
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        pane = QWidget(scroll)
        pane.setObjectName("detailPane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(14, 4, 8, 8)
        layout.setSpacing(6)

        head = QHBoxLayout()
        self.photo = QLabel(pane)
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setWordWrap(True)
        self.photo.setStyleSheet(
            "QLabel { background:#f0f3f7; border:1px solid #d4d9e1; border-radius:6px; color:#7a8594; }"
        )
        head.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        self.name_label = heading(pane, 17)
        self.meta_label = QLabel(pane)
        self.meta_label.setWordWrap(True)
        self.meta_label.setStyleSheet("color:#4a5563;")
        self.retired_label = QLabel(pane)
        self.retired_label.setStyleSheet(
            "QLabel { background:#eeeeee; color:#444; border-radius:4px; padding:2px 8px; }"
        )
        titles.addWidget(self.name_label)
        titles.addWidget(self.meta_label)
        titles.addWidget(self.retired_label, 0, Qt.AlignmentFlag.AlignLeft)
        titles.addStretch(1)
        head.addLayout(titles, 1)
        layout.addLayout(head)
        # Two buttons a row here and under the items: the pane beside the list stays narrow
        # enough at 1280 px for the list to keep its availability column.
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(6)
        self.edit_button = QPushButton(pane)
        self.add_items_button = QPushButton(pane)
        self.upkeep_button = QPushButton(pane)
        self.upkeep_button.setObjectName("upkeepButton")
        self.retire_button = QPushButton(pane)
        self.retire_button.setStyleSheet(DANGER_BUTTON)
        buttons.addWidget(self.edit_button, 0, 0)
        buttons.addWidget(self.add_items_button, 0, 1)
        buttons.addWidget(self.retire_button, 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        upkeep = QHBoxLayout()  # a row of its own: the pane is no wider for it
        upkeep.addWidget(self.upkeep_button)
        upkeep.addStretch(1)
        layout.addLayout(upkeep)

        self.empty_label = QLabel(pane)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color:#5a6675;")
        layout.addWidget(self.empty_label)

        self.description = _Section(pane)
        self.cleaning = _Section(pane)
        self.care = _Section(pane)
        self.accessories = _Section(pane)
        for section in (self.description, self.cleaning, self.care, self.accessories):
            layout.addWidget(section)

        layout.addWidget(separator(pane))
        self.items_caption = heading(pane, 13)
        layout.addWidget(self.items_caption)
        self.items_model = ItemTableModel(self)
        self.items_table = make_table(pane)
        self.items_table.setModel(self.items_model)
        # Several items may be selected at once: for printing their labels together.
        self.items_table.setSelectionMode(self.items_table.SelectionMode.ExtendedSelection)
        self.items_table.horizontalHeader().setStretchLastSection(False)
        # The serial number steps aside on a narrow screen (the item's form shows it).
        fit_columns(self.items_table, elidable=(2, 3), optional=(3,))
        layout.addWidget(self.items_table)
        item_buttons = QGridLayout()
        item_buttons.setHorizontalSpacing(6)
        self.item_edit_button = QPushButton(pane)
        self.item_maintenance_button = QPushButton(pane)
        self.item_lost_button = QPushButton(pane)
        self.item_found_button = QPushButton(pane)
        self.item_retire_button = QPushButton(pane)
        self.item_retire_button.setStyleSheet(DANGER_BUTTON)
        item_buttons.addWidget(self.item_edit_button, 0, 0)
        item_buttons.addWidget(self.item_maintenance_button, 0, 1)
        item_buttons.addWidget(self.item_lost_button, 1, 0)
        item_buttons.addWidget(self.item_found_button, 1, 1)
        item_buttons.addWidget(self.item_retire_button, 2, 0)
        self.labels_button = QPushButton(pane)
        item_buttons.addWidget(self.labels_button, 2, 1)
        item_buttons.setColumnStretch(2, 1)
        layout.addLayout(item_buttons)

        layout.addWidget(separator(pane))
        self.history_caption = heading(pane, 13)
        layout.addWidget(self.history_caption)
        self.history_model = LoanHistoryModel(self)
        self.history_table = make_table(pane)
        self.history_table.setObjectName("loanHistory")
        self.history_table.setModel(self.history_model)
        self.history_table.setSelectionMode(self.history_table.SelectionMode.NoSelection)
        # The label steps aside on a narrow screen (the items table above shows the labels);
        # who had it and when stay.
        fit_columns(self.history_table, elidable=(2, 3, 4), optional=(3,))
        self.history_table.setColumnHidden(LoanHistoryModel.PRODUCT, True)
        layout.addWidget(self.history_table)
        layout.addStretch(1)
        scroll.setWidget(pane)
        wide_enough(scroll)  # buttons and items never cut off at the right (was at 1280 px)
        self.detail_pane = pane
        self._show_detail(None)
        return scroll

    def _fill_filters(self) -> None:
        self.category_filter.blockSignals(True)
        self.location_filter.blockSignals(True)
        self.status_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem("", None)
        for choice in self.services.categories():
            self.category_filter.addItem(choice.name, choice.id)
        self.location_filter.clear()
        self.location_filter.addItem("", None)
        for choice in self.services.locations():
            self.location_filter.addItem(choice.name, choice.id)
        self.status_filter.clear()
        self.status_filter.addItem("", None)
        for code in STATUS_TEXT:
            self.status_filter.addItem(status_text(code), code)
        self.category_filter.blockSignals(False)
        self.location_filter.blockSignals(False)
        self.status_filter.blockSignals(False)

    # -- Screen interface -------------------------------------------------------------------

    def _take_scan(self, scan: Scan) -> bool:
        """A scanned label finds its product and selects the item in the detail."""
        ok, item = self.attempt(self.banner, lambda: self.services.item_row(scan.code))
        if not ok:
            return False
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search.cancel()
        for combo in (self.category_filter, self.status_filter, self.location_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if item.status == ItemStatus.RETIRED:
            self.retired_check.setChecked(True)
        self.apply_filter(select_id=item.product_id)
        row = self.items_model.find_row(item.id)
        if row >= 0:
            self.items_table.selectRow(row)
            self.items_table.scrollTo(self.items_model.index(row, 0))
        self.banner.ok(
            translate("CatalogueScreen", "Label %1: %2 (%3).")
            .replace("%1", item.tag)
            .replace("%2", item.product_name)
            .replace("%3", status_text(item.status))
        )
        return True

    @staticmethod
    def title() -> str:
        return translate("CatalogueScreen", "Catalogue")

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(
            translate("CatalogueScreen", "Search a product, maker or description…")
        )
        self.new_button.setText(translate("CatalogueScreen", "New product"))
        self.category_filter.setToolTip(
            translate("CatalogueScreen", "Filters (Ctrl+Shift+F, then Tab to the next)")
        )
        self.category_filter.setItemText(0, translate("CatalogueScreen", "All categories"))
        self.status_filter.setItemText(0, translate("CatalogueScreen", "Any status"))
        for index in range(1, self.status_filter.count()):
            self.status_filter.setItemText(index, status_text(self.status_filter.itemData(index)))
        self.location_filter.setItemText(0, translate("CatalogueScreen", "All locations"))
        self.retired_check.setText(translate("CatalogueScreen", "Show retired"))
        self.edit_button.setText(translate("CatalogueScreen", "Edit"))
        self.add_items_button.setText(translate("CatalogueScreen", "Add items…"))
        self.retire_button.setText(translate("CatalogueScreen", "Retire product"))
        self.upkeep_button.setText(translate("CatalogueScreen", "Maintenance and parts…"))
        self.item_edit_button.setText(translate("CatalogueScreen", "Edit item"))
        self.item_maintenance_button.setText(translate("CatalogueScreen", "To maintenance…"))
        self.item_lost_button.setText(translate("CatalogueScreen", "Report lost"))
        self.item_found_button.setText(translate("CatalogueScreen", "Found again"))
        self.item_retire_button.setText(translate("CatalogueScreen", "Retire item"))
        self.labels_button.setText(translate("CatalogueScreen", "Print labels…"))
        self.blank_labels_button.setText(translate("CatalogueScreen", "Blank labels…"))
        self.blank_labels_button.setToolTip(
            translate(
                "CatalogueScreen", "Labels with fresh codes, linked to items later by scanning"
            )
        )
        self.description.caption.setText(translate("CatalogueScreen", "Description"))
        self.cleaning.caption.setText(translate("CatalogueScreen", "Cleaning after return"))
        self.care.caption.setText(translate("CatalogueScreen", "Take care"))
        self.accessories.caption.setText(translate("CatalogueScreen", "Accessories"))
        self.retired_label.setText(translate("CatalogueScreen", "Retired"))
        self.empty_label.setText(
            translate("CatalogueScreen", "Choose a product on the left to see its details.")
        )
        self.model.retranslate()
        self.items_model.retranslate()
        self.history_model.retranslate()
        self._update_count()
        self._show_detail(self.detail)

    def refresh(self) -> None:
        self.services.invalidate()
        keep = self.detail.id if self.detail else None
        current = (
            self.category_filter.currentData(),
            self.location_filter.currentData(),
        )
        self._fill_filters()
        for combo, value in zip((self.category_filter, self.location_filter), current, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.retranslateUi()
        self.apply_filter(select_id=keep)

    # -- list -------------------------------------------------------------------------------

    def current_filter(self) -> ProductFilter:
        return ProductFilter(
            query=self.search.text(),
            category_id=self.category_filter.currentData(),
            status=self.status_filter.currentData(),
            location_id=self.location_filter.currentData(),
            include_retired=self.retired_check.isChecked(),
        )

    def apply_filter(self, select_id: int | None = None) -> None:
        flt = self.current_filter()
        self.model.set_fetch(lambda offset, limit: self.services.product_page(flt, offset, limit))
        row = self.model.find_row(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        elif select_id is not None:
            self._load_detail(select_id)
        else:
            self._show_detail(None)

    def _update_count(self, *_args: object) -> None:
        n = self.model.rowCount()
        text = translate("CatalogueScreen", "%n product(s)", None, n)
        if self.model.has_more:
            text = translate("CatalogueScreen", "more than %n product(s)", None, n)
        self.count_label.setText(text)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._load_detail(indexes[0].data(Roles.Id))

    def _load_detail(self, product_id: int | None) -> None:
        if product_id is None:
            self._show_detail(None)
            return
        ok, detail = self.attempt(self.banner, lambda: self.services.product_detail(product_id))
        self._show_detail(detail if ok else None)

    # -- detail -----------------------------------------------------------------------------

    def _show_detail(self, d: ProductDetail | None) -> None:
        self.detail = d
        has = d is not None
        for w in (
            self.name_label,
            self.meta_label,
            self.edit_button,
            self.add_items_button,
            self.upkeep_button,
            self.retire_button,
            self.items_caption,
            self.items_table,
            self.history_caption,
            self.history_table,
            self.photo,
        ):
            w.setVisible(has)
        self.empty_label.setVisible(not has)
        for b in (
            self.item_edit_button,
            self.item_maintenance_button,
            self.item_lost_button,
            self.item_found_button,
            self.item_retire_button,
            self.labels_button,
        ):
            b.setVisible(has)
        if d is None:
            for section in (self.description, self.cleaning, self.care, self.accessories):
                section.set_body("")
            self.retired_label.hide()
            self.items_model.set_rows(())
            self.history_model.set_rows(())
            return
        self.name_label.setText(d.name)
        meta = [part for part in (d.maker, d.category) if part]
        meta.append(translate("CatalogueScreen", "lent for %n day(s)", None, d.loan_days))
        self.meta_label.setText("  ·  ".join(meta))
        self.retired_label.setVisible(d.retired)
        self.add_items_button.setEnabled(not d.retired)
        self.retire_button.setEnabled(not d.retired)
        self._show_photo(d.photo)
        self.description.set_body(d.description)
        self.cleaning.set_body(
            d.cleaning_protocol or translate("CatalogueScreen", "No cleaning sign-off needed.")
        )
        care = d.care_instructions
        if not d.isolation_allowed:
            care = "\n".join(
                filter(
                    None, [translate("CatalogueScreen", "Not for use in isolation rooms."), care]
                )
            )
        self.care.set_body(care)
        self.accessories.set_body("\n".join(f"•  {a}" for a in d.accessories))
        self.items_caption.setText(translate("CatalogueScreen", "Items (%n)", None, len(d.items)))
        self.items_model.set_rows(d.items)
        self._fit_rows(self.items_table, len(d.items), 6)
        self.history_caption.setText(
            translate("CatalogueScreen", "Loan history (%n)", None, d.loans_total)
        )
        self.history_model.set_rows(d.history)
        self._fit_rows(self.history_table, len(d.history), 8)
        self._update_item_buttons()

    @staticmethod
    def _fit_rows(table: QWidget, rows: int, most: int) -> None:
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader().sizeHint().height()
        row_height = table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(header + row_height * max(1, min(rows, most)) + 6)

    def _show_photo(self, path: str) -> None:
        pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if pixmap.isNull():
            self.photo.setPixmap(QPixmap())
            self.photo.setText(translate("CatalogueScreen", "No photo"))
        else:
            self.photo.setPixmap(
                pixmap.scaled(
                    PHOTO_SIZE - 4,
                    PHOTO_SIZE - 4,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def selected_item(self) -> ItemRow | None:
        rows = self.items_table.selectionModel().selectedRows()
        return self.items_model.row_at(rows[0].row()) if rows else None

    def _update_item_buttons(self) -> None:
        item = self.selected_item()
        status = item.status if item else None
        self.item_edit_button.setEnabled(item is not None)
        self.item_maintenance_button.setEnabled(status in MAY_GO_TO_MAINTENANCE)
        self.item_lost_button.setEnabled(status is not None and status not in GONE)
        self.item_found_button.setEnabled(status == ItemStatus.LOST)
        self.item_retire_button.setEnabled(
            status is not None and status not in (ItemStatus.RETIRED, ItemStatus.ON_LOAN)
        )

    # -- actions ----------------------------------------------------------------------------

    def _open(self, dialog: QWidget, on_accept) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.open()

    def new_product(self) -> None:
        dialog = ProductDialog(self.services, None, self)
        self._open(
            dialog,
            lambda: self._saved(dialog.saved_id, translate("CatalogueScreen", "Product added.")),
        )

    def edit_product(self) -> None:
        if self.detail is None:
            return
        dialog = ProductDialog(self.services, self.detail.id, self)
        self._open(
            dialog,
            lambda: self._saved(dialog.saved_id, translate("CatalogueScreen", "Changes saved.")),
        )

    def edit_upkeep(self) -> None:
        """Ctrl+K: the product's maintenance plan and its kit parts' own labels."""
        if self.detail is None:
            return
        from lendingdesk.ui.screens.upkeep import UpkeepDialog

        d = self.detail
        dialog = UpkeepDialog(self.services.maintenance(), d.id, d.name, self)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._load_detail(d.id) if dialog.changed else None)
        dialog.open()

    def _saved(self, product_id: int | None, message: str) -> None:
        self.banner.ok(message)
        self.refresh()
        if product_id is not None:
            self.apply_filter(select_id=product_id)

    def add_items(self) -> None:
        if self.detail is None:
            return
        location = self.services.context().location_id
        dialog = AddItemsDialog(self.services, self.detail.id, self.detail.name, location, self)
        product_id = self.detail.id

        def done() -> None:
            tags = ", ".join(dialog.added)
            self.banner.ok(
                translate(
                    "CatalogueScreen", "%n item(s) added: %1", None, len(dialog.added)
                ).replace("%1", tags)
            )
            self._load_detail(product_id)
            self.model.reload()

        self._open(dialog, done)

    def selected_items(self) -> list[ItemRow]:
        rows = sorted(i.row() for i in self.items_table.selectionModel().selectedRows())
        return [self.items_model.row_at(r) for r in rows]

    def print_labels(self, blank: bool = False) -> None:
        from lendingdesk.ui.printing.labels_dialog import LabelsDialog

        d = self.detail
        live = [i.tag for i in d.items if i.status not in GONE] if d else []
        self.dialog = LabelsDialog(
            self.services.db,
            selected_tags=[i.tag for i in self.selected_items()] if d else [],
            product_tags=live,
            product_name=d.name if d else "",
            blank=blank,
            parent=self,
        )
        self.dialog.open()

    def retire_product(self) -> None:
        if self.detail is None:
            return
        d = self.detail
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("CatalogueScreen", "Retire product"),
            "",
            parent=self,
        )
        box.setText(
            translate("CatalogueScreen", "Retire %1 and all its items?").replace("%1", d.name)
        )
        box.setInformativeText(
            translate(
                "CatalogueScreen",
                "Retired products can no longer be lent. Their loan history is kept.",
            )
        )
        retire = box.addButton(
            translate("CatalogueScreen", "Retire"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("CatalogueScreen", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.buttons()[-1])
        calm_box(box)
        self.dialog = box

        def answered() -> None:
            if box.clickedButton() is not retire:
                return
            grant = coordinator.ask_coordinator(
                self, self.services.db, self.services.context(), "retire", ui_lang()
            )
            if grant is None:
                return
            ok, _ = self.attempt(
                self.banner, lambda: self.services.retire_product(d.id, grant), changes=True
            )
            if ok:
                self.banner.ok(translate("CatalogueScreen", "%1 is retired.").replace("%1", d.name))
                self.refresh()
                self._load_detail(d.id)

        box.finished.connect(lambda _r: answered())
        box.open()

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        dialog = ItemDialog(self.services, item, self)
        self._open(
            dialog, lambda: self._item_changed(item, translate("CatalogueScreen", "Changes saved."))
        )

    def _item_changed(self, item: ItemRow, message: str) -> None:
        self.banner.ok(message)
        self._load_detail(item.product_id)
        row = next((n for n, r in enumerate(self.items_model.rows()) if r.id == item.id), -1)
        if row >= 0:
            self.items_table.selectRow(row)
        self.model.reload()

    def item_to_maintenance(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("CatalogueScreen", "To maintenance"))
        dialog.setLabelText(
            translate("CatalogueScreen", "What needs to be done to %1?").replace("%1", item.tag)
        )
        self.dialog = dialog

        def send(reason: str) -> None:
            ok, _ = self.attempt(
                self.banner,
                lambda: self.services.set_item_status(item.id, "maintenance", reason),
                changes=True,
            )
            if ok:
                self._item_changed(
                    item,
                    translate("CatalogueScreen", "%1 is in maintenance.").replace("%1", item.tag),
                )

        dialog.textValueSelected.connect(send)
        dialog.open()

    def _item_action(self, action: str) -> None:
        item = self.selected_item()
        if item is None:
            return
        grant = None
        if action == "retire":
            grant = coordinator.ask_coordinator(
                self, self.services.db, self.services.context(), "retire", ui_lang()
            )
            if grant is None:
                return
        ok, status = self.attempt(
            self.banner,
            lambda: self.services.set_item_status(item.id, action, grant=grant),
            changes=True,
        )
        if ok:
            self._item_changed(
                item,
                translate("CatalogueScreen", "%1 is now: %2")
                .replace("%1", item.tag)
                .replace("%2", status_text(status)),
            )

    def select_row(self, row: int) -> QModelIndex:
        """Select a product row (as a click would); returns its index."""
        self.table.selectRow(row)
        return self.model.index(row, 0)
