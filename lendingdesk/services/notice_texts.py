"""The words of the e-mail notices, in Dutch and English: one plain-text and one HTML body made
from the same paragraphs, so the two parts of a mail can never say different things.

Only what the professional needs is in a notice: their own name, the product and its tag, the
dates of their own loan or reservation, their review link, the desk's contact. Never the client
setting or group, notes, damage, or anyone else's data.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from lendingdesk.translation import Message, translate

KINDS = ("invitation", "reminder", "predue", "due", "overdue", "ready", "waiting")

# Per kind: the subject, then the paragraphs (catalogue texts, context "Notice", Dutch in
# resources/translations/texts_nl.ts). {placeholders} are filled from NoticeFacts;
# LINK_PARAGRAPH stands for the review link (or what to do without one).
LINK_PARAGRAPH = None

TEXTS: dict[str, tuple[Message, tuple[Message | None, ...]]] = {
    "invitation": (
        translate("Notice", "How did {product} work out? Give your review"),
        (
            translate("Notice", "You returned {product} ({tag}). Thank you!"),
            translate(
                "Notice",
                "Would you tell us how it went? Your experience helps colleagues choose the care technology that works. It takes a few minutes, on your phone too.",
            ),
            LINK_PARAGRAPH,
        ),
    ),
    "reminder": (
        translate("Notice", "Reminder: your review of {product}"),
        (
            translate(
                "Notice",
                "A while ago you returned {product} ({tag}). We have not received your experience yet; there is still time.",
            ),
            LINK_PARAGRAPH,
            translate("Notice", "This is the only reminder you will get about it."),
        ),
    ),
    "predue": (
        translate("Notice", "{product} is due back on {due}"),
        (
            translate(
                "Notice",
                "You borrowed {product} ({tag}). Please bring it back to the lending desk by {due}, with its charger and all accessories.",
            ),
            translate("Notice", "Do you need it longer? Ask the desk to renew the loan."),
        ),
    ),
    "due": (
        translate("Notice", "{product} is due back today"),
        (
            translate(
                "Notice",
                "You borrowed {product} ({tag}); it is due back at the lending desk today ({due}), with its charger and all accessories.",
            ),
            translate("Notice", "Do you need it longer? Ask the desk to renew the loan."),
        ),
    ),
    "overdue": (
        translate("Notice", "{product} was due back on {due}"),
        (
            translate(
                "Notice",
                "You borrowed {product} ({tag}); it was due back on {due}. A colleague may be waiting for it.",
            ),
            translate(
                "Notice",
                "Please bring it back as soon as you can, or ask the desk to renew the loan.",
            ),
        ),
    ),
    "ready": (
        translate("Notice", "Your reservation is ready: {product}"),
        (
            translate(
                "Notice",
                "{product} is ready for you at the lending desk (reserved from {start} to {end}).",
            ),
            translate(
                "Notice",
                "Bring your card; the desk scans it and you can take the product with you.",
            ),
        ),
    ),
    "waiting": (
        translate("Notice", "Your turn on the waiting list: {product}"),
        (
            translate(
                "Notice",
                "{product} ({tag}) is back at the lending desk and kept for you until {until}.",
            ),
            translate(
                "Notice",
                "Bring your card; the desk scans it and you can take the product with you. After that time it goes to the next colleague on the waiting list.",
            ),
            translate(
                "Notice",
                "No longer needed? Tell the desk, so a colleague gets it sooner.",
            ),
        ),
    ),
}

COMMON: dict[str, Message] = {
    "greeting": translate("Notice", "Dear {name},"),
    "closing": translate("Notice", "Kind regards,"),
    "contact": translate("Notice", "Questions? Contact the lending desk: {contact}"),
    "opt_out": translate(
        "Notice",
        "No longer want these e-mails? Reply to this message with 'unsubscribe', or tell the desk.",
    ),
    "auto": translate("Notice", "This message was sent automatically by LendingDesk."),
    "link": translate("Notice", "Give your review through this personal link (for you only):"),
    "button": translate("Notice", "Give your review"),
    "or_link": translate("Notice", "Or open this personal link (for you only):"),
    "no_link": translate(
        "Notice",
        "Drop by the lending desk: they will hand you a QR code for the review form on your phone.",
    ),
    "unsubscribe_subject": translate("Notice", "Unsubscribe from the lending desk's e-mails"),
}


BUTTON_STYLE = (
    "display:inline-block;padding:14px 22px;background:#1f6f7f;color:#ffffff;"
    "border-radius:6px;text-decoration:none;font-weight:bold;font-size:18px"
)


@dataclass(frozen=True)
class NoticeFacts:
    """What one notice may say (nothing else is given to the templates)."""

    kind: str
    lang: str
    name: str
    product: str = ""
    tag: str = ""
    due: str = ""
    start: str = ""
    end: str = ""
    until: str = ""  # the waiting list's hold: kept until (date and time)
    link: str | None = None


@dataclass(frozen=True)
class Sender:
    """Who the notices come from: the organisation's desk and how to reach it."""

    organisation: str
    contact: str = ""


@dataclass(frozen=True)
class Rendered:
    subject: str
    plain: str
    html: str


def language_of(lang: str | None) -> str:
    return "en" if (lang or "").lower().startswith("en") else "nl"


def render(facts: NoticeFacts, sender: Sender) -> Rendered:
    lang = language_of(facts.lang)
    subject_text, paragraphs = TEXTS[facts.kind]

    def words(key: str, **values: object) -> str:
        return COMMON[key].format(**values).render(lang)

    values = {
        "product": facts.product,
        "tag": facts.tag,
        "due": facts.due,
        "start": facts.start,
        "end": facts.end,
        "until": facts.until,
    }
    plain_parts = [words("greeting", name=facts.name)]
    html_parts = [_html_p(plain_parts[0])]
    for paragraph in paragraphs:
        if paragraph is LINK_PARAGRAPH:
            if facts.link:
                plain_parts.append(f"{words('link')}\n{facts.link}")
                url = html.escape(facts.link, quote=True)
                html_parts.append(
                    f'<p><a href="{url}" style="{BUTTON_STYLE}">{html.escape(words("button"))}</a>'
                    f"</p><p>{html.escape(words('or_link'))}<br>"
                    f'<a href="{url}" style="word-break:break-all">{url}</a></p>'
                )
            else:
                plain_parts.append(words("no_link"))
                html_parts.append(_html_p(words("no_link")))
            continue
        text = paragraph.format(**values).render(lang)
        plain_parts.append(text)
        html_parts.append(_html_p(text))
    signature = sender.organisation or "LendingDesk"
    plain_parts.append(f"{words('closing')}\n{signature}")
    html_parts.append(f"<p>{html.escape(words('closing'))}<br>{html.escape(signature)}</p>")
    footer = []
    if sender.contact:
        footer.append(words("contact", contact=sender.contact))
    footer += [words("opt_out"), words("auto")]
    plain = "\n\n".join(plain_parts) + "\n\n-- \n" + "\n".join(footer) + "\n"
    small = "".join(f"<br>{html.escape(line)}" for line in footer)[4:]
    subject = subject_text.format(**values).render(lang)
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(subject)}</title></head>"
        '<body style="font-family:sans-serif;font-size:16px;line-height:1.45;color:#1d2327">'
        + "".join(html_parts)
        + f'<hr><p style="font-size:13px;color:#50575e">{small}</p></body></html>\n'
    )
    return Rendered(subject, plain, page)


def _html_p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def unsubscribe_subject(lang: str) -> str:
    return COMMON["unsubscribe_subject"].render(language_of(lang))
