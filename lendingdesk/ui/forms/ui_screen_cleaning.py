# Generated from ui/screen_cleaning.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screen_cleaning.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CleaningScreen(object):
    def setupUi(self, CleaningScreen):
        if not CleaningScreen.objectName():
            CleaningScreen.setObjectName(u"CleaningScreen")
        CleaningScreen.resize(1100, 640)
        self.mainLayout = QVBoxLayout(CleaningScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.signOffFrame = QFrame(CleaningScreen)
        self.signOffFrame.setObjectName(u"signOffFrame")
        self.signOffLayout = QVBoxLayout(self.signOffFrame)
        self.signOffLayout.setObjectName(u"signOffLayout")
        self.headingLabel = QLabel(self.signOffFrame)
        self.headingLabel.setObjectName(u"headingLabel")

        self.signOffLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(self.signOffFrame)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.signOffLayout.addWidget(self.hintLabel)

        self.signOffRow = QHBoxLayout()
        self.signOffRow.setObjectName(u"signOffRow")
        self.tagLabel = QLabel(self.signOffFrame)
        self.tagLabel.setObjectName(u"tagLabel")

        self.signOffRow.addWidget(self.tagLabel)

        self.tagEdit = QLineEdit(self.signOffFrame)
        self.tagEdit.setObjectName(u"tagEdit")

        self.signOffRow.addWidget(self.tagEdit)

        self.byLabel = QLabel(self.signOffFrame)
        self.byLabel.setObjectName(u"byLabel")

        self.signOffRow.addWidget(self.byLabel)

        self.byEdit = QLineEdit(self.signOffFrame)
        self.byEdit.setObjectName(u"byEdit")

        self.signOffRow.addWidget(self.byEdit)

        self.signOffButton = QPushButton(self.signOffFrame)
        self.signOffButton.setObjectName(u"signOffButton")

        self.signOffRow.addWidget(self.signOffButton)


        self.signOffLayout.addLayout(self.signOffRow)

        self.resultLabel = QLabel(self.signOffFrame)
        self.resultLabel.setObjectName(u"resultLabel")

        self.signOffLayout.addWidget(self.resultLabel)


        self.mainLayout.addWidget(self.signOffFrame)

        self.queueHeader = QHBoxLayout()
        self.queueHeader.setObjectName(u"queueHeader")
        self.queueLabel = QLabel(CleaningScreen)
        self.queueLabel.setObjectName(u"queueLabel")

        self.queueHeader.addWidget(self.queueLabel)

        self.queueStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueHeader.addItem(self.queueStretch)

        self.countLabel = QLabel(CleaningScreen)
        self.countLabel.setObjectName(u"countLabel")

        self.queueHeader.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.queueHeader)

        self.queueTable = QTableView(CleaningScreen)
        self.queueTable.setObjectName(u"queueTable")

        self.mainLayout.addWidget(self.queueTable)

        self.queueButtons = QHBoxLayout()
        self.queueButtons.setObjectName(u"queueButtons")
        self.signOffSelectedButton = QPushButton(CleaningScreen)
        self.signOffSelectedButton.setObjectName(u"signOffSelectedButton")

        self.queueButtons.addWidget(self.signOffSelectedButton)

        self.maintenanceButton = QPushButton(CleaningScreen)
        self.maintenanceButton.setObjectName(u"maintenanceButton")

        self.queueButtons.addWidget(self.maintenanceButton)

        self.backButton = QPushButton(CleaningScreen)
        self.backButton.setObjectName(u"backButton")

        self.queueButtons.addWidget(self.backButton)

        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueButtons.addItem(self.buttonStretch)


        self.mainLayout.addLayout(self.queueButtons)

#if QT_CONFIG(shortcut)
        self.tagLabel.setBuddy(self.tagEdit)
        self.byLabel.setBuddy(self.byEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tagEdit, self.byEdit)
        QWidget.setTabOrder(self.byEdit, self.signOffButton)
        QWidget.setTabOrder(self.signOffButton, self.queueTable)

        self.retranslateUi(CleaningScreen)

        QMetaObject.connectSlotsByName(CleaningScreen)
    # setupUi

    def retranslateUi(self, CleaningScreen):
        self.headingLabel.setText(QCoreApplication.translate("CleaningScreen", u"Sign off cleaning", None))
        self.hintLabel.setText(QCoreApplication.translate("CleaningScreen", u"Scan the label of a cleaned item and press Enter.", None))
        self.tagLabel.setText(QCoreApplication.translate("CleaningScreen", u"&Label", None))
        self.tagEdit.setPlaceholderText(QCoreApplication.translate("CleaningScreen", u"Scan or type the label\u2026", None))
        self.byLabel.setText(QCoreApplication.translate("CleaningScreen", u"Cleaned &by", None))
        self.byEdit.setPlaceholderText(QCoreApplication.translate("CleaningScreen", u"Your name", None))
        self.signOffButton.setText(QCoreApplication.translate("CleaningScreen", u"Sign off", None))
        self.resultLabel.setText("")
        self.queueLabel.setText(QCoreApplication.translate("CleaningScreen", u"Waiting for cleaning or in maintenance", None))
        self.countLabel.setText("")
        self.signOffSelectedButton.setText(QCoreApplication.translate("CleaningScreen", u"Sign off selected", None))
        self.maintenanceButton.setText(QCoreApplication.translate("CleaningScreen", u"Send to maintenance\u2026", None))
        self.backButton.setText(QCoreApplication.translate("CleaningScreen", u"Back from maintenance", None))
        pass
    # retranslateUi

