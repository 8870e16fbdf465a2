"""The web form's own wording in Dutch and English (the questions come from the instrument)."""

from __future__ import annotations

LANGS = ("nl", "en")

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "site": "Review uitleenservice",
        "title": "Uw review",
        "intro": "Fijn dat u een review geeft. Het duurt ongeveer 5 minuten. Uw review wordt "
        "eerst nagekeken voordat er iets gepubliceerd wordt.",
        "product": "Product",
        "period": "Geleend",
        "period_value": "{start} tot {end}",
        "required": "verplicht",
        "optional": "optioneel",
        "choose_one": "Kies één antwoord.",
        "choose_any": "Kies wat van toepassing is.",
        "na": "Niet van toepassing",
        "sus_open": "Tien korte uitspraken over het gebruiksgemak",
        "about_you": "Over u",
        "name": "Uw naam",
        "name_help": "Niet verplicht. Alleen nodig als uw naam bij de review mag staan.",
        "discipline": "Uw functie of discipline",
        "discipline_help": "Bijvoorbeeld: verzorgende IG, fysiotherapeut.",
        "consent": "Mijn naam mag bij deze review gepubliceerd worden.",
        "consent_help": "Zonder toestemming staat als auteur alleen de organisatie of het team.",
        "consent_needs_name": "U gaf toestemming om uw naam te publiceren, maar vulde geen naam "
        "in. Vul uw naam in of zet het vinkje uit.",
        "submit": "Review versturen",
        "problems_title": "De review is nog niet verstuurd",
        "problems_intro": "Verbeter de gemarkeerde antwoorden:",
        "missing": "Dit antwoord ontbreekt nog.",
        "csrf": "Het formulier was verlopen of kwam niet van deze pagina. Uw antwoorden staan er "
        "nog; controleer ze en verstuur opnieuw.",
        "thanks_title": "Dank u wel!",
        "thanks": "Uw review is ontvangen. De uitleenservice kijkt hem na en publiceert daarna "
        "alleen wat u hebt toegestaan. U kunt deze pagina sluiten.",
        "used_title": "Review al gegeven",
        "expired_title": "Link verlopen",
        "unknown_title": "Link niet gevonden",
        "home_title": "Review uitleenservice",
        "home": "Open het formulier met de QR-code of de link op uw innamebon.",
        "error_title": "Er ging iets mis",
        "error_400": "Dit verzoek kon niet gelezen worden. Open de link van uw innamebon opnieuw.",
        "error_404": "Deze pagina bestaat niet. Open de link van uw innamebon opnieuw.",
        "error_405": "Deze pagina kan zo niet gebruikt worden. Open de link van uw innamebon opnieuw.",
        "error_413": "Het formulier is te groot om te versturen. Maak de toelichtingen korter en "
        "verstuur opnieuw.",
        "error_429": "Te veel pogingen in korte tijd. Wacht een paar minuten en probeer het "
        "opnieuw.",
        "error_500": "Er ging aan onze kant iets mis; uw review is niet opgeslagen. Probeer het "
        "over een paar minuten opnieuw of vraag het de uitleenbalie.",
        "error_503": "De review kan nu niet worden opgeslagen (de database is niet bereikbaar). "
        "Probeer het over een paar minuten opnieuw.",
        "switch": "English",
        "switch_label": "Read this page in English",
        "skip": "Naar het formulier",
    },
    "en": {
        "site": "Lending service review",
        "title": "Your review",
        "intro": "Thank you for giving a review. It takes about 5 minutes. Your review is checked "
        "before anything is published.",
        "product": "Product",
        "period": "Borrowed",
        "period_value": "{start} to {end}",
        "required": "required",
        "optional": "optional",
        "choose_one": "Choose one answer.",
        "choose_any": "Choose all that apply.",
        "na": "Not applicable",
        "sus_open": "Ten short statements about ease of use",
        "about_you": "About you",
        "name": "Your name",
        "name_help": "Not required. Only needed if your name may appear with the review.",
        "discipline": "Your role or discipline",
        "discipline_help": "For example: care assistant, physiotherapist.",
        "consent": "My name may be published with this review.",
        "consent_help": "Without consent only the organisation or team is shown as the author.",
        "consent_needs_name": "You gave consent to publish your name, but did not fill in a "
        "name. Fill in your name or untick the box.",
        "submit": "Send review",
        "problems_title": "The review has not been sent yet",
        "problems_intro": "Please correct the marked answers:",
        "missing": "This answer is still missing.",
        "csrf": "The form had expired or did not come from this page. Your answers are still "
        "here; check them and send again.",
        "thanks_title": "Thank you!",
        "thanks": "Your review has been received. The lending service checks it and then "
        "publishes only what you allowed. You can close this page.",
        "used_title": "Review already given",
        "expired_title": "Link expired",
        "unknown_title": "Link not found",
        "home_title": "Lending service review",
        "home": "Open the form with the QR code or the link on your return receipt.",
        "error_title": "Something went wrong",
        "error_400": "This request could not be read. Open the link on your return receipt again.",
        "error_404": "This page does not exist. Open the link on your return receipt again.",
        "error_405": "This page cannot be used this way. Open the link on your return receipt "
        "again.",
        "error_413": "The form is too large to send. Shorten the comments and send again.",
        "error_429": "Too many attempts in a short time. Wait a few minutes and try again.",
        "error_500": "Something went wrong on our side; your review was not saved. Try again in "
        "a few minutes or ask the lending desk.",
        "error_503": "The review cannot be saved right now (the database cannot be reached). "
        "Try again in a few minutes.",
        "switch": "Nederlands",
        "switch_label": "Lees deze pagina in het Nederlands",
        "skip": "To the form",
    },
}


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
