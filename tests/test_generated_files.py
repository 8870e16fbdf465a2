"""Committed generated files (compiled Designer forms, .ts/.qm translations) match their sources,
regenerated the one way the project makes them (`make ui`, `make translations`)."""

from __future__ import annotations

import subprocess
import sys


def test_generated_files_are_current() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lendingdesk.devtools", "check-generated"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
