"""Export read model and bundle, and the all-or-nothing catalogue import, over a real store."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lendingdesk.domain.roles import PermissionDenied
from lendingdesk.exchange.importer import parse_catalogue
from lendingdesk.services import access
from lendingdesk.services.catalogue_import import CatalogueImportService, ImportRefused
from lendingdesk.services.reviews import ANONYMITY_SETTING, Reviewer
from lendingdesk.store.models import AuditEvent, Category, Item, Product, Review, Setting
from tests.reviews.factories import care_answers
from tests.reviews.pdfcheck import pdf_text
from tests.reviewstore.conftest import Desk

HIDDEN = "Wilhelmina Kortenhoeven"


def _reviewed(desk) -> dict[str, int]:
    """Three reviews: consenting, non-consenting (named by a colleague too), still pending."""
    s = desk.service
    shown = s.add_review(
        desk.loan(),
        care_answers(pros="Samen met Wilhelmina opgezet; bewoners deden mee."),
        Reviewer("Sanne de Vries", publish_name=True),
    )
    hidden = s.add_review(
        desk.loan(badge=1),
        care_answers(pros="Rust aan tafel.", cons="Kortenhoeven vond de lens vies."),
        Reviewer(HIDDEN, publish_name=False, discipline="Verpleegkundige"),
    )
    pending = s.add_review(desk.loan(tag=desk.tags[1]), care_answers(), Reviewer("Piet Pending"))
    s.moderate(shown.id, "approve")
    s.moderate(hidden.id, "approve")
    return {"shown": shown.id, "hidden": hidden.id, "pending": pending.id}


def test_export_data_holds_only_approved_reviews_and_consented_names(desk):
    ids = _reviewed(desk)
    data = desk.service.export_data()
    reviews = {r.id: r for p in data.products for r in p.reviews}
    assert set(reviews) == {str(ids["shown"]), str(ids["hidden"])}
    shown, hidden = reviews[str(ids["shown"])], reviews[str(ids["hidden"])]
    assert (shown.consent, shown.reviewer_name) == (True, "Sanne de Vries")
    assert (hidden.consent, hidden.reviewer_name) == (False, "")
    assert (hidden.discipline, hidden.organisation) == ("Verpleegkundige", "Zorggroep Noorderlicht")
    text = repr(data)
    for secret in ("Kortenhoeven", "Wilhelmina", "s.devries@example.org", "06 12345678", "Piet"):
        assert secret not in text
    assert shown.result.answers["pros"].startswith("Samen met [naam] opgezet")
    assert hidden.loan is not None and hidden.loan.days == 10
    assert {p.name for p in data.products} == {"Tovertafel Original", "Qwiek.up"}


def test_export_bundle_marks_only_what_it_exported_and_nothing_on_failure(desk, tmp_path):
    ids = _reviewed(desk)
    with desk.db.unit_of_work() as session:
        access.set_code(session, desk.ctx, "zorg-2468")
    grant = access.authorize(desk.db, desk.ctx, "zorg-2468", "export")
    with pytest.raises(PermissionDenied):  # the service itself asks, whatever the front door
        desk.service.export_bundle(tmp_path / "bundle.zip", grant=None)
    with pytest.raises(OSError):
        desk.service.export_bundle(tmp_path / "missing" / "bundle.zip", grant=grant)
    with desk.db.session() as session:
        assert session.scalar(select(func.count()).where(Review.exported_at.is_not(None))) == 0
    assert not (tmp_path / "bundle.zip").exists()
    result = desk.service.export_bundle(tmp_path / "bundle.zip", grant=grant)
    assert result.reviews == 2 and result.products == 1
    with desk.db.session() as session:
        marked = set(session.scalars(select(Review.id).where(Review.exported_at.is_not(None))))
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "reviews_exported"))
    assert marked == {ids["shown"], ids["hidden"]}
    assert event is not None and event.details["reviews"] == 2
    with zipfile.ZipFile(tmp_path / "bundle.zip") as bundle:
        for name in bundle.namelist():
            content = bundle.read(name)
            text = pdf_text(content) if name.endswith(".pdf") else content.decode("utf-8-sig")
            assert "Kortenhoeven" not in text and "Wilhelmina" not in text, name


CSV = (
    "Productnaam;Merk;Categorie;ISO;Uitleentermijn;Schoonmaak;Accessoires;Aantal;Tags\n"
    "Tovertafel Pixie;Tover;Leefplezier en welzijn;30;21 dagen;Afnemen;Afstandsbediening;2;\n"
    "Robotkat Jip;Ageless;Robotdieren;30 03;14;Borstelen;;;LD0009011 LD0009022\n"
    "Qwiek.up;Qwiek;;;;;;3;\n"
)


def _counts(db) -> tuple[int, int, int]:
    with db.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m)) or 0
            for m in (Product, Item, Category)
        )


def test_import_creates_links_updates_and_is_idempotent(desk):
    before = _counts(desk.db)
    plan = parse_catalogue(CSV.encode("utf-8-sig"), "catalogus.csv")
    assert plan.ok, plan.errors
    dry = _importer(desk).apply_import(plan, dry_run=True)
    assert dry.dry_run and (dry.products_created, dry.products_updated) == (2, 1)
    assert _counts(desk.db) == before  # a dry run changes nothing
    done = _importer(desk).apply_import(plan)
    assert (done.products_created, done.products_updated, done.categories_created) == (2, 1, 2)
    assert done.items_created == 2 + 2 + 2  # Qwiek.up had 1 item and should have 3
    assert {"LD0009011", "LD0009022"} <= set(done.tags)
    with desk.db.session() as session:
        jip = session.scalar(select(Product).where(Product.name == "Robotkat Jip"))
        assert sorted(i.tag for i in jip.items) == ["LD0009011", "LD0009022"]
        assert (
            jip.category.name == "Robotdieren" and jip.category.iso9999 == "30.03"
        )  # imported "30 03", stored dotted
        pixie = session.scalar(select(Product).where(Product.name == "Tovertafel Pixie"))
        assert pixie.loan_days == 21 and pixie.accessories == ["Afstandsbediening"]
        audit = session.scalar(select(AuditEvent).where(AuditEvent.action == "catalogue_imported"))
        assert audit.details["products_created"] == 2
    after = _counts(desk.db)
    again = _importer(desk).apply_import(plan)  # the same file twice adds nothing
    assert (again.products_created, again.items_created) == (0, 0)
    assert _counts(desk.db) == after


def test_a_bad_line_changes_nothing_and_is_named(desk):
    before = _counts(desk.db)
    bad = CSV + "Zembro;Zembro;Monitoring;;veel;;;;\n"
    plan = parse_catalogue(bad.encode(), "catalogus.csv")
    with pytest.raises(ImportRefused) as refused:
        _importer(desk).apply_import(plan)
    assert [e.line for e in refused.value.errors] == [5]
    assert _counts(desk.db) == before


def test_a_tag_of_another_product_refuses_the_whole_import(desk):
    before = _counts(desk.db)
    taken = desk.other_tags[0]  # an item of Qwiek.up
    csv = CSV.replace("LD0009011 LD0009022", f"LD0009011 {taken}")
    with pytest.raises(ImportRefused) as refused:
        _importer(desk).apply_import(parse_catalogue(csv.encode(), "x.csv"))
    (error,) = refused.value.errors
    assert error.line == 3 and taken in error.nl and error.column == "Tags"
    assert _counts(desk.db) == before  # line 2 (created before line 3 failed) is rolled back


def test_unreadable_plan_is_refused_before_the_store(desk):
    plan = parse_catalogue(b"Naam;Aantal\n;3\n", "x.csv")
    assert not plan.ok
    with pytest.raises(ImportRefused, match="nothing was changed"):
        _importer(desk).apply_import(plan)


def test_export_since_leaves_older_reviews_out(desk, tmp_path: Path):
    ids = _reviewed(desk)
    desk.clock.advance(days=30)
    late = desk.service.add_review(desk.loan(tag=desk.other_tags[0]), care_answers())
    desk.service.moderate(late.id, "approve")
    since = desk.service.review(late.id).created_at.date()
    data = desk.service.export_data(since)
    assert [r.id for p in data.products for r in p.reviews] == [str(late.id)]
    assert ids["shown"] != late.id


def test_redaction_blanks_names_but_keeps_name_particles(desk):
    s = desk.service
    first = s.add_review(
        desk.loan(), care_answers(overall=5), Reviewer("Thijs van der Dijk", publish_name=False)
    )
    second = s.add_review(
        desk.loan(badge=1),
        care_answers(tips="Zet het alarm op de tijd van het ontbijt; vraag Thijs of Van der Dijk."),
    )
    s.moderate(first.id, "approve")
    s.moderate(second.id, "approve")
    data = desk.service.export_data()
    (tips,) = [
        r.result.answers["tips"]
        for p in data.products
        for r in p.reviews
        if "tips" in r.result.answers
    ]
    assert tips == "Zet het alarm op de tijd van het ontbijt; vraag [naam] of Van der [naam]."
    report = desk.service.product_report_data(desk.product_id, lang="en")
    assert report.tips == [
        "Zet het alarm op de tijd van het ontbijt; vraag [name] of Van der [name]."
    ]


def _importer(desk: Desk) -> CatalogueImportService:
    return CatalogueImportService(desk.db, desk.service.ctx_factory)


def test_moderation_sees_the_label_the_review_will_be_published_under(desk):
    s = desk.service
    ids = [
        s.add_review(
            desk.loan(badge=i % 2),
            care_answers(overall=4),
            Reviewer(name, discipline=discipline, organisation="Zorggroep Noorderlicht"),
        ).id
        for i, (name, discipline) in enumerate(
            [("Ann", "Psycholoog"), ("Bo", "Verpleegkundige"), ("Cas", "Verpleegkundige")]
        )
    ]
    for review_id in ids[1:]:
        s.moderate(review_id, "approve")
    # Approving Ann's makes three people at Noorderlicht: her organisation, not her label.
    assert s.published_author(ids[0]) == "Zorggroep Noorderlicht"
    # Bo's and Cas's alone: two people, so not even the organisation.
    assert s.published_author(ids[1]) == "Zorgprofessional"
    with desk.db.unit_of_work() as session:
        session.add(Setting(key=ANONYMITY_SETTING, value="2"))
    assert s.published_author(ids[1]) == "Verpleegkundige, Zorggroep Noorderlicht"
    assert s.published_author(ids[0], "en") == "Zorggroep Noorderlicht"  # one psychologist
