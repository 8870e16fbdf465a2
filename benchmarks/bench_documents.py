"""Benchmarks of the document renderers (labels, slips, badges).

    python benchmarks/bench_documents.py [--quick]

``run(quick)`` returns rows {"name", "unit", "median", "p99", "n"} and prints a table.
Targets from the issue: 1,000 labels on A4 sheets <= 2.5 s and <= 1 MB; a loan slip
<= 50 ms in process. Timings are in-process, after one warm-up (fonts registered,
modules imported), except the import row, which runs a fresh interpreter.
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

if __name__ == "__main__":  # run as a plain script from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lendingdesk.documents import (
    BadgeOptions,
    BadgeSpec,
    LabelOptions,
    LabelSpec,
    SlipData,
    SlipKind,
    SlipLine,
    render_badges,
    render_labels,
    render_slip,
)
from lendingdesk.domain.codes import format_badge, format_tag

PRODUCTS = (
    "Tovertafel Qwiek.up Cliëntvriendelijk",
    "PARO robotzeehond",
    "Joy for All companion cat",
    "Medido medicijndispenser",
    "TENA SmartCare Change Indicator met lange productnaam",
    "Incontinentiesensorverwerkingsmodule",
)


def _labels(count: int) -> list[LabelSpec]:
    return [
        LabelSpec(format_tag(i + 1), PRODUCTS[i % len(PRODUCTS)], "Zorggroep De Één")
        for i in range(count)
    ]


def _slip(items: int) -> SlipData:
    lines = tuple(
        SlipLine(
            format_tag(100 + i),
            PRODUCTS[i % len(PRODUCTS)],
            due=date(2025, 3, 14),
            accessories=("oplader", "handleiding"),
            care_instructions="Alleen afnemen met een vochtige doek; niet onderdompelen.",
        )
        for i in range(items)
    )
    return SlipData(
        kind=SlipKind.CHECKOUT,
        loan_ids=tuple(range(1000, 1000 + items)),
        borrower_name="Joëlle van den Berg",
        borrower_badge=format_badge(1250),
        borrower_team="Team Dementie",
        desk_name="Uitleenservice Zorgtechnologie",
        desk_contact="uitleen@zorggroep.example",
        issued_at=datetime(2025, 2, 28, 14, 5),
        lines=lines,
    )


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _time(
    name: str,
    unit: str,
    n: int,
    fn: Callable[[], object],
    clock: Callable[[], float] = time.perf_counter,
) -> dict:
    scale = {"s": 1.0, "ms": 1e3}[unit]
    fn()  # warm-up: imports, font registration, caches
    samples = []
    for _ in range(n):
        start = clock()
        fn()
        samples.append((clock() - start) * scale)
    return {
        "name": name,
        "unit": unit,
        "median": statistics.median(samples),
        "p99": _p99(samples),
        "n": n,
    }


def _size_mb(name: str, fn: Callable[[io.BytesIO], object]) -> dict:
    out = io.BytesIO()
    fn(out)
    size = len(out.getvalue()) / 1e6
    return {"name": name, "unit": "MB", "median": size, "p99": size, "n": 1}


def _import_ms(n: int) -> dict:
    code = (
        "import time; t = time.perf_counter(); import lendingdesk.documents; "
        "print((time.perf_counter() - t) * 1e3)"
    )
    root = str(Path(__file__).resolve().parent.parent)
    samples = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
            ).stdout
        )
        for _ in range(n)
    ]
    return {
        "name": "import lendingdesk.documents (fresh process)",
        "unit": "ms",
        "median": statistics.median(samples),
        "p99": _p99(samples),
        "n": n,
    }


def run(quick: bool = False) -> list[dict]:
    labels = _labels(1000)
    l7160 = LabelOptions(template="avery-l7160")
    slip = _slip(3)
    badges = [
        BadgeSpec(format_badge(i + 1), f"Medewerker {i}", "Team Noord", "Zorggroep")
        for i in range(100)
    ]
    few, many = (1, 3) if quick else (7, 50)
    return [
        _time(
            "1,000 labels, Avery L7160 (48 A4 pages)",
            "s",
            few,
            lambda: render_labels(labels, l7160, io.BytesIO()),
        ),
        # CPU time of this process alone: the cost when other work shares the two cores.
        _time(
            "1,000 labels, Avery L7160, CPU time",
            "s",
            few,
            lambda: render_labels(labels, l7160, io.BytesIO()),
            clock=time.process_time,
        ),
        _size_mb(
            "1,000 labels, Avery L7160: PDF size", lambda out: render_labels(labels, l7160, out)
        ),
        _time(
            "1,000 labels, Avery L7160 + Code128",
            "s",
            few,
            lambda: render_labels(
                labels, LabelOptions(template="avery-l7160", show_barcode=True), io.BytesIO()
            ),
        ),
        _time(
            "100 labels, Dymo 11354 roll (100 pages)",
            "s",
            few,
            lambda: render_labels(labels[:100], LabelOptions(template="dymo-11354"), io.BytesIO()),
        ),
        _time("loan slip A4, 3 items", "ms", many, lambda: render_slip(slip, io.BytesIO(), "a4")),
        _time(
            "loan slip 80 mm receipt, 3 items",
            "ms",
            many,
            lambda: render_slip(slip, io.BytesIO(), "receipt80"),
        ),
        _time(
            "loan slip A4, 20 items",
            "ms",
            max(few, many // 5),
            lambda: render_slip(_slip(20), io.BytesIO(), "a4"),
        ),
        _time(
            "100 badges on A4 (10 pages)",
            "s",
            few,
            lambda: render_badges(badges, io.BytesIO(), BadgeOptions()),
        ),
        _import_ms(1 if quick else 7),
    ]


def print_table(rows: list[dict]) -> None:
    width = max(len(r["name"]) for r in rows)
    print(f"{'benchmark':<{width}}  {'median':>9}  {'p99':>9}  unit  {'n':>3}")
    for r in rows:
        print(
            f"{r['name']:<{width}}  {r['median']:>9.3f}  {r['p99']:>9.3f}  "
            f"{r['unit']:<4}  {r['n']:>3}"
        )


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
