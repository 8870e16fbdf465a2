"""The code parser: what scanners and people type must come back as the right code, or None."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lendingdesk.domain.codes import (
    CodeKind,
    damm_check_digit,
    format_badge,
    format_tag,
    parse_badge,
    parse_code,
    parse_tag,
    qr_payload,
)
from lendingdesk.errors import InvalidInput

AZERTY_ROW = str.maketrans("1234567890", "&é\"'(-è_çà")
BELGIAN_ROW = str.maketrans("1234567890", "&é\"'(§è!çà")


def test_format_is_prefix_six_digits_and_check_digit() -> None:
    assert format_tag(42) == "LD0000427"
    assert format_badge(125) == "LP0001250"
    assert damm_check_digit("572") == 4  # the published Damm example


@pytest.mark.parametrize(
    "typed",
    [
        "LD0000427",
        "ld0000427",
        "Ld0000427\n",
        "  LD0000427  ",
        "LD-000042-7",
        "LD 000 042 7",
        "https://zorgtech.example/i/LD0000427",
        "HTTPS://ZORGTECH.EXAMPLE/I/LD0000427?src=qr",
        "LD0000427".translate(AZERTY_ROW),
        "LD0000427".translate(BELGIAN_ROW),
        # A URL typed on a QWERTZ layout: y and z swapped, '/' became '-', the tag intact.
        "httpsÖ--yorgtech.example-i-LD0000427",
    ],
)
def test_scanner_variants_parse_to_the_tag(typed: str) -> None:
    assert parse_tag(typed) == "LD0000427"


def test_badge_and_tag_are_told_apart() -> None:
    assert parse_badge("LP0001250") == "LP0001250"
    assert parse_tag("LP0001250") is None
    assert parse_code("LP0001250").kind is CodeKind.BADGE


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "LD0000420",  # wrong check digit: one mistyped digit never means another item
        "LD0000472",  # swapped neighbours
        "LD000042",  # too short
        "LD00004277",  # too long
        "XLD0000427",  # glued to other letters
        "LD0000000",  # serial zero does not exist... (check digit of 000000 is 0)
        "LD0000427 LD0000013",  # two different codes: refuse rather than guess
        "hello world",
        "\x00\x01",
    ],
)
def test_anything_else_is_unknown(typed: str) -> None:
    assert parse_code(typed) is None


def test_non_strings_are_unknown_not_a_crash() -> None:
    assert parse_code(None) is None
    assert parse_code(12345) is None


def test_qr_payload_bare_or_url() -> None:
    assert qr_payload("LD0000427") == "LD0000427"
    url = qr_payload("LD0000427", "https://zorgtech.example/i/{tag}")
    assert url == "https://zorgtech.example/i/LD0000427"
    assert parse_tag(url) == "LD0000427"
    with pytest.raises(InvalidInput) as refused:
        qr_payload("LD0000427", "https://no-placeholder.example/")
    assert "{tag}" in refused.value.message("nl") and "{tag}" in refused.value.message("en")
    with pytest.raises(InvalidInput):  # filled in literally: never a Python format string
        qr_payload("LD0000427", "https://x.example/{tag.__class__}\n{tag}")
    assert qr_payload("LD1", "https://x.example/{0}/{tag}") == "https://x.example/{0}/LD1"


@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    result = parse_code(text)  # the property: it never raises
    assert result is None or 0 < result.serial <= 999_999


@given(
    st.integers(min_value=1, max_value=999_999), st.sampled_from([CodeKind.ITEM, CodeKind.BADGE])
)
def test_round_trip_including_garbling(serial: int, kind: CodeKind) -> None:
    text = format_tag(serial) if kind is CodeKind.ITEM else format_badge(serial)
    for variant in (text, text.lower(), text.translate(AZERTY_ROW), f"https://x.example/{text}"):
        code = parse_code(variant)
        assert code is not None and code.kind is kind and code.serial == serial


@given(
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=2, max_value=8),
    st.integers(0, 9),
)
def test_single_digit_errors_are_caught(serial: int, position: int, digit: int) -> None:
    text = format_tag(serial)
    if text[position] == str(digit):
        return
    typo = text[:position] + str(digit) + text[position + 1 :]
    assert parse_code(typo) is None
