"""The one resolver for data files under resources/ (icons, translations, instruments, demo).

Three places, one folder: in the source tree (and an editable install) resources/ sits beside
the package; an installed wheel carries it as ``lendingdesk/_resources`` (setup.py maps it); a
frozen PyInstaller build places it at ``sys._MEIPASS/resources``. Nothing else in the code base
builds a path to a data file.
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
    package = Path(__file__).resolve().parent
    installed = package / "_resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. ``resource_path("instruments", "x.json")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(
            f"LendingDesk resource missing: {'/'.join(parts)} (looked in {path})"
        )
    return path
