"""Windows, dialogs and tables that fit the screen they open on (a 1366×768 laptop with a
taskbar, a 1280×720 desk screen): never taller or wider than the available area, and table
columns as wide as what they show."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QScrollArea, QTableView, QWidget

# Room for the frame the window manager draws around a window (title bar, borders).
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size ``widget`` to ``width``×``height``, or smaller where its screen has less room.

    The widget's own layout must then be able to shrink (a scroll area for long forms)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    widget.resize(
        max(200, min(width, area.width() - FRAME_WIDTH)),
        max(200, min(height, area.height() - FRAME_HEIGHT)),
    )


def keep_on_screen(window: QWidget) -> None:
    """Shrink ``window`` (never below its minimum size) to its screen's available area and move
    it inside, the window manager's frame included: buttons and status bar stay reachable."""
    screen = (
        QWidget.screen(window) or QGuiApplication.primaryScreen()
    )  # MainWindow.screen(key) shadows it
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


FIT_ROWS = 200  # rows measured when a column is sized to what it shows
# Events after which a column title may take another width.
_RESTYLED = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)


class _SharedColumns(QObject):
    """Gives the ``elidable`` columns of a table the width the others leave, each at least
    as wide as its title, whenever the table or a measured column changes size. The ``main``
    one of them (a product's name) first gets the width its text needs, as far as the others'
    titles leave room; the others share what remains. An ``optional`` column (listed as
    elidable too) is shown whole where the others' titles leave room for it, else not at all."""

    def __init__(
        self,
        table: QTableView,
        elidable: tuple[int, ...],
        main: int | None,
        optional: tuple[int, ...] = (),
    ) -> None:
        super().__init__(table)
        self.table = table
        self.elidable = elidable
        self.main = main
        self.optional = optional
        self._stepped_aside: set[int] = set()
        self._busy = False
        # Each column title's width, measured once: apply() runs several times per change (a
        # scan on the desk resizes, inserts and repaints) and titles change only with the
        # language or the font.
        self._titles: dict[int, int] = {}
        table.viewport().installEventFilter(self)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._resized)
        # The header hears of a new font, style or language (they reach every child widget).
        header.installEventFilter(self)
        model = table.model()
        if model is not None:
            model.headerDataChanged.connect(self._titles.clear)
        if (main is not None or optional) and model is not None:  # their text changed
            model.modelReset.connect(self.apply)
            model.layoutChanged.connect(self.apply)
            model.rowsInserted.connect(self.apply)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _RESTYLED:
            self._titles.clear()
        elif kind == QEvent.Type.Resize and obj is self.table.viewport():
            self.apply()
        return False

    def _title_width(self, column: int) -> int:
        width = self._titles.get(column)
        if width is None:
            width = self.table.horizontalHeader().sectionSizeFromContents(column).width()
            self._titles[column] = width
        return width

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self.elidable:
            self.apply()

    def apply(self) -> None:
        if self._busy or self.table.model() is None:
            return
        header = self.table.horizontalHeader()
        count = self.table.model().columnCount()
        fixed = sum(
            header.sectionSize(c)
            for c in range(count)
            if c not in self.elidable and not header.isSectionHidden(c)
        )
        shared = [
            c
            for c in self.elidable
            if c < count and (not header.isSectionHidden(c) or c in self._stepped_aside)
        ]
        if not shared:
            return
        room = max(0, self.table.viewport().width() - fixed)
        titles_of = {c: self._title_width(c) for c in shared}

        def needs(column: int) -> int:  # its title and its widest text measured
            return max(titles_of[column], self.table.sizeHintForColumn(column))

        self._busy = True
        try:
            for column in self.optional:  # whole, or not at all (a cut code helps nobody)
                if column not in shared:
                    continue
                shared.remove(column)
                whole = needs(column)
                aside = sum(titles_of[c] for c in shared) + whole > room
                header.setSectionHidden(column, aside)
                if aside:
                    self._stepped_aside.add(column)
                else:
                    self._stepped_aside.discard(column)
                    header.resizeSection(column, whole)
                    room -= whole
            if self.main in shared:
                shared.remove(self.main)
                width = max(titles_of[self.main], room - sum(titles_of[c] for c in shared))
                if shared:
                    width = min(needs(self.main), width)
                header.resizeSection(self.main, width)
                room = max(0, room - width)
            # Equal shares, but never below a column's title: a column whose title is wider
            # than its share gets its title, and the others share what is left.
            while shared:
                share = max(0, room) // len(shared)
                wide = [c for c in shared if titles_of[c] > share]
                for column in wide or shared:
                    header.resizeSection(column, titles_of[column] if wide else share)
                if not wide:
                    break
                room -= sum(titles_of[c] for c in wide)
                shared = [c for c in shared if c not in wide]
        finally:
            self._busy = False


def fit_columns(
    table: QTableView,
    elidable: tuple[int, ...] = (),
    main: int | None = None,
    optional: tuple[int, ...] = (),
) -> None:
    """Every column as wide as its header and what it shows, so nothing is cut off; the
    ``elidable`` columns (free text, full text in the tooltip) share the width that is left,
    each still showing its whole title. ``main`` (one of ``elidable``) keeps its whole text
    while the others can give way, and is cut last: no sideways scrolling for a long name.
    ``optional`` columns (elidable too; shown elsewhere as well) are shown whole or step aside
    on a screen too narrow for them.

    The rows on screen and the next FIT_ROWS are measured, not the whole (paged) list."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setMinimumSectionSize(40)
    table.setProperty("elidableColumns", list(elidable))
    model = table.model()
    for column in range(model.columnCount() if model is not None else 0):
        mode = (
            QHeaderView.ResizeMode.Interactive
            if column in elidable
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    header.setStretchLastSection(not elidable)
    if model is not None:
        # Qt sizes ResizeToContents columns when the view lays out, which rows inserted into a
        # shown table do not always cause (a reset does): the desk's first loan showed "LD0…".
        model.rowsInserted.connect(lambda *_: header.resizeSections())
    if elidable:
        table._shared_columns = _SharedColumns(table, elidable, main, optional)  # type: ignore[attr-defined]


class _TallEnough(QObject):
    """On show: a dialog with wrapped text as tall as its lines need at its width (Qt sizes a
    top-level window from the unwrapped text), but never taller than its screen."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget):
            layout = obj.layout()
            if layout is not None and layout.hasHeightForWidth():
                need = layout.totalHeightForWidth(obj.width())
                if need > obj.height():
                    fit_to_screen(obj, obj.width(), need)
        return False


def tall_enough(dialog: QWidget) -> None:
    """Let ``dialog`` grow on show to the height its wrapped text needs (see _TallEnough)."""
    grower = _TallEnough(dialog)
    dialog.installEventFilter(grower)


class _WideEnough(QObject):
    """Keeps a scroll area without a sideways scroll bar at least as wide as its content's
    minimum (the styled buttons in a row, say), whenever that content lays itself out."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            inner = self.scroll.widget()
            if inner is not None:
                bar = self.scroll.verticalScrollBar().sizeHint().width()
                frame = 2 * self.scroll.frameWidth()
                self.scroll.setMinimumWidth(inner.minimumSizeHint().width() + bar + frame)
        return False


def wide_enough(scroll: QScrollArea) -> None:
    """A scroll area that only scrolls up and down never cuts its content off at the right:
    it asks its parent (a splitter, a layout) for the content's minimum width."""
    inner = scroll.widget()
    assert inner is not None, "set the scroll area's widget first"
    inner.installEventFilter(_WideEnough(scroll))
