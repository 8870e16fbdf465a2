"""The return receipt with the phone form on: each returned product's one-time link as a QR
code a phone reads, and the same address in print, on A4 and on an 80 mm receipt roll."""

from __future__ import annotations

import io
import subprocess

import pytest

from lendingdesk.documents import render_slip
from lendingdesk.services.desk import DeskService
from lendingdesk.services.review_links import LinkState, ReviewLinkService
from tests.documents.pdfcheck import normalise, read_pdf
from tests.reviews.factories import care_answers


def receipt(desk, loan_ids: list[int]):
    slip = DeskService(desk.db, lambda: desk.ctx).slip_data(loan_ids)
    links = ReviewLinkService(desk.db, lambda: desk.ctx, base_url="http://192.168.1.20:8470")
    return slip, links


@pytest.mark.parametrize("paper", ["a4", "receipt80"])
def test_the_receipt_prints_a_qr_and_the_address_of_each_link(desk, paper, tmp_path):
    first = desk.loan(tag=desk.tags[0])
    second = desk.loan(tag=desk.other_tags[0])
    slip, links = receipt(desk, [first, second])
    assert slip.review_links == ()
    with_links = links.with_review_links(slip)
    urls = [link.url for link in with_links.review_links]
    assert len(urls) == 2 and all(u.startswith("http://192.168.1.20:8470/r/") for u in urls)
    assert [link.product for link in with_links.review_links] == ["Tovertafel Original", "Qwiek.up"]
    out = io.BytesIO()
    render_slip(with_links, out, paper=paper, lang="nl")
    pages = read_pdf(out.getvalue(), barcodes=True)
    decoded = [code.text for page in pages for code in page.codes if code.format == "QRCode"]
    for url in urls:
        assert url in decoded  # the phone's camera gets exactly the link
    # (pdfium reports a hyphen inside a word as U+FFFE, a possible line break.)
    text = normalise(" ".join(page.text for page in pages)).replace("\ufffe", "-")
    assert "Uw review op uw telefoon" in text
    for url in urls:
        assert f" {url} " in f" {text} "  # whole, on one line: typed by hand if scanning fails
    # Each printed link works on the form: it opens the right loan.
    token = urls[1].rsplit("/", 1)[1]
    assert links.open(token).product == "Qwiek.up"
    pdf = tmp_path / f"receipt-{paper}.pdf"
    pdf.write_bytes(out.getvalue())
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / paper)], check=True)


def test_a_reviewed_loan_gets_no_link_and_a_loan_slip_none_at_all(desk):
    reviewed = desk.loan(tag=desk.tags[0])
    slip, links = receipt(desk, [reviewed])
    links.reviews.add_review(reviewed, care_answers())
    assert links.with_review_links(slip).review_links == ()
    open_loan = desk.loan(tag=desk.tags[1], returned=False)
    loan_slip, _ = receipt(desk, [open_loan])
    assert links.with_review_links(loan_slip) == loan_slip


def test_english_receipt_wording(desk):
    slip, links = receipt(desk, [desk.loan()])
    out = io.BytesIO()
    data = links.with_review_links(slip)
    render_slip(data, out, paper="a4", lang="en")
    text = normalise(read_pdf(out.getvalue())[0].text)
    assert "Your review on your phone" in text and "works once" in text
    token = data.review_links[0].url.rsplit("/", 1)[1]
    assert links.check(token) is LinkState.VALID
