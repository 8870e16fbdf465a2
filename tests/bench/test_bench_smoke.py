"""Smoke run of the benchmark suite on a tiny database: every case runs, every row is sound.

No timing assertions: speed is judged by ``make bench``, not by ``make test``.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = {
    "reference",  # the machine-speed row that frames every run
    "bench_camera",
    "bench_circulation",
    "bench_desk",
    "bench_documents",
    "bench_phone_form",
    "bench_region",
    "bench_reports",
    "bench_search",
    "bench_shared",
    "bench_startup",
    "bench_stocktake",
}


def test_quick_benchmark_run_writes_every_case(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    data = json.loads(out.read_text())
    assert data["failed"] == []
    assert data["quick"] is True
    assert {"cpu", "cores", "ram_gb", "python", "platform", "date"} <= set(data["machine"])
    rows = data["results"]
    assert {r["case"] for r in rows} == CASES
    for r in rows:
        assert r["name"] and r["unit"], r
        for key in ("median", "p99"):
            assert isinstance(r[key], (int, float)) and math.isfinite(r[key]), r
        assert isinstance(r["n"], int) and r["n"] >= 1, r
        if "target" in r:
            assert isinstance(r["ok"], bool), r
    names = " ".join(r["name"] for r in rows)
    for expected in (
        "scan to screen: check-out",
        "check-out via services",
        "check-in raw sqlite3",
        "catalogue search per keystroke",
        "PostgreSQL catalogue search: 2 letters, rare or none",
        "overdue list",
        "cold start to first paint",
        "phone form: submit review",
        "cold start peak memory",
        "memory growth per 1,000 scans",
        "1,000 labels",
        "loan slip",
        "product report PDF, 1,000 reviews",
        "export bundle",
        "camera: frames decoded per second",
        "camera window at 30 fps: CPU use",
        "stock-take: reconcile",
        "desks on one PostgreSQL, each a scan a second: check-out via services",
        "desks on one PostgreSQL, flat out: check-out via services",
        "desks on one PostgreSQL, flat out: check-out raw psycopg (limit)",
        "desks on one PostgreSQL, flat out: scans per second",
        "double loans",
        "shared SQLite: desk A check-out while desk B searches and pages",
    ):
        assert expected in names, expected
    # Correctness, not speed: the desks on one PostgreSQL made no error and no double loan.
    # Neither did two desks on one SQLite file.
    region = [r for r in rows if r["unit"] in ("errors", "loans")]
    assert len(region) == 3 and all(r["median"] == 0 and r["ok"] for r in region), region
    assert "| case" in proc.stdout  # the readable table


def test_desk_exits_after_first_paint_when_asked(tmp_path: Path) -> None:
    from lendingdesk.demo import fill_demo
    from lendingdesk.store.db import open_database

    path = tmp_path / "desk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    fill_demo(db)
    db.dispose()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        LENDINGDESK_EXIT_AFTER_PAINT="1",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "lendingdesk", "--db", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    painted = [ln for ln in proc.stdout.splitlines() if ln.startswith("first_paint_epoch=")]
    assert len(painted) == 1
    assert float(painted[0].split("=", 1)[1]) > 1.7e9
