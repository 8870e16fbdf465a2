"""Review commands: the instruments, adding a review, listing and moderating reviews.

lendingdesk instruments [--json]
lendingdesk review add --loan LOAN_ID --answers FILE.json [--name NAME --publish-name]
                       [--discipline D] [--organisation O]
lendingdesk review approve|reject REVIEW_ID [--pros TEXT] [--cons TEXT] [--tips TEXT] [--by NAME]
lendingdesk review decline LOAN_ID
lendingdesk review link LOAN_ID [--json]        (see cli.web)
lendingdesk reviews [--product TAG|ID] [--pending] [--awaiting] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

from lendingdesk.cli.common import add_json_flag, desk_context, emit, open_db, say
from lendingdesk.errors import InvalidInput
from lendingdesk.safe_text import shown
from lendingdesk.translation import Text, joined, translate


def _service(args: argparse.Namespace):
    from lendingdesk.services.reviews import ReviewService

    db = open_db(args)
    return ReviewService(db, lambda: desk_context(args))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("instruments", help="review instruments (questionnaires) with item keys")
    add_json_flag(p)
    p.set_defaults(handler=cmd_instruments)

    p = sub.add_parser("review", help="add, approve, reject or decline one review")
    rsub = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    add = rsub.add_parser("add", help="store the review of a returned loan (answers as JSON)")
    add.add_argument("--loan", required=True, type=int, metavar="LOAN_ID")
    add.add_argument(
        "--answers",
        required=True,
        metavar="FILE.json",
        help="a JSON object: item key → answer (see `lendingdesk instruments`)",
    )
    add.add_argument("--name", metavar="NAME", help="the reviewer's name (kept internal)")
    add.add_argument(
        "--publish-name", action="store_true", help="the reviewer consents to publishing the name"
    )
    add.add_argument("--discipline", metavar="D", help="e.g. Verpleegkundige")
    add.add_argument("--organisation", metavar="O", help="e.g. Zorggroep De Linde")
    add.add_argument("--by", help="who enters the review at the desk")
    add_json_flag(add)
    add.set_defaults(handler=cmd_review_add)
    for action, help_text in (
        ("approve", "approve a review for publication"),
        ("reject", "reject a review (it is never published)"),
    ):
        mp = rsub.add_parser(action, help=help_text)
        mp.add_argument("review_id", type=int, metavar="REVIEW_ID")
        for key in ("pros", "cons", "tips"):
            mp.add_argument(
                f"--{key}",
                metavar="TEXT",
                help=f"replace the '{key}' text (e.g. a resident's name)",
            )
        mp.add_argument("--by", help="who moderates")
        mp.set_defaults(handler=cmd_review_moderate, decision=action)
    dp = rsub.add_parser("decline", help="the borrower gives no review for this loan")
    dp.add_argument("loan_id", type=int, metavar="LOAN_ID")
    dp.add_argument("--by", help="who records it")
    dp.set_defaults(handler=cmd_review_decline)
    from lendingdesk.cli.web import add_review_actions

    add_review_actions(rsub)

    p = sub.add_parser("reviews", help="list reviews with their scores (newest first)")
    p.add_argument("--product", metavar="TAG|ID", help="only this product (id or an item's tag)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--pending", action="store_true", help="only reviews awaiting moderation")
    which.add_argument(
        "--awaiting", action="store_true", help="returned loans still waiting for a review"
    )
    add_json_flag(p)
    p.set_defaults(handler=cmd_reviews)


# --------------------------------------------------------------------------- instruments


def _instrument_dict(instrument: Any, lang: str) -> dict[str, Any]:
    return {
        "key": instrument.key,
        "version": instrument.version,
        "title": instrument.title.get(lang),
        "rating": instrument.rating,
        "scores": [rule.key for rule in instrument.scores],
        "blocks": [
            {
                "key": block.key,
                "title": block.title.get(lang),
                "optional": block.optional,
                "items": [
                    {
                        "key": item.key,
                        "type": item.type.value,
                        "required": item.required,
                        "min": item.minimum,
                        "max": item.maximum,
                        "options": [o.value for o in item.options]
                        if item.type.value in ("choice", "multi_choice", "effect")
                        else [],
                        "label": item.label.get(lang),
                    }
                    for item in block.items
                ],
            }
            for block in instrument.blocks
        ],
    }


def _answer_hint(item: dict[str, Any]) -> str:
    kind = item["type"]
    if kind in ("choice", "multi_choice"):
        values = "|".join(str(v) for v in item["options"])
        return f"[{values}]" if kind == "multi_choice" else values
    if kind == "effect":
        return "-2..2|na"
    if kind == "text":
        return "tekst/text"
    return f"{item['min']}..{item['max']}"


def cmd_instruments(args: argparse.Namespace) -> int:
    service = _service(args)
    rows = [_instrument_dict(i, args.lang) for i in service.instruments()]
    if args.json:
        emit(rows, True, ())
        return 0
    for row in rows:
        print(f"{row['key']}@{row['version']}  {row['title']}")
        for block in row["blocks"]:
            optional = (
                translate("cli.reviews", " (optional)").render(args.lang)
                if block["optional"]
                else ""
            )
            print(f"  {block['title']}{optional}")
            width = max(len(i["key"]) for i in block["items"])
            for item in block["items"]:
                mark = "*" if item["required"] else " "
                print(f"   {mark} {item['key'].ljust(width)}  {_answer_hint(item)}")
        print()
    say(
        args,
        translate(
            "cli.reviews",
            "* = required (in an optional block: required once the block is filled in)",
        ),
    )
    return 0


# --------------------------------------------------------------------------- one review


MAX_ANSWERS_BYTES = 1_000_000  # a full review with long texts is a few KB
MAX_ANSWER_DIGITS = 30  # no answer is a longer number; 5,000 digits would stall int()
MAX_ANSWERS_DEPTH = 3  # an object of answers, a list of choices: never deeper


class _AnswerRefused(ValueError):
    pass


def _number(text: str) -> int | float:
    if len(text) > MAX_ANSWER_DIGITS:
        raise _AnswerRefused(f"{shown(text, 12)} ({len(text)} digits)")
    value = float(text) if any(c in text for c in ".eE") else int(text)
    if isinstance(value, float) and not math.isfinite(value):
        raise _AnswerRefused(shown(text, 12))
    return value


def _constant(text: str) -> object:  # NaN, Infinity, -Infinity: not an answer
    raise _AnswerRefused(text)


def _depth(value: object, limit: int) -> bool:
    if limit < 0:
        return False
    if isinstance(value, dict):
        return all(_depth(v, limit - 1) for v in value.values())
    if isinstance(value, list):
        return all(_depth(v, limit - 1) for v in value)
    return True


def _read_answers(path_text: str) -> dict[str, object]:
    path = Path(path_text)
    name = shown(path.name, 60)
    unreadable = InvalidInput(
        translate(
            "cli.reviews", "Answers file {name} cannot be read; save it as UTF-8 text."
        ).format(name=name),
    )
    if not path.exists():
        raise InvalidInput(
            translate("cli.reviews", "Answers file {name} does not exist.").format(name=name)
        )
    if not path.is_file():  # a folder, a device, a pipe: nothing to read an answer from
        raise unreadable
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_ANSWERS_BYTES + 1)
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise unreadable from None
    if len(raw) > MAX_ANSWERS_BYTES:
        raise InvalidInput(
            translate(
                "cli.reviews", "Answers file {name} is over 1 MB; a review fits in a few KB."
            ).format(name=name),
        )
    try:
        data = json.loads(text, parse_int=_number, parse_float=_number, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            translate(
                "cli.reviews",
                "Answers file {name} is not valid JSON: line {lineno}, column {colno}: {msg}.",
            ).format(name=name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg),
        ) from None
    except _AnswerRefused as exc:
        raise InvalidInput(
            translate(
                "cli.reviews", "Answers file {name}: {exc} is not a usable number as an answer."
            ).format(name=name, exc=exc),
        ) from None
    except RecursionError:
        data = None  # nested thousands deep: refused below like any other wrong shape
    if not isinstance(data, dict) or not _depth(data, MAX_ANSWERS_DEPTH):
        raise InvalidInput(
            translate(
                "cli.reviews",
                "Answers file {name} must be one JSON object, item → answer, for example "
                '{"overall": 4}.',
            ).format(name=name),
        )
    return data


_GROUPS = (
    ("unknown", translate("cli.reviews", "unknown items")),
    ("out_of_range", translate("cli.reviews", "out of range")),
    ("wrong_type", translate("cli.reviews", "wrong kind of answer")),
    ("not_an_option", translate("cli.reviews", "not a valid choice")),
    ("too_long", translate("cli.reviews", "too long")),
    ("partial_block", translate("cli.reviews", "partly filled block")),
    ("missing", translate("cli.reviews", "missing answers")),
)


def _grouped(problems: list[Any]) -> InvalidInput:
    """All answer problems on one line, grouped by kind, so none hides behind another."""
    parts: list[Text] = []
    for code, group in _GROUPS:
        found = [p for p in problems if p.code == code]
        if not found:
            continue
        answers: Text | str
        if code in ("unknown", "missing"):
            answers = ", ".join(dict.fromkeys(shown(p.key) for p in found))
        else:  # the problems as the instrument check words them
            answers = joined("; ", found)
        parts.append(joined(": ", [group, answers]))
    return InvalidInput(
        translate(
            "cli.reviews", "Review not saved — {problems}. See `lendingdesk instruments`."
        ).format(problems=joined(" | ", parts))
    )


def _review_dict(row: Any) -> dict[str, Any]:
    data = row.to_dict()
    data["rating"] = row.rating
    return data


def cmd_review_add(args: argparse.Namespace) -> int:
    from lendingdesk.services.reviews import Reviewer

    answers = _read_answers(args.answers)
    service = _service(args)
    try:
        row = service.add_review(
            args.loan,
            answers,
            Reviewer(
                name=args.name or "",
                publish_name=args.publish_name,
                discipline=args.discipline or "",
                organisation=args.organisation or "",
            ),
        )
    except InvalidInput as exc:
        problems = exc.details.get("problems")
        if problems:
            raise _grouped(problems) from None
        raise
    if args.json:
        emit([_review_dict(row)], True, ())
        return 0
    sus = f", SUS {row.sus:g} ({row.sus_grade})" if row.sus is not None else ""
    rating = "-" if row.rating is None else f"{row.rating:g}"
    say(
        args,
        translate(
            "cli.reviews",
            "Review {id} saved for {product} (loan {loan_id}): rating {rating}{sus}. Awaiting "
            "moderation.",
        ).format(id=row.id, product=row.product, loan_id=row.loan_id, rating=rating, sus=sus),
    )
    return 0


def cmd_review_moderate(args: argparse.Namespace) -> int:
    edits = {k: getattr(args, k) for k in ("pros", "cons", "tips") if getattr(args, k) is not None}
    row = _service(args).moderate(args.review_id, args.decision, edits=edits, by=args.by)
    edited = (
        translate("cli.reviews", " ({fields} edited)").format(fields=", ".join(edits))
        if edits
        else ""
    )
    if args.decision == "approve":
        say(
            args,
            translate("cli.reviews", "Review {id} ({product}) approved{edited}.").format(
                id=row.id, product=row.product, edited=edited
            ),
        )
    else:
        say(
            args,
            translate(
                "cli.reviews", "Review {id} ({product}) rejected; it will not be published."
            ).format(id=row.id, product=row.product),
        )
    return 0


def cmd_review_decline(args: argparse.Namespace) -> int:
    _service(args).decline_review(args.loan_id)
    say(
        args,
        translate("cli.reviews", "Loan {loan_id}: no review; taken off the waiting list.").format(
            loan_id=args.loan_id
        ),
    )
    return 0


def cmd_reviews(args: argparse.Namespace) -> int:
    service = _service(args)
    if args.awaiting:
        loans = service.pending_reviews()
        if args.product:
            from lendingdesk.services.reviews import find_product

            with service.db.session() as session:
                product_id = find_product(session, args.product).id
            loans = [loan for loan in loans if loan.product_id == product_id]
        rows = [loan.to_dict() for loan in loans]
        emit(rows, args.json, ("loan_id", "tag", "product", "borrower", "returned_at"))
        return 0
    reviews = service.reviews_for(args.product, moderation="pending" if args.pending else None)
    if args.json:
        emit([_review_dict(r) for r in reviews], True, ())
        return 0
    table = [
        {
            "id": r.id,
            "loan": r.loan_id,
            "date": r.created_at.date().isoformat(),
            "product": r.product,
            "status": r.moderation,
            "rating": None if r.rating is None else f"{r.rating:g}",
            "sus": None if r.sus is None else f"{r.sus:g} {r.sus_grade}",
            "author": r.public_author(args.lang),
        }
        for r in reviews
    ]
    emit(table, False, ("id", "loan", "date", "product", "status", "rating", "sus", "author"))
    return 0
