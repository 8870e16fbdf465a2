"""Every subcommand and every argument, fed hostile input: never a traceback; a refusal is one
clear line in the user's language, and a refused command changes nothing in the database.

The table-driven part (tests/cli/fuzz_driver.py) walks the real argparse tree and replaces one
argument of a valid call at a time; the hypothesis part combines several hostile values in one
call (derandomized, so CI sees the same cases every run). Both run the real entry point
in-process; a handful of real subprocess calls check what only a real process shows (argv bytes
that are not UTF-8, the exit status, stderr as a terminal receives it).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lendingdesk.cli import EXIT_UNEXPECTED
from tests.cli.fuzz_driver import (
    HUGE,
    NON_UTF8,
    Case,
    Files,
    Outcome,
    cases,
    content_dump,
    file_digest,
    hostile_values,
    leaves,
    restore_copy,
    run_main,
)
from tests.reliability.figures import record_figure

TRIED: Counter[str] = Counter()
# Words that give away the other language in a refusal (the hostile values hold none of them).
OTHER_LANGUAGE = {
    "nl": (" not ", " does ", "Give ", " must ", " cannot ", "Choose ", " invalid "),
    "en": (" niet ", " geen ", "Geef ", " moet ", " bestaat ", "Kies ", " ongeldige "),
}


class Desk:
    """A demo database (the golden copy), the working copy commands run on, hostile files."""

    def __init__(self, root: Path) -> None:
        from lendingdesk import demo
        from lendingdesk.store.db import open_database

        self.golden = root / "golden.sqlite3"
        db = open_database(str(self.golden))
        demo.fill_demo(db)
        db.dispose()
        con = sqlite3.connect(self.golden)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

        def one(sql: str) -> str:
            return str(con.execute(sql).fetchone()[0])

        self.good = {
            "item_code": one("SELECT tag FROM items WHERE status = 'available' LIMIT 1"),
            "borrower": one("SELECT badge FROM borrowers WHERE active = 1 LIMIT 1"),
            "loan_id": one("SELECT id FROM loans WHERE returned_at IS NULL LIMIT 1"),
            "loan_ids": one("SELECT id FROM loans WHERE returned_at IS NULL LIMIT 1"),
            "loan": one(
                "SELECT l.id FROM loans l LEFT JOIN reviews r ON r.loan_id = l.id "
                "WHERE l.returned_at IS NOT NULL AND r.id IS NULL LIMIT 1"
            ),
            "planned_item": one(
                "SELECT i.tag FROM items i JOIN maintenance_plans p ON p.product_id = i.product_id"
                " WHERE p.key = 'battery' LIMIT 1"
            ),
            "review_id": one("SELECT id FROM reviews WHERE moderation = 'pending' LIMIT 1"),
            "product": one("SELECT id FROM products LIMIT 1"),
            "by": "Anouk de Vries",
        }
        answers = one("SELECT answers FROM reviews LIMIT 1")
        con.close()
        self.files = Files(root / "files")
        good_answers = root / "files" / "answers-good.json"
        good_answers.write_text(answers, encoding="utf-8")
        good_codes = root / "files" / "codes-good.txt"
        good_codes.write_text(f"{self.good['item_code']}\nLP0000125\n", encoding="utf-8")
        self.extra = {
            "stocktake": {"location": "Lindehof", "file": str(good_codes)},
            "labels": {"template": "avery-l7160", "items": self.good["item_code"]},
            "review add": {"answers": str(good_answers)},
            "maintenance done": {"item_code": self.good["planned_item"], "check": "battery"},
            "maintenance plan": {"check": "calibration", "every": "180"},
            "maintenance unplan": {"product": self.good["planned_item"], "check": "battery"},
            "kit label": {"part": "Afstandsbediening"},
            # Only reviews from far ahead: a valid call exports nothing and stays quick.
            "export": {"since": "2999-01-01"},
            "hygiene report": {"since": "2026-01-01", "until": "2026-01-31"},
        }
        self.work = root / "desk.sqlite3"
        # One command first, so the golden copy holds the planner statistics every open writes.
        assert run_main(["--db", str(self.golden), "items"]).code == 0
        restore_copy(self.golden, self.work)
        self.digest = content_dump(self.golden)
        self.file_digest = file_digest(self.golden)

    def run(self, case: Case, lang: str) -> Outcome:
        argv = list(case.argv)
        if case.argument != "--db":
            argv = ["--db", str(self.work), *argv]
        outcome = run_main(["--lang", lang, *argv], stdin=case.stdin)
        outcome.lang = lang
        # The same bytes are the same content (quick); other bytes may still be the same rows.
        changed = (
            file_digest(self.work) != self.file_digest and content_dump(self.work) != self.digest
        )
        if changed or outcome.code == 0:
            restore_copy(self.golden, self.work)
        outcome.changed = changed
        return outcome


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    root = tmp_path_factory.mktemp("fuzz")
    here = Path.cwd()
    os.chdir(root)  # a relative path a hostile call writes to lands here, not in the checkout
    try:
        yield Desk(root)
    finally:
        os.chdir(here)


def problems_of(case: Case, outcome: Outcome) -> list[str]:
    """What is wrong with one call's outcome (empty: it behaved)."""
    found = []
    if outcome.crash:
        found.append("traceback:\n" + outcome.crash)
    if outcome.code == EXIT_UNEXPECTED:
        found.append("the last-resort guard fired: " + outcome.err)
    if "Traceback" in outcome.err:
        found.append("a traceback on stderr")
    if outcome.code != 0:
        lines = outcome.err_lines
        # The catalogue import lists each bad line of the file, then one summary line.
        if case.leaf != "import catalogue" and len(lines) != 1:
            found.append(f"{len(lines)} lines on stderr: {outcome.err[:300]!r}")
        if not lines:
            found.append("refused without a word")
        for line in lines:
            if not line.isprintable() or len(line) > 600:
                found.append(f"unprintable or overlong line: {line[:200]!r}")
        if outcome.changed:
            found.append("the database changed although the command was refused")
        foreign = OTHER_LANGUAGE[outcome.lang] if outcome.lang else ()
        if lines and any(word in lines[-1] for word in foreign):
            found.append(f"not in the user's language ({outcome.lang}): {lines[-1][:200]!r}")
    return found


def test_every_argument_of_every_command_refuses_hostile_input_cleanly(desk: Desk) -> None:
    failures: dict[str, list[str]] = {}
    refused = 0
    for i, case in enumerate(cases(desk.good, desk.files, extra=desk.extra)):
        lang = "en" if i % 2 else "nl"
        outcome = desk.run(case, lang)
        TRIED["table"] += 1
        refused += outcome.code != 0
        wrong = problems_of(case, outcome)
        if wrong:
            failures[f"{case.label()} [{lang}]"] = wrong
    record_figure(
        "cli_fuzz_table",
        {"cases": TRIED["table"], "refused": refused, "failures": len(failures)},
    )
    assert not failures, "\n".join(f"{k}: {v}" for k, v in list(failures.items())[:20])
    # Every subcommand took part (a command whose base call fails early would hide its args).
    assert TRIED["table"] > 15 * len(leaves())


@st.composite
def combined_calls(draw: st.DrawFn, desk: Desk) -> Case:
    """One subcommand with two or three arguments hostile at once (plus valid required ones)."""
    leaf = draw(st.sampled_from(leaves()))
    valued = [a for a in leaf.actions if a.nargs != 0]
    argv: list[str] = list(leaf.path)
    positional: list[str] = []
    chosen = draw(st.lists(st.sampled_from(valued), unique=True, max_size=3)) if valued else []
    for action in valued:
        if action in chosen:
            value = draw(st.sampled_from(hostile_values(action, desk.files, ".pdf")))
        elif not action.option_strings or action.required:
            value = desk.good.get(action.dest, "1")
            if action.choices:
                value = str(next(iter(action.choices)))
            if action.dest in ("out", "csv"):
                value = str(desk.files.root / "combined.pdf")
        else:
            continue
        if action.option_strings:
            argv.append(f"{action.option_strings[-1]}={value}")
        else:
            positional.append(value)
    flags = [a for a in leaf.actions if a.nargs == 0 and a.option_strings]
    for flag in draw(st.lists(st.sampled_from(flags), unique=True, max_size=2)) if flags else []:
        argv.append(flag.option_strings[-1])
    argv += ["--", *positional] if positional else []
    stdin = draw(st.sampled_from(["", "\n", "x" * 100_000 + "\n", "\x1b[2J\n", "1234\n1234\n"]))
    return Case(leaf.name, "combined", "", tuple(argv), stdin=stdin)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_several_hostile_arguments_at_once(desk: Desk, lang: str) -> None:
    @settings(
        max_examples=60,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        case = data.draw(combined_calls(desk))
        outcome = desk.run(case, lang)
        TRIED["combined"] += 1
        assert not problems_of(case, outcome), (case.argv, problems_of(case, outcome))

    check()


# --- the causes found by the first fuzz run, one by one ----------------------------------------


def _refusal(desk: Desk, *argv: str, lang: str = "nl", stdin: str = "") -> str:
    case = Case(argv[0], "", "", tuple(argv), stdin=stdin)
    outcome = desk.run(case, lang)
    assert not problems_of(case, outcome), problems_of(case, outcome)
    assert outcome.code != 0, (argv, outcome.out)
    return outcome.err_lines[-1]


def test_known_causes_each_get_their_own_clear_line(desk: Desk) -> None:
    files, good = desk.files, desk.good
    answers = files.answers
    big = str(2**63)
    expectations = [
        # non-UTF-8 bytes in free text and search arguments
        (("lost", good["item_code"], "--reason", NON_UTF8), "UTF-8"),
        (("borrowers", "--search", NON_UTF8), "UTF-8"),
        (("audit", "--action", NON_UTF8), "UTF-8"),
        # ids at and beyond 2^63
        (("renew", big), f"Uitlening {big} bestaat niet"),
        (("review", "approve", big), f"Review {big} bestaat niet"),
        (("reviews", "--product", big), f"Product {big} bestaat niet"),
        (("loans", "--limit", big), "--limit: kies een getal van 1 tot en met 1000000"),
        # years 1 and 9999
        (("audit", "--since", "0001-01-01"), "buiten het bereik"),
        (
            ("report", "overview", "--out", str(files.root / "o.pdf"), "--until", "9999-12-31"),
            "buiten het bereik",
        ),
        (
            ("checkout", good["item_code"], "--borrower", good["borrower"], "--due", "9999-12-31"),
            "buiten het bereik",
        ),
        # unwritable or empty --out paths
        (("backup", "--out", ""), "geen map"),
        (("badges", "--out", str(files.a_file / "x.pdf")), "bestaat niet"),
        (
            ("slip", good["loan_id"], "--out", "/proc/cannot.pdf"),
            "Kan niet schrijven naar /proc/cannot.pdf",
        ),
        # labels --url without {tag}
        (
            (
                "labels",
                "--template",
                "avery-l7160",
                "--items",
                good["item_code"],
                "--url",
                "https://x.example/i/",
                "--out",
                str(files.root / "l.pdf"),
            ),
            "{tag}",
        ),
        # review answers: a 5,000-digit number, nesting 100,000 deep
        (
            ("review", "add", "--loan", good["loan"], "--answers", str(answers["big-number"])),
            "geen bruikbaar getal",
        ),
        (
            ("review", "add", "--loan", good["loan"], "--answers", str(answers["deep"])),
            "één JSON-object",
        ),
    ]
    for argv, needle in expectations:
        line = _refusal(desk, *argv)
        assert needle in line, (argv, line)
    # A 100 KB search finds nothing (nothing is that long), and says so.
    outcome = run_main(["--db", str(desk.work), "borrowers", "--search", HUGE])
    assert outcome.code == 0 and "geen" in outcome.out and not outcome.err


def test_echoed_input_is_one_short_printable_line(desk: Desk) -> None:
    hostile = "LD\n\x1b[2J\x07" + "x" * 5000
    for lang in ("nl", "en"):
        line = _refusal(desk, "reviews", "--product", hostile, lang=lang)
        assert "\x1b" not in line and len(line) < 250
        assert ("niet gevonden" if lang == "nl" else "not found") in line


def test_argument_errors_are_dutch_or_english(desk: Desk) -> None:
    nl = _refusal(desk, "loans", "--limit", "veel")
    en = _refusal(desk, "loans", "--limit", "veel", lang="en")
    assert "geen geheel getal" in nl and "zie `lendingdesk" in nl
    assert "not a whole number" in en and "see `lendingdesk" in en
    assert "ontbreekt" in _refusal(desk, "checkout", good_tag(desk))


def good_tag(desk: Desk) -> str:
    return desk.good["item_code"]


# --- real processes ------------------------------------------------------------------------------


def _process(
    desk: Desk, *argv: str | bytes, lang: str = "nl", stdin: bytes = b""
) -> subprocess.CompletedProcess:
    env = os.environ | {"LENDINGDESK_LANG": lang, "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, "-m", "lendingdesk", "--db", str(desk.work), *argv],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize(
    "argv",
    [
        (b"lost", b"LD0000013", b"--reason", b"kapot \xff\xfe"),
        (b"borrowers", b"--search", b"caf\xe9"),
        (b"renew", str(2**63).encode()),
        (b"audit", b"--since", b"9999-12-31"),
        (b"backup", b"--out", b""),
        (
            b"labels",
            b"--template",
            b"avery-l7160",
            b"--all",
            b"--url",
            b"https://x/",
            b"--out",
            b"/tmp/x.pdf",
        ),
    ],
    ids=["non-utf8-text", "non-utf8-search", "id-2^63", "year-9999", "empty-out", "url-no-tag"],
)
def test_real_process_refuses_with_one_line_and_changes_nothing(
    desk: Desk, argv: tuple[bytes, ...]
) -> None:
    before = content_dump(desk.work)
    for lang in ("nl", "en"):
        result = _process(desk, *argv, lang=lang)
        err = result.stderr.decode("utf-8")
        assert result.returncode in (1, 2), err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert err.strip().isprintable()
    assert content_dump(desk.work) == before


def test_a_file_name_that_is_not_utf8_is_written_and_printed(desk: Desk) -> None:
    """Non-UTF-8 bytes are refused in text, but a Linux file name may hold them: the backup is
    written there and its name printed escaped, not a crash half-way."""
    from tests.cli.test_access_cli import CODE, set_pin

    set_pin(desk.work)  # a full copy is the coordinator's (services/access.py)
    target = os.fsencode(desk.files.root) + b"/kopie-\xe9.sqlite3"
    result = _process(desk, b"backup", b"--out", target, b"--pin-stdin", stdin=CODE.encode())
    assert result.returncode == 0, result.stderr
    assert os.path.exists(target)
    assert b"kopie-\\udce9" in result.stdout


def teardown_module() -> None:
    record_figure("cli_fuzz", {"table_cases": TRIED["table"], "combined": TRIED["combined"]})


def test_the_last_guard_gives_one_line_and_keeps_the_details(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    """Whatever a future bug raises, the user still gets one line (exit 4) and the traceback
    is kept for whoever fixes it, in a file only the owner can read."""

    def broken(args: object) -> int:
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr("lendingdesk.cli.core.cmd_items", broken)
    outcome = run_main(["--db", str(desk.work), "--lang", "en", "items"])
    assert outcome.code == EXIT_UNEXPECTED and not outcome.crash
    assert len(outcome.err_lines) == 1 and "Unexpected error (RuntimeError)" in outcome.err
    log = isolated_data_dir / "cli-errors.log"
    assert "RuntimeError: a bug" in log.read_text() and "Traceback" in log.read_text()
    assert log.stat().st_mode & 0o077 == 0
