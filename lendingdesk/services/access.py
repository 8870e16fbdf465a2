"""Authorisation: the one place every front door (desk window, command line) goes through.

Ordinary desk work (scanning, check-out, check-in, cleaning, lists) needs no login. The actions
in ``roles.PROTECTED_ACTIONS`` need the coordinator's code; docs/access.md says which and why.

- ``authorize(db, ctx, secret, action)`` checks the code in its own transaction (kept even when
  it refuses, so wrong guesses count and are audited) and returns a :class:`Grant`.
- A service that does a protected action takes that grant and calls ``require(grant, action,
  ctx)`` before touching anything, so a front door cannot forget to ask.

Wrong guesses slow down the *source* they come from (a desk, or the command line), never the
right code elsewhere: after three wrong codes in a row from one source, that source waits 5 s,
then 10, 20 … at most 5 minutes before its next try is even checked. Tries during the wait are
refused without checking and audited ("coordinator_throttled"); they do not make the wait
longer. So nobody at a desk can keep the coordinator out: another desk or the command line is
not slowed down at all, and the same desk is free again within five minutes. A right code
clears the count of its source. A six-digit code at one try per five minutes takes years.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from lendingdesk.domain import audit, roles
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.roles import PermissionDenied
from lendingdesk.services import ContextFactory
from lendingdesk.store.db import Database
from lendingdesk.store.models import Setting
from lendingdesk.translation import Message, translate

FAILURES_KEY = "coordinator.failures"
FREE_FAILURES = 3  # wrong codes in a row from one source before it has to wait
FIRST_DELAY = timedelta(seconds=5)
MAX_DELAY = timedelta(minutes=5)
GRANT_TTL = timedelta(minutes=10)  # a code typed for an action covers it for this long
_MAX_SOURCES = 200  # sources remembered; the oldest are forgotten

_ISSUER = object()  # only this module makes grants


@dataclass(frozen=True)
class Grant:
    """Proof that the coordinator code was given for ``action`` from ``source`` at ``at``."""

    action: str
    source: str
    at: datetime
    _issuer: object = field(default=None, repr=False, compare=False)


def source_of(ctx: DeskContext) -> str:
    """Where a try comes from: the desk's name (the command line is its own source)."""
    return " ".join((ctx.desk or "onbekende balie").split())[:80]


def delay_after(failures: int) -> timedelta:
    """How long a source waits after ``failures`` wrong codes in a row."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    delay: timedelta = FIRST_DELAY * 2 ** (failures - FREE_FAILURES)
    return min(delay, MAX_DELAY)


def has_code(session: Session) -> bool:
    return session.get(Setting, roles.SECRET_KEY) is not None


def _load(session: Session) -> dict[str, dict[str, object]]:
    row = session.get(Setting, FAILURES_KEY)
    if row is None or not row.value:
        return {}
    try:
        state = json.loads(row.value)
    except ValueError:  # the old "count;time" form: start afresh
        return {}
    return state if isinstance(state, dict) else {}


def _store(session: Session, state: dict[str, dict[str, object]]) -> None:
    if len(state) > _MAX_SOURCES:
        newest = sorted(state.items(), key=lambda kv: str(kv[1].get("last")), reverse=True)
        state = dict(newest[:_MAX_SOURCES])
    value = json.dumps(state, sort_keys=True)
    row = session.get(Setting, FAILURES_KEY)
    if row is None:
        session.add(Setting(key=FAILURES_KEY, value=value))
    else:
        row.value = value


def _wait_left(entry: dict[str, object] | None, now: datetime) -> timedelta:
    if not entry:
        return timedelta(0)
    failures = int(entry.get("n", 0))  # type: ignore[call-overload]
    last = datetime.fromisoformat(str(entry["last"])) if entry.get("last") else None
    if last is None:
        return timedelta(0)
    return max(timedelta(0), last + delay_after(failures) - now)


def _wait_words(wait: timedelta) -> Message:
    seconds = max(1, int(wait.total_seconds() + 0.999))
    if seconds < 120:
        return translate("services.access", "%n second(s)", None, seconds)
    return translate("services.access", "%n minute(s)", None, (seconds + 59) // 60)


def check(session: Session, ctx: DeskContext, secret: str | None, action: str) -> Grant:
    """A grant for ``action`` when ``secret`` is the coordinator's code, else PermissionDenied.

    The caller commits the unit of work also when this raises (``authorize`` does), so the count
    of wrong codes and the audit event are kept."""
    what = roles.action_words(action)
    stored = session.get(Setting, roles.SECRET_KEY)
    if stored is None:
        raise PermissionDenied(
            translate(
                "services.access",
                "To {what} a coordinator code is needed, but none has been set. Ask the "
                "coordinator to set one (lendingdesk coordinator set-pin).",
            ).format(what=what),
            action=action,
        )
    source, now = source_of(ctx), ctx.now()
    state = _load(session)
    wait = _wait_left(state.get(source), now)
    if wait > timedelta(0):
        audit.record(
            session,
            ctx,
            "coordinator_throttled",
            "settings",
            None,
            for_action=action,
            source=source,
            wait_s=int(wait.total_seconds() + 0.999),
        )
        raise PermissionDenied(
            translate(
                "services.access",
                "Too many wrong coordinator codes from {source}. Wait {wait} and try again "
                "(another desk can try right away).",
            ).format(source=source, wait=_wait_words(wait)),
            action=action,
        )
    if secret and roles.check_secret(secret, stored.value):
        if source in state:
            del state[source]
            _store(session, state)
        return Grant(action, source, now, _ISSUER)
    # No code at all (a script without --pin-stdin) is audited but is not a guess: not counted.
    failures = int(state.get(source, {}).get("n", 0)) + (1 if secret else 0)  # type: ignore[call-overload]
    if secret:
        state[source] = {"n": failures, "last": now.isoformat()}
        _store(session, state)
    audit.record(
        session,
        ctx,
        "coordinator_denied",
        "settings",
        None,
        for_action=action,
        source=source,
        failures=failures,
    )
    if secret and delay_after(failures) > timedelta(0):
        refused = translate(
            "services.access",
            "To {what} the coordinator code is needed. It is wrong or missing; ask the "
            "coordinator. This desk now waits {wait}.",
        ).format(wait=_wait_words(delay_after(failures)))
    else:
        refused = translate(
            "services.access",
            "To {what} the coordinator code is needed. It is wrong or missing; ask the "
            "coordinator.",
        )
    raise PermissionDenied(refused.format(what=what), action=action)


def authorize(db: Database, ctx: DeskContext, secret: str | None, action: str) -> Grant:
    """Check the code in its own transaction, kept also when it refuses. Call before ``action``
    and hand the grant to the service that does it."""
    denied: PermissionDenied | None = None
    grant: Grant | None = None
    with db.unit_of_work() as session:
        try:
            grant = check(session, ctx, secret, action)
        except PermissionDenied as exc:
            denied = exc
    if denied is not None:
        raise denied
    assert grant is not None
    return grant


def require(grant: Grant | None, action: str, ctx: DeskContext) -> None:
    """Refuse unless ``grant`` was made here, for ``action``, recently: what a service calls
    before a protected action."""
    what = roles.action_words(action)
    if (
        not isinstance(grant, Grant)
        or grant._issuer is not _ISSUER
        or grant.action != action
        or not (timedelta(0) <= ctx.now() - grant.at <= GRANT_TTL)
    ):
        raise PermissionDenied(
            translate(
                "services.access", "To {what} the coordinator code is needed; ask the coordinator."
            ).format(what=what),
            action=action,
        )


def set_code(session: Session, ctx: DeskContext, new: str, *, current: str | None = None) -> None:
    """Set the first coordinator code, or change it (then ``current`` must be right)."""
    if has_code(session):
        check(session, ctx, current, "coordinator")
    new = roles.check_strength(new)
    row = session.get(Setting, roles.SECRET_KEY)
    first = row is None
    if row is None:
        session.add(Setting(key=roles.SECRET_KEY, value=roles.hash_secret(new)))
    else:
        row.value = roles.hash_secret(new)
    _store(session, {})
    audit.record(
        session, ctx, "coordinator_set" if first else "coordinator_changed", "settings", None
    )


class AccessService:
    """The same checks for a screen: one database, the desk's context at each call."""

    def __init__(self, db: Database, ctx_factory: ContextFactory) -> None:
        self.db = db
        self.ctx_factory = ctx_factory

    def has_code(self) -> bool:
        with self.db.session() as session:
            return has_code(session)

    def authorize(self, action: str, secret: str | None) -> Grant:
        return authorize(self.db, self.ctx_factory(), secret, action)

    def change_code(self, new: str, current: str | None = None) -> None:
        """Set or change the code. A wrong current code is counted (and kept) like any try."""
        ctx = self.ctx_factory()
        with self.db.session() as session:
            existing = has_code(session)
        if existing:
            authorize(self.db, ctx, current, "coordinator")
        roles.check_strength(new)  # refuse a weak code before anything is written
        with self.db.unit_of_work() as session:
            set_code(session, ctx, new, current=current)
