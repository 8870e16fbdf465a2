"""Quoting what the user typed or chose in a one-line message."""

from __future__ import annotations

from lendingdesk.safe_text import shown, shown_path


def test_a_short_path_is_shown_whole() -> None:
    assert shown_path("/home/joke/codes.txt") == "/home/joke/codes.txt"


def test_a_long_path_keeps_its_file_name_and_start() -> None:
    deep = "/tmp/pytest-of-root/pytest-808/popen-gw1/test_a_missing_codes_file_is_n0/nope.txt"
    quoted = shown_path(deep, limit=60)
    assert quoted.endswith("/nope.txt") and quoted.startswith("/tmp/pytest-of-root")
    assert "…" in quoted and len(quoted) <= 60


def test_a_huge_file_name_is_still_one_short_line() -> None:
    quoted = shown_path("/data/" + "x" * 5000 + "\n\x1b[31m.csv", limit=80)
    assert len(quoted) <= 80 and "\n" not in quoted and "\x1b" not in quoted


def test_shown_cuts_at_the_limit_and_marks_it() -> None:
    assert shown("a" * 50, limit=10) == "a" * 10 + "…"
    assert shown("two\nlines") == "two?lines"
