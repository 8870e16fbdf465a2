"""The web form's own wording (the questions come from the instrument): catalogue texts,
context "web", Dutch in resources/translations/texts_nl.ts."""

from __future__ import annotations

from functools import cache

from lendingdesk.translation import Message, translate

LANGS = ("nl", "en")

MESSAGES: dict[str, Message] = {
    "site": translate("web", "Lending service review"),
    "title": translate("web", "Your review"),
    "intro": translate(
        "web",
        "Thank you for giving a review. It takes about 5 minutes. Your review is checked before anything is published.",
    ),
    "product": translate("web", "Product"),
    "period": translate("web", "Borrowed"),
    "period_value": translate("web", "{start} to {end}"),
    "required": translate("web", "required"),
    "optional": translate("web", "optional"),
    "choose_one": translate("web", "Choose one answer."),
    "choose_any": translate("web", "Choose all that apply."),
    "na": translate("web", "Not applicable"),
    "sus_open": translate("web", "Ten short statements about ease of use"),
    "about_you": translate("web", "About you"),
    "name": translate("web", "Your name"),
    "name_help": translate(
        "web", "Not required. Only needed if your name may appear with the review."
    ),
    "discipline": translate("web", "Your role or discipline"),
    "discipline_help": translate("web", "For example: care assistant, physiotherapist."),
    "consent": translate("web", "My name may be published with this review."),
    "consent_help": translate(
        "web", "Without consent only the organisation or team is shown as the author."
    ),
    "consent_needs_name": translate(
        "web",
        "You gave consent to publish your name, but did not fill in a name. Fill in your name or untick the box.",
    ),
    "submit": translate("web", "Send review"),
    "problems_title": translate("web", "The review has not been sent yet"),
    "problems_intro": translate("web", "Please correct the marked answers:"),
    "missing": translate("web", "This answer is still missing."),
    "csrf": translate(
        "web",
        "The form had expired or did not come from this page. Your answers are still here; check them and send again.",
    ),
    "thanks_title": translate("web", "Thank you!"),
    "thanks": translate(
        "web",
        "Your review has been received. The lending service checks it and then publishes only what you allowed. You can close this page.",
    ),
    "used_title": translate("web", "Review already given"),
    "expired_title": translate("web", "Link expired"),
    "unknown_title": translate("web", "Link not found"),
    "home_title": translate("web", "Lending service review"),
    "home": translate("web", "Open the form with the QR code or the link on your return receipt."),
    "error_title": translate("web", "Something went wrong"),
    "error_400": translate(
        "web", "This request could not be read. Open the link on your return receipt again."
    ),
    "error_404": translate(
        "web", "This page does not exist. Open the link on your return receipt again."
    ),
    "error_405": translate(
        "web", "This page cannot be used this way. Open the link on your return receipt again."
    ),
    "error_413": translate(
        "web", "The form is too large to send. Shorten the comments and send again."
    ),
    "error_429": translate(
        "web", "Too many attempts in a short time. Wait a few minutes and try again."
    ),
    "error_500": translate(
        "web",
        "Something went wrong on our side; your review was not saved. Try again in a few minutes or ask the lending desk.",
    ),
    "error_503": translate(
        "web",
        "The review cannot be saved right now (the database cannot be reached). Try again in a few minutes.",
    ),
    "skip": translate("web", "To the form"),
}

# The way to the other language is offered in that language: these two are rendered in the
# page's other language (Dutch page: "English"; English page: "Nederlands").
IN_ITS_OWN_LANGUAGE: dict[str, Message] = {
    "switch": translate("web", "English", "this language's own name"),
    "switch_label": translate("web", "Read this page in English", "offered in this language"),
}


@cache
def texts(lang: str) -> dict[str, str]:
    """The form's words in ``lang`` ("nl" / "en"), put into words once per language."""
    words = {key: message.render(lang) for key, message in MESSAGES.items()}
    for key, message in IN_ITS_OWN_LANGUAGE.items():
        words[key] = message.render(other(lang))
    return words


def pick_language(*candidates: str | None, accept: str | None = None) -> str:
    """The first explicit choice that is nl/en, else the best of Accept-Language, else nl."""
    for choice in candidates:
        if choice in LANGS:
            return choice
    best, best_q = "nl", -1.0
    for position, part in enumerate((accept or "")[:500].split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        lang = tag.strip().lower()[:2]
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if lang in LANGS and quality - position * 1e-6 > best_q:
            best, best_q = lang, quality - position * 1e-6
    return best


def other(lang: str) -> str:
    return "en" if lang == "nl" else "nl"
