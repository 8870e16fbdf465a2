"""The edit dialogs of the list screens, composed from the compiled Designer forms.

Each dialog saves through the view service in ``accept()``: a refusal (e.g. a missing name)
is shown in red at the top and the dialog stays open with everything typed still there.
Screens open them with ``open()`` (window-modal, not blocking) and refresh on ``accepted``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.errors import LendingError
from lendingdesk.services.views import (
    BorrowerForm,
    BorrowersView,
    CatalogueView,
    ItemRow,
    ProductForm,
    ViewService,
)
from lendingdesk.ui.forms.ui_dialog_add_items import Ui_AddItemsDialog
from lendingdesk.ui.forms.ui_dialog_borrower import Ui_BorrowerDialog
from lendingdesk.ui.forms.ui_dialog_item import Ui_ItemDialog
from lendingdesk.ui.forms.ui_dialog_product import Ui_ProductDialog
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans
from lendingdesk.ui.screens.base import (
    PRIMARY_BUTTON,
    Banner,
    propagate_fonts,
    readable,
    translate,
    ui_lang,
)
from lendingdesk.ui.screens.hygiene import HygieneEditor


class _FormDialog(QDialog):
    def __init__(self, services: ViewService, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        readable(self)
        self.saved_id: int | None = None

    def _setup_common(self) -> None:
        # The form's plain error label becomes the calm red banner every screen uses.
        old = self.ui.errorLabel
        self.banner = Banner(self)
        self.ui.mainLayout.replaceWidget(old, self.banner)
        old.deleteLater()
        self.ui.errorLabel = self.banner
        for button in self.ui.buttonBox.buttons():
            if self.ui.buttonBox.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                button.setStyleSheet(PRIMARY_BUTTON)
                button.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate_buttons()
        propagate_fonts(self)

    def _retranslate_buttons(self) -> None:
        box = self.ui.buttonBox
        for std, text in (
            (QDialogButtonBox.StandardButton.Save, translate("Dialogs", "Save")),
            (QDialogButtonBox.StandardButton.Cancel, translate("Dialogs", "Cancel")),
            (QDialogButtonBox.StandardButton.Ok, translate("Dialogs", "Add")),
        ):
            button = box.button(std)
            if button is not None:
                button.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_buttons()

    def _save(self, action) -> bool:
        try:
            self.saved_id = action()
        except LendingError as exc:
            self.banner.error(exc.message(ui_lang()))
            return False
        return True


class ProductDialog(_FormDialog):
    """New product, or edit one (``product_id``)."""

    services: CatalogueView

    def __init__(
        self, services: CatalogueView, product_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, parent)
        self.product_id = product_id
        self.ui = Ui_ProductDialog()
        self.ui.setupUi(self)
        self._hygiene_tab()
        self._setup_common()
        self.ui.categoryCombo.addItem("")
        for choice in services.categories():
            self.ui.categoryCombo.addItem(choice.name)
        self.ui.photoButton.clicked.connect(self._choose_photo)
        self.retranslate()
        if product_id is not None:
            self._load(product_id)
        self.ui.nameEdit.setFocus()

    def _hygiene_tab(self) -> None:
        """The form's fields on a "General" tab, the hygiene protocol on its own tab (with the
        form's free-text cleaning protocol as its one-line summary)."""
        ui = self.ui
        index = next(
            i for i in range(ui.mainLayout.count()) if ui.mainLayout.itemAt(i).layout() is ui.form
        )
        ui.mainLayout.takeAt(index)
        ui.form.setParent(None)
        ui.form.takeRow(ui.cleaningEdit)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("productTabs")
        general = QWidget(self.tabs)
        QVBoxLayout(general).addLayout(ui.form)
        self.hygiene = HygieneEditor(ui.cleaningLabel, ui.cleaningEdit, self.tabs)
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.hygiene, "")
        ui.mainLayout.insertWidget(index, self.tabs, 1)

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(0, translate("Dialogs", "General"))
        self.tabs.setTabText(1, translate("Dialogs", "Hygiene and reset"))
        self.hygiene.retranslate()
        title = (
            translate("Dialogs", "New product")
            if self.product_id is None
            else translate("Dialogs", "Edit product")
        )
        self.setWindowTitle(title)
        self.ui.loanDaysSpin.setSuffix(translate("Dialogs", " days"))

    def _load(self, product_id: int) -> None:
        d = self.services.product_detail(product_id)
        ui = self.ui
        ui.nameEdit.setText(d.name)
        ui.makerEdit.setText(d.maker)
        ui.categoryCombo.setCurrentText(d.category)
        ui.loanDaysSpin.setValue(d.loan_days)
        ui.descriptionEdit.setPlainText(d.description)
        ui.cleaningEdit.setPlainText(d.cleaning_protocol)
        self.hygiene.load(d.hygiene, d.cleaning_protocol)
        ui.careEdit.setPlainText(d.care_instructions)
        ui.accessoriesEdit.setPlainText("\n".join(d.accessories))
        ui.isolationCheck.setChecked(d.isolation_allowed)
        ui.photoEdit.setText(d.photo)
        ui.manualEdit.setText(d.manual_url)

    def _choose_photo(self) -> None:
        dialog = QFileDialog(self, translate("Dialogs", "Choose a photo"))
        dialog.setNameFilter(translate("Dialogs", "Pictures (*.png *.jpg *.jpeg)"))
        dialog.fileSelected.connect(self.ui.photoEdit.setText)
        dialog.open()

    def form(self) -> ProductForm:
        ui = self.ui
        return ProductForm(
            name=ui.nameEdit.text(),
            maker=ui.makerEdit.text(),
            category=ui.categoryCombo.currentText(),
            description=ui.descriptionEdit.toPlainText(),
            manual_url=ui.manualEdit.text(),
            photo=ui.photoEdit.text(),
            loan_days=ui.loanDaysSpin.value(),
            cleaning_protocol=self.hygiene.summary(),
            care_instructions=ui.careEdit.toPlainText(),
            accessories=tuple(ui.accessoriesEdit.toPlainText().splitlines()),
            isolation_allowed=ui.isolationCheck.isChecked(),
            hygiene=self.hygiene.form(),
        )

    def accept(self) -> None:
        photo = self.ui.photoEdit.text().strip()
        if photo and not Path(photo).is_file():
            self.banner.error(
                translate(
                    "Dialogs", "The photo %1 cannot be found. Choose it again or leave it empty."
                ).replace("%1", photo)
            )
            return
        if self._save(lambda: self.services.save_product(self.product_id, self.form())):
            super().accept()
        else:
            self.ui.nameEdit.setFocus()


class BorrowerDialog(_FormDialog):
    services: BorrowersView

    KINDS = ("person", "team")

    def __init__(
        self, services: BorrowersView, borrower_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, parent)
        self.borrower_id = borrower_id
        self.ui = Ui_BorrowerDialog()
        self.ui.setupUi(self)
        self._setup_common()
        self.ui.kindCombo.addItems(["", ""])
        self._add_mail_rows()
        self.ui.locationCombo.addItem("", None)
        for choice in services.locations():
            self.ui.locationCombo.addItem(choice.name, choice.id)
        self.retranslate()
        if borrower_id is not None:
            self._load(borrower_id)
        else:  # a pre-printed card scanned anywhere in the form becomes the card code
            accept_scans(self, Accepts.BADGE, self._take_scan, refuse=self.banner.error)
        self.ui.nameEdit.setFocus()

    def _add_mail_rows(self) -> None:
        """Under the e-mail address: the language of the e-mails, and the opt-out."""
        self.mailLanguageLabel = QLabel(self)
        self.mailLanguageCombo = QComboBox(self)
        self.mailLanguageCombo.setObjectName("mailLanguageCombo")
        for code in (None, "en"):
            self.mailLanguageCombo.addItem("", code)
        self.mailLanguageLabel.setBuddy(self.mailLanguageCombo)
        self.mailOptOutCheck = QCheckBox(self)
        self.mailOptOutCheck.setObjectName("mailOptOutCheck")
        row = self.ui.form.getWidgetPosition(self.ui.emailEdit)[0] + 1
        self.ui.form.insertRow(row, self.mailLanguageLabel, self.mailLanguageCombo)
        self.ui.form.insertRow(row + 1, "", self.mailOptOutCheck)
        self.mailOptOutCheck.toggled.connect(self.mailLanguageCombo.setDisabled)

    def _take_scan(self, scan: Scan) -> bool:
        self.ui.badgeEdit.setText(scan.code)
        self.banner.ok(translate("Dialogs", "Card %1 scanned.").replace("%1", scan.code))
        return True

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(
            translate("Dialogs", "New borrower")
            if self.borrower_id is None
            else translate("Dialogs", "Edit borrower")
        )
        self.ui.kindCombo.setItemText(0, translate("Dialogs", "Person"))
        self.ui.kindCombo.setItemText(1, translate("Dialogs", "Team"))
        self.ui.limitSpin.setSpecialValueText(translate("Dialogs", "Desk default"))
        self.mailLanguageLabel.setText(translate("Dialogs", "E-mail language"))
        self.mailLanguageCombo.setItemText(0, translate("Dialogs", "Dutch"))
        self.mailLanguageCombo.setItemText(1, translate("Dialogs", "English"))
        self.mailOptOutCheck.setText(
            translate("Dialogs", "No e-mails from the desk (invitations, reminders)")
        )
        self.ui.badgeEdit.setPlaceholderText(
            translate("Dialogs", "Scan a pre-printed card, or leave empty for a new card number")
        )

    def _load(self, borrower_id: int) -> None:
        d = self.services.borrower_detail(borrower_id)
        ui, row = self.ui, d.row
        ui.nameEdit.setText(row.name)
        ui.kindCombo.setCurrentIndex(self.KINDS.index(row.kind) if row.kind in self.KINDS else 0)
        ui.disciplineEdit.setText(row.discipline)
        ui.teamEdit.setText(row.team)
        ui.emailEdit.setText(row.email)
        ui.phoneEdit.setText(d.phone)
        ui.locationCombo.setCurrentIndex(max(0, ui.locationCombo.findData(d.location_id)))
        ui.limitSpin.setValue(d.loan_limit or 0)
        ui.badgeEdit.setText(row.badge)
        ui.badgeEdit.setReadOnly(True)
        self.mailLanguageCombo.setCurrentIndex(
            max(0, self.mailLanguageCombo.findData(d.notice_language))
        )
        self.mailOptOutCheck.setChecked(d.notices_opt_out)

    def form(self) -> BorrowerForm:
        ui = self.ui
        return BorrowerForm(
            name=ui.nameEdit.text(),
            kind=self.KINDS[max(0, ui.kindCombo.currentIndex())],
            discipline=ui.disciplineEdit.text(),
            team=ui.teamEdit.text(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            location_id=ui.locationCombo.currentData(),
            loan_limit=ui.limitSpin.value() or None,
            badge="" if self.borrower_id is not None else ui.badgeEdit.text(),
            notices_opt_out=self.mailOptOutCheck.isChecked(),
            notice_language=self.mailLanguageCombo.currentData(),
        )

    def accept(self) -> None:
        if self._save(lambda: self.services.save_borrower(self.borrower_id, self.form())):
            super().accept()


class AddItemsDialog(_FormDialog):
    """New items for a product: fresh labels, or pre-printed blank labels scanned one by one
    (a scanner types the code and Enter, which is exactly one line)."""

    services: CatalogueView

    def __init__(
        self,
        services: CatalogueView,
        product_id: int,
        product_name: str,
        default_location: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.product_id = product_id
        self.product_name = product_name
        self.added: tuple[str, ...] = ()
        self.ui = Ui_AddItemsDialog()
        self.ui.setupUi(self)
        self._setup_common()
        readable(self.ui.productLabel, 14, bold=True)
        for choice in services.locations():
            self.ui.locationCombo.addItem(choice.name, choice.id)
        index = self.ui.locationCombo.findData(default_location)
        self.ui.locationCombo.setCurrentIndex(max(0, index))
        self.ui.tagsEdit.textChanged.connect(self._tags_typed)
        self.ui.freshRadio.toggled.connect(self._mode_changed)
        accept_scans(self, Accepts.ITEM, self._take_scan, refuse=self.banner.error)
        self.retranslate()
        self._mode_changed()

    def _take_scan(self, scan: Scan) -> bool:
        """A pre-printed label scanned while the dialog is open: one more line."""
        tags = self.tags()
        if scan.code in tags:
            self.banner.error(
                translate("Dialogs", "%1 was already scanned.").replace("%1", scan.code)
            )
            return False
        self.ui.scanRadio.setChecked(True)
        self.ui.tagsEdit.setPlainText("\n".join([*tags, scan.code]) + "\n")
        self.ui.tagsEdit.moveCursor(self.ui.tagsEdit.textCursor().MoveOperation.End)
        self.banner.ok(translate("Dialogs", "%n label(s) scanned.", None, len(tags) + 1))
        return True

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.productLabel.setText(self.product_name)
        self.ui.tagsEdit.setPlaceholderText(
            translate("Dialogs", "Scan the labels here, one after another")
        )

    def _tags_typed(self) -> None:
        if self.ui.tagsEdit.toPlainText().strip() and not self.ui.scanRadio.isChecked():
            self.ui.scanRadio.setChecked(True)

    def _mode_changed(self) -> None:
        fresh = self.ui.freshRadio.isChecked()
        self.ui.countSpin.setEnabled(fresh)

    def tags(self) -> list[str]:
        return [
            line.strip() for line in self.ui.tagsEdit.toPlainText().splitlines() if line.strip()
        ]

    def accept(self) -> None:
        scanning = self.ui.scanRadio.isChecked()
        tags = self.tags() if scanning else []
        if scanning and not tags:
            self.banner.error(
                translate("Dialogs", "Scan at least one label, or choose new labels.")
            )
            self.ui.tagsEdit.setFocus()
            return

        def add() -> None:
            self.added = self.services.add_items(
                self.product_id,
                count=self.ui.countSpin.value(),
                tags=tags,
                location_id=self.ui.locationCombo.currentData(),
                serial=self.ui.serialEdit.text(),
            )

        if self._save(add):
            super().accept()


class ItemDialog(_FormDialog):
    """An item's serial number, location and notes."""

    services: CatalogueView

    def __init__(
        self, services: CatalogueView, item: ItemRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, parent)
        self.item = item
        self.ui = Ui_ItemDialog()
        self.ui.setupUi(self)
        self._setup_common()
        readable(self.ui.headerLabel, 14, bold=True)
        self.ui.locationCombo.addItem("", None)
        for choice in services.locations():
            self.ui.locationCombo.addItem(choice.name, choice.id)
        self.ui.serialEdit.setText(item.serial)
        self.ui.locationCombo.setCurrentIndex(
            max(0, self.ui.locationCombo.findData(item.location_id))
        )
        self.ui.notesEdit.setPlainText(item.notes)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.headerLabel.setText(f"{self.item.product_name} – {self.item.tag}")

    def accept(self) -> None:
        def save() -> None:
            self.services.update_item(
                self.item.id,
                serial=self.ui.serialEdit.text(),
                location_id=self.ui.locationCombo.currentData(),
                notes=self.ui.notesEdit.toPlainText(),
            )

        if self._save(save):
            super().accept()
