"""Typed refusals. Each carries a Dutch and an English message that says what to do.

A leaf module: every layer (store, domain, services, documents, ui, cli) raises or catches
these, and it imports nothing of the application. The desk shows ``message(lang)`` in red;
the command line prints it on stderr.
"""

from __future__ import annotations


class LendingError(Exception):
    """Base of every refusal the desk can explain to its user."""

    code = "error"

    def __init__(self, nl: str, en: str, **details: object) -> None:
        super().__init__(en)
        self.nl = nl
        self.en = en
        self.details = details

    def message(self, lang: str = "nl") -> str:
        return self.nl if lang.startswith("nl") else self.en

    def __str__(self) -> str:
        return self.en


class UnknownCode(LendingError):
    code = "unknown_code"


class NotFound(LendingError):
    code = "not_found"


class ItemNotAvailable(LendingError):
    code = "item_not_available"


class ItemReserved(ItemNotAvailable):
    code = "item_reserved"


class BorrowerInactive(LendingError):
    code = "borrower_inactive"


class LoanLimitReached(LendingError):
    code = "loan_limit"


class NotOnLoan(LendingError):
    code = "not_on_loan"


class AlreadyOnLoan(LendingError):
    code = "already_on_loan"


class ReservationConflict(LendingError):
    code = "reservation_conflict"


class InvalidInput(LendingError):
    code = "invalid_input"


class DatabaseUnavailable(LendingError):
    code = "database_unavailable"
