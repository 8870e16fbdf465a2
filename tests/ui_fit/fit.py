"""What "fits" means on a desk screen, measured the way Qt draws it.

``clipped(window)`` lists every place where a person would see cut-off text or a control they
cannot reach: a table cell or header narrower than its text (fontMetrics of the view's own font
against the column width), a one-line label or button narrower than its text, a visible widget
that lies (partly) outside the window. A table may name columns that are free text and may be
cut on purpose (property ``elidableColumns``: a list of column numbers; the full text is in the
tooltip or the detail panel).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTableView,
    QWidget,
)

ROWS_CHECKED = 40  # the rows a person sees first (and a bit more)


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QTableView):
            return True
        parent = parent.parentWidget()
    return False


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    return f"{type(widget).__name__}({widget.objectName() or ''}:{text[:40]!r})"


def table_problems(table: QTableView) -> list[str]:
    model = table.model()
    if model is None:
        return []
    problems = []
    fm = QFontMetrics(table.font())
    header = table.horizontalHeader()
    hfm = QFontMetrics(header.font())
    elidable = set(table.property("elidableColumns") or [])
    # Qt draws a cell's text inside the cell minus the focus frame margin on each side.
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    visible_width = table.viewport().width()
    for col in range(model.columnCount()):
        if table.isColumnHidden(col):
            continue
        width = table.columnWidth(col)
        x = table.columnViewportPosition(col)
        if x + width > visible_width + 1:
            problems.append(f"{table.objectName()}: column {col} runs off to the right")
            continue
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        if hfm.horizontalAdvance(title) + 16 > width:  # header padding: 8 px each side
            problems.append(f"{table.objectName()}: header {title!r} cut ({width}px)")
        if col in elidable:
            continue  # free text: the cells may end in "…", the tooltip has it all
        for row in range(min(model.rowCount(), ROWS_CHECKED)):
            index = model.index(row, col)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text is None or isinstance(text, bool):
                continue
            text = str(text).split("\n")[0]
            extra = 0
            icon = model.data(index, Qt.ItemDataRole.DecorationRole)
            if icon is not None:
                extra = table.iconSize().width() + 4 if table.iconSize().width() > 0 else 20
            font = model.data(index, Qt.ItemDataRole.FontRole)
            cell_fm = QFontMetrics(font.resolve(table.font())) if isinstance(font, QFont) else fm
            need = cell_fm.horizontalAdvance(text) + margin + extra
            if need > width:
                problems.append(
                    f"{table.objectName() or type(table.parentWidget()).__name__}: "
                    f"column {col} ({title!r}) row {row} {text!r} needs {need}px, has {width}px"
                )
                break
    return problems


def clipped(top: QWidget) -> list[str]:
    """Every visible piece of cut-off text or out-of-reach control inside ``top``."""
    problems: list[str] = []
    bounds = QRect(QPoint(0, 0), top.size())
    for widget in top.findChildren(QWidget):
        if not _visible(widget) or widget.window() is not top:
            continue
        scrolled = _inside_scroll_area(widget, top)
        if not scrolled:
            rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
            if isinstance(widget, QAbstractButton | QComboBox) and not bounds.contains(rect):
                problems.append(f"{_name(widget)} lies outside the window: {rect}")
        if isinstance(widget, QTableView):
            problems.extend(table_problems(widget))
        elif isinstance(widget, QScrollArea) and not isinstance(widget, QTableView):
            # No sideways scroll bar: what is wider than the view is simply cut off.
            inner = widget.widget()
            if (
                inner is not None
                and widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and inner.width() > widget.viewport().width() + 1
            ):
                problems.append(
                    f"{_name(widget)} content {inner.objectName() or type(inner).__name__} "
                    f"is {inner.width()}px wide, its view {widget.viewport().width()}px: cut off"
                )
        elif isinstance(widget, QLabel):
            text = widget.text()
            if text and widget.wordWrap() and not scrolled:
                # Wrapped text needs its lines' height: fewer pixels cut the last line off.
                need_h = widget.heightForWidth(widget.width())
                if need_h > widget.height() + 2:
                    problems.append(
                        f"{_name(widget)} wrapped text needs {need_h}px high, has {widget.height()}px"
                    )
                continue
            if (
                not text
                or widget.wordWrap()
                or widget.textFormat() == Qt.TextFormat.RichText
                or "<" in text
                or (widget.pixmap() is not None and not widget.pixmap().isNull())
            ):
                continue
            if widget.buddy() is not None:
                text = _without_mnemonic(text)
            fm = QFontMetrics(widget.font())
            need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
            have = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent()
            if need > have + 1:
                problems.append(f"{_name(widget)} text needs {need}px, has {have}px")
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            # The hint in an empty field is what tells a person what to type there.
            fm = QFontMetrics(widget.font())
            need = fm.horizontalAdvance(widget.placeholderText()) + 16  # padding, frame
            if need > widget.width():
                problems.append(
                    f"{_name(widget)} hint {widget.placeholderText()!r} needs {need}px, "
                    f"has {widget.width()}px"
                )
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            text = _without_mnemonic(widget.text())
            if not text:
                continue
            fm = QFontMetrics(widget.font())
            need = fm.horizontalAdvance(text)
            if isinstance(widget, QCheckBox | QRadioButton):
                need += 20  # the indicator
            if need > widget.width():
                problems.append(f"{_name(widget)} text needs {need}px, has {widget.width()}px")
            low = widget.minimumSizeHint().height()
            if widget.height() < low - 1:  # squeezed: its text is cut at the bottom
                problems.append(f"{_name(widget)} needs {low}px high, has {widget.height()}px")
    return problems
