"""Read-only aggregate queries for the statistics of the room (报表 → 统计概况).

Counts only: nothing here returns a title or writes a row. Each query is one grouped
SELECT over an indexed table, so the figures come at once on a register of a million
carriers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from secdesk.domain.carriers.levels import Level
from secdesk.domain.lending.rules import TOP_SECRET_BACK_BY


def carrier_counts(conn) -> list[tuple[str, str, str, int]]:
    """(密级, 类别, 状态, count) of every carrier in the register, voided entries included
    (the caller decides what to show)."""
    return [tuple(r) for r in conn.execute(
        "SELECT level, ctype, state, COUNT(*) FROM carriers GROUP BY level, ctype, state")]


def loans_by_month(conn, first: date, last: date) -> dict[str, int]:
    """Loans made from ``first`` to ``last`` inclusive, by month (``2026-05``); undone
    loans are not loans."""
    return dict(conn.execute(
        "SELECT substr(lent_at, 1, 7), COUNT(*) FROM loans WHERE lent_at >= ? AND lent_at < ? "
        "AND undone_at IS NULL GROUP BY 1", (first.isoformat(), _day_after(last))))


def overdue_by_month(conn, first: date, now: datetime) -> dict[str, int]:
    """Loans due from ``first`` up to today that were not back in time, by the month they
    were due: returned after the due date (a 绝密 loan from the evening of its day), or
    still out past it now."""
    today, evening = now.date().isoformat(), now.time() >= TOP_SECRET_BACK_BY
    back_by = TOP_SECRET_BACK_BY.strftime("%H:%M")
    top = Level.TOP_SECRET.value
    return dict(conn.execute(
        "SELECT substr(l.due_on, 1, 7), COUNT(*) FROM loans l JOIN carriers c ON c.id = l.carrier_id "
        "WHERE l.undone_at IS NULL AND l.due_on >= ? AND l.due_on <= ? AND ("
        " (l.returned_at IS NULL AND (l.due_on < ? OR (? AND c.level = ? AND l.due_on = ?)))"
        " OR (l.returned_at IS NOT NULL AND (substr(l.returned_at, 1, 10) > l.due_on"
        "     OR (c.level = ? AND substr(l.returned_at, 1, 10) = l.due_on AND substr(l.returned_at, 12, 5) >= ?)))"
        ") GROUP BY 1",
        (first.isoformat(), today, today, evening, top, today, top, back_by)))


def out_now(conn, now: datetime) -> tuple[int, int]:
    """(loans open now, of which overdue now)."""
    today, evening = now.date().isoformat(), now.time() >= TOP_SECRET_BACK_BY
    row = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(l.due_on < ? OR (? AND c.level = ? AND l.due_on = ?)), 0) "
        "FROM loans l JOIN carriers c ON c.id = l.carrier_id WHERE l.returned_at IS NULL",
        (today, evening, Level.TOP_SECRET.value, today)).fetchone()
    return int(row[0]), int(row[1])


@dataclass(frozen=True)
class InventoryCounts:
    """The frozen result of one finished inventory, counted."""

    number: str
    scope_kind: str
    scope_value: str
    finished_at: str
    expected: int  # 应有
    found: int  # 实有
    outcomes: dict[str, int]  # 相符 / 未找到 / 在外 / 异常 → lines


def last_inventories(conn, limit: int = 6) -> list[InventoryCounts]:
    """The latest finished inventories, newest first, with their outcomes counted."""
    out = []
    for number, kind, value, finished, result in conn.execute(
            "SELECT number, scope_kind, scope_value, finished_at, result FROM inventory_sessions "
            "WHERE state = '已完成' AND result IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT ?", (limit,)):
        data = json.loads(result)
        outcomes: dict[str, int] = {}
        for line in data.get("lines", []):
            outcomes[line[3]] = outcomes.get(line[3], 0) + 1
        out.append(InventoryCounts(number, kind, value, finished or "", int(data.get("expected_here", 0)),
                                   int(data.get("found_here", 0)), outcomes))
    return out


@dataclass(frozen=True)
class OpenItem:
    """Something still open: a missing carrier, an incident or a rectification notice."""

    kind: str  # missing / incident / notice
    number: str  # carrier number (missing), incident number, notice number
    since: str  # ISO date it was opened
    due: str  # ISO date or time of the next deadline ("" for none)
    stage: str  # what it waits for, in the words of the forms


def open_missing(conn) -> list[OpenItem]:
    """Carriers registered 下落不明 and not found again, oldest first."""
    return [OpenItem("missing", number, since, deadline or "", "已按泄密事件处理" if incident else "查找中")
            for number, since, deadline, incident in conn.execute(
                "SELECT c.number, m.since, m.deadline, i.id FROM missing m JOIN carriers c ON c.id = m.carrier_id "
                "LEFT JOIN incidents i ON i.missing_id = m.id WHERE m.found_at IS NULL ORDER BY m.since, m.id")]


def open_incidents(conn) -> list[OpenItem]:
    """泄密事件 not closed: the report due first, then the closing."""
    out = []
    for number, opened, report_due, close_due, reported in conn.execute(
            "SELECT number, opened_at, report_due, close_due, reported_at FROM incidents "
            "WHERE closed_at IS NULL ORDER BY opened_at, id"):
        due, stage = (close_due, "调查处理中") if reported else (report_due, "待报告")
        out.append(OpenItem("incident", number, opened[:10], due, stage))
    return out


def open_notices(conn) -> list[OpenItem]:
    """整改通知书 issued and not closed: the written report due, then the re-check."""
    return [OpenItem("notice", notice, issued or "", "" if reported else (due or ""),
                     "待复查" if reported else "待整改报告")
            for notice, issued, due, reported in conn.execute(
                "SELECT notice, issued_on, due_on, report_on FROM findings "
                "WHERE notice IS NOT NULL AND closed_on IS NULL ORDER BY issued_on, id")]


def _day_after(day: date) -> str:
    return date.fromordinal(day.toordinal() + 1).isoformat()
