# Generated from ui/checkin_dialog.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CheckinDialog(object):
    def setupUi(self, CheckinDialog):
        if not CheckinDialog.objectName():
            CheckinDialog.setObjectName(u"CheckinDialog")
        CheckinDialog.resize(620, 520)
        self.dialogLayout = QVBoxLayout(CheckinDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 18)
        self.headline = QLabel(CheckinDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.loanInfo = QLabel(CheckinDialog)
        self.loanInfo.setObjectName(u"loanInfo")
        self.loanInfo.setWordWrap(True)

        self.dialogLayout.addWidget(self.loanInfo)

        self.checklistBox = QGroupBox(CheckinDialog)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setSpacing(6)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.chargedCheck = QCheckBox(self.checklistBox)
        self.chargedCheck.setObjectName(u"chargedCheck")
        self.chargedCheck.setChecked(True)

        self.checklistLayout.addWidget(self.chargedCheck)

        self.accessoriesLayout = QVBoxLayout()
        self.accessoriesLayout.setSpacing(6)
        self.accessoriesLayout.setObjectName(u"accessoriesLayout")

        self.checklistLayout.addLayout(self.accessoriesLayout)

        self.noAccessoriesLabel = QLabel(self.checklistBox)
        self.noAccessoriesLabel.setObjectName(u"noAccessoriesLabel")

        self.checklistLayout.addWidget(self.noAccessoriesLabel)


        self.dialogLayout.addWidget(self.checklistBox)

        self.damageLabel = QLabel(CheckinDialog)
        self.damageLabel.setObjectName(u"damageLabel")

        self.dialogLayout.addWidget(self.damageLabel)

        self.damageEdit = QLineEdit(CheckinDialog)
        self.damageEdit.setObjectName(u"damageEdit")

        self.dialogLayout.addWidget(self.damageEdit)

        self.cleaningInfo = QLabel(CheckinDialog)
        self.cleaningInfo.setObjectName(u"cleaningInfo")
        self.cleaningInfo.setWordWrap(True)

        self.dialogLayout.addWidget(self.cleaningInfo)

        self.verticalSpacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.cancelButton = QPushButton(CheckinDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.reviewButton = QPushButton(CheckinDialog)
        self.reviewButton.setObjectName(u"reviewButton")
        self.reviewButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.reviewButton)

        self.checkinButton = QPushButton(CheckinDialog)
        self.checkinButton.setObjectName(u"checkinButton")

        self.buttonRow.addWidget(self.checkinButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.damageLabel.setBuddy(self.damageEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckinDialog)

        self.checkinButton.setDefault(True)


        QMetaObject.connectSlotsByName(CheckinDialog)
    # setupUi

    def retranslateUi(self, CheckinDialog):
        CheckinDialog.setWindowTitle(QCoreApplication.translate("CheckinDialog", u"Check in", None))
        self.checklistBox.setTitle(QCoreApplication.translate("CheckinDialog", u"Checklist \u2013 untick what is missing", None))
        self.chargedCheck.setText(QCoreApplication.translate("CheckinDialog", u"&Charged / batteries full", None))
        self.noAccessoriesLabel.setText(QCoreApplication.translate("CheckinDialog", u"This product has no accessories to check.", None))
        self.damageLabel.setText(QCoreApplication.translate("CheckinDialog", u"&Damage or remarks (leave empty when all is well)", None))
        self.damageEdit.setPlaceholderText(QCoreApplication.translate("CheckinDialog", u"e.g. scratch on the housing", None))
        self.cancelButton.setText(QCoreApplication.translate("CheckinDialog", u"Cancel (Esc)", None))
        self.reviewButton.setText(QCoreApplication.translate("CheckinDialog", u"Check in and review now (Ctrl+R)", None))
        self.checkinButton.setText(QCoreApplication.translate("CheckinDialog", u"Check in (Enter)", None))
    # retranslateUi

