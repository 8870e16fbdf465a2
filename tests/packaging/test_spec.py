"""The PyInstaller spec, run against stand-ins for Analysis/EXE/COLLECT: what it would bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from lendingdesk import __version__

from .helpers import ROOT, SPEC


def test_spec_compiles() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


class _Recorder:
    """Stands in for one PyInstaller build class and remembers how the spec called it."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, log: list[Any]) -> None:
        self.kind, self.log = kind, log

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.log.append((self.kind, args, kwargs))
        result = type(self.kind, (), {})()
        if self.kind == "Analysis":
            result.datas = [
                (str(Path(dest_dir, Path(src).name)), src, "DATA")
                for src, dest_dir in kwargs["datas"]
            ]
            result.binaries = []
            result.pure = []
            result.scripts = []
        return result


def _run_spec(platform: str, monkeypatch: pytest.MonkeyPatch, workpath: Path) -> dict[str, Any]:
    pytest.importorskip("PyInstaller", reason="the spec needs PyInstaller (make package)")
    # Import PyInstaller's modules for the real platform before pretending to be another one.
    import PyInstaller.depend.bindepend
    import PyInstaller.utils.hooks  # noqa: F401

    log: list[Any] = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent),
        "__file__": str(SPEC),
        "workpath": str(workpath),
        **{k: _Recorder(k, log) for k in ("Analysis", "PYZ", "EXE", "COLLECT")},
    }
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec prepends the source tree
    monkeypatch.setattr(sys, "platform", platform)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["_log"] = log
    return namespace


@pytest.fixture(scope="module")
def linux_spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with pytest.MonkeyPatch.context() as mp:
        return _run_spec("linux", mp, tmp_path_factory.mktemp("spec"))


def _calls(ns: dict[str, Any], kind: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    return [(args, kwargs) for k, args, kwargs in ns["_log"] if k == kind]


def _analysis(ns: dict[str, Any]) -> dict[str, Any]:
    [(_args, kwargs)] = _calls(ns, "Analysis")
    return kwargs


def _bundle_paths(ns: dict[str, Any]) -> set[str]:
    """Where each data file lands inside the bundle, as posix paths."""
    return {Path(dest_dir, Path(src).name).as_posix() for src, dest_dir in _analysis(ns)["datas"]}


def test_every_resource_lands_where_the_resolver_looks(linux_spec: dict[str, Any]) -> None:
    paths = _bundle_paths(linux_spec)
    resources = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert resources, "resources/ is empty?"
    for file in resources:
        if "__pycache__" in file.parts:
            continue
        assert file.relative_to(ROOT).as_posix() in paths, file


def test_migrations_travel_as_files_beside_the_store(linux_spec: dict[str, Any]) -> None:
    paths = _bundle_paths(linux_spec)
    migrations = ROOT / "lendingdesk" / "store" / "migrations"
    wanted = [p for p in migrations.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert any(p.name == "env.py" for p in wanted)
    assert len([p for p in wanted if p.parent.name == "versions"]) >= 1
    for file in wanted:
        assert file.relative_to(ROOT).as_posix() in paths, file


def test_document_fonts_are_bundled(linux_spec: dict[str, Any]) -> None:
    assert "reportlab/fonts/Vera.ttf" in _bundle_paths(linux_spec)
    assert "reportlab/fonts/VeraBd.ttf" in _bundle_paths(linux_spec)


def test_imports_nobody_writes_down_are_named(linux_spec: dict[str, Any]) -> None:
    hidden = set(_analysis(linux_spec)["hiddenimports"])
    # loaded by name: CLI command modules, SQLAlchemy dialects, Alembic's runtime
    for name in (
        "lendingdesk.cli.core",
        "lendingdesk.demo",
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy.dialects.postgresql.psycopg",
        "alembic.op",
        "alembic.context",
        "alembic.runtime.migration",
        "logging.config",
        "psycopg",
        "psycopg_binary",
        "segno",
        "barcode",
        "reportlab",
        "openpyxl",
        "jsonschema",
        "platformdirs",
        "PySide6.QtCharts",
        "PySide6.QtSvg",
        "PySide6.QtMultimedia",
        "PySide6.QtPrintSupport",
    ):
        assert name in hidden, name
    # what the migration files import (Alembic loads them from disk, unseen by the analysis)
    assert {"alembic", "sqlalchemy", "lendingdesk.store.models"} <= hidden
    # broken wheels install "tests"/"docs" at top level; never pull those in
    assert not hidden & {"tests", "docs"}


def test_test_tools_stay_out(linux_spec: dict[str, Any]) -> None:
    analysis = _analysis(linux_spec)
    excludes = set(analysis["excludes"])
    for name in ("pytest", "_pytest", "pytestqt", "hypothesis", "ruff"):
        assert name in excludes, name
    # Camera scanning decodes with zxing-cpp on the desk: a runtime part, shipped.
    assert "zxingcpp" not in excludes
    assert {"PyInstaller", "pyinstrument", "tkinter", "PySide6.QtWebEngineCore"} <= excludes
    # The print preview renders PDF pages with pypdfium2: a runtime part, shipped.
    assert not {"pypdfium2", "pypdfium2_raw"} & excludes
    hidden_tops = {h.split(".")[0] for h in analysis["hiddenimports"]}
    assert not hidden_tops & excludes
    assert not set(analysis["hiddenimports"]) & excludes


def test_linux_build_is_one_folder_with_one_program(linux_spec: dict[str, Any]) -> None:
    exes = _calls(linux_spec, "EXE")
    assert [kw["name"] for _a, kw in exes] == ["lendingdesk"]
    assert all(kw["exclude_binaries"] and kw["strip"] for _a, kw in exes)
    assert all(("X utf8_mode=1", None, "OPTION") in args[2] for args, _kw in exes)
    [(_args, collect)] = _calls(linux_spec, "COLLECT")
    assert collect["name"] == "LendingDesk"
    assert _analysis(linux_spec)["pathex"] == [str(ROOT)]


def test_windows_build_has_a_windowed_program_and_a_console_twin(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ns = _run_spec("win32", monkeypatch, tmp_path)
    exes = {kw["name"]: kw for _a, kw in _calls(ns, "EXE")}
    assert set(exes) == {"LendingDesk", "lendingdesk-cli"}
    assert exes["LendingDesk"]["console"] is False
    assert exes["lendingdesk-cli"]["console"] is True
    for kw in exes.values():
        assert kw["icon"].endswith("lendingdesk.ico") and os.path.exists(kw["icon"])
        assert kw["strip"] is False
        info = Path(kw["version"]).read_text(encoding="utf-8")
        assert f"StringStruct('ProductVersion', '{__version__}')" in info
        assert f"prodvers=({__version__.replace('.', ', ')}, 0)" in info
        try:  # PyInstaller reads this file with its own classes (pefile: Windows builds only)
            from PyInstaller.utils.win32 import versioninfo
        except ImportError:
            continue
        parsed = versioninfo.load_version_info_from_text_file(kw["version"])
        assert __version__ in str(parsed)


def test_pruning_drops_a_plugin_and_only_what_nothing_else_needs(
    linux_spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """root.so needs shared.so; the dropped plugin needs shared.so and only.so (which needs
    deep.so): only the plugin, only.so and deep.so may go."""
    imports = {
        "/q/root.so": ["/q/shared.so"],
        "/q/plugins/platformthemes/libqgtk3.so": ["/q/shared.so", "/q/only.so"],
        "/q/only.so": ["/q/deep.so"],
        "/q/shared.so": [],
        "/q/deep.so": [],
    }
    import PyInstaller.depend.bindepend as bindepend

    monkeypatch.setattr(
        bindepend, "get_imports", lambda src: {(Path(p).name, p) for p in imports[src]}
    )
    monkeypatch.setattr(os.path, "realpath", lambda p: p)
    binaries = [
        (f"x/{Path(src).name}" if "plugins" not in src else src.lstrip("/"), src, "BINARY")
        for src in imports
    ]
    # PyInstaller's top-level links to libraries in a subfolder sit among the datas
    datas = [
        ("only.so", "x/only.so", "SYMLINK"),
        ("shared.so", "x/shared.so", "SYMLINK"),
        ("resources/demo/catalogue.json", "/src/catalogue.json", "DATA"),
    ]
    kept, kept_datas = linux_spec["_prune"](binaries, datas, linux_spec["DROP_PLUGINS"])
    assert sorted(Path(src).name for _d, src, _k in kept) == ["root.so", "shared.so"]
    assert [dest for dest, _s, _k in kept_datas] == ["shared.so", "resources/demo/catalogue.json"]


def test_only_dutch_and_english_qt_translations(linux_spec: dict[str, Any]) -> None:
    keep = linux_spec["_keep"]
    assert keep("PySide6/Qt/translations/qtbase_nl.qm")
    assert keep("PySide6/Qt/translations/qt_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert keep("resources/translations/lendingdesk_de.qm")  # our own files are never pruned
