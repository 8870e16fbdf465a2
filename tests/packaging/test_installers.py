"""The Windows installer script, the Linux per-user installer and the tarball layout."""

from __future__ import annotations

import inspect
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from lendingdesk import __version__

from .helpers import APP_ID, DESKTOP, INSTALL_SH, ISS, METAINFO, ROOT, load_script

# --- Windows: Inno Setup script (compiled on Windows only; read here) -----------------------


def _iss() -> str:
    return ISS.read_text(encoding="utf-8")


def _iss_section(name: str) -> str:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", _iss(), re.M | re.S)
    assert match, f"[{name}] missing"
    return match.group(1)


def test_iss_takes_the_version_from_the_build_never_a_literal() -> None:
    text = _iss()
    assert "#ifndef AppVersion" in text and "#error" in text
    setup = _iss_section("Setup")
    assert re.search(r"^AppVersion=\{#AppVersion\}$", setup, re.M)
    assert "LendingDesk-{#AppVersion}-windows-x64-setup" in setup
    assert __version__ not in text


def test_build_passes_the_version_to_iscc() -> None:
    build = load_script("build")
    source = inspect.getsource(build.windows_installer)
    assert 'f"/DAppVersion={ver}"' in source


def test_iss_installs_per_user_with_start_menu_and_optional_desktop_icon() -> None:
    setup = _iss_section("Setup")
    assert re.search(r"^PrivilegesRequired=lowest$", setup, re.M)
    # {autopf} is %LOCALAPPDATA%\Programs in a per-user install
    assert re.search(r"^DefaultDirName=\{autopf\}\\", setup, re.M)
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", setup, re.M)
    icons = _iss_section("Icons")
    assert "{autoprograms}" in icons and r"{app}\{#AppExe}" in icons
    desktop = [line for line in icons.splitlines() if "{autodesktop}" in line]
    assert desktop and "Tasks: desktopicon" in desktop[0]
    assert "Flags: unchecked" in _iss_section("Tasks")
    assert '#define AppExe "LendingDesk.exe"' in _iss()  # the spec's windowed program
    assert r'BundleDir SourceRoot + "\dist\LendingDesk"' in _iss()


def test_iss_speaks_dutch_and_english() -> None:
    languages = _iss_section("Languages")
    assert "Dutch.isl" in languages and "Default.isl" in languages
    custom = _iss_section("CustomMessages")
    for key in ("AppComment", "RemoveDataQuestion", "RemoveDataFailed"):
        assert re.search(rf"^nl\.{key}=.+", custom, re.M), key
        assert re.search(rf"^en\.{key}=.+", custom, re.M), key


def test_iss_uninstall_keeps_the_data_unless_the_user_says_yes() -> None:
    code = _iss_section("Code")
    # The folder LendingDesk writes to: platformdirs' roaming user data dir "LendingDesk".
    assert r"ExpandConstant('{userappdata}\LendingDesk')" in code
    from lendingdesk.store import db

    assert 'user_data_dir("LendingDesk", "LendingDesk", roaming=True)' in inspect.getsource(
        db.data_dir
    )
    assert "procedure CurUninstallStepChanged" in code
    assert "RemoveData := False;" in code
    # the question defaults to "No", and only "Yes" removes
    assert re.search(
        r"MsgBox\(.*RemoveDataQuestion.*MB_YESNO or MB_DEFBUTTON2\) = IDYES", code, re.S
    )
    # silent uninstall (IT): only with /REMOVEDATA
    assert "HasSwitch('/REMOVEDATA')" in code
    deltree = re.search(r"if \(CurUninstallStep = usPostUninstall\) and RemoveData then", code)
    assert deltree and "DelTree(DataDir()" in code[deltree.end() :]
    assert code.count("DelTree") == 1
    # nothing else in the script deletes the user's data
    assert "userappdata" not in _iss_section("UninstallDelete")


# --- Linux: per-user installer --------------------------------------------------------------

needs_sh = pytest.mark.skipif(shutil.which("sh") is None or sys.platform == "win32", reason="sh")


def _staging(tmp_path: Path) -> Path:
    """What the tarball unpacks to, with a stand-in program."""
    staging = tmp_path / "LendingDesk-9.9.9-linux-x86_64"
    (staging / "LendingDesk" / "_internal").mkdir(parents=True)
    program = staging / "LendingDesk" / "lendingdesk"
    program.write_text("#!/bin/sh\necho 'LendingDesk 9.9.9'\n", encoding="utf-8")
    program.chmod(0o755)
    (staging / "LendingDesk" / "_internal" / "marker").write_text("new", encoding="utf-8")
    shutil.copy(DESKTOP, staging)
    shutil.copy(METAINFO, staging)
    shutil.copy(ROOT / "resources" / "icons" / "lendingdesk.png", staging / f"{APP_ID}.png")
    shutil.copy(ROOT / "resources" / "icons" / "lendingdesk.svg", staging / f"{APP_ID}.svg")
    shutil.copy(INSTALL_SH, staging)
    return staging


def _install(staging: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(
        ["sh", str(staging / "install.sh"), *args], env=env, capture_output=True, text=True
    )


@needs_sh
def test_install_sh_installs_for_the_user_and_keeps_data_on_uninstall(tmp_path: Path) -> None:
    staging, home = _staging(tmp_path), tmp_path / "home"
    # an older version with a file the new one no longer has
    old = home / ".local" / "lib" / "lendingdesk"
    old.mkdir(parents=True)
    (old / "stale.so").write_text("old", encoding="utf-8")
    data = home / ".local" / "share" / "LendingDesk"
    data.mkdir(parents=True)
    (data / "lendingdesk.sqlite3").write_text("the desk's loans", encoding="utf-8")

    result = _install(staging, home)
    assert result.returncode == 0, result.stderr
    assert "9.9.9 is installed" in result.stdout
    program = home / ".local" / "lib" / "lendingdesk" / "lendingdesk"
    assert os.access(program, os.X_OK)
    assert not (old / "stale.so").exists(), "an upgrade must replace the whole program folder"
    link = home / ".local" / "bin" / "lendingdesk"
    assert link.is_symlink() and link.resolve() == program.resolve()
    menu = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    text = menu.read_text(encoding="utf-8")
    assert f'Exec="{program}"' in text and f"TryExec={program}" in text
    assert "Comment[nl]=" in text  # translations survive the rewrite
    share = home / ".local" / "share"
    assert (share / "icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "lendingdesk.sqlite3").read_text(encoding="utf-8") == "the desk's loans"

    result = _install(staging, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not program.exists() and not link.exists() and not menu.exists()
    assert (data / "lendingdesk.sqlite3").exists(), "uninstall must keep the data"
    assert "--remove-data" in result.stdout

    result = _install(staging, home, "--uninstall", "--remove-data")
    assert result.returncode == 0, result.stderr
    assert not data.exists()


@needs_sh
def test_install_sh_refuses_remove_data_without_uninstall(tmp_path: Path) -> None:
    staging, home = _staging(tmp_path), tmp_path / "home"
    data = home / ".local" / "share" / "LendingDesk"
    data.mkdir(parents=True)
    result = _install(staging, home, "--remove-data")
    assert result.returncode == 2 and data.exists()
    assert _install(staging, home, "--bogus").returncode == 2


@needs_sh
def test_install_sh_says_what_to_do_when_unpacked_incompletely(tmp_path: Path) -> None:
    staging = _staging(tmp_path)
    shutil.rmtree(staging / "LendingDesk")
    result = _install(staging, tmp_path / "home")
    assert result.returncode == 1 and "unpack the whole archive" in result.stdout


# --- The tarball build.py makes (from a stand-in bundle; no PyInstaller run) ----------------


def test_tarball_holds_the_bundle_menu_entry_icon_metainfo_and_installer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = load_script("build")
    bundle = tmp_path / "dist" / "LendingDesk"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "lendingdesk").write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / "lendingdesk").chmod(0o755)
    monkeypatch.setattr(build, "DIST", tmp_path / "dist")
    monkeypatch.setattr(build, "BUNDLE", bundle)
    monkeypatch.setattr(build.platform, "machine", lambda: "x86_64")

    tarball = build.linux_tarball(build.version())
    assert tarball.name == f"LendingDesk-{__version__}-linux-x86_64.tar.gz"
    top = f"LendingDesk-{__version__}-linux-x86_64"
    with tarfile.open(tarball) as tar:
        members = {m.name: m for m in tar.getmembers()}
    for name in (
        "LendingDesk/lendingdesk",
        "install.sh",
        "README.txt",
        "CHANGELOG.md",
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
        f"{APP_ID}.png",
        f"{APP_ID}.svg",
    ):
        assert f"{top}/{name}" in members, name
    for executable in ("install.sh", "LendingDesk/lendingdesk"):
        assert members[f"{top}/{executable}"].mode & stat.S_IXUSR, executable
    assert {m.uid for m in members.values()} == {0}
    assert not (tmp_path / "dist" / top).exists(), "the staging folder is cleaned up"
