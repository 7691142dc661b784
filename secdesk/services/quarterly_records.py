"""What the quarterly register (季度台账) holds: every record of the quarter as it stood at
the end of its last complete day, each under a stable id with the texts printed for it.

The same function builds the book's sections and, for the seal, the records and their
hashes — so what is sealed is exactly what is printed, and verifying later recomputes the
same records and names the ones that differ.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, CarrierType, State
from secdesk.domain.carriers.query import RegisterQuery, SortKey
from secdesk.domain.events import event_zh
from secdesk.services.printouts import register_row
from secdesk.printing.quarterly import Table, Totals
from secdesk.printing.register_form import RegisterRow
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import quarterly as q

HELD = (State.IN_ROOM, State.LENT, State.OUT, State.MISSING)
LEVELS = tuple(lv.value for lv in Level)


@dataclass(frozen=True)
class Period:
    """The quarter and the last day the book covers."""

    code: str  # 2026Q4
    start: date
    end: date  # the quarter's last day
    as_of: date  # the last complete day covered (the end, or yesterday while it runs)

    @property
    def text(self) -> str:
        """2026年第四季度（2026-10-01至2026-12-31）, or （截至2026-11-22，未结束） while it runs."""
        name = f"{self.start.year}年第{'一二三四'[(self.start.month - 1) // 3]}季度"
        if self.as_of < self.end:
            return f"{name}（截至{self.as_of.isoformat()}，未结束）"
        return f"{name}（{self.start.isoformat()}至{self.end.isoformat()}）"


def register_query() -> RegisterQuery:
    """The carriers held at the end: by registration, oldest first."""
    return RegisterQuery(states=frozenset(HELD), sort=SortKey.REGISTERED, descending=False)


ROW_FIELDS = ("title", "origin_unit", "ctype", "doc_no", "marking", "extent", "scope", "custodian", "location",
              "remarks")


def as_it_was(conn, period: Period) -> dict[str, dict]:
    """For each carrier changed after ``as_of``: the values its fields had then (the
    first recorded "before" of each field), so later work does not alter the quarter."""
    then: dict[str, dict] = {}
    for number, before in q.later_changes(conn, period.as_of.isoformat()):
        fields = then.setdefault(number, {})
        for key, value in json.loads(before or "{}").items():
            if key in ROW_FIELDS and key not in fields:
                fields[key] = value
    return then


def _then(row: RegisterRow, fields: dict | None) -> RegisterRow:
    if not fields:
        return row
    changed = replace(row, **{k: str(v) for k, v in fields.items()})
    level = next((lv for lv in Level if changed.marking.startswith(lv.value)), None)
    return replace(changed, level_rank=level.rank) if level else changed


def held_then(conn, period: Period, then: dict[str, dict]) -> Iterator[tuple[Carrier, RegisterRow]]:
    """Each carrier held at the end of ``as_of`` with its form 1 row as it stood then
    (``then``: :func:`as_it_was`)."""
    for carrier in carrier_rows.iterate_as_of(conn, register_query(), period.as_of):
        yield carrier, _then(register_row(carrier), then.get(carrier.number))


def register_rows(conn, period: Period, then: dict[str, dict]) -> Iterator[tuple[str, RegisterRow]]:
    """(id, form 1 row) of each carrier held at the end of ``as_of``, streamed."""
    for carrier, row in held_then(conn, period, then):
        yield f"carrier:{carrier.number}", row


def register_record(row: RegisterRow) -> tuple:
    """The texts of a form 1 row, as sealed."""
    return (row.number, row.title, row.origin_unit, row.ctype, row.doc_no, row.marking, row.extent, row.copies,
            row.scope, row.custodian, row.location, row.state, row.remarks)


class Tally:
    """Carriers held at the end, counted by type × 密级 and by state as they go by."""

    def __init__(self) -> None:
        self.by_cell: Counter = Counter()
        self.by_state: Counter = Counter()

    def add(self, carrier: Carrier, row: RegisterRow) -> None:
        """Count one carrier (its row as it stood at the end)."""
        self.by_cell[(row.ctype, LEVELS[3 - row.level_rank])] += 1
        self.by_state[carrier.state.value] += 1

    def totals(self) -> Totals:
        """The cover's table and states line."""
        types = tuple(t.value for t in CarrierType if any(self.by_cell[(t.value, lv)] for lv in LEVELS))
        counts = tuple(tuple(self.by_cell[(t, lv)] for lv in LEVELS) for t in types)
        return Totals(LEVELS, types, counts, tuple((s.value, self.by_state[s.value]) for s in HELD),
                      sum(self.by_state.values()))


def _day(stamp: str | None, limit: date | None = None) -> str:
    """The date part of a stamp; "" if none, or if it falls after ``limit``."""
    if not stamp:
        return ""
    day = stamp[:10]
    return "" if limit and day > limit.isoformat() else day


def sections(conn, period: Period, then: dict[str, dict]) -> list[tuple[Table, list[str]]]:
    """Every section after the register, in order, each with its record ids."""
    s, e = period.start.isoformat(), period.as_of.isoformat()
    def mark(number: str, marking: str) -> str:  # the marking at the end of the period
        return then.get(number, {}).get("marking", marking)

    builders = (_loans, _copies, _outings, _transfers, _destroyed, _markings, _inventories, _missing,
                _incidents, _overdue, _people, _trainings, _findings, _audit)
    out = []
    for number, build in enumerate(builders, start=2):
        table, ids = build(conn, s, e, period, mark)
        out.append((Table(f"{_chinese(number)}、{table.title}", table.columns, table.rows, table.note,
                          table.summary), ids))
    return out


def _chinese(n: int) -> str:
    digits = "零一二三四五六七八九"
    return digits[n] if n < 10 else "十" + (digits[n - 10] if n > 10 else "")


def _table(title: str, columns, records: list[tuple[str, tuple]], note: str = "", summary: str = ""):
    rows = tuple(tuple(str(x) for x in row) for _, row in records)
    return Table(title, tuple(columns), rows, note, summary), [rid for rid, _ in records]


def _loans(conn, s, e, period, mark):
    end = period.as_of

    def row(r) -> tuple:
        lent_at, number, marking, name, dept, approver, due, returned, clerk, override = r[1:]
        return (lent_at[:10], number, mark(number, marking), name, dept, approver or "—", due,
                _day(returned, end), clerk, f"越权借出：{override}" if override else "")

    records = [(f"loan:{r[0]}", row(r)) for r in q.loans(conn, s, e)]
    back = sum(1 for _, fields in records if fields[7])
    return _table("借阅记录", (("借阅日期", 9), ("载体编号", 14), ("密级", 10), ("借阅人", 7), ("部门", 9),
                           ("批准人", 7), ("应还日期", 9), ("归还日期", 9), ("经手人", 7), ("备注", 12)), records,
                  summary=f"合计：借阅 {len(records)} 次，已归还 {back} 次")


def _copies(conn, s, e, period, mark):

    def row(r) -> tuple:
        number, day, source, marking, copies, first, applicant, dept, approver, purpose, maker = r
        return (number, day, source, mark(source, marking), f"{copies}份（第{first}-{first + copies - 1}份）",
                applicant, dept, approver or "—", purpose, maker)

    records = [(f"copy:{r[0]}", row(r)) for r in q.copy_jobs(conn, s, e)]
    return _table("复制记录", (("编号", 10), ("日期", 9), ("原载体编号", 14), ("密级", 10), ("份数", 11),
                           ("申请人", 7), ("部门", 9), ("批准人", 7), ("用途", 12), ("承制单位", 11)), records)


def _outings(conn, s, e, period, mark):
    def row(r) -> tuple:
        number, at, person, dept, destination, return_on, numbers, back = r
        return (number, at[:10], person, dept, destination, numbers or "", return_on, _day(back, period.as_of))

    records = [(f"outing:{r[0]}", row(r)) for r in q.outings(conn, s, e)]
    return _table("携带外出记录", (("编号", 10), ("外出日期", 9), ("使用人", 7), ("部门", 9), ("外出地点", 12),
                               ("载体编号", 30), ("应返回日期", 9), ("带回日期", 9)), records)


def _transfers(conn, s, e, period, mark):
    def row(r) -> tuple:
        number, kind, day, unit, receiver, handed_by, witness, count, receipt = r
        return (number, kind, day, unit, receiver, handed_by, witness or "—", f"{count}件",
                _day(receipt, period.as_of) or "回执未回")

    records = [(f"transfer:{r[0]}", row(r)) for r in q.transfers(conn, s, e)]
    return _table("移交与清退记录", (("编号", 10), ("类别", 5), ("日期", 9), ("接收单位", 14), ("接收人", 7),
                                ("移交/清退人", 8), ("监交人", 7), ("数量", 5), ("回执", 9)), records)


def _destroyed(conn, s, e, period, mark):
    records = [(f"destroyed:{r[2]}", (*r[:7], r[7] or "", r[8])) for r in q.destroyed(conn, s, e)]
    batches = len({fields[0] for _, fields in records})
    return _table("销毁记录", (("批次", 10), ("销毁日期", 9), ("载体编号", 14), ("密级", 10), ("类别", 7),
                           ("方式", 7), ("地点", 12), ("监销人", 12), ("批准人", 7)), records,
                  summary=f"合计：{batches} 批，销毁载体 {len(records)} 件")


def _markings(conn, s, e, period, mark):
    records = []
    for seq, at, event, obj, before, after, detail, account in q.marking_changes(conn, s, e):
        old = json.loads(before or "{}").get("marking", "")
        new = json.loads(after or "{}").get("marking", "")
        fields = (at[:10], obj.removeprefix("carrier:"), event_zh(event), old, new, detail, account)
        records.append((f"audit:{seq}", fields))
    return _table("定密变更与解密", (("日期", 9), ("载体编号", 14), ("事项", 8), ("原密级标志", 12),
                                ("新密级标志", 12), ("依据及批准文号", 24), ("经办", 7)), records)


def _inventories(conn, s, e, period, mark):
    records = []
    for number, finished, kind, value, checkers, result in q.inventories(conn, s, e):
        data = json.loads(result)
        by = Counter(line[3] for line in data["lines"])
        scope = "全部载体" if kind == "全部" else f"{kind}：{value}"
        fields = (number, finished[:10], scope, data["expected_here"], data["found_here"], by["未找到"], by["在外"],
                  by["异常"], checkers.replace("、", "，"))
        records.append((f"inventory:{number}", fields))
    return _table("清点情况", (("编号", 10), ("完成日期", 9), ("范围", 14), ("应有", 6), ("实有", 6), ("未找到", 6),
                           ("在外", 6), ("异常", 6), ("清查人", 16)), records)


def _missing(conn, s, e, period, mark):

    def row(r) -> tuple:
        number, marking, since, deadline, found_at, found_note, incident = r[1:]
        found = _day(found_at, period.as_of)
        return (number, mark(number, marking), since, deadline or "无法定期限", found or "未找回",
                found_note if found else "", incident or "")

    records = [(f"missing:{r[0]}", row(r)) for r in q.missing(conn, s, e)]
    return _table("下落不明载体", (("载体编号", 14), ("密级标志", 12), ("发现日期", 9), ("查找期限", 9),
                               ("找回日期", 9), ("找回情况", 18), ("泄密事件", 10)), records)


def _incidents(conn, s, e, period, mark):
    def row(r) -> tuple:
        number, carrier, opened, report_due, reported, close_due, closed, conclusion = r
        closed_then = _day(closed, period.as_of)
        return (number, carrier, opened[:10], report_due.replace("T", " ")[:16],
                _day(reported, period.as_of) or "未报告", close_due, closed_then or "未结案",
                conclusion if closed_then else "")

    records = [(f"incident:{r[0]}", row(r)) for r in q.incidents(conn, s, e)]
    return _table("泄密事件", (("编号", 10), ("载体编号", 14), ("立案日期", 9), ("报告时限", 12), ("报告日期", 9),
                           ("结案期限", 9), ("结案日期", 9), ("结论", 18)), records)


def _overdue(conn, s, e, period, mark):

    def row(r) -> tuple:
        number, marking, name, dept, lent_at, due = r[1:]
        late = (period.as_of - date.fromisoformat(due)).days
        return (number, mark(number, marking), name, dept, lent_at[:10], due, f"{late}天")

    records = [(f"overdue:{r[0]}", row(r)) for r in q.overdue_loans(conn, e)]
    return _table("季度末逾期未还", (("载体编号", 14), ("密级", 10), ("借阅人", 7), ("部门", 9), ("借阅日期", 9),
                                ("应还日期", 9), ("逾期", 6)), records,
                  note=f"截至{period.as_of.isoformat()}仍未归还且已过应还日期")


def _people(conn, s, e, period, mark):
    records = [(r[0], (r[1], r[2], r[3], r[4], r[5])) for r in q.personnel_changes(conn, s, e)]
    return _table("涉密人员变动", (("日期", 9), ("姓名", 7), ("部门", 10), ("涉密等级", 7), ("变动", 20)), records)


def _trainings(conn, s, e, period, mark):
    records = [(f"training:{r[0]}", (*r[1:5], f"{r[5]:g}", r[6] or "")) for r in q.trainings(conn, s, e)]
    return _table("保密教育培训", (("日期", 9), ("姓名", 7), ("部门", 10), ("培训内容", 24), ("学时", 5),
                               ("考核结果", 8)), records)


def _findings(conn, s, e, period, mark):
    records = []
    for r in q.findings(conn, s, e):
        issued = bool(r[6]) and not (r[8] and r[8] > e)  # a notice issued after the end is not shown yet
        records.append((f"finding:{r[0]}", (r[1], r[2], r[3], r[4] or "—", r[5], r[6] if issued else "未下发",
                                            r[7] if issued else "", _status(r, period.as_of))))
    return _table("检查发现问题及整改", (("检查编号", 10), ("检查日期", 9), ("类别", 5), ("部门", 9), ("存在问题", 26),
                                  ("整改通知书", 10), ("整改期限", 9), ("整改状态", 10)), records)


def _status(r, as_of: date) -> str:
    notice, due, issued, report, closed = r[6], r[7], r[8], r[9], r[10]
    day = as_of.isoformat()
    if not notice or (issued and issued > day):
        return "未下发通知书"
    if closed and closed <= day:
        return "复查合格，已关闭"
    if report and report <= day:
        return "待复查"
    return "整改中，已逾期" if due and due < day else "整改中"


def _audit(conn, s, e, period, mark):
    rows = q.audit_counts(conn, s, e)
    records = [(f"events:{event}", (event_zh(event), event, ok, failed)) for event, ok, failed in rows]
    counts = {event: (ok, failed) for event, ok, failed in rows}
    failed_signins = counts.get("signin", (0, 0))[1]
    overrides = sum(1 for r in q.loans(conn, s, e) if r[10])
    return _table("审计摘要", (("事件", 16), ("代码", 16), ("成功", 6), ("失败", 6)), records,
                  note="本季度审计日志中各类事件的次数",
                  summary=f"登录失败 {failed_signins} 次；安全保密管理员越权批准借出 {overrides} 次")
