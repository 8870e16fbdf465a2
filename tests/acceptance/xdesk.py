"""The real desk application on its own virtual X screen, typed at like a USB scanner.

``XDesk`` starts ``Xvfb`` (1280×720, no window manager; the display number is chosen by Xvfb
itself with ``-displayfd``), fills a fresh SQLite file with the demo catalogue through the CLI,
starts ``python -m lendingdesk`` on it and drives it with ``xdotool``: ``scan`` types a code
exactly as a keyboard-mode scanner does (``xdotool type`` sends Shift press/release around
every capital) at a chosen delay, then Return or Tab. Results are read back from the database
(the CLI's ``--json`` and a read-only SQLite connection) and from screenshots of the whole
screen (``import -window root``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

SCREEN = (1280, 720)
TOOLS = ("Xvfb", "xdotool", "import")  # import: ImageMagick, for screenshots
START_TIMEOUT_S = 40.0
WAIT_S = 15.0


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass(frozen=True)
class Geometry:
    x: int
    y: int
    width: int
    height: int

    def inside(self, width: int, height: int) -> bool:
        return (
            self.x >= 0
            and self.y >= 0
            and self.x + self.width <= width
            and self.y + self.height <= height
        )


def wait_until(check: Callable[[], object], what: str, timeout: float = WAIT_S) -> object:
    """Poll ``check`` until it returns something true; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for: {what}")
        time.sleep(0.1)


class XDesk:
    def __init__(self, folder: Path, shots: Path) -> None:
        self.folder = folder
        self.shots = shots
        self.db_path = folder / "desk.sqlite3"
        self.data_dir = folder / "data"
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.app: subprocess.Popen[bytes] | None = None
        self.display = ""
        self.window = ""
        self.log = folder / "app.log"

    # --- processes ---------------------------------------------------------------------------

    def env(self, *, gui: bool) -> dict[str, str]:
        env = dict(os.environ)
        env["LENDINGDESK_DATA_DIR"] = str(self.data_dir)
        env.pop("LENDINGDESK_DB", None)
        env["DISPLAY"] = self.display
        if gui:
            env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform on the virtual screen
        return env

    def start_x(self) -> None:
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                f"{SCREEN[0]}x{SCREEN[1]}x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise AssertionError("Xvfb did not start")
        self.display = f":{number}"

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "lendingdesk", "--db", str(self.db_path), *args],
            env=self.env(gui=False),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def cli_json(self, *args: str) -> object:
        return json.loads(self.cli(*args, "--json"))

    def start_app(self) -> None:
        with self.log.open("wb") as log:
            self.app = subprocess.Popen(
                [sys.executable, "-m", "lendingdesk", "--db", str(self.db_path), "--lang", "nl"],
                env=self.env(gui=True),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        found = self.xdotool(
            "search", "--sync", "--onlyvisible", "--name", "LendingDesk", timeout=START_TIMEOUT_S
        )
        self.window = found.split()[0]
        self.focus()

    def stop(self) -> None:
        for proc in (self.app, self.xvfb):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()

    def app_log(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    # --- X -----------------------------------------------------------------------------------

    def xdotool(self, *args: str, timeout: float = WAIT_S) -> str:
        if self.app is not None and self.app.poll() is not None:
            raise AssertionError(f"the desk application ended:\n{self.app_log()[-3000:]}")
        done = subprocess.run(
            ["xdotool", *args],
            env=self.env(gui=True),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert done.returncode == 0, f"xdotool {' '.join(args)}: {done.stderr}"
        return done.stdout

    def windows(self) -> dict[str, str]:
        """Visible top-level windows of the application: id -> title."""
        assert self.app is not None
        out = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid)],
            env=self.env(gui=True),
            capture_output=True,
            text=True,
            timeout=WAIT_S,
        ).stdout
        names = {w: self.xdotool("getwindowname", w).strip() for w in out.split()}
        return {w: name for w, name in names.items() if name}

    def dialog(self, title_part: str, timeout: float = WAIT_S) -> str:
        """The id of the visible window whose title contains ``title_part`` (waits for it)."""

        def find() -> str | None:
            return next((w for w, t in self.windows().items() if title_part in t), None)

        return str(wait_until(find, f"a window titled …{title_part}…", timeout))

    def geometry(self, window: str | None = None) -> Geometry:
        values = dict(
            line.split("=", 1)
            for line in self.xdotool("getwindowgeometry", "--shell", window or self.window).split()
        )
        return Geometry(
            int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])
        )

    def focus(self, window: str | None = None) -> None:
        """No window manager: give the keyboard to a window ourselves."""
        self.xdotool("windowfocus", "--sync", window or self.window)
        time.sleep(0.15)  # let Qt see the focus change before the first key

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "60", *keys)
        time.sleep(0.2)

    def type_human(self, text: str) -> None:
        self.xdotool("type", "--delay", "90", text)

    def scan(self, code: str, *, delay_ms: int = 4, end: str = "Return") -> None:
        """A keyboard-mode scanner: the code at ``delay_ms`` per key, then Return or Tab."""
        self.xdotool("type", "--delay", str(delay_ms), code)
        self.xdotool("key", end)
        time.sleep(0.3)

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        subprocess.run(
            ["import", "-window", "root", str(path)],
            env=self.env(gui=True),
            check=True,
            timeout=WAIT_S,
        )
        return path

    # --- the database ------------------------------------------------------------------------

    def query(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        uri = f"file:{self.db_path}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=10)) as con:
            return con.execute(sql, params).fetchall()

    def status(self, tag: str) -> str:
        return str(self.query("SELECT status FROM items WHERE tag = ?", tag)[0][0])

    def wait_status(self, tag: str, status: str) -> None:
        wait_until(lambda: self.status(tag) == status, f"{tag} to be {status}")

    def add_borrowers(self, names: tuple[str, ...]) -> None:
        """Borrowers of the suite's own, without loans: the demo's history depends on the hour it
        is made, so how many of its borrowers are free is not something a scenario can count on."""
        from lendingdesk.domain import catalogue
        from lendingdesk.domain.context import DeskContext
        from lendingdesk.store.db import open_database

        db = open_database(str(self.db_path), create=False)
        try:
            ctx = DeskContext(actor="Acceptatietest", desk="Uitleenbalie")
            with db.unit_of_work() as session:
                for name in names:
                    catalogue.create_borrower(session, ctx, catalogue.BorrowerInput(name=name))
        finally:
            db.dispose()

    def add_stocktake_cabinet(self) -> dict[str, str]:
        """A cabinet of the suite's own for the stock-take scenario (made here, not taken from
        the demo, whose history depends on the hour it is made): three robot cats registered in
        "Acceptatie Zorg – Kast A", one registered in Kast B, one of Kast A lent out."""
        from lendingdesk.domain import catalogue, circulation
        from lendingdesk.domain.context import DeskContext
        from lendingdesk.store.db import open_database

        db = open_database(str(self.db_path), create=False)
        try:
            ctx = DeskContext(actor="Acceptatietest", desk="Uitleenbalie")
            with db.unit_of_work() as session:
                here = catalogue.get_or_create_location(session, "Acceptatie Zorg", "Kast A")
                there = catalogue.get_or_create_location(session, "Acceptatie Zorg", "Kast B")
                product = catalogue.create_product(
                    session, ctx, catalogue.ProductInput(name="Acceptatie robotkat")
                )
                items = catalogue.add_items(session, ctx, product, 5, location=here)
                items[3].location_id = there.id
                holder = catalogue.create_borrower(
                    session, ctx, catalogue.BorrowerInput(name="Acceptatie Inventaris")
                )
                session.flush()
                circulation.check_out(
                    session,
                    ctx,
                    circulation.CheckoutRequest(item=items[4], borrower=holder),
                )
                tags = [item.tag for item in items]
                return {
                    "found": tags[0],
                    "found_too": tags[1],
                    "missing": tags[2],
                    "wrong_place": tags[3],
                    "on_loan": tags[4],
                    "here": str(here.id),
                }
        finally:
            db.dispose()

    def tags(self, status: str, count: int, *, exclude: tuple[str, ...] = ()) -> list[str]:
        """Items in ``status`` without a reservation and not kits whose parts the desk checks
        (those open the parts dialog at check-out: ``kit``)."""
        rows = self.query(
            "SELECT i.tag FROM items i WHERE i.status = ? AND NOT EXISTS ("
            " SELECT 1 FROM reservations r WHERE (r.item_id = i.id OR r.product_id = i.product_id)"
            " AND r.cancelled_at IS NULL AND r.fulfilled_loan_id IS NULL)"
            f" AND NOT EXISTS ({_CHECKED_PARTS}) ORDER BY i.tag",
            status,
        )
        tags = [str(r[0]) for r in rows if r[0] not in exclude]
        assert len(tags) >= count, f"the demo has too few {status} items"
        return tags[:count]

    def kit(self) -> tuple[str, list[str]]:
        """An available kit without a reservation or a missing part, its first part given a
        label of its own by the command line (as the coordinator would): its tag and labels."""
        rows = self.query(
            "SELECT i.tag, p.accessories FROM items i JOIN products p ON p.id = i.product_id"
            " WHERE i.status = 'available' AND p.accessories != '[]' AND NOT EXISTS ("
            " SELECT 1 FROM item_parts m WHERE m.item_id = i.id AND m.missing_since IS NOT NULL)"
            " AND NOT EXISTS (SELECT 1 FROM reservations r WHERE (r.item_id = i.id OR"
            " r.product_id = i.product_id) AND r.cancelled_at IS NULL"
            " AND r.fulfilled_loan_id IS NULL) ORDER BY i.tag"
        )
        assert rows, "the demo has no kit to lend"
        kit, parts = str(rows[0][0]), json.loads(str(rows[0][1]))
        self.cli("kit", "label", kit, "--part", parts[0])
        labels = self.query(
            "SELECT p.tag FROM item_parts p JOIN items i ON i.id = p.item_id"
            " WHERE i.tag = ? AND p.tag IS NOT NULL ORDER BY p.tag",
            kit,
        )
        return kit, [str(r[0]) for r in labels]


# A kit the desk checks at check-out: a part with its own label or a part missing.
_CHECKED_PARTS = (
    "SELECT 1 FROM item_parts p WHERE p.item_id = i.id"
    " AND (p.tag IS NOT NULL OR p.missing_since IS NOT NULL)"
)


def pixels(path: Path) -> Callable[[int, int], str]:
    """Read pixel colours ("#rrggbb") of a screenshot (QImage needs no display)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path

    def at(x: int, y: int) -> str:
        return image.pixelColor(x, y).name()

    at.size = (image.width(), image.height())  # type: ignore[attr-defined]
    return at


def count_colour(path: Path, colour: str, box: tuple[int, int, int, int]) -> int:
    """How many pixels of ``colour`` lie in ``box`` (x, y, width, height), sampled every 2 px."""
    at = pixels(path)
    x0, y0, w, h = box
    return sum(at(x, y) == colour for x in range(x0, x0 + w, 2) for y in range(y0, y0 + h, 2))


ACCEPTANCE_BORROWERS = tuple(f"Acceptatie Lener {n}" for n in range(1, 7))


def run_desk(folder: Path, shots: Path) -> Iterator[XDesk]:
    desk = XDesk(folder, shots)
    try:
        desk.start_x()
        desk.cli("demo")
        desk.add_borrowers(ACCEPTANCE_BORROWERS)
        desk.start_app()
        yield desk
    finally:
        desk.stop()


def small_desk(
    desk: XDesk, word: str, settings: dict[str, object], code: str | None = None
) -> dict[str, object]:
    """A fresh database with three items of one product and two borrowers (named after
    ``word``), the coordinator ``code`` if given, and the desk's ``settings`` (ini keys)."""
    from PySide6.QtCore import QSettings

    from lendingdesk.domain import catalogue
    from lendingdesk.domain.context import DeskContext
    from lendingdesk.services import access
    from lendingdesk.store.db import open_database

    db = open_database(str(desk.db_path), create=True)
    try:
        ctx = DeskContext(actor="Acceptatietest", desk=f"{word}balie")
        with db.unit_of_work() as s:
            if code is not None:
                access.set_code(s, ctx, code)
            product = catalogue.create_product(
                s, ctx, catalogue.ProductInput(name=f"{word} Tovertafel", loan_days=14)
            )
            tags = [i.tag for i in catalogue.add_items(s, ctx, product, 3)]
            badges = [
                catalogue.create_borrower(s, ctx, catalogue.BorrowerInput(name=n)).badge
                for n in (f"{word} Lener Een", f"{word} Lener Twee")
            ]
    finally:
        db.dispose()
    desk.data_dir.mkdir(parents=True, exist_ok=True)
    qs = QSettings(str(desk.data_dir / "desk-settings.ini"), QSettings.Format.IniFormat)
    for key, value in {"ui/language": "nl", **settings}.items():
        qs.setValue(key, value)
    qs.sync()
    return {"tags": tags, "badges": badges}


def require_tools() -> None:
    """Skip without Xvfb, xdotool and ImageMagick on a developer's machine; fail in CI."""
    import pytest

    missing = missing_tools()
    if missing:
        message = (
            f"the acceptance suite needs {', '.join(missing)} "
            "(apt-get install xvfb xdotool imagemagick)"
        )
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(message)
        pytest.skip(message)


def own_desk(
    tmp_path_factory: object,
    name: str,
    fill: Callable[[XDesk], dict[str, object]],
    make: Callable[[Path, Path], XDesk] = XDesk,
) -> Iterator[tuple[XDesk, dict[str, object]]]:
    """A desk application of a test module's own (its own screen, database and settings made by
    ``fill``), for a module-scoped fixture: skipped without the tools, failed in CI."""
    require_tools()
    folder = tmp_path_factory.mktemp(name)  # type: ignore[attr-defined]
    shots = Path(os.environ.get("LENDINGDESK_ACCEPTANCE_SHOTS", "") or folder / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    desk = make(folder, shots)
    try:
        desk.start_x()
        data = fill(desk)
        desk.start_app()
        yield desk, data
    finally:
        desk.stop()
