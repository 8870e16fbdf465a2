"""The layers of docs/architecture.md, checked by import-linter from the contracts in pyproject."""

from __future__ import annotations

import tomllib
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_the_layer_contracts_hold() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    kinds = {c["type"] for c in contracts}
    assert kinds == {"layers", "forbidden"}, "the layer and the no-Qt contracts are both stated"
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def _app_imports(module: str) -> list[str]:
    source = (ROOT / "lendingdesk" / f"{module}.py").read_text(encoding="utf-8")
    lines = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    return [line for line in lines if "lendingdesk" in line]


def test_the_error_types_are_a_leaf() -> None:
    """Every layer imports the refusals; they import nothing of the application but the
    translation leaf, which imports only the resource resolver."""
    assert _app_imports("errors") == ["from lendingdesk.translation import DataText, Text"]
    assert _app_imports("translation") == ["from lendingdesk.resources import resources_root"]
    assert _app_imports("resources") == []
