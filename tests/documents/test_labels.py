"""QR labels: every code scans back to its own item, on the label it belongs to."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from lendingdesk.documents import (
    TEMPLATES,
    BarcodeDoesNotFit,
    InvalidDocumentInput,
    InvalidTemplate,
    LabelOptions,
    LabelSpec,
    LabelTemplate,
    LabelTooSmall,
    QRCodeTooDense,
    custom_sheet,
    plan_labels,
    render_labels,
)
from lendingdesk.documents.units import MM
from lendingdesk.domain.codes import parse_tag

from .pdfcheck import PX_PER_MM, Page, ink_in_ring, normalise, read_pdf
from .samples import ORGANISATION, PRODUCTS, label_specs

# What must hold, written out here rather than read from the code under test: a QR module
# of 0.8 mm is 6.4 dots on a 203 dpi thermal head; a Code128 bar of 0.25 mm is 2 dots.
REQUIRED_MODULE_MM = 0.8
REQUIRED_BAR_MODULE_MM = 0.25

CUSTOM = custom_sheet(columns=4, rows=10, label_w=48.5, label_h=25.4, left=8.0, top=21.5)
# Too narrow for text beside the QR code: the text goes underneath.
NARROW = custom_sheet(columns=6, rows=4, label_w=30.0, label_h=70.0, left=15.0, top=8.0)
ALL_TEMPLATES = [*TEMPLATES.values(), CUSTOM, NARROW]
NO_ROOM_FOR_BARCODE = (CUSTOM, NARROW)  # refused, tested below


def render(specs, **options) -> bytes:
    out = io.BytesIO()
    render_labels(specs, LabelOptions(**options), out)
    return out.getvalue()


def where(template: LabelTemplate, page: Page, x: float, y: float) -> int | None:
    """The position of the label that contains point (x, y) mm, or None (between labels)."""
    for position in range(1, template.per_page + 1):
        r = template.label_rect(position)
        if r.x < x < r.right and r.y < y < r.bottom:
            return position
    return None


def expected_slots(template: LabelTemplate, count: int, start: int) -> list[tuple[int, int]]:
    slots = [divmod(start - 1 + i, template.per_page) for i in range(count)]
    return [(page, position + 1) for page, position in slots]


SCAN_CASES = [
    pytest.param(
        t, barcode, id=f"{t.name}-{t.label_w:g}x{t.label_h:g}-{'qr+code128' if barcode else 'qr'}"
    )
    for t in ALL_TEMPLATES
    for barcode in (False, True)
    if not (barcode and t in NO_ROOM_FOR_BARCODE)
]


@pytest.mark.parametrize(("template", "barcode"), SCAN_CASES)
def test_every_label_scans_back_to_its_own_item_in_its_own_place(template, barcode):
    start = 3 if template.kind == "sheet" else 1
    count = template.per_page + 2 if template.kind == "sheet" else 3  # spill onto a new page
    specs = label_specs(count, first_serial=400)
    pages = read_pdf(
        render(specs, template=template, start_position=start, show_barcode=barcode),
        barcodes=barcode,
    )
    slots = expected_slots(template, count, start)
    assert len(pages) == slots[-1][0] + 1
    for page in pages:
        assert (page.width_mm, page.height_mm) == pytest.approx(
            (template.page_w, template.page_h), abs=0.01
        )
    seen: dict[str, set[str]] = {"QRCode": set(), "Code128": set()}
    for spec, (page_no, position) in zip(specs, slots, strict=True):
        page = pages[page_no]
        mine = [c for c in page.codes if parse_tag(c.text) == spec.tag]
        formats = {c.format for c in mine}
        assert formats == ({"QRCode", "Code128"} if barcode else {"QRCode"}), spec.tag
        for code in mine:
            assert code.text == spec.tag  # the bare tag, exactly
            assert where(template, page, code.x, code.y) == position, spec.tag
            seen[code.format].add(spec.tag)
    assert seen["QRCode"] == {s.tag for s in specs}
    # No stray codes: everything decoded belongs to one of the labels.
    assert sum(len(p.codes) for p in pages) == count * (2 if barcode else 1)


def test_start_position_leaves_used_labels_empty():
    template = TEMPLATES["avery-l7160"]
    page = read_pdf(render(label_specs(3), template="avery-l7160", start_position=19), chars=True)[
        0
    ]
    positions = sorted(where(template, page, c.x, c.y) for c in page.codes)
    assert positions == [19, 20, 21]
    # Not a character printed on the 18 used labels either.
    assert {where(template, page, c.left, c.top) for c in page.chars} == {19, 20, 21}


@pytest.mark.parametrize(
    "template", ALL_TEMPLATES, ids=lambda t: f"{t.name}-{t.label_w:g}x{t.label_h:g}"
)
def test_no_text_leaves_its_label_however_long_the_name(template):
    specs = [replace(s, organisation=ORGANISATION * 2) for s in label_specs(len(PRODUCTS))]
    pages = read_pdf(render(specs, template=template), chars=True)
    slots = expected_slots(template, len(specs), 1)
    for page_no, page in enumerate(pages):
        used = {position for p, position in slots if p == page_no}
        for ch in page.chars:
            # Every glyph box lies inside one label, clear of the unprintable inset.
            position = where(template, page, (ch.left + ch.right) / 2, (ch.top + ch.bottom) / 2)
            assert position in used, ch
            r = template.label_rect(position)
            slack = template.inset - 0.05
            assert ch.left >= r.x + slack and ch.right <= r.right - slack, ch
            assert ch.top >= r.y + slack and ch.bottom <= r.bottom - slack, ch


def test_product_names_print_with_dutch_characters_from_an_embedded_font():
    specs = [
        LabelSpec("LD0000013", "Tovertafel Qwiek.up Cliëntvriendelijk"),
        LabelSpec("LD0000021", "Naïeve café-modus € 12"),
        LabelSpec("LD0000037", "Ëlst"),
    ]
    data = render(specs, template="avery-l7163")
    text = normalise(read_pdf(data)[0].text)
    for expected in (
        "LD0000013",
        "Tovertafel Qwiek.up Cliëntvriendelijk",
        "Naïeve café-modus € 12",
        "Ëlst",
    ):
        assert expected in text
    assert b"/FontFile2" in data  # TrueType, embedded
    assert b"/Helvetica" not in data  # no unembedded standard font anywhere


def test_each_qr_code_is_one_vector_path_and_no_image():
    template = TEMPLATES["avery-l7160"]
    page = read_pdf(render(label_specs(template.per_page), template=template))[0]
    assert page.image_objects == 0
    assert page.path_objects == template.per_page  # one path per QR code, nothing else


@pytest.mark.parametrize(
    "template", ALL_TEMPLATES, ids=lambda t: f"{t.name}-{t.label_w:g}x{t.label_h:g}"
)
def test_qr_modules_never_below_the_printable_minimum(template):
    for barcode in (False, True):
        if barcode and template in NO_ROOM_FOR_BARCODE:
            continue
        plans = plan_labels(label_specs(2), LabelOptions(template=template, show_barcode=barcode))
        for plan in plans:
            assert plan.module >= REQUIRED_MODULE_MM * MM - 1e-9
            assert plan.qr.label.startswith("QR ")  # never Micro QR
            if barcode:
                assert plan.bar_module >= REQUIRED_BAR_MODULE_MM * MM - 1e-9


@pytest.mark.parametrize(("template", "barcode"), SCAN_CASES)
def test_quiet_zone_of_four_modules_around_every_qr_code_is_blank(template, barcode):
    pages = read_pdf(render(label_specs(3), template=template, show_barcode=barcode))
    for page in pages:
        for code in page.codes:
            module_px = (code.box[2] - code.box[0]) / 21  # bare tags: version 1
            ring = int(4 * module_px) - 1
            assert ring >= int(4 * REQUIRED_MODULE_MM * PX_PER_MM) - 1
            assert ink_in_ring(page, code.box, ring) == 0, code.text


def test_printed_module_size_measured_on_the_smallest_labels():
    for name in ("dymo-11354", "brother-29x62"):
        page = read_pdf(render(label_specs(1), template=name, show_barcode=True))[0]
        (qr,) = [c for c in page.codes if c.format == "QRCode"]
        assert qr.side / 21 >= REQUIRED_MODULE_MM - 0.05, name  # a version 1 code: 21 modules


def test_bare_tags_get_the_highest_error_correction():
    (plan,) = plan_labels(label_specs(1), LabelOptions(template="dymo-11354"))
    assert plan.qr.label == "QR 1-H"


def test_qr_can_carry_a_url_that_still_parses_to_the_tag():
    url = "https://zorgtech.example/i/{tag}"
    specs = label_specs(3)
    codes = read_pdf(render(specs, template="avery-l7163", url_template=url))[0].codes
    assert sorted(c.text for c in codes) == sorted(url.format(tag=s.tag) for s in specs)
    assert sorted(parse_tag(c.text) for c in codes) == sorted(s.tag for s in specs)


def test_url_too_long_for_a_small_label_is_refused_before_writing(tmp_path):
    out = tmp_path / "labels.pdf"
    options = LabelOptions(
        template="dymo-11354",
        url_template="https://uitleen.zorggroep-voorbeeld.example/items/{tag}",
    )
    with pytest.raises(QRCodeTooDense) as info:
        render_labels(label_specs(2), options, out)
    assert "QR-code" in info.value.message("nl") and "QR code" in info.value.message("en")
    assert not out.exists()


def test_barcode_refused_when_the_label_is_too_narrow():
    assert len(read_pdf(render(label_specs(1), template=NARROW))[0].codes) == 1  # QR fits
    with pytest.raises(BarcodeDoesNotFit) as info:
        render(label_specs(1), template=NARROW, show_barcode=True)
    assert "streepjescode" in info.value.message("nl")


def test_label_too_small_for_any_text_is_refused():
    tiny = custom_sheet(columns=8, rows=10, label_w=25.0, label_h=25.0, left=5.0, top=5.0)
    with pytest.raises((LabelTooSmall, QRCodeTooDense)):
        render(label_specs(1), template=tiny)


def test_blank_tags_carry_code_and_organisation_only():
    specs = [LabelSpec("LD0000013", "", "Zorggroep Ëlst"), LabelSpec("LD0000021")]
    page = read_pdf(render(specs, template="dymo-99012"))[0]
    assert [c.text for c in page.codes] == ["LD0000013"]
    assert normalise(page.text) == "LD0000013 Zorggroep Ëlst"


def test_organisation_can_be_switched_off():
    page = read_pdf(render(label_specs(1), template="dymo-99012", show_organisation=False))[0]
    assert "Zorggroep" not in page.text


@pytest.mark.parametrize("start", [0, 22])
def test_start_position_outside_the_sheet_is_refused(start):
    with pytest.raises(InvalidDocumentInput) as info:
        render(label_specs(1), template="avery-l7160", start_position=start)
    assert "1 tot en met 21" in info.value.message("nl")


def test_roll_media_have_no_start_position_but_one():
    with pytest.raises(InvalidDocumentInput):
        render(label_specs(1), template="dymo-11354", start_position=2)


def test_nothing_to_print_is_refused():
    with pytest.raises(InvalidDocumentInput):
        render([], template="avery-l7160")


@pytest.mark.parametrize("tag", ["ld0000013", "LD0000012", "LD 000001 3", "LP0000125", ""])
def test_only_canonical_item_tags_make_a_label(tag):
    with pytest.raises(InvalidDocumentInput):
        LabelSpec(tag, "PARO")


def test_writes_to_a_path_and_reports_pages(tmp_path):
    out = tmp_path / "sheet.pdf"
    result = render_labels(label_specs(30), LabelOptions(template="avery-l7163"), out)
    assert (result.pages, result.count) == (3, 30)
    assert out.read_bytes().startswith(b"%PDF")


def test_pdf_asks_the_print_dialog_for_actual_size():
    assert b"/PrintScaling /None" in render(label_specs(1), template="avery-l7160")


def test_outline_test_print_draws_every_label_edge():
    template = TEMPLATES["avery-l7160"]
    page = read_pdf(render(label_specs(1), template=template, outline=True))[0]
    assert page.path_objects == 1 + template.per_page  # the QR code plus 21 outlines


def ink_box_mm(page: Page) -> tuple[float, float, float, float]:
    """left, top, right, bottom (mm) of everything printed dark on the page."""
    left, top, right, bottom = page.image.point(lambda v: 255 if v < 160 else 0).getbbox()
    return left / PX_PER_MM, top / PX_PER_MM, right / PX_PER_MM, bottom / PX_PER_MM


@pytest.mark.parametrize("barcode", [False, True])
def test_dymo_99012_keeps_ink_out_of_the_drivers_unprintable_leading_edge(barcode):
    # The LabelWriter driver prints nothing in the first 6.0 mm of a 99012 label (its PPD's
    # imageable area starts 17 pt in); which short end leads depends on the driver's turn.
    template = TEMPLATES["dymo-99012"]
    for page in read_pdf(render(label_specs(3), template=template.name, show_barcode=barcode)):
        left, top, right, bottom = ink_box_mm(page)
        px = 1 / PX_PER_MM  # an anti-aliased edge pixel
        assert left >= 6.0 - px and right <= template.label_w - 6.0 + px, (left, right)
        assert top >= 1.5 - px and bottom <= template.label_h - 1.5 + px, (top, bottom)
        assert len(page.codes) == 1


def test_sheets_keep_their_whole_label_for_content():
    for template in (t for t in ALL_TEMPLATES if t.kind == "sheet"):
        area = template.safe_area
        assert (area.x, area.y, area.w, area.h) == (0, 0, template.label_w, template.label_h)


def test_an_unprintable_border_of_half_the_label_is_refused():
    with pytest.raises(InvalidTemplate):
        replace(TEMPLATES["dymo-99012"], unprintable=(20.0, 1.0, 25.0, 1.0))
