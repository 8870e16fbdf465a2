"""Typed refusals. Each carries a message that says what to do, in Dutch and English.

The message is a catalogue text (``translate("context", "English text")`` from
lendingdesk/translation.py, its Dutch in resources/translations) put into words when it is
shown: the desk shows ``message(lang)`` in red; the command line prints it on stderr.
A leaf module: every layer (store, domain, services, documents, ui, cli) raises or catches
these, and it imports nothing of the application but the translation leaf.
"""

from __future__ import annotations

from lendingdesk.translation import DataText, Text


class LendingError(Exception):
    """Base of every refusal the desk can explain to its user.

    ``LendingError(translate("domain.loans", "Item {tag} is out.").format(tag=tag), **details)``.
    The older inline form ``LendingError(nl, en)`` still works, so a branch written before the
    catalogue keeps running until ``python -m lendingdesk.devtools translate-refusals``
    converts it (tests/test_refusals.py fails while one is left)."""

    code = "error"

    def __init__(self, text: Text | str, en: str | None = None, /, **details: object) -> None:
        if isinstance(text, str):
            if en is None:
                raise TypeError("a refusal needs a catalogue message (or a Dutch and English pair)")
            text = DataText(text, en)
        super().__init__(text)
        self.text: Text = text
        self.details = details

    @property
    def nl(self) -> str:
        return self.text.render("nl")

    @property
    def en(self) -> str:
        return self.text.render("en")

    def message(self, lang: str = "nl") -> str:
        return self.text.render(lang)

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


class KitIncomplete(LendingError):
    """A kit's parts were checked at check-out and some are not there: it goes out incomplete
    only by choice."""

    code = "kit_incomplete"


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


class LinkRefused(LendingError):
    """A review link that cannot be used (unknown, expired, or its review is in)."""

    code = "review_link_refused"


class DatabaseUnavailable(LendingError):
    code = "database_unavailable"
    # True only where waiting helps and nothing else is wrong: the scan may be kept in the
    # offline journal and applied later. Every other failure is refused without a promise.
    keep_offline = False


class ServerUnreachable(DatabaseUnavailable):
    """The shared database's server does not answer (network, server stopped)."""

    code = "server_unreachable"
    keep_offline = True


class DatabaseBusy(DatabaseUnavailable):
    """Another desk held the SQLite file's write lock longer than the busy timeout."""

    code = "database_busy"
    keep_offline = True


class AuthenticationFailed(DatabaseUnavailable):
    """The server answered but refused the user name or password."""

    code = "authentication_failed"


class DiskFull(DatabaseUnavailable):
    """No room left on the disk that holds the database (or the scan journal)."""

    code = "disk_full"


class ReadOnlyDatabase(DatabaseUnavailable):
    """The database file (or its folder) cannot be written."""

    code = "read_only"


class DatabaseCorrupt(DatabaseUnavailable):
    """The database file is damaged; writes are refused until a backup is restored."""

    code = "database_corrupt"


class NotADatabase(DatabaseCorrupt):
    """The file named as the database is another kind of file (a mistyped --db path)."""

    code = "not_a_database"


class SchemaTooNew(DatabaseUnavailable):
    """The database was made by a newer LendingDesk than this one."""

    code = "schema_too_new"


class DatabaseMissing(DatabaseUnavailable):
    """The database file does not exist (mistyped path, deleted, or moved away)."""

    code = "database_missing"


class DatabaseReplaced(DatabaseUnavailable):
    """The file under the open database was replaced or removed while the desk ran."""

    code = "database_replaced"


class HygienePending(ItemNotAvailable):
    """A returned item whose cleaning, disinfection, device reset or second check is not yet
    signed off (issue 16): it may not go out again."""

    code = "hygiene_pending"


class StepsNotConfirmed(InvalidInput):
    """A hygiene sign-off without every step of its protocol ticked."""

    code = "steps_not_confirmed"


class MaintenanceOverdue(ItemNotAvailable):
    """A check of a maintenance plan that blocks lending is overdue for this item."""

    code = "maintenance_overdue"


class PartNotItem(NotFound):
    """A kit part's own label was scanned where the kit's (item's) label is needed."""

    code = "part_not_item"
