"""The figures the reliability tests measure, printed and kept for docs/reliability.md.

Each test calls ``record_figure``; the figure is printed (``pytest -s`` shows it) and, when
LENDINGDESK_FIGURES names a file, appended there as one JSON line.
"""

from __future__ import annotations

import json
import os
from typing import Any


def record_figure(name: str, values: dict[str, Any]) -> None:
    line = json.dumps({"figure": name, **values}, ensure_ascii=False, sort_keys=True)
    print(f"\nFIGURE {line}")
    target = os.environ.get("LENDINGDESK_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
