"""The state of the room at a glance (报表 → 统计概况) and its printed report.

Read-only: the figures come from grouped queries (:mod:`secdesk.storage.statistics`);
nothing is written except the audit event of a printed report. Five charts:

- 在册载体 by 密级 and 状态 (the carriers still on the register: 在库, 借出, 外出, 下落不明);
  the table adds those that have left it (已移交, 已清退, 已销毁). Voided entries (已作废)
  are wrong registrations, not carriers: never counted.
- 在册载体 by 类别 and 密级.
- 借阅与逾期, the last 12 months: loans made in each month, and loans due in each month
  that were not back in time (returned late, or still out past the due date; a 绝密 loan
  from 18:00 of its day).
- 清点结果: the last six finished inventories — 应有, 实有, and their lines by outcome.
- 未结事项: carriers 下落不明, open 泄密事件 and open 整改通知书, each split into 期限内 and
  已逾期, with the list of them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType, State
from secdesk.domain.inventory.reconcile import Outcome
from secdesk.domain.roles import Permission
from secdesk.services.inventory import scope_text
from secdesk.services.personnel_prints import audited
from secdesk.services.session import Session
from secdesk.printing.statistics_forms import (
    DEFAULT_MARKING,
    ChartSeries,
    StatChart,
    StatisticsSheet,
    statistics_pdf,
)
from secdesk.storage import statistics as repo
from secdesk.storage.statistics import OpenItem

__all__ = ["ChartSeries", "StatChart", "StatisticsSheet", "CHART_KEYS", "room", "report_pdf"]

LEVELS = tuple(lv.value for lv in Level)  # 绝密 … 内部
HELD = (State.IN_ROOM.value, State.LENT.value, State.OUT.value, State.MISSING.value)
LEFT = (State.TRANSFERRED.value, State.RETURNED.value, State.DESTROYED.value)
TYPES = tuple(t.value for t in CarrierType)
OUTCOMES = (Outcome.FOUND.value, Outcome.ELSEWHERE.value, Outcome.MISSING.value, Outcome.UNEXPECTED.value)
MONTHS = 12
INVENTORIES = 6
CHART_KEYS = ("holdings", "types", "loans", "inventory", "open")
OPEN_KINDS = {"missing": "下落不明", "incident": "泄密事件", "notice": "整改通知书"}


def room(session: Session, now: datetime | None = None) -> StatisticsSheet:
    """Every chart of the room as it is now."""
    session.require(Permission.READ_REGISTER, "statistics.read")
    now = now or clock.now()
    conn = session.vault.conn
    cube = repo.carrier_counts(conn)
    charts = (holdings_chart(cube), types_chart(cube), loans_chart(conn, now),
              inventory_chart(repo.last_inventories(conn, INVENTORIES)), open_chart(conn, now))
    return StatisticsSheet(session.settings()["unit.name"], taken_text(now), charts, DEFAULT_MARKING)


def report_pdf(session: Session, keys: tuple[str, ...] = ()) -> bytes:
    """涉密载体统计报表 of the charts named (all when none), figures taken now; audited."""
    session.require(Permission.READ_REGISTER, "statistics.print")
    sheet = room(session)
    if keys:
        sheet = replace(sheet, charts=tuple(c for c in sheet.charts if c.key in keys))
    detail = "、".join(c.title for c in sheet.charts)
    return audited(session, "statistics.print", "", f"统计报表：{detail}", statistics_pdf(sheet))


def taken_text(now: datetime) -> str:
    """``2026年5月3日 14:20``."""
    return f"{now.year}年{now.month}月{now.day}日 {now:%H:%M}"


# -- the charts ---------------------------------------------------------------------------


def _cube_sum(cube, level: str | None = None, ctype: str | None = None, state: str | None = None,
              states: tuple[str, ...] = ()) -> int:
    return sum(n for lv, ct, st, n in cube
               if (level is None or lv == level) and (ctype is None or ct == ctype)
               and (state is None or st == state) and (not states or st in states))


def holdings_chart(cube) -> StatChart:
    """在册载体 by 密级 (categories) and 状态 (stacked)."""
    series = tuple(ChartSeries(st, tuple(_cube_sum(cube, level=lv, state=st) for lv in LEVELS),
                               alert=st == State.MISSING.value) for st in HELD)
    rows = []
    for lv in (*LEVELS, None):
        cells = [_cube_sum(cube, level=lv, state=st) for st in HELD]
        cells.append(sum(cells))
        cells += [_cube_sum(cube, level=lv, state=st) for st in LEFT]
        rows.append((lv or "合计", *map(str, cells)))
    return StatChart("holdings", "在册载体（按密级、状态）", LEVELS, series, stacked=True, unit="件",
                     head=("密级", *HELD, "在册合计", *LEFT), rows=tuple(rows))


def types_chart(cube) -> StatChart:
    """在册载体 by 类别 (categories) and 密级 (stacked)."""
    series = tuple(ChartSeries(lv, tuple(_cube_sum(cube, level=lv, ctype=t, states=HELD) for t in TYPES))
                   for lv in LEVELS)
    rows = []
    for t in (*TYPES, None):
        cells = [_cube_sum(cube, level=lv, ctype=t, states=HELD) for lv in LEVELS]
        rows.append((t or "合计", *map(str, cells), str(sum(cells))))
    return StatChart("types", "在册载体（按类别、密级）", TYPES, series, stacked=True, unit="件",
                     head=("载体类别", *LEVELS, "合计"), rows=tuple(rows))


def last_months(today: date, count: int = MONTHS) -> list[tuple[int, int]]:
    """(year, month) of the last ``count`` months, oldest first, this month last."""
    index = today.year * 12 + today.month - 1
    return [divmod(i, 12) for i in range(index - count + 1, index + 1)]


def loans_chart(conn, now: datetime) -> StatChart:
    """Loans made and loans not back in time, by month, the last 12 months."""
    months = [(y, m + 1) for y, m in last_months(now.date())]
    first = date(months[0][0], months[0][1], 1)
    made = repo.loans_by_month(conn, first, now.date())
    late = repo.overdue_by_month(conn, first, now)
    keys = [f"{y:04d}-{m:02d}" for y, m in months]
    labels = tuple(f"{m}月\n{y}" if n == 0 or m == 1 else f"{m}月" for n, (y, m) in enumerate(months))
    lent = tuple(made.get(k, 0) for k in keys)
    overdue = tuple(late.get(k, 0) for k in keys)
    rows = (("借阅（次）", *map(str, lent), str(sum(lent))), ("逾期（次）", *map(str, overdue), str(sum(overdue))))
    out, late_now = repo.out_now(conn, now)
    head = ("月份", *(f"{y}年\n{m}月" for y, m in months), "合计")
    return StatChart("loans", "借阅与逾期（近12个月）", labels,
                     (ChartSeries("借阅", lent), ChartSeries("逾期", overdue, alert=True)),
                     stacked=False, unit="次", head=head, rows=rows, widths=(22, *([12] * MONTHS), 13),
                     note=f"逾期按应还日期所在月份统计（逾期归还或至今未还）。当前在借{out}件，其中逾期{late_now}件。")


def inventory_chart(sessions: list[repo.InventoryCounts]) -> StatChart:
    """The last finished inventories (oldest left): their lines by outcome."""
    ordered = list(reversed(sessions))
    labels = tuple(f"{s.number}\n{s.finished_at[:10]}" for s in ordered)
    series = tuple(ChartSeries(o, tuple(s.outcomes.get(o, 0) for s in ordered),
                               alert=o in (Outcome.MISSING.value, Outcome.UNEXPECTED.value)) for o in OUTCOMES)
    rows = tuple((s.number, s.finished_at[:10], scope_text(s.scope_kind, s.scope_value), str(s.expected),
                  str(s.found), *(str(s.outcomes.get(o, 0)) for o in OUTCOMES)) for s in ordered)
    return StatChart("inventory", f"清点结果（最近{INVENTORIES}次）", labels, series, stacked=True, unit="件",
                     head=("清点编号", "完成日期", "范围", "应有", "实有", *OUTCOMES), rows=rows,
                     widths=(28, 22, 40, 13, 13, 13, 13, 13, 13),
                     note="相符与在外为账物相符；未找到与异常为差异，见各次清查记录（表7）。")


def overdue(item: OpenItem, now: datetime) -> bool:
    """Past its deadline: a date before today, or a time (the 24-hour report) already gone."""
    if not item.due:
        return False
    if "T" in item.due:
        return datetime.fromisoformat(item.due) < now
    return date.fromisoformat(item.due[:10]) < now.date()


def open_chart(conn, now: datetime) -> StatChart:
    """Open matters by kind, 期限内 and 已逾期, with the list of them."""
    items = repo.open_missing(conn) + repo.open_incidents(conn) + repo.open_notices(conn)
    kinds = tuple(OPEN_KINDS)
    late = tuple(sum(1 for x in items if x.kind == k and overdue(x, now)) for k in kinds)
    counts = tuple(sum(1 for x in items if x.kind == k) for k in kinds)
    in_time = tuple(c - n for c, n in zip(counts, late))
    rows = []
    for k, c, n in zip(kinds, counts, late):
        dues = sorted(x.due[:16].replace("T", " ") for x in items if x.kind == k and x.due)
        rows.append((OPEN_KINDS[k], str(c), str(n), dues[0] if dues else "—"))
    rows.append(("合计", str(sum(counts)), str(sum(late)), ""))
    details = tuple((OPEN_KINDS[x.kind], x.number, x.since, x.due[:16].replace("T", " ") or "—", x.stage,
                     "已逾期" if overdue(x, now) else "") for x in items)
    return StatChart("open", "未结事项", tuple(OPEN_KINDS[k] for k in kinds),
                     (ChartSeries("期限内", in_time), ChartSeries("已逾期", late, alert=True)),
                     stacked=True, unit="项", head=("事项", "未结", "其中逾期", "最近期限"), rows=tuple(rows),
                     details_head=("事项", "编号", "开始日期", "期限", "进展", "逾期"), details=details)
