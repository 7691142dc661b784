"""涉密载体统计报表: the charts of the 报表 page as a portrait A4 PDF.

Each chart is drawn from the same figures the window shows (:class:`StatChart`), in
black and greys for the office laser printer, with the table of its numbers under it.
The page furniture is that of every form: the unit name, the title, the moment the
figures were taken (统计截至…, which is also the print date), 第 N 页 共 M 页, and the
marking at the top left; signature lines close the report.

The marking: the report holds counts only — no title, no content, and no carrier number
except those of carriers registered 下落不明 in the list of open matters — so it is not a
state secret of any carrier's level; aggregate holdings of a secrecy room are a work
secret of the unit and are marked 内部 (DOMAIN.md: work secrets are marked 内部, never
with ★), as the personnel files are. The caller may pass a higher marking.

Plain data in, PDF bytes out: no database, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secdesk.printing.layout import TextFit
from secdesk.printing.personnel_forms import CAPTION_HEIGHT, SECTION_GAP, Column, _Form

STATISTICS_TITLE = "涉密载体统计报表"
STATISTICS_SIGNERS = ("制表人", "保密工作负责人")
DEFAULT_MARKING = "内部"
MARKING_NOTE = ("说明：本表仅含数量统计，不含载体名称和内容，按工作秘密（内部）管理；"
                "已作废的错误登记不计入。")

CHART_HEIGHT = 60 * mm
AXIS_WIDTH = 11 * mm
LEGEND_HEIGHT = 6 * mm
LABEL_LINE = 3.8 * mm  # one line of a category label under the axis
LABEL_SIZE = 8.5
FILLS = (0.3, 0.55, 0.8, 1.0, 0.42, 0.68)  # greys of the series, in order
LIGHT_FILLS = (0.62, 0.85, 1.0, 0.74)  # beside an alert series: clearly lighter than it
ALERT_FILL = 0.08  # 逾期, 未找到, 下落不明: nearly black; a second alert series is hatched
HATCHED = -1.0


@dataclass(frozen=True)
class ChartSeries:
    """One series of a chart: its name and a value per category."""

    name: str
    values: tuple[int, ...]
    alert: bool = False  # something wrong (overdue, missing): printed nearly black, shown red


@dataclass(frozen=True)
class StatChart:
    """A bar chart (stacked or grouped) and the table of its numbers.

    ``key`` names the chart for the window; ``title`` is the printed Chinese title; a
    category label may hold a line break (``5月\\n2026年``)."""

    key: str
    title: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    stacked: bool = True
    unit: str = "件"
    head: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    widths: tuple[float, ...] = ()  # of the table's columns (mm, scaled); default: the first wider
    note: str = ""
    details_head: tuple[str, ...] = ()  # an optional list under the table (open matters)
    details: tuple[tuple[str, ...], ...] = ()

    def value(self, series: str, category: str) -> int:
        """The value of one series at one category (KeyError for an unknown name)."""
        found = next(s for s in self.series if s.name == series)
        return found.values[self.categories.index(category)]

    def total(self, index: int) -> int:
        """The sum of every series at category ``index``."""
        return sum(s.values[index] for s in self.series)

    @property
    def peak(self) -> int:
        """The tallest bar: the largest total (stacked) or value (grouped)."""
        if not self.categories:
            return 0
        if self.stacked:
            return max(self.total(i) for i in range(len(self.categories)))
        return max((v for s in self.series for v in s.values), default=0)

    def scale(self) -> tuple[int, int]:
        """(top of the value axis, step between its lines): a round step (1, 2, 5 × 10ⁿ)
        giving at most five steps, the top a multiple of it at or above the peak."""
        peak = self.peak
        if peak <= 0:
            return 1, 1
        raw = peak / 5
        magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
        step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
        step = max(1, int(step))
        return math.ceil(peak / step) * step, step


@dataclass(frozen=True)
class StatisticsSheet:
    """The whole report: who, when, which charts."""

    unit_name: str
    taken_at: str  # 2026年5月3日 14:20 — the moment of the figures, printed as the date
    charts: tuple[StatChart, ...]
    marking: str = DEFAULT_MARKING


def statistics_pdf(sheet: StatisticsSheet) -> bytes:
    """The report: for each chart its caption, the chart, the table of its numbers, its
    note and its list; then the note on the marking and the signature lines."""
    form = _Form(STATISTICS_TITLE, sheet.unit_name, f"统计截至{sheet.taken_at}", sheet.marking)
    for number, chart in enumerate(sheet.charts, 1):
        _chart_block(form, f"{_ordinal(number)}、{chart.title}", chart)
    form.need(12 * mm + form.signature_height(STATISTICS_SIGNERS))
    _small(form, [MARKING_NOTE])
    form.signatures(STATISTICS_SIGNERS)
    return form.pdf()


def _ordinal(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if n <= 10 else str(n)


def _columns(head: Sequence[str], widths: Sequence[float] = ()) -> list[Column]:
    """The table's columns: the widths given, or the first (the category) wider than the numbers."""
    widths = widths or [30 if i == 0 else 16 for i in range(len(head))]
    return [Column(h, w) for h, w in zip(head, widths)]


def _chart_block(form: _Form, caption: str, chart: StatChart) -> None:
    """Caption, chart and the table of numbers, kept on one page together."""
    columns = _columns(chart.head, chart.widths)
    grid = form.grid(columns)
    rows = [grid.layout(list(r), columns=columns) for r in chart.rows]
    head = grid.headings(columns)
    note_height = 6 * mm if chart.note else 0
    form.need(CAPTION_HEIGHT + CHART_HEIGHT + head.height + sum(r.height for r in rows) + note_height)
    form.caption(caption)
    draw_chart(form.canvas, form.font, chart, form.left, form.y, form.width, CHART_HEIGHT)
    form.y -= CHART_HEIGHT + 1 * mm
    form.place(grid, head)
    for row in rows:
        form.place(grid, row)
    form.end_table()
    if chart.note:
        form.y += SECTION_GAP - 1 * mm
        _small(form, [chart.note])
        form.y -= SECTION_GAP
    if chart.details_head:
        details = [Column(h, 30 if i < 2 else 24) for i, h in enumerate(chart.details_head)]
        form.table(f"{chart.title}清单", [(c.heading, c.width, True) for c in details],
                   [list(r) for r in chart.details])


def _small(form: _Form, lines: list[str]) -> None:
    """Small print across the page under what stands above it."""
    c, fit = form.canvas, TextFit(form.font, 9)
    c.setFont(form.font, 9)
    for text in lines:
        for line in fit.lines(text, form.width, 3):
            form.y -= 5 * mm
            c.drawString(form.left, form.y + 1.5 * mm, line)


def draw_chart(c: Canvas, font: str, chart: StatChart, x: float, top: float, width: float,
               height: float) -> None:
    """The chart in the box whose top left is (x, top): legend, value lines, bars with
    their numbers, category labels under the axis."""
    fills = _fills(chart)
    _legend(c, font, chart, fills, x + AXIS_WIDTH, top)
    label_lines = max([1, *(len(name.split("\n")) for name in chart.categories)])
    bottom = top - height + label_lines * LABEL_LINE + 1.5 * mm
    plot_top = top - LEGEND_HEIGHT - 4 * mm  # room for the numbers over the tallest bar
    left, plot_width, plot_height = x + AXIS_WIDTH, width - AXIS_WIDTH, plot_top - bottom
    highest, step = chart.scale()
    c.saveState()
    c.setFont(font, LABEL_SIZE)
    c.setLineWidth(0.3)
    c.setStrokeGray(0.75)
    for value in range(0, highest + 1, step):
        y = bottom + plot_height * value / highest
        if value:
            c.line(left, y, left + plot_width, y)
        c.drawRightString(left - 1.5 * mm, y - 0.35 * LABEL_SIZE, str(value))
    if not chart.categories:
        c.drawCentredString(left + plot_width / 2, bottom + plot_height / 2, "（无记录）")
    slot = plot_width / max(1, len(chart.categories))
    fit = TextFit(font, LABEL_SIZE)
    for i, name in enumerate(chart.categories):
        middle = left + slot * (i + 0.5)
        _bars(c, chart, i, middle, slot, bottom, plot_height / highest, fills)
        for n, line in enumerate(name.split("\n")):
            c.setFillGray(0)
            c.drawCentredString(middle, bottom - (n + 1) * LABEL_LINE + 0.6 * mm, fit.shorten(line, slot - 1 * mm))
    c.setStrokeGray(0)
    c.setLineWidth(0.8)
    c.line(left, bottom, left + plot_width, bottom)
    c.restoreState()


def _fills(chart: StatChart) -> list[float]:
    """A grey per series (HATCHED for a second alert series)."""
    greys = iter(LIGHT_FILLS if any(s.alert for s in chart.series) else FILLS)
    alerts = iter((ALERT_FILL, HATCHED))
    return [next(alerts, HATCHED) if s.alert else next(greys, 0.6) for s in chart.series]


def _box(c: Canvas, x: float, y: float, width: float, height: float, fill: float) -> None:
    """A filled, outlined box; HATCHED: white with diagonal lines."""
    if fill != HATCHED:
        c.setFillGray(fill)
        c.rect(x, y, width, height, stroke=1, fill=1)
        return
    c.saveState()
    path = c.beginPath()
    path.rect(x, y, width, height)
    c.clipPath(path, stroke=0, fill=0)
    c.setLineWidth(0.6)
    step = 1.6 * mm
    offset = -height
    while offset < width:
        c.line(x + offset, y, x + offset + height, y + height)
        offset += step
    c.restoreState()
    c.rect(x, y, width, height, stroke=1, fill=0)


def _legend(c: Canvas, font: str, chart: StatChart, fills: list[float], x: float, top: float) -> None:
    fit = TextFit(font, LABEL_SIZE)
    y = top - LEGEND_HEIGHT + 1.5 * mm
    c.saveState()
    c.setFont(font, LABEL_SIZE)
    c.setLineWidth(0.5)
    for series, fill in zip(chart.series, fills):
        _box(c, x, y, 3.2 * mm, 3.2 * mm, fill)
        c.setFillGray(0)
        c.drawString(x + 4.4 * mm, y + 0.45 * mm, series.name)
        x += 4.4 * mm + fit.width(series.name) + 6 * mm
    c.drawString(x, y + 0.45 * mm, f"（单位：{chart.unit}）")
    c.restoreState()


def _bars(c: Canvas, chart: StatChart, i: int, middle: float, slot: float, bottom: float,
          per_unit: float, fills: list[float]) -> None:
    """The bar(s) of category ``i`` with their numbers: one stacked bar with its total
    above, or a bar per series side by side, each with its value."""
    c.setStrokeGray(0)
    c.setLineWidth(0.5)
    if chart.stacked:
        width = min(slot * 0.55, 22 * mm)
        y = bottom
        for series, fill in zip(chart.series, fills):
            h = series.values[i] * per_unit
            if h > 0:
                _box(c, middle - width / 2, y, width, h, fill)
                y += h
        c.setFillGray(0)
        c.drawCentredString(middle, y + 1.2 * mm, str(chart.total(i)))
        return
    count = max(1, len(chart.series))
    width = min(slot * 0.75 / count, 12 * mm)
    start = middle - width * count / 2
    for n, (series, fill) in enumerate(zip(chart.series, fills)):
        h = series.values[i] * per_unit
        x = start + n * width
        if h > 0:
            _box(c, x, bottom, width, h, fill)
        if series.values[i]:  # an absent bar says 0; the table has every number
            c.setFillGray(0)
            c.drawCentredString(x + width / 2, bottom + h + 1.2 * mm, str(series.values[i]))
