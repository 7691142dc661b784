"""A small bar chart drawn with QPainter (柱状图): stacked or grouped bars, a legend, value
lines, the number over every bar, category labels under the axis.

QPainter rather than QtCharts, on purpose: QtCharts ships only in PySide6-Addons, which
the air-gapped bundle does not carry (Essentials + QtPdf only); adding it would grow the
bundle by tens of MB for five simple charts. The printed report draws the same figures
with ReportLab (``printing/statistics_forms.py``) from the same :class:`StatChart`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from secdesk.services.statistics import StatChart

COLOURS = ("#2f5d8a", "#6f9fcf", "#b7d2ea", "#e3e3e3", "#5c8f4a", "#a9c99b")
ALERT_COLOURS = ("#b00020", "#ef8a00")  # 逾期, 未找到, 下落不明; a second alert series in amber
LIGHT_COLOURS = ("#7fa7cf", "#c5d9ec", "#e6e6e6", "#a9c99b")  # beside an alert series
GRID = QColor("#d6d6d6")
AXIS = QColor("#333333")
TEXT = QColor("#222222")
LEGEND_HEIGHT = 22
LABEL_LINE = 15  # pixels per line of a category label
AXIS_WIDTH = 34


class BarChart(QWidget):
    """Draws one :class:`StatChart`; ``chart`` is the data it shows (None: nothing yet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: StatChart | None = None
        self.empty_text = self.tr("No records")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(440, 240)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(260, 190)

    def set_chart(self, chart: StatChart | None) -> None:
        """Show these figures (None: clear)."""
        self.chart = chart
        self.setAccessibleName(chart.title if chart else "")
        self.update()

    def colours(self) -> list[QColor]:
        """A colour per series, as drawn."""
        series = self.chart.series if self.chart else ()
        normal = iter(LIGHT_COLOURS if any(s.alert for s in series) else COLOURS)
        alerts = iter(ALERT_COLOURS)
        return [QColor(next(alerts, ALERT_COLOURS[-1]) if s.alert else next(normal, "#999999")) for s in series]

    # -- geometry -------------------------------------------------------------------------
    def _label_lines(self, metrics: QFontMetrics, slot: float) -> list[list[str]]:
        """Each category's label as drawn: its lines, a line too wide split in two, then
        elided to the slot."""
        out = []
        for name in self.chart.categories:
            lines = []
            for line in name.split("\n"):
                words = not any(ch.isascii() for ch in line)  # Chinese breaks anywhere; numbers never
                if metrics.horizontalAdvance(line) > slot - 4 and len(line) > 2 and words:
                    half = (len(line) + 1) // 2
                    lines += [line[:half], line[half:]]
                else:
                    lines.append(line)
            out.append([metrics.elidedText(x, Qt.TextElideMode.ElideRight, int(slot) - 2) for x in lines])
        return out

    def _label_font(self, slot: float) -> QFont:
        """The widget's font, made smaller (down to 7 pt) until every label line fits its slot."""
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        while size > 7:
            metrics = QFontMetrics(font)
            widest = max((metrics.horizontalAdvance(line) for name in self.chart.categories
                          for line in name.split("\n") if any(ch.isascii() for ch in line)), default=0)
            if widest <= slot - 2:
                break
            size -= 0.5
            font.setPointSizeF(size)
        return font

    def plot_rect(self) -> QRectF:
        """Where the bars stand (without the legend, the value labels and the categories)."""
        metrics = QFontMetrics(self.font())
        slot = (self.width() - AXIS_WIDTH - 8) / max(1, len(self.chart.categories) if self.chart else 1)
        lines = max([1, *(len(x) for x in self._label_lines(metrics, slot))]) if self.chart else 1
        top = LEGEND_HEIGHT + metrics.height() + 4
        bottom = self.height() - lines * LABEL_LINE - 6
        return QRectF(AXIS_WIDTH, top, self.width() - AXIS_WIDTH - 8, max(10, bottom - top))

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), QColor("white"))
        if self.chart is None:
            return
        font = QFont(self.font())
        painter.setFont(font)
        metrics = QFontMetrics(font)
        colours = self.colours()
        self._legend(painter, metrics, colours)
        plot = self.plot_rect()
        highest, step = self.chart.scale()
        per_unit = plot.height() / highest
        for value in range(0, highest + 1, step):
            y = plot.bottom() - value * per_unit
            if value:
                painter.setPen(QPen(GRID, 1))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT)
            painter.drawText(QRectF(0, y - 8, AXIS_WIDTH - 5, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        if not self.chart.categories:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        slot = plot.width() / max(1, len(self.chart.categories))
        label_font = self._label_font(slot)
        painter.setFont(label_font)
        labels = self._label_lines(QFontMetrics(label_font), slot)
        for i, lines in enumerate(labels):
            middle = plot.left() + slot * (i + 0.5)
            self._bars(painter, i, middle, slot, plot.bottom(), per_unit, colours)
            painter.setPen(TEXT)
            for n, line in enumerate(lines):
                painter.drawText(QRectF(middle - slot / 2, plot.bottom() + 3 + n * LABEL_LINE, slot, LABEL_LINE),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, line)
        painter.setPen(QPen(AXIS, 1.5))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.end()

    def _legend(self, painter: QPainter, metrics: QFontMetrics, colours: list[QColor]) -> None:
        x = AXIS_WIDTH
        for series, colour in zip(self.chart.series, colours):
            painter.fillRect(QRectF(x, 5, 12, 12), colour)
            painter.setPen(QPen(AXIS, 1))
            painter.drawRect(QRectF(x, 5, 12, 12))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 16, 5 + metrics.ascent() - 1), series.name)
            x += 16 + metrics.horizontalAdvance(series.name) + 14

    def _bars(self, painter: QPainter, i: int, middle: float, slot: float, bottom: float,
              per_unit: float, colours: list[QColor]) -> None:
        chart = self.chart
        painter.setPen(QPen(AXIS, 1))
        if chart.stacked:
            width = min(slot * 0.6, 70)
            y = bottom
            for series, colour in zip(chart.series, colours):
                h = series.values[i] * per_unit
                if h > 0:
                    rect = QRectF(middle - width / 2, y - h, width, h)
                    painter.fillRect(rect, colour)
                    painter.drawRect(rect)
                    y -= h
            self._number(painter, middle, y, str(chart.total(i)))
            return
        count = max(1, len(chart.series))
        width = min(slot * 0.8 / count, 30)
        left = middle - width * count / 2
        for n, (series, colour) in enumerate(zip(chart.series, colours)):
            h = series.values[i] * per_unit
            x = left + n * width
            if h > 0:
                rect = QRectF(x, bottom - h, width, h)
                painter.fillRect(rect, colour)
                painter.drawRect(rect)
            if series.values[i]:  # an absent bar says 0; the table has every number
                self._number(painter, x + width / 2, bottom - h, str(series.values[i]))

    def _number(self, painter: QPainter, centre: float, top: float, text: str) -> None:
        painter.setPen(TEXT)
        painter.drawText(QRectF(centre - 30, top - 17, 60, 16),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)

    # -- tool tip ---------------------------------------------------------------------------
    def category_at(self, x: float) -> int | None:
        """The index of the category under ``x`` (None outside the bars)."""
        if not self.chart or not self.chart.categories:
            return None
        plot = self.plot_rect()
        if not plot.left() <= x < plot.right():
            return None
        return int((x - plot.left()) / (plot.width() / len(self.chart.categories)))

    def tooltip_text(self, index: int) -> str:
        """What hovering a category says: its name and each series' value."""
        chart = self.chart
        parts = [f"{s.name}：{s.values[index]}" for s in chart.series]
        if chart.stacked:
            parts.append(self.tr("Total: {0}").format(chart.total(index)))
        return "\n".join([chart.categories[index].replace("\n", " "), *parts])

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.category_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)
