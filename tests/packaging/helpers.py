"""Shared paths and loaders for the packaging tests (nothing here builds the bundle)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "nl.lendingdesk.LendingDesk"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "lendingdesk.iss"
SPEC = PACKAGING / "lendingdesk.spec"
INSTALL_SH = PACKAGING / "linux" / "install.sh"
CHANGELOG = ROOT / "CHANGELOG.md"


def load_script(name: str) -> ModuleType:
    """packaging/<name>.py as a module (the folder is no package, and "packaging" is taken)."""
    spec = importlib.util.spec_from_file_location(f"ld_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def changelog_releases() -> list[tuple[str, str]]:
    """(version, date) of every released entry, newest first."""
    text = CHANGELOG.read_text(encoding="utf-8")
    return re.findall(r"^## \[(\d[^\]]*)\] - (\d{4}-\d{2}-\d{2})\s*$", text, re.M)
