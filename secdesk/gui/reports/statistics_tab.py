"""统计概况: the state of the room at a glance — five charts, each with the table of its
numbers and a button that prints it (涉密载体统计报表), and one that prints them all.

The figures are read on the worker when the tab is shown (and on 刷新), never on the
main thread; the lock drops them (``set_session(None)``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.services import statistics
from secdesk.services.session import Session
from secdesk.services.statistics import StatChart, StatisticsSheet
from secdesk.gui.reports.bar_chart import BarChart
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.widgets import GREY_TEXT, preview_pdf
from secdesk.gui.shell.worker import Worker

TWO_COLUMNS_FROM = 860  # px of the scroll area's width


class NumbersTable(QTableWidget):
    """The numbers under a chart: columns as wide as their contents; where that leaves
    room, the category column takes it (where it does not, the table scrolls sideways)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.columnCount() == 0:
            return
        needed = sum(max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(self.columnCount()))
        if needed < self.viewport().width():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_columns()


class ChartCard(QGroupBox):
    """One chart: its title, the bars, the numbers, a note, and 打印此图."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.key = key
        self.chart_view = BarChart()
        self.chart_view.setMinimumHeight(210)
        self.table = NumbersTable()
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(GREY_TEXT)
        self.print_button = QPushButton(self.tr("Print this chart…"))
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addWidget(self.chart_view, 1)
        column.addWidget(self.table)
        column.addLayout(row)

    def show_chart(self, chart: StatChart | None) -> None:
        """Put the figures in (None: empty the card)."""
        self.chart_view.set_chart(chart)
        head = chart.head if chart else ()
        rows = chart.rows if chart else ()
        self.table.clear()
        self.table.setColumnCount(len(head))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(head))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.fit_columns()
        self._fit_table()
        if chart is not None and chart.key == "loans" and rows:  # the latest months first in view
            self.table.scrollToItem(self.table.item(0, len(head) - 1))
        details = ["　".join(x for x in row if x) for row in chart.details[:8]] if chart else []
        self.note.setText("\n".join([chart.note, *details] if chart and chart.note else details))
        self.print_button.setEnabled(chart is not None)

    def _fit_table(self) -> None:
        """As tall as its rows (at most six), plus a horizontal scroll bar if it needs one."""
        shown = min(self.table.rowCount(), 6)
        height = self.table.horizontalHeader().sizeHint().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(shown))
        if self.table.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)


class StatisticsTab(QWidget):
    """The five charts of the room, refreshed on the worker."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.sheet: StatisticsSheet | None = None
        self.stale = True
        self.taken = QLabel()
        self.taken.setStyleSheet(GREY_TEXT)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_all = QPushButton(self.tr("Print all charts…"))
        self.print_all.clicked.connect(lambda: self.print_charts(()))
        bar = QHBoxLayout()
        bar.addWidget(self.taken, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.print_all)
        self.cards = [ChartCard(key, title) for key, title in self._titles()]
        for card in self.cards:
            card.print_button.clicked.connect(lambda _=False, key=card.key: self.print_charts((key,)))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_host)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.scroll, 1)
        self._arrange(2)
        self._show(None)

    def _titles(self) -> list[tuple[str, str]]:
        return [("holdings", self.tr("Carriers on the register by level and state")),
                ("types", self.tr("Carriers on the register by type and level")),
                ("loans", self.tr("Loans and overdue loans, last 12 months")),
                ("inventory", self.tr("Inventory results, last six")),
                ("open", self.tr("Open matters: missing carriers, incidents, rectification notices"))]

    def card(self, key: str) -> ChartCard:
        """The card of one chart."""
        return next(c for c in self.cards if c.key == key)

    # -- layout ---------------------------------------------------------------------------
    def _arrange(self, columns: int) -> None:
        """Cards in one or two columns, in order."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for n, card in enumerate(self.cards):
            self.grid.addWidget(card, *divmod(n, columns))
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._arrange(2 if self.scroll.viewport().width() >= TWO_COLUMNS_FROM else 1)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self.stale and self.session is not None:
            self.refresh()

    # -- data -----------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        """Serve this session (None: drop the figures, as the lock does)."""
        self.session = session
        self.stale = True
        self._show(None)
        if session is not None and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the figures again on the worker."""
        if self.session is None:
            return
        self.stale = False
        self.refresh_button.setEnabled(False)
        self.taken.setText(self.tr("Counting…"))
        self.worker.submit(statistics.room, self.session, owner=self, on_done=self._show,
                           on_error=self._failed)

    def _show(self, sheet: StatisticsSheet | None) -> None:
        if sheet is not None and self.session is None:
            return  # locked meanwhile: the figures are not shown
        self.sheet = sheet
        self.refresh_button.setEnabled(self.session is not None)
        self.print_all.setEnabled(sheet is not None)
        charts = {c.key: c for c in sheet.charts} if sheet else {}
        for card in self.cards:
            card.show_chart(charts.get(card.key))
        self.taken.setText(self.tr("Figures as of {0}. Hover over a bar for its numbers.").format(sheet.taken_at)
                           if sheet else "")

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.taken.clear()
        show_error(self, exc)

    def print_charts(self, keys: tuple[str, ...]) -> None:
        """The report of these charts (all for none), figures taken again, in the preview."""
        if self.session is None:
            return
        preview_pdf(self, self.worker, statistics.report_pdf, self.session, keys,
                    title=self.tr("Statistics report"), filename="涉密载体统计报表.pdf")
