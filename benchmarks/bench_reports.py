"""Benchmark: review reports (PDF) and the summary behind them.

Target from the issue: one product's report over 1,000 reviews in at most 0.5 s.
``run(quick)`` returns rows {"name", "unit", "median", "p99", "n"}; run this file directly
to print them.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from datetime import datetime

MADE = datetime(2025, 7, 1)


def _measure(name: str, unit_scale: float, repeat: int, action: Callable[[], object]) -> dict:
    action()  # warm-up: imports, font registration, instrument cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * unit_scale)
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    return {"name": name, "unit": "ms", "median": statistics.median(times), "p99": p99, "n": repeat}


def run(quick: bool = False) -> list[dict]:
    from lendingdesk.documents.reports import (
        ProductReportData,
        Quote,
        render_overview_report,
        render_product_report,
    )
    from lendingdesk.domain.reviews import summarize
    from lendingdesk.domain.reviews.samples import sample_reviews
    from lendingdesk.exchange.export import build_bundle

    repeat = 2 if quick else 25
    reviews = sample_reviews(1000, seed=7)
    product = ProductReportData(
        name="Tovertafel Original",
        maker="Tover",
        category="Leefplezier en welzijn",
        loans=1400,
        reviews=reviews,
        quotes=[Quote("Bewoners werden rustiger tijdens het eten.", "Verpleegkundige, Zorggroep")]
        * 8,
        tips=["Begin met korte sessies van tien minuten."] * 12,
        cleaning="Lens droog afnemen; geen alcohol.",
    )
    products = [
        ProductReportData(name=f"Product {i}", loans=40, reviews=reviews[i * 10 : i * 10 + 10])
        for i in range(100)
    ]
    bundle = _bundle_data(reviews)
    return [
        _measure("summarize 1,000 reviews", 1000, repeat, lambda: summarize(reviews)),
        _measure(
            "product report PDF, 1,000 reviews",
            1000,
            repeat,
            lambda: render_product_report(product, io.BytesIO(), generated_at=MADE),
        ),
        _measure(
            "overview report PDF, 100 products × 10 reviews",
            1000,
            max(3, repeat // 5),
            lambda: render_overview_report(products, io.BytesIO(), generated_at=MADE),
        ),
        _measure(
            "export bundle zip, 20 products × 50 reviews",
            1000,
            max(3, repeat // 5),
            lambda: build_bundle(bundle, io.BytesIO(), generated_at=MADE),
        ),
    ]


def _bundle_data(reviews: list) -> object:
    from datetime import date, timedelta

    from lendingdesk.exchange.export import ExportData, ExportProduct, ExportReview, Moderation

    def review(i: int) -> ExportReview:
        return ExportReview(
            id=f"R{i}",
            submitted=date(2025, 1, 1) + timedelta(days=i % 180),
            result=reviews[i],
            moderation=Moderation.APPROVED,
            consent=i % 3 == 0,
            reviewer_name=f"Collega {i}",
            discipline="verpleegkundige",
            organisation="Zorggroep Oost",
        )

    return ExportData(
        products=[
            ExportProduct(f"P{p}", f"Product {p}", reviews=[review(p * 50 + i) for i in range(50)])
            for p in range(20)
        ]
    )


if __name__ == "__main__":
    import sys

    for row in run(quick="--quick" in sys.argv):
        print(
            f"{row['name']:<50} median {row['median']:8.1f} {row['unit']}  p99 {row['p99']:8.1f}  n={row['n']}"
        )
