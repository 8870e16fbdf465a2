"""The one resolver for data files under resources/ (icons, translations, instruments, demo, fonts).

In the source tree (and an editable install) resources/ sits beside the package; a frozen
PyInstaller build places the same folder at ``sys._MEIPASS/resources``. Nothing else in the
code base builds a path to a data file.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. ``resource_path("instruments", "x.json")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(
            f"LendingDesk resource missing: {'/'.join(parts)} (looked in {path})"
        )
    return path
