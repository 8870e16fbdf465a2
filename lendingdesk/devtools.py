"""Developer commands (not shipped to users' menus):

    python -m lendingdesk.devtools build-ui          compile ui/*.ui into lendingdesk/ui/forms/
    python -m lendingdesk.devtools translations      update .ts from the code, compile .qm
    python -m lendingdesk.devtools check-generated   fail when forms or .qm files are stale
    python -m lendingdesk.devtools screenshots DIR   PNGs of every screen at 1366x768, demo data
    python -m lendingdesk.devtools sounds            (re)write the desk's short WAV cues
    python -m lendingdesk.devtools translate-refusals   inline Dutch/English refusals -> catalogue

The Qt tools come from the PySide6 installed next to this Python (pyside6-uic, -lupdate,
-lrelease), so the generated files match the Qt version the app runs on.
"""

from __future__ import annotations

import argparse
import difflib
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "lendingdesk" / "ui" / "forms"
TS_DIR = ROOT / "resources" / "translations"
SOUNDS_DIR = ROOT / "resources" / "sounds"

FORM_HEADER = (
    "# Generated from ui/{name} by `python -m lendingdesk.devtools build-ui` -- DO NOT EDIT.\n"
    "# Change the .ui file in Qt Designer and regenerate (make ui).\n"
)

# Which sources feed which translation catalogue (relative to the repository root).
# Each catalogue is <name>_nl.ts; the app loads every *_nl.qm it finds.
DESK_FORMS = (
    "main_window.ui",
    "desk_screen.ui",
    "checkin_dialog.ui",
    "borrower_picker.ui",
    "settings_dialog.ui",
    "first_start.ui",
)
CATALOGUES: dict[str, list[str]] = {
    "lendingdesk": [
        "lendingdesk/ui/app.py",
        "lendingdesk/ui/main_window.py",
        "lendingdesk/ui/settings_dialog.py",
        "lendingdesk/ui/notices_settings.py",
        "lendingdesk/ui/first_start.py",
        "lendingdesk/ui/coordinator.py",
        "lendingdesk/ui/i18n.py",
        "lendingdesk/ui/scan_routing.py",
        "lendingdesk/ui/staff.py",
        "lendingdesk/ui/camera",
        "lendingdesk/ui/desk",
        *(f"ui/{name}" for name in DESK_FORMS),
    ],
    # The other screens (catalogue, borrowers, loans, ...) and every other Designer form.
    "screens": ["lendingdesk/ui/screens", "lendingdesk/ui/models", "ui/*"],
    # Print preview, labels dialog (lendingdesk/ui/printing).
    "printing": ["lendingdesk/ui/printing"],
    # Reviews: the review form, the Reviews screen, catalogue import (ui/reviews/).
    "reviews": ["lendingdesk/ui/reviews"],
    # Self-service: the kiosk, the self-service review, the loan conditions (ui/kiosk/).
    "kiosk": ["lendingdesk/ui/kiosk"],
    # The layers without Qt (lendingdesk/translation.py reads the .qm): documents, reports,
    # refusals, the command line. English plural forms of every catalogue: plurals_en.ts.
    "texts": ["<every module outside the window>"],
}
LANGUAGES = ("nl",)


def _tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment (falls back to PATH)."""
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


# --- forms --------------------------------------------------------------------------------------


def compile_forms(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / f"ui_{ui.stem}.py"
        # Run from ui/ so the generated header names the file, not this machine's path.
        code = subprocess.run(
            [_tool("pyside6-uic"), "-g", "python", ui.name],
            cwd=UI_DIR,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        target.write_text(FORM_HEADER.format(name=ui.name) + code, encoding="utf-8")
        written.append(target)
    return written


# --- translations -------------------------------------------------------------------------------


# Not read for the "texts" catalogue: the window (Qt's own catalogues) and the developer tools.
NOT_TEXTS = ("ui", "__pycache__", "devtools.py", "refusal_codemod.py", "catalogue_files.py")


def _outside_the_window() -> list[str]:
    package = ROOT / "lendingdesk"
    return [
        str(path.relative_to(ROOT))
        for path in sorted(package.iterdir())
        if path.name not in NOT_TEXTS and (path.is_dir() or path.suffix == ".py")
    ]


def _existing_sources(paths: list[str]) -> list[str]:
    found: list[str] = []
    for path in paths:
        if path == "<every module outside the window>":
            found += _outside_the_window()
        elif path == "ui/*":  # the forms no named catalogue claims
            found += [
                f"ui/{f.name}" for f in sorted(UI_DIR.glob("*.ui")) if f.name not in DESK_FORMS
            ]
        elif (ROOT / path).exists():
            found.append(path)
    return found


def update_ts(ts_dir: Path) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for catalogue, sources in CATALOGUES.items():
        present = _existing_sources(sources)
        if not present:
            continue
        for lang in LANGUAGES:
            ts = ts_dir / f"{catalogue}_{lang}.ts"
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    "-silent",
                    "-extensions",
                    "py,ui",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    lang,
                    *present,
                    "-ts",
                    str(ts),
                ],
                cwd=ROOT,
                check=True,
            )
            written.append(ts)
    return written


def compile_qm(ts_dir: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


# --- check --------------------------------------------------------------------------------------


def check_generated() -> int:
    """Regenerate into a temporary folder and compare with what is committed."""
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        for fresh in compile_forms(tmp_path / "forms"):
            committed = FORMS_DIR / fresh.name
            if not committed.exists() or committed.read_text("utf-8") != fresh.read_text("utf-8"):
                stale.append(str(committed.relative_to(ROOT)))
        # .ts: copy the committed ones, let lupdate merge, and see whether anything changed.
        ts_tmp = tmp_path / "ts"
        ts_tmp.mkdir()
        for ts in TS_DIR.glob("*.ts"):
            shutil.copy(ts, ts_tmp / ts.name)
        for fresh in update_ts(ts_tmp):
            committed = TS_DIR / fresh.name
            if not committed.exists() or committed.read_text("utf-8") != fresh.read_text("utf-8"):
                stale.append(str(committed.relative_to(ROOT)))
                if committed.exists():
                    diff = difflib.unified_diff(
                        committed.read_text("utf-8").splitlines(),
                        fresh.read_text("utf-8").splitlines(),
                        lineterm="",
                        n=1,
                    )
                    print("\n".join(list(diff)[:40]), file=sys.stderr)
        for fresh in compile_qm(TS_DIR, tmp_path / "qm"):
            committed = TS_DIR / fresh.name
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(str(committed.relative_to(ROOT)))
    if stale:
        print("Stale generated files (run `make ui` / `make translations`):", file=sys.stderr)
        for path in stale:
            print(f"  {path}", file=sys.stderr)
        return 1
    print("Generated files are up to date.")
    return 0


# --- sounds -------------------------------------------------------------------------------------


def write_sounds(out_dir: Path = SOUNDS_DIR) -> list[Path]:
    """Short, soft cues: a rising two-tone (ok), one mid tone (warn), a low double (error), and
    a scanner's high beep when the camera reads a code (read)."""
    rate = 22050
    cues = {
        "ok.wav": [(880.0, 0.07), (1320.0, 0.09)],
        "warn.wav": [(660.0, 0.16)],
        "error.wav": [(220.0, 0.14), (0.0, 0.05), (196.0, 0.2)],
        "read.wav": [(2400.0, 0.06)],  # a scanner's short high beep (camera scanning)
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, tones in cues.items():
        frames = bytearray()
        for freq, seconds in tones:
            count = int(rate * seconds)
            for i in range(count):
                # A short fade in and out keeps the speaker from clicking.
                envelope = min(1.0, i / (rate * 0.008), (count - i) / (rate * 0.02))
                value = math.sin(2 * math.pi * freq * i / rate) * envelope if freq else 0.0
                frames += struct.pack("<h", int(value * 0.45 * 32767))
        path = out_dir / name
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(rate)
            wav.writeframes(bytes(frames))
        written.append(path)
    return written


# --- screenshots --------------------------------------------------------------------------------


SHOT_SIZE = (1366, 768)
SMALL_SIZE = (1280, 720)


def screenshots(out_dir: Path) -> list[Path]:
    """Every screen at 1366x768 over the demo data, plus the desk's main moments (nl and en)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["LENDINGDESK_DATA_DIR"] = tmp  # demo database and settings stay out of the way
        return _take_screenshots(Path(out_dir), Path(tmp))


def _take_screenshots(out_dir: Path, tmp: Path) -> list[Path]:
    from datetime import UTC, datetime

    from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QWidget

    from lendingdesk import demo
    from lendingdesk.domain.status import ItemStatus
    from lendingdesk.store.db import open_database
    from lendingdesk.ui.app import build_window, ensure_app
    from lendingdesk.ui.desk.desk_settings import DeskSettings
    from lendingdesk.ui.desk.feedback import Sounds
    from lendingdesk.ui.first_start import FirstStartDialog
    from lendingdesk.ui.settings_dialog import SettingsDialog

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        # The offscreen platform cannot pass size hints on; everything else is printed.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = ensure_app()
    now = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    db = open_database(str(tmp / "demo.sqlite3"))
    demo.fill_demo(db, now=now)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def answered() -> None:
        """The desk answers from its worker thread: until its answer is on screen."""
        while not desk.line.idle:
            app.processEvents()
            time.sleep(0.001)
        settle()

    def scan(code: str) -> None:
        desk.handle_scan(code)
        answered()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    settings = DeskSettings(language="nl", desk_name="Uitleenbalie")
    window = build_window(db, settings=settings, clock=lambda: now, sounds=Sounds(enabled=False))
    locations = window.service.locations()
    settings.location_id = locations[0].id if locations else None
    window.resize(*SHOT_SIZE)
    window.show()
    window.update_status()
    desk = window.desk
    service = window.service

    # The desk, waiting for a scan.
    window.show_screen("desk")
    save(window, "01-desk-ready")

    # A borrower at the desk, two products lent.
    # (a kit whose parts the desk checks opens its parts dialog: not among these)
    free = [i.tag for i in _items(db, ItemStatus.AVAILABLE) if service.parts_prompt(i.tag) is None]
    borrower = service.search_borrowers("Sanne")[0]
    scan(borrower.badge)
    for tag in list(free):  # some available items are set aside for a reservation: skip those
        if len(desk.session_loans) == 2:
            break
        scan(tag)
        free.remove(tag)
    save(window, "02-desk-checkout-session")

    # A refusal: an item waiting for cleaning.
    cleaning = _items(db, ItemStatus.AWAITING_CLEANING)
    if cleaning:
        scan(cleaning[0].tag)
        save(window, "03-desk-refusal")
    desk.finish("button")
    save(window, "04-desk-session-finished")

    # The check-in dialog, and the borrower picker, shown over the window.
    on_loan = _items(db, ItemStatus.ON_LOAN)
    prompt = service.checkin_prompt(on_loan[0].tag)
    from lendingdesk.ui.desk.borrower_picker import BorrowerPicker
    from lendingdesk.ui.desk.checkin_dialog import CheckinDialog

    dialog = CheckinDialog(prompt, lang="nl", review_available=True, parent=window)
    dialog.show()
    save(dialog, "05-checkin-dialog")
    dialog.close()
    item = service.handle_scan(free[0]).item
    picker = BorrowerPicker(service, item, parent=window)
    picker.show()
    picker.ui.searchEdit.setText("team")
    save(picker, "06-borrower-picker")
    picker.close()

    def untick_first_accessory_and_accept() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, CheckinDialog):
            QTimer.singleShot(10, untick_first_accessory_and_accept)
            return
        if modal.accessory_checks:
            modal.accessory_checks[0].setChecked(False)
        modal.accept()

    QTimer.singleShot(0, untick_first_accessory_and_accept)
    desk.check_in(prompt)  # the real check-in, answered by the timer above
    answered()
    save(window, "07-desk-checkin-feedback")

    # Every other screen.
    for index, entry in enumerate(window.entries[1:], start=8):
        window.show_screen(entry.key)
        save(window, f"{index:02d}-{entry.key}")
    _review_screenshots(window, save, tmp)
    window.show_screen("desk")

    settings_dialog = SettingsDialog(settings, locations, parent=window)
    settings_dialog.show()
    save(settings_dialog, "20-settings")
    settings_dialog.close()
    first = FirstStartDialog(window)
    first.show()
    save(first, "21-first-start")
    first.close()
    from lendingdesk.ui.staff import StaffDialog

    settings.staff_names = ["Anouk", "Bram", "Fatma"]
    settings.actor = "Anouk"
    staff = StaffDialog(settings, window)
    staff.show()
    save(staff, "22-staff-at-the-desk")
    staff.close()
    loans = window.screen("loans")
    if loans is not None and hasattr(loans, "renew"):
        window.show_screen("loans")
        loans.table.selectRow(0)
        loans.renew()
        save(loans.dialog, "23-renew-dialog")
        loans.dialog.reject()

    # A 1280×720 screen: the same screens, nothing cut off.
    window.resize(*SMALL_SIZE)
    for key in ("desk", "catalogue", "borrowers", "reservations", "audit"):
        window.show_screen(key)
        save(window, f"40-{key}-1280x720")
    window.resize(*SHOT_SIZE)
    window.show_screen("desk")

    # English.
    window.set_language("en")
    settle()
    scan(borrower.badge)
    scan(free[1])
    save(window, "30-desk-english")
    desk.finish("button")
    window.set_language("nl")
    settle()

    QTimer.singleShot(0, window.close)
    settle()
    window.deleteLater()
    settle()
    db.dispose()
    qInstallMessageHandler(None)
    return written


def _review_screenshots(window, save, tmp: Path) -> None:
    """Reviews: moderation, one product's figures, the review form (filled in part, then with
    its problems shown) and the catalogue import preview with line errors."""
    screen = window.screen("reviews")
    if screen is None or not hasattr(screen, "tabs"):
        return
    from PySide6.QtWidgets import QDialog

    from lendingdesk.ui.reviews.import_dialog import ImportDialog

    window.show_screen("reviews")
    screen.tabs.setCurrentIndex(1)
    save(window, "14-reviews-moderation")
    screen.tabs.setCurrentIndex(2)
    save(window, "15-reviews-product")
    screen.tabs.setCurrentIndex(0)
    pending = screen.selected_pending()
    if pending is not None:
        form = screen.make_form(pending)
        form.resize(1000, 740)
        form.show()
        questions = form.questions
        questions["setting"].widget.setCurrentIndex(1)
        questions["client_group"].widget.setCurrentIndex(1)
        questions["overall"].widget.set_value(4)
        questions["ease_of_use"].widget.set_value(5)
        form.scroll.verticalScrollBar().setValue(420)
        save(form, "16-review-form")
        form.save()  # shows the missing answers next to their questions
        save(form, "17-review-form-problems")
        QDialog.reject(form)  # closed unsaved, without asking whether to discard the answers
        form.deleteLater()
    csv = tmp / "catalogus.csv"
    csv.write_text(
        "naam;merk;categorie;aantal\n"
        "Robotkat Luna;Ageless Innovation;Robotdieren;2\n"
        ";Onbekend BV;Sensoren;1\n"
        "Slimme sok;SensoCare;Sensoren;veel\n"
        "Tovertafel Pixie;Tover;Spel;1\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(screen.reviews, window)
    dialog.load(csv)
    dialog.show()
    save(dialog, "18-catalogue-import")
    dialog.close()
    dialog.deleteLater()


def _items(db, status: str):
    from sqlalchemy import select

    from lendingdesk.store.models import Item

    with db.session() as session:
        return list(session.scalars(select(Item).where(Item.status == status).order_by(Item.id)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lendingdesk.devtools")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build-ui", help="compile ui/*.ui into lendingdesk/ui/forms")
    sub.add_parser("translations", help="update .ts from the sources and compile .qm")
    sub.add_parser("check-generated", help="fail when generated files are stale")
    shots = sub.add_parser("screenshots", help="write PNGs of every screen")
    shots.add_argument("out_dir", type=Path)
    sub.add_parser("sounds", help="write the short WAV cues into resources/sounds")
    refusals = sub.add_parser(
        "translate-refusals",
        help="turn refusals with an inline Dutch/English pair into catalogue messages",
    )
    refusals.add_argument("--check", action="store_true", help="only list what is left")
    refusals.add_argument(
        "--no-translations", action="store_true", help="do not run lupdate/lrelease afterwards"
    )
    args = parser.parse_args(argv)

    if args.command == "build-ui":
        for path in compile_forms(FORMS_DIR):
            print(path.relative_to(ROOT))
    elif args.command == "translations":
        update_ts(TS_DIR)
        for path in compile_qm(TS_DIR, TS_DIR):
            print(path.relative_to(ROOT))
    elif args.command == "check-generated":
        return check_generated()
    elif args.command == "translate-refusals":
        from lendingdesk.refusal_codemod import main as translate_refusals

        return translate_refusals(check=args.check, translations=not args.no_translations)
    elif args.command == "screenshots":
        for path in screenshots(args.out_dir):
            print(path)
    elif args.command == "sounds":
        for path in write_sounds():
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
