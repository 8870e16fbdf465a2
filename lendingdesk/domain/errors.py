"""The refusals, re-exported from their leaf module :mod:`lendingdesk.errors`.

Kept so existing ``from lendingdesk.domain.errors import …`` lines go on working; new code
imports from ``lendingdesk.errors``.
"""

from __future__ import annotations

from lendingdesk.errors import (
    AlreadyOnLoan,
    BorrowerInactive,
    DatabaseUnavailable,
    InvalidInput,
    ItemNotAvailable,
    ItemReserved,
    LendingError,
    LoanLimitReached,
    NotFound,
    NotOnLoan,
    ReservationConflict,
    UnknownCode,
)

__all__ = [
    "AlreadyOnLoan",
    "BorrowerInactive",
    "DatabaseUnavailable",
    "InvalidInput",
    "ItemNotAvailable",
    "ItemReserved",
    "LendingError",
    "LoanLimitReached",
    "NotFound",
    "NotOnLoan",
    "ReservationConflict",
    "UnknownCode",
]
