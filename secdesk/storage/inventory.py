"""SQL for inventory sessions (清点): the session, the carriers it expected (a snapshot
taken when it started), every scan in order, and the result frozen when it finished.

Nothing here is ever deleted (triggers): a past session stays readable as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from secdesk.storage import carriers as carrier_rows

MIGRATION = """
CREATE TABLE inventory_sessions (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    scope_kind TEXT NOT NULL,
    scope_value TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    finished_at TEXT,
    checkers TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    result TEXT
);
CREATE TABLE inventory_expected (
    session_id INTEGER NOT NULL REFERENCES inventory_sessions (id),
    carrier_id INTEGER NOT NULL REFERENCES carriers (id),
    state TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, carrier_id)
);
CREATE TABLE inventory_scans (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES inventory_sessions (id),
    code TEXT NOT NULL,
    carrier_id INTEGER REFERENCES carriers (id),
    at TEXT NOT NULL
);
CREATE INDEX inventory_scans_by_session ON inventory_scans (session_id, carrier_id);
CREATE TRIGGER inventory_sessions_no_delete BEFORE DELETE ON inventory_sessions
BEGIN SELECT RAISE(ABORT, 'inventory sessions are kept permanently'); END;
CREATE TRIGGER inventory_scans_no_delete BEFORE DELETE ON inventory_scans
BEGIN SELECT RAISE(ABORT, 'inventory scans are kept permanently'); END;
CREATE TRIGGER inventory_finished_final BEFORE UPDATE ON inventory_sessions
WHEN OLD.state = '已完成'
BEGIN SELECT RAISE(ABORT, 'a finished inventory session cannot change'); END;
"""


@dataclass(frozen=True)
class SessionRow:
    """One inventory session as stored."""

    id: int
    number: str
    scope_kind: str
    scope_value: str
    state: str
    started_at: str
    started_by: str
    finished_at: str | None
    checkers: tuple[str, ...]
    note: str
    result: dict | None


_COLUMNS = "id, number, scope_kind, scope_value, state, started_at, started_by, finished_at, checkers, note, result"


def _row(r) -> SessionRow:
    checkers = tuple(n for n in r[8].split("、") if n)
    return SessionRow(*r[:8], checkers, r[9], json.loads(r[10]) if r[10] else None)


def insert(conn, number: str, scope_kind: str, scope_value: str, at: str, by: str) -> int:
    """A new session, 进行中."""
    return conn.execute(
        "INSERT INTO inventory_sessions (number, scope_kind, scope_value, state, started_at, started_by) "
        "VALUES (?, ?, ?, '进行中', ?, ?)", (number, scope_kind, scope_value, at, by)).lastrowid


def snapshot(conn, session_id: int, where: str, params: tuple) -> int:
    """Record the carriers the session expects (those matching ``where`` among the open
    ones); returns how many."""
    return conn.execute(
        "INSERT INTO inventory_expected (session_id, carrier_id, state, location) "
        f"SELECT ?, id, state, location FROM carriers WHERE {where}", (session_id, *params)).rowcount


def expected_carriers(conn, session_id: int) -> list[tuple]:
    """(the carrier as it is now, state at the start, location at the start) of each
    expected carrier, in one query."""
    columns = ", ".join(f"c.{name.strip()}" for name in carrier_rows.COLUMNS.split(","))
    rows = conn.execute(f"SELECT {columns}, e.state, e.location FROM inventory_expected e "
                        "JOIN carriers c ON c.id = e.carrier_id WHERE e.session_id = ? ORDER BY e.carrier_id",
                        (session_id,)).fetchall()
    return [(carrier_rows.to_carrier(r[:-2]), r[-2], r[-1]) for r in rows]


def add_scan(conn, session_id: int, code: str, carrier_id: int | None, at: str) -> None:
    """One scan, as read."""
    conn.execute("INSERT INTO inventory_scans (session_id, code, carrier_id, at) VALUES (?, ?, ?, ?)",
                 (session_id, code, carrier_id, at))


def scans(conn, session_id: int) -> list[tuple[str, int | None]]:
    """(code, carrier id or None) of every scan, in order."""
    return conn.execute("SELECT code, carrier_id FROM inventory_scans WHERE session_id = ? ORDER BY id",
                        (session_id,)).fetchall()


def times_scanned(conn, session_id: int, carrier_id: int | None, code: str) -> int:
    """How often this carrier (or, for an unknown code, this code) was scanned."""
    if carrier_id is not None:
        sql, params = "carrier_id = ?", (carrier_id,)
    else:
        sql, params = "carrier_id IS NULL AND upper(code) = ?", (code.strip().upper(),)
    return conn.execute(f"SELECT COUNT(*) FROM inventory_scans WHERE session_id = ? AND {sql}",
                        (session_id, *params)).fetchone()[0]


def set_state(conn, session_id: int, state: str) -> None:
    """进行中 / 已暂停."""
    conn.execute("UPDATE inventory_sessions SET state = ? WHERE id = ?", (state, session_id))


def finish(conn, session_id: int, at: str, checkers: list[str], note: str, result: dict) -> None:
    """Freeze the session with its result."""
    conn.execute("UPDATE inventory_sessions SET state = '已完成', finished_at = ?, checkers = ?, note = ?, "
                 "result = ? WHERE id = ?",
                 (at, "、".join(checkers), note, json.dumps(result, ensure_ascii=False, sort_keys=True), session_id))


def by_number(conn, number: str) -> SessionRow | None:
    """One session."""
    r = conn.execute(f"SELECT {_COLUMNS} FROM inventory_sessions WHERE number = ?", (number,)).fetchone()
    return _row(r) if r else None


def sessions(conn, where: str = "", params: tuple = ()) -> list[SessionRow]:
    """Sessions, newest first."""
    sql = f"SELECT {_COLUMNS} FROM inventory_sessions" + (f" WHERE {where}" if where else "") + " ORDER BY id DESC"
    return [_row(r) for r in conn.execute(sql, params)]
