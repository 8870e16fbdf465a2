"""`lendingdesk notices send` as a real process, against a real SMTP server."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.notices.conftest import Desk
from tests.notices.smtp_server import free_port


def run(desk: Desk, port: int, *argv: str, lang: str = "nl") -> subprocess.CompletedProcess:
    env = os.environ | {
        "LENDINGDESK_LANG": lang,
        "LENDINGDESK_SMTP": f"smtp://127.0.0.1:{port}",
        "PYTHONWARNINGS": "error",
    }
    path = desk.db.url.removeprefix("sqlite:///")
    return subprocess.run(
        [sys.executable, "-m", "lendingdesk", "--db", path, "notices", "send", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_send_dry_run_then_send_then_nothing_twice(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    dry = run(desk, controller.port, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    planned = json.loads(dry.stdout)
    # Today (the real clock) both open loans are overdue; the returns are invited.
    assert sorted(row["kind"] for row in planned["due"]) == [
        "invitation",
        "invitation",
        "overdue",
        "overdue",
    ]
    assert {row["reason"] for row in planned["skipped"]} == {"no_address", "opted_out"}
    assert inbox.messages == []

    sent = run(desk, controller.port)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip().endswith("4 e-mail(s) verstuurd; 2 niet gemaild.")
    assert len(inbox.messages) == 4

    again = run(desk, controller.port, "--json", lang="en")
    assert again.returncode == 0 and json.loads(again.stdout)["sent"] == []
    assert len(inbox.messages) == 4


def test_server_down_is_one_clear_line_and_the_next_run_sends(desk: Desk, smtp) -> None:
    controller, inbox = smtp
    down = run(desk, free_port(), lang="en")
    assert down.returncode == 1
    lines = down.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in down.stderr
    assert (
        lines[0].startswith("E-mails not sent: the mail server cannot be reached ")
        and "Nothing was marked" in lines[0]
    )
    assert "not sent" in down.stdout
    up = run(desk, controller.port)
    assert up.returncode == 0 and len(inbox.messages) == 4
