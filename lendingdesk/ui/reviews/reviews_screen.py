"""The Reviews screen: loans waiting for a review, moderation before export, and each
product's figures with charts (the same figures as the PDF review report)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lendingdesk.domain.reviews import ItemType, summarize
from lendingdesk.errors import LendingError
from lendingdesk.services.reviews import ExportResult
from lendingdesk.services.views import ReviewsScreenServices
from lendingdesk.ui import coordinator
from lendingdesk.ui.busy import run_busy
from lendingdesk.ui.models.labels import fmt_date, fmt_datetime
from lendingdesk.ui.screens.base import (
    DANGER_BUTTON,
    PRIMARY_BUTTON,
    Banner,
    Screen,
    bind_button,
    fit_columns,
    heading,
    readable,
    style_table,
    translate,
    ui_lang,
)


def _fmt(value: float | None, digits: int = 1, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    return text.replace(".", ",") if ui_lang() == "nl" else text


def _table(columns: int, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    style_table(table)
    return table


class FigureCard(QFrame):
    """One big number with its caption and a small note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        self.caption = QLabel(self)
        self.caption.setProperty("caption", True)
        self.value = QLabel(self)
        readable(self.value, 22, bold=True)
        self.value.setStyleSheet("color:#1f6f7f;")
        self.note = QLabel(self)
        self.note.setProperty("hint", True)
        self.note.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set(self, caption: str, value: str, note: str = "") -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.note.setText(note)


class ReviewsScreen(Screen):
    """Reviews: "Nog te beoordelen", "Moderatie", "Per product"; import and export."""

    services: ReviewsScreenServices

    def __init__(self, services: ReviewsScreenServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.reviews = services.reviews
        self._pending: list[Any] = []
        self._moderation: list[Any] = []
        self._text_edits: dict[str, QPlainTextEdit] = {}
        self.removal_labels: dict[str, QLabel] = {}  # per free text: what publishing leaves out
        self._products: list[tuple[int, str]] = []
        self.chart_views: list[Any] = []

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        self.heading = heading(self, 20)
        self.heading.setProperty("screenTitle", True)
        top.addWidget(self.heading, 1)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        root.addLayout(top)
        self.banner = Banner(self)
        root.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        root.addWidget(self.tabs, 1)
        self._build_pending()
        self._build_moderation()
        self._build_product()
        self._build_response()
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self._desk_actor = ""
        self._sync_moderator()
        bind_button(self, self.enter_button, "Ctrl+N")
        bind_button(self, self.approve_button, "Ctrl+Return")
        bind_button(self, self.reject_button, "Ctrl+Delete")
        self._finish_setup()
        self.refresh()

    @staticmethod
    def title() -> str:
        return translate("ReviewsScreen", "Reviews")

    # --- tab 1: waiting for a review ------------------------------------------------------

    def _build_pending(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.pending_hint = QLabel(page)
        self.pending_hint.setProperty("hint", True)
        self.pending_hint.setWordWrap(True)
        layout.addWidget(self.pending_hint)
        self.pending_table = _table(4, page)
        fit_columns(self.pending_table)
        self.pending_table.doubleClicked.connect(lambda _i: self.enter_review())
        self.pending_table.activated.connect(lambda _i: self.enter_review())
        self.pending_table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.pending_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.decline_button = QPushButton(page)
        self.decline_button.clicked.connect(self.decline)
        self.enter_button = QPushButton(page)
        self.enter_button.setStyleSheet(PRIMARY_BUTTON)
        self.enter_button.clicked.connect(self.enter_review)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.enter_button)
        layout.addLayout(buttons)
        self.tabs.addTab(page, "")

    def selected_pending(self) -> Any:
        row = self.pending_table.currentRow()
        return self._pending[row] if 0 <= row < len(self._pending) else None

    def enter_review(self) -> None:
        pending = self.selected_pending()
        if pending is None:
            return
        form = self.make_form(pending)
        form.exec()
        saved = form.saved
        form.deleteLater()
        if saved is not None:
            self.banner.ok(
                translate("ReviewsScreen", "Review of %1 saved; it waits for moderation.").replace(
                    "%1", pending.product
                )
            )
        self.refresh()

    def make_form(self, pending: Any) -> Any:
        from lendingdesk.ui.reviews.review_form import ReviewForm  # the screens import cycle

        instrument = self.reviews.instrument_for_product(pending.product_id)
        return ReviewForm(self.reviews, instrument, pending, self)

    def decline(self) -> None:
        pending = self.selected_pending()
        if pending is None:
            return
        ok, _ = self.attempt(self.banner, lambda: self.reviews.decline_review(pending.loan_id))
        if ok:
            self.banner.info(
                translate("ReviewsScreen", "No review for %1 (%2); it left the list.")
                .replace("%1", pending.product)
                .replace("%2", pending.borrower)
            )
        self.refresh()

    # --- tab 2: moderation ----------------------------------------------------------------

    def _build_moderation(self) -> None:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.moderation_table = _table(4, splitter)
        # The product's name is in full in the review beside the list.
        fit_columns(self.moderation_table, elidable=(1,))
        self.moderation_table.itemSelectionChanged.connect(self._show_review)
        detail = QFrame(splitter)
        detail.setProperty("card", True)
        self.detail_layout = QVBoxLayout(detail)
        self.detail_layout.setContentsMargins(16, 12, 16, 12)
        self.detail_title = heading(detail, 14)
        self.detail_meta = QLabel(detail)
        self.detail_meta.setWordWrap(True)
        self.detail_meta.setTextFormat(Qt.TextFormat.RichText)
        self.edit_hint = QLabel(detail)
        self.edit_hint.setProperty("hint", True)
        self.edit_hint.setWordWrap(True)
        self.detail_layout.addWidget(self.detail_title)
        self.detail_layout.addWidget(self.detail_meta)
        self.detail_layout.addWidget(self.edit_hint)
        self.texts_box = QVBoxLayout()
        self.detail_layout.addLayout(self.texts_box)
        self.detail_layout.addStretch(1)
        buttons = QHBoxLayout()
        self.moderator_label = QLabel(detail)
        self.moderator_edit = QLineEdit(detail)
        self.moderator_edit.setMaximumWidth(200)
        buttons.addWidget(self.moderator_label)
        buttons.addWidget(self.moderator_edit)
        buttons.addStretch(1)
        self.reject_button = QPushButton(detail)
        self.reject_button.setStyleSheet(DANGER_BUTTON)
        self.reject_button.clicked.connect(lambda: self.moderate("reject"))
        self.approve_button = QPushButton(detail)
        self.approve_button.setStyleSheet(PRIMARY_BUTTON)
        self.approve_button.clicked.connect(lambda: self.moderate("approve"))
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        self.detail_layout.addLayout(buttons)
        splitter.addWidget(self.moderation_table)
        splitter.addWidget(detail)
        splitter.setSizes([600, 700])
        layout.addWidget(splitter)
        self.tabs.addTab(page, "")

    def selected_review(self) -> Any:
        row = self.moderation_table.currentRow()
        return self._moderation[row] if 0 <= row < len(self._moderation) else None

    def _show_review(self) -> None:
        while self.texts_box.count():
            child = self.texts_box.takeAt(0).widget()
            if child is not None:
                child.hide()
                child.deleteLater()
        self._text_edits = {}
        self.removal_labels = {}
        review = self.selected_review()
        self._update_buttons()
        if review is None:
            self.detail_title.setText(translate("ReviewsScreen", "No review selected"))
            self.detail_meta.clear()
            return
        lang = ui_lang()
        instrument = self.reviews.lookup(review.instrument_key, review.instrument_version)
        self.detail_title.setText(review.product)
        author = review.reviewer_name or translate("ReviewsScreen", "(no name)")
        consent = (
            translate("ReviewsScreen", "name may be published")
            if review.publish_name
            else translate("ReviewsScreen", "name not published")
        )
        sus = f" · SUS {_fmt(review.sus)} ({review.sus_grade})" if review.sus is not None else ""
        self.detail_meta.setText(
            f"<b>{author}</b> · {consent} · {review.discipline or '–'} · "
            f"{review.organisation or '–'}<br>"
            + translate("ReviewsScreen", "Overall rating %1 of 5").replace(
                "%1", _fmt(review.rating, 0)
            )
            + sus
            + " · "
            + fmt_datetime(review.created_at)
            + "<br>"
            + translate("ReviewsScreen", "Published as: %1").replace(
                "%1", html.escape(self.reviews.published_author(review.id, lang))
            )
        )
        parent = self.detail_title.parentWidget()
        redactor = self.reviews.redactor(lang)
        for item in instrument.items:
            if item.type is not ItemType.TEXT:
                continue
            label = QLabel(item.label.get(lang), parent)
            label.setProperty("caption", True)
            edit = QPlainTextEdit(str(review.answers.get(item.key, "") or ""), parent)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(78)
            edit.setObjectName(f"edit_{item.key}")
            removed = QLabel(parent)
            removed.setObjectName(f"removed_{item.key}")
            removed.setProperty("hint", True)
            removed.setWordWrap(True)
            edit.textChanged.connect(
                lambda e=edit, r=removed: self._show_removals(redactor, e.toPlainText(), r)
            )
            self._show_removals(redactor, edit.toPlainText(), removed)
            self.texts_box.addWidget(label)
            self.texts_box.addWidget(edit)
            self.texts_box.addWidget(removed)
            self._text_edits[item.key] = edit
            self.removal_labels[item.key] = removed

    @staticmethod
    def _show_removals(redactor: Any, text: str, target: QLabel) -> None:
        """Under a free text: what publishing will blank out of it, so the moderator sees it."""
        removals = redactor.removals(text)
        if not removals:
            target.hide()
            return
        kinds = {
            "name": translate("ReviewsScreen", "name"),
            "email": translate("ReviewsScreen", "e-mail address"),
            "phone": translate("ReviewsScreen", "phone number"),
            "card": translate("ReviewsScreen", "card code"),
        }
        shown = ", ".join(f"{kinds[r.kind]} “{r.text}”" for r in removals)
        target.setText(
            translate("ReviewsScreen", "Left out when published: %1").replace("%1", shown)
        )
        target.show()

    def moderate(self, decision: str) -> None:
        review = self.selected_review()
        if review is None:
            return
        edits = {key: edit.toPlainText() for key, edit in self._text_edits.items()}
        changed = {
            k: v
            for k, v in edits.items()
            if v.strip() != str(review.answers.get(k, "") or "").strip()
        }
        by = self.moderator_edit.text().strip() or None
        ok, _row = self.attempt(
            self.banner,
            lambda: self.reviews.moderate(review.id, decision, edits=changed or None, by=by),
        )
        if ok:
            text = (
                translate(
                    "ReviewsScreen", "Review of %1 approved; it goes along with the next export."
                )
                if decision == "approve"
                else translate("ReviewsScreen", "Review of %1 rejected; it will not be published.")
            )
            self.banner.ok(text.replace("%1", review.product))
        self.refresh()

    # --- tab 3: per product ---------------------------------------------------------------

    def _build_product(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        pick = QHBoxLayout()
        self.product_label = QLabel(page)
        self.product_combo = QComboBox(page)
        self.product_combo.setMinimumWidth(360)
        self.product_combo.currentIndexChanged.connect(lambda _i: self.show_product())
        pick.addWidget(self.product_label)
        pick.addWidget(self.product_combo)
        pick.addStretch(1)
        layout.addLayout(pick)
        self.too_few = QLabel(page)
        self.too_few.setWordWrap(True)
        self.too_few.setStyleSheet(
            "background:#fff7e0; color:#6b4e00; border:1px solid #f0d58a; border-radius:6px;"
            " padding:10px 12px;"
        )
        self.too_few.hide()
        layout.addWidget(self.too_few)
        self.figures = QWidget(page)
        grid = QGridLayout(self.figures)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cards = [FigureCard(self.figures) for _ in range(6)]
        for index, card in enumerate(self.cards):
            grid.addWidget(card, 0, index)
        layout.addWidget(self.figures)
        self.charts = QWidget(page)
        self.charts_layout = QHBoxLayout(self.charts)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.charts, 1)
        self.tabs.addTab(page, "")

    def _build_response(self) -> None:
        from lendingdesk.ui.reviews.response_tab import ResponseTab

        self.response_tab = ResponseTab(self.reviews, self.services.today, self)
        self.tabs.addTab(self.response_tab, "")

    def selected_product(self) -> int | None:
        data = self.product_combo.currentData()
        return int(data) if data is not None else None

    def show_product(self) -> None:
        for view in self.chart_views:
            self.charts_layout.removeWidget(view)
            view.hide()
            view.deleteLater()
        self.chart_views = []
        product_id = self.selected_product()
        if product_id is None:
            self.figures.hide()
            self.too_few.hide()
            return
        lang = ui_lang()
        data = self.reviews.product_report_data(product_id, lang=lang)
        summary = summarize(data.reviews, lookup=self.reviews.lookup)
        if not summary.enough:
            self.figures.hide()
            self.too_few.setText(
                translate(
                    "ReviewsScreen",
                    "Too few reviews for figures: %1 approved, at least %2 needed. Figures "
                    "are shown from %2 reviews on, so no single reviewer can be recognised.",
                )
                .replace("%1", str(summary.n))
                .replace("%2", str(summary.min_n))
            )
            self.too_few.show()
            return
        self.too_few.hide()
        self.figures.show()
        grade = summary.sus_grade
        workload = summary.item_stats("effect_workload")
        pleasure = summary.item_stats("effect_work_pleasure")
        nps = summary.nps
        self.cards[0].set(
            translate("ReviewsScreen", "Reviews"),
            str(summary.n),
            translate("ReviewsScreen", "%1 loans").replace("%1", str(data.loans)),
        )
        self.cards[1].set(
            translate("ReviewsScreen", "Overall rating"),
            _fmt(summary.rating.mean),
            translate("ReviewsScreen", "out of 5"),
        )
        self.cards[2].set(
            translate("ReviewsScreen", "Usability (SUS)"),
            _fmt(summary.sus.mean),
            (
                translate("ReviewsScreen", "grade %1").replace("%1", grade)
                + f" · n = {summary.sus.n}"
            )
            if grade
            else translate("ReviewsScreen", "not enough SUS answers"),
        )
        self.cards[3].set(
            translate("ReviewsScreen", "Recommend (NPS)"),
            _fmt(nps.score, 0, signed=True),
            translate("ReviewsScreen", "%1 promoters · %2 detractors")
            .replace("%1", str(nps.promoters))
            .replace("%2", str(nps.detractors)),
        )
        self.cards[4].set(
            translate("ReviewsScreen", "Workload"),
            _fmt(workload.mean, 1, signed=True),
            translate("ReviewsScreen", "−2 … +2"),
        )
        self.cards[5].set(
            translate("ReviewsScreen", "Work pleasure"),
            _fmt(pleasure.mean, 1, signed=True),
            translate("ReviewsScreen", "−2 … +2"),
        )
        self._draw_charts(summary, lang)

    def _draw_charts(self, summary: Any, lang: str) -> None:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QCategoryAxis,
            QChart,
            QChartView,
            QLineSeries,
            QPolarChart,
            QScatterSeries,
            QValueAxis,
        )

        title_font = QFont(self.font())
        title_font.setPointSizeF(12.5)
        title_font.setBold(True)

        # Positive Health radar: six spokes, −2 … +2 outwards.
        radar = QPolarChart()
        radar.setTitle(translate("ReviewsScreen", "Positive Health: effect for the client"))
        radar.setTitleFont(title_font)
        radar.legend().hide()
        radar.setMargins(QMargins(4, 4, 4, 4))
        angular = QCategoryAxis()
        angular.setRange(0, 360)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        dims = summary.positive_health
        step = 360 / len(dims)
        for index, dim in enumerate(dims):
            angular.append(dim.label.get(lang), index * step)
        # Polar axes start at the centre: plot effect + 2 on 0 … 4, labelled −2 … +2.
        radial = QCategoryAxis()
        radial.setRange(0, 4)
        radial.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for value in range(-2, 3):
            radial.append(f"{value:+d}".replace("-", "−") if value else "0", value + 2)
        radar.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        radar.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        line = QLineSeries()
        dots = QScatterSeries()
        dots.setMarkerSize(9)
        points = [(i * step, d.mean + 2) for i, d in enumerate(dims) if d.mean is not None]
        for angle, mean in points:
            line.append(angle, mean)
            dots.append(angle, mean)
        if points:
            line.append(360, points[0][1])
        pen = line.pen()
        pen.setWidth(3)
        pen.setColor(QColor("#1f6f7f"))
        line.setPen(pen)
        dots.setColor(QColor("#1f6f7f"))
        for series in (line, dots):
            radar.addSeries(series)
            series.attachAxis(angular)
            series.attachAxis(radial)

        # Rating distribution: how many reviews gave 1 … 5.
        bars = QChart()
        bars.setTitle(translate("ReviewsScreen", "Overall rating: number of reviews per score"))
        bars.setTitleFont(title_font)
        bars.legend().hide()
        counts = QBarSet(translate("ReviewsScreen", "Reviews"))
        counts.setColor(QColor("#2f7f8f"))
        distribution = summary.rating.distribution
        categories = [str(v) for v in range(1, 6)]
        for value in range(1, 6):
            counts.append(distribution.get(value, distribution.get(float(value), 0)))
        series = QBarSeries()
        series.append(counts)
        series.setLabelsVisible(True)
        bars.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        y_axis = QValueAxis()
        top = int(max([*counts_values(counts), 1])) + 1
        y_axis.setRange(0, top)
        y_axis.setLabelFormat("%d")
        if top <= 10:
            y_axis.setTickCount(top + 1)  # one line per review: whole numbers only
        else:
            y_axis.applyNiceNumbers()
        bars.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        bars.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

        for chart in (radar, bars):
            chart.setBackgroundRoundness(10)
            view = QChartView(chart, self.charts)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
            self.charts_layout.addWidget(view, 1)
            self.chart_views.append(view)

    # --- import and export ----------------------------------------------------------------

    def open_import(self) -> None:
        from lendingdesk.ui.reviews.import_dialog import ImportDialog

        dialog = ImportDialog(self.services.catalogue_import, self)
        if dialog.choose_file():
            dialog.exec()
        if dialog.result_summary:
            self.banner.ok(dialog.result_summary)
        dialog.deleteLater()

    def ask_path(self) -> str | None:
        day = self.services.today().isoformat()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ReviewsScreen", "Save export bundle"),
            f"reviews-{day}.zip",
            translate("ReviewsScreen", "Zip files (*.zip)"),
        )
        return path or None

    def export(self) -> None:
        # The one coordinator prompt: with no code set yet it says so (and offers to set one)
        # instead of asking for a code nobody has.
        grant = coordinator.ask_coordinator(
            self, self.services.db, self.services.context(), "export", ui_lang()
        )
        if grant is None:
            return
        path = self.ask_path()
        if not path:
            return
        lang = ui_lang()
        label = translate("ReviewsScreen", "Exporting the reviews and drawing the reports…")

        def exported(result: ExportResult) -> None:
            self.banner.ok(
                translate(
                    "ReviewsScreen", "Exported %n approved review(s) to %1.", None, result.reviews
                ).replace("%1", str(result.path))
                + " "
                + translate("ReviewsScreen", "They are about %n product(s).", None, result.products)
            )
            self.refresh()

        def failed(error: BaseException) -> None:
            self.refresh()
            if not isinstance(error, LendingError):
                raise error
            self.banner.error(error.message(ui_lang()))

        self.export_task = run_busy(
            self,
            label,
            lambda: self.reviews.export_bundle(path, lang=lang, grant=grant),
            exported,
            failed,
        )

    # --- refresh and language -------------------------------------------------------------

    def _sync_moderator(self) -> None:
        """ "Moderated by" follows who staffs the desk, unless someone typed another name."""
        actor = self.services.context().actor or ""
        if self.moderator_edit.text().strip() in ("", self._desk_actor):
            self.moderator_edit.setText(actor)
        self._desk_actor = actor

    def first_field(self) -> QWidget | None:
        return self.pending_table

    def refresh(self) -> None:
        self._sync_moderator()
        self._pending = self.reviews.pending_reviews()
        table = self.pending_table
        table.setRowCount(len(self._pending))
        for row, p in enumerate(self._pending):
            cells = [
                p.product,
                p.tag,
                p.borrower,
                fmt_datetime(p.returned_at),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        if self._pending and table.currentRow() < 0:
            table.selectRow(0)

        keep = self.selected_review()
        self._moderation = self.reviews.reviews_for(moderation="pending")
        table = self.moderation_table
        table.blockSignals(True)
        table.setRowCount(len(self._moderation))
        for row, r in enumerate(self._moderation):
            cells = [
                fmt_date(r.created_at),
                r.product,
                r.reviewer_name or "–",
                _fmt(r.rating, 0),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.blockSignals(False)
        ids = [r.id for r in self._moderation]
        if ids:
            table.selectRow(ids.index(keep.id) if keep and keep.id in ids else 0)
        self._show_review()

        all_reviews = self.reviews.reviews_for()
        products = {r.product_id: r.product for r in all_reviews}
        listed = sorted(products.items(), key=lambda kv: kv[1].casefold())
        if listed != self._products:
            current = self.selected_product()
            if current is None and all_reviews:  # start with the most reviewed product
                counts: dict[int, int] = {}
                for r in all_reviews:
                    counts[r.product_id] = counts.get(r.product_id, 0) + 1
                current = max(counts, key=lambda k: counts[k])
            self._products = listed
            self.product_combo.blockSignals(True)
            self.product_combo.clear()
            for product_id, name in listed:
                self.product_combo.addItem(name, product_id)
            index = self.product_combo.findData(current)
            self.product_combo.setCurrentIndex(index if index >= 0 else 0)
            self.product_combo.blockSignals(False)
        if self.tabs.currentIndex() == 2 or not self.chart_views:
            self.show_product()
        if self.tabs.currentWidget() is self.response_tab:
            self.response_tab.refresh()
        self._update_buttons()
        self.retranslate_counts()

    def _update_buttons(self) -> None:
        has_pending = self.selected_pending() is not None
        self.enter_button.setEnabled(has_pending)
        self.decline_button.setEnabled(has_pending)
        has_review = self.selected_review() is not None
        self.approve_button.setEnabled(has_review)
        self.reject_button.setEnabled(has_review)

    def retranslate_counts(self) -> None:
        self.tabs.setTabText(
            0,
            translate("ReviewsScreen", "Waiting for a review (%1)").replace(
                "%1", str(len(self._pending))
            ),
        )
        self.tabs.setTabText(
            1,
            translate("ReviewsScreen", "Moderation (%1)").replace("%1", str(len(self._moderation))),
        )
        self.tabs.setTabText(2, translate("ReviewsScreen", "Per product"))
        self.tabs.setTabText(3, translate("ReviewsScreen", "Response"))

    def retranslateUi(self) -> None:
        self.heading.setText(translate("ReviewsScreen", "Reviews"))
        self.import_button.setText(translate("ReviewsScreen", "Import catalogue…"))
        self.export_button.setText(translate("ReviewsScreen", "Export…"))
        self.pending_hint.setText(
            translate(
                "ReviewsScreen",
                "Returned loans whose borrower has not given a review yet. Enter the review "
                "with the borrower (Enter), or mark that there will be none.",
            )
        )
        self.pending_table.setHorizontalHeaderLabels(
            [
                translate("ReviewsScreen", "Product"),
                translate("ReviewsScreen", "Label"),
                translate("ReviewsScreen", "Borrowed by"),
                translate("ReviewsScreen", "Returned"),
            ]
        )
        self.enter_button.setText(translate("ReviewsScreen", "Enter review"))
        self.decline_button.setText(translate("ReviewsScreen", "No review"))
        self.moderation_table.setHorizontalHeaderLabels(
            [
                translate("ReviewsScreen", "Date"),
                translate("ReviewsScreen", "Product"),
                translate("ReviewsScreen", "Reviewer"),
                translate("ReviewsScreen", "Rating"),
            ]
        )
        self.edit_hint.setText(
            translate(
                "ReviewsScreen",
                "Check the free text before it is published: take out names of residents or "
                "anything that makes a person recognisable. Ratings cannot be changed.",
            )
        )
        self.moderator_label.setText(translate("ReviewsScreen", "Moderated by"))
        self.approve_button.setText(translate("ReviewsScreen", "Approve"))
        self.reject_button.setText(translate("ReviewsScreen", "Reject"))
        self.product_label.setText(translate("ReviewsScreen", "Product"))
        self.response_tab.retranslate()
        self.retranslate_counts()
        if self.services is not None and getattr(self, "_ready", False):
            self._show_review()
            self.show_product()


def counts_values(bar_set: Any) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]
