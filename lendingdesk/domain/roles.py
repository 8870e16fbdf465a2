"""The coordinator code as data: how it is hashed, what counts as strong enough, which actions
need it and the words a refusal uses. No database here: checking, counting wrong guesses and
setting the code is the service ``lendingdesk.services.access``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import secrets

from lendingdesk.errors import InvalidInput, LendingError
from lendingdesk.translation import Message, translate

SECRET_KEY = "coordinator.secret"
MIN_LENGTH = 6

# scrypt cost: ~50 ms per check on the desk PCs; enough to make guessing a PIN offline slow.
_N, _R, _P = 2**14, 8, 1

# What needs the coordinator, with the words the refusal uses ("To <words>, …"; the Dutch,
# "Om <woorden> …", is an infinitive with "te": "een product af te schrijven").
# docs/access.md has the table with the reasons; services/access.py enforces it.
PROTECTED_ACTIONS: dict[str, Message] = {
    "retire": translate("domain.roles", "retire an item"),
    "erase_borrower": translate("domain.roles", "erase a borrower's personal data"),
    "settings": translate("domain.roles", "change settings"),
    "export": translate("domain.roles", "export data"),
    "audit_export": translate("domain.roles", "export the audit log"),
    "backup_copy": translate("domain.roles", "write a full copy of the database"),
    "demo_reset": translate("domain.roles", "erase everything for the demo"),
    "restore": translate("domain.roles", "restore a backup"),
    "coordinator": translate("domain.roles", "change the coordinator code"),
    "kiosk": translate("domain.roles", "leave self-service"),
    "conditions": translate("domain.roles", "change the loan conditions"),
}

# Codes anyone tries first (lower case; digits-only sequences and repeats are caught by rule).
_COMMON = frozenset(
    {
        "wachtwoord",
        "password",
        "welkom01",
        "welkom",
        "qwerty",
        "azerty",
        "abcdef",
        "abc123",
        "coordinator",
        "coördinator",
        "lendingdesk",
        "uitleen",
        "uitleenbalie",
        "geheim",
        "admin1",
        "123456",
        "654321",
        "121212",
        "112233",
        "123123",
        "000000",
        "111111",
        "696969",
        "wachtwoord1",
        "password1",
    }
)


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


def action_words(action: str) -> Message | str:
    """The words a refusal uses for ``action`` ("To <words>, …"), put into the reader's
    language when shown; an action without words is named as it is."""
    return PROTECTED_ACTIONS.get(action, action)


def _is_run(text: str) -> bool:
    """Each character one up (or one down) from the last: 123456, 987654, abcdef."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return len(steps) == 1 and steps <= {1, -1}


def _is_repeat(text: str) -> bool:
    """A short block repeated: 1111111, 121212, 123123, abcabc."""
    return any(
        len(text) % size == 0 and text == text[:size] * (len(text) // size)
        for size in range(1, len(text) // 2 + 1)
    )


def check_strength(code: str) -> str:
    """The code as it will be stored (trimmed), or InvalidInput saying what to choose instead.

    At least six characters; not a run (123456, abcdef), a repeated block (111111, 121212) or a
    code anyone tries first (wachtwoord, 000000). Digits only is fine from six up: the service
    slows guessing down per desk, so a six-digit PIN takes years to guess at the desk."""
    code = code.strip()
    if len(code) < MIN_LENGTH:
        raise InvalidInput(
            translate(
                "domain.roles", "Choose a coordinator code of at least {min_length} characters."
            ).format(min_length=MIN_LENGTH),
        )
    folded = code.casefold()
    if folded in _COMMON or _is_run(folded) or _is_repeat(folded):
        raise InvalidInput(
            translate(
                "domain.roles",
                "That code is too easy to guess (a run, a repeat or a well-known password). "
                "Choose another one.",
            ),
        )
    return code
