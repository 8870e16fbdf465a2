"""The Reviews screen's "Response" tab: of the returned loans, how many were invited to review
(e-mail or link), opened the link, and gave a review -- per product and per team -- and the
median days from return to review."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.documents.reports import Period, ResponseRates, ResponseRow
from lendingdesk.ui.fit import fit_columns
from lendingdesk.ui.screens.base import style_table, translate, ui_lang

# Months back for the period choice; 0: all time.
PERIODS = (12, 3, 0)


def _number(value: float, digits: int) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if ui_lang() == "nl" else text


def _part(row: ResponseRow, count: int) -> str:
    share = row.share(count)
    return f"{count} ({_number(100 * share, 0)} %)" if share is not None else "–"


class ResponseTab(QWidget):
    def __init__(self, reviews: Any, today: Any, parent: QWidget | None = None) -> None:
        from lendingdesk.ui.reviews.reviews_screen import FigureCard

        super().__init__(parent)
        self.setObjectName("responseTab")
        self.reviews = reviews
        self.today = today  # () -> date: the desk's calendar
        self.rates = ResponseRates()
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        for months in PERIODS:
            self.period_combo.addItem("", months)
        self.period_label.setBuddy(self.period_combo)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        pick.addWidget(self.period_label)
        pick.addWidget(self.period_combo)
        pick.addStretch(1)
        layout.addLayout(pick)
        cards = QGridLayout()
        self.cards = [FigureCard(self) for _ in range(4)]
        for index, card in enumerate(self.cards):
            cards.addWidget(card, 0, index)
        layout.addLayout(cards)
        self.product_table = self._table()
        self.team_table = self._table()
        layout.addWidget(self.product_table, 3)
        layout.addWidget(self.team_table, 2)
        self.note = QLabel(self)
        self.note.setProperty("hint", True)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.retranslate()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 6, self)
        style_table(table)
        fit_columns(table)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A long product or team name may be cut at 1280 px: its whole name is in the tooltip.
        table.setProperty("elidableColumns", [0])
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def period(self) -> Period:
        months = int(self.period_combo.currentData() or 0)
        if not months:
            return Period()
        today = self.today()
        return Period(start=today - timedelta(days=round(months * 30.44)), end=today)

    def refresh(self) -> None:
        self.rates = self.reviews.response_rates(self.period())
        total = self.rates.total
        captions = (
            (translate("ResponseTab", "Invited"), total.invited),
            (translate("ResponseTab", "Link opened"), total.opened),
            (translate("ResponseTab", "Reviewed"), total.reviewed),
        )
        of = translate("ResponseTab", "of %1 returned loans").replace("%1", str(total.returned))
        for card, (caption, count) in zip(self.cards, captions, strict=False):
            share = total.share(count)
            card.set(caption, f"{_number(100 * share, 0)} %" if share is not None else "–", of)
        self.cards[3].set(
            translate("ResponseTab", "Time to review"),
            _number(total.median_days, 1) if total.median_days is not None else "–",
            translate("ResponseTab", "median days after the return"),
        )
        self._fill(self.product_table, self.rates.products)
        self._fill(self.team_table, self.rates.teams)

    def _fill(self, table: QTableWidget, rows: Any) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                row.label,
                str(row.returned),
                _part(row, row.invited),
                _part(row, row.opened),
                _part(row, row.reviewed),
                _number(row.median_days, 1) if row.median_days is not None else "–",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setToolTip(text)
                else:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)

    def retranslate(self) -> None:
        self.period_label.setText(translate("ResponseTab", "Loans returned in"))
        for index, text in enumerate(
            (
                translate("ResponseTab", "the last 12 months"),
                translate("ResponseTab", "the last 3 months"),
                translate("ResponseTab", "all time"),
            )
        ):
            self.period_combo.setItemText(index, text)
        columns = [
            translate("ResponseTab", "Returned"),
            translate("ResponseTab", "Invited"),
            translate("ResponseTab", "Link opened"),
            translate("ResponseTab", "Reviewed"),
            translate("ResponseTab", "Median days"),
        ]
        self.product_table.setHorizontalHeaderLabels(
            [translate("ResponseTab", "Product"), *columns]
        )
        self.team_table.setHorizontalHeaderLabels([translate("ResponseTab", "Team"), *columns])
        self.note.setText(
            translate(
                "ResponseTab",
                "Invited: an invitation e-mail was sent or a personal review link was issued "
                "(receipt, screen). Link opened: the link was opened on a phone. Reviewed: a review was given for the loan, at the desk or "
                "on a phone. Time to review: the median number of days from the return to the "
                "review.",
            )
        )
        if self.reviews is not None and self.isVisible():
            self.refresh()
