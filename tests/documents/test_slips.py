"""Loan slips and return receipts: Dutch first, every code on them scans back."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pytest
from reportlab.pdfbase import pdfmetrics

from lendingdesk.documents import InvalidDocumentInput, SlipData, SlipKind, SlipLine, render_slip
from lendingdesk.documents.fonts import SANS, SANS_BOLD
from lendingdesk.domain.codes import format_badge, format_tag, parse_badge, parse_tag

from .pdfcheck import normalise, read_pdf

BADGE = format_badge(1250)
LINES = (
    SlipLine(
        format_tag(427),
        "PARO robotzeehond",
        due=date(2025, 3, 14),
        lent_on=date(2025, 2, 28),
        returned_on=date(2025, 3, 20),
        accessories=("oplader (fopspeen)", "reinigingsspray"),
        care_instructions="Vacht niet wassen: reinigingsspray en vochtige doek.",
        condition_in="goed, licht vuil",
        accessories_returned=("oplader (fopspeen)",),
        missing_accessories=("reinigingsspray",),
        damage="Klein scheurtje in de vacht",
    ),
    SlipLine(
        format_tag(1250),
        "Tovertafel Qwiek.up Cliëntvriendelijk",
        due=date(2025, 3, 28),
        lent_on=date(2025, 2, 14),
        returned_on=date(2025, 3, 20),
        accessories=("afstandsbediening", "borg € 0"),
        care_instructions="Lens met microvezeldoek; ïnstellingen terugzetten.",
        accessories_returned=("afstandsbediening", "borg € 0"),
    ),
)
DATA = SlipData(
    kind=SlipKind.CHECKOUT,
    loan_ids=(1001, 1002),
    borrower_name="Joëlle van den Berg",
    borrower_badge=BADGE,
    borrower_team="Team Dementie – Locatie Ëlst",
    desk_name="Uitleenservice Zorgtechnologie – Zorggroep De Één",
    desk_contact="uitleen@zorggroep.example · 030 123 45 67",
    issued_at=datetime(2025, 2, 28, 14, 5),
    lines=LINES,
)
RETURN = replace(
    DATA,
    kind=SlipKind.RETURN,
    review_invitation="Laat een review achter: hoe bevielen de producten?",
)


def render(data: SlipData, paper: str = "a4", lang: str = "nl") -> bytes:
    out = io.BytesIO()
    render_slip(data, out, paper, lang)
    return out.getvalue()


@pytest.mark.parametrize("paper", ["a4", "a5", "receipt80"])
@pytest.mark.parametrize("data", [DATA, RETURN], ids=["checkout", "return"])
def test_every_item_and_the_badge_scan_back(data, paper):
    pages = read_pdf(render(data, paper))
    codes = [c.text for page in pages for c in page.codes]
    assert sorted(codes) == sorted([BADGE, *(line.tag for line in data.lines)])
    assert parse_badge(BADGE) in codes
    assert {parse_tag(c) for c in codes} - {None} == {line.tag for line in data.lines}
    for page in pages:
        assert page.image_objects == 0


def test_checkout_slip_in_dutch_says_everything_the_borrower_signs_for():
    text = normalise(read_pdf(render(DATA))[0].text)
    for expected in (
        "Uitleenbon",
        "Joëlle van den Berg",
        "Team Dementie – Locatie Ëlst",
        "Tovertafel Qwiek.up Cliëntvriendelijk",
        "Terug op: 14 maart 2025",
        "Terug op: 28 maart 2025",
        "Meegegeven: afstandsbediening, borg € 0",
        "Vacht niet wassen: reinigingsspray en vochtige doek.",
        "ïnstellingen terugzetten",
        "bruikleen",
        "Handtekening lener",
        "Handtekening uitleenservice",
        "Datum: 28 februari 2025 14:05",
        "Geleend op: 28 februari 2025",
        "Geleend op: 14 februari 2025",  # each loan its own date, not the first one's
        "uitleen@zorggroep.example",
    ):
        assert expected in text, expected
    assert "Ontbreekt" not in text  # return-only facts stay off the loan slip
    assert "1001" not in text and "1002" not in text  # internal loan numbers are not shown
    assert "TE LAAT" not in text


def test_overdue_due_dates_are_marked():
    reprint = replace(DATA, issued_at=datetime(2025, 3, 20, 9, 0))
    text = normalise(read_pdf(render(reprint))[0].text)
    assert "Terug op: 14 maart 2025 — TE LAAT" in text
    assert "Terug op: 28 maart 2025 Meegegeven" in text  # not yet due: unmarked
    english = normalise(read_pdf(render(reprint, lang="en"))[0].text)
    assert "Due: 14 March 2025 — OVERDUE" in english
    receipt = normalise(read_pdf(render(RETURN))[0].text)
    assert "Teruggebracht op: 20 maart 2025 — te laat, terug op 14 maart 2025" in receipt
    assert "Teruggebracht op: 20 maart 2025 Staat" not in receipt


def test_return_receipt_records_condition_missing_accessories_and_review_invitation():
    text = normalise(read_pdf(render(RETURN))[0].text)
    for expected in (
        "Innamebewijs",
        "Staat bij inname: goed, licht vuil",
        "Terug ontvangen: oplader (fopspeen)",
        "Ontbreekt: reinigingsspray",
        "Ontbreekt: geen",
        "Schade: Klein scheurtje in de vacht",
        "Laat een review achter: hoe bevielen de producten?",
        "Geleend op: 14 februari 2025",
    ):
        assert expected in text, expected
    assert "Terug op:" not in text


def test_english_variant():
    text = normalise(read_pdf(render(DATA, lang="en"))[0].text)
    for expected in ("Loan slip", "Due: 14 March 2025", "Handed over:", "Borrower's signature"):
        assert expected in text, expected
    assert "Uitleenbon" not in text


def test_receipt_is_one_80_mm_page_as_long_as_its_content():
    short = read_pdf(render(replace(DATA, lines=LINES[:1]), "receipt80"))
    long = read_pdf(render(replace(DATA, lines=LINES * 6), "receipt80"))
    assert len(short) == len(long) == 1
    assert short[0].width_mm == pytest.approx(80.0)
    assert long[0].height_mm > short[0].height_mm + 5 * 25  # five more QR rows at least
    assert len(long[0].codes) == 13


def test_many_items_flow_over_pages_without_losing_a_code():
    lines = tuple(
        replace(LINES[i % 2], tag=format_tag(500 + i), product=f"Zembro GPS-horloge {i}")
        for i in range(12)
    )
    pages = read_pdf(render(replace(DATA, lines=lines), "a5"))
    assert len(pages) > 1
    codes = sorted(c.text for page in pages for c in page.codes)
    assert codes == sorted([BADGE, *(line.tag for line in lines)])
    assert "Pagina 2" in pages[1].text


def test_slip_without_badge_still_prints():
    pages = read_pdf(render(replace(DATA, borrower_badge=None)))
    assert sorted(c.text for c in pages[0].codes) == sorted(line.tag for line in LINES)


def test_fonts_are_embedded_and_no_standard_font_is_declared():
    data = render(DATA)
    assert b"/FontFile2" in data
    assert b"/Helvetica" not in data


def test_kind_may_be_given_as_text():
    assert replace(DATA, kind="return").kind is SlipKind.RETURN


@pytest.mark.parametrize(
    "call",
    [
        lambda: render(DATA, paper="letter"),
        lambda: render(DATA, lang="fr"),
        lambda: replace(DATA, lines=()),
        lambda: replace(
            DATA, borrower_badge=f"{BADGE[:-1]}{(int(BADGE[-1]) + 1) % 10}"
        ),  # wrong check digit
    ],
    ids=["paper", "lang", "no-lines", "bad-badge"],
)
def test_bad_input_is_refused_in_both_languages(call):
    with pytest.raises(InvalidDocumentInput) as info:
        call()
    assert info.value.message("nl") != info.value.message("en")


def test_every_letter_of_a_name_prints():
    data = replace(DATA, borrower_name="Bőrőczki Ildikó", borrower_team="Łódź – Ærø")
    text = normalise(read_pdf(render(data))[0].text)
    assert "Bőrőczki Ildikó" in text and "Łódź – Ærø" in text
    # The text layer holds the letters even when a font has no glyph for them (a box is
    # printed): the embedded font itself must draw every one.
    for font in (SANS, SANS_BOLD):
        glyphs = pdfmetrics.getFont(font).face.charToGlyph
        assert [c for c in "Bőrőczki Ildikó Łódź – Ærø" if ord(c) not in glyphs] == []


@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_the_last_page_has_an_item_above_the_signatures(paper):
    for count in range(1, 16):
        lines = tuple(
            replace(LINES[i % 2], tag=format_tag(500 + i), product=f"Zembro GPS-horloge {i}")
            for i in range(count)
        )
        pages = read_pdf(render(replace(DATA, lines=lines), paper))
        last = normalise(pages[-1].text)
        assert "Handtekening lener" in last
        assert last.count("Zembro GPS-horloge") >= 1, (paper, count, len(pages))


def test_a_kit_lent_incomplete_says_what_it_went_out_without():
    """The borrower signs for what went out, and the slip says which parts were not there,
    so they are not asked back at the return."""
    kit = replace(LINES[1], accessories=("afstandsbediening",), not_included=("muurbeugel",))
    text = normalise(read_pdf(render(replace(DATA, lines=(kit,))))[0].text)
    assert "Meegegeven: afstandsbediening" in text
    assert "Uitgeleend zonder: muurbeugel" in text
    english = normalise(read_pdf(render(replace(DATA, lines=(kit,)), lang="en"))[0].text)
    assert "Lent without: muurbeugel" in english
    assert "Uitgeleend zonder" not in normalise(read_pdf(render(DATA))[0].text)


@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_a_product_with_long_care_instructions_flows_over_pages(paper):
    """A cleaning protocol as long as the catalogue allows (5,000 characters) made one item
    taller than a page: the slip failed with reportlab's LayoutError, at the desk and in
    `lendingdesk slip`. The item's text now continues on the next page."""
    care = ("Afnemen met een vochtige doek, daarna drogen. " * 120)[:5000]
    lines = (replace(LINES[0], care_instructions=care), LINES[1])
    pages = read_pdf(render(replace(DATA, lines=lines), paper))
    assert len(pages) > 1
    text = normalise(" ".join(page.text for page in pages))
    assert normalise(care[-60:].strip()) in text  # nothing of it lost
    codes = sorted(c.text for page in pages for c in page.codes)
    assert codes == sorted([BADGE, *(line.tag for line in lines)])


@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_a_long_last_item_starts_on_the_first_page_and_the_signatures_name_it(paper):
    """The last item stays on the page of the signatures; one taller than a page went to a
    page of its own, leaving page 1 with the heading "Producten" and nothing under it. It now
    starts on page 1, and the signature block names what it is signed for, wherever it lands."""
    care = ("Afnemen met een vochtige doek, daarna drogen. " * 120)[:5000]
    long_one = replace(LINES[0], care_instructions=care)
    for lines in ((long_one,), (LINES[1], long_one)):
        pages = read_pdf(render(replace(DATA, lines=lines), paper))
        assert long_one.tag in [c.text for c in pages[0].codes], (paper, len(lines))
        last = normalise(pages[-1].text)
        assert "Handtekening lener" in last
        tags = ", ".join(line.tag for line in lines)
        assert f"Getekend voor de producten op deze bon: {tags}." in last
    english = normalise(read_pdf(render(replace(DATA, lines=(long_one,)), paper, "en"))[-1].text)
    assert f"Signed for the items on this slip: {long_one.tag}." in english
