"""Asking for the coordinator code before a destructive or privacy-relevant action.

``ask_coordinator(parent, db, ctx, action)`` is the one call the screens make (settings, erasing
a borrower's personal data, retiring a product or item). The check itself is the service's
``access.authorize`` (wrong guesses slow the desk down and are audited); it gives the grant the
screen hands to the service that does the action. This module only asks and explains.
When no code has been set yet it says how to set one and offers to set it now.

The three dialogs are module functions so tests (and a kiosk build) can replace them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from lendingdesk.domain import roles
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import LendingError
from lendingdesk.services import access
from lendingdesk.services.access import Grant
from lendingdesk.store.db import Database


def _lang() -> str:
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def action_words(action: str, lang: str | None = None) -> str:
    """'retire an item' / 'een product af te schrijven', in the current language."""
    words = roles.action_words(action)
    return words if isinstance(words, str) else words.render(lang or _lang())


def coordinator_dialog(parent: QWidget | None, label: str) -> QInputDialog:
    """The code prompt: password mode, so nobody reads the code over a shoulder."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Coordinator", "Coordinator code"))
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("Coordinator", "Continue"))
    dialog.setCancelButtonText(QCoreApplication.translate("Coordinator", "Cancel"))
    dialog.resize(460, dialog.sizeHint().height())
    return dialog


def ask_secret(parent: QWidget | None, label: str) -> str | None:
    """Ask for a code; None when cancelled."""
    dialog = coordinator_dialog(parent, label)
    try:
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()
    finally:
        dialog.deleteLater()


def tell(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Coordinator", "Coordinator code"), text)


def offer_setup(parent: QWidget | None, text: str) -> bool:
    """Explain that no code is set; True when the user wants to set one now."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Coordinator", "Coordinator code"),
        QCoreApplication.translate("Coordinator", "No coordinator code yet"),
        parent=parent,
    )
    box.setInformativeText(text)
    box.setStyleSheet("#qt_msgbox_informativelabel { min-width: 440px; }")  # a paragraph
    set_now = box.addButton(
        QCoreApplication.translate("Coordinator", "Set a code now"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Coordinator", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(set_now)
    box.exec()
    chosen = box.clickedButton() is set_now
    box.deleteLater()
    return chosen


def ask_coordinator(
    parent: QWidget | None,
    db: Database,
    ctx: DeskContext,
    action: str,
    lang: str | None = None,
) -> Grant | None:
    """The grant for ``action`` when the coordinator code was given (or has just been set);
    None when not (the user was told why).
    ``lang`` (nl/en) is the language of the domain's messages; by default the current locale."""
    lang = "nl" if (lang or _lang()).startswith("nl") else "en"
    what = action_words(action, lang)
    service = access.AccessService(db, lambda: ctx)
    try:
        has_code = service.has_code()
    except LendingError as exc:  # the database is away: nothing protected can be done now
        tell(parent, exc.message(lang))
        return None
    if not has_code:
        return _set_up(parent, service, action, what, lang)
    secret = ask_secret(
        parent,
        QCoreApplication.translate("Coordinator", "To %1, enter the coordinator code:").replace(
            "%1", what
        ),
    )
    if secret is None:
        return None
    try:
        return service.authorize(action, secret)
    except LendingError as exc:
        tell(parent, exc.message(lang))
        return None


def _set_up(
    parent: QWidget | None, service: access.AccessService, action: str, what: str, lang: str
) -> Grant | None:
    explain = QCoreApplication.translate(
        "Coordinator",
        "To %1 a coordinator code is needed, but none has been set yet. The coordinator chooses "
        "one (at least 6 characters) for all desks; it can also be set with "
        "“lendingdesk coordinator set-pin”. Set it now?",
    ).replace("%1", what)
    if not offer_setup(parent, explain):
        return None
    first = ask_secret(
        parent,
        QCoreApplication.translate(
            "Coordinator", "Choose the coordinator code (at least 6 characters):"
        ),
    )
    if first is None:
        return None
    second = ask_secret(
        parent, QCoreApplication.translate("Coordinator", "Enter the same code again:")
    )
    if second is None:
        return None
    if first != second:
        tell(
            parent,
            QCoreApplication.translate(
                "Coordinator", "The two codes are not the same. Nothing was changed; try again."
            ),
        )
        return None
    try:
        service.change_code(first)
        return service.authorize(action, first)
    except LendingError as exc:
        tell(parent, exc.message(lang))
        return None
