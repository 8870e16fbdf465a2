"""The audit log screen: lazy paging, filters, export behind the coordinator code, Dutch."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from lendingdesk.domain import audit
from lendingdesk.domain.context import DeskContext
from lendingdesk.resources import resource_path
from lendingdesk.services import access
from lendingdesk.services.audit import AuditService
from lendingdesk.store.db import Database
from lendingdesk.ui.audit_screen import AuditScreen, AuditTableModel


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "reliability_nl.qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def fill_log(db: Database, clock, count: int) -> None:
    """``count`` events, one a minute, alternating desks and actions."""
    with db.unit_of_work() as session:
        for n in range(count):
            desk = ("Balie De Linde", "Balie Het Anker")[n % 2]
            ctx = DeskContext(actor=f"Medewerker {n % 5}", desk=desk, clock=clock)
            action = ("checkout", "checkin", "cleaned")[n % 3]
            audit.record(session, ctx, action, "loan", n + 1, tag=f"LD{n:07d}")
            clock.advance(minutes=1)


def test_model_fetches_pages_lazily(db: Database, clock, qtmodeltester) -> None:
    fill_log(db, clock, 450)
    model = AuditTableModel(AuditService(db), page_size=200)
    model.reload()
    assert model.total == 450 and model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    # Newest first, and the rows are the events themselves.
    first = model.data(model.index(0, 0), AuditTableModel.RowRole)
    last = model.data(model.index(449, 0), AuditTableModel.RowRole)
    assert first.when > last.when and first.details == {"tag": "LD0000449"}
    qtmodeltester.check(model)


def test_screen_filters_and_counts(qtbot, db: Database, clock, dutch) -> None:
    fill_log(db, clock, 30)
    screen = AuditScreen(AuditService(db))
    qtbot.addWidget(screen)
    assert AuditScreen.title() == "Logboek"
    assert screen.count_label.text() == "30 gebeurtenissen"
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "Wanneer"

    screen.action_box.setCurrentIndex(screen.action_box.findText("Schoonmaak afgetekend"))
    assert screen.model.total == 10
    assert {screen.model.index(r, 3).data() for r in range(screen.model.rowCount())} == {
        "Schoonmaak afgetekend"
    }

    # The details in the screen's language (the stored keys stay in the export's JSON).
    details = screen.model.index(0, AuditTableModel.COL_DETAILS).data()
    assert details == "label: LD0000029"
    english = AuditTableModel(AuditService(db), "en")
    english.reload()
    assert english.index(0, AuditTableModel.COL_DETAILS).data() == "asset tag: LD0000029"

    qtbot.keyClicks(screen.search, "Anker")
    assert screen.model.total == 5
    assert screen.count_label.text() == "5 gebeurtenissen"

    screen.search.clear()
    screen.action_box.setCurrentIndex(0)
    start = clock.now.date()
    screen.set_period(start + timedelta(days=1), start + timedelta(days=3))
    assert screen.model.total == 0
    screen.period.setChecked(False)
    assert screen.model.total == 30


def test_export_needs_the_coordinator_code(
    qtbot, db: Database, clock, ctx, tmp_path: Path, dutch
) -> None:
    fill_log(db, clock, 12)
    screen = AuditScreen(
        AuditService(db, DeskContext(actor="Coördinator", desk="Balie De Linde", clock=clock))
    )
    qtbot.addWidget(screen)
    target = tmp_path / "logboek.csv"
    asked: list[str] = []
    screen.ask_path = lambda: asked.append("path") or str(target)  # type: ignore[func-returns-value]
    screen.ask_secret = lambda: asked.append("code") or "1234"  # type: ignore[func-returns-value]
    # No code set yet: said at once, before a file and a code nobody has are asked for.
    assert screen.export() is None
    assert asked == [] and "nog niet ingesteld" in screen.status.text()
    assert not target.exists()

    with db.unit_of_work() as session:
        access.set_code(session, ctx, "zorg-2468")
    screen.ask_path = lambda: str(target)

    screen.ask_secret = lambda: "fout"
    assert screen.export() is None
    assert "coördinatorcode nodig" in screen.status.text() and not target.exists()

    screen.ask_secret = lambda: None  # cancelled: nothing happens
    assert screen.export() is None and not target.exists()

    screen.ask_secret = lambda: "zorg-2468"
    count = screen.export()
    assert count is not None and count >= 14  # 12 + set + refused
    assert "geëxporteerd" in screen.status.text()
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert len(rows) == count
    assert {"Uitgeleend", "Coördinatorcode geweigerd"} <= {r["action"] for r in rows}
    refused = next(r for r in rows if r["action"] == "Coördinatorcode geweigerd")
    assert json.loads(refused["details"])["for_action"] == "audit_export"  # for a program
    assert "voor: audit_export" in refused["in_words"]  # for a person, in the screen's language
    # The export itself is in the log now, with who did it.
    screen.action_box.setCurrentIndex(screen.action_box.findText("Logboek geëxporteerd"))
    assert screen.model.total == 1
    assert screen.model.index(0, 1).data() == "Coördinator"


def test_every_action_and_detail_the_code_records_has_words() -> None:
    """An action or a detail written to the log without words would show as its key
    ('part_found', 'for_action') on the Dutch screen and in the export."""
    import ast

    import lendingdesk
    from lendingdesk.services.audit import ACTION_LABELS, DETAIL_LABELS

    package = Path(lendingdesk.__file__).parent
    # Details that name themselves in both languages, or are data rather than words.
    plain = {
        "code",
        "link",
        "was",
        "instrument",
        "reviews",
        "signature_png",
        "cost_cents",
        "wait_s",
    }
    actions, details = set(), set()
    for path in package.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "record" or len(node.args) < 3:
                continue
            action = node.args[2]
            if isinstance(action, ast.Constant) and isinstance(action.value, str):
                actions.add(action.value)
            details |= {k.arg for k in node.keywords if k.arg}
    assert len(actions) > 50
    assert sorted(actions - set(ACTION_LABELS)) == []
    assert {"part_found", "part_replaced"} <= set(ACTION_LABELS)  # made as f"part_{how}"
    assert sorted(details - set(DETAIL_LABELS) - plain) == []
