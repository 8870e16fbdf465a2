"""Stock-take: choose the cabinet, room or desk, scan everything that is there.

Every scan on this screen counts (labels, cards, anything the scanner reads: what is no item
of this desk lands under "Unknown", as typed). The count runs with every scan and the five lists
follow: found, missing, wrong place, on loan (a return never checked in) and unknown.
"Move here" (Ctrl+M) registers the wrong-place items at this location; "Finish" (Ctrl+Enter)
applies the stock-take (on-loan items are checked in and go to cleaning) and records it.
A scan is classified against an index built when the stock-take starts (services ``start``)
and lands in its list at once; only a new location, "Move here", "Finish" or "Start over"
builds the lists afresh. The scans so far are kept in a file beside the database, one line
appended per scan, so a closed window or a crash loses none of them; "Start over" clears them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.domain.stocktake import CLASSES, Added, Line, Tally
from lendingdesk.services.views.stocktake import StocktakeView
from lendingdesk.ui.desk.feedback import Tone
from lendingdesk.ui.scan_routing import Accepts, Scan, accept_scans
from lendingdesk.ui.screens.base import (
    PRIMARY_BUTTON,
    Banner,
    Screen,
    bind_button,
    desk_settings,
    heading,
    readable,
    translate,
)

C = "StocktakeScreen"
SETTING_SCANS = "stocktake/scans"  # where an earlier version kept the scans so far
SCANS_FILE = "stocktake-scans.txt"  # the scans so far, one per line (in the data folder)
SETTING_LOCATION = "stocktake/location"
COLOURS = {  # the heading colour of each list
    "found": "#14532d",
    "missing": "#8c1d18",
    "wrong_place": "#7a4b00",
    "on_loan": "#1f3b63",
    "unknown": "#5a6675",
}


class StocktakeScreen(Screen):
    def __init__(self, services: StocktakeView, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        # As scanned, in order (the domain counts duplicates once); kept from an earlier run.
        self.scans: list[str] = _saved_scans()
        self.tally: Tally | None = None  # the running stock-take (None: no location)
        self.recorded = False  # finished and recorded; a new scan starts counting again
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(10)

        self.heading = heading(self, 16)
        self.heading.setStyleSheet("font-size:16pt; font-weight:bold;")
        outer.addWidget(self.heading)

        top = QHBoxLayout()
        self.location_label = QLabel(self)
        self.location_combo = QComboBox(self)
        self.location_combo.setMinimumHeight(38)
        self.location_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.location_label.setBuddy(self.location_combo)  # Alt+L, then type the place
        self.restart_button = QPushButton(self)
        self.history_button = QPushButton(self)
        top.addWidget(self.location_label)
        top.addWidget(self.location_combo, 1)
        top.addWidget(self.history_button)
        top.addWidget(self.restart_button)
        outer.addLayout(top)

        scan_row = QHBoxLayout()
        self.count_label = QLabel(self)
        readable(self.count_label, 22, bold=True)
        self.count_label.setStyleSheet("font-size:22pt; font-weight:bold; color:#10243e;")
        self.count_label.setMinimumWidth(220)
        self.code_edit = QLineEdit(self)
        readable(self.code_edit, 15)
        self.code_edit.setMinimumHeight(42)
        scan_row.addWidget(self.count_label)
        scan_row.addWidget(self.code_edit, 1)
        outer.addLayout(scan_row)

        self.banner = Banner(self)
        outer.addWidget(self.banner)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.list_titles: dict[str, QLabel] = {}
        self.lists: dict[str, QListWidget] = {}
        for column, name in enumerate(CLASSES):
            title = QLabel(self)
            readable(title, 12.5, bold=True)
            title.setStyleSheet(f"color:{COLOURS[name]}; font-size:12.5pt; font-weight:bold;")
            listing = QListWidget(self)
            listing.setObjectName(f"{name}List")
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setResizeMode(QListView.ResizeMode.Adjust)
            listing.setAlternatingRowColors(True)
            listing.setStyleSheet(
                "QListWidget { border:2px solid #e1e6ec; border-radius:4px; "
                "alternate-background-color:#f6f8fb; }"
                "QListWidget:focus { border:2px solid #2f7f8f; }"
                "QListWidget::item { padding:3px 4px; }"
            )
            grid.addWidget(title, 0, column)
            grid.addWidget(listing, 1, column)
            grid.setColumnStretch(column, 1)
            self.list_titles[name] = title
            self.lists[name] = listing
        outer.addLayout(grid, 1)

        bottom = QHBoxLayout()
        self.move_button = QPushButton(self)
        self.move_button.setMinimumHeight(40)
        self.finish_button = QPushButton(self)
        self.finish_button.setStyleSheet(PRIMARY_BUTTON)
        self.finish_button.setMinimumHeight(40)
        bottom.addWidget(self.move_button)
        bottom.addStretch(1)
        bottom.addWidget(self.finish_button)
        frame = QFrame(self)
        frame.setLayout(bottom)
        outer.addWidget(frame)

        bind_button(self, self.move_button, "Ctrl+M")
        bind_button(self, self.finish_button, "Ctrl+Return")
        bind_button(self, self.restart_button, "Ctrl+Shift+N")
        bind_button(self, self.history_button, "Ctrl+H")
        self.history_button.clicked.connect(self.show_history)
        self.dialog: QWidget | None = None
        self.move_button.clicked.connect(self.move_here)
        self.finish_button.clicked.connect(self.finish)
        self.restart_button.clicked.connect(self.start_over)
        self.code_edit.returnPressed.connect(self._typed)
        self.location_combo.currentIndexChanged.connect(lambda _i: self._location_chosen())
        # Every scan on this screen is part of the stock-take, whatever it is.
        accept_scans(self, Accepts.ANY, self.take_scan, refuse=self.banner.error)
        self._finish_setup()
        self.refresh()

    @staticmethod
    def title() -> str:
        return translate("StocktakeScreen", "Stock-take")

    def first_field(self) -> QWidget | None:
        return self.code_edit

    def location_id(self) -> int | None:
        value = self.location_combo.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        chosen = self.location_id()
        if chosen is None:  # the one of an unfinished stock-take, else the desk's own
            try:
                chosen = int(str(desk_settings().value(SETTING_LOCATION, "")))
            except ValueError:
                chosen = self.services.context().location_id
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        for choice in self.services.locations():
            self.location_combo.addItem(choice.name, choice.id)
        index = self.location_combo.findData(chosen)
        self.location_combo.setCurrentIndex(max(index, 0))
        self.location_combo.blockSignals(False)
        self._reconcile()
        self.code_edit.setFocus()

    def retranslateUi(self) -> None:
        self.heading.setText(translate("StocktakeScreen", "Stock-take"))
        self.location_label.setText(translate("StocktakeScreen", "&Location:"))
        self.restart_button.setText(translate("StocktakeScreen", "Start over"))
        self.history_button.setText(translate("StocktakeScreen", "History and export…"))
        self.code_edit.setPlaceholderText(
            translate("StocktakeScreen", "Scan every label that is here (or type a code + Enter)")
        )
        self.move_button.setText(translate("StocktakeScreen", "Move wrong-place items here"))
        self.finish_button.setText(translate("StocktakeScreen", "Finish and record"))
        self._show_result()

    # --- scans -----------------------------------------------------------------------------

    def take_scan(self, scan: Scan) -> bool:
        text = scan.text.strip()
        if not text:
            return False
        self.scans.append(text)
        self.recorded = False
        _keep_scan(text)
        tally = self.tally
        if tally is None:
            self._reconcile()
        else:
            ok, added = self.attempt(self.banner, lambda: tally.add(text))
            if ok:
                self._show_added(added)
                self._say_scan(added)
        self.code_edit.clear()
        self.code_edit.setFocus()
        return True

    def _typed(self) -> None:
        text = self.code_edit.text().strip()
        if text:
            self.take_scan(Scan.read(text))

    def _say_scan(self, added: Added) -> None:
        where, (code, product, registered) = added.name, added.line
        what = f"{code} {product}".strip()
        texts = {
            "found": translate("StocktakeScreen", "%1: in its place."),
            "wrong_place": translate("StocktakeScreen", "%1: registered elsewhere (%2)."),
            "on_loan": translate(
                "StocktakeScreen", "%1: registered as on loan; a return never checked in."
            ),
            "unknown": translate("StocktakeScreen", "%1: not an item of this desk."),
        }
        text = texts.get(where, texts["found"]).replace("%1", what)
        text = text.replace("%2", registered or "–")
        (self.banner.ok if where == "found" else self.banner.info)(text)
        sounds = getattr(self.window(), "sounds", None)  # the desk window's cues
        if sounds is not None:
            sounds.play(Tone.OK if where == "found" else Tone.WARN)

    def _location_chosen(self) -> None:
        desk_settings().setValue(SETTING_LOCATION, self.location_id() or "")
        self._reconcile()

    def _reconcile(self) -> None:
        """Start the running stock-take afresh: the index, and the lists of the scans so far."""
        location = self.location_id()
        self.tally = None
        if location is not None:
            ok, tally = self.attempt(self.banner, lambda: self.services.start(location, self.scans))
            self.tally = tally if ok else None
        self._show_result()

    def _show_result(self) -> None:
        lines = self.tally.lines() if self.tally is not None else {}
        for name in CLASSES:
            listing = self.lists[name]
            listing.clear()
            for line in lines.get(name, ()):
                listing.addItem(self._list_item(name, line))
        self._show_counts()

    def _show_added(self, added: Added) -> None:
        """One scan into its list (and off the missing list): no list is drawn again."""
        if added.was_missing is not None:
            self.lists["missing"].takeItem(added.was_missing)
        if added.new:
            self.lists[added.name].insertItem(added.row, self._list_item(added.name, added.line))
        for name, listing in self.lists.items():  # the latest scan marked, and only that
            if name != added.name:
                listing.clearSelection()
        self.lists[added.name].setCurrentRow(added.row)
        self._show_counts()

    @staticmethod
    def _list_item(name: str, line: Line) -> QListWidgetItem:
        code, product, registered = line
        text = f"{code}  {product}".strip()
        if name == "wrong_place":
            text += "\n" + translate("StocktakeScreen", "registered: %1").replace(
                "%1", registered or "–"
            )
        item = QListWidgetItem(text)
        item.setToolTip(text)
        return item

    def _show_counts(self) -> None:
        tally = self.tally
        scanned = tally.scanned if tally is not None else 0
        self.count_label.setText(translate("StocktakeScreen", "%n scanned", None, scanned))
        for name in CLASSES:
            count = self.lists[name].count()
            self.list_titles[name].setText(f"{_list_title(name)} ({count})")
        self.move_button.setEnabled(self.lists["wrong_place"].count() > 0)
        self.finish_button.setEnabled(tally is not None and bool(self.scans) and not self.recorded)

    # --- actions ---------------------------------------------------------------------------

    def move_here(self) -> None:
        location = self.location_id()
        if location is None:
            return
        ok, moved = self.attempt(
            self.banner, lambda: self.services.move_here(location, self.scans), changes=True
        )
        if ok:
            self.banner.ok(translate("StocktakeScreen", "%n item(s) moved here.", None, len(moved)))
            self._reconcile()
        self.code_edit.setFocus()

    def finish(self) -> None:
        location = self.location_id()
        if location is None or not self.scans:
            return
        ok, done = self.attempt(
            self.banner, lambda: self.services.finish(location, self.scans), changes=True
        )
        if ok:
            self.recorded = True
            self._reconcile()
            self.banner.ok(
                translate(
                    "StocktakeScreen",
                    "Stock-take recorded: %1 moved here, %2 checked in (to cleaning), "
                    "%3 no longer lost. Export it under History (Ctrl+H).",
                )
                .replace("%1", str(len(done.moved)))
                .replace("%2", str(len(done.checked_in)))
                .replace("%3", str(len(done.found_again)))
            )
        self.code_edit.setFocus()

    def show_history(self) -> None:
        """Ctrl+H: the saved stock-takes, each exported as PDF or CSV."""
        from lendingdesk.ui.screens.stocktake_history import StocktakeHistoryDialog

        dialog = StocktakeHistoryDialog(self.services, parent=self)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.code_edit.setFocus())
        dialog.open()

    def start_over(self) -> None:
        self.scans.clear()
        self.recorded = False
        _scans_file().write_text("", encoding="utf-8")
        self.banner.clear_message()
        self._reconcile()
        self.code_edit.setFocus()


def _scans_file() -> Path:
    """The scans so far, one per line, beside the database: a scan is one line appended (not
    the whole list written again), so a closed window or a crash loses none."""
    from lendingdesk.store.db import data_dir

    return data_dir() / SCANS_FILE


def _saved_scans() -> list[str]:
    path = _scans_file()
    if path.is_file():
        text = path.read_text(encoding="utf-8", errors="replace")
    else:  # kept in the screens' settings by an earlier version
        text = str(desk_settings().value(SETTING_SCANS, "") or "")
    return [line for line in text.split("\n") if line.strip()]


def _keep_scan(text: str) -> None:
    with _scans_file().open("a", encoding="utf-8") as fh:
        fh.write(text.replace("\r", " ").replace("\n", " ") + "\n")


def _list_title(name: str) -> str:
    return {
        "found": translate("StocktakeScreen", "Found"),
        "missing": translate("StocktakeScreen", "Missing"),
        "wrong_place": translate("StocktakeScreen", "Wrong place"),
        "on_loan": translate("StocktakeScreen", "On loan"),
        "unknown": translate("StocktakeScreen", "Unknown"),
    }[name]


__all__ = ["StocktakeScreen"]
