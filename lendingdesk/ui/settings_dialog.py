"""Desk settings: location, desk name, who staffs it, loan period, language, printers, QR."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from lendingdesk.services.desk import LocationChoice
from lendingdesk.ui.desk.desk_settings import DeskSettings
from lendingdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog


def available_printers() -> list[str]:
    """Printer names known to the system (none when printing support is missing)."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return []
    return list(QPrinterInfo.availablePrinterNames())


class SettingsDialog(QDialog):
    KIOSK = 2  # exec() result: saved, and start self-service now

    def __init__(
        self,
        settings: DeskSettings,
        locations: list[LocationChoice],
        *,
        printers: list[str] | None = None,
        edit_conditions: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edit_conditions = edit_conditions
        self.original = settings
        self.locations = locations
        self.printers = available_printers() if printers is None else printers
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("settingsDialog")
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.qrModeCombo.currentIndexChanged.connect(self._qr_mode_changed)
        self._add_scanner_row()
        self._add_self_service_rows()
        self._add_phone_form_row()
        self._fill_choices()
        self._load(settings)
        self._qr_mode_changed()

    def _add_scanner_row(self) -> None:
        """What the USB scanner is set to type before and after every code (usually nothing;
        the desk takes it off again)."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scanner_prefix_edit = QLineEdit(row)
        self.scanner_suffix_edit = QLineEdit(row)
        self.scanner_before_label = QLabel(row)
        self.scanner_after_label = QLabel(row)
        for edit in (self.scanner_prefix_edit, self.scanner_suffix_edit):
            edit.setMaxLength(8)
        layout.addWidget(self.scanner_before_label)
        layout.addWidget(self.scanner_prefix_edit, 1)
        layout.addSpacing(12)
        layout.addWidget(self.scanner_after_label)
        layout.addWidget(self.scanner_suffix_edit, 1)
        self.scanner_label = QLabel(self)
        self.scanner_label.setBuddy(self.scanner_prefix_edit)
        self.ui.deskForm.addRow(self.scanner_label, row)

    def _add_self_service_rows(self) -> None:
        """Self-service (kiosk): whom to call; idle time and how the conditions are accepted
        on one row; the button that starts it next to Save."""
        form = self.ui.deskForm
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("contactEdit")
        self.contact_label = QLabel(self)
        self.contact_label.setBuddy(self.contact_edit)
        form.addRow(self.contact_label, self.contact_edit)
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("idleSpin")
        self.idle_spin.setRange(15, 600)
        self.idle_label = QLabel(self)
        self.idle_label.setBuddy(self.idle_spin)
        self.acceptance_combo = QComboBox(self)
        self.acceptance_combo.setObjectName("acceptanceCombo")
        self.conditions_button = QPushButton(self)
        self.conditions_button.setObjectName("conditionsButton")
        self.conditions_button.setAutoDefault(False)
        self.conditions_button.setVisible(self.edit_conditions is not None)
        if self.edit_conditions is not None:
            self.conditions_button.clicked.connect(self.edit_conditions)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.idle_spin)
        row_layout.addWidget(self.acceptance_combo, 1)
        row_layout.addWidget(self.conditions_button)
        form.addRow(self.idle_label, row)
        self.kiosk_button = self.ui.buttonBox.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.kiosk_button.setObjectName("kioskButton")
        self.kiosk_button.setAutoDefault(False)
        self.kiosk_button.clicked.connect(self._start_kiosk)

    def _start_kiosk(self) -> None:
        self._save()
        if self.result() == QDialog.DialogCode.Accepted:
            self.setResult(self.KIOSK)
            self.done(self.KIOSK)

    def _add_phone_form_row(self) -> None:
        """The review form on the professional's phone: served by this desk on the local
        network (port), links on return receipts, the QR code on screen after a check-in."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.phone_form_check = QCheckBox(row)
        self.phone_port_label = QLabel(row)
        self.phone_port_spin = QSpinBox(row)
        self.phone_port_spin.setRange(1024, 65535)
        self.phone_qr_check = QCheckBox(row)
        layout.addWidget(self.phone_form_check)
        layout.addSpacing(12)
        layout.addWidget(self.phone_port_label)
        layout.addWidget(self.phone_port_spin)
        layout.addSpacing(12)
        layout.addWidget(self.phone_qr_check, 1)
        self.phone_form_label = QLabel(self)
        self.phone_form_label.setBuddy(self.phone_form_check)
        self.ui.deskForm.addRow(self.phone_form_label, row)
        self.phone_form_check.toggled.connect(self._phone_form_changed)

    def _phone_form_changed(self) -> None:
        on = self.phone_form_check.isChecked()
        for widget in (self.phone_port_label, self.phone_port_spin, self.phone_qr_check):
            widget.setEnabled(on)

    def add_notices_button(self, open_notices: Callable[[], None]) -> QPushButton:
        """A button that opens the E-mail settings (the mail server, which e-mails go)."""
        button = QPushButton(self)
        button.setObjectName("noticesButton")
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 0, 0)
        row.addWidget(button)
        row.addStretch(1)
        layout = self.ui.dialogLayout
        layout.insertLayout(layout.indexOf(self.ui.buttonBox), row)
        button.clicked.connect(open_notices)
        self.notices_button = button
        self._retranslate_notices_button()
        return button

    def _retranslate_notices_button(self) -> None:
        if hasattr(self, "notices_button"):
            self.notices_button.setText(self.tr("E-mail notices…"))

    # --- choices ----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        current = {
            "location": ui.locationCombo.currentData(),
            "language": ui.languageCombo.currentData(),
            "label": ui.labelPrinterCombo.currentData(),
            "slip": ui.slipPrinterCombo.currentData(),
            "qr": ui.qrModeCombo.currentData(),
        }
        for combo in (
            ui.locationCombo,
            ui.languageCombo,
            ui.labelPrinterCombo,
            ui.slipPrinterCombo,
            ui.qrModeCombo,
        ):
            combo.blockSignals(True)
            combo.clear()
        ui.locationCombo.addItem(self.tr("(no location chosen)"), None)
        for loc in self.locations:
            ui.locationCombo.addItem(loc.name, loc.id)
        ui.languageCombo.addItem("Nederlands", "nl")
        ui.languageCombo.addItem("English", "en")
        for combo in (ui.labelPrinterCombo, ui.slipPrinterCombo):
            combo.addItem(self.tr("Ask each time (save as PDF)"), "")
            for name in self.printers:
                combo.addItem(name, name)
        ui.qrModeCombo.addItem(self.tr("Only the label code (e.g. LD0000427)"), "tag")
        ui.qrModeCombo.addItem(self.tr("A platform web address with the code"), "url")
        self.scanner_label.setText(self.tr("S&canner adds"))
        self.scanner_before_label.setText(self.tr("before each code"))
        self.scanner_after_label.setText(self.tr("after it"))
        self.scanner_prefix_edit.setPlaceholderText(self.tr("nothing"))
        self.scanner_suffix_edit.setPlaceholderText(self.tr("nothing"))
        self.contact_label.setText(self.tr("Desk contact (for self-service)"))
        self.contact_edit.setPlaceholderText(self.tr("e.g. Anna, coordinator, 06 12345678"))
        self.idle_label.setText(self.tr("Self-service, conditions"))
        self.idle_spin.setSuffix(self.tr(" s idle: ends"))
        chosen = self.acceptance_combo.currentData()
        self.acceptance_combo.clear()
        self.acceptance_combo.addItem(self.tr("Conditions not asked"), "off")
        self.acceptance_combo.addItem(self.tr("Conditions: tick"), "tick")
        self.acceptance_combo.addItem(self.tr("Conditions: sign"), "signature")
        if chosen is not None:
            self.acceptance_combo.setCurrentIndex(max(0, self.acceptance_combo.findData(chosen)))
        self.acceptance_combo.setToolTip(
            self.tr(
                "The loan conditions are asked once per visit, before the first product goes "
                "out: at self-service and at this desk when it is staffed. Tick: at the staffed "
                "desk the professional says yes and you press Enter. Sign: on the screen."
            )
        )
        self.conditions_button.setText(self.tr("Conditions text…"))
        self.kiosk_button.setText(self.tr("Save and start self-service"))
        self.phone_form_label.setText(self.tr("Review on &phones"))
        self.phone_form_check.setText(self.tr("Serve the review form on this network"))
        self.phone_port_label.setText(self.tr("port"))
        self.phone_qr_check.setText(self.tr("Show the QR code after check-in"))
        ui.loanDaysSpin.setSpecialValueText(self.tr("As set for each product"))
        ui.loanDaysSpin.setSuffix(self.tr(" days"))
        for combo, key in (
            (ui.locationCombo, "location"),
            (ui.languageCombo, "language"),
            (ui.labelPrinterCombo, "label"),
            (ui.slipPrinterCombo, "slip"),
            (ui.qrModeCombo, "qr"),
        ):
            if current[key] is not None:
                index = combo.findData(current[key])
                if index >= 0:
                    combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def _select(self, combo, value: object) -> None:
        index = combo.findData(value)
        if index < 0 and isinstance(value, str) and value:
            combo.addItem(value, value)  # a printer that is not connected right now
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _load(self, s: DeskSettings) -> None:
        ui = self.ui
        self._select(ui.locationCombo, s.location_id)
        ui.deskNameEdit.setText(s.desk_name)
        ui.actorEdit.setText(s.actor)
        ui.loanDaysSpin.setValue(s.default_loan_days)
        self._select(ui.languageCombo, s.language)
        self._select(ui.labelPrinterCombo, s.label_printer)
        self._select(ui.slipPrinterCombo, s.slip_printer)
        self._select(ui.qrModeCombo, s.qr_mode)
        ui.qrUrlEdit.setText(s.qr_url_template)
        self.scanner_prefix_edit.setText(s.scanner_prefix)
        self.scanner_suffix_edit.setText(s.scanner_suffix)
        self.contact_edit.setText(s.desk_contact)
        self.idle_spin.setValue(s.kiosk_idle_seconds)
        self._select(self.acceptance_combo, s.acceptance_mode)
        self.phone_form_check.setChecked(s.phone_form)
        self.phone_port_spin.setValue(s.phone_form_port)
        self.phone_qr_check.setChecked(s.phone_form_show_qr)
        self._phone_form_changed()

    def _qr_mode_changed(self) -> None:
        url = self.ui.qrModeCombo.currentData() == "url"
        self.ui.qrUrlEdit.setEnabled(url)
        self.ui.qrUrlLabel.setEnabled(url)

    # --- result -----------------------------------------------------------------------------

    def result_settings(self) -> DeskSettings:
        ui = self.ui
        return replace(
            self.original,
            location_id=ui.locationCombo.currentData(),
            desk_name=ui.deskNameEdit.text().strip() or self.original.desk_name,
            actor=ui.actorEdit.text().strip(),
            default_loan_days=ui.loanDaysSpin.value(),
            language=ui.languageCombo.currentData() or "nl",
            label_printer=ui.labelPrinterCombo.currentData() or "",
            slip_printer=ui.slipPrinterCombo.currentData() or "",
            qr_mode=ui.qrModeCombo.currentData() or "tag",
            qr_url_template=ui.qrUrlEdit.text().strip(),
            scanner_prefix=self.scanner_prefix_edit.text(),
            scanner_suffix=self.scanner_suffix_edit.text(),
            desk_contact=self.contact_edit.text().strip(),
            kiosk_idle_seconds=self.idle_spin.value(),
            acceptance_mode=self.acceptance_combo.currentData() or "off",
            phone_form=self.phone_form_check.isChecked(),
            phone_form_port=self.phone_port_spin.value(),
            phone_form_show_qr=self.phone_qr_check.isChecked(),
        )

    def _save(self) -> None:
        s = self.result_settings()
        if s.qr_mode == "url" and "{tag}" not in s.qr_url_template:
            self.ui.errorLabel.setText(
                self.tr(
                    "The platform address must contain {tag} where the label code goes, "
                    "e.g. https://platform.example/item/{tag}."
                )
            )
            self.ui.errorLabel.setStyleSheet("color: #8a1111; font-weight: 600;")
            self.ui.qrUrlEdit.setFocus()
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_choices()
            self._retranslate_notices_button()
        super().changeEvent(event)
