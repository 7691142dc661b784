"""Forms 7, 8 and 10: inventory, leak report, rectification notice, as A4 PDFs.

- 涉密载体清查记录 (:func:`inventory_pdf`, form 7): landscape, streamed like form 2 —
  清查日期, 范围, 清查人 above the table, every line counted against the register (a line
  that does not match says 不符 set heavier on a grey cell, with its 差异说明), the
  totals, signed by each 清查人 (two or more lines) and the 保密工作负责人. A count not
  finished carries 草稿（清点未完成） at the top right of every page.
- 泄密事件报告登记表 (:func:`incident_pdf`, form 8): portrait, one incident, a boxed table
  — the facts, then boxes for 简要经过, 已进行的查找工作, 已采取或拟采取的补救措施 that grow
  with their text (and go on over a page under ``…（续）``), 单位意见 with the signature
  inside, and the deadlines (报告时限, 查处结案期限). It leaves the room: it names the
  carrier by number, marking and form only — never a title.
- 保密工作整改通知书 and its 回执 (:func:`rectification_pdf`, form 10): the notice, then
  the receipt on a page of its own, numbered on its own and matched by the 编号, for the
  inspected department to report the rectification and the inspector to re-check it.

Built on :class:`~secdesk.printing.personnel_forms._Form` and the lending and lifecycle
forms' helpers (parts numbered on their own, draft stamp, streamed tables, signatures).
Every part carries the highest 密级 of its content at its top left. Plain data in, PDF
bytes out: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from secdesk.printing.layout import LEVEL_WORDS, TextFit
from secdesk.printing.lending_forms import _level, items_marking
from secdesk.printing.form_parts import (
    DATE_LINE,
    FACTS_HEIGHT,
    SIGN_LINE,
    Signer,
    _facts,
    _Parts,
    _sign_height,
    _signed,
    _stream,
    _Tally,
)
from secdesk.printing.lifecycle_forms import WIDE_LEADING, WIDE_SIZE
from secdesk.printing.personnel_forms import (
    PAD_Y,
    SECTION_GAP,
    SIGN_SIZE,
    Cell,
    Column,
    Grid,
    Row,
    _Form,
)

INVENTORY_TITLE = "涉密载体清查记录"
INCIDENT_TITLE = "泄密事件报告登记表"
NOTICE_TITLE = "保密工作整改通知书"
RECEIPT_TITLE = "保密工作整改通知书回执"

INVENTORY_DRAFT = "草稿（清点未完成）"
MATCH, MISMATCH = "相符", "不符"
MIN_CHECKERS = 2  # 清查 by two or more people: at least two lines to sign
CHIEF = "保密工作负责人"
NOTICE_NOTE = "请被检查部门按照整改要求认真整改，于整改期限前将整改情况填入回执，经责任人签字后交回。"


# -- the data the services hand in -------------------------------------------------------


@dataclass(frozen=True)
class InventoryLine:
    """One line of form 7, in column order (序号 is counted)."""

    number: str  # 载体编号
    title: str  # 文件资料名称
    level: str  # 密级: 绝密 / 机密 / 秘密 / 内部
    expected: int  # 应有数 (0 or 1)
    found: int  # 实有数 (0 or 1)
    matches: bool  # 账物是否相符: 相符 / 不符
    difference: str  # 差异说明, "未扫描到（下落不明）", "重复扫描2次", …
    action: str  # 处理措施, may be ""
    marking: str = ""  # the carrier's marking, "机密★20年": decides the term at the top left
    issued: str = ""  # its issue date (ISO)


@dataclass(frozen=True)
class InventorySheet:
    """涉密载体清查记录 (form 7): one count against the register."""

    number: str  # 编号, "PD-2026-003"
    unit: str
    scope: str  # 范围, "全部载体" / "存放位置：A柜" / "密级：机密"
    started: str  # "2026-11-23 09:10"
    finished: str  # "" while not finished
    checkers: tuple[str, ...]  # 清查人 (two or more; may be empty on a draft)
    lines: tuple[InventoryLine, ...]
    totals: tuple[tuple[str, int], ...]  # (("应有", 120), ("实有", 118), …) in order
    state: str = ""  # "" when finished; else (e.g. 进行中) the sheet is a draft


@dataclass(frozen=True)
class IncidentSheet:
    """泄密事件报告登记表 (form 8), one incident. No title field: the form leaves the room."""

    number: str  # 编号, "SJ-2026-001"
    unit: str  # 填报单位
    discovered_at: str  # 发现时间
    place: str  # 发现地点
    finder: str  # 发现人
    carrier_number: str  # 载体编号
    marking: str  # 密级标志 as printed, "机密★10年"
    level: str  # 密级 word: the marking at the top left
    form: str  # 载体形式, "纸介质 第2份 共5份" / "U盘"
    course: str  # 简要经过
    search_done: str  # 已进行的查找工作
    remedies: str  # 已采取或拟采取的补救措施
    report_due: str  # 报告时限, "2026-11-03 10:00"
    close_due: str  # 查处结案期限, "2027-02-02"
    opinion: str = ""  # 单位意见, "" for a box to write in
    issued: str = ""  # the carrier's issue date (ISO), from which its term counts


@dataclass(frozen=True)
class RectificationSheet:
    """保密工作整改通知书 (form 10) and its 回执."""

    number: str  # 编号, "ZG-2026-002"
    unit: str
    dept: str  # 被检查部门
    inspected_on: str  # 检查日期
    inspectors: str  # 检查人
    problems: str  # 存在问题
    requirements: str  # 整改要求
    due_on: str  # 整改期限
    issued_by: str  # 签发人
    issued_on: str  # 签发日期
    level: str = "内部"  # the marking at the top left
    report: str = ""  # 整改情况, "" for a box to write in
    report_on: str = ""
    recheck: str = ""  # 复查意见, "" for a box to write in
    recheck_on: str = ""


# -- form 7: 清查记录 --------------------------------------------------------------------

INVENTORY_COLUMNS = (  # form 7, exactly these columns in this order
    Column("序号", 10), Column("载体编号", 30), Column("文件资料名称", 58, False, 3),
    Column("密级", 11), Column("应有数", 13), Column("实有数", 13), Column("账物是否相符", 21),
    Column("差异说明", 62, False, 3), Column("处理措施", 46, False, 3),
)


def inventory_pdf(sheet: InventorySheet) -> bytes:
    """涉密载体清查记录 (form 7) as PDF bytes, A4 landscape: 清查日期, 范围, 清查人 and 编号
    above the table, one row per line (不符 heavier, on grey), the totals, the signatures of
    the 清查人 (at least two lines) and the 保密工作负责人. The marking is the highest level
    of the lines (内部 for none); a sheet with a ``state`` is stamped 草稿（清点未完成） on
    every page. ValueError for a line whose level is not a level word."""
    s = sheet
    form = _Parts(s.unit, INVENTORY_TITLE)
    form.begin(INVENTORY_TITLE, f"编号：{s.number}", 0, wide=True,
               stamp=INVENTORY_DRAFT if s.state.strip() else "")
    grid = form.grid(INVENTORY_COLUMNS, size=WIDE_SIZE, leading=WIDE_LEADING)
    total = grid.banner(_totals_text(s), shade=True)
    checkers = [("清查人", name, "") for name in _at_least(s.checkers, MIN_CHECKERS)]
    chief = [(CHIEF, "", "")]
    after = total.height + SECTION_GAP + _sign_height(form, checkers, chief)
    facts = [("清查日期", _period(s.started, s.finished)), ("范围", s.scope),
             ("清查人", "、".join(s.checkers))]
    tally = _Tally()
    _stream(form, grid, INVENTORY_COLUMNS, _inventory_cells(s.lines, tally), after,
            lead=lambda: _facts(form, facts), lead_height=FACTS_HEIGHT)
    form.place(grid, total)
    form.end_table()
    _signed(form, checkers, chief)
    form.rank, form.marking = tally.highest, tally.text
    return form.pdf()


def _inventory_cells(lines: Iterable[InventoryLine], tally: _Tally) -> Iterator[list]:
    """The cells of each line, in column order, its level counted in ``tally``."""
    for n, line in enumerate(lines, 1):
        tally.level(line.level, f"line {n}", line.marking, line.issued)
        yield [str(n), line.number, line.title, line.level, str(line.expected),
               str(line.found), _match_cell(line.matches), line.difference, line.action]


def _match_cell(matches: bool) -> Cell:
    """相符, or 不符 set heavier on a grey cell: found at a glance, also in black and white."""
    if matches:
        return Cell(MATCH, align="centre")
    return Cell(MISMATCH, align="centre", strong=True, shade=True)


def _totals_text(sheet: InventorySheet) -> str:
    """合计：应有 120，实有 118，相符 115，…; without totals, the number of lines."""
    if not sheet.totals:
        return f"合计：{len(sheet.lines)} 条"
    return "合计：" + "，".join(f"{label} {count}" for label, count in sheet.totals)


def _period(started: str, finished: str) -> str:
    """``2026-11-23 09:10 至 17:30`` (the date once when both are on one day), or
    ``… 起（未完成）`` while the count goes on."""
    started, finished = started.strip(), finished.strip()
    if not finished:
        return f"{started} 起（未完成）"
    day, _, time = finished.partition(" ")
    if time and started.startswith(day + " "):
        finished = time
    return f"{started} 至 {finished}"


def _at_least(names: Sequence[str], count: int) -> list[str]:
    """``names``, made up with blanks (lines to sign) to ``count``."""
    return [*names, *[""] * (count - len(names))]


# -- boxed tables (forms 8 and 10) -------------------------------------------------------

BOX_SIZE, BOX_LEADING = 10, 15  # points
BOX_PAD = 2.5 * mm  # the text of a box from its left rule
FACT_HEIGHT = 9 * mm  # a row of label | value cells
FOOT_HEIGHT = 13 * mm  # the signature line inside the foot of a box
MIN_SPLIT = 3  # a box goes on over a page only with this many lines before the break
MAX_BOX_LINES = 100_000  # a box prints its text whole, over as many pages as it takes


def _boxed(form: _Form, widths: Sequence[float]) -> Grid:
    """The grid of a boxed form: label | value columns, widths in millimetres."""
    return form.grid(widths, size=BOX_SIZE, leading=BOX_LEADING)


def _label(text: str) -> Cell:
    return Cell(text, align="centre", strong=True, shade=True, max_lines=6)


def _facts_row(form: _Form, grid: Grid, pairs: Sequence[tuple[str, str, int]]) -> None:
    """A row of label | value cells, each value spanning so many columns."""
    cells: list[Cell] = []
    for label, value, span in pairs:
        cells += [_label(label), Cell(value, span=span, max_lines=3)]
    row = grid.layout(cells, min_height=FACT_HEIGHT)
    form.need(row.height)
    form.place(grid, row)


def _note_row(form: _Form, grid: Grid, text: str) -> None:
    """A row across the whole table of plain text."""
    row = grid.layout([Cell(text, span=len(grid.edges) - 1, max_lines=4)],
                      min_height=FACT_HEIGHT)
    form.need(row.height)
    form.place(grid, row)


def _box(form: _Form, grid: Grid, label: str, text: str, min_height: float,
         footer: Signer | None = None, reserve: float = 0) -> None:
    """A row of ``label`` | a box of running text spanning the rest of the table, the text
    from the top, never cut: the box grows with it and, longer than the page, goes on at
    the top of the next page under ``label（续）``. ``footer`` (role, name, date) is a
    signature line inside the foot of the box; ``reserve`` is the room kept under the box
    for what must stay on its page."""
    fit = grid.fit
    lines = fit.lines(text, grid.edges[-1] - grid.edges[1] - 2 * BOX_PAD, MAX_BOX_LINES) \
        if text.strip() else []
    foot = FOOT_HEIGHT if footer else 0
    caption = label
    while True:
        height = max(min_height, len(lines) * BOX_LEADING + 2 * PAD_Y + foot)
        room = form.y - form.pages.content_bottom
        if height + reserve <= room:
            _box_row(form, grid, caption, lines, height, footer)
            return
        # As many lines as fill the page, and at least one for the next (with the foot).
        take = min(int((room - 2 * PAD_Y) // BOX_LEADING), len(lines) - 1)
        if take >= MIN_SPLIT and _label_height(grid, caption) <= room:
            _box_row(form, grid, caption, lines[:take], room, None)
            lines = lines[take:]
            caption = f"{label}（续）"
        form.need(room + 1)  # what is left goes on at the top of a new page


def _label_height(grid: Grid, label: str) -> float:
    return grid.layout([_label(label), Cell("", span=len(grid.edges) - 2)]).height


def _box_row(form: _Form, grid: Grid, label: str, lines: list[str], height: float,
             footer: Signer | None) -> None:
    """Place the row of a box ``height`` tall and set ``lines`` in it from the top."""
    row: Row = grid.layout([_label(label), Cell("", span=len(grid.edges) - 2)],
                           min_height=height)
    top = form.y
    form.place(grid, row)
    x = grid.edges[1] + BOX_PAD
    y = top - PAD_Y - BOX_LEADING / 2 - 0.36 * BOX_SIZE  # the first line as Grid sets it
    for line in lines:
        grid.body.put(x, y, line)
        y -= BOX_LEADING
    if footer:
        grid.body.flush()  # the signature line follows the text in reading order
        _sign_in_box(form, grid, top - row.height, footer)


def _sign_in_box(form: _Form, grid: Grid, bottom: float, signer: Signer) -> None:
    """``role：______  日期：______`` at the foot of a box, right-aligned in it; a known
    name or date is printed on its line, as :func:`_signed` does."""
    role, name, date = signer
    fit = TextFit(form.font, SIGN_SIZE)
    parts = ((f"{role}：", name, SIGN_LINE), ("日期：", date, DATE_LINE))
    gap = 4 * mm
    width = sum(fit.width(label) + length for label, _, length in parts) + gap
    x = grid.edges[-1] - BOX_PAD - width
    y = bottom + 4.5 * mm
    c = form.canvas
    c.setFont(form.font, SIGN_SIZE)
    for label, value, length in parts:
        c.drawString(x, y, label)
        x += fit.width(label)
        if value.strip():
            c.drawString(x + 1.5 * mm, y + 0.5, fit.shorten(value, length - 3 * mm))
        c.line(x, y - 1, x + length, y - 1)
        x += length + gap


# -- form 8: 泄密事件报告登记表 ----------------------------------------------------------

INCIDENT_WIDTHS = (21, 41, 21, 41, 21, 41)  # label | value three times
INCIDENT_BOX = 25 * mm
OPINION_BOX = 38 * mm


def incident_pdf(sheet: IncidentSheet) -> bytes:
    """泄密事件报告登记表 (form 8) as PDF bytes, A4 portrait: 填报单位 and 编号, when, where
    and by whom it was found, the carrier (number, marking, form — never a title), then
    boxes that grow with their text for 简要经过, 已进行的查找工作 and the remedies,
    单位意见 with the signature and date inside, and the deadlines 报告时限 and 查处结案期限.
    The marking at the top left is ``level``, with the term of ``marking`` when it agrees;
    ValueError if ``level`` is not a level word."""
    s = sheet
    rank = _level(s.level, "level")
    form = _Form(INCIDENT_TITLE, s.unit, f"编号：{s.number}", LEVEL_WORDS[rank])
    form.marking = items_marking([s])
    grid = _boxed(form, INCIDENT_WIDTHS)
    _facts_row(form, grid, [("填报单位", s.unit, 3), ("编号", s.number, 1)])
    _facts_row(form, grid, [("发现时间", s.discovered_at, 1), ("发现地点", s.place, 1),
                            ("发现人", s.finder, 1)])
    _facts_row(form, grid, [("载体编号", s.carrier_number, 1), ("密级", s.marking or s.level, 1),
                            ("载体形式", s.form, 1)])
    _box(form, grid, "简要经过", s.course, INCIDENT_BOX)
    _box(form, grid, "已进行的\n查找工作", s.search_done, INCIDENT_BOX)
    _box(form, grid, "已采取或\n拟采取的\n补救措施", s.remedies, INCIDENT_BOX)
    _box(form, grid, "单位意见", s.opinion, OPINION_BOX, footer=("负责人签字", "", ""),
         reserve=SECTION_GAP + FACTS_HEIGHT)
    form.end_table()
    _facts(form, [("报告时限", s.report_due), ("查处结案期限", s.close_due)])
    return form.pdf()


# -- form 10: 整改通知书 and 回执 --------------------------------------------------------

NOTICE_WIDTHS = (24, 69, 24, 69)  # label | value twice
NOTICE_BOX = 40 * mm
REPORT_BOX = 75 * mm
RECHECK_BOX = 50 * mm


def rectification_pdf(sheet: RectificationSheet) -> bytes:
    """保密工作整改通知书 (form 10) and its 回执 as one PDF, A4 portrait, each numbered
    on its own. The notice: 编号, 被检查部门, 检查日期, 检查人, 存在问题, 整改要求 (boxes that
    grow with their text), 整改期限, signed by the 签发人 with the date. The 回执, from a new
    page, matched by the same 编号: 整改情况 (the report, or a box to write in) signed by
    the 责任人, 复查意见 signed by the 复查人, each with its date. The marking at the top
    left of both is ``level``; ValueError if that is not a level word."""
    s = sheet
    rank = _level(s.level, "level")
    form = _Parts(s.unit, NOTICE_TITLE)
    _notice(form, s, rank)
    _receipt(form, s, rank)
    return form.pdf()


def _notice(form: _Parts, s: RectificationSheet, rank: int) -> None:
    """The notice: the inspection, the problems and requirements, the deadline, 签发人."""
    form.begin(NOTICE_TITLE, f"编号：{s.number}", rank)
    grid = _boxed(form, NOTICE_WIDTHS)
    _facts_row(form, grid, [("编号", s.number, 1), ("被检查部门", s.dept, 1)])
    _facts_row(form, grid, [("检查日期", s.inspected_on, 1), ("检查人", s.inspectors, 1)])
    _box(form, grid, "存在问题", s.problems, NOTICE_BOX)
    signers = [("签发人", s.issued_by, s.issued_on)]
    closing = 2 * FACT_HEIGHT + SECTION_GAP + _sign_height(form, signers)
    _box(form, grid, "整改要求", s.requirements, NOTICE_BOX, reserve=closing)
    _facts_row(form, grid, [("整改期限", s.due_on, 3)])
    _note_row(form, grid, NOTICE_NOTE)
    form.end_table()
    _signed(form, signers)


def _receipt(form: _Parts, s: RectificationSheet, rank: int) -> None:
    """The 回执: the report of the rectification and the re-check, each signed and dated."""
    form.begin(RECEIPT_TITLE, f"编号：{s.number}", rank)
    grid = _boxed(form, NOTICE_WIDTHS)
    _facts_row(form, grid, [("编号", s.number, 1), ("被检查部门", s.dept, 1)])
    _facts_row(form, grid, [("检查日期", s.inspected_on, 1), ("整改期限", s.due_on, 1)])
    _box(form, grid, "整改情况", s.report, REPORT_BOX, footer=("责任人签字", "", s.report_on))
    _box(form, grid, "复查意见", s.recheck, RECHECK_BOX, footer=("复查人签字", "", s.recheck_on))
    form.end_table()
