# Generated from ui/settings_dialog.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 18)
        self.deskBox = QGroupBox(SettingsDialog)
        self.deskBox.setObjectName(u"deskBox")
        self.deskForm = QFormLayout(self.deskBox)
        self.deskForm.setObjectName(u"deskForm")
        self.locationLabel = QLabel(self.deskBox)
        self.locationLabel.setObjectName(u"locationLabel")

        self.deskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(self.deskBox)
        self.locationCombo.setObjectName(u"locationCombo")

        self.deskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.deskNameLabel = QLabel(self.deskBox)
        self.deskNameLabel.setObjectName(u"deskNameLabel")

        self.deskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deskNameLabel)

        self.deskNameEdit = QLineEdit(self.deskBox)
        self.deskNameEdit.setObjectName(u"deskNameEdit")

        self.deskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deskNameEdit)

        self.actorLabel = QLabel(self.deskBox)
        self.actorLabel.setObjectName(u"actorLabel")

        self.deskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.actorLabel)

        self.actorEdit = QLineEdit(self.deskBox)
        self.actorEdit.setObjectName(u"actorEdit")

        self.deskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.actorEdit)

        self.loanDaysLabel = QLabel(self.deskBox)
        self.loanDaysLabel.setObjectName(u"loanDaysLabel")

        self.deskForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.loanDaysLabel)

        self.loanDaysSpin = QSpinBox(self.deskBox)
        self.loanDaysSpin.setObjectName(u"loanDaysSpin")
        self.loanDaysSpin.setMaximum(365)

        self.deskForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.loanDaysSpin)

        self.languageLabel = QLabel(self.deskBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.deskForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.deskBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.deskForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.dialogLayout.addWidget(self.deskBox)

        self.printBox = QGroupBox(SettingsDialog)
        self.printBox.setObjectName(u"printBox")
        self.printForm = QFormLayout(self.printBox)
        self.printForm.setObjectName(u"printForm")
        self.labelPrinterLabel = QLabel(self.printBox)
        self.labelPrinterLabel.setObjectName(u"labelPrinterLabel")

        self.printForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelPrinterLabel)

        self.labelPrinterCombo = QComboBox(self.printBox)
        self.labelPrinterCombo.setObjectName(u"labelPrinterCombo")

        self.printForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelPrinterCombo)

        self.slipPrinterLabel = QLabel(self.printBox)
        self.slipPrinterLabel.setObjectName(u"slipPrinterLabel")

        self.printForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.slipPrinterLabel)

        self.slipPrinterCombo = QComboBox(self.printBox)
        self.slipPrinterCombo.setObjectName(u"slipPrinterCombo")

        self.printForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.slipPrinterCombo)

        self.qrModeLabel = QLabel(self.printBox)
        self.qrModeLabel.setObjectName(u"qrModeLabel")

        self.printForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.qrModeLabel)

        self.qrModeCombo = QComboBox(self.printBox)
        self.qrModeCombo.setObjectName(u"qrModeCombo")

        self.printForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.qrModeCombo)

        self.qrUrlLabel = QLabel(self.printBox)
        self.qrUrlLabel.setObjectName(u"qrUrlLabel")

        self.printForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qrUrlLabel)

        self.qrUrlEdit = QLineEdit(self.printBox)
        self.qrUrlEdit.setObjectName(u"qrUrlEdit")

        self.printForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qrUrlEdit)


        self.dialogLayout.addWidget(self.printBox)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.locationLabel.setBuddy(self.locationCombo)
        self.deskNameLabel.setBuddy(self.deskNameEdit)
        self.actorLabel.setBuddy(self.actorEdit)
        self.loanDaysLabel.setBuddy(self.loanDaysSpin)
        self.languageLabel.setBuddy(self.languageCombo)
        self.labelPrinterLabel.setBuddy(self.labelPrinterCombo)
        self.slipPrinterLabel.setBuddy(self.slipPrinterCombo)
        self.qrModeLabel.setBuddy(self.qrModeCombo)
        self.qrUrlLabel.setBuddy(self.qrUrlEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.deskBox.setTitle(QCoreApplication.translate("SettingsDialog", u"This desk", None))
        self.locationLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Location", None))
        self.deskNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Desk &name", None))
        self.actorLabel.setText(QCoreApplication.translate("SettingsDialog", u"Staffed &by", None))
        self.actorEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Your name, for the history of each loan", None))
        self.loanDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Default loan &period", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
        self.printBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Printing and labels", None))
        self.labelPrinterLabel.setText(QCoreApplication.translate("SettingsDialog", u"Label &printer", None))
        self.slipPrinterLabel.setText(QCoreApplication.translate("SettingsDialog", u"Loan &slip printer", None))
        self.qrModeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&QR code holds", None))
        self.qrUrlLabel.setText(QCoreApplication.translate("SettingsDialog", u"Platform &URL", None))
        self.qrUrlEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"https://platform.example/item/{tag}", None))
    # retranslateUi

