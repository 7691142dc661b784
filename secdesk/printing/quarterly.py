"""涉密载体季度台账: the signed quarterly register the inspector takes away, as one PDF.

A4 landscape throughout. Page 1, the cover: the facts of the quarter, the carriers held
at the quarter's end by type × 密级 (with sums) and by state, a small bar chart of them
by 密级, the contents with each part's first page, and the seal: the book's fingerprint
in full, as a QR code, and the short id of the signing key. Then 一、涉密载体登记台账
(form 1, streamed with form 1's own table), then the sections in order — a section
starts on the page the one before ends on if its title, headings and first row fit —
and at the end 以上台账共 M 页，经核对无误。 and one signature line per signer.

Every page carries the book's highest 密级 at the top left, the unit, the title, the
period, 第 N 页 共 M 页 and ``指纹`` with the short fingerprint. The page count, the
marking and the contents' page numbers are ReportLab forms defined after the last page
(see ``layout``), so the book is laid out once, and the register's rows stream.

The fingerprint is computed elsewhere over the book's content; here it is only printed.
It is drawn with ``drawString`` at fixed positions, each time on a line of its own after
a fixed label, so nothing else on any page moves with its value. The seal (a signature,
base64) goes into the PDF's Keywords. Plain data in, PDF bytes out: no database, no Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secdesk.printing.layout import FormPages, Margins, TextFit
from secdesk.printing.personnel_forms import (
    CAPTION_HEIGHT,
    SECTION_GAP,
    Cell,
    Column,
    Grid,
    _Form,
    _rank,
    _with_next,
)
from secdesk.printing.register_form import LEADING, PAD_Y, TABLE_WIDTH, RegisterRow, _Table, _with_last

QUARTERLY_TITLE = "涉密载体季度台账"
REGISTER_CAPTION = "一、涉密载体登记台账（截至季度末）"
EXPLANATION = "本台账内容经本单位签章密钥签名；用 secdesk verify-register 或在“季度台账”页输入指纹核验。"
PRINT_LABEL = "台账指纹 "  # before the full fingerprint on the cover
FOOTER_LABEL = "指纹 "  # before the short fingerprint in every page's footer
KEY_LABEL = "签章密钥 "

MARGINS = Margins(left=10 * mm, right=10 * mm, top=10 * mm, bottom=13 * mm)  # form 1's sides
FOOTER_PRINT_Y = 6.5 * mm  # baseline of the short fingerprint, under 第 N 页 共 M 页
FOOTER_PRINT_SIZE = 9
SECTION_SIZE, SECTION_LEADING = 9, 11.5  # points: the sections' tables
NOTE_SIZE, NOTE_HEIGHT = 9.5, 6 * mm
EMPTY_SIZE, EMPTY_HEIGHT = 10, 8 * mm
CENTRED_WIDTH = 40 * mm  # a section column this narrow or narrower is centred (dates, names)
SENTENCE_SIZE, SENTENCE_HEIGHT = 11, 10 * mm

# The cover (points from the left / bottom of the page).
COVER_SPLIT = 160 * mm  # the left column ends here, the right one starts 10 mm further on
BAND_TOP = 64 * mm  # the seal band: QR code, key id, fingerprint, explanation
QR_SIZE = 40 * mm  # with the quiet zone: the symbol itself is 33 mm
COVER_SIZE, COVER_LEADING = 9.5, 11  # the cover's tables
STEP = 6.5 * mm  # a line of the contents (closer, down to MIN_STEP, for many sections)
MIN_STEP = 4.0 * mm
CHART_HEIGHT = 30 * mm
SEAL_SIZE = 11


@dataclass(frozen=True)
class Table:
    """One section of the book: a titled table, or the empty text when it has no rows."""

    title: str  # e.g. "三、借阅记录"
    columns: tuple[tuple[str, float], ...]  # (heading, relative width); scaled to the page width
    rows: Sequence[tuple[str, ...]]  # cell texts, one tuple per row, len == len(columns)
    note: str = ""  # one line under the title, e.g. "截至2026-12-31在借且已逾期"
    summary: str = ""  # one line after the last row, e.g. "合计：借出 35 次，归还 33 次"
    empty: str = "本季度无。"


@dataclass(frozen=True)
class Totals:
    """The cover's counts: carriers held at the quarter's end by type × 密级, and by state."""

    levels: tuple[str, ...]  # column order, e.g. ("绝密", "机密", "秘密", "内部")
    types: tuple[str, ...]  # row order, e.g. ("纸介质", "U盘", "光盘", ...)
    counts: tuple[tuple[int, ...], ...]  # counts[i][j] for types[i] and levels[j]
    states: tuple[tuple[str, int], ...]  # (("在库", 9800), ("借出", 150), …)
    registered: int  # carriers on the register at the quarter's end (the grand total)


@dataclass(frozen=True)
class QuarterlyBook:
    """Everything the quarterly register prints, as plain data."""

    unit: str
    quarter: str  # "2026Q4"
    period: str  # "2026年第四季度（2026-10-01至2026-12-31）"
    level: str  # highest 密级 word present: the marking on every page
    totals: Totals
    register: Callable[[], Iterable[RegisterRow]]  # a fresh iterator of form 1 rows per call
    register_count: int
    sections: tuple[Table, ...]  # after the register, in order
    printed_at: str  # "2026-12-31 16:20"
    key_id: str  # short id of the unit's signing key, printed on the cover
    signers: tuple[str, ...] = ("保密员", "保密工作负责人", "检查人")
    marking: str = ""  # ``level`` with its longest term (机密★20年) for the top left; "" for the word
    chain_head: str = ""  # the audit chain's head when printed (``seq:mac``), on the cover


# -- the fingerprint ---------------------------------------------------------------------


def _hex(fingerprint: str) -> str:
    """The fingerprint's hex digits, lowercase, without any spacing."""
    return "".join(fingerprint.split()).lower()


def grouped(digits: str) -> str:
    """Hex digits in groups of four: ``3f2a 9b1c 0d4e 77aa``."""
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits of ``fingerprint``, grouped by 4: ``3f2a 9b1c 0d4e 77aa``.
    Spacing and case are ignored; ValueError for fewer than 16 hex digits."""
    digits = _hex(fingerprint)
    if not re.fullmatch(r"[0-9a-f]{16,}", digits):
        raise ValueError(f"a fingerprint is hex digits (16 or more), not {fingerprint!r}")
    return grouped(digits[:16])


def _full(fingerprint: str) -> str:
    """The 64 lowercase hex digits of a full fingerprint; ValueError otherwise."""
    digits = _hex(fingerprint)
    if not re.fullmatch(r"[0-9a-f]{64}", digits):
        raise ValueError(f"the fingerprint must be 64 hex digits, not {fingerprint!r}")
    return digits


# -- the book ----------------------------------------------------------------------------


def quarterly_pdf(book: QuarterlyBook, fingerprint: str, seal: str = "") -> bytes:
    """The quarterly register (涉密载体季度台账) of ``book`` as PDF bytes, A4 landscape.

    ``fingerprint`` (64 hex digits) is printed in full on the cover and as its QR code,
    and shortened in every page's footer; ``seal``, if given, is stored as the PDF's
    Keywords. ``book.register()`` is called once and its rows are streamed. ValueError
    for a fingerprint that is not 64 hex digits, totals that do not add up, a register
    that does not yield ``register_count`` rows or holds a row above ``book.level``, or a
    section row of the wrong length.
    """
    digits = _full(fingerprint)
    _check_totals(book.totals)
    form = _Book(book, digits, seal)
    form.cover(book, digits)
    signers = tuple(f"{role}签字" for role in book.signers)
    closing = SENTENCE_HEIGHT + form.signature_height(signers)
    form.register(book, closing if not book.sections else 0)
    for n, table in enumerate(book.sections, 1):
        form.section(table, closing if n == len(book.sections) else 0)
    form.closing(signers)
    return form.pdf()


def _check_totals(t: Totals) -> None:
    """The cover's table must add up to the grand total it prints."""
    if len(t.counts) != len(t.types) or any(len(row) != len(t.levels) for row in t.counts):
        raise ValueError(f"totals: counts must be {len(t.types)} rows of {len(t.levels)}")
    counted = sum(map(sum, t.counts))
    if counted != t.registered:
        raise ValueError(f"totals: the counts add up to {counted}, not {t.registered} registered")
    in_states = sum(n for _, n in t.states)
    if t.states and in_states != t.registered:
        raise ValueError(f"totals: the states add up to {in_states}, not {t.registered} registered")


class _BookPages(FormPages):
    """:class:`FormPages` with the short fingerprint in every footer, under the page
    number, and further deferred one-line texts (the contents' page numbers, the closing
    sentence) defined with the page count."""

    def __init__(self, canvas: Canvas, font: str, unit: str, period: str, short: str) -> None:
        super().__init__(canvas, font, unit, QUARTERLY_TITLE, period, MARGINS)
        self.short = short
        template = TextFit(font, FOOTER_PRINT_SIZE).width(FOOTER_LABEL + grouped("f" * 16))
        self.print_x = self.width / 2 - template / 2  # fixed: never measured on the value
        self.deferred: dict[str, tuple[Callable[[], str], float, bool]] = {}

    def start_page(self) -> float:
        top = super().start_page()
        self.canvas.setFont(self.font, FOOTER_PRINT_SIZE)
        self.canvas.drawString(self.print_x, FOOTER_PRINT_Y, FOOTER_LABEL + self.short)
        return top

    def defer(self, name: str, text: Callable[[], str], size: float, right: bool = False) -> None:
        """Place the form ``name`` here (the canvas is translated to its origin); its one
        line of ``text()`` is drawn once the book is complete, left- or right-aligned."""
        self.deferred[name] = (text, size, right)
        self.canvas.doForm(name)

    def finish(self, highest: int | str | None) -> None:
        super().finish(highest)
        c = self.canvas
        for name, (text, size, right) in self.deferred.items():
            c.beginForm(name, lowerx=-150 * mm, lowery=-5, upperx=150 * mm, uppery=30)
            c.setFont(self.font, size)
            (c.drawRightString if right else c.drawString)(0, 0, text())
            c.endForm()


class _RegisterOpen:
    """Form 1's table as the table open on a page (:meth:`_Form.need` closes it)."""

    def __init__(self, table: _Table) -> None:
        self.table = table

    def close(self) -> None:
        self.table.end_page()


class _Book(_Form):
    """The book in the making: a landscape :class:`_Form` with the book's pages."""

    def __init__(self, book: QuarterlyBook, digits: str, seal: str) -> None:
        super().__init__(QUARTERLY_TITLE, book.unit, book.period, book.level)
        self.marking = book.marking if book.marking.startswith(book.level) else None
        self.canvas.setPageSize(landscape(A4))
        self.canvas.setSubject(f"{book.quarter} {book.period}")
        if seal:
            self.canvas.setKeywords(seal)
        self.pages = _BookPages(self.canvas, self.font, book.unit, book.period,
                                short_fingerprint(digits))
        self.left = self.pages.content_left
        self.width = self.pages.content_right - self.left
        self.first_pages: list[int] = []  # the first page of the register, of each section

    def place_at(self, x: float, y: float, draw: Callable[[], None]) -> None:
        """Run ``draw`` with the origin moved to (x, y)."""
        self.canvas.saveState()
        self.canvas.translate(x, y)
        draw()
        self.canvas.restoreState()

    def draw(self, drawing: Drawing, x: float, y: float) -> None:
        """A ReportLab drawing at (x, y); its default font is the book's (embedded), not
        the renderer's Helvetica."""
        drawing.initialFontName = self.font
        renderPDF.draw(drawing, self.canvas, x, y)

    # -- the cover --

    def cover(self, book: QuarterlyBook, digits: str) -> None:
        """Page 1: facts, totals, chart, contents and the seal band."""
        self.need(0)
        top = self.y
        left_width = COVER_SPLIT - self.left
        y = self._facts(book, top, left_width)
        y = self._totals(book.totals, y - 3 * mm, left_width)
        right = COVER_SPLIT + 10 * mm
        right_width = self.pages.content_right - right
        y_right = self._chart(book.totals, right, top, right_width)
        y_right = self._contents(book, right, y_right - 3 * mm, right_width)
        if min(y, y_right) < BAND_TOP:
            raise ValueError(f"the cover's totals ({len(book.totals.types)} types) or contents "
                             f"({len(book.sections)} sections) do not fit on one page")
        self._seal(book, digits)
        self.y = self.pages.content_bottom  # nothing more on the cover

    def _caption_at(self, x: float, y: float, text: str) -> float:
        """A caption like :meth:`_Form.caption`, at ``x``; returns the y under it."""
        left, self.left, self.y = self.left, x, y
        self.caption(text)
        self.left = left
        return self.y

    def _facts(self, book: QuarterlyBook, top: float, width: float) -> float:
        """单位, 打印时间 and 期间 as a label | value grid; returns the y under it."""
        grid = Grid(self.canvas, self.font, self.left, [w * width / 100 for w in (14, 43, 14, 29)],
                    COVER_SIZE, COVER_LEADING)
        label = {"align": "centre", "strong": True, "shade": True}
        y = top
        for cells in ([Cell("单位", **label), Cell(book.unit, max_lines=1),
                       Cell("打印时间", **label), Cell(book.printed_at, max_lines=1)],
                      [Cell("期间", **label), Cell(book.period, span=3, max_lines=1)]):
            row = grid.layout(cells)
            grid.place(row, y)
            y -= row.height
        grid.close()
        return y

    def _totals(self, t: Totals, top: float, width: float) -> float:
        """The carriers held by type × 密级 with the sums, then the states line."""
        y = self._caption_at(self.left, top, f"截至季度末在册涉密载体（共 {t.registered} 件）")
        widths = [30, *[22] * len(t.levels), 24]
        scale = min(mm, width / sum(widths))
        grid = Grid(self.canvas, self.font, self.left, [w * scale for w in widths],
                    COVER_SIZE, COVER_LEADING)
        head = ["载体类别", *t.levels, "合计"]
        rows = [[name, *map(str, counts), str(sum(counts))] for name, counts in zip(t.types, t.counts)]
        sums = [str(sum(column)) for column in zip(*t.counts)] if t.counts else ["0"] * len(t.levels)
        for n, cells in enumerate([head, *rows, ["合计", *sums, str(t.registered)]]):
            strong = n == 0 or n == len(rows) + 1
            row = grid.layout([Cell(text, align="centre", strong=strong, shade=strong)
                               for text in cells])
            grid.place(row, y)
            y -= row.height
        grid.close()
        if t.states:
            states = "　".join(f"{name} {count}" for name, count in t.states)
            self.canvas.setFont(self.font, 10)
            self.canvas.drawString(self.left, y - 5.5 * mm,
                                   TextFit(self.font, 10).shorten(f"按状态：{states}", width))
            y -= 6.5 * mm
        return y

    def _chart(self, t: Totals, x: float, top: float, width: float) -> float:
        """A small horizontal bar chart of the carriers by 密级, black and grey only."""
        y = self._caption_at(x, top, "在册涉密载体按密级分布")
        sums = [sum(column) for column in zip(*t.counts)] if t.counts else [0] * len(t.levels)
        drawing = Drawing(width, CHART_HEIGHT)
        chart = HorizontalBarChart()
        chart.x, chart.y = 16 * mm, 1 * mm
        chart.width, chart.height = width - 34 * mm, CHART_HEIGHT - 2 * mm
        chart.data = [tuple(sums) or (0,)]
        chart.categoryAxis.categoryNames = list(t.levels) or [""]
        chart.categoryAxis.reverseDirection = 1  # the first level at the top
        chart.categoryAxis.labels.fontName = self.font
        chart.categoryAxis.labels.fontSize = 9.5
        chart.categoryAxis.strokeColor = colors.black
        chart.categoryAxis.visibleTicks = 0
        chart.valueAxis.visible = 0  # the numbers stand at the bars' ends
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max([*sums, 1])
        chart.bars[0].fillColor = colors.Color(0.55, 0.55, 0.55)
        chart.bars[0].strokeColor = colors.black
        chart.bars.strokeWidth = 0.5
        chart.barLabelFormat = "%d 件"
        chart.barLabels.fontName = self.font
        chart.barLabels.fontSize = 9
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 2
        drawing.add(chart)
        self.draw(drawing, x, y - CHART_HEIGHT)
        return y - CHART_HEIGHT

    def _contents(self, book: QuarterlyBook, x: float, top: float, width: float) -> float:
        """目录: each part, its rows, and its first page (a form defined at the end);
        the lines closer together when there are many. Returns the y under the last."""
        y = self._caption_at(x, top, "目录")
        entries = [(REGISTER_CAPTION, f"{book.register_count} 件")]
        entries += [(table.title, f"{len(table.rows)} 条") for table in book.sections]
        fit = TextFit(self.font, 10)
        right = x + width
        c = self.canvas
        step = max(MIN_STEP, min(STEP, (y - BAND_TOP - 2 * mm) / len(entries)))
        for n, (title, count) in enumerate(entries):
            y -= step
            c.setFont(self.font, 10)
            c.drawString(x, y, fit.shorten(title, width - 45 * mm))
            c.drawRightString(right - 22 * mm, y, count)
            c.setDash(1, 2)
            c.setLineWidth(0.4)
            c.line(x + fit.width(fit.shorten(title, width - 45 * mm)) + 2 * mm, y,
                   right - 24 * mm - fit.width(count), y)
            c.setDash()
            self.place_at(right, y, lambda n=n: self.pages.defer(
                f"toc{n}", lambda n=n: f"第 {self.first_pages[n]} 页", 10, right=True))
        return y - 1.5 * mm

    def _seal(self, book: QuarterlyBook, digits: str) -> None:
        """The band at the foot of the cover: QR code, key id, fingerprint, explanation."""
        c = self.canvas
        c.setLineWidth(0.5)
        c.line(self.left, BAND_TOP, self.pages.content_right, BAND_TOP)
        bottom = BAND_TOP - 3 * mm - QR_SIZE
        qr = QrCodeWidget(digits, barLevel="M", barWidth=QR_SIZE, barHeight=QR_SIZE)
        drawing = Drawing(QR_SIZE, QR_SIZE)
        drawing.add(qr)
        self.draw(drawing, self.left, bottom)
        x = self.left + QR_SIZE + 6 * mm
        room = self.pages.content_right - x
        c.setFont(self.font, SEAL_SIZE)
        head = f"　　审计链尾 第{book.chain_head.replace(':', '号 ')}" if book.chain_head else ""
        c.drawString(x, BAND_TOP - 13 * mm,
                     TextFit(self.font, SEAL_SIZE).shorten(KEY_LABEL + book.key_id + head, room))
        c.drawString(x, BAND_TOP - 23 * mm, PRINT_LABEL + grouped(digits))
        c.setFont(self.font, 10)
        c.drawString(x, BAND_TOP - 33 * mm, TextFit(self.font, 10).shorten(EXPLANATION, room))

    # -- the register (form 1) --

    def register(self, book: QuarterlyBook, reserve: float) -> None:
        """一、涉密载体登记台账: form 1's table from a new page, headings on every page,
        streamed; then 合计. ``reserve``: room kept under the last row's total."""
        table = _Table(self.canvas, self.font, self.left)
        opened = _RegisterOpen(table)
        total = Grid(self.canvas, self.font, self.left, [TABLE_WIDTH], SECTION_SIZE,
                     SECTION_LEADING)
        after = total.line_height + SECTION_GAP + reserve

        def resume() -> None:
            self.caption(f"{REGISTER_CAPTION}（续）")
            self.y = table.headings(self.y)
            self.open = opened

        highest = _rank(book.level)
        self.resume = None
        self.need(math.inf)  # the register starts on a page of its own
        self.first_pages.append(self.pages.pages)
        self.caption(REGISTER_CAPTION)
        self.y = table.headings(self.y)
        self.open = opened
        self.resume = resume
        count = 0
        for row, last in _with_last(book.register()):
            count += 1
            if row.level_rank not in range(highest + 1):
                raise ValueError(f"register row {count} ({row.number}): level_rank "
                                 f"{row.level_rank!r} is not 0..{highest} ({book.level} at most)")
            cells = table.cells(count, row)
            height = table.row_height(cells)
            self.need(height + (after if last else 0))
            table.row(cells, self.y, height)
            self.y -= height
        if count != book.register_count:
            raise ValueError(f"the register yielded {count} rows, not {book.register_count}")
        if not count:
            self.need(LEADING + 2 * PAD_Y + after)  # form 1's one-line row
            self.y = table.empty(self.y)
        table.end_page()
        self.open = None
        self.place(total, total.banner(f"合计：{count} 件", shade=True))
        self.end_table()

    # -- the sections --

    def section(self, table: Table, reserve: float) -> None:
        """A titled table (its note under the title), streamed with headings on every
        page and its summary after the last row; or the title and the empty text. It
        starts on this page if its title, headings and first row fit."""
        columns = _columns(table, self.width)
        grid = self.grid(columns, size=SECTION_SIZE, leading=SECTION_LEADING)
        head = grid.headings(columns)
        lead = CAPTION_HEIGHT + (NOTE_HEIGHT if table.note else 0)
        summary = grid.banner(table.summary, shade=True) if table.summary else None
        after = (summary.height if summary else 0) + SECTION_GAP + reserve

        def resume() -> None:
            self.caption(f"{table.title}（续）")
            self.place(grid, head)

        self.resume = None
        if not table.rows:
            self._empty(table, lead, after)
            return
        for n, (cells, following) in enumerate(_with_next(table.rows), 1):
            row = _layout(grid, cells, columns, table.title, n)
            if n == 1:
                self.need(lead + head.height + row.height + (after if following is None else 0))
                self._lead(table)
                self.place(grid, head)
                self.resume = resume
            else:
                self.need(row.height + (after if following is None else 0))
            self.place(grid, row)
        if summary:
            self.place(grid, summary)
        self.end_table()

    def _lead(self, table: Table) -> None:
        """The section's title and its note; the page it starts on goes to the contents."""
        self.first_pages.append(self.pages.pages)
        self.caption(table.title)
        if table.note:
            self.canvas.setFont(self.font, NOTE_SIZE)
            self.canvas.drawString(self.left, self.y - NOTE_HEIGHT + 2.2 * mm,
                                   TextFit(self.font, NOTE_SIZE).shorten(table.note, self.width))
            self.y -= NOTE_HEIGHT

    def _empty(self, table: Table, lead: float, after: float) -> None:
        """An empty section: its title, note, the empty text and the summary, if any."""
        fit = TextFit(self.font, EMPTY_SIZE)
        texts = [table.empty] + ([table.summary] if table.summary else [])
        self.need(lead + len(texts) * EMPTY_HEIGHT + after)
        self._lead(table)
        self.canvas.setFont(self.font, EMPTY_SIZE)
        for text in texts:
            self.canvas.drawString(self.left + 2 * EMPTY_SIZE, self.y - EMPTY_HEIGHT + 2.5 * mm,
                                   fit.shorten(text, self.width - 2 * EMPTY_SIZE))
            self.y -= EMPTY_HEIGHT
        self.y -= SECTION_GAP

    # -- the end --

    def closing(self, roles: Sequence[str]) -> None:
        """以上台账共 M 页，经核对无误。 (M deferred), then a signature line per role."""
        self.resume = None
        self.need(SENTENCE_HEIGHT + self.signature_height(roles))
        x, y = self.left + 10 * mm, self.y - SENTENCE_HEIGHT + 3 * mm
        self.place_at(x, y, lambda: self.pages.defer(
            "closing", lambda: f"以上台账共 {self.pages.pages} 页，经核对无误。", SENTENCE_SIZE))
        self.y -= SENTENCE_HEIGHT
        self.signatures(roles)


def _columns(table: Table, page_width: float) -> list[Column]:
    """The section's columns: narrow ones centred, text wrapped to three lines at most."""
    total = sum(width for _, width in table.columns)
    if not table.columns or total <= 0 or min(w for _, w in table.columns) <= 0:
        raise ValueError(f"{table.title}: a table needs columns with positive widths")
    return [Column(heading, width, width / total * page_width <= CENTRED_WIDTH, 3)
            for heading, width in table.columns]


def _layout(grid: Grid, cells: Sequence[str], columns: Sequence[Column], title: str, n: int):
    """A section row measured; ValueError naming the section and row if it does not fit."""
    if len(cells) != len(columns):
        raise ValueError(f"{title}: row {n} has {len(cells)} cells, not {len(columns)}")
    return grid.layout(list(cells), columns=columns)
