"""What the documents are made from: plain frozen dataclasses, no database objects.

The desk and the command line fill these from their own read models; the renderers
never query anything. Codes are checked here, once, so a typo in a caller cannot print
a label that scans as nothing (or as another item).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from lendingdesk.documents.errors import InvalidDocumentInput
from lendingdesk.documents.templates import LabelTemplate, get_template
from lendingdesk.documents.texts import Lang, check_lang
from lendingdesk.domain.codes import parse_badge, parse_tag, qr_payload
from lendingdesk.translation import Message, translate

# What a code is, in a refusal.
_ITEM_TAG = translate("documents.model", "item tag")
_BADGE_CODE = translate("documents.model", "badge code")


def _canonical(code: str, parse: Callable[[object], str | None], what: Message) -> str:
    # Only the canonical form: a label must print exactly what the database stores.
    if parse(code) != code:
        raise InvalidDocumentInput(
            translate("documents.model", "'{code}' is not a valid {what}.").format(
                code=code, what=what
            ),
            code=code,
        )
    return code


@dataclass(frozen=True, slots=True)
class LabelSpec:
    """One label. A pre-printed blank tag is a spec with an empty ``product_name``."""

    tag: str
    product_name: str = ""
    organisation: str | None = None

    def __post_init__(self) -> None:
        _canonical(self.tag, parse_tag, _ITEM_TAG)


@dataclass(frozen=True, slots=True)
class LabelOptions:
    """How to print a run of labels.

    ``template`` is a :class:`LabelTemplate` or a name from ``TEMPLATES``.
    ``start_position`` (1-based) skips labels already used on a partly used first sheet.
    ``url_template`` (with ``{tag}``) makes the QR carry a URL instead of the bare tag.
    ``outline`` draws each label's edge: for a test print on plain paper held against a sheet.
    """

    template: LabelTemplate | str = "avery-l7160"
    start_position: int = 1
    show_barcode: bool = False
    show_organisation: bool = True
    url_template: str | None = None
    outline: bool = False

    def resolved_template(self) -> LabelTemplate:
        if isinstance(self.template, LabelTemplate):
            return self.template
        return get_template(self.template)

    def payload(self, tag: str) -> str:
        return qr_payload(tag, self.url_template)


@dataclass(frozen=True, slots=True)
class BadgeSpec:
    """One borrower badge (lenerspas): the badge code, the borrower's name and team."""

    badge: str
    name: str
    team: str = ""
    organisation: str = ""

    def __post_init__(self) -> None:
        _canonical(self.badge, parse_badge, _BADGE_CODE)


@dataclass(frozen=True, slots=True)
class BadgeOptions:
    """``paper``: "a4" (ten cards with crop marks) or "card" (one per page, card printer)."""

    paper: Literal["a4", "card"] = "a4"
    start_position: int = 1
    show_barcode: bool = False
    lang: Lang = "nl"


class SlipKind(StrEnum):
    CHECKOUT = "checkout"
    RETURN = "return"


SlipPaper = Literal["a4", "a5", "receipt80"]


@dataclass(frozen=True, slots=True)
class SlipLine:
    """One item on a loan slip. Check-out fills the first block, check-in the second."""

    tag: str
    product: str
    due: date | None = None
    accessories: tuple[str, ...] = ()
    # A kit lent incomplete by choice: the parts it went out without (not asked back).
    not_included: tuple[str, ...] = ()
    # The loan's own dates: several loans on one slip need not share a day.
    lent_on: date | None = None
    returned_on: date | None = None
    care_instructions: str = ""
    # at return
    condition_in: str = ""
    accessories_returned: tuple[str, ...] = ()
    missing_accessories: tuple[str, ...] = ()
    damage: str = ""

    def __post_init__(self) -> None:
        _canonical(self.tag, parse_tag, _ITEM_TAG)


@dataclass(frozen=True, slots=True)
class SlipReviewLink:
    """A returned product's personal review link, printed as a QR code and a short address."""

    product: str
    url: str
    expires: date


@dataclass(frozen=True, slots=True)
class SlipData:
    """A loan slip (check-out) or a return receipt (check-in) for one borrower's loans."""

    kind: SlipKind
    loan_ids: tuple[int | str, ...]  # the desk's own reference; not printed for the borrower
    borrower_name: str
    borrower_badge: str | None
    desk_name: str
    issued_at: datetime
    lines: tuple[SlipLine, ...]
    borrower_team: str = ""
    desk_contact: str = ""
    notes: str = ""
    # Set by the reviews feature at check-in, e.g. "Laat een review achter op ...".
    review_invitation: str | None = None
    # The loan conditions accepted for these loans (self-service): version, when (local), how.
    # (version, when, how: tick / signature / confirmed -- agreed to aloud at a staffed desk)
    conditions_accepted: tuple[int, datetime, str] | None = None
    # The phone review form (when enabled): one link per returned loan without a review.
    review_links: tuple[SlipReviewLink, ...] = ()

    def __post_init__(self) -> None:
        # Accept "checkout"/"return" from callers that read it from text (the CLI).
        object.__setattr__(self, "kind", SlipKind(self.kind))
        if self.borrower_badge is not None:
            _canonical(self.borrower_badge, parse_badge, _BADGE_CODE)
        if not self.lines:
            raise InvalidDocumentInput(
                translate("documents.model", "A loan slip needs at least one item."),
            )


def resolve_lang(lang: str) -> Lang:
    try:
        return check_lang(lang)
    except ValueError:
        raise InvalidDocumentInput(
            translate("documents.model", "Unknown language '{lang}': choose nl or en.").format(
                lang=lang
            ),
        ) from None
