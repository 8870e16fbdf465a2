"""The one publishing path: what the Reviews screen's PDF and the platform bundle both publish."""

from datetime import date

import pytest

from lendingdesk.documents.reports import Period
from lendingdesk.domain.reviews import ScoredReview
from lendingdesk.exchange.publishing import (
    AuthorLabels,
    ExportReview,
    Moderation,
    ProductFacts,
    Redactor,
    dedupe,
    month_of,
    report_data,
)

ANNA = "Anna van der Berg"


def test_a_name_disappears_and_ordinary_words_survive():
    redact = Redactor([ANNA, "Thijs de Wit"])
    text = (
        "Anna van der Berg zette de tafel klaar, van der Berg ook. Op de tijd van het ontbijt "
        "werkt het aan de kant van de deur; bij Wit licht ging het mis, zei Thijs."
    )
    assert redact(text) == (
        "[naam] zette de tafel klaar, van der [naam] ook. Op de tijd van het ontbijt "
        "werkt het aan de kant van de deur; bij [naam] licht ging het mis, zei [naam]."
    )


def test_words_containing_a_name_are_kept():
    redact = Redactor(["Jan Berg"])
    assert redact("Bergschoenen en Januari, maar Berg niet.") == (
        "Bergschoenen en Januari, maar [naam] niet."
    )


@pytest.mark.parametrize(
    "written",
    [
        "06-12345678",
        "06 1234 5678",
        "0612345678",
        "020-1234567",
        "020 123 45 67",
        "(020) 123 45 67",
        "+31 6 12345678",
        "+31 (0)20 123 4567",
        "0031 20 1234567",
        "0570-123456",
    ],
)
def test_dutch_phone_numbers_are_blanked(written):
    assert Redactor([])(f"Bel mij op {written} als het stuk is.") == (
        "Bel mij op [telefoon] als het stuk is."
    )


@pytest.mark.parametrize(
    "kept",
    [
        "-20 % valincidenten",
        "in 2024 en 2025",
        "12 van de 14 bewoners",
        "postcode 7411 AB",
        "artikel 123456789",  # nine digits without a trunk 0: no phone number
        "ISO 9999 12.23.06",
        "LD0000017 stond klaar",  # an item's tag names no person
    ],
)
def test_numbers_that_are_not_phones_survive(kept):
    assert Redactor([ANNA])(kept) == kept


def test_email_and_card_codes_are_blanked_in_both_languages():
    text = "Mail a.vdberg@zorg-oost.nl of scan LP0000037 (of lp 0000037)."
    assert Redactor([])(text) == "Mail [e-mail] of scan [pascode] (of [pascode])."
    assert Redactor([], "en")(text) == "Mail [e-mail] of scan [card code] (of [card code])."


def test_removals_list_what_moderation_will_lose():
    redact = Redactor([ANNA])
    text = "Anna belde 06-12345678, mail anna@example.org, pas LP0000037; van der Berg ook."
    found = redact.removals(text)
    assert [(r.kind, r.text) for r in found] == [
        ("name", "Anna"),
        ("phone", "06-12345678"),
        ("email", "anna@example.org"),
        ("card", "LP0000037"),
        ("name", "Berg"),
    ]
    assert redact.removals("Niets bijzonders, van de tafel.") == []


def _review(rid, person, discipline, organisation, *, consent=False, answers=None):
    return ExportReview(
        id=rid,
        submitted=date(2025, 3, 1),
        result=ScoredReview("care-tech-review", 1, answers or {}, {"rating": 4}),
        moderation=Moderation.APPROVED,
        consent=consent,
        reviewer_name=person,
        discipline=discipline,
        organisation=organisation,
    )


def test_a_label_is_published_only_when_k_people_share_it():
    reviews = [
        # One psychologist at Zonnehuis, on ten reviews: the demo's case.
        *(_review(f"P{i}", "Petra Psy", "psycholoog", "Zonnehuis") for i in range(10)),
        _review("V1", "Vera", "verpleegkundige", "Zonnehuis"),
        _review("V2", "Wim", "verpleegkundige", "Zonnehuis"),
        _review("V3", "Xandra", "verpleegkundige", "Zonnehuis"),
        _review("F1", "Fleur", "fysiotherapeut", "De Linde"),
        _review("N1", "Noor", "verpleegkundige", "De Linde", consent=True),
    ]
    authors = AuthorLabels(reviews, k=3)
    by_id = {r.id: authors.author(r).display for r in reviews}
    assert by_id["V1"] == "verpleegkundige, Zonnehuis"  # three people share it
    assert by_id["P0"] == "Zonnehuis"  # ten reviews, but one person: organisation only
    assert by_id["F1"] == "Zorgprofessional"  # two people at De Linde: nothing
    assert by_id["N1"] == "Noor, verpleegkundige, De Linde"  # consent: named as she chose
    assert AuthorLabels(reviews, k=1).author(reviews[0]).display == "psycholoog, Zonnehuis"
    assert AuthorLabels(reviews, k=4).author(reviews[10]).display == "Zonnehuis"  # 4 people
    assert AuthorLabels(reviews, k=5).author(reviews[10], "en").display == "Care professional"


def test_report_data_has_plus_and_minus_points_and_tips_each_once():
    redact = Redactor([ANNA])
    reviews = [
        _review(
            f"R{i}",
            name,
            "verpleegkundige",
            "Zonnehuis",
            answers={
                "pros": "Rust aan tafel.",
                "cons": cons,
                "tips": "Begin kort!" if i else "begin   kort",
            },
        )
        for i, (name, cons) in enumerate(
            [(ANNA, "Anna van der Berg vond het te fel."), ("Bo", "-20 % batterij per dag")]
        )
    ]
    data = report_data(
        ProductFacts("Tovertafel", loans=4),
        reviews,
        Period(),
        redact=redact,
        authors=AuthorLabels(reviews, k=3),
    )
    assert [q.text for q in data.quotes] == ["Rust aan tafel."]
    assert [q.text for q in data.minus] == ["[naam] vond het te fel.", "-20 % batterij per dag"]
    assert {q.author for q in data.minus} == {"Zorgprofessional"}  # two people: k not reached
    assert data.tips == ["begin   kort"]
    assert data.loans == 4 and len(data.reviews) == 2


def test_dedupe_and_month():
    assert dedupe(["Kort beginnen.", "kort  beginnen", "", "Anders"]) == [
        "Kort beginnen.",
        "Anders",
    ]
    assert month_of(date(2025, 3, 9)) == "2025-03" and month_of(None) is None
