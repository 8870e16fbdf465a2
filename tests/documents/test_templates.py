"""Label media geometry against the makers' published dimensions."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lendingdesk.documents import (
    TEMPLATES,
    InvalidTemplate,
    continuous_roll,
    custom_sheet,
    get_template,
    list_templates,
)
from lendingdesk.errors import InvalidInput

# (name, columns, rows, label w, label h, left, top, column pitch, row pitch) from Avery.
AVERY = [
    ("avery-l7160", 3, 7, 63.5, 38.1, 7.2, 15.15, 66.04, 38.1),
    ("avery-l7163", 2, 7, 99.1, 38.1, 4.65, 15.15, 101.6, 38.1),
]


@pytest.mark.parametrize(("name", "cols", "rows", "w", "h", "left", "top", "cp", "rp"), AVERY)
def test_avery_sheets_match_published_geometry(name, cols, rows, w, h, left, top, cp, rp):
    t = TEMPLATES[name]
    assert (t.page_w, t.page_h) == (210.0, 297.0)
    assert t.per_page == cols * rows
    for row in range(rows):
        for col in range(cols):
            r = t.label_rect(row * cols + col + 1)
            assert r.x == pytest.approx(left + col * cp)
            assert r.y == pytest.approx(top + row * rp)
            assert (r.w, r.h) == pytest.approx((w, h))
    # The published margins are symmetric: the last label ends as far from the edge.
    last = t.label_rect(t.per_page)
    assert 210.0 - last.right == pytest.approx(left, abs=0.05)
    assert 297.0 - last.bottom == pytest.approx(top, abs=0.05)


@pytest.mark.parametrize(
    ("name", "w", "h"),
    [
        ("brother-62", 62.0, 40.0),
        ("brother-29x62", 62.0, 29.0),
        ("dymo-99012", 89.0, 36.0),
        ("dymo-11354", 57.0, 32.0),
    ],
)
def test_roll_media_are_one_label_per_page_of_the_label_size(name, w, h):
    t = TEMPLATES[name]
    assert t.kind == "roll" and t.per_page == 1
    assert (t.page_w, t.page_h) == (w, h)
    r = t.label_rect(1)
    assert (r.x, r.y, r.w, r.h) == (0.0, 0.0, w, h)


def test_continuous_tape_is_cut_at_the_requested_length():
    t = continuous_roll(55)
    assert (t.page_w, t.page_h) == (62.0, 55.0)


def test_positions_count_row_by_row_and_refuse_outside_the_sheet():
    t = TEMPLATES["avery-l7160"]
    assert t.label_rect(4).x == pytest.approx(7.2)  # row 2 starts at the left again
    assert t.label_rect(4).y == pytest.approx(15.15 + 38.1)
    with pytest.raises(ValueError):
        t.label_rect(22)
    with pytest.raises(ValueError):
        t.label_rect(0)


def test_custom_grid_from_margins_and_pitch():
    t = custom_sheet(
        columns=4,
        rows=10,
        label_w=48.5,
        label_h=25.4,
        left=8.0,
        top=21.5,
        col_pitch=48.5,
        row_pitch=25.4,
    )
    assert t.name == "custom" and t.per_page == 40
    r = t.label_rect(40)
    assert (r.x, r.y) == pytest.approx((8.0 + 3 * 48.5, 21.5 + 9 * 25.4))


@pytest.mark.parametrize(
    "bad",
    [
        {"col_pitch": 40.0},  # narrower than the label: labels overlap
        {"left": 30.0},  # grid runs off the right edge of A4
        {"rows": 12},  # runs off the bottom
        {"inset": 5.0},  # ink pushed out of the QR's quiet zone
        {"label_w": 0.0},
    ],
)
def test_custom_grid_that_cannot_exist_is_refused_in_both_languages(bad):
    args = {
        "columns": 4,
        "rows": 10,
        "label_w": 48.5,
        "label_h": 25.4,
        "left": 8.0,
        "top": 21.5,
    } | bad
    with pytest.raises(InvalidTemplate) as info:
        custom_sheet(**args)
    assert isinstance(info.value, InvalidInput)  # the desk shows it like any bad input
    assert "Labelsjabloon" in info.value.message("nl")
    assert "Label template" in info.value.message("en")


def test_unknown_template_names_the_known_ones():
    with pytest.raises(InvalidTemplate) as info:
        get_template("avery-l9999")
    assert "avery-l7160" in info.value.message("en")
    assert get_template("AVERY-L7163") is TEMPLATES["avery-l7163"]


def test_list_templates_offers_every_template_and_custom():
    names = [name for name, _ in list_templates()]
    assert names == [*TEMPLATES, "custom"]
    assert {
        "avery-l7160",
        "avery-l7163",
        "brother-62",
        "brother-29x62",
        "dymo-99012",
        "dymo-11354",
    } <= set(names)


def test_importing_documents_does_not_load_reportlab_or_segno():
    code = (
        "import sys, lendingdesk.documents as d; d.list_templates(); d.LabelSpec('LD0000013');"
        "print(sorted(m for m in ('reportlab', 'segno', 'PIL') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
