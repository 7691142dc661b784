"""Forms 3 to 6: copying, carrying out, transfer and recovery, destruction, as A4 PDFs.

- 涉密载体销毁审批表 and 涉密载体销毁清单 (:func:`destruction_pdf`, form 6): the approval
  (portrait) — department, number, the count by type, reason, method, place, date,
  approval reference, signed by the applicant and the approver — and then the list
  (landscape) of every carrier, 合计 by type, signed by each 监销人 (two or more), the
  销毁人 and the 接收人 of the destruction unit. A sheet not yet approved, or withdrawn,
  carries 草稿（未经批准） or 已撤销 at the top right of every page.
- 涉密载体复制登记表 (:func:`copy_register_pdf`, form 3): landscape, streamed like form 2.
- 涉密载体外出携带审批表 (:func:`outing_pdf`, form 4): portrait, one per outing. It leaves
  the room with the carriers, so it lists number, marking, type and 份号 — never a title.
- 涉密载体移交登记表 / 清退登记表 (:func:`transfer_pdf`, form 5): landscape, and then the
  回执 on a page of its own for the receiver to sign, seal and bring back — matched by
  the sheet number, and without titles, as it leaves the room.
- 年度涉密载体清退清单 (:func:`clearance_list_pdf`): the yearly 清退 list, form 5 columns.

Each form is numbered on its own: the approval and the list of a destruction, and the
transfer form and its 回执, each count 第 N 页 共 M 页 from 1, so that a part can be
filed or handed over alone. Every part carries the highest 密级 of the carriers at its
top left, with the longest term when the carriers' markings are given (``机密★20年``).
Tables stream like form 2: each row is measured, a page is started (headings repeated)
when it does not fit, cells wrap and are cut with … after their line limit,
and the last row shares its page with the totals and the signature lines.

Built on :class:`~secdesk.printing.personnel_forms._Form`, the lending forms' helpers
and the shared drawing of :mod:`~secdesk.printing.form_parts`. Plain data in, PDF bytes
out: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from secdesk.domain.carriers.model import OTHER_UNIT, TYPE_UNITS
from secdesk.printing.form_parts import (
    FACTS_HEIGHT,
    Signer,
    _facts,
    _note,
    _Parts,
    _seal_line,
    _sign_height,
    _signed,
    _statement,
    _statement_height,
    _statement_lines,
    _stream,
    _Tally,
)
from secdesk.printing.layout import LEVEL_WORDS, TextFit
from secdesk.printing.lending_forms import BLANK_DATE, _landscape, _level, items_marking
from secdesk.printing.personnel_forms import (
    NONE,
    SECTION_GAP,
    Cell,
    Column,
    Grid,
    Row,
    _Form,
)


APPROVAL_TITLE = "涉密载体销毁审批表"
DESTRUCTION_LIST_TITLE = "涉密载体销毁清单"
COPY_TITLE = "涉密载体复制登记表"
OUTING_TITLE = "涉密载体外出携带审批表"
TRANSFER_KINDS = ("移交", "清退")

APPROVED_STATES = ("已批准", "已执行")
DRAFT_STATE, DRAFT_MARK = "草稿", "草稿（未经批准）"

COPY_SIGNERS = ("经手人", "保密工作负责人")
OUTING_SIGNERS = ("使用人签字", "审批人签字")
MIN_SUPERVISORS = 2  # 由两人以上监销
CHECKED_BY = "检查人：________________　　　检查日期：" + BLANK_DATE


# -- the data the services hand in -------------------------------------------------------


@dataclass(frozen=True)
class DestructionLine:
    """One carrier on the 销毁清单, in form 6 column order (序号 is counted)."""

    number: str  # 载体编号
    title: str  # 文件资料名称
    origin_unit: str  # 制作发文单位
    ctype: str  # 载体类别 (a key of TYPE_UNITS)
    doc_no: str  # 文号或编号 (media: 保密编号/序列号)
    level: str  # 密级: 绝密 / 机密 / 秘密 / 内部
    extent: str  # 页数或容量
    quantity: int  # 份数或数量 (usually 1)
    custodian: str  # 保管人
    marking: str = ""  # the carrier's marking, "机密★20年": decides the term at the top left
    issued: str = ""  # its issue date (ISO)


@dataclass(frozen=True)
class DestructionSheet:
    """One destruction batch: the approval and the list."""

    unit_name: str
    batch_no: str  # 编号, "XH-2026-003"
    dept: str  # 所属部门
    state: str  # 草稿 / 已批准 / 已执行 / 已撤销
    reason: str  # 销毁原因
    method: str  # 销毁方式: 粉碎 / 焚烧 / 消磁 / 物理损毁 / 送销毁工作机构
    place: str  # 销毁地点, or the destruction unit
    destroy_on: str  # 销毁日期, "" for a line to fill in
    applicant: str  # 申请人
    approver: str  # 批准人, "" while a draft
    approved_on: str  # 批准日期
    approval_ref: str  # 审批文号
    supervisors: tuple[str, ...]  # 监销人 (two or more); blank lines make up two
    destroyer: str  # 销毁人
    receiver: str  # 接收人 of the destruction unit, may be ""
    lines: tuple[DestructionLine, ...]


@dataclass(frozen=True)
class CopyRow:
    """One copying job, form 3 (序号 is counted)."""

    copied_on: str  # 复制日期
    applicant: str  # 申请人
    dept: str  # 部门
    source_number: str  # 载体编号 of the source
    title: str  # 文件资料名称
    copies: int  # 份数
    pages_each: str  # 每份总页数, "" for media
    level: str  # 密级: 绝密 / 机密 / 秘密 / 内部
    new_numbers: str  # the new 载体编号, "BMS-2026-0000012 至 BMS-2026-0000014（第6-8份）"
    purpose: str  # 复制用途
    maker: str  # 承制单位
    approver: str  # 批准人
    clerk: str  # 经手人
    marking: str = ""  # the source's marking, "机密★20年"
    issued: str = ""  # its issue date (ISO)


@dataclass(frozen=True)
class OutingItem:
    """One carrier taken out; no title — the form leaves the room with the carrier."""

    number: str  # 载体编号
    level: str  # 密级 word: decides the marking at the top left
    marking: str  # 密级标志 as printed, "机密★20年"
    ctype: str  # 载体类别
    copy_text: str  # 份号, "第3份 共5份"
    issued: str = ""  # the issue date (ISO), from which the term counts


@dataclass(frozen=True)
class OutingSheet:
    """涉密载体外出携带审批表 (form 4), one per outing."""

    unit_name: str
    sheet_no: str  # 编号, "WC-2026-002"
    applied_on: str  # 申请日期
    dept: str  # 责任部门
    handler: str  # 经办人 / 使用人
    destination: str  # 外出地点
    return_on: str  # (expected) 返回日期
    purpose: str  # 用途
    approval: str  # 部门领导审批意见, "同意。批准人：李建国，审批文号：保审〔2026〕12号"
    return_check: str  # 返回检查情况, "" for lines to fill in
    remarks: str  # 备注
    items: tuple[OutingItem, ...]


@dataclass(frozen=True)
class TransferLine:
    """One carrier handed over or returned, form 5 column order (序号 is counted)."""

    number: str  # 载体编号
    title: str  # 文件资料名称
    doc_no: str  # 文号或编号
    level: str  # 密级: 绝密 / 机密 / 秘密 / 内部
    term: str  # 保密期限, "20年" / "2027年6月30日" (a bare ★: the level's maximum)
    copies: str  # 份数: a count, "1"
    source: str  # 来源
    date: str  # 日期
    handed_by: str  # 移交人 / 清退人
    receiver: str  # 接收人
    remarks: str  # 备注
    copy_no: str = ""  # 份号, "第2份 共5份": printed in 备注 (form 5 has no 份号 column)
    marking: str = ""  # the carrier's marking, "机密★20年"
    issued: str = ""  # its issue date (ISO)


@dataclass(frozen=True)
class TransferSheet:
    """One 移交 or 清退: the form 5 register and its 回执."""

    unit_name: str
    kind: str  # 移交 / 清退
    sheet_no: str  # "YJ-2026-001" / "QT-2026-001"
    to_unit: str  # 接收单位
    receiver: str  # 接收人
    witness: str  # 监交人
    handed_by: str  # 移交人 / 清退人
    on: str  # the day of the transfer
    lines: tuple[TransferLine, ...]
    channel: str = ""  # 传递方式: 专人送达 / 机要交通 / 机要通信 (blank: not recorded)


# -- columns (widths in millimetres, scaled to the content width) -------------------------

DESTRUCTION_COLUMNS = (  # form 6, exactly these columns in this order
    Column("序号", 9), Column("载体编号", 31), Column("文件资料名称", 58, False, 3),
    Column("制作发文单位", 32, False), Column("载体类别", 17), Column("文号或编号", 35, False),
    Column("密级", 11), Column("页数或容量", 20), Column("份数或数量", 20), Column("保管人", 17),
)
COPY_COLUMNS = (  # form 3: under the header fields 申请人, 部门 — the source, the copies, the approval
    Column("序号", 8), Column("载体编号", 28), Column("文件资料名称", 46, False, 3), Column("份数", 10),
    Column("每份总页数", 16), Column("密级", 10), Column("新载体编号", 50, False, 3),
    Column("复制用途", 28, False, 3), Column("承制单位", 22, False), Column("批准人", 15),
    Column("复制日期", 17), Column("经手人", 15),
)
OUTING_COLUMNS = (  # 密级 | 载体编号, as form 4 orders them
    Column("序号", 12), Column("密级", 42), Column("载体编号", 48), Column("载体类别", 30),
    Column("份号", 42),
)
RECEIPT_COLUMNS = (
    Column("序号", 14), Column("载体编号", 62), Column("密级", 30), Column("份号", 50),
    Column("份数", 30),
)
APPROVAL_COUNT_COLUMNS = (Column("序号", 14), Column("载体类别", 86), Column("数量", 86))


def transfer_columns(kind: str) -> tuple[Column, ...]:
    """Form 5 columns, exactly in this order; the hander's column is 移交人 or 清退人."""
    return (
        Column("序号", 8), Column("载体编号", 28), Column("文件资料名称", 47, False, 3),
        Column("文号或编号", 30, False), Column("密级", 10), Column("保密期限", 21),
        Column("份数", 20), Column("来源", 24, False), Column("日期", 18),
        Column(f"{kind}人", 14), Column("接收人", 14), Column("备注", 22, False, 3),
    )


WIDE_SIZE, WIDE_LEADING = 8.5, 10.5  # points: the landscape tables
COPY_SIZE, COPY_LEADING = 8, 10  # fourteen columns, as form 2
DETAIL_COLUMNS = (22, 116, 22, 117)  # label | value | label | value under the list
DETAIL_HEIGHT = 8 * mm


# -- totals ------------------------------------------------------------------------------


def type_totals(lines: Iterable[DestructionLine]) -> list[tuple[str, int, str]]:
    """[(载体类别, total quantity, unit word)] in TYPE_UNITS order, only the types present;
    a type not in TYPE_UNITS follows, in order of appearance, counted in 件."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.ctype] = counts.get(line.ctype, 0) + line.quantity
    order = [t for t in TYPE_UNITS if t in counts] + [t for t in counts if t not in TYPE_UNITS]
    return [(t, counts[t], TYPE_UNITS.get(t, OTHER_UNIT)) for t in order]


def totals_text(lines: Iterable[DestructionLine]) -> str:
    """``纸介质 3份，U盘 1个``: the quantities by type, in TYPE_UNITS order."""
    return "，".join(f"{ctype} {total}{unit}" for ctype, total, unit in type_totals(lines))


def _amount(lines: Sequence[DestructionLine]) -> str:
    """``共 6 件（纸介质 3份，U盘 2个，光盘 1张）``: the carriers (one per 载体编号) and
    the quantities by type."""
    return f"共 {len(lines)} 件（{totals_text(lines)}）"


# -- form 6: 销毁审批表 and 销毁清单 ---------------------------------------------------------


def destruction_pdf(sheet: DestructionSheet) -> bytes:
    """涉密载体销毁审批表 (portrait) and 涉密载体销毁清单 (landscape, from a new page) as
    one PDF; each part numbered on its own. A sheet neither 已批准 nor 已执行 is marked
    (草稿（未经批准）, 已撤销) at the top right of every page. ValueError for a sheet
    without carriers or with an unknown level."""
    s = sheet
    if not s.lines:
        raise ValueError("a destruction sheet lists at least one carrier")
    rank = max(_level(line.level, f"line {n}") for n, line in enumerate(s.lines, 1))
    marking = items_marking(s.lines)
    stamp = _state_mark(s.state)
    amount = _amount(s.lines)
    form = _Parts(s.unit_name, APPROVAL_TITLE)

    # Part 1: the approval.
    form.begin(APPROVAL_TITLE, f"编号：{s.batch_no}", rank, stamp=stamp, marking=marking)
    form.key_values("一、基本情况", [
        ("所属部门", s.dept, "编号", s.batch_no),
        ("载体数量", amount),
        ("销毁原因", s.reason),
        ("销毁方式", s.method, "销毁地点", s.place),
        ("销毁日期", s.destroy_on or BLANK_DATE, "审批文号", s.approval_ref),
        ("附件", f"{DESTRUCTION_LIST_TITLE}（编号：{s.batch_no}），共 {len(s.lines)} 件"),
    ])
    form.table("二、销毁载体数量", [(c.heading, c.width, c.centred) for c in APPROVAL_COUNT_COLUMNS],
               [[str(n), ctype, f"{total}{unit}"]
                for n, (ctype, total, unit) in enumerate(type_totals(s.lines), 1)],
               closing=f"合计：{amount}")
    approval_signers = [("申请人", s.applicant, ""), ("批准人", s.approver, s.approved_on)]
    form.text("三、审批意见", [], min_height=30 * mm,
              reserve=_sign_height(form, approval_signers))
    _signed(form, approval_signers)

    # Part 2: the list.
    form.begin(DESTRUCTION_LIST_TITLE, f"编号：{s.batch_no}", rank, wide=True, stamp=stamp,
               marking=marking)
    grid = form.grid(DESTRUCTION_COLUMNS, size=WIDE_SIZE, leading=WIDE_LEADING)
    total = grid.banner(f"合计：{amount}", shade=True)
    details_grid = form.grid(DETAIL_COLUMNS, size=9.5, leading=12)
    details = [_details(details_grid, pairs) for pairs in (
        [("销毁原因", s.reason)],
        [("销毁方式", s.method), ("销毁地点", s.place)],
        [("销毁日期", s.destroy_on or BLANK_DATE), ("审批文号", s.approval_ref)],
    )]
    supervisors = [*s.supervisors, *[""] * (MIN_SUPERVISORS - len(s.supervisors))]
    watching = [("监销人", name, "") for name in supervisors]
    doing = [("销毁人", s.destroyer, ""), ("接收人", s.receiver, "")]
    after = total.height + sum(r.height for r in details) + SECTION_GAP \
        + _sign_height(form, watching, doing)
    rows = ([str(n), line.number, line.title, line.origin_unit, line.ctype, line.doc_no,
             line.level, line.extent, f"{line.quantity}{TYPE_UNITS.get(line.ctype, OTHER_UNIT)}",
             line.custodian] for n, line in enumerate(s.lines, 1))
    _stream(form, grid, DESTRUCTION_COLUMNS, rows, after,
            lead=lambda: _facts(form, [("所属部门", s.dept)]), lead_height=FACTS_HEIGHT)
    form.place(grid, total)
    grid.close()  # the details go straight on under the list, as one frame
    for row in details:
        form.place(details_grid, row)
    form.end_table()
    _signed(form, watching, doing)
    return form.pdf()


def _state_mark(state: str) -> str:
    """What a sheet not (yet) in force says at the top right: "" once approved."""
    state = state.strip()
    if state in APPROVED_STATES:
        return ""
    if state == DRAFT_STATE or not state:
        return DRAFT_MARK
    return state if state.startswith("已") else f"{state}（未经批准）"


def _details(grid: Grid, pairs: list[tuple[str, str]]) -> Row:
    """A row of label | value pairs; a single pair spans the row."""
    cells: list[Cell] = []
    for label, value in pairs:
        cells += [Cell(label, align="centre", strong=True, shade=True),
                  Cell(value, span=1 if len(pairs) == 2 else 3)]
    return grid.layout(cells, min_height=DETAIL_HEIGHT)


# -- form 3: 复制登记表 ------------------------------------------------------------------


def copy_register_pdf(rows: Iterable[CopyRow], unit_name: str, subtitle: str,
                      applicant: str = "", dept: str = "") -> bytes:
    """涉密载体复制登记表 (form 3) as PDF bytes, A4 landscape. 申请人 and 部门 are header
    fields: given (the form of one job), they stand above the table; a row of another
    applicant (a period's register) opens a band naming its 申请人 and 部门, kept on the
    page with the row. ``rows`` are consumed once, in order; the marking is the highest
    level of the rows with its longest term (内部 for none). ValueError for a row whose
    level is not a level word."""
    form = _Form(COPY_TITLE, unit_name, subtitle, LEVEL_WORDS[0])
    _landscape(form, unit_name, COPY_TITLE, subtitle)
    grid = form.grid(COPY_COLUMNS, size=COPY_SIZE, leading=COPY_LEADING)
    tally = _Tally()
    header = (applicant.strip(), dept.strip())

    def cells():
        current = header if any(header) else None
        for n, row in enumerate(rows, 1):
            tally.level(row.level, f"row {n}", row.marking, row.issued)
            tally.copies += row.copies
            cells = [str(n), row.source_number, row.title, str(row.copies), row.pages_each, row.level,
                     _range(row.new_numbers), row.purpose, row.maker, row.approver, row.copied_on,
                     row.clerk]
            if (row.applicant, row.dept) != current:
                current = (row.applicant, row.dept)
                yield grid.banner(_applicant(*current), shade=True), cells
            else:
                yield cells

    signers = [[(role, "", "")] for role in COPY_SIGNERS]  # side by side
    after = grid.line_height + SECTION_GAP + _sign_height(form, *signers)
    facts = [("申请人", header[0]), ("部门", header[1])]
    count = _stream(form, grid, COPY_COLUMNS, cells(), after,
                    lead=(lambda: _facts(form, facts)) if any(header) else None,
                    lead_height=FACTS_HEIGHT if any(header) else 0)
    form.place(grid, grid.banner(f"合计：{count} 次复制，共复制 {tally.copies} 份", shade=True))
    form.end_table()
    _signed(form, *signers)
    form.rank, form.marking = tally.highest, tally.text
    return form.pdf()


def _applicant(name: str, dept: str) -> str:
    """The band over a period's jobs of one applicant: ``申请人：张红　　部门：办公室``."""
    return f"申请人：{name or '—'}　　部门：{dept or '—'}"


def _range(numbers: str) -> str:
    """``A 至 B（…）`` with a line break after 至, so that no 载体编号 is split."""
    return numbers.replace(" 至 ", " 至\n") if "\n" not in numbers else numbers


# -- form 4: 外出携带审批表 --------------------------------------------------------------


def outing_pdf(sheet: OutingSheet) -> bytes:
    """涉密载体外出携带审批表 (form 4) as PDF bytes, A4 portrait: the outing, the carriers
    (marking, number, type, 份号 — never a title), 用途, the approval, the check on return,
    signed by the user and the approver. ValueError for a sheet without carriers or with
    an unknown level."""
    s = sheet
    if not s.items:
        raise ValueError("an outing sheet lists at least one carrier")
    rank = max(_level(item.level, f"item {n}") for n, item in enumerate(s.items, 1))
    form = _Form(OUTING_TITLE, s.unit_name, f"编号：{s.sheet_no}", LEVEL_WORDS[rank])
    form.marking = items_marking(s.items)
    form.key_values("一、基本情况", [
        ("申请日期", s.applied_on, "编号", s.sheet_no),
        ("责任部门", s.dept, "经办人", s.handler),
        ("外出地点", s.destination, "返回日期", s.return_on),
    ])
    form.table("二、携带载体", [(c.heading, c.width, c.centred) for c in OUTING_COLUMNS],
               [[str(n), i.marking, i.number, i.ctype, i.copy_text]
                for n, i in enumerate(s.items, 1)],
               closing=f"合计：{len(s.items)} 件")
    form.text("三、用途", [(s.purpose or NONE, 3)])
    form.text("四、部门领导审批意见", [(s.approval, 3)] if s.approval.strip() else [],
              min_height=16 * mm)
    grid = form.grid((1,), size=10, leading=15, pad_x=3 * mm)
    check = grid.layout([Cell(s.return_check, max_lines=4)], min_height=18 * mm)
    form.section("五、返回检查情况", grid, [check, grid.layout([Cell(CHECKED_BY)], min_height=9 * mm)])
    signers = [(OUTING_SIGNERS[0], s.handler, ""), (OUTING_SIGNERS[1], "", "")]
    form.text("六、备注", [(s.remarks or NONE, 2)], reserve=_sign_height(form, signers))
    _signed(form, signers)
    return form.pdf()


# -- form 5: 移交 / 清退 登记表, 回执, 年度清退清单 ------------------------------------------


def transfer_pdf(sheet: TransferSheet) -> bytes:
    """涉密载体移交登记表 or 清退登记表 (form 5, landscape) and then its 回执 (portrait,
    numbered on its own): what the receiver signs, seals and brings back, matched by the
    sheet number; the 回执 lists number, level and 份数 only — no title. ValueError for
    a sheet without carriers, an unknown kind or level."""
    s = sheet
    if s.kind not in TRANSFER_KINDS:
        raise ValueError(f"kind must be one of {'/'.join(TRANSFER_KINDS)}, not {s.kind!r}")
    if not s.lines:
        raise ValueError(f"a {s.kind} sheet lists at least one carrier")
    rank = max(_level(line.level, f"line {n}") for n, line in enumerate(s.lines, 1))
    marking = items_marking(s.lines)
    title = f"涉密载体{s.kind}登记表"
    form = _Parts(s.unit_name, title)
    form.begin(title, f"编号：{s.sheet_no}", rank, wide=True, marking=marking)
    _transfer_table(form, s.kind, iter(s.lines),
                    [[(f"{s.kind}人", s.handed_by, ""), ("监交人", s.witness, "")],
                     [("接收人", s.receiver, "")]],
                    [("接收单位", s.to_unit), (f"{s.kind}日期", s.on or BLANK_DATE),
                     *([("传递方式", s.channel)] if s.channel else [])])

    count = len(s.lines)
    form.begin(f"涉密载体{s.kind}回执", f"编号：{s.sheet_no}", rank, marking=marking)
    grid = form.grid(RECEIPT_COLUMNS)
    statement = _statement_lines(form, f"兹收到{s.unit_name}{s.kind}的涉密载体共{count}件，清点无误。")
    signers = [("接收人签名", s.receiver, "")]
    return_note = (f"请接收单位清点核对无误后签名、盖章，将本回执交回{s.unit_name}保密室，"
                   f"凭编号{s.sheet_no}与{s.kind}登记表核对。")
    note_lines = TextFit(form.font, 9).lines(return_note, form.width, 3)
    seal_height = 16 * mm
    after = grid.line_height + SECTION_GAP + seal_height + _sign_height(form, signers) \
        + (len(note_lines) + 1) * 5 * mm
    rows = ([str(n), line.number, line.level, line.copy_no, line.copies]
            for n, line in enumerate(s.lines, 1))
    _stream(form, grid, RECEIPT_COLUMNS, rows, after,
            lead=lambda: _statement(form, statement),
            lead_height=_statement_height(statement))
    form.place(grid, grid.banner(f"合计：{count} 件", align="right"))
    form.end_table()
    _seal_line(form, f"接收单位（盖章）：{s.to_unit}", seal_height)
    _signed(form, signers)
    _note(form, note_lines)
    return form.pdf()


def clearance_list_pdf(lines: Iterable[TransferLine], unit_name: str, issuer: str,
                       year: int) -> bytes:
    """``{year}年度涉密载体清退清单``: the carriers to return to ``issuer``, form 5 columns,
    A4 landscape. ``lines`` are consumed once, in order; 清退人, 接收人 and 日期 may be
    blank, to be filled in at the return. The marking is the highest level (内部 for
    none). ValueError for an unknown level."""
    title = f"{year}年度涉密载体清退清单"
    subtitle = f"发文单位：{issuer}"
    form = _Form(title, unit_name, subtitle, LEVEL_WORDS[0])
    _landscape(form, unit_name, title, subtitle)
    tally = _transfer_table(form, "清退", lines, [[("清退人", "", "")], [("接收人", "", "")]])
    form.rank, form.marking = tally.highest, tally.text
    return form.pdf()


def _transfer_table(form: _Form, kind: str, lines: Iterable[TransferLine],
                    signers: Sequence[Sequence[Signer]],
                    facts: Sequence[tuple[str, str]] = ()) -> _Tally:
    """The form 5 table of ``lines`` (streamed), 合计, the signatures (in columns);
    ``facts`` on one line above the table on the first page. 份数 is a count; the 份号
    goes to 备注. Returns the tally of the levels and markings."""
    columns = transfer_columns(kind)
    grid = form.grid(columns, size=WIDE_SIZE, leading=WIDE_LEADING)
    tally = _Tally()

    def cells():
        for n, line in enumerate(lines, 1):
            tally.level(line.level, f"line {n}", line.marking, line.issued)
            remarks = "；".join(x for x in (line.copy_no, line.remarks) if x.strip())
            yield [str(n), line.number, line.title, line.doc_no, line.level, line.term,
                   line.copies, line.source, line.date, line.handed_by, line.receiver, remarks]

    after = grid.line_height + SECTION_GAP + _sign_height(form, *signers)
    count = _stream(form, grid, columns, cells(), after,
                    lead=(lambda: _facts(form, facts)) if facts else None,
                    lead_height=FACTS_HEIGHT if facts else 0)
    form.place(grid, grid.banner(f"合计：{count} 件", shade=True))
    form.end_table()
    _signed(form, *signers)
    return tally
