# Generated from ui/dialog_borrower.ui by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.
# Change the .ui file in Qt Designer and regenerate (make ui).
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialog_borrower.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_BorrowerDialog(object):
    def setupUi(self, BorrowerDialog):
        if not BorrowerDialog.objectName():
            BorrowerDialog.setObjectName(u"BorrowerDialog")
        BorrowerDialog.resize(620, 480)
        self.mainLayout = QVBoxLayout(BorrowerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(BorrowerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(BorrowerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(BorrowerDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(BorrowerDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(BorrowerDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.disciplineLabel = QLabel(BorrowerDialog)
        self.disciplineLabel.setObjectName(u"disciplineLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.disciplineLabel)

        self.disciplineEdit = QLineEdit(BorrowerDialog)
        self.disciplineEdit.setObjectName(u"disciplineEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.disciplineEdit)

        self.teamLabel = QLabel(BorrowerDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamEdit = QLineEdit(BorrowerDialog)
        self.teamEdit.setObjectName(u"teamEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teamEdit)

        self.emailLabel = QLabel(BorrowerDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(BorrowerDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(BorrowerDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(BorrowerDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.locationLabel = QLabel(BorrowerDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(BorrowerDialog)
        self.locationCombo.setObjectName(u"locationCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.limitLabel = QLabel(BorrowerDialog)
        self.limitLabel.setObjectName(u"limitLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.limitLabel)

        self.limitSpin = QSpinBox(BorrowerDialog)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMaximum(99)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.limitSpin)

        self.badgeLabel = QLabel(BorrowerDialog)
        self.badgeLabel.setObjectName(u"badgeLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.badgeLabel)

        self.badgeEdit = QLineEdit(BorrowerDialog)
        self.badgeEdit.setObjectName(u"badgeEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.badgeEdit)


        self.mainLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(BorrowerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.disciplineLabel.setBuddy(self.disciplineEdit)
        self.teamLabel.setBuddy(self.teamEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.locationLabel.setBuddy(self.locationCombo)
        self.limitLabel.setBuddy(self.limitSpin)
        self.badgeLabel.setBuddy(self.badgeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BorrowerDialog)

        QMetaObject.connectSlotsByName(BorrowerDialog)
    # setupUi

    def retranslateUi(self, BorrowerDialog):
        BorrowerDialog.setWindowTitle(QCoreApplication.translate("BorrowerDialog", u"Borrower", None))
        self.errorLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("BorrowerDialog", u"&Name", None))
        self.kindLabel.setText(QCoreApplication.translate("BorrowerDialog", u"&Kind", None))
        self.disciplineLabel.setText(QCoreApplication.translate("BorrowerDialog", u"&Discipline", None))
        self.teamLabel.setText(QCoreApplication.translate("BorrowerDialog", u"&Team", None))
        self.emailLabel.setText(QCoreApplication.translate("BorrowerDialog", u"&E-mail", None))
        self.phoneLabel.setText(QCoreApplication.translate("BorrowerDialog", u"&Phone", None))
        self.locationLabel.setText(QCoreApplication.translate("BorrowerDialog", u"&Location", None))
        self.limitLabel.setText(QCoreApplication.translate("BorrowerDialog", u"Loan &limit", None))
        self.badgeLabel.setText(QCoreApplication.translate("BorrowerDialog", u"&Card", None))
    # retranslateUi

