"""`make screenshots` (the docs' pictures) runs through: it drives the real window over the demo
data, so a change in how the desk answers scans broke it unnoticed (it waited for scans that
were still on the desk's worker, and a review form asked whether to discard its answers)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def test_the_screenshot_tool_takes_every_picture(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "lendingdesk.devtools", "screenshots", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = {p.stem for p in out.glob("*.png")}
    for expected in (
        "02-desk-checkout-session",
        "07-desk-checkin-feedback",
        "17-review-form-problems",
        "20-settings",
        "30-desk-english",
        "40-desk-1280x720",
    ):
        assert expected in names, sorted(names)
    small = QImage(str(out / "40-desk-1280x720.png"))
    assert (small.width(), small.height()) == (1280, 720)
    # The session picture shows the two products lent, not an empty desk.
    session = QImage(str(out / "02-desk-checkout-session.png"))
    empty = QImage(str(out / "01-desk-ready.png"))
    assert session != empty
