"""Run every benchmark case (benchmarks/bench_*.py), write results.json and print a table.

    python -m benchmarks [--quick] [--only NAME] [--out PATH]

--quick: a tiny database and few repeats, for the smoke test (numbers mean nothing).
--only: run only the case modules whose name contains NAME (e.g. desk, startup).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Targets from the issue for rows of case modules that report none themselves:
# name -> (target, which column it applies to).
TARGETS = {
    "1,000 labels, Avery L7160 (48 A4 pages)": (2.5, "median"),
    "1,000 labels, Avery L7160: PDF size": (1.0, "median"),
    "loan slip A4, 3 items": (50.0, "median"),
    "loan slip 80 mm receipt, 3 items": (50.0, "median"),
    "product report PDF, 1,000 reviews": (500.0, "median"),
}


def apply_targets(rows: list[dict]) -> None:
    for r in rows:
        if "target" in r or r["name"] not in TARGETS:
            continue
        target, on = TARGETS[r["name"]]
        r["target"], r["target_on"] = target, on
        r["ok"] = r[on] <= target


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = None
    with contextlib.suppress(ValueError, OSError):
        ram_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": datetime.now().isoformat(timespec="seconds"),
    }


def speed_reference(repeat: int = 5) -> list[float]:
    """A fixed pure-Python loop, timed: the machine's speed at this moment. On a shared virtual
    machine it drifts (±50 % here within minutes); compare each run's figures with it."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        total = 0
        for i in range(1_000_000):
            total += i * i
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def case_modules(only: str | None) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [n for n in names if not only or only in n]


def fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return "" if value is None else str(value)


def table(rows: list[dict]) -> str:
    head = ("case", "unit", "median", "p99", "n", "target", "limit", "ok")
    lines = [head]
    for r in rows:
        target = r.get("target")
        on = r.get("target_on", "median")
        lines.append(
            (
                r["name"],
                r["unit"],
                fmt(r["median"]),
                fmt(r["p99"]),
                str(r["n"]),
                "" if target is None else f"{on} ≤ {fmt(target)}",
                fmt(r.get("limit")),
                {True: "yes", False: "NO", None: ""}[r.get("ok")],
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
        for line in lines
    ]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="tiny database, few repeats")
    parser.add_argument("--only", metavar="NAME", help="only case modules containing NAME")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Settings, scan journal and slips of the benchmark desk stay out of the user's folder.
    os.environ["LENDINGDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="ld-bench-home-")
    from benchmarks.bigdb import cached_db, sizes

    cached_db(args.quick)  # build (or reuse) the big database before any timing
    reference = speed_reference(1 if args.quick else 5)
    rows: list[dict] = []
    failed: list[str] = []
    for name in case_modules(args.only):
        started = time.perf_counter()
        print(f"… {name}", flush=True)
        try:
            module_rows = importlib.import_module(f"benchmarks.{name}").run(quick=args.quick)
        except Exception:
            traceback.print_exc()
            failed.append(name)
            continue
        for r in module_rows:
            r["case"] = name
        rows += module_rows
        print(f"  {len(module_rows)} rows in {time.perf_counter() - started:.1f} s", flush=True)
    reference += speed_reference(1 if args.quick else 5)
    from benchmarks.common import row

    speed = row(
        "machine speed reference: 1M-step Python loop (before + after)",
        "ms",
        reference,
        note="the same work each time: its spread shows how steady the machine was",
    )
    speed["case"] = "reference"
    rows.append(speed)
    apply_targets(rows)
    result = {
        "machine": machine(),
        "quick": args.quick,
        "database": sizes(args.quick),
        "failed": failed,
        "results": rows,
    }
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print()
    print(table(rows))
    print(f"\nwritten: {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
