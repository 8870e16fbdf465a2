"""A non-editable ``pip install`` of the wheel is a whole program: built from a copy of the
source, installed into a fresh virtual environment (the dependencies are borrowed from the test
environment; no network), it fills a demo database and prints a label sheet from there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT

pytestmark = pytest.mark.slow

SOURCES = ("lendingdesk", "resources", "pyproject.toml", "setup.py", "README.md")


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed (and access to the test venv's dependencies)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in SOURCES:  # a copy: the build writes build/ and *.egg-info beside the sources
        source = ROOT / name
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(source, src / name, ignore=ignore)
        else:
            shutil.copy2(source, src / name)
    dist = tmp / "dist"
    pip = (sys.executable, "-m", "pip")
    _run(*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, src,
         cwd=tmp)  # fmt: skip
    (wheel,) = dist.glob("lendingdesk-*.whl")
    venv = tmp / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp)
    python = venv / "bin" / "python"
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp).strip())  # fmt: skip
    # The dependencies, not the editable lendingdesk: a .pth line adds the folder, but the
    # .pth files inside it (the editable finder among them) are not run.
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(*pip, "--python", python, "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp)
    return venv


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LENDINGDESK_DB")}
    env["LENDINGDESK_DATA_DIR"] = str(tmp / "data")
    return env


def test_the_installed_package_carries_its_data_files(installed: Path, tmp_path: Path) -> None:
    python = installed / "bin" / "python"
    out = _run(
        python,
        "-c",
        "import lendingdesk, lendingdesk.resources as r; "
        "print(lendingdesk.__file__); print(r.resources_root())",
        cwd=tmp_path,
        env=_env(tmp_path),
    ).splitlines()
    package, root = Path(out[0]).parent, Path(out[1])
    assert package.is_relative_to(installed), "the wheel's package, not the source tree"
    assert root == package / "_resources"
    wanted = [
        p.relative_to(ROOT / "resources")
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".ts"
    ]
    assert len(wanted) >= 15
    missing = [str(p) for p in wanted if not (root / p).is_file()]
    assert missing == []


def test_the_installed_program_runs_the_demo_and_prints_labels(
    installed: Path, tmp_path: Path
) -> None:
    import json

    from tests.documents.pdfcheck import read_pdf

    program = installed / "bin" / "lendingdesk"
    env = _env(tmp_path)
    db = tmp_path / "desk.sqlite3"
    demo = _run(program, "--db", db, "demo", cwd=tmp_path, env=env)
    assert demo.strip()
    instruments = _run(program, "--db", db, "instruments", cwd=tmp_path, env=env)
    assert "care-tech-review" in instruments
    sheet = tmp_path / "labels.pdf"
    _run(
        program,
        "--db",
        db,
        "labels",
        "--all",
        "--template",
        "avery-l7160",
        "--out",
        sheet,
        cwd=tmp_path,
        env=env,
    )
    items = json.loads(_run(program, "--db", db, "items", "--json", cwd=tmp_path, env=env))
    scanned = {code.text for page in read_pdf(sheet.read_bytes()) for code in page.codes}
    # Every item of the demo has its label, and every QR code on the sheet scans as one.
    assert len(items) >= 10
    assert scanned == {item["tag"] for item in items}
    # A refusal in Dutch: read from the wheel's compiled catalogue (texts_nl.qm), without Qt.
    refused = subprocess.run(
        [program, "--db", db, "--lang", "nl", "slip", "--out", tmp_path / "x.pdf", "999999"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert refused.returncode != 0
    assert refused.stderr.strip() == "Uitlening 999999 bestaat niet."
