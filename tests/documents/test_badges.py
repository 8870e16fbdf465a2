"""Borrower badges: ID-1 cards whose QR code scans back to the borrower's badge code."""

from __future__ import annotations

import io

import pytest

from lendingdesk.documents import (
    BADGE_PAPERS,
    BadgeOptions,
    BadgeSpec,
    InvalidDocumentInput,
    render_badges,
)
from lendingdesk.domain.codes import format_badge, parse_badge

from .pdfcheck import dark_columns, normalise, read_pdf

PEOPLE = [
    ("Anouk de Vries", "Team Dementie – Locatie Ëlst"),
    ("Joëlle van den Berg-Ómarsdóttir", "Fysiotherapie"),
    ("Pieter Janssen", "Wijkverpleging Noord, Sociaal Domein en Welzijn & Innovatie"),
    ("Fatima El Idrissi", ""),
]


def badges(count: int) -> list[BadgeSpec]:
    return [
        BadgeSpec(format_badge(1250 + i), *PEOPLE[i % len(PEOPLE)], "Zorggroep De Één")
        for i in range(count)
    ]


def render(specs, **options) -> bytes:
    out = io.BytesIO()
    render_badges(specs, out, BadgeOptions(**options))
    return out.getvalue()


def test_a4_sheet_of_ten_cards_each_scanning_back_in_its_own_card():
    template = BADGE_PAPERS["a4"]
    specs = badges(12)
    pages = read_pdf(render(specs, start_position=2), chars=True)
    assert len(pages) == 2
    placed = [(0, p) for p in range(2, 11)] + [(1, 1), (1, 2), (1, 3)]
    for spec, (page_no, position) in zip(specs, placed, strict=True):
        (code,) = [c for c in pages[page_no].codes if c.text == spec.badge]
        assert parse_badge(code.text) == spec.badge
        r = template.label_rect(position)
        assert r.x < code.x < r.right and r.y < code.y < r.bottom
    assert sum(len(p.codes) for p in pages) == len(specs)


def test_cards_are_id1_size_and_touch_on_the_sheet():
    t = BADGE_PAPERS["a4"]
    assert (t.label_w, t.label_h) == (85.60, 53.98)
    assert t.label_rect(2).x == pytest.approx(t.label_rect(1).right)
    assert t.label_rect(3).y == pytest.approx(t.label_rect(1).bottom)
    # Centred on A4 so that the crop marks sit in even margins.
    assert t.left == pytest.approx(210 - t.label_rect(10).right)


def test_names_and_teams_print_with_their_accents_inside_the_card():
    template = BADGE_PAPERS["a4"]
    page = read_pdf(render(badges(4)), chars=True)[0]
    text = normalise(page.text)
    for name, team in PEOPLE:
        assert name in text
        assert " ".join(team.split()[:2]) in text
    assert "Lenerspas" in text
    for ch in page.chars:
        cx, cy = (ch.left + ch.right) / 2, (ch.top + ch.bottom) / 2
        inside = [
            p
            for p in range(1, 11)
            if template.label_rect(p).x < cx < template.label_rect(p).right
            and template.label_rect(p).y < cy < template.label_rect(p).bottom
        ]
        assert len(inside) == 1, ch
        r = template.label_rect(inside[0])
        assert r.x + template.inset - 0.05 <= ch.left and ch.right <= r.right - template.inset


def test_card_printer_makes_one_card_per_page_in_english():
    pages = read_pdf(render(badges(2), paper="card", lang="en", show_barcode=True), barcodes=True)
    assert len(pages) == 2
    for page, spec in zip(pages, badges(2), strict=True):
        assert (page.width_mm, page.height_mm) == pytest.approx((85.60, 53.98), abs=0.01)
        assert sorted(c.format for c in page.codes) == ["Code128", "QRCode"]
        assert {c.text for c in page.codes} == {spec.badge}
        assert "Borrower badge" in page.text


def test_only_canonical_badge_codes():
    with pytest.raises(InvalidDocumentInput):
        BadgeSpec("LD0000013", "Item tag, not a badge")
    with pytest.raises(InvalidDocumentInput):
        render([])


def test_crop_marks_in_the_margin_line_up_with_every_card_edge():
    t = BADGE_PAPERS["a4"]
    page = read_pdf(render(badges(1)))[0]
    edges = [t.left, t.left + t.label_w, t.left + 2 * t.label_w]
    # The band above the first row of cards holds nothing but the vertical marks.
    marks = dark_columns(page, t.top - 6.5, t.top - 2.5)
    assert marks == pytest.approx(edges, abs=0.3)
    card = read_pdf(render(badges(1), paper="card"))[0]
    assert dark_columns(card, 0, 1.5) == []  # a card printer gets no marks
