"""ISO 9999 classification codes of assistive products, in the dotted form of the 2022 edition.

ISO 9999:2022 writes a class as two digits, a subclass and a division as two more each,
separated by full stops: ``12`` (personal mobility), ``12.23`` (powered wheelchairs),
``12.23.06``. Older editions and many spreadsheets print the same code with spaces
(``12 23 06``). LendingDesk stores and publishes the dotted form, always with the edition.
"""

from __future__ import annotations

import re

EDITION = "ISO 9999:2022"

_PARTS = re.compile(r"^\d{2}(?:[\s.\-]+\d{2}){0,2}$")
_RUN = re.compile(r"^\d{2}(?:\d{2}){0,2}$")  # "122306": the digits without separators


def normalise(code: str | None) -> str | None:
    """``code`` in the dotted form ("12 23 06", "12-23-06", "122306" → "12.23.06").

    None for an empty code; ValueError for text that is no ISO 9999 code.
    """
    text = (code or "").strip()
    if not text:
        return None
    if _RUN.match(text):
        return ".".join(text[i : i + 2] for i in range(0, len(text), 2))
    if _PARTS.match(text):
        return ".".join(re.split(r"[\s.\-]+", text))
    raise ValueError(f"not an ISO 9999 code: {code!r}")
