"""Shared helpers: timing loops, percentiles and result rows."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence


def p99(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def row(
    name: str,
    unit: str,
    samples: Sequence[float],
    *,
    target: float | None = None,
    limit: float | None = None,
    ok: bool | None = None,
    target_on: str = "median",
    note: str | None = None,
) -> dict:
    """A result row; ``ok`` is worked out from ``target`` on ``target_on`` unless given."""
    result: dict = {
        "name": name,
        "unit": unit,
        "median": statistics.median(samples),
        "p99": p99(samples),
        "n": len(samples),
    }
    if target is not None:
        result["target"] = target
        result["target_on"] = target_on
    if limit is not None:
        result["limit"] = limit
    if ok is None and target is not None:
        ok = result[target_on] <= target
    if ok is not None:
        result["ok"] = bool(ok)
    if note:
        result["note"] = note
    return result


def timed_ms(action: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        action()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        out.append((time.perf_counter() - start) * 1000)
    return out
