"""The desk window over a file that is deleted or replaced while it runs: every later scan is
refused in red with the reason, none is acknowledged or promised. Real SQLite file, key events
as a USB scanner sends them."""

from __future__ import annotations

import os

import pytest

from lendingdesk.store.db import backup_sqlite
from lendingdesk.ui.desk.feedback import Tone
from tests.ui_desk.conftest import OFFSCREEN_NOISE, scan

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_the_window_stops_acknowledging_when_its_file_goes(
    qtbot, window, cat, db, scan_clock, tmp_path, how
):
    path = db.sqlite_path
    copy = backup_sqlite(db, tmp_path / "elsewhere.sqlite3")
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert window.desk.ui.banner.tone is Tone.OK
    if how == "deleted":
        os.unlink(path)
    else:
        os.replace(copy, path)
    banners = []
    for tag in (cat.paro[0], cat.paro[1], cat.paro[2]):
        scan(qtbot, scan_clock, tag)
        banners.append((window.desk.ui.banner.tone, window.desk.ui.banner.text()))
    assert [tone for tone, _ in banners] == [Tone.ERROR] * 3
    word = "verwijderd of verplaatst" if how == "deleted" else "verwijderd of vervangen"
    assert all(word in text and "niets opgeslagen" in text for _, text in banners), banners
    assert not any("Uitgeleend" in text or "Bewaard" in text for _, text in banners)
    assert window.pending_scans() == 0
    if how == "deleted":
        assert not path.exists()


def test_a_desk_start_on_a_deleted_file_is_refused_once_backups_exist(
    qtbot, db, tmp_path, monkeypatch
):
    from lendingdesk.store import backups
    from lendingdesk.ui import app as desk_app

    backups.make_backup(db)  # this desk has run before
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        desk_app, "show_fatal", lambda title, text, parent=None: shown.append((title, text))
    )
    missing = tmp_path / "deleted.sqlite3"
    assert desk_app.run_desk(str(missing), "nl") == desk_app.EXIT_DB
    assert shown and "bestaat niet" in shown[0][1] and "restore" in shown[0][1]
    assert not missing.exists()  # no empty database in its place


def test_damage_found_on_the_backup_thread_stops_the_desk_and_says_so(
    qtbot, window, cat, db, scan_clock
):
    import sqlite3

    from lendingdesk.store import backups
    from lendingdesk.ui import app as desk_app

    db.engine.dispose()
    con = sqlite3.connect(db.sqlite_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page, pages = (con.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
    con.close()
    with db.sqlite_path.open("r+b") as fh:  # a failing disk: pages overwritten with noise
        for n in range(2, pages, 2):
            fh.seek(n * page + 16)
            fh.write(bytes((n * 37 + i) % 251 for i in range(page - 32)))
    timer = desk_app.start_backups(window, every_ms=60_000)  # the check after the first paint
    try:
        qtbot.waitUntil(window.notice_bar.isVisible)
        window._backup_runner.wait()
    finally:
        timer.stop()
    assert window.notice_bar.text().startswith("Scans worden niet opgeslagen — ")
    assert "beschadigd" in window.notice_bar.text()
    assert "gewoon door" not in window.notice_bar.text()  # desk work does not go on as usual
    assert backups.list_backups() == []  # the damaged file was not copied
    scan(qtbot, scan_clock, cat.sanne)
    assert window.desk.ui.banner.tone is Tone.ERROR
    assert "beschadigd" in window.desk.ui.banner.text()
