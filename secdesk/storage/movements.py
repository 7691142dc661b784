"""SQL for copying (复制), carrying out (携带外出) and transfer/return (移交/清退).

Like loans, these records are kept permanently: no row is ever deleted (triggers), and a
carrier's own state changes are logged in ``carrier_states`` by the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MIGRATION = """
CREATE TABLE copy_jobs (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    source_id INTEGER NOT NULL REFERENCES carriers (id),
    copies INTEGER NOT NULL,
    first_copy INTEGER NOT NULL,
    pages_each TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL,
    maker TEXT NOT NULL,
    applicant TEXT NOT NULL,
    dept TEXT NOT NULL DEFAULT '',
    approver TEXT NOT NULL DEFAULT '',
    approval_ref TEXT NOT NULL DEFAULT '',
    copied_on TEXT NOT NULL,
    carrier_batch TEXT NOT NULL,
    clerk TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX copy_jobs_by_source ON copy_jobs (source_id);
CREATE TABLE outings (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    dept TEXT NOT NULL DEFAULT '',
    destination TEXT NOT NULL,
    purpose TEXT NOT NULL,
    return_on TEXT NOT NULL,
    approver TEXT NOT NULL DEFAULT '',
    approval_ref TEXT NOT NULL DEFAULT '',
    officer TEXT NOT NULL DEFAULT '',
    officer_reason TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    clerk TEXT NOT NULL,
    closed_at TEXT
);
CREATE TABLE outing_items (
    outing_id INTEGER NOT NULL REFERENCES outings (id),
    carrier_id INTEGER NOT NULL REFERENCES carriers (id),
    returned_at TEXT,
    returned_to TEXT NOT NULL DEFAULT '',
    whole INTEGER,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (outing_id, carrier_id)
);
CREATE INDEX outing_items_open ON outing_items (carrier_id) WHERE returned_at IS NULL;
CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('移交', '清退')),
    to_unit TEXT NOT NULL,
    receiver TEXT NOT NULL,
    witness TEXT NOT NULL DEFAULT '',
    handed_by TEXT NOT NULL,
    remarks TEXT NOT NULL DEFAULT '',
    on_day TEXT NOT NULL,
    at TEXT NOT NULL,
    clerk TEXT NOT NULL,
    receipt_on TEXT,
    receipt_note TEXT NOT NULL DEFAULT '',
    receipt_clerk TEXT NOT NULL DEFAULT ''
);
CREATE INDEX carriers_by_declassify_on ON carriers (declassify_on) WHERE declassify_on IS NOT NULL;
CREATE TABLE transfer_items (
    transfer_id INTEGER NOT NULL REFERENCES transfers (id),
    carrier_id INTEGER NOT NULL REFERENCES carriers (id),
    PRIMARY KEY (transfer_id, carrier_id)
);
""" + "".join(
    f"CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t} "
    f"BEGIN SELECT RAISE(ABORT, 'these records are kept permanently'); END;\n"
    for t in ("copy_jobs", "outings", "outing_items", "transfers", "transfer_items"))

# How the carriers of a transfer travel (传递方式): 专人送达 / 机要交通 / 机要通信; blank on
# transfers recorded before it was asked.
CHANNEL_MIGRATION = "ALTER TABLE transfers ADD COLUMN channel TEXT NOT NULL DEFAULT '';"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


# -- copying -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CopyJobRow:
    """One copying job (复制): the source, how many copies from which 份号, and the approval."""

    id: int
    number: str
    source_id: int
    source_number: str
    title: str
    level: str
    copies: int
    first_copy: int
    pages_each: str
    purpose: str
    maker: str
    applicant: str
    dept: str
    approver: str
    approval_ref: str
    copied_on: date
    carrier_batch: str
    clerk: str
    carrier_numbers: tuple[str, ...] = ()  # the copies made, in 份号 order


_COPY_SELECT = """
SELECT j.id, j.number, j.source_id, c.number, c.title, c.level, j.copies, j.first_copy, j.pages_each,
       j.purpose, j.maker, j.applicant, j.dept, j.approver, j.approval_ref, j.copied_on, j.carrier_batch, j.clerk
FROM copy_jobs j JOIN carriers c ON c.id = j.source_id
"""


def insert_copy_job(conn, **fields) -> int:
    """Record a copying job; return its id."""
    fields = {k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()}
    cur = conn.execute(f"INSERT INTO copy_jobs ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
                       tuple(fields.values()))
    return cur.lastrowid


def copy_jobs(conn, where: str = "", params: tuple = ()) -> list[CopyJobRow]:
    """Copying jobs, newest first (optionally filtered by a condition on ``j``)."""
    rows = conn.execute(_COPY_SELECT + (f" WHERE {where}" if where else "") + " ORDER BY j.id DESC", params)
    return [CopyJobRow(*r[:15], _day(r[15]), *r[16:], carrier_numbers=tuple(
        n[0] for n in conn.execute("SELECT number FROM carriers WHERE batch = ? ORDER BY copy_no, id", (r[16],))))
        for r in rows.fetchall()]


def copy_set_ids(conn, carrier_id: int) -> set[int]:
    """The carriers of one document's set: those registered with it in one batch, and every
    copy made of any of them since (followed back to the original first)."""
    root = carrier_id
    while True:
        row = conn.execute("SELECT source_carrier_id FROM carriers WHERE id = ?", (root,)).fetchone()
        if row is None or row[0] is None:
            break
        root = row[0]
    ids = {r[0] for r in conn.execute(
        "SELECT id FROM carriers WHERE batch = (SELECT batch FROM carriers WHERE id = ?) AND batch != ''", (root,))}
    ids.add(root)
    while True:
        marks = ", ".join("?" * len(ids))
        more = {r[0] for r in conn.execute(f"SELECT id FROM carriers WHERE source_carrier_id IN ({marks})",
                                           tuple(ids))} - ids
        if not more:
            return ids
        ids |= more


def highest_copy_no(conn, ids: set[int]) -> int:
    """The highest 份号 or 共N份 in a set (0 when none is numbered)."""
    marks = ", ".join("?" * len(ids))
    row = conn.execute(f"SELECT MAX(COALESCE(copy_no, 0)), MAX(COALESCE(copies_total, 0)) FROM carriers "
                       f"WHERE id IN ({marks})", tuple(ids)).fetchone()
    return max(row[0] or 0, row[1] or 0)


# -- carrying out ------------------------------------------------------------------------


@dataclass(frozen=True)
class OutingItemRow:
    """One carrier of an outing, and how it came back."""

    carrier_id: int
    number: str
    level: str
    marking: str
    ctype: str
    copy_no: int | None
    copies_total: int | None
    returned_at: str | None
    whole: bool | None
    note: str


@dataclass(frozen=True)
class OutingRow:
    """One approved carrying out (携带外出)."""

    id: int
    number: str
    person_id: int
    person: str
    badge: str
    dept: str
    destination: str
    purpose: str
    return_on: date
    approver: str
    approval_ref: str
    officer: str
    officer_reason: str
    at: str
    clerk: str
    closed_at: str | None
    items: tuple[OutingItemRow, ...] = ()

    def overdue(self, today: date) -> bool:
        """Still out after the expected return date."""
        return self.closed_at is None and self.return_on < today


_OUTING_SELECT = """
SELECT o.id, o.number, o.person_id, p.name, p.badge, o.dept, o.destination, o.purpose, o.return_on,
       o.approver, o.approval_ref, o.officer, o.officer_reason, o.at, o.clerk, o.closed_at
FROM outings o JOIN persons p ON p.id = o.person_id
"""


def insert_outing(conn, carrier_ids: list[int], **fields) -> int:
    """Record an outing and its carriers; return its id."""
    fields = {k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()}
    cur = conn.execute(f"INSERT INTO outings ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
                       tuple(fields.values()))
    conn.executemany("INSERT INTO outing_items (outing_id, carrier_id) VALUES (?, ?)",
                     [(cur.lastrowid, cid) for cid in carrier_ids])
    return cur.lastrowid


def outings(conn, where: str = "", params: tuple = ()) -> list[OutingRow]:
    """Outings with their carriers, newest first (optionally filtered by a condition on ``o``)."""
    rows = conn.execute(_OUTING_SELECT + (f" WHERE {where}" if where else "") + " ORDER BY o.id DESC", params)
    return [OutingRow(*r[:8], _day(r[8]), *r[9:], items=_outing_items(conn, r[0])) for r in rows.fetchall()]


def _outing_items(conn, outing_id: int) -> tuple[OutingItemRow, ...]:
    rows = conn.execute(
        "SELECT c.id, c.number, c.level, c.marking, c.ctype, c.copy_no, c.copies_total, i.returned_at, i.whole, i.note "
        "FROM outing_items i JOIN carriers c ON c.id = i.carrier_id WHERE i.outing_id = ? ORDER BY c.number",
        (outing_id,))
    return tuple(OutingItemRow(*r[:8], None if r[8] is None else bool(r[8]), r[9]) for r in rows)


def open_outing_of(conn, carrier_id: int) -> OutingRow | None:
    """The outing a carrier is out on, if any."""
    row = conn.execute("SELECT outing_id FROM outing_items WHERE carrier_id = ? AND returned_at IS NULL",
                       (carrier_id,)).fetchone()
    found = outings(conn, "o.id = ?", (row[0],)) if row else []
    return found[0] if found else None


def bring_back(conn, outing_id: int, carrier_id: int, at: str, clerk: str, whole: bool, note: str) -> None:
    """Record one carrier back from an outing; close the outing when all are back."""
    conn.execute("UPDATE outing_items SET returned_at = ?, returned_to = ?, whole = ?, note = ? "
                 "WHERE outing_id = ? AND carrier_id = ?", (at, clerk, int(whole), note, outing_id, carrier_id))
    conn.execute("UPDATE outings SET closed_at = ? WHERE id = ? AND NOT EXISTS "
                 "(SELECT 1 FROM outing_items WHERE outing_id = ? AND returned_at IS NULL)", (at, outing_id, outing_id))


# -- transfer and return -----------------------------------------------------------------


@dataclass(frozen=True)
class TransferRow:
    """One transfer (移交) or return to the issuer (清退), and its 回执."""

    id: int
    number: str
    kind: str
    to_unit: str
    receiver: str
    witness: str
    handed_by: str
    remarks: str
    on_day: date
    at: str
    clerk: str
    receipt_on: date | None
    receipt_note: str
    receipt_clerk: str
    carrier_ids: tuple[int, ...] = ()
    channel: str = ""  # 传递方式

    @property
    def outstanding(self) -> bool:
        """The signed 回执 has not come back yet."""
        return self.receipt_on is None


_TRANSFER_COLUMNS = ("id, number, kind, to_unit, receiver, witness, handed_by, remarks, on_day, at, clerk, "
                     "receipt_on, receipt_note, receipt_clerk, channel")


def insert_transfer(conn, carrier_ids: list[int], **fields) -> int:
    """Record a transfer and its carriers; return its id."""
    fields = {k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()}
    cur = conn.execute(f"INSERT INTO transfers ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
                       tuple(fields.values()))
    conn.executemany("INSERT INTO transfer_items (transfer_id, carrier_id) VALUES (?, ?)",
                     [(cur.lastrowid, cid) for cid in carrier_ids])
    return cur.lastrowid


def transfers(conn, where: str = "", params: tuple = ()) -> list[TransferRow]:
    """Transfers with their carriers' ids, newest first."""
    rows = conn.execute(f"SELECT {_TRANSFER_COLUMNS} FROM transfers" + (f" WHERE {where}" if where else "")
                        + " ORDER BY id DESC", params).fetchall()
    out = []
    for r in rows:
        ids = tuple(x[0] for x in conn.execute(
            "SELECT carrier_id FROM transfer_items WHERE transfer_id = ? ORDER BY rowid", (r[0],)))
        out.append(TransferRow(*r[:8], _day(r[8]), r[9], r[10], _day(r[11]), *r[12:14], carrier_ids=ids,
                               channel=r[14]))
    return out


def record_receipt(conn, transfer_id: int, on: date, note: str, clerk: str) -> None:
    """The signed 回执 came back."""
    conn.execute("UPDATE transfers SET receipt_on = ?, receipt_note = ?, receipt_clerk = ? WHERE id = ?",
                 (on.isoformat(), note, clerk, transfer_id))


def received_and_held(conn, received: str, issuer: str, states: tuple[str, ...], before: str) -> list[int]:
    """Carriers received from ``issuer`` (制作发文单位 or 来源) before a time, in ``states``."""
    marks = ", ".join("?" * len(states))
    rows = conn.execute(
        f"SELECT id FROM carriers WHERE source = ? AND (origin_unit = ? OR source_detail = ?) "
        f"AND state IN ({marks}) AND registered_at < ? ORDER BY number", (received, issuer, issuer, *states, before))
    return [r[0] for r in rows]


def issuers_held(conn, received: str, states: tuple[str, ...]) -> list[str]:
    """The issuing units of carriers received and in ``states``: each distinct unit found
    by one seek in migration 14's index, then one carrier of it in ``states`` (never a
    walk over every carrier in the room)."""
    marks = ", ".join(f"?{i + 2}" for i in range(len(states)))
    rows = conn.execute(
        "WITH RECURSIVE units (unit) AS ("
        " SELECT min(origin_unit) FROM carriers INDEXED BY carriers_by_source_origin"
        " WHERE source = ?1 AND origin_unit > ''"
        " UNION ALL SELECT (SELECT min(origin_unit) FROM carriers INDEXED BY carriers_by_source_origin"
        " WHERE source = ?1 AND origin_unit > units.unit)"
        " FROM units WHERE unit IS NOT NULL) "
        "SELECT unit FROM units WHERE unit IS NOT NULL AND EXISTS (SELECT 1 FROM carriers c "
        "INDEXED BY carriers_by_source_origin WHERE c.source = ?1 AND c.origin_unit = units.unit "
        f"AND c.state IN ({marks})) ORDER BY unit",
        (received, *states))
    return [r[0] for r in rows]


# 14: the issuing units of received carriers, for the 清退 list (issuers_held)
ISSUER_MIGRATION = """
CREATE INDEX carriers_by_source_origin ON carriers (source, origin_unit);
"""
