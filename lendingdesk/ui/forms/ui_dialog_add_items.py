# Generated from ui/dialog_add_items.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_add_items.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_AddItemsDialog(object):
    def setupUi(self, AddItemsDialog):
        if not AddItemsDialog.objectName():
            AddItemsDialog.setObjectName(u"AddItemsDialog")
        AddItemsDialog.resize(600, 520)
        self.mainLayout = QVBoxLayout(AddItemsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.productLabel = QLabel(AddItemsDialog)
        self.productLabel.setObjectName(u"productLabel")
        self.productLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.productLabel)

        self.errorLabel = QLabel(AddItemsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.freshRadio = QRadioButton(AddItemsDialog)
        self.freshRadio.setObjectName(u"freshRadio")
        self.freshRadio.setChecked(True)

        self.mainLayout.addWidget(self.freshRadio)

        self.countRow = QHBoxLayout()
        self.countRow.setObjectName(u"countRow")
        self.indent1 = QSpacerItem(28, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.countRow.addItem(self.indent1)

        self.countLabel = QLabel(AddItemsDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.countRow.addWidget(self.countLabel)

        self.countSpin = QSpinBox(AddItemsDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(500)

        self.countRow.addWidget(self.countSpin)

        self.countStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countRow.addItem(self.countStretch)


        self.mainLayout.addLayout(self.countRow)

        self.scanRadio = QRadioButton(AddItemsDialog)
        self.scanRadio.setObjectName(u"scanRadio")

        self.mainLayout.addWidget(self.scanRadio)

        self.tagsEdit = QPlainTextEdit(AddItemsDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.mainLayout.addWidget(self.tagsEdit)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.locationLabel = QLabel(AddItemsDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(AddItemsDialog)
        self.locationCombo.setObjectName(u"locationCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.serialLabel = QLabel(AddItemsDialog)
        self.serialLabel.setObjectName(u"serialLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serialLabel)

        self.serialEdit = QLineEdit(AddItemsDialog)
        self.serialEdit.setObjectName(u"serialEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serialEdit)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(AddItemsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.countLabel.setBuddy(self.countSpin)
        self.locationLabel.setBuddy(self.locationCombo)
        self.serialLabel.setBuddy(self.serialEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddItemsDialog)

        QMetaObject.connectSlotsByName(AddItemsDialog)
    # setupUi

    def retranslateUi(self, AddItemsDialog):
        AddItemsDialog.setWindowTitle(QCoreApplication.translate("AddItemsDialog", u"Add items", None))
        self.productLabel.setText("")
        self.errorLabel.setText("")
        self.freshRadio.setText(QCoreApplication.translate("AddItemsDialog", u"&New labels (print them afterwards)", None))
        self.countLabel.setText(QCoreApplication.translate("AddItemsDialog", u"Number of items:", None))
        self.scanRadio.setText(QCoreApplication.translate("AddItemsDialog", u"&Scan pre-printed labels (one per line)", None))
        self.locationLabel.setText(QCoreApplication.translate("AddItemsDialog", u"&Location", None))
        self.serialLabel.setText(QCoreApplication.translate("AddItemsDialog", u"&Serial number", None))
    # retranslateUi

