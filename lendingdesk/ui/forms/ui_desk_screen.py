# Generated from ui/desk_screen.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desk_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from lendingdesk.ui.desk.feedback import FeedbackBanner

class Ui_DeskScreen(object):
    def setupUi(self, DeskScreen):
        if not DeskScreen.objectName():
            DeskScreen.setObjectName(u"DeskScreen")
        DeskScreen.resize(1100, 740)
        self.deskLayout = QVBoxLayout(DeskScreen)
        self.deskLayout.setSpacing(14)
        self.deskLayout.setObjectName(u"deskLayout")
        self.deskLayout.setContentsMargins(24, 18, 24, 14)
        self.scanRow = QHBoxLayout()
        self.scanRow.setSpacing(10)
        self.scanRow.setObjectName(u"scanRow")
        self.scanLabel = QLabel(DeskScreen)
        self.scanLabel.setObjectName(u"scanLabel")

        self.scanRow.addWidget(self.scanLabel)

        self.codeEdit = QLineEdit(DeskScreen)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.scanRow.addWidget(self.codeEdit)

        self.goButton = QPushButton(DeskScreen)
        self.goButton.setObjectName(u"goButton")
        self.goButton.setAutoDefault(False)

        self.scanRow.addWidget(self.goButton)


        self.deskLayout.addLayout(self.scanRow)

        self.banner = FeedbackBanner(DeskScreen)
        self.banner.setObjectName(u"banner")

        self.deskLayout.addWidget(self.banner)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setSpacing(14)
        self.bodyRow.setObjectName(u"bodyRow")
        self.borrowerPanel = QFrame(DeskScreen)
        self.borrowerPanel.setObjectName(u"borrowerPanel")
        self.borrowerLayout = QVBoxLayout(self.borrowerPanel)
        self.borrowerLayout.setSpacing(6)
        self.borrowerLayout.setObjectName(u"borrowerLayout")
        self.borrowerCaption = QLabel(self.borrowerPanel)
        self.borrowerCaption.setObjectName(u"borrowerCaption")

        self.borrowerLayout.addWidget(self.borrowerCaption)

        self.borrowerName = QLabel(self.borrowerPanel)
        self.borrowerName.setObjectName(u"borrowerName")
        self.borrowerName.setWordWrap(True)

        self.borrowerLayout.addWidget(self.borrowerName)

        self.borrowerMeta = QLabel(self.borrowerPanel)
        self.borrowerMeta.setObjectName(u"borrowerMeta")
        self.borrowerMeta.setWordWrap(True)

        self.borrowerLayout.addWidget(self.borrowerMeta)

        self.openLoansLabel = QLabel(self.borrowerPanel)
        self.openLoansLabel.setObjectName(u"openLoansLabel")

        self.borrowerLayout.addWidget(self.openLoansLabel)

        self.openLoansView = QTableView(self.borrowerPanel)
        self.openLoansView.setObjectName(u"openLoansView")
        self.openLoansView.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.openLoansView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.openLoansView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.openLoansView.setShowGrid(False)
        self.openLoansView.horizontalHeader().setStretchLastSection(True)
        self.openLoansView.verticalHeader().setVisible(False)

        self.borrowerLayout.addWidget(self.openLoansView)


        self.bodyRow.addWidget(self.borrowerPanel)

        self.sessionPanel = QFrame(DeskScreen)
        self.sessionPanel.setObjectName(u"sessionPanel")
        self.sessionLayout = QVBoxLayout(self.sessionPanel)
        self.sessionLayout.setSpacing(6)
        self.sessionLayout.setObjectName(u"sessionLayout")
        self.sessionCaption = QLabel(self.sessionPanel)
        self.sessionCaption.setObjectName(u"sessionCaption")

        self.sessionLayout.addWidget(self.sessionCaption)

        self.sessionView = QTableView(self.sessionPanel)
        self.sessionView.setObjectName(u"sessionView")
        self.sessionView.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.sessionView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sessionView.setShowGrid(False)
        self.sessionView.horizontalHeader().setStretchLastSection(True)
        self.sessionView.verticalHeader().setVisible(False)

        self.sessionLayout.addWidget(self.sessionView)

        self.sessionHint = QLabel(self.sessionPanel)
        self.sessionHint.setObjectName(u"sessionHint")
        self.sessionHint.setWordWrap(True)

        self.sessionLayout.addWidget(self.sessionHint)


        self.bodyRow.addWidget(self.sessionPanel)


        self.deskLayout.addLayout(self.bodyRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(10)
        self.buttonRow.setObjectName(u"buttonRow")
        self.chooseBorrowerButton = QPushButton(DeskScreen)
        self.chooseBorrowerButton.setObjectName(u"chooseBorrowerButton")
        self.chooseBorrowerButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.chooseBorrowerButton)

        self.undoButton = QPushButton(DeskScreen)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.undoButton)

        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printSlipButton = QPushButton(DeskScreen)
        self.printSlipButton.setObjectName(u"printSlipButton")
        self.printSlipButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.printSlipButton)

        self.finishButton = QPushButton(DeskScreen)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.finishButton)


        self.deskLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeskScreen)

        QMetaObject.connectSlotsByName(DeskScreen)
    # setupUi

    def retranslateUi(self, DeskScreen):
        self.scanLabel.setText(QCoreApplication.translate("DeskScreen", u"Scan or type a code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("DeskScreen", u"LD\u2026 product label or LP\u2026 borrower card", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("DeskScreen", u"Code", None))
#endif // QT_CONFIG(accessibility)
        self.goButton.setText(QCoreApplication.translate("DeskScreen", u"OK", None))
        self.borrowerCaption.setText(QCoreApplication.translate("DeskScreen", u"At the desk", None))
        self.borrowerName.setText(QCoreApplication.translate("DeskScreen", u"Nobody yet", None))
        self.borrowerMeta.setText(QCoreApplication.translate("DeskScreen", u"Scan a borrower card to start lending, or scan a product to take it back.", None))
        self.openLoansLabel.setText(QCoreApplication.translate("DeskScreen", u"Open loans", None))
#if QT_CONFIG(accessibility)
        self.openLoansView.setAccessibleName(QCoreApplication.translate("DeskScreen", u"Open loans", None))
#endif // QT_CONFIG(accessibility)
        self.sessionCaption.setText(QCoreApplication.translate("DeskScreen", u"Lent in this session", None))
#if QT_CONFIG(accessibility)
        self.sessionView.setAccessibleName(QCoreApplication.translate("DeskScreen", u"Lent in this session", None))
#endif // QT_CONFIG(accessibility)
        self.sessionHint.setText("")
        self.chooseBorrowerButton.setText(QCoreApplication.translate("DeskScreen", u"Choose borrower (F2)", None))
        self.undoButton.setText(QCoreApplication.translate("DeskScreen", u"Undo (Ctrl+Z)", None))
        self.printSlipButton.setText(QCoreApplication.translate("DeskScreen", u"Print loan slip (Ctrl+P)", None))
        self.finishButton.setText(QCoreApplication.translate("DeskScreen", u"Finish (F10)", None))
        pass
    # retranslateUi

