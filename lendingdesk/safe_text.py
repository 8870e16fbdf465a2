"""Text from outside made safe to show in a message or to write into a spreadsheet cell.

- ``shown``: what a refusal quotes of the user's input: one line, printable, short. A scanned
  or typed value can hold newlines, terminal escape sequences or 100 KB; a message must not.
- ``shown_path``: the same for a file path, shortened in the middle so the file name stays.
- ``spreadsheet_cell``: a text cell that Excel, LibreOffice and Google Sheets will not run as a
  formula (OWASP "CSV injection"): a leading ``= + - @`` (or tab / carriage return, which some
  programs skip before looking) gets an apostrophe in front, which the spreadsheet hides.
- ``undecodable``: whether text carries bytes that were not UTF-8 (Python keeps those as lone
  surrogates, e.g. in ``sys.argv`` on Linux); such text cannot be stored or printed.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHOWN_LIMIT = 40


def shown(text: object, limit: int = SHOWN_LIMIT) -> str:
    """``text`` for quoting in a message: control characters as "?", at most ``limit`` chars."""
    value = "".join(ch if ch.isprintable() else "?" for ch in str(text).strip())
    return value[:limit] + ("…" if len(value) > limit else "")


def shown_path(path: object, limit: int = 80) -> str:
    """A file path for a message: like ``shown``, but a long path loses the middle of its
    folders, never its file name (the part the user recognises)."""
    value = shown(path, limit=10_000)
    if len(value) <= limit:
        return value
    _folder, sep, name = value.rpartition("/")
    name = shown(name, limit=max(limit // 2, 1))
    head = max(limit - len(name) - 2, 0)
    return value[:head] + "…" + sep + name


def one_line(message: str, limit: int = 600) -> str:
    """A whole message as one printable line (the last guard before a terminal)."""
    return shown(" ".join(message.split()), limit)


def starts_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def spreadsheet_cell(text: str) -> str:
    """``text`` that a spreadsheet shows as typed instead of evaluating it."""
    return "'" + text if starts_like_formula(text) else text


def undecodable(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)
