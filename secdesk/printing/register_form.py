"""Form 1, 涉密载体登记台账 (the carrier register), as a landscape A4 PDF.

Streams: each row is measured and drawn straight onto the canvas, page by page; no
table of all rows is ever built. The page count (共 M 页) and the marking of the whole
document — the highest 密级 with its longest 保密期限 (``机密★20年``) — are ReportLab forms
defined after the last page (see ``layout``), so time grows linearly with the rows and
nothing is laid out twice.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secdesk.domain.carriers.terms import DocumentMarking
from secdesk.printing.fonts import cjk_font
from secdesk.printing.layout import LEVEL_WORDS, FormPages, Margins, PageText, TextFit, save

TITLE = "涉密载体登记台账"
SIGNERS = ("保管人", "批准人")
SIZE = 8  # cell text, points
LEADING = 10  # points per cell line
HEAD_SIZE = 8.5
PAD_X = 1.0 * mm
PAD_Y = 1.1 * mm
RULE = 0.5  # line width of the grid, points


@dataclass(frozen=True)
class RegisterRow:
    """One carrier as form 1 lists it, in column order (序号 is counted, not given)."""

    number: str  # 载体编号
    title: str  # 文件资料名称
    origin_unit: str  # 制作发文单位
    ctype: str  # 载体类别
    doc_no: str  # 文号或编号
    marking: str  # 密级 (the marking, e.g. 机密★20年)
    level_rank: int  # 3 绝密, 2 机密, 1 秘密, 0 内部: decides the document's highest 密级
    extent: str  # 页数或容量
    copies: str  # 份数/份号
    scope: str  # 知悉范围
    custodian: str  # 保管人
    location: str  # 存放位置
    state: str  # 状态
    remarks: str  # 备注
    issued: str = ""  # 制发日期 (ISO): the term of the marking counts from it


@dataclass(frozen=True)
class Column:
    heading: str
    width: float  # points
    field: str  # RegisterRow attribute, or "" for 序号
    centred: bool
    max_lines: int


COLUMNS = (
    Column("序号", 10 * mm, "", True, 1),
    Column("载体编号", 27 * mm, "number", False, 2),
    Column("文件资料名称", 41 * mm, "title", False, 3),
    Column("制作发文单位", 24 * mm, "origin_unit", False, 3),
    Column("载体类别", 14 * mm, "ctype", True, 2),
    Column("文号或编号", 28 * mm, "doc_no", False, 2),
    Column("密级", 20 * mm, "marking", True, 2),
    Column("页数或容量", 13 * mm, "extent", True, 2),
    Column("份数/份号", 18 * mm, "copies", True, 2),
    Column("知悉范围", 18 * mm, "scope", False, 3),
    Column("保管人", 13 * mm, "custodian", True, 2),
    Column("存放位置", 15 * mm, "location", False, 3),
    Column("状态", 13.5 * mm, "state", True, 2),
    Column("备注", 22.5 * mm, "remarks", False, 8),  # 定密责任人, 定密依据 of a self-made carrier
)
TABLE_WIDTH = sum(col.width for col in COLUMNS)  # 277 mm: the A4 landscape width less 2 × 10 mm


def register_pdf(rows: Iterable[RegisterRow], unit_name: str, subtitle: str) -> bytes:
    """Form 1 for ``rows`` (any iterable; consumed once, in order) as PDF bytes.

    A row never splits across pages; the last row always shares its page with the
    total and the signature lines (no page holds the signatures alone).
    """
    font = cjk_font()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=landscape(A4), invariant=1, pageCompression=1,
                    initialFontName=font)
    canvas.setTitle(TITLE)
    canvas.setAuthor(unit_name)
    pages = FormPages(canvas, font, unit_name, TITLE, subtitle,
                      Margins(left=10 * mm, right=10 * mm))
    table = _Table(canvas, font, pages.content_left)
    marking = DocumentMarking()
    y = None
    count = 0
    for row, last in _with_last(rows):
        count += 1
        cells = table.cells(count, row)
        height = table.row_height(cells)
        needed = height + (CLOSING_HEIGHT if last else 0)
        if y is None or y - needed < pages.content_bottom:
            if y is not None:
                table.end_page()
                pages.end_page()
            y = table.headings(pages.start_page())
        table.row(cells, y, height)
        y -= height
        if row.level_rank not in LEVEL_WORDS:
            raise ValueError(f"row {count}: level_rank {row.level_rank!r} is not 0..3")
        marking.add_marking(row.marking if row.marking.startswith(LEVEL_WORDS[row.level_rank])
                            else LEVEL_WORDS[row.level_rank], row.issued)
    if y is None:  # no rows: an empty register, still signed
        y = table.empty(table.headings(pages.start_page()))
    table.end_page()
    _closing(canvas, pages, font, y, count)
    pages.end_page()
    pages.finish(marking.text)
    save(canvas)
    return buf.getvalue()


CLOSING_HEIGHT = 22 * mm  # the total line and the signature lines under the last row


def _closing(canvas: Canvas, pages: FormPages, font: str, y: float, count: int) -> None:
    """合计 and the signature lines (保管人, 批准人, each with a date) under the last row."""
    canvas.setFont(font, 10)
    canvas.drawString(pages.content_left, y - 6 * mm, f"合计：{count} 件")
    pages.signatures(y - 17 * mm, SIGNERS)


def _with_last(rows: Iterable[RegisterRow]) -> Iterator[tuple[RegisterRow, bool]]:
    """Each row with True for the last one (one row of look-ahead)."""
    it = iter(rows)
    try:
        current = next(it)
    except StopIteration:
        return
    for following in it:
        yield current, False
        current = following
    yield current, True


class _Table:
    """Draws the grid of one page at a time: headings, rows, then the rules."""

    def __init__(self, canvas: Canvas, font: str, left: float) -> None:
        self.canvas = canvas
        self.font = font
        self.fit = TextFit(font, SIZE)
        self.head_fit = TextFit(font, HEAD_SIZE)
        self.body = PageText(canvas, self.fit)
        self.edges = [left]
        for col in COLUMNS:
            self.edges.append(self.edges[-1] + col.width)
        self.inner = [col.width - 2 * PAD_X for col in COLUMNS]
        self.fields = [col.field for col in COLUMNS]
        self.open = False
        self.top = 0.0
        self.rules: list[float] = []  # y of every horizontal rule on the page
        self.merged = False  # the last row spans all columns (the empty register)

    def cells(self, serial: int, row: RegisterRow) -> list[list[str]]:
        """Each column's lines for ``row`` (wrapped, cut with … when too long)."""
        lines = self.fit.lines
        out = []
        for col, field, inner in zip(COLUMNS, self.fields, self.inner):
            value = (getattr(row, field) if field else str(serial)) or ""
            if field == "marking" and "★" in value and self.fit.width(value) > inner:
                value = value.replace("★", "★\n", 1)  # 秘密★ / 2027年6月30日
            out.append(lines(value, inner, col.max_lines))
        return out

    @staticmethod
    def row_height(cells: list[list[str]]) -> float:
        return max(1, *(len(c) for c in cells)) * LEADING + 2 * PAD_Y

    def headings(self, top: float) -> float:
        """Draw the column headings under ``top``; return the y below them."""
        c = self.canvas
        height = 2 * LEADING + 2 * PAD_Y
        c.saveState()
        c.setFillGray(0.9)
        c.rect(self.edges[0], top - height, TABLE_WIDTH, height, stroke=0, fill=1)
        c.restoreState()
        c.saveState()  # the heavier text mode must not leak into the rows
        text = c.beginText()
        text.setFont(self.font, HEAD_SIZE)
        text.setTextRenderMode(2)
        c.setLineWidth(0.25)
        for col, x0, inner in zip(COLUMNS, self.edges, self.inner):
            lines = self.head_fit.lines(col.heading, inner, 2)
            self._place(text, lines, self.head_fit, x0, inner, top, height, centred=True)
        c.drawText(text)
        c.restoreState()
        self.top = top
        self.rules = [top, top - height]
        self.open = True
        return top - height

    def row(self, cells: list[list[str]], top: float, height: float) -> None:
        """Queue the text of one row (drawn with the page's rules in :meth:`end_page`)."""
        put, width = self.body.put, self.fit.width
        base = top - height / 2 - 0.36 * SIZE  # baseline of a line centred in the row
        for col, lines, x0, inner in zip(COLUMNS, cells, self.edges, self.inner):
            if not lines:
                continue
            y = base + (len(lines) - 1) * LEADING / 2
            for line in lines:
                x = x0 + PAD_X + ((inner - width(line)) / 2 if col.centred else 0)
                put(x, y, line)
                y -= LEADING
        self.rules.append(top - height)

    def empty(self, top: float) -> float:
        """A single row saying there is nothing to list."""
        height = LEADING + 2 * PAD_Y
        self.body.put(self.edges[0] + TABLE_WIDTH / 2 - self.fit.width("（无记录）") / 2,
                      top - height / 2 - 0.36 * SIZE, "（无记录）")
        self.rules.append(top - height)
        self.merged = True
        return top - height

    @staticmethod
    def _place(text, lines: list[str], fit: TextFit, x0: float, inner: float, top: float,
               height: float, centred: bool) -> None:
        """Lines in a cell, the block centred vertically, each line left or centred."""
        size = fit.size
        first = top - (height - len(lines) * LEADING) / 2 - LEADING / 2 - 0.36 * size
        for n, line in enumerate(lines):
            x = x0 + PAD_X + ((inner - fit.width(line)) / 2 if centred else 0)
            text.setTextOrigin(x, first - n * LEADING)
            text.textOut(line)

    def end_page(self) -> None:
        """Draw the queued text and the grid of the page, if it has a table."""
        if not self.open:
            return
        c = self.canvas
        self.body.flush()
        bottom = self.rules[-1]
        inner_bottom = self.rules[-2] if self.merged else bottom
        left, right = self.edges[0], self.edges[-1]
        segments = [(left, y, right, y) for y in self.rules]
        segments += [(x, self.top, x, inner_bottom) for x in self.edges[1:-1]]
        segments += [(left, self.top, left, bottom), (right, self.top, right, bottom)]
        c.setLineWidth(RULE)
        c.lines(segments)
        self.open = False
        self.merged = False
        self.rules = []
