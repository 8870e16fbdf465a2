"""The words of the e-mail notices, in Dutch and English: one plain-text and one HTML body made
from the same paragraphs, so the two parts of a mail can never say different things.

Only what the professional needs is in a notice: their own name, the product and its tag, the
dates of their own loan or reservation, their review link, the desk's contact. Never the client
setting or group, notes, damage, or anyone else's data.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

KINDS = ("invitation", "reminder", "predue", "due", "overdue", "ready")

# Per kind and language: the subject, then the paragraphs. {placeholders} are filled from
# NoticeFacts; "{link_paragraph}" is the review link (or what to do without one).
TEXTS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "invitation": {
        "nl": (
            "Hoe ging het met {product}? Geef uw review",
            (
                "U heeft {product} ({tag}) teruggebracht. Bedankt!",
                "Wilt u vertellen hoe het ging? Uw ervaring helpt collega's kiezen welke "
                "zorgtechnologie werkt. Het invullen duurt een paar minuten, ook op uw telefoon.",
                "{link_paragraph}",
            ),
        ),
        "en": (
            "How did {product} work out? Give your review",
            (
                "You returned {product} ({tag}). Thank you!",
                "Would you tell us how it went? Your experience helps colleagues choose the "
                "care technology that works. It takes a few minutes, on your phone too.",
                "{link_paragraph}",
            ),
        ),
    },
    "reminder": {
        "nl": (
            "Herinnering: uw review van {product}",
            (
                "Een tijdje geleden heeft u {product} ({tag}) teruggebracht. We hebben uw "
                "ervaring nog niet ontvangen; het kan nog steeds.",
                "{link_paragraph}",
                "Dit is de enige herinnering die u hierover krijgt.",
            ),
        ),
        "en": (
            "Reminder: your review of {product}",
            (
                "A while ago you returned {product} ({tag}). We have not received your "
                "experience yet; there is still time.",
                "{link_paragraph}",
                "This is the only reminder you will get about it.",
            ),
        ),
    },
    "predue": {
        "nl": (
            "{product} moet {due} terug",
            (
                "U heeft {product} ({tag}) geleend. Breng het uiterlijk {due} terug naar de "
                "uitleenbalie, met de lader en alle onderdelen.",
                "Heeft u het langer nodig? Vraag aan de balie om te verlengen.",
            ),
        ),
        "en": (
            "{product} is due back on {due}",
            (
                "You borrowed {product} ({tag}). Please bring it back to the lending desk by "
                "{due}, with its charger and all accessories.",
                "Do you need it longer? Ask the desk to renew the loan.",
            ),
        ),
    },
    "due": {
        "nl": (
            "{product} moet vandaag terug",
            (
                "U heeft {product} ({tag}) geleend; het moet vandaag ({due}) terug naar de "
                "uitleenbalie, met de lader en alle onderdelen.",
                "Heeft u het langer nodig? Vraag aan de balie om te verlengen.",
            ),
        ),
        "en": (
            "{product} is due back today",
            (
                "You borrowed {product} ({tag}); it is due back at the lending desk today "
                "({due}), with its charger and all accessories.",
                "Do you need it longer? Ask the desk to renew the loan.",
            ),
        ),
    },
    "overdue": {
        "nl": (
            "{product} had {due} terug moeten zijn",
            (
                "U heeft {product} ({tag}) geleend; het had {due} terug moeten zijn. Een "
                "collega wacht er misschien op.",
                "Breng het zo snel mogelijk terug, of vraag aan de balie om te verlengen.",
            ),
        ),
        "en": (
            "{product} was due back on {due}",
            (
                "You borrowed {product} ({tag}); it was due back on {due}. A colleague may be "
                "waiting for it.",
                "Please bring it back as soon as you can, or ask the desk to renew the loan.",
            ),
        ),
    },
    "ready": {
        "nl": (
            "Uw reservering staat klaar: {product}",
            (
                "{product} staat voor u klaar aan de uitleenbalie (gereserveerd van {start} tot "
                "en met {end}).",
                "Neem uw pas mee; de balie scant die en u kunt het meenemen.",
            ),
        ),
        "en": (
            "Your reservation is ready: {product}",
            (
                "{product} is ready for you at the lending desk (reserved from {start} to {end}).",
                "Bring your card; the desk scans it and you can take the product with you.",
            ),
        ),
    },
}

COMMON = {
    "nl": {
        "greeting": "Beste {name},",
        "closing": "Met vriendelijke groet,",
        "contact": "Vragen? Neem contact op met de uitleenbalie: {contact}",
        "opt_out": "Wilt u deze e-mails niet meer ontvangen? Antwoord op dit bericht met "
        "'afmelden', of zeg het aan de balie.",
        "auto": "Dit bericht is automatisch verstuurd door LendingDesk.",
        "link": "Geef uw review via deze persoonlijke link (alleen voor u):",
        "button": "Review geven",
        "or_link": "Of open deze persoonlijke link (alleen voor u):",
        "no_link": "Kom even langs de uitleenbalie: daar krijgt u een QR-code voor het "
        "reviewformulier op uw telefoon.",
        "unsubscribe_subject": "Afmelden voor e-mails van de uitleenbalie",
    },
    "en": {
        "greeting": "Dear {name},",
        "closing": "Kind regards,",
        "contact": "Questions? Contact the lending desk: {contact}",
        "opt_out": "No longer want these e-mails? Reply to this message with 'unsubscribe', "
        "or tell the desk.",
        "auto": "This message was sent automatically by LendingDesk.",
        "link": "Give your review through this personal link (for you only):",
        "button": "Give your review",
        "or_link": "Or open this personal link (for you only):",
        "no_link": "Drop by the lending desk: they will hand you a QR code for the review form "
        "on your phone.",
        "unsubscribe_subject": "Unsubscribe from the lending desk's e-mails",
    },
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
    subject, paragraphs = TEXTS[facts.kind][lang]
    words = COMMON[lang]
    values = {
        "product": facts.product,
        "tag": facts.tag,
        "due": facts.due,
        "start": facts.start,
        "end": facts.end,
    }
    plain_parts = [words["greeting"].format(name=facts.name)]
    html_parts = [_html_p(plain_parts[0])]
    for paragraph in paragraphs:
        if paragraph == "{link_paragraph}":
            if facts.link:
                plain_parts.append(f"{words['link']}\n{facts.link}")
                url = html.escape(facts.link, quote=True)
                html_parts.append(
                    f'<p><a href="{url}" style="{BUTTON_STYLE}">{html.escape(words["button"])}</a>'
                    f"</p><p>{html.escape(words['or_link'])}<br>"
                    f'<a href="{url}" style="word-break:break-all">{url}</a></p>'
                )
            else:
                plain_parts.append(words["no_link"])
                html_parts.append(_html_p(words["no_link"]))
            continue
        text = paragraph.format(**values)
        plain_parts.append(text)
        html_parts.append(_html_p(text))
    signature = sender.organisation or "LendingDesk"
    plain_parts.append(f"{words['closing']}\n{signature}")
    html_parts.append(f"<p>{html.escape(words['closing'])}<br>{html.escape(signature)}</p>")
    footer = []
    if sender.contact:
        footer.append(words["contact"].format(contact=sender.contact))
    footer += [words["opt_out"], words["auto"]]
    plain = "\n\n".join(plain_parts) + "\n\n-- \n" + "\n".join(footer) + "\n"
    small = "".join(f"<br>{html.escape(line)}" for line in footer)[4:]
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(subject.format(**values))}</title></head>"
        '<body style="font-family:sans-serif;font-size:16px;line-height:1.45;color:#1d2327">'
        + "".join(html_parts)
        + f'<hr><p style="font-size:13px;color:#50575e">{small}</p></body></html>\n'
    )
    return Rendered(subject.format(**values), plain, page)


def _html_p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def unsubscribe_subject(lang: str) -> str:
    return COMMON[language_of(lang)]["unsubscribe_subject"]
