# Generated from ui/main_window.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QPushButton,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navPanel = QFrame(self.centralWidget)
        self.navPanel.setObjectName(u"navPanel")
        self.navPanel.setMinimumSize(QSize(210, 0))
        self.navPanel.setMaximumSize(QSize(230, 16777215))
        self.navLayout = QVBoxLayout(self.navPanel)
        self.navLayout.setSpacing(8)
        self.navLayout.setObjectName(u"navLayout")
        self.navLayout.setContentsMargins(12, 18, 12, 12)
        self.appTitle = QLabel(self.navPanel)
        self.appTitle.setObjectName(u"appTitle")

        self.navLayout.addWidget(self.appTitle)

        self.appSubtitle = QLabel(self.navPanel)
        self.appSubtitle.setObjectName(u"appSubtitle")
        self.appSubtitle.setWordWrap(True)

        self.navLayout.addWidget(self.appSubtitle)

        self.navList = QListWidget(self.navPanel)
        self.navList.setObjectName(u"navList")
        self.navList.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.navLayout.addWidget(self.navList)

        self.settingsButton = QPushButton(self.navPanel)
        self.settingsButton.setObjectName(u"settingsButton")
        self.settingsButton.setAutoDefault(False)

        self.navLayout.addWidget(self.settingsButton)


        self.centralLayout.addWidget(self.navPanel)

        self.stack = QStackedWidget(self.centralWidget)
        self.stack.setObjectName(u"stack")

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"LendingDesk", None))
        self.appTitle.setText(QCoreApplication.translate("MainWindow", u"LendingDesk", None))
        self.appSubtitle.setText(QCoreApplication.translate("MainWindow", u"Lending service for care technology", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Screens", None))
#endif // QT_CONFIG(accessibility)
        self.settingsButton.setText(QCoreApplication.translate("MainWindow", u"Settings\u2026", None))
    # retranslateUi

