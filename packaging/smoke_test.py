"""Smoke test of the frozen application (after packaging/build.py), as a desk would run it.

    python packaging/smoke_test.py [dist/LendingDesk]

It runs the bundled program from an empty folder with an empty data folder, so nothing from
the source tree can help it: --version (and how long a cold start takes), the desk window
offscreen, a demo database, `items --json`, `db info` (the migrations ran from the bundle) and,
when the frozen app has a `labels` command, a label sheet PDF. It also checks that the files
the resolver and Alembic read are in the bundle. Exit code 0 when all is well.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IS_WIN = sys.platform == "win32"
TIMEOUT = 180


class SmokeFailure(Exception):
    pass


def expected_version() -> str:
    text = (ROOT / "lendingdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    assert match
    return match.group(1)


def program(bundle: Path) -> Path:
    # On Windows the Start-menu program is windowed (no stdout); the -cli twin prints.
    exe = bundle / ("lendingdesk-cli.exe" if IS_WIN else "lendingdesk")
    if not exe.exists():
        raise SmokeFailure(f"{exe} does not exist: run packaging/build.py first")
    return exe


class Frozen:
    """Runs the frozen program in a scratch folder with its own data folder."""

    def __init__(self, exe: Path, scratch: Path) -> None:
        self.exe = exe
        self.scratch = scratch
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "LENDINGDESK_DB", "VIRTUAL_ENV")
        }
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            LENDINGDESK_DATA_DIR=str(scratch / "data"),
            LENDINGDESK_LANG="en",
        )

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        proc = subprocess.run(
            [str(self.exe), *args],
            cwd=self.scratch,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
        )
        elapsed = time.monotonic() - started
        print(f"  $ lendingdesk {' '.join(args)}  -> exit {proc.returncode} ({elapsed:.2f} s)")
        if check and proc.returncode != 0:
            raise SmokeFailure(
                f"`lendingdesk {' '.join(args)}` exited {proc.returncode}\n"
                f"stdout: {proc.stdout[-2000:]}\nstderr: {proc.stderr[-4000:]}"
            )
        return proc


def check_bundle_files(bundle: Path) -> None:
    """Files that are read from disk at run time (not imported) must be in the bundle."""
    internal = bundle / "_internal"
    wanted = [
        "resources/demo/catalogue.json",
        "resources/icons/lendingdesk.png",
        "lendingdesk/store/migrations/env.py",
        "lendingdesk/store/migrations/versions/0001_first_schema.py",
        "reportlab/fonts/Vera.ttf",
    ]
    missing = [w for w in wanted if not (internal / w).is_file()]
    qt = internal / "PySide6" / ("" if IS_WIN else "Qt") / "plugins"
    platforms = ["qwindows", "qoffscreen"] if IS_WIN else ["libqxcb", "libqoffscreen"]
    for plugin in platforms:
        if not list((qt / "platforms").glob(f"{plugin}.*")):
            missing.append(f"Qt platform plugin {plugin}")
    for folder in ("imageformats", "printsupport", "multimedia"):  # multimedia: the camera
        if not (qt / folder).is_dir():
            missing.append(f"Qt plugins/{folder}")
    for lib in ("Charts", "Multimedia", "Svg", "PrintSupport"):
        if not list(internal.rglob(f"*Qt6{lib}.*")):
            missing.append(f"Qt6{lib} library")
    if not list(internal.rglob("*pdfium*")):
        missing.append("pdfium library (the print preview renders PDF pages with it)")
    if list(internal.rglob("QtPdf.*")) and not list(internal.rglob("*Qt6Pdf.*")):
        missing.append("Qt6Pdf library (the QtPdf binding is bundled without it)")
    missing += unresolved_libraries(internal)
    missing += [
        f"dangling link {p.relative_to(bundle)}"
        for p in internal.rglob("*")
        if p.is_symlink() and not p.exists()
    ]
    if not list(internal.glob("zxingcpp*")):
        missing.append("zxingcpp (camera scanning decodes with it)")
    for unwanted in ("pytest", "hypothesis", "PyInstaller", "ruff"):
        if (internal / unwanted).exists():
            missing.append(f"{unwanted} must NOT be bundled (test-only)")
    if missing:
        raise SmokeFailure("bundle contents wrong:\n  " + "\n  ".join(missing))
    print(f"  bundle files ok ({len(wanted)} data files, Qt plugins and libraries)")


def unresolved_libraries(internal: Path) -> list[str]:
    """Linux: bundled Qt plugins and extension modules whose bundled libraries went missing
    (the spec prunes libraries of dropped plugins; this proves it pruned nothing needed)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))  # as the bootloader sets it
    problems = []
    binaries = [*internal.glob("PySide6/Qt/plugins/*/*.so"), *internal.glob("PySide6/*.so")]
    binaries += [*internal.glob("lib-dynload/*.so"), *internal.glob("python3*/lib-dynload/*.so")]
    for binary in binaries:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            name = line.split("=>")[0].strip()
            # Only libraries the bundle is meant to carry; system ones (GL, X) are the desk's.
            if "not found" in line and name.startswith(("libQt6", "libpyside", "libshiboken")):
                problems.append(f"{binary.relative_to(internal)} needs {name}, not bundled")
    return problems


def check_version(app: Frozen) -> float:
    started = time.monotonic()
    proc = app.run("--version")
    cold = time.monotonic() - started
    want = f"LendingDesk {expected_version()}"
    if proc.stdout.strip() != want:
        raise SmokeFailure(f"--version printed {proc.stdout.strip()!r}, expected {want!r}")
    return cold


def check_utf8(app: Frozen) -> None:
    """Dutch text and the en dash come through a pipe intact, also under the C locale (the
    spec turns on Python's UTF-8 mode; Windows would otherwise write its ANSI code page)."""
    saved = dict(app.env)
    app.env.update(LC_ALL="C", LANG="C")
    try:
        proc = app.run("--help")
    finally:
        app.env = saved
    if "LendingDesk – uitleenbalie" not in proc.stdout:
        raise SmokeFailure(f"--help under the C locale lost its characters: {proc.stdout[:200]!r}")
    print("  UTF-8 output under the C locale ok")


def check_window(app: Frozen) -> None:
    """The desk window starts offscreen and keeps running (no missing plugin, no crash)."""
    db = app.scratch / "window.sqlite3"
    proc = subprocess.Popen(
        [str(app.exe), "--db", str(db)],
        cwd=app.scratch,
        env=app.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        proc.wait(timeout=8)
    except subprocess.TimeoutExpired:
        proc.terminate()
        try:
            _out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
        if "Traceback" in err or "could not load the Qt platform plugin" in err.lower():
            raise SmokeFailure(f"the desk window reported errors:\n{err[-4000:]}") from None
        if not db.exists():
            raise SmokeFailure("the desk window ran but did not create its database") from None
        print("  desk window started offscreen and stayed up for 8 s")
        return
    _out, err = proc.communicate()
    raise SmokeFailure(f"the desk window exited by itself ({proc.returncode}):\n{err[-4000:]}")


def check_demo(app: Frozen) -> Path:
    db = app.scratch / "demo.sqlite3"
    app.run("--db", str(db), "demo")
    items = json.loads(app.run("--db", str(db), "items", "--json").stdout)
    if len(items) < 10 or not all(re.fullmatch(r"LD\d{7}", row["tag"]) for row in items):
        raise SmokeFailure(f"items --json gave {len(items)} rows: {items[:3]}")
    info = app.run("--db", str(db), "db", "info").stdout
    match = re.search(r"schema: (\S+) \(newest (\S+)\)", info)
    if not match or match.group(1) != match.group(2):
        raise SmokeFailure(f"schema not at the newest revision: {info!r}")
    print(f"  demo database: {len(items)} items, schema {match.group(1)}")
    return db


def check_labels(app: Frozen, db: Path) -> bool:
    """A label sheet for every item, when this build has the labels command."""
    help_text = app.run("--help").stdout
    if not re.search(r"^\s{2,}labels\s", help_text, re.M):
        print("  NOTE: this build has no `labels` command yet; label PDF step skipped")
        return False
    pdf = app.scratch / "labels.pdf"
    app.run("--db", str(db), "labels", "--template", "avery-l7160", "--all", "--out", str(pdf))
    data = pdf.read_bytes() if pdf.exists() else b""
    if not data.startswith(b"%PDF-"):
        raise SmokeFailure(f"{pdf} is not a PDF ({data[:20]!r})")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if pages < 1:
        raise SmokeFailure(f"{pdf} has no pages")
    print(f"  label sheet: {pages} page(s), {len(data) / 1000:.0f} kB")
    return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bundle = Path(args[0]) if args else ROOT / "dist" / "LendingDesk"
    try:
        exe = program(bundle.resolve())
        print(f"smoke test of {exe}")
        check_bundle_files(bundle.resolve())
        with tempfile.TemporaryDirectory(prefix="lendingdesk-smoke-") as tmp:
            app = Frozen(exe, Path(tmp))
            cold = check_version(app)
            warm = check_version(app)
            check_utf8(app)
            check_window(app)
            db = check_demo(app)
            labels = check_labels(app, db)
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print(
        f"smoke test passed: --version first run {cold:.2f} s, second {warm:.2f} s; "
        f"labels {'checked' if labels else 'skipped (no labels command)'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
