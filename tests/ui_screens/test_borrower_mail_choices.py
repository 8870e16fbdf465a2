"""The borrower form's e-mail choices: the opt-out and the language of the notices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lendingdesk.services import notices
from lendingdesk.ui.screens import BorrowersScreen
from lendingdesk.ui.screens.dialogs import BorrowerDialog


def test_opt_out_and_language_are_saved_and_shown_again(qtbot, make_screen) -> None:
    screen: BorrowersScreen = make_screen(BorrowersScreen)
    target = next(r for r in screen.model.rows() if r.email and not r.erased)
    dialog = BorrowerDialog(screen.services, target.id, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        dialog.mailOptOutCheck.text() == "Geen e-mails van de balie (uitnodigingen, herinneringen)"
    )
    assert not dialog.mailOptOutCheck.isChecked()
    assert dialog.mailLanguageCombo.currentText() == "Nederlands"
    dialog.mailLanguageCombo.setFocus()
    qtbot.keyClick(dialog.mailLanguageCombo, Qt.Key.Key_Down)
    assert dialog.mailLanguageCombo.currentText() == "Engels"
    dialog.mailOptOutCheck.setFocus()
    qtbot.keyClick(dialog.mailOptOutCheck, Qt.Key.Key_Space)
    assert dialog.mailOptOutCheck.isChecked()
    assert not dialog.mailLanguageCombo.isEnabled()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()

    with screen.services.db.session() as s:
        assert notices.preference_of(s, target.id) == notices.Preference(True, "en")
    again = BorrowerDialog(screen.services, target.id, screen)
    qtbot.addWidget(again)
    assert again.mailOptOutCheck.isChecked()
    assert again.mailLanguageCombo.currentData() == "en"
