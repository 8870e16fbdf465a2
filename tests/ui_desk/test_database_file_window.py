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
