"""Reviews, reports, export and import through the real `lendingdesk` entry point and a demo DB."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import jsonschema
import pytest

from lendingdesk.resources import resource_path
from tests.cli.test_access_cli import run_code, set_pin
from tests.cli.test_cli import as_json, run
from tests.reviews.factories import SUS_EXAMPLE, care_answers
from tests.reviews.pdfcheck import page_count, pdf_text

HIDDEN = "Wilhelmina Kortenhoeven"


def _schema(name: str) -> dict:
    return json.loads(resource_path("schema", name).read_text("utf-8"))


def _answers_file(tmp_path: Path, answers: dict | str, name: str = "answers.json") -> str:
    path = tmp_path / name
    text = answers if isinstance(answers, str) else json.dumps(answers, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return str(path)


def _one_line_refusal(result) -> str:
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _sql(db: Path, query: str, *params: object) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def _export(db: Path, *args: str):  # type: ignore[no-untyped-def]
    """``lendingdesk export`` with the coordinator code (the bundle leaves the organisation)."""
    if not _sql(db, "SELECT 1 FROM settings WHERE key = 'coordinator.secret'"):
        set_pin(db)
    return run_code(db, "export", *args)


def _awaiting_ids(db: Path) -> list[int]:
    """Returned loans waiting for a review with the care-technology instrument, newest first
    (read straight from the file)."""
    rows = _sql(
        db,
        "SELECT loans.id FROM loans JOIN items ON items.id = loans.item_id "
        "JOIN products ON products.id = items.product_id "
        "WHERE review_state = 'pending' AND returned_at IS NOT NULL "
        "AND coalesce(products.instrument_key, 'care-tech-review') = 'care-tech-review' "
        "ORDER BY returned_at DESC, loans.id DESC",
    )
    return [r[0] for r in rows]


def _awaiting(db: Path) -> list[dict]:
    return as_json(run(db, "reviews", "--awaiting", "--json"))


def test_demo_has_reviews_in_every_state(demo_db: Path):
    reviews = as_json(run(demo_db, "reviews", "--json"))
    states = {r["moderation"] for r in reviews}
    assert states == {"approved", "pending", "rejected"}
    approved = [r for r in reviews if r["moderation"] == "approved"]
    per_product: dict[str, int] = {}
    for r in approved:
        per_product[r["product"]] = per_product.get(r["product"], 0) + 1
    assert sum(1 for n in per_product.values() if n >= 3) >= 8
    assert any(r["publish_name"] for r in approved) and any(
        r["reviewer_name"] and not r["publish_name"] for r in approved
    )
    assert sum(1 for r in approved if r["sus"] is not None) >= 10
    assert {r["instrument"] for r in reviews} == {"care-tech-review@1", "quest-device@1"}
    assert _awaiting(demo_db)  # the latest returns still wait for their review
    pending = as_json(run(demo_db, "reviews", "--pending", "--json"))
    assert pending and {r["moderation"] for r in pending} == {"pending"}


def test_instruments_list_their_item_keys(demo_db: Path):
    listed = as_json(run(demo_db, "instruments", "--json"))
    refs = {f"{i['key']}@{i['version']}" for i in listed}
    assert {"care-tech-review@1", "quest-device@1"} <= refs
    care = next(i for i in listed if i["key"] == "care-tech-review")
    keys = [item["key"] for block in care["blocks"] for item in block["items"]]
    assert {"overall", "recommend", "pros", "sus_1", "sus_10"} <= set(keys)
    text = run(demo_db, "instruments")
    assert text.returncode == 0 and "sus_10" in text.stdout and "-2..2|na" in text.stdout


def test_review_add_list_approve_through_the_cli(demo_db: Path, tmp_path: Path):
    loan = _awaiting(demo_db)[0]
    answers = _answers_file(tmp_path, care_answers(sus=SUS_EXAMPLE, pros="Rustig aan tafel."))
    added = run(
        demo_db, "review", "add", "--loan", str(loan["loan_id"]), "--answers", answers,
        "--name", "Ria Testers", "--publish-name", "--discipline", "Verpleegkundige",
        "--organisation", "Zorggroep De Linde",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "SUS 85 (A+)" in added.stdout and "moderatie" in added.stdout
    mine = as_json(run(demo_db, "reviews", "--product", loan["tag"], "--pending", "--json"))
    (review,) = [r for r in mine if r["loan_id"] == loan["loan_id"]]
    assert review["scores"] == {"overall": 4.0, "sus": 85.0, "rating": 4.0}
    assert review["sus_grade"] == "A+" and review["reviewer_name"] == "Ria Testers"
    assert loan["loan_id"] not in _awaiting_ids(demo_db)

    again = run(demo_db, "review", "add", "--loan", str(loan["loan_id"]), "--answers", answers)
    assert "al een review" in _one_line_refusal(again)
    approved = run(demo_db, "review", "approve", str(review["id"]), "--pros", "Rust.", "--by", "Ad")
    assert approved.returncode == 0 and "goedgekeurd" in approved.stdout
    after = _sql(
        demo_db, "SELECT moderation, moderated_by, answers FROM reviews WHERE id = ?", review["id"]
    )[0]
    assert after[:2] == ("approved", "Ad") and json.loads(after[2])["pros"] == "Rust."
    rejected = run(demo_db, "--lang", "en", "review", "reject", str(review["id"]))
    assert "rejected" in rejected.stdout
    table = run(demo_db, "reviews", "--product", str(review["product_id"]))
    assert table.returncode == 0 and "Ria Testers" in table.stdout


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"overall": 4}, "ontbrekende antwoorden: setting, client_group"),
        (care_answers(mystery=1), "onbekende vragen: mystery"),
        (care_answers(overall=7), "'overall': 7 ligt buiten 1..5"),
        (care_answers(recommend=11, colour="blauw"), "onbekende vragen: colour | buiten bereik"),
        ('{"overall": 4,', "geen geldige JSON: regel 1"),
        ("[1, 2]", "moet één JSON-object zijn"),
    ],
)
def test_review_add_gives_one_clear_line_per_mistake(demo_db, tmp_path, answers, expected):
    loan = _awaiting_ids(demo_db)[0]
    result = run(demo_db, "review", "add", "--loan", str(loan), "--answers",
                 _answers_file(tmp_path, answers))  # fmt: skip
    assert expected in _one_line_refusal(result)
    assert _awaiting_ids(demo_db)[0] == loan  # nothing stored


def test_review_of_an_open_loan_or_missing_file_is_refused(demo_db, tmp_path):
    open_loan = _sql(demo_db, "SELECT id FROM loans WHERE returned_at IS NULL")[0][0]
    answers = _answers_file(tmp_path, care_answers())
    result = run(demo_db, "--lang", "en", "review", "add", "--loan", str(open_loan),
                 "--answers", answers)  # fmt: skip
    assert "still open" in _one_line_refusal(result)
    missing = run(demo_db, "review", "add", "--loan", "1", "--answers", str(tmp_path / "nope.json"))
    assert "bestaat niet" in _one_line_refusal(missing)


def _zip_texts(path: Path) -> dict[str, str]:
    texts = {}
    with zipfile.ZipFile(path) as bundle:
        for name in bundle.namelist():
            data = bundle.read(name)
            texts[name] = pdf_text(data) if name.endswith(".pdf") else data.decode("utf-8-sig")
    return texts


def test_consent_rule_end_to_end(demo_db: Path, tmp_path: Path):
    """A named reviewer without consent, also named by a colleague: nowhere in the bundle."""
    loans = _awaiting_ids(demo_db)[:2]
    hidden = run(
        demo_db, "review", "add", "--loan", str(loans[0]), "--json",
        "--answers", _answers_file(tmp_path, care_answers(
            pros="Bewoners deden mee.", tips="Vraag Wilhelmina, zij weet hoe het werkt."
        ), "a.json"),
        "--name", HIDDEN, "--discipline", "Verpleegkundige",
    )  # fmt: skip
    colleague = run(
        demo_db, "review", "add", "--loan", str(loans[1]), "--json",
        "--answers", _answers_file(tmp_path, care_answers(
            pros="Samen met Kortenhoeven opgezet; werkte goed."), "b.json"),
        "--name", "Bram Smit", "--publish-name",
    )  # fmt: skip
    for added in (hidden, colleague):
        (review,) = as_json(added)
        assert run(demo_db, "review", "approve", str(review["id"])).returncode == 0

    out = tmp_path / "bundle.zip"
    result = _export(demo_db, "--out", str(out))
    assert result.returncode == 0, result.stderr
    texts = _zip_texts(out)
    # Also every demo reviewer who never consented stays out.
    never = {
        name
        for (name,) in _sql(
            demo_db,
            "SELECT reviewer_name FROM reviews WHERE reviewer_name IS NOT NULL GROUP BY "
            "reviewer_name HAVING MAX(publish_name) = 0",
        )
    }
    emails = {e for (e,) in _sql(demo_db, "SELECT email FROM borrowers WHERE email IS NOT NULL")}
    assert HIDDEN in never and len(never) >= 3
    for name, text in texts.items():
        for secret in (*never, "Kortenhoeven", "Wilhelmina", *emails):
            assert secret not in text, (secret, name)
    assert "Bram Smit" in texts["reviews.jsonld"]  # consent: the name is published
    assert "Samen met [naam] opgezet" in texts["reviews.jsonld"]


def test_export_bundle_validates_and_marks_exported(demo_db: Path, tmp_path: Path):
    out = tmp_path / "bundle.zip"
    result = _export(demo_db, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "goedgekeurde reviews" in result.stdout
    with zipfile.ZipFile(out) as bundle:
        files = {name: bundle.read(name) for name in bundle.namelist()}
    manifest = json.loads(files["manifest.json"])
    jsonschema.validate(manifest, _schema("manifest.schema.json"))
    document = json.loads(files["reviews.jsonld"])
    jsonschema.validate(document, _schema("reviews-jsonld.schema.json"))
    for entry in manifest["files"]:
        assert hashlib.sha256(files[entry["path"]]).hexdigest() == entry["sha256"]
    reviews = as_json(run(demo_db, "reviews", "--json"))
    approved = [r for r in reviews if r["moderation"] == "approved"]
    assert manifest["counts"]["reviews"] == len(approved) >= 60
    assert all(r["exported_at"] for r in approved)
    assert not any(r["exported_at"] for r in reviews if r["moderation"] != "approved")
    rated = [p for p in document["@graph"] if "aggregateRating" in p]
    assert len(rated) >= 8 and all(p["aggregateRating"]["ratingCount"] >= 3 for p in rated)

    excel = files["csv-excel-nl/reviews.csv"]
    assert excel.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(excel.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["review_id", "product_id", "product"]
    assert len(rows) == len(approved) + 1 and all(len(r) == len(rows[0]) for r in rows)
    plain = files["csv/reviews.csv"].decode("utf-8")
    assert not plain.startswith("\ufeff") and plain.split("\r\n")[0].startswith("review_id,")

    since = _export(demo_db, "--out", str(tmp_path / "later.zip"), "--since", "2999-01-01")
    assert since.returncode == 0 and "Export klaar: 0 goedgekeurde reviews" in since.stdout
    bad = _export(demo_db, "--out", str(tmp_path / "x.zip"), "--since", "gisteren")
    assert "JJJJ-MM-DD" in _one_line_refusal(bad)


def test_product_and_overview_reports_are_real_pdfs(demo_db: Path, tmp_path: Path):
    reviews = as_json(run(demo_db, "reviews", "--json"))
    counts: dict[int, int] = {}
    for r in reviews:
        if r["moderation"] == "approved" and r["instrument"].startswith("care"):
            counts[r["product_id"]] = counts.get(r["product_id"], 0) + 1
    busiest = max(counts, key=counts.get)
    name = next(r["product"] for r in reviews if r["product_id"] == busiest)
    out = tmp_path / "product.pdf"
    result = run(demo_db, "report", "product", str(busiest), "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out.read_bytes())
    assert name in text and "Positieve Gezondheid" in text
    assert (
        f"{counts[busiest]} reviews" in text
        and "te weinig reviews (n = " not in text.split("Algemeen oordeel")[1][:60]
    )
    assert page_count(out.read_bytes()) >= 2

    tag = _sql(demo_db, "SELECT tag FROM items ORDER BY id LIMIT 1")[0][0]
    by_tag = run(demo_db, "--lang", "en", "report", "product", tag.lower(), "--out",
                 str(tmp_path / "tag.pdf"), "--since", "2000-01-01", "--until", "2999-12-31")  # fmt: skip
    assert by_tag.returncode == 0, by_tag.stderr
    assert "Care technology review report" in pdf_text((tmp_path / "tag.pdf").read_bytes())

    overview = tmp_path / "overview.pdf"
    result = run(demo_db, "report", "overview", "--out", str(overview))
    assert result.returncode == 0, result.stderr
    text = pdf_text(overview.read_bytes())
    assert "Alle producten" in text and name in text and "Qwiek.up" in text

    swapped = run(demo_db, "report", "overview", "--out", str(tmp_path / "y.pdf"),
                  "--since", "2026-05-01", "--until", "2026-01-01")  # fmt: skip
    assert "--until" in _one_line_refusal(swapped)
    assert "eindigt op .pdf" in _one_line_refusal(
        run(demo_db, "report", "overview", "--out", str(tmp_path / "y.txt"))
    )


CATALOGUE = (
    "Productnaam;Merk;Categorie;Uitleentermijn;Aantal\n"
    "Tovertafel Pixie;Tover;Leefplezier en welzijn;21;2\n"
    "Wandelrobot;Robotech;Mobiliteit;14;1\n"
)


def _item_count(db: Path) -> int:
    return _sql(db, "SELECT COUNT(*) FROM items")[0][0]


def test_import_catalogue_all_or_nothing_through_the_cli(demo_db: Path, tmp_path: Path):
    before = _item_count(demo_db)
    bad = tmp_path / "slecht.csv"
    bad.write_bytes((CATALOGUE + "Zembro 2;Zembro;Monitoring;twee weken;1\n").encode("utf-8-sig"))
    refused = run(demo_db, "import", "catalogue", str(bad))
    assert refused.returncode == 1
    assert "regel 4: kolom 'Uitleentermijn': 'twee weken'" in refused.stderr
    assert "Niets geïmporteerd" in refused.stderr
    assert _item_count(demo_db) == before

    good = tmp_path / "goed.csv"
    good.write_bytes(CATALOGUE.encode("utf-8-sig"))
    dry = run(demo_db, "import", "catalogue", str(good), "--dry-run")
    assert dry.returncode == 0 and "niets veranderd" in dry.stdout and "3 exemplaren" in dry.stdout
    assert _item_count(demo_db) == before
    done = run(demo_db, "import", "catalogue", str(good))
    assert done.returncode == 0, done.stderr
    assert "2 nieuwe producten" in done.stdout and "labels --new" in done.stdout
    assert _item_count(demo_db) == before + 3


def test_import_catalogue_from_xlsx(demo_db: Path, tmp_path: Path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Producten"
    sheet.append(["Naam", "Merk", "Aantal"])
    sheet.append(["Slimme pillendoos", "Pilly", 2])
    sheet.append(["", "Leeg", "x"])  # a name missing and a bad count on line 3
    path = tmp_path / "catalogus.xlsx"
    book.save(path)
    before = _item_count(demo_db)
    refused = run(demo_db, "--lang", "en", "import", "catalogue", str(path))
    assert refused.returncode == 1 and "line 3: column 'Naam': name is missing" in refused.stderr
    assert _item_count(demo_db) == before
    sheet.delete_rows(3)
    book.save(path)
    assert run(demo_db, "import", "catalogue", str(path)).returncode == 0
    assert _item_count(demo_db) == before + 2


def _people_per_label(demo_db: Path) -> dict[tuple[str, str], set[str]]:
    """In the database: who (by name, else by borrower) has each approved label."""
    con = sqlite3.connect(demo_db)
    try:
        rows = con.execute(
            "SELECT r.reviewer_discipline, r.organisation, r.reviewer_name, l.borrower_id "
            "FROM reviews r LEFT JOIN loans l ON l.id = r.loan_id WHERE r.moderation='approved'"
        ).fetchall()
    finally:
        con.close()
    people: dict[tuple[str, str], set[str]] = {}
    for discipline, organisation, name, borrower in rows:
        who = (name or "").casefold() or f"borrower {borrower}"
        people.setdefault((discipline or "", organisation or ""), set()).add(who)
    return people


def test_demo_bundle_gives_no_reviewer_away(demo_db: Path, tmp_path: Path):
    people = _people_per_label(demo_db)
    assert any(len(who) == 1 for who in people.values())  # the demo has labels of one person
    out = tmp_path / "bundle.zip"
    assert _export(demo_db, "--out", str(out)).returncode == 0
    with zipfile.ZipFile(out) as bundle:
        files = {name: bundle.read(name) for name in bundle.namelist()}
    rows = list(csv.DictReader(io.StringIO(files["csv/reviews.csv"].decode(), newline="")))
    labels = {(r["discipline"], r["organisation"]) for r in rows if r["author_type"] != "person"}
    published = {label for label in labels if label[0]}
    assert published  # some labels are shared widely enough to be shown
    for label in published:
        assert len(people[label]) >= 3, label
    assert all(len(r["date"]) == 7 and len(r["loan_started"]) in (0, 7) for r in rows)
    # k from the command line: with 1, every label is shown again.
    loose = tmp_path / "loose.zip"
    assert _export(demo_db, "--out", str(loose), "--min-people", "1").returncode == 0
    with zipfile.ZipFile(loose) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
    assert manifest["min_people_per_author_label"] == 1
    bad = _export(demo_db, "--out", str(tmp_path / "x.zip"), "--min-people", "0")
    assert bad.returncode == 2 and "1 tot en met 1000" in bad.stderr  # a usage mistake


def test_screen_report_and_bundle_report_publish_the_same(demo_db: Path, tmp_path: Path):
    out = tmp_path / "bundle.zip"
    assert _export(demo_db, "--out", str(out)).returncode == 0
    with zipfile.ZipFile(out) as bundle:
        pdfs = {n: pdf_text(bundle.read(n)) for n in bundle.namelist() if n.endswith(".pdf")}
    reviews = as_json(run(demo_db, "reviews", "--json"))
    product = max(
        {r["product_id"] for r in reviews if r["moderation"] == "approved"},
        key=lambda p: sum(r["product_id"] == p for r in reviews),
    )
    screen = tmp_path / "screen.pdf"
    assert run(demo_db, "report", "product", str(product), "--out", str(screen)).returncode == 0
    shown = pdf_text(screen.read_bytes())
    practice = shown[shown.index("Uit de praktijk") : shown.index("Over dit rapport")]
    (bundled,) = [t for n, t in pdfs.items() if f"-{product}.pdf" in n]
    assert practice in bundled  # plus points, minus points, authors and tips alike
    assert "Minpunten" in practice
