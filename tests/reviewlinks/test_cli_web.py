"""``lendingdesk review link`` and ``lendingdesk serve`` as real processes: the link a
coordinator prints is the page a phone opens, on a server started from the command line."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.test_cli import copy_database, run
from tests.reliability.cli_proc import entry_point
from tests.reviewlinks.web_client import Phone, form_fields
from tests.reviews.factories import care_answers


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("weblinks") / "demo.sqlite3"
    assert run(path, "demo").returncode == 0
    return path


def one_loan(db: Path, where: str) -> int:
    con = sqlite3.connect(db)
    try:
        row = con.execute(
            "SELECT l.id FROM loans l JOIN borrowers b ON b.id = l.borrower_id "
            f"LEFT JOIN reviews r ON r.loan_id = l.id WHERE {where} "
            "AND r.id IS NULL AND b.erased_at IS NULL ORDER BY l.id LIMIT 1"
        ).fetchone()
        return int(row[0])
    finally:
        con.close()


def returned_loan(db: Path) -> int:
    return one_loan(db, "l.returned_at IS NOT NULL")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_review_link_prints_a_one_time_link(demo, tmp_path):
    db = copy_database(demo, tmp_path / "desk.sqlite3")
    loan = returned_loan(db)
    assert (
        run(db, "review", "link-settings", "--base-url", "https://review.example.org/").returncode
        == 0
    )
    result = run(db, "review", "link", str(loan), "--json")
    assert result.returncode == 0, result.stderr
    link = json.loads(result.stdout)
    assert set(link) >= {"url", "token", "expires"}
    assert link["url"] == f"https://review.example.org/r/{link['token']}"
    assert (datetime.fromisoformat(link["expires"]) - datetime.now().astimezone()).days in (29, 30)
    text = run(db, "review", "link", str(loan), lang="en")
    assert "one-time" in text.stdout and "https://review.example.org/r/" in text.stdout
    open_loan = one_loan(db, "l.returned_at IS NULL")
    refused = run(db, "review", "link", str(open_loan), lang="en")
    assert refused.returncode != 0 and "still open" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr


def test_slip_with_review_links_prints_them(demo, tmp_path):
    from tests.documents.pdfcheck import read_pdf

    db = copy_database(demo, tmp_path / "desk.sqlite3")
    loan = returned_loan(db)
    run(db, "review", "link-settings", "--base-url", "https://review.example.org")
    out = tmp_path / "bon.pdf"
    result = run(db, "slip", str(loan), "--out", str(out), "--review-links")
    assert result.returncode == 0, result.stderr
    codes = [c.text for page in read_pdf(out.read_bytes(), barcodes=True) for c in page.codes]
    assert any(text.startswith("https://review.example.org/r/") for text in codes)


def test_serve_answers_phones_and_stops_cleanly_on_sigterm(demo, tmp_path):
    db = copy_database(demo, tmp_path / "desk.sqlite3")
    loan = returned_loan(db)
    link = json.loads(run(db, "review", "link", str(loan), "--json").stdout)
    port = free_port()
    env = os.environ | {"LENDINGDESK_LANG": "nl", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [*entry_point(), "--db", str(db), "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        first = process.stdout.readline()
        assert f"http://127.0.0.1:{port}" in first, first + process.stderr.read()
        phone = Phone(f"http://127.0.0.1:{port}")
        assert phone.get("/healthz").body == "ok\n"
        page = phone.get(f"/r/{link['token']}")
        assert page.status == 200 and "Uw review" in page.body
        sent = phone.post(
            f"/r/{link['token']}", {**form_fields(care_answers()), "_csrf": page.csrf}
        )
        assert sent.status == 303
        listed = json.loads(run(db, "reviews", "--pending", "--json").stdout)
        assert any(r["loan_id"] == loan and r["moderation"] == "pending" for r in listed)
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "gestopt" in out and "Traceback" not in err


def test_serve_refuses_what_it_cannot_use(demo, tmp_path):
    db = copy_database(demo, tmp_path / "desk.sqlite3")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = run(db, "serve", "--host", "127.0.0.1", "--port", str(port), lang="en")
    assert busy.returncode != 0 and "cannot start" in busy.stderr
    for args, words in (
        (("--host", "127.0.0.1", "--port", "80"), "1024"),
        (("--host", "", "--port", "8470"), "not an address"),
        (("--host", "127.0.0.1", "--port", "8470", "--trusted-proxy", "nginx"), "IP address"),
    ):
        result = run(db, "serve", *args, lang="en")  # refused at once, never serving
        assert result.returncode != 0 and words in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
