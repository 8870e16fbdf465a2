import dataclasses
import io
import subprocess
import time
from datetime import date, datetime

import pypdfium2 as pdfium
import pytest

from lendingdesk import translation
from lendingdesk.documents import reports
from lendingdesk.documents.report_style import printable
from lendingdesk.documents.reports import (
    Period,
    ProductReportData,
    Quote,
    format_number,
    render_overview_report,
    render_product_report,
)
from lendingdesk.domain.reviews import (
    ScoredReview,
    list_instruments,
    load_instrument,
    score_review,
    summarize,
)
from lendingdesk.domain.reviews.samples import sample_reviews
from tests.reviews.factories import care_answers
from tests.reviews.pdfcheck import ink_outside, page_count, pdf_text

MADE = datetime(2025, 7, 1, 9, 30)
LONG_URL = (
    "https://zorgtechnologie.example/handleidingen/tovertafel/" + "schoonmaak-" * 8 + "v2.pdf"
)


def render(data: ProductReportData, lang: str = "nl") -> bytes:
    out = io.BytesIO()
    pages = render_product_report(data, out, lang=lang, generated_at=MADE)
    pdf = out.getvalue()
    assert pdf.startswith(b"%PDF") and page_count(pdf) == pages
    return pdf


def scored(answers: dict) -> ScoredReview:
    care = load_instrument("care-tech-review")
    return ScoredReview(care.key, care.version, answers, score_review(care, answers))


@pytest.fixture(scope="module")
def busy() -> ProductReportData:
    return ProductReportData(
        name="Tovertafel Original",
        maker="Tover",
        category="Leefplezier en welzijn",
        period=Period(date(2025, 1, 1), date(2025, 6, 30)),
        loans=37,
        reviews=sample_reviews(24, seed=3),
        quotes=[
            Quote(
                "Mevrouw lachte voor het eerst in weken hardop. " * 4,
                "Anouk de Vries, verpleegkundige",
            ),
            Quote(
                "Klaarzetten kost even, daarna loopt het vanzelf.",
                "Activiteitenbegeleider, Zorggroep Noord",
            ),
        ],
        tips=["Begin met korte sessies.", f"Handleiding: {LONG_URL}"],
        cleaning="Lens droog afnemen. Vervangend lenskapje kost € 12,50; geen alcohol op de lens.",
    )


def test_dutch_report_prints_the_gated_aggregates(busy):
    text = pdf_text(render(busy))
    summary = summarize(busy.reviews)
    assert "Tovertafel Original" in text and "Reviewrapport zorgtechnologie" in text
    assert f"{format_number(summary.rating.mean, 1, 'nl')} van 5 · n = 24" in text
    assert format_number(summary.sus.mean, 1, "nl") in text
    assert f"cijfer {summary.sus_grade}" in text
    assert format_number(summary.nps.score, 0, "nl", signed=True) in text
    assert "Positieve Gezondheid" in text and "Cliëntgroep" in text
    assert "€ 12,50" in text  # the embedded font prints the euro sign and ë
    assert "1 januari 2025 – 30 juni 2025 · 37 uitleningen · 24 reviews" in text
    assert "pagina 1 van" in text


def test_english_report_uses_english_words_and_decimal_point(busy):
    text = pdf_text(render(busy, "en"))
    summary = summarize(busy.reviews)
    assert "Care technology review report" in text and "Overall rating" in text
    assert f"{format_number(summary.rating.mean, 1, 'en')} out of 5" in text
    assert "." in format_number(summary.rating.mean, 1, "en")
    assert "Positive Health" in text and "page 1 of" in text
    assert "Reviewrapport" not in text


def test_too_few_reviews_prints_no_mean():
    two = [
        scored(care_answers(overall=5, recommend=10)),
        scored(care_answers(overall=1, recommend=0)),
    ]
    data = ProductReportData(name="PARO", maker="Intelligent System Co.", loans=4, reviews=two)
    text = pdf_text(render(data))
    assert "te weinig reviews (n = 2)" in text
    assert "3,0" not in text  # the mean of 5 and 1
    assert "+0" not in text and "−" not in text.split("Over dit rapport")[0]  # no NPS
    assert "vanaf 3 reviews" in text
    assert "Positieve Gezondheid" not in text  # no charts over two reviews
    assert "too few reviews (n = 2)" in pdf_text(render(data, "en"))


def test_three_reviews_are_enough():
    three = [scored(care_answers(overall=v)) for v in (5, 4, 3)]
    text = pdf_text(render(ProductReportData(name="Qwiek.up", reviews=three)))
    assert "4,0 van 5 · n = 3" in text
    assert "te weinig reviews" not in text.split("Over dit rapport")[0]


def test_no_reviews_yet():
    text = pdf_text(render(ProductReportData(name="Medido", loans=0)))
    assert "nog geen goedgekeurde reviews" in text


def test_user_text_is_printed_literally_and_emoji_are_dropped():
    quote = Quote('Werkt <b>super</b> & "rustig" 😀👍🏽 — top', "Team <Noord> & Zuid")
    data = ProductReportData(
        name="Tessa & co <robot>", reviews=[], quotes=[quote], tips=["Tip: 5 < 6 & 7 > 3"]
    )
    text = pdf_text(render(data))
    assert 'Werkt <b>super</b> & "rustig" — top' in text
    assert "Team <Noord> & Zuid" in text
    assert "Tessa & co <robot>" in text
    assert "Tip: 5 < 6 & 7 > 3" in text
    assert "?" not in text


def test_missing_letters_are_marked_not_dropped():
    assert printable("漢字") == "??"  # a script the font lacks
    assert printable("Kovács Ildikó, Bőrőczki, Łukasz, Привет") == (
        "Kovács Ildikó, Bőrőczki, Łukasz, Привет"
    )
    assert printable("café 😀 ok") == "café ok"
    assert printable("zoë\nregel") == "zoë\nregel"


def test_all_report_and_instrument_wording_is_drawable():
    # Every printed word of the documents in both languages, plural forms included.
    texts = [
        text
        for lang in ("nl", "en")
        for (context, source, _), forms in translation.catalogue(lang).items()
        if context in ("Report", "Document")
        for text in (source, *forms)
    ]
    assert len(texts) > 2 * len(reports._STRINGS)
    for instrument in list_instruments():
        for item in instrument.items:
            texts += [item.label.nl, item.label.en, item.short_label.nl, item.short_label.en]
            texts += [t for o in item.options for t in (o.label.nl, o.label.en)]
    assert [t for t in texts if printable(t) != t] == []


def _fonts(pdf: bytes, tmp_path) -> list[dict[str, str]]:
    """pdffonts' table: one row per font the PDF references."""
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    header = lines[0]
    emb = header.index("emb")
    return [{"name": line.split()[0], "emb": line[emb : emb + 3].strip()} for line in lines[2:]]


def test_every_font_is_embedded_and_every_letter_prints(busy, tmp_path):
    data = dataclasses.replace(
        busy,
        quotes=[Quote("Bőrőczki Ildikó: ‘€ 5,– per dag’", "Łukasz, fysiotherapeut")],
        tips=["Zoë’s tip: eerst de lens.", "Tweede tip."],  # a bulleted list
    )
    pdf = render(data)
    fonts = _fonts(pdf, tmp_path)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    assert not [f for f in fonts if "Helvetica" in f["name"]]
    text = pdf_text(pdf)
    assert "Bőrőczki Ildikó: ‘€ 5,– per dag’" in text and "Łukasz" in text
    path = tmp_path / "report.pdf"
    poppler = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert "Bőrőczki" in poppler.stdout and "Zoë’s tip" in poppler.stdout


def test_plus_points_minus_points_and_tips_are_all_shown(busy):
    data = dataclasses.replace(
        busy,
        quotes=[Quote("Rust aan tafel.", "A"), Quote("Bewoners doen mee.", "B")],
        minus=[Quote("-20 % batterij per dag.", "Zorgprofessional")],
        tips=["Begin kort."],
    )
    text = pdf_text(render(data))
    practice = text[text.index("Uit de praktijk") : text.index("Over dit rapport")]
    assert "2 pluspunten en 1 minpunt" in practice
    assert practice.index("Pluspunten") < practice.index("Rust aan tafel")
    assert practice.index("Minpunten") < practice.index("“-20 % batterij per dag.”")
    assert "Begin kort." in practice
    assert "pluspunten, minpunten en tips staan er naast elkaar in" in text
    english = pdf_text(render(data, "en"))
    assert "Plus points" in english and "Minus points" in english
    none = pdf_text(render(dataclasses.replace(data, minus=[])))
    assert "geen minpunten genoemd" in none  # said, not silently missing


def test_dutch_number_agreement():
    one = pdf_text(
        render(ProductReportData(name="PARO", loans=1, reviews=[scored(care_answers())]))
    )
    assert "Er is nog maar 1 goedgekeurde review." in one
    assert "na 1 uitlening (100 %)" in one and "1 uitlening ·" in one
    answers = [care_answers(overall=4, recommend=r) for r in (10, 9, 8, 7, 3)]
    nps = pdf_text(render(ProductReportData(name="PARO", reviews=[scored(a) for a in answers])))
    assert "2 promotors · 2 passieven · 1 criticaster" in nps
    answers = [care_answers(overall=4, recommend=r) for r in (10, 8, 3, 2)]
    nps = pdf_text(render(ProductReportData(name="PARO", reviews=[scored(a) for a in answers])))
    assert "1 promotor · 1 passief · 2 criticasters" in nps


def test_positive_health_says_whose_judgement_it_is(busy):
    text = pdf_text(render(busy))
    assert "effect voor de cliënt, volgens de professional" in text
    assert "geen zelfrapportage van de cliënt" in text
    assert "not a self-report by the client" in pdf_text(render(busy, "en"))


def _last_page(pdf: bytes) -> tuple[float, str]:
    """How far down the last page its text reaches (footer left out), as a share of the body;
    and that page's text."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[len(document) - 1]
        words = page.get_textpage().get_text_bounded()
        height = page.get_height()
        text = page.get_textpage()
        lowest = height
        for i in range(text.count_chars()):
            _, bottom, _, _ = text.get_charbox(i)
            if bottom > 56 and text.get_text_range(i, 1).strip():  # above the footer
                lowest = min(lowest, bottom)
    finally:
        document.close()
    return (height - 46 - lowest) / (height - 46 - 56), " ".join(words.split())


@pytest.mark.parametrize("tips", [0, 2, 6, 12])
@pytest.mark.parametrize("quotes", [1, 3, 5, 8])
def test_no_near_empty_last_page(busy, quotes, tips):
    data = dataclasses.replace(
        busy,
        quotes=[Quote(f"Pluspunt {i}: bewoners deden mee aan tafel.", "A") for i in range(quotes)],
        minus=[Quote(f"Minpunt {i}: de lens werd vies.", "B") for i in range(quotes)],
        tips=[f"Tip {i}: begin kort." for i in range(tips)],
        cleaning="Afnemen met een vochtige doek." if tips else "",
    )
    pdf = render(data)
    if page_count(pdf) > 1:
        fill, text = _last_page(pdf)
        # "Over dit rapport" never stands alone on a page: a section comes along with it.
        assert not text.startswith("Over dit rapport"), text[:80]
        assert fill > 0.15


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nothing_crosses_the_page_margins(busy, lang):
    assert ink_outside(render(busy, lang)) == []
    long_name = ProductReportData(
        name="Tovertafel Original met uitgebreid spellenpakket voor psychogeriatrie en revalidatie",
        maker="Tover",
        category="Domotica – ondersteunend, toezichthoudend en communicatief",
        reviews=sample_reviews(30, seed=9, quality=0.2),
        quotes=[Quote(LONG_URL, "Fysiotherapeut, Revalidatiecentrum De Hoogstraat")],
    )
    assert ink_outside(render(long_name, lang)) == []


def test_overview_lists_products_in_natural_order_with_gates(busy):
    products = [
        busy,
        ProductReportData(name="Product 10", loans=3, reviews=sample_reviews(10, seed=10)),
        ProductReportData(name="Product 2", loans=5, reviews=sample_reviews(2, seed=2)),
    ]
    out = io.BytesIO()
    render_overview_report(products, out, period=busy.period, generated_at=MADE)
    pdf = out.getvalue()
    text = pdf_text(pdf)
    assert text.index("Product 2") < text.index("Product 10") < text.index("Tovertafel")
    row_2 = text[text.index("Product 2") : text.index("Product 10")]
    assert row_2.count("—") >= 3  # rating, SUS and NPS withheld for two reviews
    assert "Totaal 45 36" in text
    assert "te weinig reviews" in text
    assert ink_outside(pdf) == []


def test_report_writes_to_a_path(tmp_path, busy):
    target = tmp_path / "rapport.pdf"
    pages = render_product_report(busy, target, generated_at=MADE)
    assert page_count(target.read_bytes()) == pages >= 2


def test_format_number():
    assert format_number(3.84, 1, "nl") == "3,8"
    assert format_number(-0.04, 1, "nl", signed=True) == "0,0"  # no "−0,0"
    assert format_number(-12.0, 0, "nl") == "−12"
    assert format_number(0.5, 1, "nl", signed=True) == "+0,5"
    assert format_number(35, 0, "en", signed=True) == "+35"
    assert format_number(4.56, 1, "en") == "4.6"


def test_thousand_reviews_render_quickly():
    data = ProductReportData(name="Compaan", loans=1500, reviews=sample_reviews(1000, seed=4))
    render(data)  # warm-up: fonts, imports
    start = time.perf_counter()
    render(data)
    assert time.perf_counter() - start < 1.5  # target 0.5 s; benchmarks/bench_reports.py measures


def test_a_product_reviewed_with_quest_shows_quest_items_and_no_empty_charts():
    quest = load_instrument("quest-device")
    reviews = []
    for weight, safety in ((2, 4), (3, 5), (4, 4)):
        answers = {"quest_weight": weight, "quest_safety": safety}
        reviews.append(
            ScoredReview(quest.key, quest.version, answers, score_review(quest, answers))
        )
    text = pdf_text(render(ProductReportData(name="LEA robotrollator", reviews=reviews)))
    assert "Gewicht" in text and "Veiligheid" in text
    assert "3,0" in text  # mean weight
    assert "3,7 van 5" in text  # mean QUEST score as the rating: (3 + 4 + 4.5) / 3
    assert "Positieve Gezondheid" not in text
    assert "Effect voor de professional" not in text


class _NothingParsedYet(dict):
    def get(self, key, default=None):
        return default


def test_a_report_drawn_from_parsed_paragraphs_is_the_same_report(busy, monkeypatch):
    """Repeated paragraph texts are parsed once per process: a report drawn from what earlier
    paragraphs parsed has the same bytes as one that parses every paragraph (apart from the
    random /ID)."""
    import re

    def without_id(pdf: bytes) -> bytes:
        return re.sub(rb"/ID\s*\[[^\]]*\]", b"", pdf)

    paragraph = reports._paragraph_class()
    with monkeypatch.context() as m:
        m.setattr(paragraph, "_parsed", _NothingParsedYet())
        parsed_each_time = render(busy)
    paragraph._parsed.clear()
    render(busy)
    assert len(paragraph._parsed) > 10
    assert without_id(render(busy)) == without_id(parsed_each_time)


def _chars(pdf: bytes) -> list[tuple[int, str, float, float]]:
    """Every character of every page with where it starts (points)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        found = []
        for number in range(len(doc)):
            text = doc[number].get_textpage()
            for i in range(text.count_chars()):
                left, bottom, _, _ = text.get_charbox(i)
                char = text.get_text_range(i, 1)
                if char.strip():
                    found.append((number, char, left, bottom))
        return sorted(found)
    finally:
        doc.close()


def _same_places(one: bytes, other: bytes) -> None:
    """The same letters on the same pages, each where the other has it (to 0.01 pt)."""
    places: dict[tuple[int, str], list[tuple[float, float]]] = {}
    for page, char, x, y in _chars(other):
        places.setdefault((page, char), []).append((x, y))
    for page, char, x, y in _chars(one):
        there = places.get((page, char))
        assert there, f"{char!r} on page {page + 1} is not in the other PDF"
        nearest = min(there, key=lambda p: abs(p[0] - x) + abs(p[1] - y))
        assert abs(nearest[0] - x) < 0.01 and abs(nearest[1] - y) < 0.01, (char, x, y, nearest)
        there.remove(nearest)
    assert not any(places.values())


def _pixels_apart(one: bytes, other: bytes) -> list[float]:
    """Per page: the share of pixels (at 72 dpi) whose grey differs by more than a quarter."""
    from PIL import ImageChops

    first, second = pdfium.PdfDocument(one), pdfium.PdfDocument(other)
    try:
        assert len(first) == len(second)
        shares = []
        for number in range(len(first)):
            a = first[number].render(scale=1).to_pil().convert("L")
            b = second[number].render(scale=1).to_pil().convert("L")
            apart = ImageChops.difference(a, b).point(lambda v: 255 if v > 64 else 0)
            shares.append(apart.histogram()[255] / (a.width * a.height))
        return shares
    finally:
        first.close()
        second.close()


def _as_tables(monkeypatch):
    """Draw every answer table as the platypus Table it stands for, every quote as the one-cell
    Table with a rule on its left and the tiles as the row of Tables they were before
    report_grid.RuledBlock and Tiles."""
    from reportlab.platypus import Table, TableStyle

    from lendingdesk.documents.report_grid import RuledBlock, Tiles
    from lendingdesk.documents.report_style import FONT

    grid = reports._grid
    monkeypatch.setattr(reports, "_grid", lambda *a, **k: grid(*a, **k)._as_table())

    def table(block: RuledBlock) -> Table:
        if "table" not in block.__dict__:
            block.table = Table([[block._flowables]], colWidths=[block.width], hAlign="LEFT")
            block.table.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("LINEBEFORE", (0, 0), (0, -1), 2.2, block._colour),
                        ("LEFTPADDING", (0, 0), (-1, -1), 10),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
        return block.table

    def tiles(block: Tiles) -> Table:
        if "table" not in block.__dict__:
            width, gap = block._tile_width, block._gap
            row: list = []
            for i, tile in enumerate(block._tiles):
                inner = Table([[f] for f in tile], colWidths=[width - 12])
                inner.setStyle(
                    TableStyle(
                        [
                            ("FONTNAME", (0, 0), (-1, -1), FONT),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ]
                    )
                )
                row += [inner, ""] if i < 3 else [inner]
            block.table = Table([row], colWidths=[width, gap] * 3 + [width], hAlign="LEFT")
            block.table.setStyle(
                TableStyle(
                    [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                    + [("BACKGROUND", (c, 0), (c, 0), block._colour) for c in (0, 2, 4, 6)]
                    + [("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
                )
            )
        return block.table

    for kind, as_table in ((RuledBlock, table), (Tiles, tiles)):
        monkeypatch.setattr(kind, "wrap", lambda self, w, h, t=as_table: t(self).wrap(w, h))
        monkeypatch.setattr(
            kind, "drawOn", lambda self, c, x, y, _sW=0, t=as_table: t(self).drawOn(c, x, y, _sW)
        )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_answer_tables_look_like_the_platypus_tables_they_replace(busy, lang, monkeypatch):
    """The answer tables lay out and write their cells themselves (report_grid.Grid): every
    letter of the report stands where the platypus Table put it, and the pages look alike (a
    row a point off would differ across a whole band of the page)."""
    drawn = render(busy, lang)
    with monkeypatch.context() as m:
        _as_tables(m)
        as_tables = render(busy, lang)
    _same_places(drawn, as_tables)
    assert max(_pixels_apart(drawn, as_tables)) < 0.0001


def test_an_answer_table_with_long_cells_spans_charts_and_page_breaks(monkeypatch):
    """What no report of the sample data has: a cell that needs two lines, one with markup, a
    span, and a table longer than a page (repeated head row): all as the Table draws them."""
    from lendingdesk.documents.report_charts import distribution_bar

    def grid(length: int) -> object:
        long = "Een antwoordoptie met een heel lange omschrijving die niet op één regel past"
        rows = [[reports._c(h, "head") for h in ("Onderdeel", "n", "Verdeling")]]
        spans = {}
        for i in range(length):
            label = long if i % 7 == 0 else f"<b>Vet</b> {i}" if i % 7 == 1 else f"Onderdeel {i}"
            if i % 5 == 4:
                spans[len(rows), 1] = 2
                rows.append([reports._c(label, "cell"), reports._c("te weinig", "small"), None])
            else:
                bar = distribution_bar([i % 3, 2, 5, 1, 0], width=110)
                rows.append([reports._c(label, "cell"), reports._c(str(i), "cell_right"), bar])
        return reports._grid(rows, [150, 40, 126], spans=spans)

    def draw() -> bytes:
        out = io.BytesIO()
        reports._build([grid(12), grid(90)], out, title="t", footer="f", lang="nl")
        return out.getvalue()

    drawn = draw()
    with monkeypatch.context() as m:
        _as_tables(m)
        as_tables = draw()
    assert page_count(drawn) == page_count(as_tables) > 1
    _same_places(drawn, as_tables)
    assert max(_pixels_apart(drawn, as_tables)) < 0.0001
