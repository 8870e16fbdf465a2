"""Many desks, one PostgreSQL: 5, 10 and 20 desk processes scanning at once.

A private PostgreSQL (fsync on) started here, filled with the regional database (100k products,
1M loans) by COPY. Each desk is its own process with its own DeskService and connection, and
does what a desk does, round after round for a fixed time: the borrower's badge, three items
(each a check-out through the one scan path), the badge again to finish; then the three items
scanned back (the check-in prompt, the check-in) and, for products that need it, the cleaning
signed off so the item can go out again. Each desk has its own three items (a desk lends its
own stock). Then every desk tries to lend the SAME items at the same moment: each must go out
exactly once (the others are refused), and at the end no item may have two open loans.

The limit in the same run: the same check-out / check-in / sign-off transactions hand-written
in plain psycopg (same reads, same row lock, same writes), by as many processes.

Each desk count runs twice:
- **at a desk's pace**: every desk scans about once a second (a gap drawn between 0.5 and 1.5 s,
  desks out of step), two to three times what the busiest real desk manages: the scanner types
  a code in 25-200 ms, then the ambassador picks up the next item or the professional's badge.
  This is the latency a professional sees when twenty desks work at once; the issue's target
  (check-out p99 <= 16.7 ms at 20 desks) is judged here.
- **flat out**: every desk scans the next code the moment the answer is there. Twenty such
  processes and the server share this machine's two cores, so the latencies measure the queue
  for the CPU; what this run shows is throughput (scans per second in total, growing with desks
  until the cores are busy) and correctness under the heaviest load.

Figures per desk count: check-out latency (median, p99), check-in latency, scans per second in
total (8 scans a round: badge, 3 items, badge, 3 items back), errors (any exception or outcome
that is not the expected one: must be 0), double loans (0).
"""

from __future__ import annotations

import json
import multiprocessing as mp
import queue
import random
import time
import traceback
from datetime import UTC, date, datetime, timedelta

from benchmarks.bigdb import cached_db, sizes
from benchmarks.common import row

FRAME_MS = 16.7
ITEMS_PER_DESK = 3
SCANS_PER_ROUND = 8
DESK_GAP_S = 1.0  # a desk's pace: on average one scan a second


class Pace:
    """When a desk scans next. ``gap`` None: at once (flat out); else on a schedule with a
    gap drawn between 0.5 and 1.5 × ``gap`` seconds, kept even when a scan ran late (like
    professionals queueing at the desk), so a slow answer does not slow the offered load."""

    def __init__(self, gap: float | None, seed: int) -> None:
        self.gap = gap
        self.rng = random.Random(seed)
        self.next_at: float | None = None

    def wait(self) -> None:
        if self.gap is None:
            return
        now = time.perf_counter()
        if self.next_at is None:  # desks start out of step
            self.next_at = now + self.rng.uniform(0.0, self.gap)
        if self.next_at > now:
            time.sleep(self.next_at - now)
        self.next_at += self.rng.uniform(0.5, 1.5) * self.gap


AT_ONCE = Pace(None, 0)


def pick_stock(
    conninfo: str, desks: int, extra: int
) -> tuple[list[list[str]], list[str], list[str]]:
    """Three available items per desk (products with and without cleaning, no reservations)
    and ``extra`` more for the contention round; one badge per desk."""
    import psycopg

    with psycopg.connect(conninfo) as pg:
        tags = [
            r[0]
            for r in pg.execute(
                "SELECT i.tag FROM items i JOIN products p ON p.id = i.product_id "
                "WHERE i.status = 'available' AND NOT p.retired "
                "AND NOT EXISTS (SELECT 1 FROM reservations r WHERE r.product_id = p.id) "
                "ORDER BY i.id LIMIT %s",
                (desks * ITEMS_PER_DESK + extra,),
            )
        ]
        people = [
            r[0]
            for r in pg.execute(
                "SELECT badge FROM borrowers WHERE active AND erased_at IS NULL "
                "AND loan_limit IS NULL ORDER BY id LIMIT %s",
                (desks,),
            )
        ]
    per_desk = [tags[i * ITEMS_PER_DESK : (i + 1) * ITEMS_PER_DESK] for i in range(desks)]
    return per_desk, tags[desks * ITEMS_PER_DESK :], people


# --- the desk through the services -----------------------------------------------------------


class ServiceDesk:
    def __init__(self, url: str, number: int) -> None:
        from lendingdesk.domain.context import DeskContext
        from lendingdesk.services.desk import DeskService
        from lendingdesk.services.views.cleaning import CleaningView
        from lendingdesk.store.db import open_database

        self.db = open_database(url, upgrade=False)
        ctx = lambda: DeskContext(actor=f"bench{number}", desk=f"Balie {number}")  # noqa: E731
        self.service = DeskService(self.db, ctx)
        self.cleaning = CleaningView(self.db, ctx)

    def round(
        self, tags: list[str], badge: str, outs: list[float], ins: list[float], pace: Pace = AT_ONCE
    ) -> None:
        from lendingdesk.domain.status import ItemStatus
        from lendingdesk.services.desk import ScanKind

        s = self.service
        pace.wait()
        _expect(s.handle_scan(badge), ScanKind.BORROWER_SELECTED)
        for tag in tags:
            pace.wait()
            start = time.perf_counter()
            outcome = s.handle_scan(tag, badge)
            outs.append((time.perf_counter() - start) * 1000)
            _expect(outcome, ScanKind.CHECKED_OUT)
        pace.wait()
        _expect(s.handle_scan(badge, badge), ScanKind.SESSION_ENDED)
        for tag in tags:
            pace.wait()
            _expect(s.handle_scan(tag), ScanKind.NEEDS_CHECKIN)
            start = time.perf_counter()
            back = s.check_in(tag)
            ins.append((time.perf_counter() - start) * 1000)
            if back.next_status == ItemStatus.AWAITING_CLEANING:
                self.cleaning.sign_off_cleaning(tag, by="Bench")

    def contend(self, tags: list[str], badge: str) -> list[str]:
        """Try to lend every one of ``tags``; the tags this desk got."""
        from lendingdesk.errors import LendingError

        got = []
        for tag in tags:
            try:
                self.service.check_out(tag, badge)
                got.append(tag)
            except LendingError:
                pass  # another desk has it: the refusal is the expected answer
        return got

    def close(self) -> None:
        self.db.dispose()


def _expect(outcome, kind) -> None:
    if outcome.kind is not kind:
        detail = outcome.refusal.en if outcome.refusal else ""
        raise AssertionError(f"{outcome.text}: {outcome.kind} instead of {kind} {detail}")


# --- the same transactions in plain psycopg: the limit ---------------------------------------


class RawDesk:
    """Check-out, check-in and cleaning sign-off hand-written in psycopg: the same reads, the
    same row lock on the item, the same writes (loan, item status, cleaning record, audit)."""

    def __init__(self, url: str, number: int) -> None:
        import psycopg

        from benchmarks.pgregion import libpq_url

        self.con = psycopg.connect(libpq_url(url), autocommit=False)
        self.desk = f"Balie {number}"

    def _audit(self, cur, action: str, entity: str, entity_id: int, details: dict) -> None:
        cur.execute(
            "INSERT INTO audit_events (at, actor, desk, action, entity, entity_id, details) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s::json)",
            (_now(), "bench", self.desk, action, entity, entity_id, json.dumps(details)),
        )

    def card(self, badge: str) -> None:
        with self.con.cursor() as cur:
            (bid,) = cur.execute("SELECT id FROM borrowers WHERE badge = %s", (badge,)).fetchone()
            cur.execute(
                "SELECT l.id, i.tag, p.name, l.due_on FROM loans l JOIN items i ON i.id = "
                "l.item_id JOIN products p ON p.id = i.product_id "
                "WHERE l.borrower_id = %s AND l.returned_at IS NULL",
                (bid,),
            ).fetchall()
        self.con.commit()

    def check_out(self, tag: str, badge: str) -> None:
        with self.con.cursor() as cur:
            item_id, product_id = cur.execute(
                "SELECT id, product_id FROM items WHERE tag = %s", (tag,)
            ).fetchone()
            (status,) = cur.execute(
                "SELECT status FROM items WHERE id = %s FOR UPDATE", (item_id,)
            ).fetchone()
            loan_days, accessories = cur.execute(
                "SELECT loan_days, accessories FROM products WHERE id = %s", (product_id,)
            ).fetchone()
            borrower_id, active = cur.execute(
                "SELECT id, active FROM borrowers WHERE badge = %s", (badge,)
            ).fetchone()
            if status != "available" or not active:
                self.con.rollback()
                raise RuntimeError(f"{tag} is {status}")
            cur.execute(
                "SELECT id FROM reservations WHERE product_id = %s AND cancelled_at IS NULL "
                "AND fulfilled_loan_id IS NULL",
                (product_id,),
            ).fetchall()
            (loan_id,) = cur.execute(
                "INSERT INTO loans (item_id, borrower_id, out_at, due_on, accessories_out, "
                "accessories_missing, renewals, review_state) "
                "VALUES (%s, %s, %s, %s, %s::json, '[]', 0, 'none') RETURNING id",
                (
                    item_id,
                    borrower_id,
                    _now(),
                    date.today() + timedelta(days=loan_days),
                    json.dumps(accessories),
                ),
            ).fetchone()
            cur.execute("UPDATE items SET status = 'on_loan' WHERE id = %s", (item_id,))
            self._audit(cur, "checkout", "loan", loan_id, {"item": tag, "borrower": badge})
        self.con.commit()

    def check_in(self, tag: str) -> bool:
        """Check ``tag`` in; whether it now awaits cleaning."""
        with self.con.cursor() as cur:
            item_id, product_id = cur.execute(
                "SELECT id, product_id FROM items WHERE tag = %s", (tag,)
            ).fetchone()
            cur.execute("SELECT id FROM items WHERE id = %s FOR UPDATE", (item_id,))
            (protocol,) = cur.execute(
                "SELECT cleaning_protocol FROM products WHERE id = %s", (product_id,)
            ).fetchone()
            (loan_id,) = cur.execute(
                "SELECT id FROM loans WHERE item_id = %s AND returned_at IS NULL", (item_id,)
            ).fetchone()
            cur.execute(
                "UPDATE loans SET returned_at = %s, accessories_missing = '[]' WHERE id = %s",
                (_now(), loan_id),
            )
            status = "awaiting_cleaning" if protocol else "available"
            cur.execute("UPDATE items SET status = %s WHERE id = %s", (status, item_id))
            self._audit(cur, "checkin", "loan", loan_id, {"item": tag})
        self.con.commit()
        return bool(protocol)

    def sign_off(self, tag: str) -> None:
        with self.con.cursor() as cur:
            (item_id,) = cur.execute(
                "SELECT id FROM items WHERE tag = %s FOR UPDATE", (tag,)
            ).fetchone()
            (loan_id,) = cur.execute(
                "SELECT id FROM loans WHERE item_id = %s ORDER BY returned_at DESC LIMIT 1",
                (item_id,),
            ).fetchone()
            cur.execute(
                "INSERT INTO cleaning_records (item_id, loan_id, signed_by, at) "
                "VALUES (%s, %s, 'Bench', %s)",
                (item_id, loan_id, _now()),
            )
            cur.execute("UPDATE items SET status = 'available' WHERE id = %s", (item_id,))
            self._audit(cur, "cleaned", "item", item_id, {"item": tag})
        self.con.commit()

    def round(
        self, tags: list[str], badge: str, outs: list[float], ins: list[float], pace: Pace = AT_ONCE
    ) -> None:
        pace.wait()
        self.card(badge)
        for tag in tags:
            pace.wait()
            start = time.perf_counter()
            self.check_out(tag, badge)
            outs.append((time.perf_counter() - start) * 1000)
        pace.wait()  # the badge that ends the session: nothing to write
        for tag in tags:
            pace.wait()
            start = time.perf_counter()
            dirty = self.check_in(tag)
            ins.append((time.perf_counter() - start) * 1000)
            if dirty:
                self.sign_off(tag)

    def close(self) -> None:
        self.con.close()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# --- one desk process ------------------------------------------------------------------------


def desk_process(
    kind, url, number, tags, badge, contested, seconds, barrier, results, gap=None
) -> None:
    """A desk in its own process: ready, wait for all, scan rounds for ``seconds`` (at ``gap``
    seconds a scan, or at once when None), contend."""
    outs: list[float] = []
    ins: list[float] = []
    errors: list[str] = []
    rounds = 0
    cpu = 0.0
    got: list[str] = []
    desk = None
    try:
        desk = (ServiceDesk if kind == "services" else RawDesk)(url, number)
        desk.round(tags, badge, [], [])  # warm-up: imports, statement caches
        barrier.wait(timeout=300)
        pace = Pace(gap, seed=number)
        deadline = time.perf_counter() + seconds
        cpu_start = time.process_time()
        while time.perf_counter() < deadline:
            try:
                desk.round(tags, badge, outs, ins, pace)
                rounds += 1
            except Exception:
                errors.append(traceback.format_exc(limit=3)[-600:])
                break  # the desk's stock is in an unknown state now
        cpu = time.process_time() - cpu_start
        barrier.wait(timeout=300)
        if contested and kind == "services":
            got = desk.contend(contested, badge)
    except Exception:
        errors.append(traceback.format_exc(limit=3)[-600:])
        barrier.abort()
    finally:
        if desk is not None:
            desk.close()
        results.put(
            {
                "number": number,
                "outs": outs,
                "ins": ins,
                "rounds": rounds,
                "errors": errors,
                "cpu": cpu,
                "got": got,
            }
        )


def collect(results, procs, timeout: float = 600.0) -> list[dict]:
    """One result per process from ``results``; a process that died without sending one is an
    error at once, not a wait until the timeout."""
    out: list[dict] = []
    deadline = time.monotonic() + timeout
    while len(out) < len(procs):
        try:
            out.append(results.get(timeout=1.0))
        except queue.Empty:
            dead = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            if dead or time.monotonic() > deadline:
                raise RuntimeError(
                    f"a desk process ended without its figures (exit {dead})"
                ) from None
    return out


def run_desks(kind, url, stock, people, contested, seconds, gap=None) -> dict:
    ctx = mp.get_context("spawn")
    n = len(stock)
    barrier = ctx.Barrier(n)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=desk_process,
            args=(kind, url, i, stock[i], people[i], contested, seconds, barrier, results, gap),
        )
        for i in range(n)
    ]
    for p in procs:
        p.start()
    out = collect(results, procs)
    for p in procs:
        p.join(timeout=60)
    return {
        "outs": [x for r in out for x in r["outs"]],
        "ins": [x for r in out for x in r["ins"]],
        "rounds": sum(r["rounds"] for r in out),
        "cpu": sum(r["cpu"] for r in out),
        "errors": [e for r in out for e in r["errors"]],
        "got": [t for r in out for t in r["got"]],
    }


def far_tags(conninfo: str, count: int) -> list[str]:
    """Available items from the other end of the catalogue (not the desks' stock)."""
    import psycopg

    with psycopg.connect(conninfo) as pg:
        return [
            r[0]
            for r in pg.execute(
                "SELECT i.tag FROM items i JOIN products p ON p.id = i.product_id "
                "WHERE i.status = 'available' AND NOT p.retired "
                "AND NOT EXISTS (SELECT 1 FROM reservations r WHERE r.product_id = p.id) "
                "ORDER BY i.id DESC LIMIT %s",
                (count,),
            )
        ]


# The plain psycopg transactions of RawDesk, statement by statement (BEGIN and COMMIT included:
# psycopg sends BEGIN before the first statement of a transaction).
RAW_STATEMENTS = {"check-out": 10, "check-in": 9}


def statements_per_scan(url: str, badge: str, tag: str) -> dict[str, int]:
    """How many statements (each a round trip to the server) one check-out scan and one
    check-in take through the services, counted with SQLAlchemy's events; plus the pool's
    connection check (a ping, for a connection that was idle a while), which sends one of its
    own. The scans follow each other as a desk's do, seconds apart at most."""
    from sqlalchemy import event

    from lendingdesk.domain.context import DeskContext
    from lendingdesk.services.desk import DeskService, ScanKind
    from lendingdesk.store.db import open_database

    db = open_database(url, upgrade=False)
    sent: list[str] = []
    dialect = db.engine.dialect
    ping = dialect.do_ping

    def counted_ping(dbapi_connection) -> bool:
        sent.append("ping")
        return ping(dbapi_connection)

    dialect.do_ping = counted_ping  # type: ignore[method-assign]
    try:
        service = DeskService(db, lambda: DeskContext(actor="bench", desk="Balie tel"))
        for name in ("before_cursor_execute",):
            event.listen(db.engine, name, lambda *a: sent.append("statement"))
        for name in ("begin", "commit", "rollback"):
            event.listen(db.engine, name, lambda *a, n=name: sent.append(n))
        service.handle_scan(badge)  # warm: the first connection's set-up is not counted
        counts = {}
        sent.clear()
        _expect(service.handle_scan(tag, badge), ScanKind.CHECKED_OUT)
        counts["check-out"] = len(sent)
        sent.clear()
        service.check_in(tag)
        counts["check-in"] = len(sent)
        return counts
    finally:
        db.dispose()


def longest_stall(app, seconds: float) -> float:
    """Run the event loop for ``seconds``; the longest single pass (ms): how long the window
    could not react (timers that query the database run on the GUI thread)."""
    worst = 0.0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        app.processEvents()
        worst = max(worst, (time.perf_counter() - start) * 1000)
        time.sleep(0.002)
    return worst


def desk_scans(url: str, badge: str, tags: list[str]) -> dict[str, list[float]]:
    """The real window (offscreen) on ``url``: a badge and ``tags`` scanned by key events; per
    scan the time until the answer is on screen, until the banner first changed ("working…"
    or the answer), and the longest event-loop pass from Enter until 0.3 s after the answer
    (the window frozen: the scan itself, then timers such as the status-bar counts)."""
    from benchmarks.bench_desk import Desk
    from lendingdesk.ui.app import ensure_app

    ensure_app()
    desk = Desk(url)
    try:
        desk.scan(badge)
        desk.desk.finish(quiet=True)  # warm-up: the first queries, fonts
        figures: dict[str, list[float]] = {"scan": [], "feedback": [], "freeze": []}
        desk.scan(badge)
        for tag in tags:
            figures["scan"].append(desk.scan(tag))
            figures["feedback"].append(desk.feedback_ms)
            after = longest_stall(desk.app, 0.3)
            figures["freeze"].append(max(desk.stall_ms, after))
            assert desk.desk.session_loans[-1].tag == tag, tag
        desk.desk.finish(quiet=True)
        return figures
    finally:
        desk.close()


def remote_desk_rows(server, url: str, quick: bool) -> list[dict]:
    """Cold start against the server, near and 50 ms away; scan to screen near and far."""
    import tempfile

    from benchmarks.bench_startup import start_once
    from benchmarks.latency_proxy import LatencyProxy
    from benchmarks.pgregion import libpq_url

    rtt = 50.0
    data_dir = tempfile.mkdtemp(prefix="ld-bench-data-")
    repeat = 1 if quick else 5
    n = 3 if quick else 30
    conninfo = libpq_url(url)
    tags = far_tags(conninfo, 2 * n)
    badge = pick_stock(conninfo, 1, 0)[2][0]
    start_once(url, data_dir)  # warm-up
    near = [start_once(url, data_dir) for _ in range(repeat)]
    near_desk = desk_scans(url, badge, tags[:n])
    far_url = url.replace(f":{server.port}/", ":{port}/")
    with LatencyProxy(server.port, rtt) as proxy:
        far_url = far_url.format(port=proxy.port)
        far = [start_once(far_url, data_dir) for _ in range(max(1, repeat - 2))]
        far_desk = desk_scans(far_url, badge, tags[n:])
    limit = FRAME_MS + rtt
    return [
        row(
            "cold start to first paint, regional PostgreSQL", "s", [r[0] for r in near], target=1.0
        ),
        row(f"cold start to first paint, PostgreSQL {rtt:.0f} ms away", "s", [r[0] for r in far]),
        row("scan to screen: check-out, regional PostgreSQL", "ms", near_desk["scan"]),
        row(
            f"scan to screen: check-out, PostgreSQL {rtt:.0f} ms away",
            "ms",
            far_desk["scan"],
            note="until the answer is on screen: the check-out's round trips (its database "
            "work runs on the desk's worker thread; the window is not frozen meanwhile)",
        ),
        row(
            f"scan to first feedback: check-out, PostgreSQL {rtt:.0f} ms away",
            "ms",
            far_desk["feedback"],
            target=limit,
            target_on="p99",
            note="the banner's first change after Enter: 'working…' (shown after 40 ms) or "
            "the answer; a frame plus one round trip",
        ),
        row("GUI freeze max per scan, regional PostgreSQL", "ms", near_desk["freeze"]),
        row(
            f"GUI freeze max per scan, PostgreSQL {rtt:.0f} ms away",
            "ms",
            far_desk["freeze"],
            target=FRAME_MS,
            target_on="p99",
            note="the longest single pass of the event loop from Enter until 0.3 s after the "
            "answer (the scan's own handling, then timers such as the status-bar counts)",
        ),
    ]


def search_rows(url: str, quick: bool) -> list[dict]:
    """Catalogue search per keystroke on the regional PostgreSQL database (loans and all),
    each query shape on its own (as the SQLite rows of bench_circulation). Named apart from
    bench_search's rows, which search a catalogue-only database."""
    from benchmarks.bench_circulation import SEARCH_SHAPES
    from benchmarks.common import timed_ms
    from lendingdesk.domain import catalogue
    from lendingdesk.store.db import open_database

    db = open_database(url, upgrade=False)
    rows = []
    try:
        with db.session() as s:
            for shape, queries in SEARCH_SHAPES:
                samples: list[float] = []
                for q in queries:
                    samples += timed_ms(
                        lambda q=q: catalogue.search_product_names(s, q, limit=50),
                        2 if quick else 10,
                    )
                rows.append(
                    row(
                        f"regional PostgreSQL (1M loans), catalogue search: {shape}",
                        "ms",
                        samples,
                        target=2.0,
                        note=", ".join(queries),
                    )
                )
    finally:
        db.dispose()
    return rows


def _per_round(figures: dict) -> str:
    return f"{1000 * figures['cpu'] / figures['rounds']:.0f}" if figures["rounds"] else "?"


def double_loans(conninfo: str) -> int:
    import psycopg

    with psycopg.connect(conninfo) as pg:
        return pg.execute(
            "SELECT count(*) FROM (SELECT item_id FROM loans WHERE returned_at IS NULL "
            "GROUP BY item_id HAVING count(*) > 1) d"
        ).fetchone()[0]


def latency_rows(title: str, figures: dict, target: float | None) -> list[dict]:
    """Check-out and check-in latency of one many-desk run, via services and plain psycopg."""
    raw, svc = figures["raw"], figures["services"]
    raw_out = row(f"{title}: check-out raw psycopg (limit)", "ms", raw["outs"] or [0.0])
    svc_out = row(
        f"{title}: check-out via services",
        "ms",
        svc["outs"] or [0.0],
        target=target,
        target_on="p99",
        limit=raw_out["median"],
    )
    svc_out["ratio"] = svc_out["median"] / raw_out["median"] if raw["outs"] else None
    svc_in = row(f"{title}: check-in via services", "ms", svc["ins"] or [0.0])
    raw_in = row(f"{title}: check-in raw psycopg (limit)", "ms", raw["ins"] or [0.0])
    return [svc_out, raw_out, svc_in, raw_in]


def run(quick: bool = False) -> list[dict]:
    from benchmarks.pgregion import libpq_url, regional_database, regional_server

    desk_counts = (2,) if quick else (5, 10, 20)
    seconds = 1.0 if quick else 8.0
    paced_seconds = 1.0 if quick else 20.0
    gap = 0.05 if quick else DESK_GAP_S  # quick: the same path, not the same pace
    contested_n = 4 if quick else 30
    rows: list[dict] = []
    with regional_server(durable=not quick) as server:
        # Quick: the cached tiny SQLite database, copied; full size: made on the server (the
        # SQLite file at 100k/1M takes minutes of Python to build on a busy machine).
        url, load = regional_database(
            server, "ld_region", sizes(quick), cached_db(quick) if quick else None
        )
        conninfo = libpq_url(url)
        rows.append(
            {
                "name": "regional PostgreSQL: migrate + COPY the benchmark database",
                "unit": "s",
                "median": load["migrate"] + load["copy"],
                "p99": load["migrate"] + load["copy"],
                "n": 1,
                "note": f"{load['rows']:,.0f} rows; migrations {load['migrate']:.1f} s, "
                f"COPY + VACUUM ANALYZE {load['copy']:.1f} s",
            }
        )
        rows += search_rows(url, quick)
        most = max(desk_counts)
        stock, contested, people = pick_stock(conninfo, most, contested_n)
        errors: list[str] = []
        for desks in desk_counts:
            paced = {
                kind: run_desks(kind, url, stock[:desks], people[:desks], None, paced_seconds, gap)
                for kind in ("raw", "services")
            }
            flat = {
                kind: run_desks(kind, url, stock[:desks], people[:desks], None, seconds)
                for kind in ("raw", "services")
            }
            for figures in (paced, flat):
                errors += figures["raw"]["errors"] + figures["services"]["errors"]
            rows += latency_rows(
                f"{desks} desks on one PostgreSQL, each a scan a second",
                paced,
                target=FRAME_MS if desks == most else None,
            )
            rows += latency_rows(f"{desks} desks on one PostgreSQL, flat out", flat, target=None)
            raw, svc = flat["raw"], flat["services"]
            rate = svc["rounds"] * SCANS_PER_ROUND / seconds
            raw_rate = raw["rounds"] * SCANS_PER_ROUND / seconds
            rows.append(
                {
                    "name": f"{desks} desks on one PostgreSQL, flat out: scans per second, all desks",
                    "unit": "scans/s",
                    "median": rate,
                    "p99": rate,
                    "n": svc["rounds"] * SCANS_PER_ROUND,
                    "limit": raw_rate,
                    "note": f"{svc['rounds']} rounds in {seconds:.0f} s (badge, 3 out, badge, "
                    f"3 back + cleaning sign-off); plain psycopg: {raw['rounds']} rounds. Desk "
                    f"process CPU per round: {_per_round(svc)} ms via services, "
                    f"{_per_round(raw)} ms plain (the desk processes share this machine's cores "
                    "with the server)",
                }
            )

        # Contention: every desk lends the same items at the same moment.
        result = run_desks("services", url, stock[:most], people[:most], contested, 0.0)
        errors += result["errors"]
        per_tag = {t: result["got"].count(t) for t in contested}
        doubles = double_loans(conninfo)
        twice = sum(1 for c in per_tag.values() if c > 1)
        never = sum(1 for c in per_tag.values() if c == 0)
        rows.append(
            {
                "name": f"{most} desks lend the same {len(contested)} items at once: double loans",
                "unit": "loans",
                "median": doubles + twice,
                "p99": doubles + twice,
                "n": len(contested) * most,
                "target": 0,
                "target_on": "median",
                "ok": doubles + twice == 0 and never == 0,
                "note": f"each item lent exactly once: {len(contested) - twice - never} of "
                f"{len(contested)}; open loans per item > 1 in the database: {doubles}",
            }
        )
        rows.append(
            {
                "name": "many desks on one PostgreSQL: errors",
                "unit": "errors",
                "median": len(errors),
                "p99": len(errors),
                "n": len(desk_counts) * 2 + 1,
                "target": 0,
                "target_on": "median",
                "ok": not errors,
                "note": (errors[0][-300:] if errors else "none in any run"),
            }
        )
        counted = statements_per_scan(url, people[0], stock[0][0])
        for what, n in counted.items():
            rows.append(
                {
                    "name": f"round trips per {what} via services (statements, PostgreSQL)",
                    "unit": "statements",
                    "median": n,
                    "p99": n,
                    "n": 1,
                    "limit": RAW_STATEMENTS[what],
                    "note": "BEGIN, every statement, COMMIT/ROLLBACK and the pool's pre-ping, "
                    "counted with SQLAlchemy events; limit: the plain psycopg transaction",
                }
            )
        rows += remote_desk_rows(server, url, quick)
    return rows


if __name__ == "__main__":
    import sys

    for r in run("--quick" in sys.argv):
        print(r)
