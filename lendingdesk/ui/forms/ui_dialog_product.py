# Generated from ui/dialog_product.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_product.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ProductDialog(object):
    def setupUi(self, ProductDialog):
        if not ProductDialog.objectName():
            ProductDialog.setObjectName(u"ProductDialog")
        ProductDialog.resize(720, 640)
        self.mainLayout = QVBoxLayout(ProductDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(ProductDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ProductDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProductDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.makerLabel = QLabel(ProductDialog)
        self.makerLabel.setObjectName(u"makerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.makerLabel)

        self.makerEdit = QLineEdit(ProductDialog)
        self.makerEdit.setObjectName(u"makerEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.makerEdit)

        self.categoryLabel = QLabel(ProductDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ProductDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.loanDaysLabel = QLabel(ProductDialog)
        self.loanDaysLabel.setObjectName(u"loanDaysLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.loanDaysLabel)

        self.loanDaysSpin = QSpinBox(ProductDialog)
        self.loanDaysSpin.setObjectName(u"loanDaysSpin")
        self.loanDaysSpin.setMinimum(1)
        self.loanDaysSpin.setMaximum(365)
        self.loanDaysSpin.setValue(14)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.loanDaysSpin)

        self.descriptionLabel = QLabel(ProductDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ProductDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.cleaningLabel = QLabel(ProductDialog)
        self.cleaningLabel.setObjectName(u"cleaningLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cleaningLabel)

        self.cleaningEdit = QPlainTextEdit(ProductDialog)
        self.cleaningEdit.setObjectName(u"cleaningEdit")
        self.cleaningEdit.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cleaningEdit)

        self.careLabel = QLabel(ProductDialog)
        self.careLabel.setObjectName(u"careLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.careLabel)

        self.careEdit = QPlainTextEdit(ProductDialog)
        self.careEdit.setObjectName(u"careEdit")
        self.careEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.careEdit)

        self.accessoriesLabel = QLabel(ProductDialog)
        self.accessoriesLabel.setObjectName(u"accessoriesLabel")
        self.accessoriesLabel.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.accessoriesLabel)

        self.accessoriesEdit = QPlainTextEdit(ProductDialog)
        self.accessoriesEdit.setObjectName(u"accessoriesEdit")
        self.accessoriesEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.accessoriesEdit)

        self.isolationCheck = QCheckBox(ProductDialog)
        self.isolationCheck.setObjectName(u"isolationCheck")
        self.isolationCheck.setChecked(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.isolationCheck)

        self.photoLabel = QLabel(ProductDialog)
        self.photoLabel.setObjectName(u"photoLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.photoLabel)

        self.photoRow = QHBoxLayout()
        self.photoRow.setObjectName(u"photoRow")
        self.photoEdit = QLineEdit(ProductDialog)
        self.photoEdit.setObjectName(u"photoEdit")

        self.photoRow.addWidget(self.photoEdit)

        self.photoButton = QPushButton(ProductDialog)
        self.photoButton.setObjectName(u"photoButton")

        self.photoRow.addWidget(self.photoButton)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.photoRow)

        self.manualLabel = QLabel(ProductDialog)
        self.manualLabel.setObjectName(u"manualLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.manualLabel)

        self.manualEdit = QLineEdit(ProductDialog)
        self.manualEdit.setObjectName(u"manualEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.manualEdit)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ProductDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.makerLabel.setBuddy(self.makerEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.loanDaysLabel.setBuddy(self.loanDaysSpin)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.cleaningLabel.setBuddy(self.cleaningEdit)
        self.careLabel.setBuddy(self.careEdit)
        self.accessoriesLabel.setBuddy(self.accessoriesEdit)
        self.photoLabel.setBuddy(self.photoEdit)
        self.manualLabel.setBuddy(self.manualEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.makerEdit)
        QWidget.setTabOrder(self.makerEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.loanDaysSpin)
        QWidget.setTabOrder(self.loanDaysSpin, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.cleaningEdit)
        QWidget.setTabOrder(self.cleaningEdit, self.careEdit)
        QWidget.setTabOrder(self.careEdit, self.accessoriesEdit)
        QWidget.setTabOrder(self.accessoriesEdit, self.isolationCheck)
        QWidget.setTabOrder(self.isolationCheck, self.photoEdit)
        QWidget.setTabOrder(self.photoEdit, self.photoButton)
        QWidget.setTabOrder(self.photoButton, self.manualEdit)

        self.retranslateUi(ProductDialog)

        QMetaObject.connectSlotsByName(ProductDialog)
    # setupUi

    def retranslateUi(self, ProductDialog):
        ProductDialog.setWindowTitle(QCoreApplication.translate("ProductDialog", u"Product", None))
        self.errorLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("ProductDialog", u"&Name", None))
        self.makerLabel.setText(QCoreApplication.translate("ProductDialog", u"&Maker", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProductDialog", u"&Category", None))
        self.loanDaysLabel.setText(QCoreApplication.translate("ProductDialog", u"&Loan period", None))
        self.loanDaysSpin.setSuffix(QCoreApplication.translate("ProductDialog", u" days", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProductDialog", u"&Description", None))
        self.cleaningLabel.setText(QCoreApplication.translate("ProductDialog", u"C&leaning protocol", None))
        self.careLabel.setText(QCoreApplication.translate("ProductDialog", u"Ca&re instructions", None))
        self.accessoriesLabel.setText(QCoreApplication.translate("ProductDialog", u"&Accessories (one per line)", None))
        self.isolationCheck.setText(QCoreApplication.translate("ProductDialog", u"May be used in isolation rooms", None))
        self.photoLabel.setText(QCoreApplication.translate("ProductDialog", u"&Photo", None))
        self.photoButton.setText(QCoreApplication.translate("ProductDialog", u"Choose\u2026", None))
        self.manualLabel.setText(QCoreApplication.translate("ProductDialog", u"Manual (&web address)", None))
    # retranslateUi

