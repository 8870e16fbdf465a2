"""The window shell: screens registry, a scan from another screen's search field, language,
remembered state, settings, first start, the slip seam, a database that cannot be reached."""

from __future__ import annotations

import os
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from lendingdesk.resources import resources_root
from lendingdesk.ui import app as desk_app
from lendingdesk.ui.desk.desk_settings import DeskSettings
from lendingdesk.ui.first_start import FirstStartDialog
from lendingdesk.ui.settings_dialog import SettingsDialog
from tests.ui_desk.conftest import OFFSCREEN_NOISE, desks_settled, human_keys, scan, when_modal

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


class FakeSearchScreen(QWidget):
    """Stands in for another engineer's screen: a search field, a title, refresh()."""

    def __init__(self, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.refreshed = 0
        self.search = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.search)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("MainWindow", "Catalogue")

    def refresh(self) -> None:
        self.refreshed += 1


@pytest.fixture
def fake_screens(monkeypatch):
    module = types.ModuleType("lendingdesk.ui.screens")
    module.SCREENS = [("catalogue", FakeSearchScreen)]
    monkeypatch.setitem(sys.modules, "lendingdesk.ui.screens", module)


def nav_titles(window) -> list[str]:
    return [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]


def test_placeholders_until_the_screens_exist(window):
    assert nav_titles(window) == [
        "Balie",
        "Catalogus",
        "Leners",
        "Uitleningen",
        "Reserveringen",
        "Schoonmaak",
        "Reviews",
        "Logboek",
        "Inventarisatie",
    ]
    assert window.current_key() == "desk"


def test_screens_are_built_when_first_opened_with_the_titles_of_the_navigation(qtbot, window):
    from lendingdesk.ui.main_window import LazyScreen

    # The desk starts without building the other screens (a faster first paint).
    assert [e.key for e in window.entries if isinstance(e.widget, LazyScreen)] == [
        "catalogue",
        "borrowers",
        "loans",
        "reservations",
        "cleaning",
        "reviews",
        "audit",
        "stocktake",
    ]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Ctrl+1 = desk
    assert window.current_key() == "loans"
    loans = window.ui.stack.currentWidget()
    assert type(loans).__name__ == "LoansScreen" and loans.isVisible()
    assert loans.view_buttons["overdue"].text().startswith("Te laat (")  # it has its data
    # Every screen, once built, calls itself what the navigation calls it.
    for index, entry in enumerate(window.entries[1:], start=1):
        screen = window.screen(entry.key)
        assert not isinstance(screen, LazyScreen)
        assert window.ui.stack.indexOf(screen) == index
        if entry.key != "audit":  # its title comes with another catalogue, checked below
            assert type(screen).title() == nav_titles(window)[index], entry.key
    assert window.screen("audit").title() == "Logboek"
    assert window.built_screens()[0] is window.desk


def test_a_scan_into_another_screens_search_field(
    qtbot, fake_screens, make_window, cat, scan_clock
):
    window = make_window()
    screen = window.screen("catalogue")
    assert (
        isinstance(screen, FakeSearchScreen) and screen.services is window.screen_services.catalogue
    )
    human_keys(qtbot, scan_clock, (Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier))
    assert window.current_key() == "catalogue" and screen.refreshed == 1
    screen.search.setText("paro")
    screen.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.search)

    scan(qtbot, scan_clock, cat.sanne)

    assert screen.search.text() == "paro"  # recognised, and no characters left behind
    assert window.current_key() == "desk"
    assert window.desk.borrower is not None and window.desk.borrower.badge == cat.sanne


def test_language_switch_and_back(qtbot, window, settings):
    assert window.desk.ui.finishButton.text() == "Afronden (F10)"
    window.apply_settings(DeskSettings(**{**settings.__dict__, "language": "en"}))
    # Qt delivers LanguageChange to the widgets through the event loop.
    qtbot.waitUntil(lambda: nav_titles(window)[0] == "Desk")
    assert nav_titles(window)[:2] == ["Desk", "Catalogue"]
    assert window.desk.ui.finishButton.text() == "Finish (F10)"
    assert window.desk.ui.banner.text().startswith("Ready for a scan")
    assert window.summary_status.text().endswith("to clean")
    assert DeskSettings.load().language == "en"  # remembered
    audit = window.screen("audit")
    assert nav_titles(window)[-2:] == ["Audit log", "Stock-take"]
    assert audit.title_label.text() == "Audit log" and audit.action_label.text() == "Action:"
    assert audit.action_box.itemText(0) == "All actions"

    window.apply_settings(DeskSettings(**{**settings.__dict__, "language": "nl"}))
    qtbot.waitUntil(lambda: nav_titles(window)[0] == "Balie")
    assert nav_titles(window)[:2] == ["Balie", "Catalogus"]
    assert window.desk.ui.finishButton.text() == "Afronden (F10)"
    assert window.desk.ui.banner.text().startswith("Klaar voor een scan")
    assert nav_titles(window)[-2:] == ["Logboek", "Inventarisatie"]
    assert audit.title_label.text() == "Logboek" and audit.action_label.text() == "Handeling:"


def test_a_window_built_in_english_shows_its_screens_in_english_too(qtbot, make_window, settings):
    """One translator installer: the screens speak the window's language also when the window
    is built without run_desk (as a test or an embedding builds it), and follow a switch."""
    settings.language = "en"
    window = make_window()
    window.show_screen("catalogue")
    catalogue = window.screen("catalogue")
    assert nav_titles(window)[1] == "Catalogue"
    assert catalogue.new_button.text() == "New product"

    window.set_language("nl")
    qtbot.waitUntil(lambda: nav_titles(window)[1] == "Catalogus")
    assert catalogue.new_button.text() == "Nieuw product"


def test_geometry_and_last_screen_are_remembered(qtbot, make_window):
    first = make_window()
    first.resize(1200, 700)
    first.show_screen("loans")
    first.close()
    second = make_window()
    assert second.current_key() == "loans"
    second.restore_state()  # make_window resized it; read the saved geometry back
    assert second.size().height() == 700  # (offscreen clamps the width to its small screen)


def test_settings_dialog_checks_the_qr_address(qtbot, settings):
    dialog = SettingsDialog(settings, [], printers=["Brother QL-800"])
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.qrModeCombo.setCurrentIndex(ui.qrModeCombo.findData("url"))
    ui.qrUrlEdit.setText("https://platform.example/item")
    ui.loanDaysSpin.setValue(21)
    ui.labelPrinterCombo.setCurrentIndex(ui.labelPrinterCombo.findData("Brother QL-800"))
    ui.buttonBox.accepted.emit()
    assert dialog.result() == 0 and "{tag}" in ui.errorLabel.text()
    ui.qrUrlEdit.setText("https://platform.example/item/{tag}")
    ui.buttonBox.accepted.emit()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    new = dialog.result_settings()
    assert new.qr_template() == "https://platform.example/item/{tag}"
    assert (new.default_loan_days, new.label_printer) == (21, "Brother QL-800")


def test_default_loan_period_from_settings(qtbot, window, cat, settings, scan_clock):
    window.apply_settings(DeskSettings(**{**settings.__dict__, "default_loan_days": 7}))
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.tablet[0])
    assert "maandag 9 maart 2026" in window.desk.ui.banner.text()


def test_status_bar_counts_follow_scans_once_per_burst(qtbot, window, cat, scan_clock):
    before = window.summary_status.text()
    updates: list[str] = []
    window.status_timer.setInterval(1000)  # surely longer than three scans, even on a busy CI
    window.status_timer.timeout.connect(lambda: updates.append("update"))
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.tablet[0])
    scan(qtbot, scan_clock, cat.paro[0])
    # The scan's own feedback is immediate; the counts follow a moment later, once.
    assert "Uitgeleend" in window.desk.ui.banner.text()
    qtbot.waitUntil(lambda: window.summary_status.text() != before, timeout=5000)
    open_before = int(before.split()[0])
    assert window.summary_status.text().startswith(f"{open_before + 2} uitgeleend")
    assert updates == ["update"]


def test_a_regional_database_fits_the_status_bar_of_a_1280_screen(window, settings):
    """On PostgreSQL the status bar named the whole server address: with nobody named yet it
    needed 1330 px, and a 1280 px desk screen cut off the window's right edge (OK, Afronden)."""
    from lendingdesk.ui.app import STYLE

    url = "postgresql+psycopg://balie:***@db.zorggroep-de-linde.example:5432/uitleen_regio_midden"
    QApplication.instance().setStyleSheet(STYLE)  # the real status bar's look
    try:
        settings.actor = None  # "nobody named": the longest text beside it
        window.database_label = url
        window.update_status()
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1280
        assert "uitleen_regio_midden" in window.db_status.text()
        assert "db.zorggroep-de-linde.example" in window.db_status.text()
        assert window.db_status.toolTip() == url
    finally:
        QApplication.instance().setStyleSheet("")


@pytest.mark.parametrize("choice", ["empty", "demo"])
def test_first_start_on_an_empty_database(qtbot, make_window, choice):
    window = make_window()
    assert window.service.is_empty()
    errors = when_modal(
        qtbot,
        lambda d: (d.ui.demoButton if choice == "demo" else d.ui.emptyButton).click(),
    )
    assert desk_app.first_start(window) == choice
    assert not errors
    assert window.service.is_empty() is (choice == FirstStartDialog.EMPTY)
    assert window.current_key() == "desk"


def test_finished_session_prints_a_slip_that_scans_back(
    qtbot, make_window, cat, scan_clock, monkeypatch
):
    from lendingdesk.domain.codes import parse_badge, parse_tag
    from tests.documents.pdfcheck import read_pdf

    opened: list[Path] = []
    monkeypatch.setattr("lendingdesk.ui.desk.slip._open_pdf", opened.append)
    window = make_window()
    desk = window.desk
    assert desk.ui.printSlipButton.isVisible() and not desk.ui.printSlipButton.isEnabled()
    scan(qtbot, scan_clock, cat.sanne)
    scan(qtbot, scan_clock, cat.paro[0])
    scan(qtbot, scan_clock, cat.sanne)  # finished: the slip is offered
    assert "Ctrl+P" in desk.ui.banner.text()
    human_keys(qtbot, scan_clock, (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier))
    assert len(opened) == 1 and opened[0].suffix == ".pdf"
    codes = [c.text for page in read_pdf(opened[0].read_bytes(), barcodes=True) for c in page.codes]
    assert cat.paro[0] in {parse_tag(c) for c in codes}
    assert cat.sanne in {parse_badge(c) for c in codes}


def test_database_unavailable_is_a_clear_dutch_message(qtbot, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        desk_app, "show_fatal", lambda title, text, parent=None: shown.append((title, text))
    )
    from lendingdesk.store import postgres

    # run_desk installs its Qt password prompt while it runs; here the user cancels it.
    asked: list[str] = []
    monkeypatch.setattr(desk_app, "ask_db_password", lambda s: asked.append(s.user) and None)
    before = postgres.set_password_prompt(postgres.terminal_prompt)
    code = desk_app.run_desk("postgresql+psycopg://nobody@127.0.0.1:1/none", "nl")
    assert code == desk_app.EXIT_DB
    # Afterwards the terminal asks again: a dialog prompt left behind made a later password
    # request in the same process wait for a window nobody saw.
    assert postgres.set_password_prompt(before) is postgres.terminal_prompt
    assert shown and "niet bereikbaar" in shown[0][1]
    assert shown[0][0] == "LendingDesk kan niet starten"
    from lendingdesk.ui.i18n import Translations

    Translations().apply("en")


def test_every_message_has_a_finished_dutch_translation():
    catalogues = sorted((resources_root() / "translations").glob("*_nl.ts"))
    assert catalogues, "no Dutch catalogue found"
    unfinished = []
    for ts in catalogues:
        assert ts.with_suffix(".qm").exists(), f"{ts.name} is not compiled"
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = (
                    [f.text for f in translation.iter("numerusform")]
                    if translation is not None and message.get("numerus") == "yes"
                    else [translation.text if translation is not None else None]
                )
                if (
                    translation is None
                    or translation.get("type") in ("unfinished", "vanished", "obsolete")
                    or not all((text or "").strip() for text in forms)
                ):
                    unfinished.append(f"{ts.name}: {message.findtext('source')}")
    assert unfinished == []


def test_importing_the_app_stays_light():
    import subprocess

    code = (
        "import sys, lendingdesk.ui.app; "
        "heavy = [m for m in ('reportlab', 'segno', 'openpyxl', 'sqlalchemy', 'PySide6.QtWidgets') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_desk_opens_without_loading_what_only_other_screens_need(db, tmp_path):
    # What the first paint waits for: measured by `make bench` (cold start); here, what it
    # must not wait for. Printing, charts, exports, migrations: loaded on first use.
    import subprocess

    assert db.sqlite_path is not None
    code = (
        "import sys; from lendingdesk.store.db import open_database; "
        "from lendingdesk.ui.app import build_window, ensure_app; "
        f"app = ensure_app(); w = build_window(open_database({str(db.sqlite_path)!r})); "
        "w.show(); app.processEvents(); "
        "print([m for m in ('reportlab', 'segno', 'openpyxl', 'alembic', 'jsonschema', "
        "'PySide6.QtCharts', 'lendingdesk.services.reviews', 'lendingdesk.ui.screens.catalogue', "
        "'PySide6.QtMultimedia', 'zxingcpp', 'lendingdesk.ui.camera.window')"
        " if m in sys.modules])"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LENDINGDESK_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_settings_need_the_coordinator_code(qtbot, window, monkeypatch):
    from lendingdesk.ui.settings_dialog import SettingsDialog
    from tests.coordinator_prompts import CODE, answer, set_code

    opened: list[SettingsDialog] = []
    monkeypatch.setattr(
        SettingsDialog, "exec", lambda self: opened.append(self) or self.DialogCode.Rejected
    )

    # No code yet: the desk explains how to set one; "not now" keeps the settings closed.
    prompts = answer(monkeypatch, setup=False)
    window.open_settings()
    assert opened == [] and "nog geen code ingesteld" in prompts.offered[0]
    assert "lendingdesk coordinator set-pin" in prompts.offered[0]

    # Setting one now: asked twice; a mismatch changes nothing.
    prompts = answer(monkeypatch, "zeehond-7", "zeehond-8", setup=True)
    window.open_settings()
    assert opened == [] and prompts.told == [
        "De twee codes zijn niet hetzelfde. Er is niets gewijzigd; probeer het opnieuw."
    ]

    set_code(window.service.db)
    prompts = answer(monkeypatch, "fout-fout")
    window.open_settings()
    assert opened == []
    assert prompts.asked == ["Om instellingen te wijzigen, voer de coördinatorcode in:"]
    assert "coördinatorcode nodig" in prompts.told[0] and "klopt niet" in prompts.told[0]

    answer(monkeypatch, None)  # cancelled
    window.open_settings()
    assert opened == []

    answer(monkeypatch, CODE)
    window.open_settings()
    assert len(opened) == 1


def test_window_icon_and_desktop_file_name(window):
    from PySide6.QtWidgets import QApplication

    assert QApplication.desktopFileName() == "nl.lendingdesk.LendingDesk"
    assert not window.windowIcon().isNull()
    assert not QApplication.windowIcon().isNull()


def test_backup_after_start_and_a_calm_notice_when_it_fails(qtbot, window, monkeypatch):
    import threading

    from lendingdesk.errors import LendingError
    from lendingdesk.store import backups

    real_backup = backups.auto_backup
    on_gui_thread: list[bool] = []

    def recorded(db, *a, **k):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real_backup(db, *a, **k)

    monkeypatch.setattr(backups, "auto_backup", recorded)
    timer = desk_app.start_backups(window, every_ms=60_000)
    assert timer is not None and timer.isActive()
    qtbot.waitUntil(lambda: len(backups.list_backups()) == 1)  # after the first paint
    qtbot.waitUntil(lambda: not window._backup_runner.busy())  # its outcome was shown
    newest = backups.list_backups()[0]
    assert backups.verify_backup(newest.path)
    assert on_gui_thread == [False]  # a pool thread: the desk answers scans meanwhile
    assert not window.notice_bar.isVisible()

    def broken(db, *a, **k):
        raise LendingError("De schijf is vol.", "The disk is full.")

    monkeypatch.setattr(backups, "auto_backup", broken)
    assert desk_app.backup_now(window) is None
    assert window.notice_bar.isVisible()
    assert window.notice_bar.text().startswith("Reservekopie niet gemaakt — ")
    assert "De schijf is vol." in window.notice_bar.text()
    window.show_notice(None)
    # The same calm notice when the worker thread's copy fails.
    timer.timeout.emit()
    qtbot.waitUntil(window.notice_bar.isVisible)
    assert "De schijf is vol." in window.notice_bar.text()
    window._backup_runner.wait()
    monkeypatch.undo()
    timer.stop()


def test_scans_kept_in_an_earlier_run_are_shown_and_applied(qtbot, make_window, cat, tmp_path):
    from lendingdesk.domain.context import DeskContext
    from lendingdesk.services.journal import ScanJournal

    journal = ScanJournal(tmp_path / "scan-journal.jsonl")
    journal.record("checkout", {"item": cat.paro[0], "borrower": cat.sanne}, DeskContext())
    journal.record("checkin", {"item": cat.tablet[0]}, DeskContext())  # was never lent: conflict
    window = make_window(journal=journal)
    reports: list[list[object]] = []
    window.report_replay = reports.append
    assert window.notice_bar.isVisible()
    assert window.notice_bar.text() == "Geen verbinding met de database — scans worden bewaard (2)"
    assert window.retry_timer.isActive()

    window.retry_journal()
    assert [r.status for r in reports[0]] == ["applied", "conflict"]
    assert window.replay_text(reports[0]).startswith(f"Verwerkt: uitlenen {cat.paro[0]}")
    assert not window.notice_bar.isVisible() and not window.retry_timer.isActive()
    assert window.summary_status.text().startswith("1 uitgeleend")

    # The real report: a non-blocking box that names the conflict and the domain's reason.
    from PySide6.QtWidgets import QMessageBox

    window._report_replay(reports[0])
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.windowTitle() == "Verbinding hersteld"
    assert box.text() == "De bewaarde scans zijn verwerkt; 1 kon(den) niet worden doorgevoerd."
    assert "Conflict bij innemen" in box.informativeText()
    if os.environ.get("LENDINGDESK_SHOTS"):
        box.grab().save(os.path.join(os.environ["LENDINGDESK_SHOTS"], "replay.png"))
    box.close()


def test_first_start_fits_the_window_to_the_screen(qtbot, db, clock, scan_clock):
    """No saved geometry: the window takes the screen's available area when that is smaller
    than its preferred 1366×768 (the offscreen screen here is 800×800)."""
    from PySide6.QtWidgets import QApplication

    from lendingdesk.ui.app import build_window
    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.desk.feedback import Sounds

    window = build_window(
        db,
        settings=DeskSettings(language="nl", scanner_prefix="#", scanner_suffix="$"),
        clock=clock,
        scan_clock=scan_clock,
        sounds=Sounds(enabled=False),
    )
    qtbot.addWidget(window)
    area = QApplication.primaryScreen().availableGeometry()
    assert area.width() < 1366  # the test means something only on a smaller screen
    frame = window.frameGeometry()
    assert area.contains(frame), (area, frame)
    assert window.width() == min(1366, area.width())
    # The scanner's prefix/suffix from the settings reach the detector.
    assert (window.detector.prefix, window.detector.suffix) == ("#", "$")
    window.close()


def test_a_scanner_suffix_set_in_the_settings_ends_a_scan(qtbot, window, cat, settings, scan_clock):
    """A scanner set to end every code with "$" instead of Enter (and to start with "#")."""
    from tests.keys.streams import play, scanner_keys

    dialog = SettingsDialog(settings, [], printers=[])
    qtbot.addWidget(dialog)
    dialog.scanner_prefix_edit.setText("#")
    dialog.scanner_suffix_edit.setText("$")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    window.apply_settings(dialog.result_settings())

    base = scan_clock.ms + 2000
    stream = scanner_keys(cat.sanne, prefix="#", suffix="$", end="none")
    play(stream, lambda ms: scan_clock.set(base + ms))
    desks_settled(qtbot)
    assert window.desk.borrower is not None and window.desk.borrower.badge == cat.sanne
    assert window.desk.ui.codeEdit.text() == ""
