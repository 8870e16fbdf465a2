"""The acceptance suite needs a real X server (Xvfb), xdotool and ImageMagick's ``import``.

Without them the suite is skipped on a developer's machine, but fails in CI (CI=true): there
the tools are installed by .ci/run, and a skipped acceptance suite would prove nothing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.acceptance.xdesk import XDesk, require_tools, run_desk


@pytest.fixture(scope="module")
def xdesk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XDesk]:
    require_tools()
    folder = tmp_path_factory.mktemp("xdesk")
    shots = Path(os.environ.get("LENDINGDESK_ACCEPTANCE_SHOTS", "") or folder / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    yield from run_desk(folder, shots)
    if os.environ.get("LENDINGDESK_ACCEPTANCE_SHOTS"):
        shutil.copy(folder / "app.log", shots / "app.log")
