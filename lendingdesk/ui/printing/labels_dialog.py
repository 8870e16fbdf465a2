"""Choose what goes on labels and on which medium, then preview, print or save.

What: the items selected in the catalogue, all items of the product, every item whose label
was never printed, or N fresh blank tags that are linked to items later by scanning.
Medium: a template from ``documents.list_templates()`` (default from the desk settings'
label printer), a start position on a partly used sheet, optional Code128 barcode and
organisation name. The QR holds the bare tag or the platform URL from the desk settings.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.documents import LabelOptions, get_template, list_templates
from lendingdesk.errors import LendingError
from lendingdesk.services.printing import (
    MAX_BLANK_TAGS,
    LabelRun,
    LabelSelection,
    mark_run_printed,
    render_label_pdf,
)
from lendingdesk.store.db import Database
from lendingdesk.ui.desk.desk_settings import DeskSettings
from lendingdesk.ui.fit import tall_enough
from lendingdesk.ui.printing.preview_dialog import PrintPreviewDialog
from lendingdesk.ui.screens.base import PRIMARY_BUTTON

C = "LabelsDialog"


translate = QCoreApplication.translate


def default_template(label_printer: str) -> str:
    """The medium that goes with the desk's label printer: a roll printer prints on its roll,
    anything else (an office printer, or "ask each time") on an A4 sheet."""
    name = label_printer.lower()
    if "dymo" in name or "labelwriter" in name:
        return "dymo-11354"
    if "brother" in name or name.startswith("ql"):
        return "brother-29x62"
    return "avery-l7160"


def medium_text(name: str) -> str:
    """'Avery L7160 · A4 sheet, 21 labels of 63.5 × 38.1 mm' in the interface language."""
    t = get_template(name)
    product = t.description.split(":")[0].split(",")[0].split(" (")[0]
    size = f"{t.label_w:g} × {t.label_h:g} mm"
    if t.kind == "roll":
        text = translate("LabelsDialog", "%1 · roll, labels of %2")
    else:
        text = translate("LabelsDialog", "%1 · A4 sheet of %3 labels of %2")
    return text.replace("%1", product).replace("%2", size).replace("%3", str(t.per_page))


class LabelsDialog(QDialog):
    SELECTED, PRODUCT, UNPRINTED, BLANK = range(4)

    def __init__(
        self,
        db: Database,
        settings: DeskSettings | None = None,
        *,
        selected_tags: Sequence[str] = (),
        product_tags: Sequence[str] = (),
        product_name: str = "",
        blank: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings or DeskSettings.load()
        self.selected_tags = tuple(selected_tags)
        self.product_tags = tuple(product_tags)
        self.product_name = product_name
        self.preview: PrintPreviewDialog | None = None
        self.run: LabelRun | None = None
        self.pdf: bytes = b""
        self.setMinimumWidth(640)
        tall_enough(self)  # its wrapped hints get the lines they need

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 18, 20, 16)
        root.setSpacing(12)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        root.addWidget(self.heading)

        self.what_box = QGroupBox(self)
        what = QVBoxLayout(self.what_box)
        self.what_group = QButtonGroup(self)
        self.selected_radio = QRadioButton(self.what_box)
        self.product_radio = QRadioButton(self.what_box)
        self.unprinted_radio = QRadioButton(self.what_box)
        self.blank_radio = QRadioButton(self.what_box)
        blank_row = QHBoxLayout()
        self.blank_spin = QSpinBox(self.what_box)
        self.blank_spin.setRange(1, MAX_BLANK_TAGS)
        self.blank_spin.setValue(21)
        self.blank_spin.setMinimumWidth(90)
        self.blank_hint = QLabel(self.what_box)
        self.blank_hint.setWordWrap(True)
        self.blank_hint.setStyleSheet("color:#5a6675;")
        for i, radio in enumerate(
            (self.selected_radio, self.product_radio, self.unprinted_radio, self.blank_radio)
        ):
            self.what_group.addButton(radio, i)
        what.addWidget(self.selected_radio)
        what.addWidget(self.product_radio)
        what.addWidget(self.unprinted_radio)
        blank_row.addWidget(self.blank_radio)
        blank_row.addWidget(self.blank_spin)
        blank_row.addStretch(1)
        what.addLayout(blank_row)
        what.addWidget(self.blank_hint)
        root.addWidget(self.what_box)

        self.medium_box = QGroupBox(self)
        form = QFormLayout(self.medium_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        self.template_combo = QComboBox(self.medium_box)
        self.template_names = [n for n, _d in list_templates() if n != "custom"]
        # ("custom" needs its grid in millimetres: the command line's business.)
        for name in self.template_names:
            self.template_combo.addItem(name, name)
        self.start_spin = QSpinBox(self.medium_box)
        self.start_spin.setMinimumWidth(90)
        self.start_hint = QLabel(self.medium_box)
        self.start_hint.setStyleSheet("color:#5a6675;")
        self.start_hint.setWordWrap(True)  # a narrow screen: two lines, not cut off
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_spin)
        start_row.addWidget(self.start_hint, 1)
        self.barcode_check = QCheckBox(self.medium_box)
        self.organisation_check = QCheckBox(self.medium_box)
        self.organisation_check.setChecked(True)
        self.qr_label = QLabel(self.medium_box)
        self.qr_label.setWordWrap(True)
        self.template_caption = QLabel(self.medium_box)
        self.start_caption = QLabel(self.medium_box)
        self.qr_caption = QLabel(self.medium_box)
        form.addRow(self.template_caption, self.template_combo)
        form.addRow(self.start_caption, start_row)
        form.addRow("", self.barcode_check)
        form.addRow("", self.organisation_check)
        form.addRow(self.qr_caption, self.qr_label)
        root.addWidget(self.medium_box)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "background:#fbe9e7; color:#8c1d12; border-radius:4px; padding:8px 10px;"
        )
        self.error_label.hide()
        root.addWidget(self.error_label)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self)
        self.preview_button.setDefault(True)
        self.preview_button.setStyleSheet(PRIMARY_BUTTON)  # with a visible focus frame
        self.cancel_button = QPushButton(self)
        self.cancel_button.setStyleSheet("QPushButton { padding:8px 14px; }")
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.preview_button)
        root.addLayout(buttons)

        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.what_group.idToggled.connect(lambda _id, _on: self._what_changed())
        self.blank_spin.valueChanged.connect(lambda _v: self._what_changed())
        self.preview_button.clicked.connect(self.show_preview)
        self.cancel_button.clicked.connect(self.reject)

        chosen = default_template(self.settings.label_printer)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(chosen)))
        self.selected_radio.setEnabled(bool(self.selected_tags))
        self.product_radio.setEnabled(bool(self.product_tags))
        if blank:
            self.blank_radio.setChecked(True)
        elif self.selected_tags:
            self.selected_radio.setChecked(True)
        elif self.product_tags:
            self.product_radio.setChecked(True)
        else:
            self.unprinted_radio.setChecked(True)
        self._template_changed()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(translate("LabelsDialog", "Print labels"))
        self.heading.setText(translate("LabelsDialog", "Print labels"))
        self.what_box.setTitle(translate("LabelsDialog", "What to print"))
        self.selected_radio.setText(
            translate("LabelsDialog", "The selected item(s) (%n)", None, len(self.selected_tags))
        )
        if self.product_name:
            text = translate("LabelsDialog", "All items of %1 (%n)", None, len(self.product_tags))
            self.product_radio.setText(text.replace("%1", self.product_name))
        else:
            self.product_radio.setText(
                translate("LabelsDialog", "All items of this product (%n)", None, 0)
            )
        self.unprinted_radio.setText(
            translate("LabelsDialog", "All new items whose label was never printed")
        )
        self.blank_radio.setText(translate("LabelsDialog", "Blank labels:"))
        self.blank_hint.setText(
            translate(
                "LabelsDialog",
                "Labels with fresh codes and no product yet. Stick one on a new item and "
                "scan it under “Add items” to link the two.",
            )
        )
        self.medium_box.setTitle(translate("LabelsDialog", "Label medium"))
        self.template_caption.setText(translate("LabelsDialog", "Labels"))
        self.start_caption.setText(translate("LabelsDialog", "Start at label"))
        self.barcode_check.setText(translate("LabelsDialog", "Also print a barcode (Code128)"))
        self.organisation_check.setText(translate("LabelsDialog", "Print the organisation's name"))
        self.qr_caption.setText(translate("LabelsDialog", "QR code holds"))
        url = self.settings.qr_template()
        if url:
            self.qr_label.setText(
                translate("LabelsDialog", "the web address %1").replace("%1", url)
            )
        else:
            self.qr_label.setText(translate("LabelsDialog", "only the label code, e.g. LD0000427"))
        for index, name in enumerate(self.template_names):
            self.template_combo.setItemText(index, medium_text(name))
        self.cancel_button.setText(translate("LabelsDialog", "Cancel"))
        self.preview_button.setText(translate("LabelsDialog", "Preview"))
        self._template_changed()

    # -- state --------------------------------------------------------------------------------

    def template_name(self) -> str:
        return str(self.template_combo.currentData())

    def _template_changed(self, *_args: object) -> None:
        template = get_template(self.template_name())
        roll = template.kind == "roll"
        self.start_spin.setRange(1, template.per_page)
        self.start_spin.setEnabled(not roll)
        if roll:
            self.start_hint.setText(
                translate("LabelsDialog", "a roll always starts at the next label")
            )
        else:
            layout = translate("LabelsDialog", "of %1 (%2 columns × %3 rows, counted row by row)")
            layout = layout.replace("%1", str(template.per_page))
            layout = layout.replace("%2", str(template.columns))
            self.start_hint.setText(layout.replace("%3", str(template.rows)))
        self._what_changed()

    def _what_changed(self) -> None:
        self.blank_spin.setEnabled(self.blank_radio.isChecked())
        self.error_label.hide()

    def selection(self) -> LabelSelection:
        choice = self.what_group.checkedId()
        if choice == self.SELECTED:
            return LabelSelection("items", codes=self.selected_tags)
        if choice == self.PRODUCT:
            return LabelSelection("items", codes=self.product_tags)
        if choice == self.BLANK:
            return LabelSelection("blank", count=self.blank_spin.value())
        return LabelSelection("unprinted")

    def options(self) -> LabelOptions:
        return LabelOptions(
            template=self.template_name(),
            start_position=self.start_spin.value() if self.start_spin.isEnabled() else 1,
            show_barcode=self.barcode_check.isChecked(),
            show_organisation=self.organisation_check.isChecked(),
            url_template=self.settings.qr_template(),
        )

    # -- preview ------------------------------------------------------------------------------

    def show_preview(self) -> None:
        out = io.BytesIO()
        try:
            run = render_label_pdf(self.db, self.selection(), self.options(), out)
        except LendingError as exc:
            self.error_label.setText(exc.message(self.settings.language))
            self.error_label.show()
            return
        self.run, self.pdf = run, out.getvalue()
        title = translate("LabelsDialog", "Labels: %n", None, len(run.tags))
        first = run.tags[0]
        name = f"labels-{first}.pdf" if len(run.tags) == 1 else f"labels-{first}-{run.tags[-1]}.pdf"
        self.preview = PrintPreviewDialog(
            self.pdf, title, self, printer_name=self.settings.label_printer, file_name=name
        )
        # Only a run that really went to paper or to a file stops counting as "new".
        self.preview.printed.connect(lambda: mark_run_printed(self.db, run))
        self.preview.saved.connect(lambda _path: mark_run_printed(self.db, run))
        self.preview.open()
