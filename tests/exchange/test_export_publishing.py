"""The bundle read back as a reader on the platform would: nobody given away, nothing left out."""

import csv
import io
import json
import subprocess
import zipfile
from datetime import date, datetime, timedelta

import jsonschema
import pytest

from lendingdesk.domain.reviews import ScoredReview, load_instrument, score_review
from lendingdesk.exchange.export import (
    ExportData,
    ExportProduct,
    ExportReview,
    LoanContext,
    Moderation,
    build_bundle,
)
from lendingdesk.resources import resource_path
from tests.reviews.factories import care_answers
from tests.reviews.pdfcheck import pdf_text

MADE = datetime(2025, 7, 1, 14, 5)
ORDINARY = "Op de tijd van het ontbijt zette de dochter van der Meer de tafel aan."


def _review(rid, name, consent, discipline, organisation, location="Huis ter Weide", **answers):
    care = load_instrument("care-tech-review")
    answers = care_answers(**answers)
    return ExportReview(
        id=rid,
        submitted=date(2025, 3, int(rid[1:]) % 27 + 1),
        result=ScoredReview(care.key, care.version, answers, score_review(care, answers)),
        moderation=Moderation.APPROVED,
        consent=consent,
        reviewer_name=name,
        discipline=discipline,
        organisation=organisation,
        loan=LoanContext(date(2025, 2, 3), date(2025, 2, 3) + timedelta(days=12), location),
    )


def _data() -> ExportData:
    zonnehuis = "Stichting Zonnehuis"
    reviews = [
        # Anna did not consent; her colleague writes ordinary Dutch full of "van", "de", "der".
        _review("R1", "Anna van der Berg", False, "verpleegkundige", zonnehuis, overall=4,
                pros="Anna van der Berg had het snel door.", recommend=9),
        _review("R2", "Bo Smit", False, "verpleegkundige", zonnehuis, overall=4, pros=ORDINARY,
                cons="-20 % batterij per dag\n- lens werd vies", recommend=8),
        _review("R3", "Cas Jansen", False, "verpleegkundige", zonnehuis, overall=3,
                tips="Bel 06-12345678 of mail c.jansen@zonnehuis.nl, pas LP0000037.",
                recommend=7),
        # One psychologist, on three reviews, at a small site: singled out by label and place.
        *(
            _review(f"R{i}", "Petra Psy", False, "psycholoog", zonnehuis, "De Kleine Es",
                    overall=5, cons="Te fel licht.", recommend=10)
            for i in (4, 5, 6)
        ),
    ]  # fmt: skip
    product = ExportProduct(
        "P1", "Tovertafel", "Tover", "Welzijn", 14, "", reviews, iso9999="30.03.09"
    )
    return ExportData([product], publisher="Uitleenservice Regio Oost")


@pytest.fixture(scope="module")
def bundle() -> dict[str, bytes]:
    out = io.BytesIO()
    build_bundle(_data(), out, generated_at=MADE)
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rows(bundle) -> dict[str, dict[str, str]]:
    text = bundle["csv/reviews.csv"].decode("utf-8")
    return {r["review_id"]: r for r in csv.DictReader(io.StringIO(text, newline=""))}


def _reviews(bundle) -> dict[str, dict]:
    (product,) = json.loads(bundle["reviews.jsonld"])["@graph"]
    return {r["@id"].rsplit(":", 1)[1]: r for r in product["review"]}


def _pdfs(bundle) -> str:
    return " ".join(pdf_text(c) for n, c in bundle.items() if n.endswith(".pdf"))


def test_names_disappear_and_ordinary_words_survive_everywhere(bundle):
    rows, reviews, pdfs = _rows(bundle), _reviews(bundle), _pdfs(bundle)
    assert rows["R2"]["pros"] == ORDINARY
    assert ORDINARY in reviews["R2"]["reviewBody"]
    assert ORDINARY in pdfs
    assert rows["R1"]["pros"] == "[naam] had het snel door."  # the whole name at once
    everything = " ".join([bundle["reviews.jsonld"].decode(), *(r["pros"] for r in rows.values())])
    for secret in ("Anna", "Berg", "Petra", "Jansen", "Smit"):
        assert secret not in everything and secret not in pdfs


def test_contact_details_and_card_codes_are_blanked(bundle):
    assert _rows(bundle)["R3"]["tips"] == "Bel [telefoon] of mail [e-mail], pas [pascode]."
    text = " ".join(c.decode("utf-8", "replace") for n, c in bundle.items() if "csv" in n)
    text += _pdfs(bundle) + bundle["reviews.jsonld"].decode()
    for secret in ("12345678", "zonnehuis.nl", "LP0000037"):
        assert secret not in text


def test_a_label_only_one_person_has_is_not_published(bundle):
    rows, reviews = _rows(bundle), _reviews(bundle)
    # Three nurses share their label; the one psychologist is shown by organisation only.
    assert rows["R1"]["author"] == "verpleegkundige, Stichting Zonnehuis"
    assert reviews["R1"]["author"]["name"] == "verpleegkundige, Stichting Zonnehuis"
    for rid in ("R4", "R5", "R6"):
        assert rows[rid]["author"] == "Stichting Zonnehuis"
        assert rows[rid]["discipline"] == ""
        assert reviews[rid]["author"] == {"@type": "Organization", "name": "Stichting Zonnehuis"}
    assert "psycholoog" not in bundle["reviews.jsonld"].decode().casefold()
    assert "psycholoog" not in _pdfs(bundle).casefold()


def test_k_is_configurable():
    out = io.BytesIO()
    manifest = build_bundle(_data(), out, generated_at=MADE, k=1)
    assert manifest["min_people_per_author_label"] == 1
    with zipfile.ZipFile(out) as archive:
        rows = _rows({"csv/reviews.csv": archive.read("csv/reviews.csv")})
    assert rows["R4"]["author"] == "psycholoog, Stichting Zonnehuis"
    strict = io.BytesIO()
    build_bundle(_data(), strict, generated_at=MADE, k=5)
    with zipfile.ZipFile(strict) as archive:
        rows = _rows({"csv/reviews.csv": archive.read("csv/reviews.csv")})
    assert {r["author"] for r in rows.values()} == {"Zorgprofessional"}  # 4 people < 5


def test_dates_to_the_month_and_a_small_site_is_not_named(bundle):
    rows = _rows(bundle)
    assert rows["R1"]["date"] == "2025-03" and rows["R1"]["loan_started"] == "2025-02"
    assert rows["R1"]["loan_returned"] == "2025-02" and rows["R1"]["loan_days"] == "12"
    assert rows["R1"]["location"] == "Huis ter Weide"  # three people borrowed there
    assert rows["R4"]["location"] == ""  # only the psychologist: would single her out
    assert "De Kleine Es" not in bundle["reviews.jsonld"].decode()
    assert {r["datePublished"] for r in _reviews(bundle).values()} == {"2025-03"}
    # The first review was on 2 March; the period starts on the first of that month.
    assert json.loads(bundle["manifest.json"])["period"]["from"] == "2025-03-01"


def test_jsonld_keeps_signs_lends_and_validates(bundle):
    document = json.loads(bundle["reviews.jsonld"])
    schema = json.loads(resource_path("schema", "reviews-jsonld.schema.json").read_text("utf-8"))
    jsonschema.validate(document, schema)
    notes = _reviews(bundle)["R2"]["negativeNotes"]["itemListElement"]
    assert [n["name"] for n in notes] == ["-20 % batterij per dag", "lens werd vies"]
    (product,) = document["@graph"]
    assert product["potentialAction"] == {
        "@type": "LendAction",
        "object": {"@id": product["@id"]},
        "description": "14 uitleningen in de periode",
        "agent": {"@type": "Organization", "name": "Uitleenservice Regio Oost"},
    }
    manifest = json.loads(bundle["manifest.json"])
    jsonschema.validate(
        manifest,
        json.loads(resource_path("schema", "manifest.schema.json").read_text("utf-8")),
    )
    assert any("geen zelfrapportage" in note for note in manifest["notes"])


def test_report_pdf_has_minus_points_and_embedded_fonts(bundle, tmp_path):
    name = next(n for n in bundle if n.startswith("reports/tovertafel"))
    text = pdf_text(bundle[name])
    assert "Minpunten" in text and "“-20 % batterij per dag" in text and "Te fel licht." in text
    assert "Pluspunten" in text and "Tips van collega’s" in text
    assert "Bel [telefoon] of mail [e-mail], pas [pascode]." in text
    for pdf_name in (n for n in bundle if n.endswith(".pdf")):
        path = tmp_path / "r.pdf"
        path.write_bytes(bundle[pdf_name])
        table = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
        rows = table.splitlines()[2:]
        assert rows and all(" yes yes " in row for row in rows), (pdf_name, table)


def test_iso9999_is_published_dotted_with_its_edition(bundle):
    (product,) = json.loads(bundle["reviews.jsonld"])["@graph"]
    assert {
        "@type": "PropertyValue",
        "propertyID": "ISO 9999:2022",
        "name": "ISO 9999",
        "value": "30.03.09",
    } in product["additionalProperty"]
    text = bundle["csv/products.csv"].decode("utf-8")
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    assert (row["iso9999"], row["iso9999_edition"]) == ("30.03.09", "ISO 9999:2022")
    report = next(c for n, c in bundle.items() if n.startswith("reports/tovertafel"))
    assert "Tover · Welzijn · ISO 9999:2022 30.03.09" in pdf_text(report)
