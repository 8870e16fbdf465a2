"""One version, in lendingdesk/__init__.py; everything else reads it or is checked against it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from lendingdesk import __version__

from .helpers import CHANGELOG, PACKAGING, ROOT, changelog_releases, load_script


def test_version_is_a_plain_release_number() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_changelog_top_entry_is_this_version() -> None:
    releases = changelog_releases()
    assert releases, "CHANGELOG.md has no released entry"
    assert releases[0][0] == __version__
    text = CHANGELOG.read_text(encoding="utf-8")
    assert text.index("## [Unreleased]") < text.index(f"## [{__version__}]")
    versions = [v for v, _d in releases]
    assert len(versions) == len(set(versions)), "a version appears twice"


def test_command_line_reports_this_version() -> None:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "lendingdesk", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"LendingDesk {__version__}"


def test_build_and_smoke_test_read_the_same_version() -> None:
    assert load_script("build").version() == __version__
    assert load_script("smoke_test").expected_version() == __version__


def test_no_packaging_file_writes_the_version_down() -> None:
    """Only the release notes (metainfo, changelog) name versions; the rest reads __version__."""
    for path in PACKAGING.rglob("*"):
        if not path.is_file() or path.suffix in (".pyc",) or path.name.endswith(".metainfo.xml"):
            continue
        text = path.read_text(encoding="utf-8")
        assert __version__ not in text, f"{path.relative_to(ROOT)} hard-codes {__version__}"
