"""Personal review links: a one-time token per returned loan for the review form on the phone.

The token is drawn by :mod:`secrets` (about 128 bits, letters and digits that cannot be mistaken
for each other when typed from the receipt) and handed out once, in the link;
the database keeps only its SHA-256, so a copy of the database (a backup, an export) cannot be
used to write reviews. A link expires (default 30 days, setting ``review_links.valid_days``)
and works once: a submitted review marks it used, and the database's one-review-per-loan
constraint refuses a second review even when two phones submit at the same moment.

A loan may get more than one link (printed on the receipt, sent by e-mail): each works until it
expires or until the loan has its review. The state of a loan for response rates:
``issued`` (a link exists) → ``opened`` (a link was opened) → ``reviewed`` (review given).

Submitting goes through :meth:`ReviewService.add_review`, exactly like a review typed at the
desk: the same validation, scoring and moderation.
"""

from __future__ import annotations

import enum
import hashlib
import os
import secrets
import socket
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from lendingdesk.documents.model import SlipData, SlipKind, SlipReviewLink
from lendingdesk.domain import audit
from lendingdesk.domain.context import DeskContext, to_local
from lendingdesk.domain.lookup import find_loan
from lendingdesk.domain.reviews import Instrument
from lendingdesk.errors import InvalidInput, LinkRefused
from lendingdesk.safe_text import shown
from lendingdesk.services.reviews import Reviewer, ReviewRow, ReviewService
from lendingdesk.store.db import Database
from lendingdesk.store.models import Loan, Review, ReviewLinkRecord, Setting
from lendingdesk.translation import translate

BASE_URL_SETTING = "review_links.base_url"
VALID_DAYS_SETTING = "review_links.valid_days"
ENV_BASE_URL = "LENDINGDESK_REVIEW_URL"
DEFAULT_VALID_DAYS = 30
DEFAULT_PORT = 8470
PATH_PREFIX = "/r/"
# Tokens are typed from paper too: lower-case letters and digits without the look-alikes
# (0/o, 1/l/i), 26 of them drawn by ``secrets`` -- 31**26 is about 2**128.8. A token is read
# case-insensitively (a phone's keyboard may capitalise the first letter).
TOKEN_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
TOKEN_LENGTH = 26
_TOKEN_MAX = 64  # anything longer is not one of ours; refused before hashing


class LinkState(enum.StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    USED = "used"  # this link or another one of the loan: the review is in
    UNKNOWN = "unknown"  # forged, mistyped, or withdrawn (erased borrower)


class LoanLinkState(enum.StrEnum):
    """A returned loan's place in the response funnel."""

    NONE = "none"
    ISSUED = "issued"
    OPENED = "opened"
    REVIEWED = "reviewed"


@dataclass(frozen=True, slots=True)
class ReviewLink:
    """A link just issued. ``token`` is shown once and never stored."""

    url: str
    token: str
    expires: datetime  # local, aware
    loan_id: int
    product: str = ""  # the product's name, for the receipt and the desk's QR panel

    def to_dict(self) -> dict[str, str | int]:
        return {
            "url": self.url,
            "token": self.token,
            "expires": self.expires.isoformat(timespec="seconds"),
            "loan_id": self.loan_id,
        }


@dataclass(frozen=True, slots=True)
class OpenedLink:
    """What the review page may show: the product and the loan period, nothing about anyone."""

    state: LinkState
    loan_id: int | None = None
    product_id: int | None = None
    product: str = ""
    out_on: date | None = None
    returned_on: date | None = None
    expires: datetime | None = None  # local, aware

    @property
    def valid(self) -> bool:
        return self.state is LinkState.VALID


@dataclass(frozen=True, slots=True)
class LoanLinkStatus:
    loan_id: int
    state: LoanLinkState
    issued_at: datetime | None = None  # local, aware: the first link
    opened_at: datetime | None = None  # the first opening
    reviewed_at: datetime | None = None  # when a link was used


def token_hash(token: str) -> str:
    """What the database keeps of a token (read case-insensitively)."""
    key = token.strip().lower()
    return hashlib.sha256(f"lendingdesk-review-link\0{key}".encode()).hexdigest()


def lan_address() -> str:
    """This machine's address on the local network (the route a phone would take), else
    loopback. No packet is sent: connecting a UDP socket only picks the interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def check_base_url(url: str) -> str:
    """``url`` as a base for review links (scheme http/https, a host, no query), no end slash."""
    text = url.strip().rstrip("/")
    try:
        parts = urlsplit(text)
        usable = (
            parts.scheme in ("http", "https")
            and bool(parts.hostname)
            and not parts.query
            and not parts.fragment
            and len(text) <= 200
            and text.isascii()
            and text.isprintable()
            and " " not in text
        )
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError:
        usable = False
    if not usable:
        raise InvalidInput(
            translate(
                "services.review_links",
                "“{url}” is not a usable web address for review links. Give for example "
                "https://review.zorggroep.nl or http://192.168.1.20:8470.",
            ).format(url=shown(url)),
        )
    return text


def refusal(state: LinkState) -> LinkRefused:
    if state is LinkState.EXPIRED:
        return LinkRefused(
            translate(
                "services.review_links",
                "This review link has expired. Ask the lending desk for a new link.",
            ),
            state=state.value,
        )
    if state is LinkState.USED:
        return LinkRefused(
            translate(
                "services.review_links",
                "The review for this loan has already been given. Thank you!",
            ),
            state=state.value,
        )
    return LinkRefused(
        translate(
            "services.review_links",
            "This review link does not exist. Check the address or scan the QR code again.",
        ),
        state=state.value,
    )


class ReviewLinkService:
    """Issue, open and use review links over one database (no Qt, no web framework)."""

    def __init__(
        self,
        db: Database,
        ctx_factory: Callable[[], DeskContext],
        *,
        base_url: str | None = None,
    ) -> None:
        self.db = db
        self.ctx_factory = ctx_factory
        self.reviews = ReviewService(db, ctx_factory)
        self._base_url = check_base_url(base_url) if base_url else None

    # ----------------------------------------------------------------- settings

    def base_url(self) -> str:
        """Given base URL, else the setting, else ``LENDINGDESK_REVIEW_URL``, else this
        machine's LAN address on the default port."""
        if self._base_url:
            return self._base_url
        with self.db.session() as session:
            stored = session.get(Setting, BASE_URL_SETTING)
        if stored is not None and stored.value.strip():
            return check_base_url(stored.value)
        env = os.environ.get(ENV_BASE_URL, "").strip()
        if env:
            return check_base_url(env)
        return f"http://{lan_address()}:{DEFAULT_PORT}"

    def has_base_url_setting(self) -> bool:
        """Whether the region/desk has set an address (else each desk serves its own)."""
        with self.db.session() as session:
            stored = session.get(Setting, BASE_URL_SETTING)
        return stored is not None and bool(stored.value.strip())

    def valid_days(self) -> int:
        with self.db.session() as session:
            stored = session.get(Setting, VALID_DAYS_SETTING)
        if stored is not None and stored.value.strip().isdigit():
            return max(1, min(int(stored.value), 365))
        return DEFAULT_VALID_DAYS

    def configure(self, *, base_url: str | None = None, valid_days: int | None = None) -> None:
        """Store the region's/desk's base URL and how long a link stays valid (1–365 days)."""
        if valid_days is not None and not 1 <= valid_days <= 365:
            raise InvalidInput(
                translate("services.review_links", "A review link is valid for 1 to 365 days."),
            )
        with self.db.unit_of_work() as session:
            if base_url is not None:
                session.merge(Setting(key=BASE_URL_SETTING, value=check_base_url(base_url)))
            if valid_days is not None:
                session.merge(Setting(key=VALID_DAYS_SETTING, value=str(valid_days)))

    # ----------------------------------------------------------------- issuing

    def issue_link(self, loan_id: int) -> ReviewLink:
        """A new personal link for the returned loan ``loan_id``; refused for an open loan, an
        erased borrower or a loan that already has its review."""
        base = self.base_url()
        days = self.valid_days()
        ctx = self.ctx_factory()
        token = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))
        with self.db.unit_of_work() as session:
            loan = find_loan(session, loan_id)
            self._check_issuable(session, loan)
            now = ctx.now()
            record = ReviewLinkRecord(
                loan_id=loan.id,
                token_hash=token_hash(token),
                issued_at=now,
                expires_at=now + timedelta(days=days),
            )
            session.add(record)
            session.flush()
            audit.record(session, ctx, "review_link_issued", "loan", loan.id, link=record.id)
            expires = to_local(record.expires_at)
            product = loan.item.product.name
        assert expires is not None
        return ReviewLink(f"{base}{PATH_PREFIX}{token}", token, expires, loan_id, product)

    @staticmethod
    def _check_issuable(session: Session, loan: Loan) -> None:
        product = loan.item.product.name
        if loan.returned_at is None:
            raise InvalidInput(
                translate(
                    "services.review_links",
                    "Loan {id} ({product}) is still open. A review link is made only after "
                    "check-in.",
                ).format(id=loan.id, product=product),
                loan_id=loan.id,
            )
        if loan.borrower.erased_at is not None:
            raise InvalidInput(
                translate(
                    "services.review_links",
                    "The borrower of loan {id} has been erased; no review link is made.",
                ).format(id=loan.id),
                loan_id=loan.id,
            )
        if session.scalar(select(Review.id).where(Review.loan_id == loan.id)) is not None:
            raise InvalidInput(
                translate(
                    "services.review_links",
                    "Loan {id} ({product}) already has its review; no new link is needed.",
                ).format(id=loan.id, product=product),
                loan_id=loan.id,
            )

    # ----------------------------------------------------------------- using

    def _find(self, session: Session, token: str) -> tuple[ReviewLinkRecord | None, LinkState]:
        if not token or len(token) > _TOKEN_MAX:
            return None, LinkState.UNKNOWN
        record = session.scalar(
            select(ReviewLinkRecord).where(ReviewLinkRecord.token_hash == token_hash(token))
        )
        if record is None:
            return None, LinkState.UNKNOWN
        loan = session.get(Loan, record.loan_id)
        if loan is None or loan.borrower.erased_at is not None:
            return None, LinkState.UNKNOWN
        reviewed = session.scalar(select(Review.id).where(Review.loan_id == record.loan_id))
        if record.used_at is not None or reviewed is not None:
            return record, LinkState.USED
        if self.ctx_factory().now() >= record.expires_at:
            return record, LinkState.EXPIRED
        return record, LinkState.VALID

    def open(self, token: str, *, record: bool = True) -> OpenedLink:
        """The state of ``token`` and, when valid, what the page shows; the first opening of a
        valid link is recorded (for response rates) unless ``record`` is False."""
        with self.db.unit_of_work() if record else self.db.session() as session:
            found, state = self._find(session, token)
            if found is None or state is not LinkState.VALID:
                return OpenedLink(state)
            if record and found.opened_at is None:
                found.opened_at = self.ctx_factory().now()
            loan = session.get(Loan, found.loan_id)
            assert loan is not None and loan.returned_at is not None
            local_out, local_in = to_local(loan.out_at), to_local(loan.returned_at)
            assert local_out is not None and local_in is not None
            return OpenedLink(
                state,
                loan_id=loan.id,
                product_id=loan.item.product_id,
                product=loan.item.product.name,
                out_on=local_out.date(),
                returned_on=local_in.date(),
                expires=to_local(found.expires_at),
            )

    def check(self, token: str) -> LinkState:
        """The state of ``token`` without recording anything."""
        with self.db.session() as session:
            return self._find(session, token)[1]

    def instrument(self, token: str) -> Instrument:
        """The instrument the review of this link's loan uses (the desk's, same version)."""
        opened = self._require(token)
        assert opened.product_id is not None
        return self.reviews.instrument_for_product(opened.product_id)

    def _require(self, token: str) -> OpenedLink:
        with self.db.session() as session:
            record, state = self._find(session, token)
            if record is None or state is not LinkState.VALID:
                raise refusal(state)
            loan = session.get(Loan, record.loan_id)
            assert loan is not None
            return OpenedLink(state, loan_id=loan.id, product_id=loan.item.product_id)

    def submit(
        self,
        token: str,
        answers: Mapping[str, object],
        reviewer: Reviewer | None = None,
    ) -> ReviewRow:
        """Store the review given with ``token``: the same call as at the desk (validation,
        scoring, moderation). A refused answer leaves the link usable; a stored review uses it."""
        opened = self._require(token)
        assert opened.loan_id is not None
        try:
            row = self.reviews.add_review(opened.loan_id, answers, reviewer)
        except InvalidInput:
            # A second phone may have been faster: then say "already given", not "invalid".
            if self.check(token) is LinkState.USED:
                raise refusal(LinkState.USED) from None
            raise
        ctx = self.ctx_factory()
        with self.db.unit_of_work() as session:
            record = session.scalar(
                select(ReviewLinkRecord).where(ReviewLinkRecord.token_hash == token_hash(token))
            )
            if record is not None:
                record.used_at = ctx.now()
                if record.opened_at is None:
                    record.opened_at = record.used_at
                audit.record(
                    session, ctx, "review_link_used", "loan", record.loan_id, review=row.id
                )
        return row

    def with_review_links(self, slip: SlipData) -> SlipData:
        """A return receipt with a new personal link for every returned loan on it that has
        no review yet (a loan slip, or loans that cannot get one, are left as they are)."""
        if slip.kind is not SlipKind.RETURN:
            return slip
        links: list[SlipReviewLink] = []
        for ref in slip.loan_ids:
            try:
                link = self.issue_link(int(ref))
            except InvalidInput:
                continue  # reviewed already, an erased borrower: nothing to ask
            links.append(SlipReviewLink(link.product, link.url, link.expires.date()))
        return replace(slip, review_links=tuple(links))

    # ----------------------------------------------------------------- response rates

    def statuses(self, loan_ids: Iterable[int]) -> dict[int, LoanLinkStatus]:
        """Per loan: none / issued / opened / reviewed, with the first moments of each."""
        ids = sorted(set(loan_ids))
        result = {loan_id: LoanLinkStatus(loan_id, LoanLinkState.NONE) for loan_id in ids}
        if not ids:
            return result
        with self.db.session() as session:
            links: dict[int, list[ReviewLinkRecord]] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for record in session.scalars(
                    select(ReviewLinkRecord).where(ReviewLinkRecord.loan_id.in_(chunk))
                ):
                    links.setdefault(record.loan_id, []).append(record)
                reviewed = set(
                    session.scalars(select(Review.loan_id).where(Review.loan_id.in_(chunk)))
                )
                for loan_id in chunk:
                    records = links.get(loan_id, [])
                    if not records:
                        continue
                    issued = min(r.issued_at for r in records)
                    opened = [r.opened_at for r in records if r.opened_at is not None]
                    used = [r.used_at for r in records if r.used_at is not None]
                    if used or loan_id in reviewed:
                        state = LoanLinkState.REVIEWED
                    elif opened:
                        state = LoanLinkState.OPENED
                    else:
                        state = LoanLinkState.ISSUED
                    result[loan_id] = LoanLinkStatus(
                        loan_id,
                        state,
                        issued_at=to_local(issued),
                        opened_at=to_local(min(opened)) if opened else None,
                        reviewed_at=to_local(min(used)) if used else None,
                    )
        return result

    def status(self, loan_id: int) -> LoanLinkStatus:
        return self.statuses([loan_id])[loan_id]


def default_link_service(
    db: Database, ctx: DeskContext | None = None, *, base_url: str | None = None
) -> ReviewLinkService:
    context = ctx or DeskContext(actor="review link")
    return ReviewLinkService(db, lambda: context, base_url=base_url)


__all__ = [
    "BASE_URL_SETTING",
    "DEFAULT_VALID_DAYS",
    "VALID_DAYS_SETTING",
    "LinkRefused",
    "LinkState",
    "LoanLinkState",
    "LoanLinkStatus",
    "OpenedLink",
    "ReviewLink",
    "ReviewLinkService",
    "check_base_url",
    "default_link_service",
    "lan_address",
    "refusal",
    "token_hash",
]
