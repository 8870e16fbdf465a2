"""Erasure that really erases (AVG art. 17), through the real entry point on a real file.

Before: after erasing a borrower their name still sat in loan damage notes and in a colleague's
approved review text, their own review was still exported, and restoring a backup brought the
whole person back. Each of those is checked on the database file itself (every table, as SQL
text) and in the export bundle."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date, timedelta
from pathlib import Path

from lendingdesk.domain import catalogue
from lendingdesk.domain.context import DeskContext
from lendingdesk.store.db import open_database
from tests.cli.test_access_cli import run_code, set_pin
from tests.cli.test_cli import as_json, run
from tests.reviews.factories import care_answers

NAME, EMAIL, PHONE = "Fenna Oosterbroek", "f.oosterbroek@example.org", "06 98765432"
SECRETS = ("Oosterbroek", "Fenna", EMAIL, PHONE)


def dump(db: Path) -> str:
    """Everything in the database file, as SQL text."""
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def bundle_text(path: Path) -> str:
    with zipfile.ZipFile(path) as bundle:
        return "\n".join(
            bundle.read(n).decode("utf-8", "replace")
            for n in bundle.namelist()
            if not n.endswith(".pdf")
        )


def _soon() -> str:
    return (date.today() + timedelta(days=1)).isoformat()


def person_with_history(db_path: Path, tmp_path: Path) -> dict[str, object]:
    """Fenna borrows and returns twice (a damage note on her loan), a colleague's loan has a
    damage note naming her, and both wrote a review that was approved -- hers with her name
    published, the colleague's naming her in its free text."""
    db = open_database(str(db_path))
    ctx = DeskContext(actor="Anouk", desk="Balie De Linde")
    with db.unit_of_work() as s:
        fenna = catalogue.create_borrower(
            s,
            ctx,
            catalogue.BorrowerInput(NAME, discipline="Ergotherapeut", email=EMAIL, phone=PHONE),
        )
        joost = catalogue.create_borrower(
            s, ctx, catalogue.BorrowerInput("Joost Kamphuis", discipline="Verpleegkundige")
        )
        badges = fenna.badge, joost.badge
    db.dispose()
    tags = [i["tag"] for i in as_json(run(db_path, "items", "--status", "available", "--json"))]
    loans = []
    for badge, damage in (
        (badges[0], "Snoer los"),
        (badges[1], "Scherm gebarsten, gemeld door Fenna Oosterbroek"),
    ):
        while True:  # some demo items are reserved for the coming days
            tag = tags.pop(0)
            out = run(db_path, "checkout", tag, "--borrower", badge, "--due", _soon(), "--json")
            if out.returncode == 0:
                break
        loan = as_json(out)[0]
        checkin = run(db_path, "checkin", tag, "--damage", damage)
        assert checkin.returncode == 0, checkin.stderr
        loans.append(loan["id"])
    answers = tmp_path / "answers.json"
    reviews = []
    for loan_id, pros, extra in (
        (loans[0], "Bewoners werden rustig.", ["--name", NAME, "--publish-name"]),
        (loans[1], "Samen met Fenna Oosterbroek opgezet; bewoners deden mee.", []),
    ):
        answers.write_text(json.dumps(care_answers(pros=pros)), encoding="utf-8")
        added = run(
            db_path, "review", "add", "--loan", str(loan_id), "--answers", str(answers), *extra
        )
        assert added.returncode == 0, added.stderr
        review_id = max(r["id"] for r in as_json(run(db_path, "reviews", "--pending", "--json")))
        approved = run(db_path, "review", "approve", str(review_id))
        assert approved.returncode == 0, approved.stderr
        reviews.append(review_id)
    return {"badge": badges[0], "loans": loans, "reviews": reviews}


def test_erase_needs_confirmation_and_the_code(db_copy: Path, tmp_path: Path) -> None:
    who = person_with_history(db_copy, tmp_path)
    unknown = run(db_copy, "borrower", "erase", "LP99999999")
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
    unconfirmed = run(db_copy, "borrower", "erase", str(who["badge"]))
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    no_code = run(db_copy, "borrower", "erase", str(who["badge"]), "--yes")
    assert no_code.returncode == 1 and "coördinatorcode" in no_code.stderr
    assert NAME in dump(db_copy)  # nothing happened


def test_erasure_removes_the_name_everywhere_and_withdraws_the_reviews(
    db_copy: Path, tmp_path: Path
) -> None:
    who = person_with_history(db_copy, tmp_path)
    set_pin(db_copy)
    before = tmp_path / "voor.zip"
    assert run_code(db_copy, "export", "--out", str(before)).returncode == 0
    assert NAME in bundle_text(before)  # her consented name, and in a colleague's text

    erased = run_code(db_copy, "borrower", "erase", str(who["badge"]), "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "1 review(s) teruggetrokken" in erased.stdout

    text = dump(db_copy)
    for secret in SECRETS:
        assert secret not in text, secret
    # The colleague's damage note and review keep their meaning, with the name blanked ...
    assert "Scherm gebarsten, gemeld door [naam]" in text
    reviews = {r["id"]: r for r in as_json(run(db_copy, "reviews", "--json"))}
    hers, theirs = (reviews[i] for i in who["reviews"])  # type: ignore[union-attr]
    assert theirs["moderation"] == "approved"
    assert theirs["answers"]["pros"] == "Samen met [naam] opgezet; bewoners deden mee."
    # ... her own review is withdrawn (no longer approved, so in no report or export) ...
    assert hers["moderation"] == "rejected" and not hers.get("reviewer_name")
    # ... and what was blanked where is flagged in the audit log, without the text.
    flagged = as_json(run_code(db_copy, "audit", "--action", "text_redacted", "--json"))
    assert {(e["entity"], e["entity_id"]) for e in flagged} >= {
        ("loan", who["loans"][1]),  # type: ignore[index]
        ("review", theirs["id"]),
    }
    after = tmp_path / "na.zip"
    assert run_code(db_copy, "export", "--out", str(after)).returncode == 0
    exported = bundle_text(after)
    for secret in SECRETS:
        assert secret not in exported
    her_node = f':review:{hers["id"]}"'
    assert her_node in bundle_text(before) and her_node not in exported
    assert f':review:{theirs["id"]}"' in exported  # the colleague's review is still published
    # Erasing twice is refused plainly.
    again = run_code(db_copy, "borrower", "erase", str(who["badge"]), "--yes")
    assert again.returncode == 1 and "al gewist" in again.stderr


def test_a_restore_does_not_bring_an_erased_person_back(
    db_copy: Path, tmp_path: Path, isolated_data_dir: Path
) -> None:
    who = person_with_history(db_copy, tmp_path)
    set_pin(db_copy)
    listed = as_json(run(db_copy, "backups", "--now", "--json"))
    backup = listed[0]["file"]
    assert NAME in dump(Path(backup))  # the backup holds her, as backups do

    assert run_code(db_copy, "borrower", "erase", str(who["badge"]), "--yes").returncode == 0
    register = db_copy.with_name(db_copy.name + ".erasures.jsonl")
    kept = register.read_text(encoding="utf-8")
    assert register.stat().st_mode & 0o077 == 0  # owner only
    for secret in (*SECRETS, str(who["badge"])):
        assert secret not in kept  # a hash of the card, no personal data

    restored = run_code(db_copy, "restore", backup, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "1 lener uit het wisregister opnieuw gewist" in restored.stdout
    text = dump(db_copy)
    for secret in SECRETS:
        assert secret not in text, secret
    events = as_json(run_code(db_copy, "audit", "--action", "erasure_reapplied", "--json"))
    assert len(events) == 1


def test_demo_reset_takes_the_register_along_with_the_data(
    db_copy: Path, tmp_path: Path, isolated_data_dir: Path
) -> None:
    """Card codes start again after a reset: the old register must not erase a new person."""
    who = person_with_history(db_copy, tmp_path)
    set_pin(db_copy)
    assert run_code(db_copy, "borrower", "erase", str(who["badge"]), "--yes").returncode == 0
    register = db_copy.with_name(db_copy.name + ".erasures.jsonl")
    assert register.exists()
    reset = run_code(db_copy, "demo", "--reset")
    assert reset.returncode == 0, reset.stderr
    (backup,) = (isolated_data_dir / "backups").glob("*.sqlite3")
    assert not register.exists()
    assert backup.with_name(backup.name + ".erasures.jsonl").exists()
