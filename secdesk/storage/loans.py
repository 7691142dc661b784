"""SQL for loans (借阅): lend, return, undo, and the lists the station and the forms need.

The loans table itself was laid down with the personnel files (migration 3); migration 5
adds the approver, the officer's override, the undo mark and the carrier's lending hold.
A loan undone within its minute is closed with ``undone_at`` set: it stays in the table
(a correction, not a deletion) and is left out of the lending register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from secdesk.domain.lending.rules import TOP_SECRET_BACK_BY, is_overdue

MIGRATION = """
ALTER TABLE loans ADD COLUMN approver_id INTEGER REFERENCES persons (id);
ALTER TABLE loans ADD COLUMN approval_by TEXT NOT NULL DEFAULT '';
ALTER TABLE loans ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE loans ADD COLUMN overridden_by TEXT NOT NULL DEFAULT '';
ALTER TABLE loans ADD COLUMN undone_at TEXT;
ALTER TABLE loans ADD COLUMN return_clerk TEXT NOT NULL DEFAULT '';
ALTER TABLE carriers ADD COLUMN lend_hold TEXT NOT NULL DEFAULT '';
CREATE INDEX loans_open_by_due ON loans (due_on) WHERE returned_at IS NULL;
CREATE INDEX loans_by_lent_at ON loans (lent_at);
CREATE INDEX loans_by_carrier ON loans (carrier_id, id);
CREATE TRIGGER loans_no_delete BEFORE DELETE ON loans
BEGIN SELECT RAISE(ABORT, 'loan records are kept permanently'); END;
"""

# 14: a borrower's open loans by due date: the overdue check at each lend reads only what
# is due, not every loan the borrower holds (replaces migration 3's index on person_id).
OVERDUE_MIGRATION = """
DROP INDEX IF EXISTS loans_by_person_open;
CREATE INDEX loans_open_by_person_due ON loans (person_id, due_on) WHERE returned_at IS NULL;
"""

_SELECT = """
SELECT l.id, l.carrier_id, c.number, c.title, c.doc_no, c.level, c.marking, c.copy_no, c.copies_total,
       l.person_id, p.name, p.dept, p.badge, l.lent_at, l.due_on, l.purpose, l.approver, l.approval_ref,
       l.approval_by, l.reading_place, l.clerk, l.returned_at, l.returned_to, l.whole, l.return_note,
       l.override_reason, l.overridden_by, l.undone_at, c.issue_date
FROM loans l JOIN carriers c ON c.id = l.carrier_id JOIN persons p ON p.id = l.person_id
"""


@dataclass(frozen=True)
class LoanRow:
    """One loan with what the station and the forms show of its carrier and borrower."""

    id: int
    carrier_id: int
    number: str
    title: str
    doc_no: str
    level: str
    marking: str
    copy_no: int | None
    copies_total: int | None
    person_id: int
    borrower: str
    dept: str
    badge: str
    lent_at: str
    due_on: date
    purpose: str
    approver: str
    approval_ref: str
    approval_by: str
    reading_place: str
    clerk: str
    returned_at: str | None
    returned_to: str | None
    whole: bool | None
    return_note: str
    override_reason: str
    overridden_by: str
    undone_at: str | None
    issue_date: str | None = None  # the carrier's 制发日期 (ISO): its term counts from it

    @property
    def open(self) -> bool:
        """True while the carrier is still out."""
        return self.returned_at is None

    def overdue(self, now: date | datetime) -> bool:
        """Still out after its due date (a 绝密 loan from the evening of its day, given a time)."""
        return self.open and is_overdue(self.level, self.due_on, now)


def _row(r) -> LoanRow:
    values = list(r)
    values[14] = date.fromisoformat(values[14])
    values[23] = None if values[23] is None else bool(values[23])
    return LoanRow(*values)


def insert(conn, carrier_id: int, person_id: int, lent_at: str, due_on: date, clerk: str, *,
           purpose: str = "", approver: str = "", approver_id: int | None = None, approval_ref: str = "",
           approval_by: str = "", reading_place: str = "", override_reason: str = "",
           overridden_by: str = "") -> int:
    """Open a loan; the unique index refuses a second open loan of one carrier."""
    return conn.execute(
        "INSERT INTO loans (carrier_id, person_id, lent_at, due_on, purpose, approver, approver_id, "
        "approval_ref, approval_by, reading_place, clerk, override_reason, overridden_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (carrier_id, person_id, lent_at, due_on.isoformat(), purpose, approver, approver_id, approval_ref,
         approval_by, reading_place, clerk, override_reason, overridden_by)).lastrowid


def close(conn, loan_id: int, at: str, clerk: str, whole: bool | None, note: str,
          undone: bool = False) -> None:
    """Record the return (or, ``undone``, the undoing of the loan)."""
    conn.execute("UPDATE loans SET returned_at = ?, returned_to = ?, return_clerk = ?, whole = ?, "
                 "return_note = ?, undone_at = ? WHERE id = ? AND returned_at IS NULL",
                 (at, clerk, clerk, whole, note, at if undone else None, loan_id))


def reopen(conn, loan_id: int) -> None:
    """Undo a return: the loan is open again (the audit log keeps the correction)."""
    conn.execute("UPDATE loans SET returned_at = NULL, returned_to = NULL, return_clerk = '', whole = NULL, "
                 "return_note = '' WHERE id = ?", (loan_id,))


def by_id(conn, loan_id: int) -> LoanRow | None:
    """One loan."""
    row = conn.execute(_SELECT + " WHERE l.id = ?", (loan_id,)).fetchone()
    return _row(row) if row else None


def open_for_carrier(conn, carrier_id: int) -> LoanRow | None:
    """The open loan of a carrier, if it is out."""
    row = conn.execute(_SELECT + " WHERE l.carrier_id = ? AND l.returned_at IS NULL", (carrier_id,)).fetchone()
    return _row(row) if row else None


def overdue_numbers(conn, person_id: int, now: datetime) -> list[str]:
    """Numbers of the carriers the person holds past their due date (a 绝密 loan from the
    evening of its day)."""
    today = now.date().isoformat()
    evening = now.time() >= TOP_SECRET_BACK_BY
    return [r[0] for r in conn.execute(
        "SELECT c.number FROM loans l JOIN carriers c ON c.id = l.carrier_id "
        "WHERE l.person_id = ? AND l.returned_at IS NULL AND l.due_on <= ? "
        "AND (l.due_on < ? OR (? AND c.level = '绝密' AND l.due_on = ?)) ORDER BY l.due_on",
        (person_id, today, today, evening, today))]


def overdue_carriers(conn, carrier_ids: list[int], now: datetime) -> set[int]:
    """Which of these carriers are out on a loan past its due date (a 绝密 loan from the
    evening of its day)."""
    if not carrier_ids:
        return set()
    today, evening = now.date().isoformat(), now.time() >= TOP_SECRET_BACK_BY
    marks = ", ".join("?" * len(carrier_ids))
    return {r[0] for r in conn.execute(
        f"SELECT l.carrier_id FROM loans l JOIN carriers c ON c.id = l.carrier_id "
        f"WHERE l.returned_at IS NULL AND l.carrier_id IN ({marks}) "
        f"AND (l.due_on < ? OR (? AND c.level = '绝密' AND l.due_on = ?))",
        (*carrier_ids, today, evening, today))}


def open_loans(conn, person_id: int | None = None, due_by: date | None = None, limit: int = 5000) -> list[LoanRow]:
    """Open loans (of one person; due on or before ``due_by``), earliest due first."""
    where, params = ["l.returned_at IS NULL"], []
    if person_id is not None:
        where.append("l.person_id = ?")
        params.append(person_id)
    if due_by is not None:
        where.append("l.due_on <= ?")
        params.append(due_by.isoformat())
    sql = _SELECT + " WHERE " + " AND ".join(where) + " ORDER BY l.due_on, l.id LIMIT ?"
    return [_row(r) for r in conn.execute(sql, (*params, limit))]


def lent_between(conn, first: date, last: date, chunk: int = 2000):
    """Loans made from ``first`` to ``last`` inclusive (undone ones left out), oldest first."""
    cursor = conn.execute(_SELECT + " WHERE l.lent_at >= ? AND l.lent_at < ? AND l.undone_at IS NULL "
                          "ORDER BY l.lent_at, l.id", (first.isoformat(), _day_after(last)))
    while rows := cursor.fetchmany(chunk):
        yield from (_row(r) for r in rows)


def recent(conn, limit: int = 200) -> list[LoanRow]:
    """The latest loans, newest first (the lending page's default view)."""
    return [_row(r) for r in conn.execute(_SELECT + " ORDER BY l.id DESC LIMIT ?", (limit,))]


def _day_after(day: date) -> str:
    return date.fromordinal(day.toordinal() + 1).isoformat()


def held_carriers(conn) -> list[tuple[str, str, str]]:
    """(number, marking, what was found) of carriers held for checking after a return."""
    return list(conn.execute("SELECT number, marking, lend_hold FROM carriers WHERE lend_hold <> '' ORDER BY number"))
