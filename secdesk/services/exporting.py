"""Taking data out (导出): the register (form 1), the lending register (form 2) and the
roster of cleared people to .xlsx or .csv, in the columns of the printed forms.

An export is a document like the print: it is as secret as the most secret thing in it.
Its marking (the highest 密级 with its longest term, ``机密★20年``; ``内部`` for none and
for the roster) is the first row, and the level word is in the file name
(``涉密载体台账-机密-20261204.xlsx``; a name chosen without it gets it inserted before the
extension). The rows are read twice — once for the marking and the count, once to write —
so no export holds the whole register in memory. The file is written atomically
(:mod:`secdesk.services.export_files`) and one audit event (``export.register``,
``export.loans``, ``export.personnel``) names the file's path, the rows and the marking;
a failure is audited as failed.

Who may: the register and the loans, every role that reads the register; the roster,
the officer (who keeps the files). ID numbers are written as the role sees them: in full
only with the right to see them, masked otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from secdesk.domain import clock
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.carriers.terms import DocumentMarking
from secdesk.domain.errors import InvalidInput, SecdeskError
from secdesk.domain.roles import Permission
from secdesk.services import export_files, personnel, printouts
from secdesk.services.export_files import Layout
from secdesk.services.lending_prints import _register_row as loan_register_row
from secdesk.services.personnel_prints import cn_date
from secdesk.services.session import Session
from secdesk.services.signatories import Names
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import loans as loan_rows

LEVEL_WORDS = ("绝密", "机密", "秘密", "内部")
EARLIEST = date(1990, 1, 1)

REGISTER_HEADINGS = ("序号", "载体编号", "文件资料名称", "制作发文单位", "载体类别", "文号或编号", "密级",
                     "页数或容量", "份数/份号", "知悉范围", "保管人", "存放位置", "状态", "备注")
REGISTER_WIDTHS = (6, 20, 40, 20, 9, 22, 13, 10, 14, 14, 9, 12, 8, 28)
LOANS_HEADINGS = ("序号", "借阅日期", "载体编号", "文件资料名称", "文号或编号", "密级", "份号", "借阅人",
                  "借阅事由", "批准人", "应还日期", "实际归还日期", "经手人", "备注")
LOANS_WIDTHS = (6, 11, 20, 36, 20, 7, 6, 18, 18, 9, 11, 12, 9, 20)
PERSONNEL_HEADINGS = ("序号", "部门", "姓名", "证卡号", "工号", "证件号", "岗位", "涉密等级", "确定时间",
                      "状态", "下次复审")
PERSONNEL_WIDTHS = (6, 16, 10, 18, 12, 21, 18, 9, 12, 8, 12)


@dataclass(frozen=True)
class ExportPlan:
    """What an export will hold: its kind, title, scope, row count and marking."""

    kind: str  # "register", "loans" or "personnel"
    title: str  # 涉密载体登记台账 …
    scope: str  # what the rows cover: 在库载体 / 2026年1月1日至… / 全部人员
    rows: int
    marking: str  # 机密★20年, 内部

    @property
    def level(self) -> str:
        """The level word of the marking (绝密, 机密, 秘密, 内部)."""
        return level_of(self.marking)

    def file_name(self, suffix: str = ".xlsx", day: date | None = None) -> str:
        """``涉密载体台账-机密-20261204.xlsx``."""
        day = day or clock.now().date()
        return f"{SHORT_NAMES[self.kind]}-{self.level}-{day:%Y%m%d}{suffix}"


def level_of(marking: str) -> str:
    """The level word a marking starts with (``机密★20年`` → 机密); 内部 for none."""
    return next((w for w in LEVEL_WORDS if marking.startswith(w)), "内部")


@dataclass(frozen=True)
class ExportResult:
    """A written export: where, how many rows, its marking."""

    path: Path
    rows: int
    marking: str


SHORT_NAMES = {"register": "涉密载体台账", "loans": "涉密载体借阅登记表", "personnel": "涉密人员名册"}


@dataclass(frozen=True)
class _Source:
    """One kind of export: its plan and a fresh iterator of (cells, marking, issue date)."""

    plan_base: ExportPlan
    headings: tuple[str, ...]
    widths: tuple[int, ...]
    rows: Callable[[], Iterator[tuple[list, str, str]]]
    unit: str  # 件, 次, 人
    fixed_marking: str = ""  # the roster is 内部 whatever it holds


# -- the three kinds ----------------------------------------------------------------------

def _register_source(session: Session, query: RegisterQuery) -> _Source:
    session.require(Permission.READ_REGISTER, "export.register")
    exporting = replace(query, descending=False)

    def rows() -> Iterator[tuple[list, str, str]]:
        for n, carrier in enumerate(carrier_rows.iterate(session.vault.conn, exporting), 1):
            r = printouts.register_row(carrier)
            yield ([n, r.number, r.title, r.origin_unit, r.ctype, r.doc_no, r.marking, r.extent, r.copies,
                    r.scope, r.custodian, r.location, r.state, r.remarks], r.marking, r.issued)

    plan = ExportPlan("register", "涉密载体登记台账", printouts.describe(query, None), 0, "")
    return _Source(plan, REGISTER_HEADINGS, REGISTER_WIDTHS, rows, "件")


def _loans_source(session: Session, first: date | None, last: date | None) -> _Source:
    session.require(Permission.READ_REGISTER, "export.loans")
    today = clock.now().date()
    first, last = first or EARLIEST, last or today
    if last < first:
        raise InvalidInput("截止日期", "不能早于起始日期", "the end precedes the start")
    names = Names(session)

    def rows() -> Iterator[tuple[list, str, str]]:
        for n, loan in enumerate(loan_rows.lent_between(session.vault.conn, first, last), 1):
            r = loan_register_row(loan, today, names)
            marking = r.marking if r.marking.startswith(r.level) else r.level
            yield ([n, r.lent_on, r.number, r.title, r.doc_no, r.level, r.copy_no, r.borrower, r.purpose,
                    r.approver, r.due_on, r.returned_on, r.clerk, r.remarks], marking, r.issued)

    scope = "全部借阅" if first == EARLIEST else f"{cn_date(first)}至{cn_date(last)}借阅"
    plan = ExportPlan("loans", "涉密载体借阅登记表", scope, 0, "")
    return _Source(plan, LOANS_HEADINGS, LOANS_WIDTHS, rows, "次")


def _personnel_source(session: Session, dept: str = "", clearance: str = "", status: str = "") -> _Source:
    session.require(Permission.MANAGE_PERSONNEL, "export.personnel")

    def rows() -> Iterator[tuple[list, str, str]]:
        stand = personnel.standings(session)
        people = personnel.list_persons(session, dept, clearance, status)  # ID numbers as the role sees them
        for n, p in enumerate(people, 1):
            d, due = p.draft, stand[p.id].review_due
            yield ([n, d.dept, p.name, p.badge, d.staff_no, d.id_number, d.post, d.clearance.value,
                    d.clearance_since.isoformat() if d.clearance_since else "", p.status.value,
                    due.isoformat() if due else ""], "内部", "")

    scope = "、".join(x for x in (dept, clearance, status) if x) or "全部人员"
    plan = ExportPlan("personnel", "涉密人员名册", scope, 0, "")
    return _Source(plan, PERSONNEL_HEADINGS, PERSONNEL_WIDTHS, rows, "人", fixed_marking="内部")


# -- planning and writing ------------------------------------------------------------------

def _plan(source: _Source) -> ExportPlan:
    """Count the rows and find the marking (the first of the two passes)."""
    marking = DocumentMarking()
    count = 0
    for _, mark, issued in source.rows():
        count += 1
        marking.add_marking(mark, issued or None)
    text = source.fixed_marking or marking.text or "内部"
    return replace(source.plan_base, rows=count, marking=text)


def with_level(path: Path, level: str) -> Path:
    """The path with the level word in its name: a wrong level word is replaced, a missing
    one inserted before the extension (``台账.xlsx`` → ``台账-机密.xlsx``)."""
    path = Path(path)
    if level in path.stem:
        return path
    for other in LEVEL_WORDS:
        if other in path.stem:
            return path.with_name(path.stem.replace(other, level, 1) + path.suffix)
    return path.with_name(f"{path.stem}-{level}{path.suffix}")


def _write(session: Session, source: _Source, out: Path, encoding: str) -> ExportResult:
    kind = source.plan_base.kind
    event = f"export.{kind}"
    out = Path(out)
    try:
        export_files.check_target(out, encoding)
        plan = _plan(source)
        target = with_level(out, plan.level)
        export_files.check_target(target, encoding)
        settings = session.settings()
        note = (f"单位：{settings['unit.name']}　范围：{plan.scope}　导出：{clock.now():%Y-%m-%d %H:%M}"
                f"（{session.actor.name}）　本文件按{plan.level}级管理")
        layout = Layout(plan.marking, plan.title, note, source.headings, source.widths,
                        f"合计：{plan.rows} {source.unit}")
        written = export_files.write(target, layout, (cells for cells, _, _ in source.rows()), encoding)
    except SecdeskError as exc:
        session.record_failure(event, f"file:{out}", str(exc))
        raise
    with session.vault.transaction() as conn:
        session.record(conn, event, f"file:{target.resolve()}",
                       after={"file": str(target.resolve()), "rows": written, "marking": plan.marking,
                              "format": target.suffix.lower().lstrip("."),
                              "encoding": export_files.ENCODINGS[encoding] if target.suffix.lower() == ".csv" else ""},
                       detail=f"{plan.title}（{plan.scope}）{written}{source.unit}，{plan.marking}，导出到 {target.resolve()}")
    return ExportResult(target, written, plan.marking)


def plan_register(session: Session, query: RegisterQuery) -> ExportPlan:
    """What exporting the register for ``query`` would hold (nothing is written)."""
    return _plan(_register_source(session, query))


def export_register(session: Session, query: RegisterQuery, out: Path, encoding: str = "utf-8-sig") -> ExportResult:
    """Form 1's columns for the carriers ``query`` selects, to ``out`` (.xlsx or .csv)."""
    return _write(session, _register_source(session, query), out, encoding)


def plan_loans(session: Session, first: date | None = None, last: date | None = None) -> ExportPlan:
    """What exporting the loans lent from ``first`` to ``last`` would hold."""
    return _plan(_loans_source(session, first, last))


def export_loans(session: Session, out: Path, first: date | None = None, last: date | None = None,
                 encoding: str = "utf-8-sig") -> ExportResult:
    """Form 2's columns for the loans lent from ``first`` to ``last`` (default: all)."""
    return _write(session, _loans_source(session, first, last), out, encoding)


def plan_personnel(session: Session, dept: str = "", clearance: str = "", status: str = "") -> ExportPlan:
    """What exporting the roster would hold."""
    return _plan(_personnel_source(session, dept, clearance, status))


def export_personnel(session: Session, out: Path, dept: str = "", clearance: str = "", status: str = "",
                     encoding: str = "utf-8-sig") -> ExportResult:
    """The roster (涉密人员名册) with 部门, 工号 and 证件号 (masked unless the role sees them)."""
    return _write(session, _personnel_source(session, dept, clearance, status), out, encoding)
