"""The real command line in a child process, as a user or a script runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def entry_point() -> list[str]:
    script = Path(sys.executable).with_name("lendingdesk")
    if script.exists():
        return [str(script)]
    found = shutil.which("lendingdesk")
    return [found] if found else [sys.executable, "-m", "lendingdesk"]


def lendingdesk(
    *args: str, lang: str = "nl", stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``lendingdesk ARGS`` in a child process (environment: this test's data folder)."""
    return subprocess.run(
        [*entry_point(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=os.environ | {"LENDINGDESK_LANG": lang} | (env or {}),
        timeout=120,
    )


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    """The refusal's single line on stderr (no traceback)."""
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]
