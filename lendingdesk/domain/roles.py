"""The coordinator: who may do the destructive and privacy-relevant things.

Ordinary desk work (scanning, check-out, check-in, cleaning) needs no login. Retiring items,
erasing a borrower's personal data, changing settings, exporting data and restoring a backup
need the coordinator's PIN or password. It is stored only as a salted scrypt hash in the
database's settings table (so every desk of a region shares it), never as text. Wrong guesses
are counted: after five in a row the coordinator code is locked for a few minutes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from lendingdesk.domain import audit
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.errors import InvalidInput, LendingError
from lendingdesk.store.models import Setting

if TYPE_CHECKING:
    from lendingdesk.store.db import Database

SECRET_KEY = "coordinator.secret"
FAILURES_KEY = "coordinator.failures"
MIN_LENGTH = 4
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)

# scrypt cost: ~50 ms per check on the desk PCs; enough to make guessing a PIN offline slow.
_N, _R, _P = 2**14, 8, 1

# What needs the coordinator, with the words the refusal uses.
PROTECTED_ACTIONS: dict[str, tuple[str, str]] = {
    "retire": ("een product af te schrijven", "retire an item"),
    "erase_borrower": (
        "persoonsgegevens van een lener te wissen",
        "erase a borrower's personal data",
    ),
    "settings": ("instellingen te wijzigen", "change settings"),
    "export": ("gegevens te exporteren", "export data"),
    "audit_export": ("het logboek te exporteren", "export the audit log"),
    "restore": ("een reservekopie terug te zetten", "restore a backup"),
    "coordinator": ("de coördinatorcode te wijzigen", "change the coordinator code"),
}


class PermissionDenied(LendingError):
    """The action needs the coordinator's PIN or password."""

    code = "permission_denied"


def _hash(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)


def hash_secret(secret: str) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64): what is stored."""
    salt = secrets.token_bytes(16)
    digest = _hash(secret, salt)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_secret(secret: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, digest = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        candidate = hashlib.scrypt(
            secret.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(digest)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, digest)


def has_coordinator(session: Session) -> bool:
    return session.get(Setting, SECRET_KEY) is not None


def _label(action: str) -> tuple[str, str]:
    return PROTECTED_ACTIONS.get(action, (action, action))


def _failures(session: Session) -> tuple[int, datetime | None]:
    row = session.get(Setting, FAILURES_KEY)
    if row is None or not row.value:
        return 0, None
    count, _, last = row.value.partition(";")
    return int(count), datetime.fromisoformat(last) if last else None


def _set_failures(session: Session, count: int, at: datetime | None) -> None:
    row = session.get(Setting, FAILURES_KEY)
    value = f"{count};{at.isoformat() if at else ''}"
    if row is None:
        session.add(Setting(key=FAILURES_KEY, value=value))
    else:
        row.value = value


def verify(session: Session, ctx: DeskContext, secret: str | None) -> bool:
    """True when ``secret`` is the coordinator's; counts wrong guesses (caller commits)."""
    row = session.get(Setting, SECRET_KEY)
    if row is None or not secret:
        return False
    count, last = _failures(session)
    if count >= MAX_FAILURES and last is not None and ctx.now() - last < LOCKOUT:
        return False
    if check_secret(secret, row.value):
        if count:
            _set_failures(session, 0, None)
        return True
    _set_failures(session, count + 1, ctx.now())
    return False


def require_coordinator(
    session: Session, ctx: DeskContext, secret: str | None, action: str
) -> None:
    """Refuse ``action`` unless ``secret`` is the coordinator's PIN/password.

    A refusal is audited. The caller must commit the unit of work even when this raises, so the
    failure counter and the audit event are kept: ``authorize`` does that."""
    what_nl, what_en = _label(action)
    if not has_coordinator(session):
        raise PermissionDenied(
            f"Om {what_nl} is een coördinatorcode nodig, maar die is nog niet ingesteld. "
            "Laat de coördinator er een instellen (lendingdesk coordinator set-pin).",
            f"To {what_en} a coordinator code is needed, but none has been set. Ask the "
            "coordinator to set one (lendingdesk coordinator set-pin).",
            action=action,
        )
    count, last = _failures(session)
    if count >= MAX_FAILURES and last is not None and ctx.now() - last < LOCKOUT:
        minutes = int(LOCKOUT.total_seconds() // 60)
        raise PermissionDenied(
            f"Te vaak een verkeerde coördinatorcode. Wacht {minutes} minuten en probeer opnieuw.",
            f"Too many wrong coordinator codes. Wait {minutes} minutes and try again.",
            action=action,
        )
    if not verify(session, ctx, secret):
        audit.record(session, ctx, "coordinator_denied", "settings", None, for_action=action)
        raise PermissionDenied(
            f"Om {what_nl} is de coördinatorcode nodig. Die klopt niet of ontbreekt; vraag de "
            "coördinator.",
            f"To {what_en} the coordinator code is needed. It is wrong or missing; ask the "
            "coordinator.",
            action=action,
        )


def authorize(db: Database, ctx: DeskContext, secret: str | None, action: str) -> None:
    """Check the coordinator code in its own transaction, kept also when it refuses (so wrong
    guesses count and are audited). Call before doing ``action``."""
    denied: PermissionDenied | None = None
    with db.unit_of_work() as session:
        try:
            require_coordinator(session, ctx, secret, action)
        except PermissionDenied as exc:
            denied = exc
    if denied is not None:
        raise denied


def set_coordinator_secret(
    session: Session, ctx: DeskContext, new: str, *, current: str | None = None
) -> None:
    """Set the first coordinator code, or change it (then ``current`` must be right)."""
    if has_coordinator(session):
        require_coordinator(session, ctx, current, "coordinator")
    new = new.strip()
    if len(new) < MIN_LENGTH:
        raise InvalidInput(
            f"Kies een coördinatorcode van minstens {MIN_LENGTH} tekens.",
            f"Choose a coordinator code of at least {MIN_LENGTH} characters.",
        )
    if len(set(new)) == 1 or new in ("1234", "12345", "123456", "0000", "wachtwoord", "password"):
        raise InvalidInput(
            "Die code is te makkelijk te raden. Kies een andere.",
            "That code is too easy to guess. Choose another one.",
        )
    row = session.get(Setting, SECRET_KEY)
    first = row is None
    if row is None:
        session.add(Setting(key=SECRET_KEY, value=hash_secret(new)))
    else:
        row.value = hash_secret(new)
    _set_failures(session, 0, None)
    audit.record(
        session, ctx, "coordinator_set" if first else "coordinator_changed", "settings", None
    )
