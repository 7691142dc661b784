"""SQL for missing carriers (下落不明) and incidents (泄密事件).

A ``missing`` row is opened when a carrier is found not to be where the register says; it
holds the state to go back to and the day the clock started. Past its deadline an
``incidents`` row is opened from it (the 24-hour report, the 3-month closing). Both are
kept permanently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MIGRATION = """
CREATE TABLE missing (
    id INTEGER PRIMARY KEY,
    carrier_id INTEGER NOT NULL REFERENCES carriers (id),
    previous_state TEXT NOT NULL,
    since TEXT NOT NULL,
    deadline TEXT,
    place TEXT NOT NULL DEFAULT '',
    finder TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    inventory TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    found_at TEXT,
    found_by TEXT NOT NULL DEFAULT '',
    found_note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX missing_one_open ON missing (carrier_id) WHERE found_at IS NULL;
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    missing_id INTEGER NOT NULL UNIQUE REFERENCES missing (id),
    carrier_id INTEGER NOT NULL REFERENCES carriers (id),
    opened_at TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    report_due TEXT NOT NULL,
    close_due TEXT NOT NULL,
    course TEXT NOT NULL DEFAULT '',
    search_done TEXT NOT NULL DEFAULT '',
    remedies TEXT NOT NULL DEFAULT '',
    reported_at TEXT,
    notes TEXT NOT NULL DEFAULT '',
    closed_at TEXT,
    closed_by TEXT NOT NULL DEFAULT '',
    conclusion TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incidents_open ON incidents (carrier_id) WHERE closed_at IS NULL;
CREATE TRIGGER missing_no_delete BEFORE DELETE ON missing
BEGIN SELECT RAISE(ABORT, 'missing-carrier records are kept permanently'); END;
CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
BEGIN SELECT RAISE(ABORT, 'incident records are kept permanently'); END;
"""


@dataclass(frozen=True)
class MissingRow:
    """A carrier found missing: since when, until when, and whether it was found again."""

    id: int
    carrier_id: int
    number: str
    level: str
    marking: str
    title: str
    previous_state: str
    since: date
    deadline: date | None
    place: str
    finder: str
    note: str
    inventory: str
    recorded_at: str
    recorded_by: str
    found_at: str | None
    found_by: str
    found_note: str
    incident: str  # the incident's number, "" if none


@dataclass(frozen=True)
class IncidentRow:
    """A 泄密事件 opened from a missing carrier."""

    id: int
    number: str
    missing_id: int
    carrier_id: int
    carrier_number: str
    opened_at: str
    opened_by: str
    report_due: str
    close_due: date
    course: str
    search_done: str
    remedies: str
    reported_at: str | None
    notes: str
    closed_at: str | None
    closed_by: str
    conclusion: str


_MISSING = """
SELECT m.id, m.carrier_id, c.number, c.level, c.marking, c.title, m.previous_state, m.since, m.deadline,
       m.place, m.finder, m.note, m.inventory, m.recorded_at, m.recorded_by, m.found_at, m.found_by,
       m.found_note, COALESCE(i.number, '')
FROM missing m JOIN carriers c ON c.id = m.carrier_id LEFT JOIN incidents i ON i.missing_id = m.id
"""

_INCIDENTS = """
SELECT i.id, i.number, i.missing_id, i.carrier_id, c.number, i.opened_at, i.opened_by, i.report_due,
       i.close_due, i.course, i.search_done, i.remedies, i.reported_at, i.notes, i.closed_at, i.closed_by,
       i.conclusion
FROM incidents i JOIN carriers c ON c.id = i.carrier_id
"""


def _missing(r) -> MissingRow:
    return MissingRow(*r[:7], date.fromisoformat(r[7]), date.fromisoformat(r[8]) if r[8] else None, *r[9:])


def _incident(r) -> IncidentRow:
    return IncidentRow(*r[:8], date.fromisoformat(r[8]), *r[9:])


def insert_missing(conn, **fields) -> int:
    """Open a missing record."""
    names = ", ".join(fields)
    marks = ", ".join("?" * len(fields))
    return conn.execute(f"INSERT INTO missing ({names}) VALUES ({marks})", tuple(fields.values())).lastrowid


def missing(conn, where: str = "", params: tuple = ()) -> list[MissingRow]:
    """Missing records, oldest first."""
    sql = _MISSING + (f" WHERE {where}" if where else "") + " ORDER BY m.since, m.id"
    return [_missing(r) for r in conn.execute(sql, params)]


def open_missing_of(conn, carrier_id: int) -> MissingRow | None:
    """The carrier's missing record not yet closed by finding it."""
    rows = missing(conn, "m.carrier_id = ? AND m.found_at IS NULL", (carrier_id,))
    return rows[0] if rows else None


def mark_found(conn, missing_id: int, at: str, by: str, note: str) -> None:
    """The carrier turned up."""
    conn.execute("UPDATE missing SET found_at = ?, found_by = ?, found_note = ? WHERE id = ?",
                 (at, by, note, missing_id))


def insert_incident(conn, **fields) -> int:
    """Open an incident."""
    names = ", ".join(fields)
    marks = ", ".join("?" * len(fields))
    return conn.execute(f"INSERT INTO incidents ({names}) VALUES ({marks})", tuple(fields.values())).lastrowid


def update_incident(conn, incident_id: int, **fields) -> None:
    """Change what an incident records."""
    sets = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE incidents SET {sets} WHERE id = ?", (*fields.values(), incident_id))


def incidents(conn, where: str = "", params: tuple = ()) -> list[IncidentRow]:
    """Incidents, oldest first."""
    sql = _INCIDENTS + (f" WHERE {where}" if where else "") + " ORDER BY i.id"
    return [_incident(r) for r in conn.execute(sql, params)]


def open_incident_of(conn, carrier_id: int) -> IncidentRow | None:
    """The carrier's incident not yet closed."""
    rows = incidents(conn, "i.carrier_id = ? AND i.closed_at IS NULL", (carrier_id,))
    return rows[0] if rows else None
