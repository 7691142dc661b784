"""Form 2 and the lending printouts (借阅), as A4 PDFs.

- 涉密载体借阅登记表 (:func:`loans_register_pdf`): form 2, landscape, streamed like form 1
  — each row measured, a new page (headings repeated) when it does not fit, the last row
  on the page of 合计 and the signature lines.
- 借阅单 (:func:`lending_slip_pdf`): what the borrower signs at the counter — who, which
  carriers until when, the borrower's obligations.
- 催还通知 (:func:`overdue_notice_pdf`): one page per borrower with overdue carriers, a
  tear-off 回执 at the bottom.

Built on the personnel forms' :class:`~secdesk.printing.personnel_forms._Form` (page
flow, tables, signatures) and :class:`~secdesk.printing.layout.FormPages` (unit, title,
第 N 页 共 M 页, the marking of the content at the top left). Carriers carry their
level as the word 绝密/机密/秘密/内部, and may carry their marking (``机密★20年``) and issue
date: the top left then shows the highest level with its longest term (see
:class:`~secdesk.domain.carriers.terms.DocumentMarking`). The 催还通知 leaves the room: it
holds no title. Plain data in, PDF bytes out: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secdesk.domain.carriers.terms import DocumentMarking
from secdesk.printing.layout import LEVEL_WORDS, FormPages, Margins, TextFit
from secdesk.printing.personnel_forms import (
    NONE,
    SECTION_GAP,
    Cell,
    Column,
    _Form,
    _rank,
    _with_next,
)

REGISTER_TITLE = "涉密载体借阅登记表"
SLIP_TITLE = "涉密载体借阅单"
NOTICE_TITLE = "涉密载体催还通知"

REGISTER_SIGNERS = ("经手人", "保密工作负责人")
SLIP_SIGNERS = ("借阅人签名", "经手人")

OBLIGATIONS = (
    "借阅人须知：借阅的涉密载体不得转借他人，不得擅自复印、摘录、拍照，不得带出规定的阅读场所"
    "或携带外出；妥善保管，按期归还；绝密级载体只能在指定场所阅读，当日归还。如有遗失，立即报告。"
)
NOTICE_TEXT = "您借阅的下列涉密载体已超过应还日期，请于收到本通知后立即归还保密室。"
RECEIPT_TEXT = "回执：本人已收到催还通知。"
SEAL = "保密室（签章）"
BLANK_DATE = "____年__月__日"


# -- the data the services hand in -------------------------------------------------------


@dataclass(frozen=True)
class LoanRegisterRow:
    """One loan as form 2 lists it, in column order (序号 is counted, not given)."""

    lent_on: str  # 借阅日期, "2026-11-23"
    number: str  # 载体编号
    title: str  # 文件资料名称
    doc_no: str  # 文号或编号
    level: str  # 密级: 绝密 / 机密 / 秘密 / 内部
    copy_no: str  # 份号, "" for none
    borrower: str  # 借阅人, "张红（办公室）"
    purpose: str  # 借阅事由
    approver: str  # 批准人
    due_on: str  # 应还日期
    returned_on: str  # 实际归还日期, "" while out
    clerk: str  # 经手人
    remarks: str  # 备注, e.g. "逾期3天", "缺第5页"
    marking: str = ""  # the carrier's marking, "机密★20年": decides the term at the top left
    issued: str = ""  # its issue date (ISO), from which the term counts


@dataclass(frozen=True)
class SlipItem:
    """One carrier on a 借阅单."""

    number: str
    title: str
    level: str  # 绝密 / 机密 / 秘密 / 内部
    copy_no: str
    due_on: str
    reading_place: str  # 阅读地点, "" when not restricted
    approver: str = ""  # 批准人, "" when the level needs none
    approval_ref: str = ""  # 审批单号
    marking: str = ""  # the carrier's marking, "机密★20年"
    issued: str = ""  # its issue date (ISO)


@dataclass(frozen=True)
class LendingSlip:
    """借阅单: one borrower, the carriers handed over together."""

    unit_name: str
    slip_no: str  # "JY-20261123-0042"
    borrower_name: str
    dept: str
    badge: str  # 证卡号
    clearance: str  # 涉密等级: 核心 / 重要 / 一般
    clerk: str  # 经手人
    lent_at: str  # "2026-11-23 09:30"
    items: list[SlipItem]


@dataclass(frozen=True)
class OverdueItem:
    """One overdue carrier on a 催还通知; no title — the notice leaves the room."""

    number: str
    level: str  # 绝密 / 机密 / 秘密 / 内部
    copy_no: str  # 份号, "" for none
    lent_on: str
    due_on: str
    days_overdue: int
    marking: str = ""  # the carrier's marking, "机密★20年"
    issued: str = ""  # its issue date (ISO)


@dataclass(frozen=True)
class OverdueNotice:
    """催还通知 to one borrower."""

    unit_name: str
    borrower_name: str
    dept: str
    badge: str
    issued_on: str  # "2026年11月23日": the day the days overdue are counted to
    items: list[OverdueItem]


# -- columns (widths in millimetres, scaled to the content width) -------------------------

REGISTER_COLUMNS = (  # form 2, exactly these columns in this order
    Column("序号", 9), Column("借阅日期", 17), Column("载体编号", 26),
    Column("文件资料名称", 44, False, 3), Column("文号或编号", 29, False),
    Column("密级", 10), Column("份号", 9), Column("借阅人", 24, False),
    Column("借阅事由", 24, False, 3), Column("批准人", 14), Column("应还日期", 17),
    Column("实际归还日期", 20), Column("经手人", 14), Column("备注", 20, False, 3),
)
SLIP_COLUMNS = (
    Column("序号", 9), Column("载体编号", 29), Column("文件资料名称", 40, False, 3),
    Column("密级", 10), Column("份号", 9), Column("批准人", 14), Column("审批单号", 23, False, 2),
    Column("应还日期", 20), Column("阅读地点", 22, False, 2),
)
NOTICE_COLUMNS = (  # no 文件资料名称: the notice leaves the room
    Column("序号", 10), Column("载体编号", 36), Column("密级", 14), Column("份号", 14),
    Column("借阅日期", 25), Column("应还日期", 25), Column("逾期天数", 20),
)

REGISTER_SIZE, REGISTER_LEADING = 8, 10  # points: fourteen columns on a landscape page
SIGN_GAP = 11 * mm  # from the table to the baseline of a single line of signatures
SIGN_HEIGHT = SIGN_GAP + 3 * mm


# -- form 2 ------------------------------------------------------------------------------


def loans_register_pdf(rows: Iterable[LoanRegisterRow], unit_name: str, subtitle: str) -> bytes:
    """涉密载体借阅登记表 (form 2) as PDF bytes, A4 landscape.

    ``rows`` (any iterable) are consumed once, in order, and never held all at once. The
    marking at the top left is the highest level of the rows (内部 for none); an empty
    register is one page saying 无, still totalled and signed. A row whose level is not
    a level word is refused with ValueError.
    """
    form = _Form(REGISTER_TITLE, unit_name, subtitle, LEVEL_WORDS[0])
    _landscape(form, unit_name, REGISTER_TITLE, subtitle)
    grid = form.grid(REGISTER_COLUMNS, size=REGISTER_SIZE, leading=REGISTER_LEADING)
    head = grid.headings(REGISTER_COLUMNS)
    form.resume = lambda: form.place(grid, head)
    closing = grid.line_height + SECTION_GAP + SIGN_HEIGHT  # 合计 and the signatures
    highest = 0
    marking = DocumentMarking()
    count = 0
    for row, following in _with_next(rows):
        count += 1
        highest = max(highest, _level(row.level, f"row {count}"))
        count_marking(marking, row.level, row.marking, row.issued)
        cells = grid.layout([str(count), row.lent_on, row.number, row.title, row.doc_no,
                             row.level, row.copy_no, row.borrower, row.purpose, row.approver,
                             row.due_on, row.returned_on, row.clerk, row.remarks],
                            columns=REGISTER_COLUMNS)
        form.need(cells.height + (closing if following is None else 0))
        form.place(grid, cells)
    if not count:
        form.need(grid.line_height + closing)
        form.place(grid, grid.banner(NONE, align="centre", strong=False))
    form.place(grid, grid.banner(f"合计：{count} 次借阅", shade=True))
    form.end_table()
    form.pages.signatures(form.y - SIGN_GAP, REGISTER_SIGNERS)
    form.y -= SIGN_HEIGHT
    form.rank, form.marking = highest, marking.text
    return form.pdf()


def _landscape(form: _Form, unit_name: str, title: str, subtitle: str) -> None:
    """Turn a new :class:`_Form` (no page drawn yet) to A4 landscape, margins as form 1."""
    form.canvas.setPageSize(landscape(A4))
    form.pages = FormPages(form.canvas, form.font, unit_name, title, subtitle,
                           Margins(left=10 * mm, right=10 * mm))
    form.left = form.pages.content_left
    form.width = form.pages.content_right - form.left


# -- 借阅单 ------------------------------------------------------------------------------


def lending_slip_pdf(slip: LendingSlip) -> bytes:
    """涉密载体借阅单 as PDF bytes, A4 portrait: the borrower, the carriers (a long list
    goes on to a further page under its headings, each with its 批准人 and 审批单号),
    借阅人须知 and the signature lines of the borrower and the clerk. The marking is the
    highest level of the carriers with its longest term. ValueError for a slip without
    carriers or with an unknown level."""
    s = slip
    if not s.items:
        raise ValueError("a lending slip lists at least one carrier")
    highest = max(_level(item.level, f"item {n}") for n, item in enumerate(s.items, 1))
    form = _Form(SLIP_TITLE, s.unit_name, f"编号：{s.slip_no}", LEVEL_WORDS[highest])
    form.marking = items_marking(s.items)
    form.key_values("一、借阅人", [
        ("姓名", s.borrower_name, "部门", s.dept),
        ("证卡号", s.badge, "涉密等级", s.clearance),
        ("借阅时间", s.lent_at, "经手人", s.clerk),
    ])
    grid = form.grid(SLIP_COLUMNS)
    rows = [grid.layout([str(n), i.number, i.title, i.level, i.copy_no, i.approver or "—",
                         i.approval_ref or "—", i.due_on, i.reading_place], columns=SLIP_COLUMNS)
            for n, i in enumerate(s.items, 1)]
    notes_grid = form.grid((1,), size=10, leading=15, pad_x=3 * mm)
    notes = notes_grid.layout([Cell(OBLIGATIONS, max_lines=6)])
    after = notes.height + SECTION_GAP + form.signature_height(SLIP_SIGNERS)
    form.section("二、借阅载体", grid, rows, grid.headings(SLIP_COLUMNS),
                 grid.banner(f"合计：{len(rows)} 件", align="right"), reserve=after)
    form.need(after)
    form.place(notes_grid, notes)
    form.end_table()
    form.signatures(SLIP_SIGNERS)
    return form.pdf()


# -- 催还通知 ----------------------------------------------------------------------------

LETTER_SIZE = 12  # points: the salutation and the request
LETTER_LEADING = 7 * mm
SEAL_HEIGHT = 24 * mm  # 保密室（签章） and the date line under the table
RECEIPT_HEIGHT = 26 * mm  # the tear-off strip above the page number
RECEIPT_SIZE = 10.5


def overdue_notice_pdf(notices: Iterable[OverdueNotice]) -> bytes:
    """涉密载体催还通知 as PDF bytes, A4 portrait: one page per borrower (a very long list
    goes on to a further page), each notice numbered 第 N 页 共 M 页 on its own and marked
    with the highest level it lists (with its longest term), a tear-off 回执 at its foot.
    It leaves the room: number, 密级, 份号 and dates only, never a title. ValueError for no
    notices, a notice without carriers, or an unknown level."""
    form: _Notices | None = None
    for n, notice in enumerate(notices, 1):
        if not notice.items:
            raise ValueError(f"notice {n} ({notice.borrower_name}) lists no carriers")
        rank = max(_level(item.level, f"notice {n}") for item in notice.items)
        if form is None:
            form = _Notices()
        form.begin(notice.unit_name, rank, items_marking(notice.items))
        _notice(form, notice)
    if form is None:
        raise ValueError("no overdue notices to print")
    return form.pdf()


def _notice(form: _Notices, notice: OverdueNotice) -> None:
    """One notice: the letter, the table, the seal and date, the 回执 strip."""
    grid = form.grid(NOTICE_COLUMNS)
    head = grid.headings(NOTICE_COLUMNS)
    rows = [grid.layout([str(n), i.number, i.level, i.copy_no, i.lent_on, i.due_on,
                         str(i.days_overdue)], columns=NOTICE_COLUMNS)
            for n, i in enumerate(notice.items, 1)]
    total = grid.banner(f"共 {len(rows)} 件，逾期天数计至{notice.issued_on}",
                        strong=False, align="right")
    closing = total.height + SECTION_GAP + SEAL_HEIGHT + RECEIPT_HEIGHT
    letter = form.letter_lines(NOTICE_TEXT)
    form.need(form.letter_height(letter) + head.height + rows[0].height
              + (closing if len(rows) == 1 else 0))
    form.letter(f"{_person(notice.borrower_name, notice.dept, '同志')}：", letter)
    form.place(grid, head)
    form.resume = lambda: form.place(grid, head)
    for n, row in enumerate(rows, 1):
        form.need(row.height + (closing if n == len(rows) else 0))
        form.place(grid, row)
    form.place(grid, total)
    form.end_table()
    form.seal()
    form.receipt(f"借阅人：{_person(notice.borrower_name, notice.dept)}　　证卡号：{notice.badge}　　"
                 f"催还载体：{len(rows)} 件　　通知日期：{notice.issued_on}")


class _Renamed:
    """A canvas whose named forms (ReportLab XObjects) carry a prefix, so that each
    notice on one PDF defines its own 共 M 页 and marking through :class:`FormPages`."""

    def __init__(self, canvas: Canvas, prefix: str) -> None:
        self._canvas = canvas
        self._prefix = prefix

    def __getattr__(self, name: str):
        return getattr(self._canvas, name)

    def doForm(self, name: str) -> None:  # noqa: N802 - ReportLab's name
        self._canvas.doForm(self._prefix + name)

    def beginForm(self, name: str, *args, **kwargs) -> None:  # noqa: N802
        self._canvas.beginForm(self._prefix + name, *args, **kwargs)


class _Notices(_Form):
    """A :class:`_Form` holding one notice after another, each a document of its own:
    its own page numbers and marking, its own letter, seal and 回执."""

    def __init__(self) -> None:
        super().__init__(NOTICE_TITLE, "", "", LEVEL_WORDS[0])
        self.count = 0
        self.letter_fit = TextFit(self.font, LETTER_SIZE)

    def begin(self, unit_name: str, rank: int, marking: str | None = None) -> None:
        """Close the notice before (if any) and start the next one on a new page."""
        if self.count:
            if self.open:
                self.open.close()
                self.open = None
            self.pages.end_page()
            self.pages.finish(self.marking or self.rank)
        self.count += 1
        self.canvas.setAuthor(unit_name)
        self.pages = FormPages(_Renamed(self.canvas, f"n{self.count}_"), self.font, unit_name,
                               NOTICE_TITLE)
        self.rank, self.marking = rank, marking
        self.y = None
        self.resume = None

    def letter_lines(self, text: str) -> list[str]:
        """``text`` wrapped for the letter, its first line indented by two characters."""
        indent = 2 * LETTER_SIZE
        return self.letter_fit.lines(text, self.width - indent, 4)

    @staticmethod
    def letter_height(lines: list[str]) -> float:
        """The height :meth:`letter` takes: the salutation, ``lines``, the space around."""
        return (len(lines) + 1) * LETTER_LEADING + 7 * mm

    def letter(self, salutation: str, lines: list[str]) -> None:
        """The salutation, then the request indented under it."""
        c = self.canvas
        c.setFont(self.font, LETTER_SIZE)
        y = self.y - LETTER_LEADING - 2 * mm
        c.drawString(self.left, y, self.letter_fit.shorten(salutation, self.width))
        for n, line in enumerate(lines):
            y -= LETTER_LEADING
            c.drawString(self.left + (2 * LETTER_SIZE if n == 0 else 0), y, line)
        self.y -= self.letter_height(lines)

    def seal(self) -> None:
        """保密室（签章） and a date line to fill in, at the right under the table."""
        c = self.canvas
        c.setFont(self.font, LETTER_SIZE)
        right = self.left + self.width - 12 * mm
        c.drawRightString(right, self.y - 10 * mm, SEAL)
        c.drawRightString(right, self.y - 19 * mm, BLANK_DATE)
        self.y -= SEAL_HEIGHT

    def receipt(self, who: str) -> None:
        """The tear-off 回执 strip at the foot of the page, a dashed cutting line above it:
        the acknowledgement with lines to sign and date, and whose notice it answers."""
        c = self.canvas
        top = self.pages.content_bottom + RECEIPT_HEIGHT - 4 * mm
        left, right, middle = self.left, self.left + self.width, self.left + self.width / 2
        label = "（沿此线剪下，签名后交回保密室）"
        c.setFont(self.font, 8)
        gap = c.stringWidth(label, self.font, 8) / 2 + 2 * mm
        c.saveState()
        c.setDash(3, 2)
        c.setLineWidth(0.5)
        c.lines([(left, top, middle - gap, top), (middle + gap, top, right, top)])
        c.restoreState()
        c.drawCentredString(middle, top - 1, label)
        y = top - 9 * mm
        c.setFont(self.font, RECEIPT_SIZE)
        c.drawString(left, y, RECEIPT_TEXT)
        x = left + c.stringWidth(RECEIPT_TEXT, self.font, RECEIPT_SIZE) + 8 * mm
        for label, length in (("签名：", 40 * mm), ("日期：", 30 * mm)):
            c.drawString(x, y, label)
            x += c.stringWidth(label, self.font, RECEIPT_SIZE)
            c.line(x, y - 1, x + length, y - 1)
            x += length + 6 * mm
        c.setFont(self.font, 9)
        c.drawString(left, y - 7 * mm, TextFit(self.font, 9).shorten(who, self.width))
        self.y = self.pages.content_bottom


# -- helpers -----------------------------------------------------------------------------


def count_marking(marking: DocumentMarking, level: str, carrier_marking: str, issued: str) -> None:
    """Count one carrier in a document's marking: by its own marking when that agrees
    with its level word, else by the word alone."""
    marking.add_marking(carrier_marking if carrier_marking.startswith(level) else level, issued)


def items_marking(items) -> str | None:
    """The marking of a document listing ``items`` (each with ``level``, ``marking``, ``issued``)."""
    marking = DocumentMarking()
    for item in items:
        count_marking(marking, item.level, item.marking, item.issued)
    return marking.text


def _level(word: str, where: str) -> int:
    """The rank of a level word (绝密 3 … 内部 0); ValueError naming ``where`` otherwise."""
    try:
        return _rank(word)
    except ValueError as error:
        raise ValueError(f"{where}: {error}") from None


def _person(name: str, dept: str, suffix: str = "") -> str:
    """张红同志（办公室）: the name, then the department in brackets when there is one."""
    dept = " ".join(dept.split())
    return f"{name}{suffix}（{dept}）" if dept else f"{name}{suffix}"
