"""Text fitting: shrink, then wrap, then cut -- never wider or taller than the box."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from lendingdesk.documents.fonts import SANS, SANS_BOLD, register_fonts
from lendingdesk.documents.textfit import ELLIPSIS, TextStyle, fit_text, wrap

from .samples import PRODUCTS

register_fonts()
STYLE = TextStyle(SANS, max_size=10, min_size=5, max_lines=3)


def test_short_text_keeps_the_largest_size_on_one_line():
    fitted = fit_text("PARO", STYLE, 100, 50)
    assert fitted.lines == ("PARO",) and fitted.size == 10


def test_a_long_word_shrinks_before_it_is_broken():
    word = "Incontinentiesensorverwerkingsmodule"
    width = stringWidth(word, SANS, 7)  # fits whole at 7 pt, not at 10
    fitted = fit_text(word, STYLE, width, 50)
    assert fitted.lines == (word,)
    assert fitted.size == 7


def test_words_are_broken_only_when_no_size_keeps_them_whole():
    word = "Incontinentiesensorverwerkingsmodule"
    width = stringWidth(word, SANS, 5) / 2  # too wide even at the minimum size
    fitted = fit_text(word, STYLE, width, 50)
    assert all(line.endswith("-") for line in fitted.lines[:-1])
    assert "".join(line.removesuffix("-") for line in fitted.lines) == word  # nothing lost
    assert 2 <= len(fitted.lines) <= STYLE.max_lines
    assert all(stringWidth(line, SANS, fitted.size) <= width for line in fitted.lines)


def test_text_that_cannot_fit_is_cut_with_an_ellipsis():
    text = " ".join(["Tovertafel"] * 40)
    fitted = fit_text(text, STYLE, 80, 25)
    assert fitted.size == 5
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert fitted.height <= 25


@pytest.mark.parametrize("text", PRODUCTS)
@pytest.mark.parametrize(("width", "height"), [(40, 12), (90, 40), (25, 60), (200, 9)])
def test_every_fitted_line_lies_inside_the_box(text, width, height):
    fitted = fit_text(text, STYLE, width, height)
    if not text:
        assert not fitted.fits
        return
    assert fitted.fits
    assert len(fitted.lines) <= STYLE.max_lines
    assert fitted.height <= height + 1e-6
    for line in fitted.lines:
        assert stringWidth(line, SANS, fitted.size) <= width + 1e-6


def test_a_code_is_never_cut_it_refuses_instead():
    code = TextStyle(SANS_BOLD, max_size=13, min_size=6, may_truncate=False)
    assert fit_text("LD0000427", code, 100, 20).lines == ("LD0000427",)
    assert not fit_text("LD0000427", code, 20, 20).fits  # would need to be cut: no


def test_a_broken_word_is_split_evenly_not_leaving_a_stray_letter():
    word = "Incontinentiesensorverwerkingsmodule"
    width = stringWidth(word, SANS, 10) / 2.6  # three pieces needed
    lines = wrap(word, SANS, 10, width)
    assert len(lines) == 3
    lengths = [len(line.removesuffix("-")) for line in lines]
    assert max(lengths) - min(lengths) <= len(word) // 3


def test_wrap_without_breaking_reports_a_word_that_does_not_fit():
    assert wrap("Tovertafel Qwiek.up", SANS, 10, 30, break_words=False) is None
    assert wrap("Tovertafel Qwiek.up", SANS, 10, 200) == ["Tovertafel Qwiek.up"]
