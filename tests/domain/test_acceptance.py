"""The loan conditions: versions, the coordinator's grant, the acceptance and its PDF."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lendingdesk.domain import catalogue, circulation
from lendingdesk.domain.context import DeskContext
from lendingdesk.domain.roles import PermissionDenied
from lendingdesk.errors import InvalidInput
from lendingdesk.services import access
from lendingdesk.services.acceptance import AcceptanceService
from lendingdesk.services.printing import slip_for_loans
from lendingdesk.store.models import AuditEvent, LoanAcceptance, LoanAcceptanceLoan
from tests.reviews.pdfcheck import pdf_text

CODE = "balie-4821"


@pytest.fixture
def desk(db, ctx: DeskContext):
    with db.unit_of_work() as s:
        access.set_code(s, ctx, CODE)
        product = catalogue.create_product(
            s, ctx, catalogue.ProductInput(name="Tovertafel mini", loan_days=14)
        )
        tags = [i.tag for i in catalogue.add_items(s, ctx, product, 3)]
        anna = catalogue.create_borrower(s, ctx, catalogue.BorrowerInput(name="Anna Jansen"))
        piet = catalogue.create_borrower(s, ctx, catalogue.BorrowerInput(name="Piet Bakker"))
        loans = [
            circulation.check_out(s, ctx, circulation.CheckoutRequest(item=t, borrower=anna.badge))
            for t in tags[:2]
        ]
        other = circulation.check_out(
            s, ctx, circulation.CheckoutRequest(item=tags[2], borrower=piet.badge)
        )
        s.flush()
        ids = [loan.id for loan in loans]
        return {"anna": anna.badge, "loans": ids, "other": other.id, "tags": tags}


def test_conditions_are_versioned_and_only_the_coordinator_changes_them(db, ctx, desk):
    service = AcceptanceService(db, lambda: ctx)
    assert service.conditions().version == 0  # the built-in text until the organisation writes
    with pytest.raises(PermissionDenied):
        service.change_conditions(None, "a", "b", "c")
    with pytest.raises(PermissionDenied):
        access.authorize(db, ctx, "verkeerd-1", "conditions")
    grant = access.authorize(db, ctx, CODE, "conditions")
    first = service.change_conditions(grant, "Gebruik zorgvuldig.", "Reinig na gebruik.", "AVG.")
    assert first.version == 1
    same = service.change_conditions(grant, "Gebruik zorgvuldig. ", "Reinig na gebruik.", "AVG.")
    assert same.version == 1  # nothing changed: no new version
    second = service.change_conditions(grant, "Gebruik zorgvuldig.", "Reinig.", "AVG.")
    assert second.version == 2 and service.conditions().hygiene_text == "Reinig."
    with pytest.raises(InvalidInput):
        service.change_conditions(grant, "", "Reinig.", "AVG.")
    other_grant = access.authorize(db, ctx, CODE, "settings")
    with pytest.raises(PermissionDenied):  # a grant for another action does not do
        service.change_conditions(other_grant, "x", "y", "z")


def test_an_acceptance_covers_the_sessions_loans_once_with_its_pdf(db, ctx, desk, tmp_path):
    service = AcceptanceService(db, lambda: ctx, lang="nl")
    with pytest.raises(InvalidInput):  # signing needs a signature
        service.accept(desk["anna"], desk["loans"], method="signature", conditions_version=0)
    with pytest.raises(InvalidInput):  # somebody else's loan
        service.accept(
            desk["anna"], [*desk["loans"], desk["other"]], method="tick", conditions_version=0
        )
    record = service.accept(desk["anna"], desk["loans"], method="tick", conditions_version=0)
    assert record.loan_ids == tuple(sorted(desk["loans"]))
    with pytest.raises(InvalidInput):  # a loan is covered once
        service.accept(desk["anna"], desk["loans"][:1], method="tick", conditions_version=0)
    with db.session() as s:
        row = s.get(LoanAcceptance, record.id)
        assert (row.method, row.conditions_version, row.desk) == ("tick", 0, ctx.desk)
        assert sorted(s.scalars(select(LoanAcceptanceLoan.loan_id))) == sorted(desk["loans"])
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "conditions_accepted")
        ).all()
        assert len(events) == 1
    text = pdf_text(service.pdf(record.id))
    assert "Acceptatie van de leenvoorwaarden" in text
    assert "Anna Jansen" in text and desk["tags"][0] in text and desk["tags"][1] in text
    assert "Tovertafel mini" in text and "0 (standaardtekst)" in text
    assert "aanvinken" in text
    (tmp_path / "acceptance.pdf").write_bytes(service.pdf(record.id))
    # The loan slip of these loans says so.
    with db.session() as s:
        slip = slip_for_loans(s, ctx, desk["loans"])
    assert slip.conditions_accepted is not None
    assert slip.conditions_accepted[0] == 0 and slip.conditions_accepted[2] == "tick"
    import io

    from lendingdesk.documents.slips import render_slip

    out = io.BytesIO()
    render_slip(slip, out, "a4", "nl")
    assert "Leenvoorwaarden (versie 0) geaccepteerd op" in pdf_text(out.getvalue())
    assert "aangevinkt op het scherm" in pdf_text(out.getvalue())


def _signature_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 80), "white")
    ImageDraw.Draw(image).line([(10, 60), (60, 10), (120, 70), (230, 20)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_erasure_removes_the_signature_and_pdf_and_keeps_the_bare_acceptance(db, ctx, desk):
    from lendingdesk.errors import NotFound
    from lendingdesk.services import erasure
    from lendingdesk.store.models import Borrower

    service = AcceptanceService(db, lambda: ctx, lang="nl")
    png = _signature_png()
    record = service.accept(
        desk["anna"], desk["loans"], method="signature", conditions_version=0, signature_png=png
    )
    assert "Anna Jansen" in pdf_text(service.pdf(record.id))
    with db.unit_of_work() as s:
        for tag in desk["tags"][:2]:
            circulation.check_in(s, ctx, circulation.CheckinRequest(item=tag))
    grant = access.authorize(db, ctx, CODE, "erase_borrower")
    result = erasure.erase_borrower(db, ctx, desk["anna"], grant)
    assert result.acceptances_cleared == 1
    with db.session() as s:
        row = s.get(LoanAcceptance, record.id)
        # What was accepted, when, how and for which loans stays; who signed does not.
        assert (row.method, row.conditions_version, row.desk) == ("signature", 0, ctx.desk)
        assert row.signature_png is None and row.pdf is None
        assert s.get(Borrower, row.borrower_id).name.startswith("Gewiste lener")
        assert sorted(s.scalars(select(LoanAcceptanceLoan.loan_id))) == sorted(desk["loans"])
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        erased = [e for e in events if e.action == "acceptance_erased"]
        assert [(e.entity_id, e.details["removed"]) for e in erased] == [
            (record.id, ["signature", "pdf"])
        ]
        assert all("Anna" not in str(e.details) for e in events)
        blobs = s.execute(select(LoanAcceptance.signature_png, LoanAcceptance.pdf)).all()
        assert all(b is None or b"Anna" not in b for pair in blobs for b in pair)
        slip = slip_for_loans(s, ctx, desk["loans"])
    assert slip.conditions_accepted is not None  # the slip may still say it was accepted
    with pytest.raises(NotFound) as refused:
        service.pdf(record.id)
    assert "gewist" in refused.value.message("nl")
