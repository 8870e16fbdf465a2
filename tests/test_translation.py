"""The one way to translate outside the window (lendingdesk/translation.py): it reads the same
compiled Qt catalogues as the window, gives what Qt gives, plural forms included, and needs
no Qt to do it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lendingdesk import translation
from lendingdesk.translation import CatalogueError, DataText, Message, joined, read_qm, translate


def test_the_reader_gives_what_qt_gives_for_every_message_of_every_catalogue() -> None:
    from PySide6.QtCore import QTranslator

    checked = plural = 0
    for lang in translation.LANGUAGES:
        files = translation.catalogue_files(lang)
        assert files, f"no compiled catalogues for {lang}"
        for path in files:
            qt = QTranslator()
            assert qt.load(str(path))
            for (context, source, comment), forms in read_qm(path.read_bytes()).items():
                if len(forms) > 1:
                    plural += 1
                    for n in (0, 1, 2, 7):
                        form = forms[translation.PLURAL_FORM[lang](n)]
                        assert qt.translate(context, source, comment or None, n) == form
                else:
                    assert qt.translate(context, source, comment or None) == forms[0]
                checked += 1
    assert checked > 600 and plural > 30


def test_plural_forms_follow_the_count_in_both_languages() -> None:
    def loans(n: int) -> Message:
        return translate("Report", "%n loan(s)", None, n)

    assert [loans(n).render("nl") for n in (0, 1, 2)] == [
        "0 uitleningen",
        "1 uitlening",
        "2 uitleningen",
    ]
    assert [loans(n).render("en") for n in (0, 1, 2)] == ["0 loans", "1 loan", "2 loans"]


def test_named_values_are_filled_after_translation_in_the_same_language() -> None:
    due = DataText("17 maart 2026", "17 March 2026")
    late = translate("Document", "late, due {due}").format(due=due)
    assert late.render("nl") == "te laat, terug op 17 maart 2026"
    assert late.render("en-GB") == "late, due 17 March 2026"
    assert str(late) == "late, due 17 March 2026"
    # A placeholder nobody fills stays visible rather than raising or vanishing.
    assert translate("X", "a {b} c").render("nl") == "a {b} c"
    both = joined("; ", [translate("Document", "Missing"), translate("Document", "Damage")])
    assert both.render("nl") == "Ontbreekt; Schade"


def test_a_text_without_translation_is_shown_in_english() -> None:
    assert translate("Nowhere", "Not in any catalogue").render("nl") == "Not in any catalogue"


def test_a_damaged_or_stripped_catalogue_is_refused_by_name() -> None:
    path = translation.catalogue_files("nl")[0]
    data = path.read_bytes()
    with pytest.raises(CatalogueError, match="not a Qt"):
        read_qm(b"nonsense" + data, "x.qm")
    with pytest.raises(CatalogueError):
        read_qm(data[: len(data) // 2], "x.qm")
    # A message record without its source text (lrelease's stripped mode) is not guessed at.
    end = bytes([1])
    record = bytes([3]) + (4).to_bytes(4, "big") + "ab".encode("utf-16-be") + end
    block = bytes([0x69]) + len(record).to_bytes(4, "big") + record
    with pytest.raises(CatalogueError, match="source"):
        read_qm(translation.QM_MAGIC + block, "stripped.qm")


def test_the_command_line_translates_a_refusal_without_loading_qt() -> None:
    script = (
        "import sys\n"
        "from lendingdesk.documents.texts import word\n"
        "from lendingdesk.errors import NotFound\n"
        "from lendingdesk.translation import translate\n"
        "error = NotFound(translate('Document', 'Loan slip'))\n"
        "print(error.message('nl'), '|', error.en, '|', word('due', 'nl'))\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "Uitleenbon | Loan slip | Terug op"
