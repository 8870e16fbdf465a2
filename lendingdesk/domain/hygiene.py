"""Hygiene between two users, by the SRI rules (issue 16 §1–2).

A product has a structured protocol: clean only, or clean then disinfect (agent, contact time),
the steps of what to wipe, the maker's instruction, and for products that hold personal data a
device-reset checklist. A returned item waits in the cleaning queue with the *parts* still to
sign off (``Item.hygiene_pending``): clean, disinfect (the protocol's, or forced by a return from
isolation / BRMO / an infection), reset, and -- for a random share of sign-offs -- a second
person's check. Every part is a precondition of the next loan: ``refusal`` says in Dutch and
English what is still to do. Docs: docs/hygiene.md.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import set_committed_value

from lendingdesk.domain import audit, rows, waiting
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.lookup import find_item, forget_product_facts, product_facts
from lendingdesk.domain.status import ItemStatus
from lendingdesk.errors import HygienePending, InvalidInput, StepsNotConfirmed
from lendingdesk.store.models import CleaningRecord, HygieneProtocol, Item, Loan, Product, Setting
from lendingdesk.translation import Message, joined, listed, translate


class Part(StrEnum):
    """What a returned item still needs before it may go out again, in the order it is done."""

    CLEAN = "clean"
    DISINFECT = "disinfect"
    RESET = "reset"
    SECOND_CHECK = "second_check"


class Method(StrEnum):
    CLEAN = "clean"  # clean and dry (non-critical items on intact skin)
    DISINFECT = "disinfect"  # clean, then disinfect


class SecondCheck(StrEnum):
    ASKED = "asked"
    APPROVED = "approved"
    REFUSED = "refused"


PART_WORDS: dict[Part, Message] = {
    Part.CLEAN: translate("domain.hygiene", "cleaning"),
    Part.DISINFECT: translate("domain.hygiene", "disinfection"),
    Part.RESET: translate("domain.hygiene", "device reset"),
    Part.SECOND_CHECK: translate("domain.hygiene", "second check"),
}

# Common agents approved by the Ctgb for surfaces of care aids (Dutch, English): offered as a
# choice; the agent stays free text (the maker's instruction wins).
APPROVED_AGENTS: tuple[Message, ...] = (
    translate("domain.hygiene", "alcohol 70 %"),
    translate("domain.hygiene", "chlorine 1,000 ppm"),
    translate("domain.hygiene", "quaternary ammonium wipes"),
    translate("domain.hygiene", "hydrogen peroxide 0.5 % (wipes)"),
)

# A reset checklist to start from for a product that holds personal data.
DEFAULT_RESET_STEPS: tuple[Message, ...] = (
    translate("domain.hygiene", "Log out accounts, unlink app/portal"),
    translate("domain.hygiene", "Erase recordings, contacts, messages and photos"),
    translate("domain.hygiene", "Reset personal settings"),
    translate("domain.hygiene", "Factory reset as the maker says"),
    translate("domain.hygiene", "Check the SIM card and subscription"),
)

SECOND_CHECK_SETTING = "hygiene.second_check_share"
MAX_STEPS = 20
MAX_STEP_LENGTH = 200


@dataclass(frozen=True)
class Protocol:
    """A product's protocol as the desk follows it. ``method`` None: no cleaning needed."""

    method: Method | None
    summary: str = ""  # the free-text cleaning protocol
    agent: str = ""
    contact_minutes: int = 0
    steps: tuple[str, ...] = ()
    maker_instruction: str = ""
    reset_steps: tuple[str, ...] = ()

    @property
    def holds_personal_data(self) -> bool:
        return bool(self.reset_steps)

    def required(self, *, isolation: bool = False) -> tuple[Part, ...]:
        """The parts a return needs (isolation forces cleaning and disinfection)."""
        parts: list[Part] = []
        if self.method is not None or isolation:
            parts.append(Part.CLEAN)
        if self.method is Method.DISINFECT or isolation:
            parts.append(Part.DISINFECT)
        if self.reset_steps:
            parts.append(Part.RESET)
        return tuple(parts)

    def steps_for(self, part: Part) -> tuple[str, ...]:
        """The steps to tick for ``part`` (disinfection is confirmed by naming the agent)."""
        if part is Part.CLEAN:
            return self.steps
        if part is Part.RESET:
            return self.reset_steps
        return ()


@dataclass(frozen=True)
class ProtocolInput:
    method: Method | None
    summary: str = ""
    agent: str = ""
    contact_minutes: int = 0
    steps: Sequence[str] = field(default_factory=tuple)
    maker_instruction: str = ""
    reset_steps: Sequence[str] = field(default_factory=tuple)


def protocol_of(session: Session, product: Product) -> Protocol:
    facts = product_facts(session, product.id)  # read with the item: not asked again
    row = facts.protocol if facts is not None else session.get(HygieneProtocol, product.id)
    method: Method | None = None
    if product.needs_cleaning:
        method = Method(row.method) if row is not None else Method.CLEAN
    if row is None:
        return Protocol(method, summary=product.cleaning_protocol or "")
    return Protocol(
        method,
        summary=product.cleaning_protocol or "",
        agent=row.agent or "",
        contact_minutes=row.contact_minutes,
        steps=tuple(row.steps or ()),
        maker_instruction=row.maker_instruction or "",
        reset_steps=tuple(row.reset_steps or ()),
    )


def _lines(values: Iterable[str], what: Message) -> list[str]:
    lines = [" ".join(v.split()) for v in values]
    lines = [v for v in lines if v]
    if len(lines) > MAX_STEPS:
        raise InvalidInput(
            translate("domain.hygiene", "At most {max_steps} {what}; combine steps.").format(
                max_steps=MAX_STEPS, what=what
            ),
        )
    for line in lines:
        if len(line) > MAX_STEP_LENGTH:
            raise InvalidInput(
                translate(
                    "domain.hygiene",
                    "A step is too long (at most {max_step_length} characters): “{line}…”.",
                ).format(max_step_length=MAX_STEP_LENGTH, line=line[:40]),
            )
    return list(dict.fromkeys(lines))  # each step once


def summary_of(data: ProtocolInput) -> str:
    """A one-line protocol for a product whose free-text protocol was left empty."""
    if data.method is Method.DISINFECT:
        agent = " ".join(data.agent.split())
        return f"Reinigen, daarna desinfecteren{' met ' + agent if agent else ''}."
    return "Reinigen en drogen."


def set_protocol(
    session: Session, ctx: DeskContext, product: Product, data: ProtocolInput
) -> Protocol:
    """Store ``product``'s protocol (also its free-text protocol, which says whether a return
    needs cleaning at all)."""
    if not 0 <= data.contact_minutes <= 240:
        raise InvalidInput(
            translate("domain.hygiene", "The contact time must be between 0 and 240 minutes."),
        )
    agent = " ".join(data.agent.split())
    if data.method is Method.DISINFECT and not agent:
        raise InvalidInput(
            translate(
                "domain.hygiene",
                "Choose the disinfectant (for example alcohol 70 %) or choose ‘clean only’.",
            ),
        )
    steps = _lines(data.steps, translate("domain.hygiene", "cleaning steps"))
    reset_steps = _lines(data.reset_steps, translate("domain.hygiene", "reset steps"))
    maker = data.maker_instruction.strip()
    if len(maker) > 500:
        raise InvalidInput(
            translate(
                "domain.hygiene",
                "The maker's instruction is too long: give a web address or a file path.",
            ),
        )
    if data.method is None:
        product.cleaning_protocol = None
    else:
        product.cleaning_protocol = data.summary.strip() or summary_of(data)
    row = session.get(HygieneProtocol, product.id)
    if row is None:
        row = HygieneProtocol(product_id=product.id)
        session.add(row)
        forget_product_facts(session, product.id)
    row.method = (data.method or Method.CLEAN).value
    row.agent = agent or None
    row.contact_minutes = data.contact_minutes
    row.steps = steps
    row.maker_instruction = maker or None
    row.reset_steps = reset_steps
    session.flush()
    audit.record(
        session,
        ctx,
        "hygiene_protocol",
        "product",
        product.id,
        method=data.method.value if data.method else "none",
        agent=agent,
        steps=len(steps),
        reset_steps=len(reset_steps),
    )
    return protocol_of(session, product)


# --- the queue ----------------------------------------------------------------------------------


def pending_parts(session: Session, item: Item) -> tuple[Part, ...]:
    """What ``item`` still needs before it may go out again (empty: nothing)."""
    if item.status != ItemStatus.AWAITING_CLEANING:
        return ()
    if item.hygiene_pending is not None:
        known = {p.value for p in Part}
        stored = tuple(Part(p) for p in item.hygiene_pending if p in known)
        if stored:
            return stored
    # Back from maintenance, found again, or queued before protocols existed: the product's.
    return protocol_of(session, item.product).required() or (Part.CLEAN,)


def after_return(
    session: Session, item: Item, *, isolation: bool = False
) -> tuple[ItemStatus, list[str] | None]:
    """Where a returned item goes, as its new ``status`` and ``hygiene_pending``: the cleaning
    queue with the parts its return needs, or straight back on the shelf when it needs none.
    (The caller writes them, with the rest of the return.)"""
    parts = protocol_of(session, item.product).required(isolation=isolation)
    if parts:
        return ItemStatus.AWAITING_CLEANING, [p.value for p in parts]
    return ItemStatus.AVAILABLE, None


def refusal(session: Session | None, item: Item) -> HygienePending:
    """Why ``item`` may not go out yet, and what to do, in Dutch and English."""
    parts = pending_parts(session, item) if session is not None else (Part.CLEAN,)
    name = f"{item.product.name} ({item.tag})"
    if parts == (Part.CLEAN,):
        return HygienePending(
            translate(
                "domain.hygiene",
                "{name} is awaiting cleaning. Have it cleaned and signed off under Cleaning first.",
            ).format(name=name),
            tag=item.tag,
            status=item.status,
            pending=[p.value for p in parts],
        )
    todo: list[Message] = []
    if Part.DISINFECT in parts:
        todo.append(translate("domain.hygiene", "clean and disinfect it as the protocol says"))
    if Part.RESET in parts:
        todo.append(
            translate(
                "domain.hygiene", "complete the reset checklist (log out accounts, erase data, …)"
            )
        )
    if Part.SECOND_CHECK in parts:
        todo.append(translate("domain.hygiene", "have a colleague check it"))
    if not todo:
        todo.append(translate("domain.hygiene", "clean it"))
    return HygienePending(
        translate(
            "domain.hygiene",
            "{name} may not go out yet: {what} not signed off. Go to Cleaning, {todo} and sign "
            "it off.",
        ).format(
            name=name,
            what=listed(PART_WORDS[p] for p in parts),
            todo=joined(", ", todo),
        ),
        tag=item.tag,
        status=item.status,
        pending=[p.value for p in parts],
    )


def refusal_of(item: Item) -> HygienePending:
    """``refusal`` for an item read in a session (the circulation rules have no session)."""
    return refusal(object_session(item), item)


# --- sign-off -----------------------------------------------------------------------------------


def second_check_share(session: Session) -> int:
    """1 in N sign-offs asks a second person to check (0: never)."""
    row = session.get(Setting, SECOND_CHECK_SETTING)
    try:
        return max(0, int(row.value)) if row is not None else 0
    except ValueError:
        return 0


def set_second_check_share(session: Session, ctx: DeskContext, share: int) -> None:
    if not 0 <= share <= 100:
        raise InvalidInput(
            translate(
                "domain.hygiene",
                "Choose 0 (never) or 1 in 1 to 1 in 100 sign-offs for the second check.",
            ),
        )
    row = session.get(Setting, SECOND_CHECK_SETTING)
    if row is None:
        session.add(Setting(key=SECOND_CHECK_SETTING, value=str(share)))
    else:
        row.value = str(share)
    audit.record(session, ctx, "hygiene_setting", "setting", None, second_check_share=share)


def not_waiting(item: Item) -> InvalidInput:
    return InvalidInput(
        translate(
            "domain.hygiene", "{product} ({tag}) is not awaiting cleaning or a reset."
        ).format(product=item.product.name, tag=item.tag),
        tag=item.tag,
        status=item.status,
    )


def _who(by: str) -> str:
    by = " ".join((by or "").split())[:120]
    if not by:
        raise InvalidInput(translate("domain.hygiene", "Fill in who did the cleaning."))
    return by


def _check_steps(
    item: Item, protocol: Protocol, parts: Sequence[Part], confirmed: set[str]
) -> None:
    missing = [s for p in parts for s in protocol.steps_for(p) if s not in confirmed]
    if missing:
        shown = "; ".join(missing[:3]) + (" …" if len(missing) > 3 else "")
        raise StepsNotConfirmed(
            translate(
                "domain.hygiene",
                "{product} ({tag}): tick every step of the protocol on the Cleaning screen. Not "
                "confirmed yet: {shown}.",
            ).format(product=item.product.name, tag=item.tag, shown=shown),
            tag=item.tag,
            missing=missing,
        )


def sign_off(
    session: Session,
    ctx: DeskContext,
    item_code: str | Item,
    *,
    by: str,
    parts: Iterable[Part] | None = None,
    confirmed: Iterable[str] | None = None,
    agent: str | None = None,
    share: int | None = None,
    draw: Callable[[], float] = random.random,
) -> CleaningRecord:
    """Sign off ``parts`` of a returned item (None: all it still needs). Every step of those
    parts must be in ``confirmed``; a disinfection names its agent (the protocol's when not
    given). When nothing is left, 1 in ``share`` sign-offs (the setting when None) asks a second
    person to check before the item is available again."""
    item = find_item(session, item_code)
    by = _who(by)
    pending = pending_parts(session, item)
    if not pending:
        raise not_waiting(item)
    if pending == (Part.SECOND_CHECK,):
        raise HygienePending(
            translate(
                "domain.hygiene",
                "{product} ({tag}) is signed off and awaits a second person's check: have a "
                "colleague look at it and approve or reject it.",
            ).format(product=item.product.name, tag=item.tag),
            tag=item.tag,
        )
    todo = [p for p in pending if p is not Part.SECOND_CHECK]
    chosen = todo if parts is None else [p for p in todo if p in set(parts)]
    if not chosen:
        raise InvalidInput(
            translate(
                "domain.hygiene", "Choose what you sign off: cleaning, disinfection or reset."
            ),
        )
    protocol = protocol_of(session, item.product)
    _check_steps(item, protocol, chosen, set(confirmed or ()))
    used_agent = " ".join((agent or protocol.agent or "").split())[:200]
    if Part.DISINFECT in chosen and not used_agent:
        raise InvalidInput(
            translate(
                "domain.hygiene",
                "{product} ({tag}) must be disinfected: fill in the agent used (for example "
                "alcohol 70 %).",
            ).format(product=item.product.name, tag=item.tag),
            tag=item.tag,
        )
    last_loan = session.scalars(
        select(Loan)
        .where(Loan.item_id == item.id, Loan.returned_at.is_not(None))
        .order_by(Loan.returned_at.desc())
        .limit(1)
    ).first()
    method = "disinfect" if Part.DISINFECT in chosen else ("clean" if Part.CLEAN in chosen else "")
    described = (protocol.summary or method or None) if Part.CLEAN in chosen else "reset"
    left: list[Part] = [p for p in todo if p not in chosen]
    asked = False
    if not left:
        n = second_check_share(session) if share is None else share
        if n > 0 and draw() < 1 / n:
            asked = True
            left = [Part.SECOND_CHECK]
    # The record and the item's new state as plain statements (domain/rows.py): no
    # unit-of-work flush for two rows whose values are known whole.
    record = rows.insert_row(
        session,
        CleaningRecord,
        item_id=item.id,
        loan_id=last_loan.id if last_loan else None,
        signed_by=by,
        method=described[:200] if described else described,
        at=ctx.now(),
        parts=[p.value for p in chosen],
        agent=(used_agent or None) if Part.DISINFECT in chosen else None,
        steps=[s for p in chosen for s in protocol.steps_for(p)],
        isolation=bool(last_loan and last_loan.isolation),
        location_id=ctx.location_id,
        second_check=SecondCheck.ASKED.value if asked else None,
        second_by=None,
        second_at=None,
        second_note=None,
    )
    set_committed_value(record, "item", item)
    if left:
        rows.update_row(session, item, hygiene_pending=[p.value for p in left])
    else:
        rows.update_row(session, item, hygiene_pending=None, status=ItemStatus.AVAILABLE)
    audit.record(
        session,
        ctx,
        "cleaned",
        "item",
        item.id,
        tag=item.tag,
        by=by,
        method=record.method,
        parts=record.parts,
        agent=record.agent,
        isolation=record.isolation or None,
        second_check=record.second_check,
    )
    if Part.RESET in chosen:
        audit.record(
            session,
            ctx,
            "device_reset",
            "item",
            item.id,
            tag=item.tag,
            by=by,
            steps=protocol.reset_steps and list(protocol.reset_steps),
        )
    waiting.hold_for_next(session, ctx, item)  # signed off and available: for the first in line
    return record


def second_check(
    session: Session,
    ctx: DeskContext,
    item_code: str | Item,
    *,
    by: str,
    approved: bool,
    note: str = "",
) -> CleaningRecord:
    """A second person checks a signed-off item: approved, it is available; rejected, the parts
    of that sign-off are to be done again (a deviation in the hygiene report)."""
    item = find_item(session, item_code)
    by = _who(by)
    if pending_parts(session, item) != (Part.SECOND_CHECK,):
        raise InvalidInput(
            translate("domain.hygiene", "{product} ({tag}) is not awaiting a second check.").format(
                product=item.product.name, tag=item.tag
            ),
            tag=item.tag,
        )
    record = session.scalars(
        select(CleaningRecord)
        .where(
            CleaningRecord.item_id == item.id,
            CleaningRecord.second_check == SecondCheck.ASKED.value,
        )
        .order_by(CleaningRecord.at.desc(), CleaningRecord.id.desc())
        .limit(1)
    ).first()
    if record is None:  # the queue says so, but no sign-off asks: nothing to check
        item.hygiene_pending = None
        item.status = ItemStatus.AVAILABLE
        raise not_waiting(item)
    if by.casefold() == record.signed_by.casefold():
        raise InvalidInput(
            translate(
                "domain.hygiene",
                "The second check is done by someone other than {signed_by}, who signed it off.",
            ).format(signed_by=record.signed_by),
        )
    note = note.strip()
    if not approved and not note:
        raise InvalidInput(
            translate(
                "domain.hygiene", "Write briefly what is not right, so it can be done again."
            ),
        )
    record.second_check = (SecondCheck.APPROVED if approved else SecondCheck.REFUSED).value
    record.second_by = by
    record.second_at = ctx.now()
    record.second_note = note or None
    if approved:
        item.hygiene_pending = None
        item.status = ItemStatus.AVAILABLE
    else:
        item.hygiene_pending = list(record.parts or [Part.CLEAN.value])
    session.flush()
    audit.record(
        session,
        ctx,
        "second_check",
        "item",
        item.id,
        tag=item.tag,
        by=by,
        result=record.second_check,
        note=note,
    )
    waiting.hold_for_next(session, ctx, item)  # approved: available, for the first in line
    return record
