"""Form 9 and the personnel printouts (涉密人员档案), as portrait A4 PDFs.

- 涉密人员登记表 (:func:`person_sheet_pdf`): one person's file — the basic facts, 上岗审查,
  保密承诺书, 保密教育培训, 出国（境）, 复审, 脱密期 — signed by the person and the officer.
- 涉密人员名册 (:func:`roster_pdf`): everyone, grouped by department (a heading row for
  each department, repeated with （续） on a page that continues it), 合计 per department
  and in all.
- 保密教育培训记录 (:func:`training_record_pdf`): the form 9 columns, total hours at the end.
- 离岗保密审查表 (:func:`leaving_sheet_pdf`): carriers returned or handed over, the
  leaving undertaking, 脱密期 自…至…, signed by the person, the head of department and
  the officer.

The page furniture is :class:`~secdesk.printing.layout.FormPages` (unit, title,
第 N 页 共 M 页, the marking at the top left). A personnel file holds no carrier content;
its own classification is the ``marking`` argument (default 内部), printed at the top
left of every page. Tables stream like form 1: each row is measured, a page is started
when it does not fit (headings repeated), and nothing is laid out twice. The last row
of a document always shares its page with the signature lines.

Plain data in, PDF bytes out: no database, no Qt. No carrier title is ever printed: the
leaving sheet lists carriers by number and marking only.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secdesk.printing.fonts import cjk_font
from secdesk.printing.layout import LEVEL_WORDS, FormPages, PageText, TextFit, save

PERSON_TITLE = "涉密人员登记表"
ROSTER_TITLE = "涉密人员名册"
TRAINING_TITLE = "保密教育培训记录"
LEAVING_TITLE = "离岗保密审查表"

PERSON_SIGNERS = ("本人签名", "保密工作负责人")
ROSTER_SIGNERS = ("制表人", "保密工作负责人")
TRAINING_SIGNERS = ("记录人", "保密工作负责人")
LEAVING_SIGNERS = ("承诺人签名", "部门负责人", "保密工作负责人")

CLEARANCES = ("核心", "重要", "一般")
DEFAULT_MARKING = "内部"
NONE = "无"

PAD_X = 1.2 * mm
PAD_Y = 1.3 * mm
RULE = 0.5  # grid line width, points
SHADE = 0.9  # grey of headings and labels
CAPTION_SIZE = 11
CAPTION_HEIGHT = 8 * mm  # a section caption (一、基本情况) above its table
SECTION_GAP = 3 * mm
SIGN_STEP = 10 * mm  # one signature line per role, this far apart
SIGN_SIZE = 11  # FormPages.signatures draws its labels at 11 points
BLANK_DATE = "______年____月____日"

LEAVING_UNDERTAKING = (
    "本人已将持有、使用和保管的全部涉密载体清退或移交，未私自留存。离岗后继续遵守国家保密"
    "法律法规，不以任何方式泄露所知悉的国家秘密和工作秘密；脱密期内服从脱密期管理，"
    "未经审批不擅自出境，不违反规定就业。"
)


# -- the data the services hand in -------------------------------------------------------


@dataclass(frozen=True)
class PersonSheet:
    """涉密人员登记表 of one person; dates and results as they are to be printed."""

    unit_name: str
    badge: str  # 证卡号
    name: str
    staff_no: str  # 工号
    id_number: str  # 证件号: already masked, or in full, as the caller decides
    dept: str
    post: str  # 岗位
    clearance: str  # 涉密等级: 核心 / 重要 / 一般
    clearance_since: str  # 确定时间
    status: str  # 在岗 / 脱密期 / 已解脱 / 调离
    vetting: str  # 上岗审查, e.g. "2024年3月1日 合格（审查人：李主任）"
    commitments: list[tuple[str, str]]  # (类型, 签订日期)
    trainings: list[tuple[str, str, str, str]]  # (日期, 学时, 培训内容, 考核结果)
    travels: list[tuple[str, str, str, str]]  # (起止日期, 前往国家/地区, 审批人, 护照交回)
    reviews: list[tuple[str, str, str]]  # (复审日期, 结论, 复审人)
    declassification: str  # 脱密期, e.g. "2026年11月23日至2029年11月23日", or ""
    authority: str = ""  # 审批权限, e.g. "科研一部部门负责人；保密工作负责人，可审批绝密、机密"


@dataclass(frozen=True)
class RosterRow:
    """One person in the 涉密人员名册; rows come sorted by department."""

    dept: str
    name: str
    badge: str
    post: str
    clearance: str
    clearance_since: str
    status: str
    next_review: str


@dataclass(frozen=True)
class TrainingRow:
    """One attendance in the 保密教育培训记录 (form 9 column order)."""

    dept: str
    name: str
    clearance: str
    subject: str
    held_on: str
    hours: str  # 学时, e.g. "2" or "1.5"; summed at the end
    result: str


@dataclass(frozen=True)
class LeavingSheet:
    """离岗保密审查表 of one person."""

    unit_name: str
    name: str
    badge: str
    dept: str
    post: str
    clearance: str
    leaving_on: str
    kind: str  # 离岗 / 离职 / 调离
    carriers_returned: list[tuple[str, str, str]]  # (载体编号, 密级标志, 处理情况)
    commitment_signed_on: str  # the 离岗 保密承诺书 date
    declassification: str  # "自2026年11月23日至2029年11月23日"


# -- the four forms ----------------------------------------------------------------------


def person_sheet_pdf(sheet: PersonSheet, marking: str = DEFAULT_MARKING) -> bytes:
    """涉密人员登记表 of one person as PDF bytes; ``marking`` at the top left."""
    form = _Form(PERSON_TITLE, sheet.unit_name, "", marking)
    s = sheet
    form.key_values("一、基本情况", [
        ("姓名", s.name, "证卡号", s.badge),
        ("工号", s.staff_no, "证件号码", s.id_number),
        ("部门", s.dept, "岗位", s.post),
        ("涉密等级", s.clearance, "确定时间", s.clearance_since),
        ("上岗审查", s.vetting),
        ("审批权限", s.authority or NONE),
        ("人员状态", s.status, "脱密期", _period(s.declassification) or NONE),
    ])
    form.table("二、保密承诺书", (("序号", 14, True), ("承诺书类型", 86, True),
                                  ("签订日期", 86, True)),
               _numbered(s.commitments))
    hours = _total_hours(t[1] for t in s.trainings)
    form.table("三、保密教育培训", (("序号", 12, True), ("日期", 32, True), ("学时", 14, True),
                                    ("培训内容", 94, False), ("考核结果", 34, True)),
               _numbered(s.trainings),
               closing=f"合计：{len(s.trainings)} 次，共 {hours} 学时" if s.trainings else "")
    form.table("四、出国（境）审批", (("序号", 12, True), ("起止日期", 58, True),
                                      ("前往国家/地区", 50, False), ("审批人", 32, True),
                                      ("护照交回", 34, True)),
               _numbered(s.travels))
    form.table("五、复审记录", (("序号", 12, True), ("复审日期", 40, True), ("结论", 94, False),
                                ("复审人", 40, True)),
               _numbered(s.reviews), reserve=form.signature_height(PERSON_SIGNERS))
    form.signatures(PERSON_SIGNERS)
    return form.pdf()


def roster_pdf(rows: Iterable[RosterRow], unit_name: str, subtitle: str,
               marking: str = DEFAULT_MARKING) -> bytes:
    """涉密人员名册 as PDF bytes. ``rows`` (consumed once, in order) should come sorted by
    department: a department starts with a heading row and ends with its 合计 row; one
    that appears again later starts again."""
    form = _Form(ROSTER_TITLE, unit_name, subtitle, marking)
    grid = form.grid(ROSTER_COLUMNS, size=9, leading=11)
    head = grid.headings(ROSTER_COLUMNS)
    continuing: list[str] = []  # the department a new page continues, if any

    def resume() -> None:
        form.place(grid, head)
        if continuing:
            form.place(grid, grid.banner(f"{_dept(continuing[0])}（续）", shade=True))

    form.resume = resume
    everyone: Counter[str] = Counter()
    dept_counts: Counter[str] = Counter()
    departments = 0
    dept = None
    serial = 0
    total_height = grid.line_height + form.signature_height(ROSTER_SIGNERS)
    for row, following in _with_next(rows):
        serial += 1
        starts = serial == 1 or row.dept != dept
        ends = following is None or following.dept != row.dept
        cells = grid.layout([str(serial), row.name, row.badge, row.post, row.clearance,
                             row.clearance_since, row.status, row.next_review],
                            columns=ROSTER_COLUMNS)
        banner = grid.banner(_dept(row.dept), shade=True) if starts else None
        needed = cells.height + (banner.height if banner else 0) \
            + (grid.line_height if ends else 0) + (total_height if following is None else 0)
        continuing[:] = [] if starts else [row.dept]  # what a page break here resumes
        form.need(needed)
        if banner:
            form.place(grid, banner)
            dept, departments = row.dept, departments + 1
            dept_counts.clear()
        form.place(grid, cells)
        dept_counts[row.clearance] += 1
        everyone[row.clearance] += 1
        if ends:
            form.place(grid, grid.banner(
                f"{_dept_name(row.dept)} 合计：{dept_counts.total()} 人{_by_level(dept_counts)}",
                strong=False, align="right"))
    if not serial:
        form.need(grid.line_height + total_height)
        form.place(grid, grid.banner("（无记录）", align="centre", strong=False))
    form.place(grid, grid.banner(
        f"全部合计：{everyone.total()} 人，{departments} 个部门{_by_level(everyone)}",
        shade=True))
    form.end_table()
    form.signatures(ROSTER_SIGNERS)
    return form.pdf()


def training_record_pdf(rows: Iterable[TrainingRow], unit_name: str, subtitle: str,
                        marking: str = DEFAULT_MARKING) -> bytes:
    """保密教育培训记录 (form 9) as PDF bytes; ``rows`` are consumed once, in order."""
    form = _Form(TRAINING_TITLE, unit_name, subtitle, marking)
    grid = form.grid(TRAINING_COLUMNS, size=9, leading=11)
    head = grid.headings(TRAINING_COLUMNS)
    form.resume = lambda: form.place(grid, head)
    count = 0
    hours: list[str] = []
    people: set[tuple[str, str]] = set()
    closing = grid.line_height + form.signature_height(TRAINING_SIGNERS)
    for row, following in _with_next(rows):
        count += 1
        cells = grid.layout([row.dept, row.name, row.clearance, row.subject, row.held_on,
                             row.hours, row.result], columns=TRAINING_COLUMNS)
        form.need(cells.height + (closing if following is None else 0))
        form.place(grid, cells)
        hours.append(row.hours)
        people.add((row.dept, row.name))
    if not count:
        form.need(grid.line_height + closing)
        form.place(grid, grid.banner("（无记录）", align="centre", strong=False))
    form.place(grid, grid.banner(
        f"合计：{count} 人次（{len(people)} 人），共 {_total_hours(hours)} 学时", shade=True))
    form.end_table()
    form.signatures(TRAINING_SIGNERS)
    return form.pdf()


def leaving_sheet_pdf(sheet: LeavingSheet, marking: str = DEFAULT_MARKING) -> bytes:
    """离岗保密审查表 of one person as PDF bytes; ``marking`` at the top left."""
    form = _Form(LEAVING_TITLE, sheet.unit_name, "", marking)
    s = sheet
    form.key_values("一、基本情况", [
        ("姓名", s.name, "证卡号", s.badge),
        ("部门", s.dept, "岗位", s.post),
        ("涉密等级", s.clearance, "离岗类型", s.kind),
        ("离岗日期", s.leaving_on),
    ])
    carriers = s.carriers_returned
    form.table("二、涉密载体清退情况", (("序号", 14, True), ("载体编号", 52, True),
                                        ("密级标志", 50, True), ("处理情况", 70, False)),
               _numbered(carriers),
               closing=f"合计：{len(carriers)} 件" if carriers else "")
    signed = s.commitment_signed_on.strip() or BLANK_DATE
    form.text("三、保密承诺", [(LEAVING_UNDERTAKING, 4), (f"离岗保密承诺书签订日期：{signed}", 1)])
    form.text("四、脱密期", [(f"脱密期：{_period(s.declassification, blank=True)}", 2)])
    form.text("五、审查意见", [], min_height=22 * mm,
              reserve=form.signature_height(LEAVING_SIGNERS))
    form.signatures(LEAVING_SIGNERS)
    return form.pdf()


# -- columns -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    heading: str
    width: float  # millimetres at full page width (scaled to the content width)
    centred: bool = True
    max_lines: int = 2


ROSTER_COLUMNS = (
    Column("序号", 11), Column("姓名", 22), Column("证卡号", 30), Column("岗位", 39, False),
    Column("涉密等级", 17), Column("确定时间", 25), Column("状态", 17), Column("下次复审", 25),
)
TRAINING_COLUMNS = (  # form 9, exactly these columns in this order
    Column("部门", 30, False), Column("姓名", 20), Column("涉密等级", 17),
    Column("培训内容", 61, False, 3), Column("日期", 25), Column("学时", 12),
    Column("考核结果", 21),
)


# -- drawing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """A cell of a table row, possibly spanning several columns."""

    text: str
    span: int = 1
    align: str = "left"  # left / centre / right
    strong: bool = False  # heavier text: headings, labels, totals
    shade: bool = False
    max_lines: int = 2


@dataclass(frozen=True)
class _Placed:
    x0: float
    x1: float
    lines: list[str]
    cell: Cell


@dataclass(frozen=True)
class Row:
    """A measured row: its cells with their lines, and its height."""

    cells: tuple[_Placed, ...]
    height: float
    edges: tuple[float, ...]  # the inner vertical rules of the row


class Grid:
    """A table drawn one page at a time: rows are placed top-down, and the rules of the
    page (full-width horizontals, verticals per run of rows with the same cells, the
    frame) are drawn by :meth:`close`. Plain text goes out through one
    :class:`PageText`; headings, labels and totals are set heavier."""

    def __init__(self, canvas: Canvas, font: str, left: float, widths: Sequence[float],
                 size: float, leading: float, pad_x: float = PAD_X) -> None:
        self.canvas = canvas
        self.pad_x = pad_x
        self.font = font
        self.size = size
        self.leading = leading
        self.fit = TextFit(font, size)
        self.body = PageText(canvas, self.fit)
        self.edges = [left]
        for width in widths:
            self.edges.append(self.edges[-1] + width)
        self.line_height = leading + 2 * PAD_Y
        self._rules: list[float] = []
        self._runs: list[list] = []  # [edges, top, bottom] of rows sharing their verticals

    @property
    def width(self) -> float:
        return self.edges[-1] - self.edges[0]

    def layout(self, cells: Sequence[Cell | str], columns: Sequence[Column] = (),
               min_height: float = 0) -> Row:
        """Measure a row: each cell's text wrapped to its width and cut with … after its
        line limit. Plain strings take alignment and line limit from ``columns``."""
        placed, col = [], 0
        for n, cell in enumerate(cells):
            if isinstance(cell, str):
                spec = columns[n] if columns else Column("", 0)
                cell = Cell(cell, align="centre" if spec.centred else "left",
                            max_lines=spec.max_lines)
            x0, x1 = self.edges[col], self.edges[col + cell.span]
            col += cell.span
            lines = self.fit.lines(cell.text or "", x1 - x0 - 2 * self.pad_x, cell.max_lines)
            placed.append(_Placed(x0, x1, lines, cell))
        if col != len(self.edges) - 1:
            raise ValueError(f"a row of {col} columns in a table of {len(self.edges) - 1}")
        lines = max([1, *(len(p.lines) for p in placed)])
        height = max(min_height, lines * self.leading + 2 * PAD_Y)
        return Row(tuple(placed), height, tuple(p.x1 for p in placed[:-1]))

    def headings(self, columns: Sequence[Column]) -> Row:
        """The heading row of ``columns`` (shaded, heavier, centred)."""
        return self.layout([Cell(c.heading, align="centre", strong=True, shade=True)
                            for c in columns])

    def banner(self, text: str, shade: bool = False, strong: bool = True,
               align: str = "left") -> Row:
        """A row across the whole table: a department, a total, （无记录）."""
        return self.layout([Cell(text, span=len(self.edges) - 1, align=align, strong=strong,
                                 shade=shade, max_lines=1)])

    def place(self, row: Row, top: float) -> None:
        """Draw ``row`` with its top at ``top`` (text is queued until :meth:`close`)."""
        c = self.canvas
        if not self._rules:
            self._rules.append(top)
        bottom = top - row.height
        for p in row.cells:
            if p.cell.shade:
                c.saveState()
                c.setFillGray(SHADE)
                c.rect(p.x0, bottom, p.x1 - p.x0, row.height, stroke=0, fill=1)
                c.restoreState()
            y = top - row.height / 2 - 0.36 * self.size + (len(p.lines) - 1) * self.leading / 2
            placed = []
            for line in p.lines:
                x = p.x0 + self.pad_x
                if p.cell.align != "left":
                    room = p.x1 - p.x0 - 2 * self.pad_x - self.fit.width(line)
                    x += room / 2 if p.cell.align == "centre" else room
                placed.append((x, y, line))
                y -= self.leading
            if p.cell.strong:
                self.body.flush()  # the text stays in reading order in the PDF
                self._heavy(placed)
            else:
                for x, y, line in placed:
                    self.body.put(x, y, line)
        if self._runs and self._runs[-1][0] == row.edges:
            self._runs[-1][2] = bottom
        else:
            self._runs.append([row.edges, top, bottom])
        self._rules.append(bottom)

    def _heavy(self, placed: list[tuple[float, float, str]]) -> None:
        """Lines set a little heavier than the face (filled and stroked)."""
        c = self.canvas
        c.saveState()  # the text mode and line width must not leak
        text = c.beginText()
        text.setFont(self.font, self.size)
        text.setTextRenderMode(2)
        c.setLineWidth(self.size / 36)
        for x, y, line in placed:
            text.setTextOrigin(x, y)
            text.textOut(line)
        c.drawText(text)
        c.restoreState()

    def close(self) -> None:
        """Draw the queued text and the rules of this page's part of the table."""
        if not self._rules:
            return
        c = self.canvas
        self.body.flush()
        left, right = self.edges[0], self.edges[-1]
        top, bottom = self._rules[0], self._rules[-1]
        segments = [(left, y, right, y) for y in self._rules]
        segments += [(x, t, x, b) for edges, t, b in self._runs for x in edges]
        segments += [(left, top, left, bottom), (right, top, right, bottom)]
        c.setLineWidth(RULE)
        c.lines(segments)
        self._rules, self._runs = [], []


class _Form:
    """A portrait A4 form in the making: page furniture, section captions, tables that
    continue onto new pages (``resume`` redraws what such a page starts with),
    signatures."""

    def __init__(self, title: str, unit_name: str, subtitle: str, marking: str) -> None:
        self.rank = _rank(marking)
        self.marking: str | None = None  # the marking with its term, when the content gives one
        self.font = cjk_font()
        self.buf = io.BytesIO()
        self.canvas = Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1,
                             initialFontName=self.font)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(unit_name)
        self.pages = FormPages(self.canvas, self.font, unit_name, title, subtitle)
        self.left = self.pages.content_left
        self.width = self.pages.content_right - self.left
        self.y: float | None = None
        self.open: Grid | None = None  # the table open on this page
        self.resume: Callable[[], None] | None = None

    def grid(self, columns: Sequence[Column] | Sequence[float], size: float = 9.5,
             leading: float = 12.5, pad_x: float = PAD_X) -> Grid:
        """A table of ``columns`` (or widths in mm) scaled to the width of the page."""
        widths = [c.width if isinstance(c, Column) else c for c in columns]
        scale = self.width / sum(widths)
        return Grid(self.canvas, self.font, self.left, [w * scale for w in widths], size,
                    leading, pad_x)

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` fits under the current position."""
        if self.y is not None and self.y - height >= self.pages.content_bottom:
            return
        if self.open:
            self.open.close()
        if self.y is not None:
            self.pages.end_page()
        self.y = self.pages.start_page()
        if self.resume:
            self.resume()

    def place(self, grid: Grid, row: Row) -> None:
        assert self.y is not None
        grid.place(row, self.y)
        self.open = grid
        self.y -= row.height

    def end_table(self) -> None:
        if self.open:
            self.open.close()
        self.open = None
        self.resume = None
        if self.y is not None:
            self.y -= SECTION_GAP

    def caption(self, text: str) -> None:
        c = self.canvas
        c.saveState()
        text_obj = c.beginText(self.left, self.y - CAPTION_HEIGHT + 2.2 * mm)
        text_obj.setFont(self.font, CAPTION_SIZE)
        text_obj.setTextRenderMode(2)
        c.setLineWidth(CAPTION_SIZE / 36)
        text_obj.textOut(text)
        c.drawText(text_obj)
        c.restoreState()
        self.y -= CAPTION_HEIGHT

    def section(self, caption: str, grid: Grid, rows: list[Row], head: Row | None = None,
                closing: Row | None = None, reserve: float = 0) -> None:
        """A captioned table; on a new page it goes on under ``caption（续）`` with its
        headings. The caption never ends a page alone, nor the last row the table."""
        def resume() -> None:
            self.caption(f"{caption}（续）")
            if head:
                self.place(grid, head)

        for n, row in enumerate(rows):
            needed = row.height
            if n == len(rows) - 1:  # the closing row and what follows stay with the last row
                needed += (closing.height if closing else 0) + SECTION_GAP + reserve
            if n == 0:
                self.resume = None  # nothing continues on a new page yet
                self.need(CAPTION_HEIGHT + (head.height if head else 0) + needed)
                self.caption(caption)
                if head:
                    self.place(grid, head)
                self.resume = resume
            else:
                self.need(needed)
            self.place(grid, row)
        if closing:
            self.place(grid, closing)
        self.end_table()

    def key_values(self, caption: str, rows: list[tuple[str, ...]]) -> None:
        """基本情况: label | value | label | value rows; a row of one pair spans the width."""
        grid = self.grid((24, 69, 24, 69), size=10, leading=12.5)
        laid = []
        for row in rows:
            cells: list[Cell] = []
            pairs = list(zip(row[::2], row[1::2]))
            for label, value in pairs:
                span = 1 if len(pairs) == 2 else 3
                cells += [Cell(label, align="centre", strong=True, shade=True),
                          Cell(value, span=span)]
            laid.append(grid.layout(cells, min_height=8 * mm))
        self.section(caption, grid, laid)

    def table(self, caption: str, columns: Sequence[tuple[str, float, bool]],
              rows: list[list[str]], closing: str = "", reserve: float = 0) -> None:
        """A captioned table with headings; （无） spanning it when there are no rows."""
        cols = [Column(h, w, centred) for h, w, centred in columns]
        grid = self.grid(cols)
        laid = [grid.layout(r, columns=cols) for r in rows] or \
            [grid.banner(NONE, strong=False, align="centre")]
        close = grid.banner(closing, align="right") if closing else None
        self.section(caption, grid, laid, grid.headings(cols), close, reserve)

    def text(self, caption: str, paragraphs: Sequence[tuple[str, int]], min_height: float = 0,
             reserve: float = 0) -> None:
        """A captioned box of running text — paragraphs of at most so many lines each —
        or an empty box to write in."""
        grid = self.grid((1,), size=10, leading=15, pad_x=3 * mm)
        fit, width = grid.fit, grid.width - 2 * grid.pad_x
        lines = [line for text, most in paragraphs for line in fit.lines(text, width, most)]
        row = grid.layout([Cell("\n".join(lines), max_lines=len(lines))],
                          min_height=max(min_height, 10 * mm))
        self.section(caption, grid, [row], reserve=reserve)

    def signature_height(self, roles: Sequence[str]) -> float:
        return len(roles) * SIGN_STEP + 2 * mm

    def signatures(self, roles: Sequence[str]) -> None:
        """One signature line (with its date) per role, the lines aligned."""
        self.need(self.signature_height(roles))
        fit = TextFit(self.font, SIGN_SIZE)
        width = max(fit.width(f"{r}：") for r in roles)
        y = self.y
        for role in roles:
            y -= SIGN_STEP
            self.pages.signatures(y, [role], label_width=width)
        self.y = y

    def pdf(self) -> bytes:
        if self.y is None:
            self.need(0)
        if self.open:
            self.open.close()
        self.pages.end_page()
        self.pages.finish(self.marking or self.rank)
        save(self.canvas)
        return self.buf.getvalue()


# -- helpers -----------------------------------------------------------------------------


def _rank(marking: str) -> int:
    """The level rank of a marking word (绝密 3 … 内部 0); ValueError for anything else."""
    ranks = {word: rank for rank, word in LEVEL_WORDS.items()}
    if marking not in ranks:
        raise ValueError(f"marking must be one of {'/'.join(ranks)}, not {marking!r}")
    return ranks[marking]


def _numbered(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    return [[str(n), *row] for n, row in enumerate(rows, 1)]


def _period(text: str, blank: bool = False) -> str:
    """A 脱密期 as ``自…至…`` (the caller may give it with or without 自)."""
    text = text.strip()
    if not text:
        return f"自{BLANK_DATE}至{BLANK_DATE}" if blank else ""
    return text if text.startswith("自") or "至" not in text else f"自{text}"


def _dept_name(name: str) -> str:
    return " ".join(name.split()) or "（未填部门）"


def _dept(name: str) -> str:
    return f"部门：{_dept_name(name)}"


def _by_level(counts: Counter[str]) -> str:
    """（核心 2，重要 5，一般 5）: the clearances present, in their order."""
    order = [c for c in CLEARANCES if counts[c]] + sorted(c for c in counts if c not in CLEARANCES)
    parts = [f"{c or '未定'} {counts[c]}" for c in order if counts[c]]
    return f"（{'，'.join(parts)}）" if parts else ""


_NUMBER = re.compile(r"\s*(\d+(?:\.\d+)?)")


def _total_hours(hours: Iterable[str]) -> str:
    """The sum of 学时 texts (``2``, ``1.5``, ``2学时``); a text without a number adds 0."""
    total = Decimal(0)
    for text in hours:
        match = _NUMBER.match(text or "")
        if match:
            total += Decimal(match.group(1))
    return f"{total.normalize():f}"


T = TypeVar("T")


def _with_next(items: Iterable[T]) -> Iterator[tuple[T, T | None]]:
    """Each item with the one after it (None for the last): one item of look-ahead."""
    it = iter(items)
    try:
        current = next(it)
    except StopIteration:
        return
    for following in it:
        yield current, following
        current = following
    yield current, None
