"""The compiled Designer forms are what pyside6-uic makes of the .ui sources today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UIC = Path(sys.executable).parent / "pyside6-uic"
FORMS = sorted([*ROOT.glob("ui/dialog_*.ui"), *ROOT.glob("ui/screen_*.ui")])


@pytest.mark.skipif(not UIC.exists(), reason="needs pyside6-uic")
@pytest.mark.parametrize("source", FORMS, ids=lambda p: p.stem)
def test_compiled_form_is_current(source: Path, tmp_path: Path) -> None:
    out = tmp_path / f"ui_{source.stem}.py"
    subprocess.run([str(UIC), str(source), "-o", str(out)], check=True, capture_output=True)
    committed = ROOT / "lendingdesk" / "ui" / "forms" / f"ui_{source.stem}.py"
    assert committed.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
