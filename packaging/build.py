"""Build the desk application: dist/LendingDesk/ (PyInstaller, one folder), then on Linux the
tarball dist/LendingDesk-<version>-linux-<arch>.tar.gz and on Windows, when Inno Setup's
iscc is found, the installer dist/LendingDesk-<version>-windows-x64-setup.exe.

    python packaging/build.py              build everything
    python packaging/build.py --no-freeze  only re-package an existing dist/LendingDesk
    python packaging/build.py --clean      empty PyInstaller's cache first

Run it with the project's Python (make package does); no PYTHONPATH is needed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUNDLE = DIST / "LendingDesk"
APP_ID = "nl.lendingdesk.LendingDesk"


def version() -> str:
    """lendingdesk.__version__, read from the source (the one place the version lives)."""
    text = (ROOT / "lendingdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("lendingdesk/__init__.py has no __version__")
    return match.group(1)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def freeze(clean: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "PyInstaller is not installed in this Python: "
            f"{sys.executable} -m pip install -c requirements.lock pyinstaller"
        ) from None
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={ROOT / 'build' / 'pyinstaller'}",
        str(PACKAGING / "lendingdesk.spec"),
    ]
    if clean:
        cmd.insert(3, "--clean")
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the spec puts the source tree first itself
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # hooks import Qt in a subprocess
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # The same owner on every build machine; nobody unpacks as "root" by accident.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def linux_tarball(ver: str) -> Path:
    arch = platform.machine() or "x86_64"
    name = f"LendingDesk-{ver}-linux-{arch}"
    staging = DIST / name
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(BUNDLE, staging / "LendingDesk", symlinks=True)
    icons = ROOT / "resources" / "icons"
    shutil.copy2(PACKAGING / f"{APP_ID}.desktop", staging)
    shutil.copy2(PACKAGING / f"{APP_ID}.metainfo.xml", staging)
    shutil.copy2(icons / "lendingdesk.png", staging / f"{APP_ID}.png")
    shutil.copy2(icons / "lendingdesk.svg", staging / f"{APP_ID}.svg")
    shutil.copy2(PACKAGING / "linux" / "install.sh", staging)
    shutil.copy2(PACKAGING / "linux" / "README.txt", staging)
    shutil.copy2(ROOT / "CHANGELOG.md", staging)
    (staging / "install.sh").chmod(0o755)
    tarball = DIST / f"{name}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=name, filter=_tar_filter)
    shutil.rmtree(staging)
    return tarball


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def windows_installer(ver: str) -> Path | None:
    script = PACKAGING / "windows" / "lendingdesk.iss"
    iscc = find_iscc()
    if iscc is None:
        print(
            "Inno Setup 6 not found; install it from jrsoftware.org, then run:\n"
            f'  iscc /DAppVersion={ver} "{script}"'
        )
        return None
    subprocess.run([iscc, f"/DAppVersion={ver}", str(script)], check=True)
    return DIST / f"LendingDesk-{ver}-windows-x64-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the LendingDesk application bundle.")
    parser.add_argument("--no-freeze", action="store_true", help="reuse dist/LendingDesk")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    ver = version()

    started = time.monotonic()
    if not args.no_freeze:
        freeze(args.clean)
    if not BUNDLE.is_dir():
        raise SystemExit(f"{BUNDLE} does not exist: build without --no-freeze first")
    freeze_seconds = time.monotonic() - started
    print(f"bundle   {BUNDLE}  {mb(folder_size(BUNDLE))}  (PyInstaller {freeze_seconds:.0f} s)")

    if sys.platform.startswith("linux"):
        t = time.monotonic()
        tarball = linux_tarball(ver)
        print(f"tarball  {tarball}  {mb(tarball.stat().st_size)}  ({time.monotonic() - t:.0f} s)")
    elif sys.platform == "win32":
        installer = windows_installer(ver)
        if installer is not None and installer.exists():
            print(f"installer {installer}  {mb(installer.stat().st_size)}")
    print(f"LendingDesk {ver} built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
