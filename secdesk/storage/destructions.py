"""SQL for destruction batches (销毁): the batch, its list of carriers, its 监销人.

A batch and its list are kept for ever: no row of a batch is ever deleted, carriers leave
a draft's list only while it is a draft, and a destroyed carrier's row can no longer be
changed at all (the trigger ``carriers_destroyed_final``), whatever code tries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MIGRATION = """
CREATE TABLE form_sequences (
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
);
CREATE TABLE destructions (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    dept TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    applicant TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    destroy_on TEXT,
    destroyer TEXT NOT NULL DEFAULT '',
    destroyer_id INTEGER REFERENCES persons (id),
    receiver TEXT NOT NULL DEFAULT '',
    approver TEXT NOT NULL DEFAULT '',
    approved_on TEXT,
    approval_ref TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    executed_at TEXT,
    executed_by TEXT NOT NULL DEFAULT '',
    cancelled_at TEXT,
    cancelled_by TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE destruction_items (
    batch_id INTEGER NOT NULL REFERENCES destructions (id),
    carrier_id INTEGER NOT NULL REFERENCES carriers (id),
    added_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, carrier_id)
);
CREATE INDEX destruction_items_by_carrier ON destruction_items (carrier_id);
CREATE TABLE destruction_supervisors (
    batch_id INTEGER NOT NULL REFERENCES destructions (id),
    person_id INTEGER NOT NULL REFERENCES persons (id),
    position INTEGER NOT NULL,
    confirmed TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (batch_id, person_id)
);
CREATE TRIGGER destructions_no_delete BEFORE DELETE ON destructions
BEGIN SELECT RAISE(ABORT, 'destruction batches are kept permanently'); END;
CREATE TRIGGER destruction_items_only_draft BEFORE DELETE ON destruction_items
WHEN (SELECT state FROM destructions WHERE id = old.batch_id) != '草稿'
BEGIN SELECT RAISE(ABORT, 'the list of an approved batch cannot change'); END;
CREATE TRIGGER destruction_supervisors_kept BEFORE DELETE ON destruction_supervisors
WHEN (SELECT state FROM destructions WHERE id = old.batch_id) = '已执行'
BEGIN SELECT RAISE(ABORT, 'the supervisors of an executed batch are kept'); END;
CREATE TRIGGER carriers_destroyed_final BEFORE UPDATE ON carriers
WHEN old.state = '已销毁'
BEGIN SELECT RAISE(ABORT, 'a destroyed carrier is final'); END;
"""

BATCH_COLUMNS = (
    "id, number, state, dept, reason, applicant, method, place, destroy_on, destroyer, "
    "destroyer_id, receiver, approver, approved_on, approval_ref, created_at, created_by, executed_at, "
    "executed_by, cancelled_at, cancelled_by, cancel_reason"
)
OPEN_STATES = ("草稿", "已批准")


@dataclass(frozen=True)
class BatchRow:
    """One destruction batch as stored."""

    id: int
    number: str
    state: str
    dept: str
    reason: str
    applicant: str
    method: str
    place: str
    destroy_on: date | None
    destroyer: str
    destroyer_id: int | None
    receiver: str
    approver: str
    approved_on: date | None
    approval_ref: str
    created_at: str
    created_by: str
    executed_at: str | None
    executed_by: str
    cancelled_at: str | None
    cancelled_by: str
    cancel_reason: str


def insert(conn, number: str, at: str, by: str, **fields) -> int:
    """A new draft batch; return its id."""
    cur = conn.execute("INSERT INTO destructions (number, state, created_at, created_by) VALUES (?, '草稿', ?, ?)",
                       (number, at, by))
    update(conn, cur.lastrowid, **fields)
    return cur.lastrowid


def update(conn, batch_id: int, **fields) -> None:
    """Set columns of one batch (callers audit the change)."""
    allowed = set(BATCH_COLUMNS.split(", ")) - {"id", "number", "created_at", "created_by"}
    if set(fields) - allowed:
        raise ValueError(f"unknown batch fields: {set(fields) - allowed}")
    if fields:
        values = [v.isoformat() if isinstance(v, date) else v for v in fields.values()]
        conn.execute(f"UPDATE destructions SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                     (*values, batch_id))


def by_number(conn, number: str) -> BatchRow | None:
    """The batch with this number."""
    row = conn.execute(f"SELECT {BATCH_COLUMNS} FROM destructions WHERE number = ?", (number.strip(),)).fetchone()
    return _batch(row) if row else None


def batches(conn, states: tuple[str, ...] = ()) -> list[BatchRow]:
    """Batches, newest first; only those in ``states`` when given."""
    where = f"WHERE state IN ({', '.join('?' * len(states))})" if states else ""
    rows = conn.execute(f"SELECT {BATCH_COLUMNS} FROM destructions {where} ORDER BY id DESC", states)
    return [_batch(r) for r in rows]


def _batch(row) -> BatchRow:
    values = list(row)
    for i in (8, 13):
        values[i] = date.fromisoformat(values[i]) if values[i] else None
    return BatchRow(*values)


def add_item(conn, batch_id: int, carrier_id: int, at: str) -> None:
    """Put a carrier on a batch's list."""
    conn.execute("INSERT INTO destruction_items (batch_id, carrier_id, added_at) VALUES (?, ?, ?)",
                 (batch_id, carrier_id, at))


def remove_item(conn, batch_id: int, carrier_id: int) -> None:
    """Take a carrier off a draft's list."""
    conn.execute("DELETE FROM destruction_items WHERE batch_id = ? AND carrier_id = ?", (batch_id, carrier_id))


def item_ids(conn, batch_id: int) -> list[int]:
    """The carriers on a batch's list, in the order they were added."""
    rows = conn.execute("SELECT carrier_id FROM destruction_items WHERE batch_id = ? ORDER BY added_at, rowid",
                        (batch_id,))
    return [r[0] for r in rows]


def open_batch_of(conn, carrier_id: int) -> str | None:
    """The number of the open (draft or approved) batch a carrier is on, if any."""
    row = conn.execute(
        "SELECT d.number FROM destruction_items i JOIN destructions d ON d.id = i.batch_id "
        "WHERE i.carrier_id = ? AND d.state IN ('草稿', '已批准')", (carrier_id,)).fetchone()
    return row[0] if row else None


def set_supervisors(conn, batch_id: int, person_ids: list[int], confirmed: list[str] | None = None) -> None:
    """Replace the batch's 监销人 (in order), with how each confirmed when known."""
    conn.execute("DELETE FROM destruction_supervisors WHERE batch_id = ?", (batch_id,))
    confirmed = confirmed or [""] * len(person_ids)
    conn.executemany(
        "INSERT INTO destruction_supervisors (batch_id, person_id, position, confirmed) VALUES (?, ?, ?, ?)",
        [(batch_id, pid, i, how) for i, (pid, how) in enumerate(zip(person_ids, confirmed))])


def supervisors(conn, batch_id: int) -> list[tuple[int, str]]:
    """The batch's 监销人: (person id, how they confirmed — '' before execution)."""
    rows = conn.execute("SELECT person_id, confirmed FROM destruction_supervisors WHERE batch_id = ? "
                        "ORDER BY position", (batch_id,))
    return [(r[0], r[1]) for r in rows]
