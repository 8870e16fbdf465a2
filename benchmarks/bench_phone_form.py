"""The phone review form under many phones at once: the page and the submit, over HTTP.

    python benchmarks/bench_phone_form.py [--quick]

A real server (waitress, the desk's settings: 8 threads) on a free loopback port over a SQLite
file; 50 phones (5 in quick mode) start together, each opens its own link (GET, the whole
form) and sends a complete review with the SUS block (POST, validated, scored, stored, 303).
Rows: the page and the submit latency as each phone sees it (median and p99, ms), and the
whole round's wall time.
"""

from __future__ import annotations

import http.client
import re
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

if __name__ == "__main__":  # run as a plain script from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import row

CSRF = re.compile(r'name="_csrf" value="([0-9a-f]+)"')
ANSWERS = {
    "setting": "verpleeghuis", "client_group": "dementie", "duration_weeks": "6",
    "frequency": "meerdere_keren_per_week", "overall": "4", "ease_of_use": "4",
    "usefulness_client": "5", "usefulness_professional": "3", "effect_workload": "0",
    "effect_work_pleasure": "1", "ph_bodily_functions": "1", "ph_mental_wellbeing": "1",
    "ph_meaningfulness": "na", "ph_quality_of_life": "1", "ph_participation": "0",
    "ph_daily_functioning": "1", "recommend": "8", "pros": "Rust aan tafel.",
    **{f"sus_{i}": str(v) for i, v in enumerate((4, 1, 5, 2, 5, 1, 4, 2, 3, 1), 1)},
}  # fmt: skip


def _returned_loans(db, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    """``count`` returned loans without a review (one product, many borrowers)."""
    from lendingdesk.domain import catalogue, circulation
    from lendingdesk.domain.context import DeskContext

    ctx = DeskContext(actor="bench", desk="bench")
    ids = []
    with db.unit_of_work() as session:
        product = catalogue.create_product(
            session, ctx, catalogue.ProductInput(name="Tovertafel Original", loan_days=14)
        )
        tag = catalogue.add_items(session, ctx, product, 1)[0].tag
        badges = [
            catalogue.create_borrower(
                session, ctx, catalogue.BorrowerInput(name=f"Medewerker {i}")
            ).badge
            for i in range(count)
        ]
    for badge in badges:
        with db.unit_of_work() as session:
            loan = circulation.check_out(
                session, ctx, circulation.CheckoutRequest(item=tag, borrower=badge)
            )
            ids.append(loan.id)
            circulation.check_in(session, ctx, circulation.CheckinRequest(item=tag))
    return ids


def _phone(port: int, token: str, start: threading.Barrier, out: dict[str, list[float]]) -> None:
    def request(method: str, path: str, body: bytes | None, headers: dict[str, str]):  # type: ignore[no-untyped-def]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            began = time.perf_counter()
            conn.request(method, path, body=body, headers=headers)
            reply = conn.getresponse()
            data = reply.read()
            return reply, data, (time.perf_counter() - began) * 1000
        finally:
            conn.close()

    start.wait()
    base = {"Accept-Language": "nl-NL,nl;q=0.9"}
    reply, data, page_ms = request("GET", f"/r/{token}", None, base)
    assert reply.status == 200, reply.status
    cookie = reply.getheader("Set-Cookie", "").split(";", 1)[0]
    found = CSRF.search(data.decode())
    assert found
    fields = {f"q-{k}": v for k, v in ANSWERS.items()} | {"_csrf": found.group(1), "_lang": "nl"}
    headers = base | {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
    reply, _, post_ms = request("POST", f"/r/{token}", urlencode(fields).encode(), headers)
    assert reply.status == 303, reply.status
    out["page"].append(page_ms)
    out["submit"].append(post_ms)


def run(quick: bool = False) -> list[dict]:
    from lendingdesk.domain.context import DeskContext
    from lendingdesk.services.review_links import ReviewLinkService
    from lendingdesk.store.db import open_database
    from lendingdesk.web.guard import Limits
    from lendingdesk.web.server import ReviewWebServer, ServerOptions

    phones, rounds = (5, 1) if quick else (50, 3)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "phones.sqlite3"))
        try:
            loans = _returned_loans(db, phones * rounds)
            ctx = DeskContext(actor="bench", desk="bench")
            links = ReviewLinkService(db, lambda: ctx, base_url="http://127.0.0.1")
            tokens = [links.issue_link(loan_id).token for loan_id in loans]
            # One address for every phone here: the per-address limit is lifted, the rest kept.
            limits = Limits(per_address=1_000_000, per_address_unknown=1_000_000)
            server = ReviewWebServer(links, ServerOptions(port=0, limits=limits)).start()
            out: dict[str, list[float]] = {"page": [], "submit": []}
            walls = []
            try:
                for r in range(rounds):
                    batch = tokens[r * phones : (r + 1) * phones]
                    start = threading.Barrier(len(batch))
                    threads = [
                        threading.Thread(target=_phone, args=(server.port, t, start, out))
                        for t in batch
                    ]
                    began = time.perf_counter()
                    for thread in threads:
                        thread.start()
                    for thread in threads:
                        thread.join()
                    walls.append((time.perf_counter() - began) * 1000)
            finally:
                server.stop()
            assert len(out["submit"]) == phones * rounds, "a phone failed"
        finally:
            db.dispose()
    label = f"{phones} phones at once"
    return [
        row(f"phone form: page, {label}", "ms", out["page"], target=None),
        row(f"phone form: submit review, {label}", "ms", out["submit"]),
        row(f"phone form: whole round, {label}", "ms", walls),
    ]


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        print(f"{r['name']:<50} median {r['median']:8.1f} {r['unit']}  p99 {r['p99']:8.1f}")
