# Generated from ui/borrower_picker.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'borrower_picker.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BorrowerPicker(object):
    def setupUi(self, BorrowerPicker):
        if not BorrowerPicker.objectName():
            BorrowerPicker.setObjectName(u"BorrowerPicker")
        BorrowerPicker.resize(600, 480)
        self.dialogLayout = QVBoxLayout(BorrowerPicker)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 20, 24, 18)
        self.headline = QLabel(BorrowerPicker)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.searchLabel = QLabel(BorrowerPicker)
        self.searchLabel.setObjectName(u"searchLabel")

        self.dialogLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(BorrowerPicker)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.searchEdit)

        self.resultsView = QListView(BorrowerPicker)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dialogLayout.addWidget(self.resultsView)

        self.hintLabel = QLabel(BorrowerPicker)
        self.hintLabel.setObjectName(u"hintLabel")

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.cancelButton = QPushButton(BorrowerPicker)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.chooseButton = QPushButton(BorrowerPicker)
        self.chooseButton.setObjectName(u"chooseButton")

        self.buttonRow.addWidget(self.chooseButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BorrowerPicker)

        self.chooseButton.setDefault(True)


        QMetaObject.connectSlotsByName(BorrowerPicker)
    # setupUi

    def retranslateUi(self, BorrowerPicker):
        BorrowerPicker.setWindowTitle(QCoreApplication.translate("BorrowerPicker", u"Who borrows it?", None))
        self.searchLabel.setText(QCoreApplication.translate("BorrowerPicker", u"&Name, team or card \u2013 or scan the borrower card", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("BorrowerPicker", u"Start typing a name\u2026", None))
#if QT_CONFIG(accessibility)
        self.resultsView.setAccessibleName(QCoreApplication.translate("BorrowerPicker", u"Borrowers found", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("BorrowerPicker", u"\u2191 \u2193 to choose, Enter to lend, Esc to cancel.", None))
        self.cancelButton.setText(QCoreApplication.translate("BorrowerPicker", u"Cancel (Esc)", None))
        self.chooseButton.setText(QCoreApplication.translate("BorrowerPicker", u"Lend to this borrower (Enter)", None))
    # retranslateUi

