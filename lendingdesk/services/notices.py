"""E-mail notices to borrowers: which are due, and sending them over the organisation's SMTP.

The notices: a review invitation after a return (at the first run after it, or after the
configured delay), one reminder when no review came after N days, a reminder N days before the
due date, a due-day and an overdue notice, "your reservation is ready", and "the product you
waited for is kept for you" (the waiting list's hold, ``domain/waiting.py``: each run first ends
the holds whose time has passed, so the item goes to the next in line, who is then told).

Rules a user relies on:

* never the same notice twice: each has a key (kind + loan/reservation, + due date where a
  renewal makes a new one) recorded in ``notices_sent``. A run first *claims* the key (a row
  without ``sent_at``), then sends, then marks it sent; a failed send removes the claim, so
  nothing is ever marked sent that was not sent. A claim left by a run that died half-way is
  taken over after CLAIM_TIMEOUT.
* the mail server down is a report, not an error: nothing is marked, the next run tries again.
* nobody without an address, who opted out, or whose address is not a work address (when the
  organisation's work domains are configured) is mailed; erased borrowers never.
* invitations only for returns since notices were turned on (no flood of old loans).

Configuration lives in the database's settings (so the desk and ``lendingdesk notices send``
share it); ``LENDINGDESK_SMTP`` overrides the server. The password is never stored in plain
text: the system keyring, or asked for (terminal or desk dialog).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import smtplib
import ssl
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from lendingdesk.dates import format_date
from lendingdesk.domain import waiting
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import InvalidInput, LendingError
from lendingdesk.services.notice_texts import NoticeFacts, Sender, render, unsubscribe_subject
from lendingdesk.store.db import Database
from lendingdesk.store.models import (
    Borrower,
    Item,
    Loan,
    NoticePreference,
    NoticeSent,
    Reservation,
    Review,
    Setting,
    WaitingEntry,
)
from lendingdesk.translation import Message, Text, translate

log = logging.getLogger(__name__)

CONFIG_KEY = "notices.config"
ENV_SMTP = "LENDINGDESK_SMTP"
KEYRING_SERVICE = "lendingdesk-smtp"
CLAIM_TIMEOUT = timedelta(minutes=15)
SMTP_TIMEOUT_S = 20.0
DEFAULT_PORTS = {"smtp": 587, "smtps": 465}


class MailSetupError(LendingError):
    """The e-mail settings cannot be used as they are (what to change is in the message)."""

    code = "mail_setup"


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class NoticeConfig:
    """What the coordinator set on the settings page (stored as JSON in ``settings``)."""

    enabled: bool = False
    smtp_url: str = ""  # smtp://user@host:port or smtps://…; never a password
    sender: str = ""  # the From address, e.g. uitleen@zorg.example
    organisation: str = ""  # shown as the sender's name and under every mail
    contact: str = ""  # how to reach the desk (phone, address)
    invitation_delay_days: int = 0
    reminder_after_days: int = 7  # 0: no reminder
    predue_days: int = 2  # 0: no pre-due reminder
    due_day: bool = True
    overdue: bool = True
    reservation_ready: bool = True
    waiting_ready: bool = True  # the waiting list: an item is kept for the first in line
    work_domains: tuple[str, ...] = ()  # empty: any address in a borrower's record
    every_minutes: int = 15  # how often the desk sends
    enabled_since: str = ""  # ISO time notices were first turned on (naive UTC)

    def with_env(self) -> NoticeConfig:
        """The server named by ``LENDINGDESK_SMTP`` wins over the stored one."""
        url = os.environ.get(ENV_SMTP, "").strip()
        return replace(self, smtp_url=url) if url else self

    def since(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.enabled_since) if self.enabled_since else None
        except ValueError:
            return None


_INT_LIMITS = {
    "invitation_delay_days": (0, 60),
    "reminder_after_days": (0, 90),
    "predue_days": (0, 30),
    "every_minutes": (1, 1440),
}


def load_config(session: Session) -> NoticeConfig:
    row = session.get(Setting, CONFIG_KEY)
    if row is None:
        return NoticeConfig()
    try:
        data = json.loads(row.value)
    except ValueError:
        log.warning("notice settings are not JSON; using the defaults")
        return NoticeConfig()
    if not isinstance(data, dict):
        return NoticeConfig()
    known = {k: v for k, v in data.items() if k in NoticeConfig.__dataclass_fields__}
    if "work_domains" in known:
        known["work_domains"] = tuple(str(d) for d in known["work_domains"] or ())
    try:
        return NoticeConfig(**known)
    except TypeError:
        return NoticeConfig()


def validate_config(config: NoticeConfig) -> NoticeConfig:
    """The config cleaned up, or a refusal saying which field to correct."""
    for name, (low, high) in _INT_LIMITS.items():
        value = getattr(config, name)
        if not isinstance(value, int) or not low <= value <= high:
            raise InvalidInput(
                translate(
                    "services.notices", "{name}: choose a number from {low} to {high}."
                ).format(name=name, low=low, high=high),
            )
    if config.smtp_url.strip():
        parse_server(config.smtp_url)
    sender = config.sender.strip()
    if sender and not _looks_like_address(sender):
        raise InvalidInput(
            translate(
                "services.notices",
                "“{sender}” is not an e-mail address. Give the sender address, for example "
                "uitleen@zorg.example.",
            ).format(sender=sender[:80]),
        )
    if config.enabled and (not config.smtp_url.strip() or not sender):
        raise InvalidInput(
            translate(
                "services.notices",
                "Give the mail server and the sender address before turning e-mails on.",
            ),
        )
    domains = tuple(
        d.strip().lower().lstrip("@") for d in config.work_domains if d.strip().lstrip("@")
    )
    return replace(
        config,
        smtp_url=config.smtp_url.strip(),
        sender=sender,
        organisation=config.organisation.strip(),
        contact=config.contact.strip(),
        work_domains=domains,
    )


def save_config(session: Session, ctx: DeskContext, config: NoticeConfig) -> NoticeConfig:
    """Store the settings (validated). Turning notices on records when, so only returns from
    then on are invited (turning them off and on again does not invite the returns between)."""
    config = validate_config(config)
    before = load_config(session)
    if not config.enabled:
        config = replace(config, enabled_since="")
    elif not config.enabled_since:
        kept = before.enabled_since if before.enabled else ""
        config = replace(config, enabled_since=kept or ctx.now().isoformat(timespec="seconds"))
    data = asdict(config)
    data["work_domains"] = list(config.work_domains)
    session.merge(Setting(key=CONFIG_KEY, value=json.dumps(data, ensure_ascii=False)))
    return config


def _looks_like_address(text: str) -> bool:
    if any(c.isspace() for c in text) or text.count("@") != 1:
        return False
    local, _, domain = text.partition("@")
    return bool(local) and "." in domain and not domain.startswith(".")


# --------------------------------------------------------------------------- the server


@dataclass(frozen=True)
class SmtpServer:
    """Where to send: ``smtp://user@host:port`` (STARTTLS) or ``smtps://user@host:port``."""

    scheme: str
    host: str
    port: int
    user: str | None = None
    cafile: str | None = None  # ``?cafile=/path``: the organisation's own CA

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    def shown(self) -> str:
        who = f"{self.user}@" if self.user else ""
        return f"{self.scheme}://{who}{self.host}:{self.port}"


def parse_server(url: str) -> SmtpServer:
    def bad(detail: Message) -> MailSetupError:
        return MailSetupError(
            translate(
                "services.notices",
                "Mail server “{url}”: {detail} Write it as smtp://user@host:587 or "
                "smtps://user@host:465.",
            ).format(url=url[:100], detail=detail),
        )

    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise bad(translate("services.notices", "this is not a valid address.")) from None
    if parts.scheme not in DEFAULT_PORTS:
        raise bad(translate("services.notices", "start with smtp:// or smtps://."))
    if not parts.hostname:
        raise bad(translate("services.notices", "the server name is missing."))
    if parts.password is not None:
        raise bad(
            translate(
                "services.notices",
                "leave the password out; LendingDesk keeps it in the system keyring or asks for "
                "it.",
            )
        )
    query = parse_qs(parts.query)
    cafile = query.get("cafile", [None])[0]
    return SmtpServer(
        scheme=parts.scheme,
        host=parts.hostname,
        port=port or DEFAULT_PORTS[parts.scheme],
        user=unquote(parts.username) if parts.username else None,
        cafile=cafile,
    )


# --------------------------------------------------------------------------- the password

PasswordPrompt = Callable[[SmtpServer], str | None]


def _keyring() -> Any:
    import keyring

    return keyring


def _no_keyring(exc: BaseException) -> bool:
    return type(exc).__name__ in ("NoKeyringError", "InitError") or "keyring" in str(exc).lower()


def stored_password(server: SmtpServer) -> str | None:
    """The password from the system keyring; None when none is stored or there is no keyring."""
    try:
        found: str | None = _keyring().get_password(KEYRING_SERVICE, server.account)
        return found
    except Exception as exc:  # no usable keyring: the caller asks instead
        log.info("keyring unavailable: %s", type(exc).__name__)
        return None


def store_password(server: SmtpServer, password: str) -> None:
    """Keep the password in the system keyring, or refuse clearly: never a plain-text file."""
    try:
        _keyring().set_password(KEYRING_SERVICE, server.account, password)
    except Exception as exc:
        raise MailSetupError(
            translate(
                "services.notices",
                "This computer has no keyring where LendingDesk can keep the mail server's "
                "password safely. Install one (for example GNOME Keyring or KWallet), or type "
                "the password when LendingDesk asks for it.",
            ),
            cause=type(exc).__name__,
        ) from exc


def terminal_prompt(server: SmtpServer) -> str | None:
    import getpass
    import sys

    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Wachtwoord / password for {server.account}: ") or None


def find_password(server: SmtpServer, prompt: PasswordPrompt | None) -> str | None:
    """The password for ``server``: none needed without a user; else the keyring, else the
    prompt; else a refusal that says how to give one."""
    if server.user is None:
        return None
    found = stored_password(server)
    if found:
        return found
    asked = prompt(server) if prompt is not None else None
    if asked:
        return asked
    raise MailSetupError(
        translate(
            "services.notices",
            "There is no password for {account}: it is not in this system's keyring. Store it "
            "with `lendingdesk notices password` in a terminal, or on the desk's E-mail settings "
            "page.",
        ).format(account=server.account),
    )


# --------------------------------------------------------------------------- what is due


@dataclass(frozen=True)
class DueNotice:
    key: str
    kind: str
    borrower_id: int
    loan_id: int | None = None
    reservation_id: int | None = None
    waiting_id: int | None = None  # a waiting-list entry whose hold is to be told


@dataclass(frozen=True)
class Skipped:
    key: str
    kind: str
    borrower_id: int
    reason: str  # no_address / opted_out / not_work_address


def _loan_key(kind: str, loan: Loan, with_due: bool = False) -> str:
    return f"{kind}:loan:{loan.id}" + (f":{loan.due_on.isoformat()}" if with_due else "")


def due_notices(
    session: Session, ctx: DeskContext, config: NoticeConfig
) -> tuple[list[DueNotice], list[Skipped]]:
    """The notices due now and not yet sent or being sent, and those held back (with why)."""
    now = ctx.now()
    today = ctx.today()
    candidates: list[tuple[DueNotice, Borrower]] = []
    taken = _taken_keys(session, now)

    def add(notice: DueNotice, borrower: Borrower) -> None:
        if notice.key not in taken:
            candidates.append((notice, borrower))

    since = config.since()
    if since is not None:
        for loan in _returned_unreviewed(session, since):
            add(
                DueNotice(_loan_key("invitation", loan), "invitation", loan.borrower_id, loan.id),
                loan.borrower,
            )
    if config.reminder_after_days:
        for loan, invited_at in _invited_unreviewed(session):
            if invited_at + timedelta(days=config.reminder_after_days) <= now:
                add(
                    DueNotice(_loan_key("reminder", loan), "reminder", loan.borrower_id, loan.id),
                    loan.borrower,
                )
    for loan in _open_loans(session):
        window = loan.due_on - timedelta(days=config.predue_days)
        # A pre-due reminder when the loan went out before its window (a loan of a day or two
        # was just handed over with the date on the slip).
        if config.predue_days and window <= today < loan.due_on and loan.out_at.date() < window:
            add(
                DueNotice(_loan_key("predue", loan, True), "predue", loan.borrower_id, loan.id),
                loan.borrower,
            )
        elif config.due_day and loan.due_on == today:
            add(
                DueNotice(_loan_key("due", loan, True), "due", loan.borrower_id, loan.id),
                loan.borrower,
            )
        elif config.overdue and loan.due_on < today:
            add(
                DueNotice(_loan_key("overdue", loan, True), "overdue", loan.borrower_id, loan.id),
                loan.borrower,
            )
    if config.reservation_ready:
        for reservation in _ready_reservations(session, today):
            add(
                DueNotice(
                    f"ready:reservation:{reservation.id}",
                    "ready",
                    reservation.borrower_id,
                    reservation_id=reservation.id,
                ),
                reservation.borrower,
            )
    if config.waiting_ready:
        for entry in waiting.to_notify(session, now):
            add(
                DueNotice(
                    f"waiting:entry:{entry.id}", "waiting", entry.borrower_id, waiting_id=entry.id
                ),
                entry.borrower,
            )
    # Invitations wait for the configured delay after the return.
    delay = timedelta(days=config.invitation_delay_days)
    prefs = _preferences(session, {b.id for _n, b in candidates})
    due: list[DueNotice] = []
    skipped: list[Skipped] = []
    for notice, borrower in candidates:
        if notice.kind == "invitation":
            returned = session.get(Loan, notice.loan_id)
            if (
                returned is None
                or returned.returned_at is None
                or (returned.returned_at + delay > now)
            ):
                continue
        reason = _reason_not_to_mail(borrower, prefs.get(borrower.id), config)
        if reason:
            skipped.append(Skipped(notice.key, notice.kind, borrower.id, reason))
        else:
            due.append(notice)
    return due, skipped


def due_notices_now(db: Database, ctx: DeskContext) -> tuple[list[DueNotice], list[Skipped]]:
    """What is due now with the stored settings (a read; nothing is claimed)."""
    with db.session() as s:
        return due_notices(s, ctx, load_config(s).with_env())


def _taken_keys(session: Session, now: datetime) -> set[str]:
    """Keys sent, or claimed by a run that may still be sending."""
    rows = session.execute(select(NoticeSent.key, NoticeSent.sent_at, NoticeSent.claimed_at))
    return {key for key, sent, claimed in rows if sent is not None or claimed > now - CLAIM_TIMEOUT}


def _returned_unreviewed(session: Session, since: datetime) -> Iterable[Loan]:
    reviewed = select(Review.loan_id).where(Review.loan_id.is_not(None))
    return session.scalars(
        select(Loan)
        .options(joinedload(Loan.borrower), joinedload(Loan.item).joinedload(Item.product))
        .where(
            Loan.returned_at.is_not(None),
            Loan.returned_at >= since,
            Loan.review_state.not_in(("done", "declined")),
            Loan.id.not_in(reviewed),
        )
        .order_by(Loan.returned_at, Loan.id)
    ).unique()


def _invited_unreviewed(session: Session) -> Iterable[tuple[Loan, datetime]]:
    reviewed = select(Review.loan_id).where(Review.loan_id.is_not(None))
    rows = session.execute(
        select(Loan, NoticeSent.sent_at)
        .join(NoticeSent, NoticeSent.loan_id == Loan.id)
        .options(joinedload(Loan.borrower))
        .where(
            NoticeSent.kind == "invitation",
            NoticeSent.sent_at.is_not(None),
            Loan.review_state.not_in(("done", "declined")),
            Loan.id.not_in(reviewed),
        )
        .order_by(Loan.id)
    ).unique()
    return [(loan, sent_at) for loan, sent_at in rows if sent_at is not None]


def _open_loans(session: Session) -> Iterable[Loan]:
    return session.scalars(
        select(Loan)
        .options(joinedload(Loan.borrower))
        .where(Loan.returned_at.is_(None))
        .order_by(Loan.due_on, Loan.id)
    ).unique()


def _ready_reservations(session: Session, today: date) -> list[Reservation]:
    """Reservations that have started, are not fulfilled or cancelled, with an item to hand
    out: their own item ready, or (product-level) an available item of the product."""
    found = session.scalars(
        select(Reservation)
        .options(joinedload(Reservation.borrower), joinedload(Reservation.item))
        .where(
            Reservation.cancelled_at.is_(None),
            Reservation.fulfilled_loan_id.is_(None),
            Reservation.starts_on <= today,
            Reservation.ends_on >= today,
        )
        .order_by(Reservation.starts_on, Reservation.id)
    ).unique()
    ready = []
    for r in found:
        if r.item is not None:
            if r.item.status in (ItemStatus.AVAILABLE, ItemStatus.RESERVED):
                ready.append(r)
        elif session.scalar(
            select(Item.id).where(
                Item.product_id == r.product_id, Item.status == ItemStatus.AVAILABLE
            )
        ):
            ready.append(r)
    return ready


def _preferences(session: Session, ids: set[int]) -> dict[int, NoticePreference]:
    if not ids:
        return {}
    rows = session.scalars(select(NoticePreference).where(NoticePreference.borrower_id.in_(ids)))
    return {p.borrower_id: p for p in rows}


def _reason_not_to_mail(
    borrower: Borrower, pref: NoticePreference | None, config: NoticeConfig
) -> str | None:
    address = (borrower.email or "").strip()
    if borrower.erased_at is not None or not _looks_like_address(address):
        return "no_address"
    if pref is not None and pref.opted_out:
        return "opted_out"
    if config.work_domains:
        domain = address.rpartition("@")[2].lower()
        if not any(domain == d or domain.endswith("." + d) for d in config.work_domains):
            return "not_work_address"
    return None


# --------------------------------------------------------------------------- preferences


@dataclass(frozen=True)
class Preference:
    opted_out: bool = False
    language: str | None = None  # "nl" / "en"; None: Dutch


def preference_of(session: Session, borrower_id: int) -> Preference:
    row = session.get(NoticePreference, borrower_id)
    return Preference(row.opted_out, row.language) if row else Preference()


def set_preference(session: Session, ctx: DeskContext, borrower_id: int, pref: Preference) -> None:
    if pref.language not in (None, "nl", "en"):
        raise InvalidInput(translate("services.notices", "Choose Dutch or English."))
    row = session.get(NoticePreference, borrower_id)
    if row is None:
        if pref == Preference():
            return  # nothing to remember
        session.add(
            NoticePreference(
                borrower_id=borrower_id,
                opted_out=pref.opted_out,
                language=pref.language,
                changed_at=ctx.now(),
            )
        )
    elif (row.opted_out, row.language) != (pref.opted_out, pref.language):
        row.opted_out = pref.opted_out
        row.language = pref.language
        row.changed_at = ctx.now()


# --------------------------------------------------------------------------- the messages

# The personal review link of a returned loan (issued in its own unit of work), or None.
ReviewLink = Callable[[int], str | None]


def no_review_link(_loan_id: int) -> str | None:
    """No link (the mail then says the desk hands out a QR code for the form)."""
    return None


def phone_form_links(db: Database, ctx: DeskContext) -> ReviewLink:
    """Links of the phone review form (services/review_links.py): a new one-time link for each
    invitation and reminder; None when the loan can have none (reviewed meanwhile, erased)."""
    from lendingdesk.services.review_links import default_link_service

    service = default_link_service(db, ctx)

    def link(loan_id: int) -> str | None:
        try:
            return service.issue_link(loan_id).url
        except LendingError as exc:
            log.info("no review link for loan %s: %s", loan_id, exc.en)
            return None

    return link


def build_message(
    session: Session,
    ctx: DeskContext,
    config: NoticeConfig,
    notice: DueNotice,
    link: str | None = None,
) -> EmailMessage:
    """The mail for ``notice``; ``link``: the review link of an invitation or reminder."""
    borrower = session.get(Borrower, notice.borrower_id)
    assert borrower is not None and borrower.email
    pref = preference_of(session, borrower.id)
    lang = pref.language or "nl"
    facts = NoticeFacts(kind=notice.kind, lang=lang, name=borrower.name)
    if notice.loan_id is not None:
        loan = session.get(Loan, notice.loan_id)
        assert loan is not None
        facts = replace(
            facts,
            product=loan.item.product.name,
            tag=loan.item.tag,
            due=format_date(loan.due_on, lang, weekday=True),
            link=link,
        )
    elif notice.reservation_id is not None:
        reservation = session.get(Reservation, notice.reservation_id)
        assert reservation is not None
        facts = replace(
            facts,
            product=reservation.product.name,
            start=format_date(reservation.starts_on, lang),
            end=format_date(reservation.ends_on, lang),
        )
    elif notice.waiting_id is not None:
        entry = session.get(WaitingEntry, notice.waiting_id)
        assert entry is not None and entry.held_item_id is not None
        item = session.get(Item, entry.held_item_id)
        until = to_local(entry.held_until)
        assert item is not None and until is not None
        facts = replace(
            facts,
            product=entry.product.name,
            tag=item.tag,
            until=f"{format_date(until.date(), lang, weekday=True)} {until:%H:%M}",
        )
    text = render(facts, Sender(config.organisation, config.contact))
    msg = EmailMessage()
    domain = config.sender.rpartition("@")[2] or "lendingdesk.invalid"
    msg["From"] = formataddr((config.organisation or "LendingDesk", config.sender))
    msg["To"] = Address(display_name=borrower.name, addr_spec=borrower.email.strip())
    msg["Subject"] = text.subject
    msg["Date"] = formatdate(ctx.clock().timestamp(), localtime=True)
    msg["Message-ID"] = make_msgid("notice", domain=domain)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["List-Unsubscribe"] = f"<mailto:{config.sender}?subject={quote(unsubscribe_subject(lang))}>"
    msg.set_content(text.plain)
    msg.add_alternative(text.html, subtype="html")
    msg["Content-Language"] = lang  # after the parts: Content-* headers move into the first
    return msg


# --------------------------------------------------------------------------- sending


class Mailer:
    """One SMTP session (STARTTLS or SSL). A plain connection is allowed only to this computer
    itself (a local relay); anything that crosses a network is encrypted or refused."""

    def __init__(self, server: SmtpServer, password: str | None, timeout: float = SMTP_TIMEOUT_S):
        self.server = server
        self.password = password
        self.timeout = timeout
        self.smtp: smtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.server.cafile)

    def open(self) -> None:
        s = self.server
        if s.scheme == "smtps":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                s.host, s.port, timeout=self.timeout, context=self._context()
            )
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
        try:
            smtp.ehlo()
            if s.scheme == "smtp":
                if smtp.has_extn("starttls"):
                    smtp.starttls(context=self._context())
                    smtp.ehlo()
                elif not s.loopback:
                    raise MailSetupError(
                        translate(
                            "services.notices",
                            "The mail server {host} offers no encryption (STARTTLS); LendingDesk "
                            "does not send e-mail that way. Use smtps:// or a server with "
                            "STARTTLS.",
                        ).format(host=s.host),
                    )
            if s.user is not None:
                smtp.login(s.user, self.password or "")
        except BaseException:
            smtp.close()
            raise
        self.smtp = smtp

    def send(self, msg: EmailMessage) -> None:
        assert self.smtp is not None
        self.smtp.send_message(msg)

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                self.smtp.close()
            self.smtp = None


@dataclass
class RunReport:
    """What one run did: sent, held back (with why), failed (with why), or the server down."""

    dry_run: bool = False
    enabled: bool = True
    sent: list[dict[str, Any]] = field(default_factory=list)
    due: list[dict[str, Any]] = field(default_factory=list)  # dry run: what would go
    skipped: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    server_problem: Text | None = None  # the mail server's failure, put into words when shown

    @property
    def server_error(self) -> str | None:
        """The server's failure in English (as --json gives it)."""
        return None if self.server_problem is None else self.server_problem.render("en")

    @property
    def server_error_nl(self) -> str | None:
        return None if self.server_problem is None else self.server_problem.render("nl")

    @property
    def ok(self) -> bool:
        return self.server_problem is None and not self.failed

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "enabled": self.enabled,
            "sent": self.sent,
            "due": self.due,
            "skipped": self.skipped,
            "failed": self.failed,
            "server_error": self.server_error,
            "server_error_nl": self.server_error_nl,
        }


def _describe(exc: BaseException) -> Text:
    """What went wrong with the mail server (one short line), in the reader's language."""
    from lendingdesk.safe_text import one_line

    if isinstance(exc, LendingError):
        return exc.text
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return translate(
            "services.notices", "the mail server refused the user name or password ({code})"
        ).format(code=exc.smtp_code)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return translate("services.notices", "the mail server refused the address")
    if isinstance(exc, smtplib.SMTPResponseException):
        said = one_line(repr(exc.smtp_error))[:160]
        return translate("services.notices", "the mail server answered {code}: {said}").format(
            code=exc.smtp_code, said=said
        )
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        said = one_line(str(exc))[:160]
        return translate("services.notices", "encryption failed: {said}").format(said=said)
    if isinstance(exc, ConnectionRefusedError):
        return translate(
            "services.notices", "the mail server cannot be reached (connection refused)"
        )
    if isinstance(exc, TimeoutError | smtplib.SMTPServerDisconnected):
        return translate("services.notices", "the mail server does not answer")
    said = one_line(f"{type(exc).__name__}: {exc}")[:160]
    return translate("services.notices", "the mail server cannot be reached ({said})").format(
        said=said
    )


def _row(notice: DueNotice, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "kind": notice.kind,
        "key": notice.key,
        "borrower_id": notice.borrower_id,
    }
    if notice.loan_id is not None:
        row["loan_id"] = notice.loan_id
    if notice.reservation_id is not None:
        row["reservation_id"] = notice.reservation_id
    if notice.waiting_id is not None:
        row["waiting_id"] = notice.waiting_id
    row.update(extra)
    return row


def _claim(db: Database, ctx: DeskContext, notice: DueNotice) -> bool:
    """Take the notice's key for this run; False when another run has it or it was sent."""
    now = ctx.now()
    try:
        with db.unit_of_work() as s:
            row = s.scalar(select(NoticeSent).where(NoticeSent.key == notice.key))
            if row is not None:
                if row.sent_at is not None or row.claimed_at > now - CLAIM_TIMEOUT:
                    return False
                row.claimed_at = now  # a dead run's claim: taken over
                return True
            s.add(
                NoticeSent(
                    key=notice.key,
                    kind=notice.kind,
                    borrower_id=notice.borrower_id,
                    loan_id=notice.loan_id,
                    reservation_id=notice.reservation_id,
                    claimed_at=now,
                )
            )
    except IntegrityError:
        return False
    return True


@contextmanager
def _connected(mailer: Mailer) -> Iterator[Mailer]:
    mailer.open()
    try:
        yield mailer
    finally:
        mailer.close()


def send_due(
    db: Database,
    ctx: DeskContext,
    *,
    dry_run: bool = False,
    prompt: PasswordPrompt | None = None,
    password: str | None = None,
    review_link: ReviewLink | None = None,
) -> RunReport:
    """Send every notice that is due now (or, ``dry_run``, list them). Never raises for a mail
    server that is down or refuses: that is in the report, and nothing unsent is marked."""
    with db.session() as s:
        config = load_config(s).with_env()
    if not dry_run:
        expire_waiting_holds(db, ctx)
    due, skipped = due_notices_now(db, ctx)
    report = RunReport(dry_run=dry_run, enabled=config.enabled)
    report.skipped = [asdict(k) for k in skipped]
    if dry_run:
        report.due = [_row(n) for n in due]
        return report
    if not config.enabled or not due:
        return report
    if not config.smtp_url or not config.sender:
        raise MailSetupError(
            translate(
                "services.notices",
                "E-mails are on, but the mail server or the sender address is missing. Fill them "
                "in on the E-mail settings page.",
            ),
        )
    server = parse_server(config.smtp_url)
    if password is None:
        password = find_password(server, prompt)
    mailer = Mailer(server, password)
    try:
        with _connected(mailer):
            links = review_link or phone_form_links(db, ctx)
            _send_each(db, ctx, config, due, mailer, report, links)
    except (OSError, smtplib.SMTPException, MailSetupError) as exc:
        report.server_problem = _describe(exc)
        sent = {row["key"] for row in report.sent} | {row["key"] for row in report.failed}
        report.failed += [
            _row(n, reason=f"not sent: {report.server_error}") for n in due if n.key not in sent
        ]
        log.info("mail server %s: %s", server.shown(), report.server_error)
    return report


def _send_each(
    db: Database,
    ctx: DeskContext,
    config: NoticeConfig,
    due: list[DueNotice],
    mailer: Mailer,
    report: RunReport,
    review_link: ReviewLink,
) -> None:
    for notice in due:
        if not _claim(db, ctx, notice):
            continue
        try:
            link = None
            if notice.loan_id is not None and notice.kind in ("invitation", "reminder"):
                link = review_link(notice.loan_id)  # its own unit of work
            with db.session() as s:
                msg = build_message(s, ctx, config, notice, link)
            mailer.send(msg)
        except smtplib.SMTPRecipientsRefused as exc:  # this address only: go on with the rest
            _release(db, notice)
            report.failed.append(_row(notice, reason=_describe(exc).render("en")))
            continue
        except BaseException:
            _release(db, notice)
            raise
        with db.unit_of_work() as s:
            s.execute(
                update(NoticeSent)
                .where(NoticeSent.key == notice.key)
                .values(sent_at=ctx.now(), message_id=str(msg["Message-ID"]))
            )
            if notice.waiting_id is not None:  # told: the desk need not tell them again
                waiting.mark_notified(s, ctx, notice.waiting_id, "email")
        report.sent.append(_row(notice, message_id=str(msg["Message-ID"])))


def expire_waiting_holds(db: Database, ctx: DeskContext) -> int:
    """End the waiting-list holds whose time has passed (the item goes to the next in line);
    the number of new holds. Run by every ``send_due`` and by the desk's minute timer, so it
    does not wait for e-mail to be on."""
    with db.session() as s:
        if not waiting.holds_expired(s, ctx.now()):
            return 0  # the common case: a read, no write lock
    with db.unit_of_work() as s:
        return len(waiting.expire_holds(s, ctx))


def _release(db: Database, notice: DueNotice) -> None:
    """Take a claim back after a failed send, so the next run tries again."""
    try:
        with db.unit_of_work() as s:
            s.execute(
                delete(NoticeSent).where(NoticeSent.key == notice.key, NoticeSent.sent_at.is_(None))
            )
    except LendingError:  # the database away too: the claim times out (CLAIM_TIMEOUT)
        log.warning("could not release the claim on %s", notice.key)
