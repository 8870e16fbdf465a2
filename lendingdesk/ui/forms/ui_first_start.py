# Generated from ui/first_start.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(FirstStartDialog)
        self.dialogLayout.setSpacing(14)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(28, 24, 28, 22)
        self.headline = QLabel(FirstStartDialog)
        self.headline.setObjectName(u"headline")

        self.dialogLayout.addWidget(self.headline)

        self.intro = QLabel(FirstStartDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.demoButton = QPushButton(FirstStartDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.dialogLayout.addWidget(self.demoButton)

        self.demoHint = QLabel(FirstStartDialog)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.demoHint)

        self.emptyButton = QPushButton(FirstStartDialog)
        self.emptyButton.setObjectName(u"emptyButton")
        self.emptyButton.setAutoDefault(False)

        self.dialogLayout.addWidget(self.emptyButton)

        self.emptyHint = QLabel(FirstStartDialog)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.emptyHint)

        self.verticalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)


        self.retranslateUi(FirstStartDialog)

        self.demoButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"Welcome to LendingDesk", None))
        self.headline.setText(QCoreApplication.translate("FirstStartDialog", u"Welcome to LendingDesk", None))
        self.intro.setText(QCoreApplication.translate("FirstStartDialog", u"The database is still empty. How would you like to start?", None))
        self.demoButton.setText(QCoreApplication.translate("FirstStartDialog", u"&Start with the demo catalogue", None))
        self.demoHint.setText(QCoreApplication.translate("FirstStartDialog", u"28 care-technology products, borrowers and a loan history, to try everything out. You can erase it later.", None))
        self.emptyButton.setText(QCoreApplication.translate("FirstStartDialog", u"Start &empty", None))
        self.emptyHint.setText(QCoreApplication.translate("FirstStartDialog", u"Then add your products under Catalogue, or import a spreadsheet.", None))
    # retranslateUi

