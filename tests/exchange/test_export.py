import csv
import dataclasses
import hashlib
import io
import json
import zipfile
from datetime import date, datetime, timedelta

import jsonschema
import pytest

from lendingdesk.domain.reviews import (
    ScoredReview,
    load_instrument,
    score_review,
)
from lendingdesk.exchange.export import (
    ExportData,
    ExportProduct,
    ExportReview,
    LoanContext,
    Moderation,
    build_bundle,
)
from lendingdesk.resources import resource_path
from tests.reviews.factories import SUS_EXAMPLE, care_answers
from tests.reviews.pdfcheck import pdf_text

MADE = datetime(2025, 7, 1, 14, 5)
HIDDEN = ("Wilhelmina Kortenhoeven", "Jeroen Pietersma", "Henk Wachtrij")
SHOWN = ("Anouk de Vries", "Bram Smit")


def _scored(answers: dict, key: str = "care-tech-review") -> ScoredReview:
    instrument = load_instrument(key)
    return ScoredReview(key, instrument.version, answers, score_review(instrument, answers))


def _review(
    rid,
    name,
    consent,
    answers,
    *,
    day=1,
    moderation=Moderation.APPROVED,
    quote="",
    key="care-tech-review",
):
    return ExportReview(
        id=rid,
        submitted=date(2025, 3, day),
        result=_scored(answers, key),
        moderation=moderation,
        consent=consent,
        reviewer_name=name,
        discipline="verpleegkundige",
        organisation="Zorggroep Noorderlicht",
        loan=LoanContext(
            date(2025, 2, day), date(2025, 2, day) + timedelta(days=14), "Huis ter Weide"
        ),
        quote=quote,
    )


def export_data() -> ExportData:
    """Four products: busy, too few reviews, reviewed with QUEST, never reviewed."""
    tover = [
        _review(
            "R1",
            "Anouk de Vries",
            True,
            care_answers(
                overall=5, recommend=10, pros="Rust aan tafel.\n- Veel lachen", sus=SUS_EXAMPLE
            ),
            quote="Mevrouw lachte weer.",
        ),
        _review(
            "R2",
            "Bram Smit",
            True,
            care_answers(
                overall=4,
                recommend=9,
                cons="Wilhelmina vond de app lastig; Pietersma ook.",
                sus=(3,) * 10,
            ),
        ),
        _review(
            "R3",
            "Wilhelmina Kortenhoeven",
            False,
            care_answers(
                overall=3, recommend=6, tips="Groet, W. Kortenhoeven: begin kort.", sus=(4, 2) * 5
            ),
            quote="Kortenhoeven hier: werkt goed!",
        ),
        _review(
            "R4",
            "Jeroen Pietersma",
            False,
            care_answers(overall=4, recommend=8, pros='=HYPERLINK("http://x")'),
        ),
        _review("R5", "Jeroen Pietersma", False, care_answers(overall=2, recommend=3), day=20),
        _review(
            "R6",
            "Henk Wachtrij",
            False,
            care_answers(overall=1, pros="GEHEIM-WACHT"),
            moderation=Moderation.PENDING,
        ),
        _review(
            "R7",
            "Anouk de Vries",
            True,
            care_answers(overall=1, pros="GEHEIM-AFGEWEZEN"),
            moderation=Moderation.REJECTED,
        ),
    ]
    paro = [
        _review("R8", "Bram Smit", True, care_answers(overall=5, recommend=10)),
        _review("R9", "Jeroen Pietersma", False, care_answers(overall=1, recommend=0)),
    ]
    quest = [
        _review(
            f"Q{i}",
            "Anouk de Vries",
            True,
            {"quest_weight": w, "quest_safety": 4},
            key="quest-device",
        )
        for i, w in enumerate((2, 3, 5))
    ]
    return ExportData(
        products=[
            ExportProduct(
                "P1",
                "Tovertafel Original",
                "Tover",
                "Leefplezier en welzijn",
                12,
                "Lens droog afnemen.",
                tover,
            ),
            ExportProduct(
                "P2", "PARO", "Intelligent System Co.", "Robotdier", 3, "Niet wassen.", paro
            ),
            ExportProduct(
                "P3", "LEA robotrollator", "Robot Care Systems", "Mobiliteit", 4, "", quest
            ),
            ExportProduct("P4", "Medido", "Medido", "Medicatie", 0, "", []),
        ],
        publisher="Uitleenservice Zorgtechnologie Regio Oost",
    )


@pytest.fixture(scope="module")
def data() -> ExportData:
    return export_data()


@pytest.fixture(scope="module")
def bundle(data) -> dict[str, bytes]:
    out = io.BytesIO()
    build_bundle(data, out, generated_at=MADE)
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _schema(name: str) -> dict:
    return json.loads(resource_path("schema", name).read_text("utf-8"))


def _jsonld(bundle) -> dict[str, dict]:
    document = json.loads(bundle["reviews.jsonld"])
    return {node["@id"].rsplit(":", 1)[1]: node for node in document["@graph"]}


def _rows(bundle, name: str, excel: bool = False) -> list[dict[str, str]]:
    if excel:
        text = bundle[f"csv-excel-nl/{name}"].decode("utf-8-sig")
        return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    return list(csv.DictReader(io.StringIO(bundle[f"csv/{name}"].decode("utf-8"), newline="")))


def test_bundle_holds_the_promised_files(bundle):
    assert set(bundle) == {
        "manifest.json",
        "reviews.jsonld",
        "csv/reviews.csv",
        "csv/products.csv",
        "csv-excel-nl/reviews.csv",
        "csv-excel-nl/products.csv",
        "reports/overzicht.pdf",
        "reports/tovertafel-original-p1.pdf",
        "reports/paro-p2.pdf",
        "reports/lea-robotrollator-p3.pdf",
    }  # no report for Medido: it has no reviews


def test_manifest_validates_and_its_checksums_hold(bundle):
    manifest = json.loads(bundle["manifest.json"])
    jsonschema.validate(manifest, _schema("manifest.schema.json"))
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(listed) == set(bundle) - {"manifest.json"}
    for path, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256(bundle[path]).hexdigest()
        assert entry["bytes"] == len(bundle[path])
    assert manifest["counts"] == {
        "products": 4,
        "products_with_reviews": 3,
        "reviews": 10,  # 5 + 2 + 3 approved
        "reviews_with_sus": 3,
        "named_authors": 6,  # R1, R2, R8 and the three QUEST reviews
    }
    used = [(i["key"], i["version"], i["reviews"]) for i in manifest["instruments"]]
    assert used == [("care-tech-review", 1, 7), ("quest-device", 1, 3)]
    # Each score says where its method comes from; Positive Health says whose judgement it is.
    care, quest = manifest["instruments"]
    cited = {s["key"]: s.get("citation", "") for s in care["scores"]}
    assert "Brooke" in cited["sus"] and "Reichheld" in cited["nps"]
    assert "not the client's self-report" in cited["positive_health"]
    assert cited["overall"] == ""  # a rating as answered has no method to cite
    assert "QUEST 2.0" in quest["scores"][0]["citation"]
    assert manifest["min_people_per_author_label"] == 3
    assert manifest["generated_at"] == "2025-07-01T14:05:00"
    assert manifest["period"] == {"since": None, "from": "2025-03-01", "until": "2025-07-01"}


def test_a_broken_manifest_fails_its_schema(bundle):
    manifest = json.loads(bundle["manifest.json"])
    manifest["files"][0]["sha256"] = "abc"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(manifest, _schema("manifest.schema.json"))


def test_jsonld_validates_and_carries_the_gated_aggregates(bundle):
    document = json.loads(bundle["reviews.jsonld"])
    jsonschema.validate(document, _schema("reviews-jsonld.schema.json"))
    nodes = _jsonld(bundle)
    tover = nodes["P1"]
    assert tover["aggregateRating"]["ratingValue"] == pytest.approx((5 + 4 + 3 + 4 + 2) / 5)
    assert tover["aggregateRating"]["reviewCount"] == 5
    sus = next(p for p in tover["additionalProperty"] if p["propertyID"] == "SUS")
    assert sus["value"] == 70  # (85 + 50 + 75) / 3; (4, 2) x 5 scores 75
    assert (sus["minValue"], sus["maxValue"]) == (0, 100)
    nps = next(p for p in tover["additionalProperty"] if p["propertyID"] == "NPS")
    assert nps["value"] == 0  # 2 promoters, 1 passive, 2 detractors of 5
    assert len(tover["review"]) == 5
    assert "aggregateRating" not in nodes["P2"] and "additionalProperty" not in nodes["P2"]
    assert len(nodes["P2"]["review"]) == 2  # single approved reviews are published
    assert nodes["P3"]["aggregateRating"]["ratingValue"] == pytest.approx(
        (3 + 3.5 + 4.5) / 3, abs=0.01
    )
    assert "review" not in nodes["P4"] and "aggregateRating" not in nodes["P4"]


def test_jsonld_authors_follow_consent(bundle):
    reviews = {r["@id"].rsplit(":", 1)[1]: r for r in _jsonld(bundle)["P1"]["review"]}
    assert reviews["R1"]["author"] == {
        "@type": "Person",
        "name": "Anouk de Vries",
        "jobTitle": "verpleegkundige",
        "affiliation": {"@type": "Organization", "name": "Zorggroep Noorderlicht"},
    }
    assert reviews["R3"]["author"] == {
        "@type": "Organization",
        "name": "verpleegkundige, Zorggroep Noorderlicht",
    }
    assert reviews["R1"]["positiveNotes"]["itemListElement"][1]["name"] == "Veel lachen"
    assert reviews["R1"]["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert reviews["R1"]["datePublished"] == "2025-03"  # the month: no day singles anyone out
    assert "Pluspunten: Rust aan tafel." in reviews["R1"]["reviewBody"]


def test_only_approved_reviews_leave(bundle):
    ids = {row["review_id"] for row in _rows(bundle, "reviews.csv")}
    assert ids == {"R1", "R2", "R3", "R4", "R5", "R8", "R9", "Q0", "Q1", "Q2"}
    for name, content in bundle.items():
        text = pdf_text(content) if name.endswith(".pdf") else content.decode("utf-8-sig")
        assert "GEHEIM" not in text, name


def _all_text(name: str, content: bytes) -> list[str]:
    if name.endswith(".pdf"):
        return [pdf_text(content), content.decode("latin-1")]  # page text and raw bytes (metadata)
    return [content.decode("utf-8-sig")]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_non_consenting_name_appears_nowhere(data, lang):
    out = io.BytesIO()
    build_bundle(data, out, generated_at=MADE, lang=lang)
    with zipfile.ZipFile(out) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    needles = {
        part.casefold() for name in HIDDEN for part in (name, *name.split()) if len(part) > 3
    }
    for name, content in contents.items():
        for text in _all_text(name, content):
            folded = text.casefold()
            assert not [n for n in needles if n in folded], name
    # ...while consenting names do appear, so the search itself works
    everything = " ".join(t for name, c in contents.items() for t in _all_text(name, c))
    assert all(name in everything for name in SHOWN)
    assert "[naam]" in everything if lang == "nl" else "[name]" in everything


def test_csv_flavours(bundle):
    excel = bundle["csv-excel-nl/products.csv"]
    plain = bundle["csv/products.csv"]
    assert excel.startswith(b"\xef\xbb\xbf") and not plain.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in plain and b"\n" not in plain.replace(b"\r\n", b"")
    excel_rows = {r["product_id"]: r for r in _rows(bundle, "products.csv", excel=True)}
    plain_rows = {r["product_id"]: r for r in _rows(bundle, "products.csv")}
    assert plain_rows["P1"]["rating_mean"] == "3.6"
    assert excel_rows["P1"]["rating_mean"] == "3,6"
    assert plain_rows["P1"]["sus_grade"] == excel_rows["P1"]["sus_grade"] == "C"  # 70.0
    assert plain_rows["P2"]["rating_mean"] == "" and plain_rows["P2"]["rating_n"] == "2"
    assert plain_rows["P2"]["promoters"] == ""
    assert plain_rows["P4"]["reviews"] == "0"
    assert set(excel_rows) == set(plain_rows) == {"P1", "P2", "P3", "P4"}


def test_review_csv_columns_and_excel_formula_defused(bundle):
    plain = {r["review_id"]: r for r in _rows(bundle, "reviews.csv")}
    excel = {r["review_id"]: r for r in _rows(bundle, "reviews.csv", excel=True)}
    # Both CSVs defuse the formula (each may be opened in a spreadsheet); the JSON-LD keeps it.
    assert plain["R4"]["pros"] == excel["R4"]["pros"] == '\'=HYPERLINK("http://x")'
    assert '=HYPERLINK(\\"http://x\\")' in bundle["reviews.jsonld"].decode()
    assert plain["R1"]["author"] == "Anouk de Vries" and plain["R1"]["author_type"] == "person"
    assert plain["R3"]["author"] == "verpleegkundige, Zorggroep Noorderlicht"
    assert plain["R3"]["author_type"] == "organization"
    assert plain["R1"]["score_sus"] == "85" and plain["R1"]["sus_1"] == "4"
    assert plain["R1"]["loan_days"] == "14" and plain["R1"]["location"] == "Huis ter Weide"
    assert plain["R2"]["cons"] == "[naam] vond de app lastig; [naam] ook."
    assert plain["Q1"]["score_quest_device"] == "3.5" and excel["Q1"]["score_quest_device"] == "3,5"
    assert plain["R1"]["effect_workload"] == "0"
    assert "score_overall" not in plain["R1"]  # same as the 'overall' column
    assert plain["R1"]["ph_bodily_functions"] == "1"


def test_since_limits_the_reviews(data):
    out = io.BytesIO()
    manifest = build_bundle(data, out, generated_at=MADE, since=date(2025, 3, 10))
    assert manifest["counts"]["reviews"] == 1  # only R5 (20 March)
    assert manifest["period"]["since"] == "2025-03-10"
    with zipfile.ZipFile(out) as archive:
        rows = list(
            csv.DictReader(io.StringIO(archive.read("csv/reviews.csv").decode(), newline=""))
        )
    assert [r["review_id"] for r in rows] == ["R5"]


def test_writing_to_a_path_is_atomic(data, tmp_path):
    target = tmp_path / "export.zip"
    build_bundle(data, target, generated_at=MADE)
    assert zipfile.ZipFile(target).testzip() is None
    assert [p.name for p in tmp_path.iterdir()] == ["export.zip"]

    def broken_lookup(key, version):
        raise RuntimeError("instrument store unavailable")

    failed = tmp_path / "failed.zip"
    with pytest.raises(RuntimeError):
        build_bundle(data, failed, generated_at=MADE, lookup=broken_lookup)
    assert [p.name for p in tmp_path.iterdir()] == ["export.zip"]


def test_english_bundle_names_its_overview_in_english(data):
    out = io.BytesIO()
    build_bundle(data, out, generated_at=MADE, lang="en")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert "reports/overview.pdf" in names
        assert "Care technology reviews overview" in pdf_text(archive.read("reports/overview.pdf"))


def test_input_has_no_place_for_contact_details():
    fields = {
        f.name
        for cls in (ExportReview, ExportProduct, ExportData, LoanContext)
        for f in dataclasses.fields(cls)
    }
    assert not {
        f
        for f in fields
        if any(word in f for word in ("mail", "phone", "telefoon", "badge", "address"))
    }
