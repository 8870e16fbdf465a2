"""WordRedactor must give exactly what the single big regular expression gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lendingdesk.exchange.redaction import WordRedactor, fold


def reference(variants: set[str], replacement: str, text: str) -> str:
    """The expression the exporter used before: longest variants first, whole words, any case."""
    ordered = sorted(variants, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", re.I)
    return pattern.sub(replacement, text)


# Letters that re.IGNORECASE pairs across ASCII and beyond, typographic punctuation, digits.
ALPHABET = "aAeEiIkKsSnNoOjJ İıſKßẞéÉëçÇ’'-.,“”«»_019\u00a0\u0345ιΙ"


@settings(max_examples=400, deadline=None)
@given(
    st.sets(st.text(ALPHABET, min_size=1, max_size=6), min_size=1, max_size=8),
    st.lists(st.text(ALPHABET, max_size=8), max_size=10),
)
def test_same_result_as_one_expression(variants: set[str], pieces: list[str]) -> None:
    # Texts built from the variants themselves (in other cases) so that matches do occur.
    words = sorted(variants)
    text = " ".join(
        p + (words[i % len(words)].swapcase() if i % 2 else words[i % len(words)])
        for i, p in enumerate(pieces)
    )
    assert WordRedactor(variants, "[naam]")(text) == reference(variants, "[naam]", text)


def test_names_with_case_and_unicode_equivalents() -> None:
    names = {"Kees", "İlker", "Jansen", "Anna de Vries", "Vries", "Anna"}
    redact = WordRedactor(names, "[naam]")
    for text in (
        "KEES zei: vraag ilker of ILKER (of ıLKER).",
        "“Anna de Vries” en anna; Annabel niet, Vries-achtig wel half.",
        "Met \u212aees (Kelvin-K) en ſanne.",
        "Niemand genoemd, alleen collega's.",
    ):
        assert redact(text) == reference(names, "[naam]", text), text
    assert redact("Niemand genoemd.") == "Niemand genoemd."
    assert redact.candidates("Niemand genoemd.") == []


def test_thousands_of_names_only_tries_the_ones_that_can_occur() -> None:
    names = {f"Collega{n:04d} Achternaam{n:04d}" for n in range(3000)}
    redact = WordRedactor(names, "[naam]")
    text = "Volgens collega0042 achternaam0042 werkt het goed."
    assert redact.candidates(text) == ["Collega0042 Achternaam0042"]
    assert redact(text) == "Volgens [naam] werkt het goed."


def test_fold_equates_what_ignorecase_equates() -> None:
    # Every character re.IGNORECASE matches to another folds to the same character.
    chars = [chr(c) for c in (*range(0x20, 0x2000), 0x1E9E, 0x212A, 0x212B, 0x2126)]
    ascii_letters = [c for c in chars if c.isascii() and c.isalpha()]
    for c in chars:
        pattern = re.compile(re.escape(c), re.IGNORECASE)
        for other in ascii_letters:
            if pattern.fullmatch(other):
                assert fold(c) == fold(other), (c, other)
        assert len(fold(c)) == 1
