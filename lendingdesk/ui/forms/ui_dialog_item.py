# Generated from ui/dialog_item.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_item.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ItemDialog(object):
    def setupUi(self, ItemDialog):
        if not ItemDialog.objectName():
            ItemDialog.setObjectName(u"ItemDialog")
        ItemDialog.resize(560, 340)
        self.mainLayout = QVBoxLayout(ItemDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(ItemDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.errorLabel = QLabel(ItemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.serialLabel = QLabel(ItemDialog)
        self.serialLabel.setObjectName(u"serialLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serialLabel)

        self.serialEdit = QLineEdit(ItemDialog)
        self.serialEdit.setObjectName(u"serialEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serialEdit)

        self.locationLabel = QLabel(ItemDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(ItemDialog)
        self.locationCombo.setObjectName(u"locationCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.notesLabel = QLabel(ItemDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ItemDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.serialLabel.setBuddy(self.serialEdit)
        self.locationLabel.setBuddy(self.locationCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ItemDialog)

        QMetaObject.connectSlotsByName(ItemDialog)
    # setupUi

    def retranslateUi(self, ItemDialog):
        ItemDialog.setWindowTitle(QCoreApplication.translate("ItemDialog", u"Item", None))
        self.headerLabel.setText("")
        self.errorLabel.setText("")
        self.serialLabel.setText(QCoreApplication.translate("ItemDialog", u"&Serial number", None))
        self.locationLabel.setText(QCoreApplication.translate("ItemDialog", u"&Location", None))
        self.notesLabel.setText(QCoreApplication.translate("ItemDialog", u"&Notes", None))
    # retranslateUi

