"""SQL for inspections (检查) and their findings, each of which may become a
保密工作整改通知书 (rectification notice) tracked to closure. Kept permanently."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MIGRATION = """
CREATE TABLE inspections (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    held_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    inspectors TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspections (id),
    dept TEXT NOT NULL DEFAULT '',
    problem TEXT NOT NULL,
    notice TEXT UNIQUE,
    requirements TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    issued_by TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    report TEXT NOT NULL DEFAULT '',
    report_on TEXT,
    recheck TEXT NOT NULL DEFAULT '',
    recheck_on TEXT,
    recheck_passed INTEGER,
    closed_on TEXT
);
CREATE INDEX findings_by_inspection ON findings (inspection_id);
CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections
BEGIN SELECT RAISE(ABORT, 'inspection records are kept permanently'); END;
CREATE TRIGGER findings_no_delete BEFORE DELETE ON findings
BEGIN SELECT RAISE(ABORT, 'inspection findings are kept permanently'); END;
"""


@dataclass(frozen=True)
class FindingRow:
    """One problem found, and its rectification if a notice was issued."""

    id: int
    inspection_id: int
    inspection: str
    held_on: date
    inspectors: str
    dept: str
    problem: str
    notice: str | None
    requirements: str
    due_on: date | None
    issued_by: str
    issued_on: date | None
    report: str
    report_on: date | None
    recheck: str
    recheck_on: date | None
    recheck_passed: bool | None
    closed_on: date | None


@dataclass(frozen=True)
class InspectionRow:
    """An inspection and what it found."""

    id: int
    number: str
    held_on: date
    kind: str
    inspectors: str
    scope: str
    summary: str
    recorded_at: str
    recorded_by: str
    findings: tuple[FindingRow, ...]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


_FINDINGS = """
SELECT f.id, f.inspection_id, i.number, i.held_on, i.inspectors, f.dept, f.problem, f.notice, f.requirements,
       f.due_on, f.issued_by, f.issued_on, f.report, f.report_on, f.recheck, f.recheck_on, f.recheck_passed,
       f.closed_on
FROM findings f JOIN inspections i ON i.id = f.inspection_id
"""


def _finding(r) -> FindingRow:
    return FindingRow(r[0], r[1], r[2], _day(r[3]), r[4], r[5], r[6], r[7], r[8], _day(r[9]), r[10], _day(r[11]),
                      r[12], _day(r[13]), r[14], _day(r[15]), None if r[16] is None else bool(r[16]), _day(r[17]))


def insert(conn, number: str, held_on: date, kind: str, inspectors: str, scope: str, summary: str,
           at: str, by: str, problems: list[tuple[str, str]]) -> int:
    """An inspection with its findings, each (dept, problem)."""
    inspection_id = conn.execute(
        "INSERT INTO inspections (number, held_on, kind, inspectors, scope, summary, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (number, held_on.isoformat(), kind, inspectors, scope, summary, at, by)
    ).lastrowid
    conn.executemany("INSERT INTO findings (inspection_id, dept, problem) VALUES (?, ?, ?)",
                     [(inspection_id, dept, problem) for dept, problem in problems])
    return inspection_id


def update_finding(conn, finding_id: int, **fields) -> None:
    """Record a step of the rectification."""
    values = [v.isoformat() if isinstance(v, date) else v for v in fields.values()]
    sets = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE findings SET {sets} WHERE id = ?", (*values, finding_id))


def findings(conn, where: str = "", params: tuple = ()) -> list[FindingRow]:
    """Findings, oldest first."""
    sql = _FINDINGS + (f" WHERE {where}" if where else "") + " ORDER BY i.held_on, f.id"
    return [_finding(r) for r in conn.execute(sql, params)]


def inspections(conn, where: str = "", params: tuple = ()) -> list[InspectionRow]:
    """Inspections with their findings, newest first."""
    sql = ("SELECT id, number, held_on, kind, inspectors, scope, summary, recorded_at, recorded_by "
           "FROM inspections" + (f" WHERE {where}" if where else "") + " ORDER BY held_on DESC, id DESC")
    out = []
    for r in conn.execute(sql, params).fetchall():
        out.append(InspectionRow(r[0], r[1], _day(r[2]), *r[3:], tuple(findings(conn, "f.inspection_id = ?", (r[0],)))))
    return out
