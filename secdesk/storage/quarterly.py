"""SQL for the quarterly register (季度台账): every record of a period, as it stood at the
end of the ``as_of`` day. Dates are compared on the first ten characters of the stored
local time stamps (``2026-11-23T…``); ``start`` and ``end`` are ISO dates, inclusive."""

from __future__ import annotations


def _day(column: str) -> str:
    return f"substr({column}, 1, 10)"


def later_changes(conn, after: str):
    """Field changes of carriers recorded after the day ``after`` (edits, hand-overs,
    定密变更, 解密): (number, before JSON), oldest first."""
    return conn.execute(
        "SELECT substr(object, 9), before FROM audit_events WHERE event IN "
        "('carrier.edit', 'carrier.handover', 'carrier.reclassify', 'carrier.declassify') "
        f"AND result = 'ok' AND {_day('at')} > ? AND object LIKE 'carrier:%' ORDER BY seq", (after,)).fetchall()


def loans(conn, start: str, end: str):
    """Loans lent or returned in the period (undone ones left out): id, lent_at, number,
    marking, borrower, dept, approver, due_on, returned_at, clerk, override_reason."""
    return conn.execute(
        "SELECT l.id, l.lent_at, c.number, c.marking, p.name, p.dept, l.approver, l.due_on, l.returned_at, "
        "l.clerk, l.override_reason FROM loans l JOIN carriers c ON c.id = l.carrier_id "
        "JOIN persons p ON p.id = l.person_id WHERE l.undone_at IS NULL AND ("
        f"{_day('l.lent_at')} BETWEEN ? AND ? OR {_day('l.returned_at')} BETWEEN ? AND ?) "
        "ORDER BY l.lent_at, l.id", (start, end, start, end)).fetchall()


def overdue_loans(conn, as_of: str):
    """Loans out at the end of ``as_of`` and past their due date: id, number, marking,
    borrower, dept, lent_at, due_on."""
    return conn.execute(
        "SELECT l.id, c.number, c.marking, p.name, p.dept, l.lent_at, l.due_on FROM loans l "
        "JOIN carriers c ON c.id = l.carrier_id JOIN persons p ON p.id = l.person_id "
        f"WHERE l.undone_at IS NULL AND {_day('l.lent_at')} <= ? AND l.due_on < ? "
        f"AND (l.returned_at IS NULL OR {_day('l.returned_at')} > ?) ORDER BY l.due_on, l.id",
        (as_of, as_of, as_of)).fetchall()


def copy_jobs(conn, start: str, end: str):
    """Copying in the period: number, copied_on, source number, marking, copies, first
    copy, applicant, dept, approver, purpose, maker."""
    return conn.execute(
        "SELECT j.number, j.copied_on, c.number, c.marking, j.copies, j.first_copy, j.applicant, j.dept, "
        "j.approver, j.purpose, j.maker FROM copy_jobs j JOIN carriers c ON c.id = j.source_id "
        "WHERE j.copied_on BETWEEN ? AND ? ORDER BY j.copied_on, j.id", (start, end)).fetchall()


def outings(conn, start: str, end: str):
    """Carrying out begun or ended in the period: number, at, person, dept, destination,
    return_on, carriers (numbers, comma-joined), last return stamp or NULL if one is still out."""
    return conn.execute(
        "SELECT o.number, o.at, p.name, o.dept, o.destination, o.return_on, "
        "(SELECT group_concat(c.number, '、') FROM outing_items i JOIN carriers c ON c.id = i.carrier_id "
        " WHERE i.outing_id = o.id), "
        "(SELECT CASE WHEN COUNT(*) = COUNT(i.returned_at) THEN MAX(i.returned_at) END FROM outing_items i "
        " WHERE i.outing_id = o.id) "
        "FROM outings o JOIN persons p ON p.id = o.person_id WHERE "
        f"{_day('o.at')} BETWEEN ? AND ? OR EXISTS (SELECT 1 FROM outing_items i WHERE i.outing_id = o.id "
        f"AND {_day('i.returned_at')} BETWEEN ? AND ?) ORDER BY o.at, o.id", (start, end, start, end)).fetchall()


def transfers(conn, start: str, end: str):
    """Transfers and returns in the period: number, kind, on_day, to_unit, receiver,
    handed_by, witness, count, receipt_on."""
    return conn.execute(
        "SELECT t.number, t.kind, t.on_day, t.to_unit, t.receiver, t.handed_by, t.witness, "
        "(SELECT COUNT(*) FROM transfer_items i WHERE i.transfer_id = t.id), t.receipt_on "
        "FROM transfers t WHERE t.on_day BETWEEN ? AND ? ORDER BY t.on_day, t.id", (start, end)).fetchall()


def destroyed(conn, start: str, end: str):
    """Carriers destroyed in batches executed in the period: batch number, destroy_on,
    carrier number, marking, type, method, place, supervisors (comma-joined), approver."""
    return conn.execute(
        "SELECT d.number, COALESCE(d.destroy_on, substr(d.executed_at, 1, 10)), c.number, c.marking, c.ctype, "
        "d.method, d.place, (SELECT group_concat(p.name, '、') FROM destruction_supervisors s "
        " JOIN persons p ON p.id = s.person_id WHERE s.batch_id = d.id), d.approver "
        "FROM destructions d JOIN destruction_items i ON i.batch_id = d.id JOIN carriers c ON c.id = i.carrier_id "
        f"WHERE d.executed_at IS NOT NULL AND {_day('d.executed_at')} BETWEEN ? AND ? "
        "ORDER BY d.executed_at, d.number, c.number", (start, end)).fetchall()


def marking_changes(conn, start: str, end: str):
    """定密变更 and 解密 in the period, from the audit chain: seq, at, event, object,
    before, after, detail, account."""
    return conn.execute(
        "SELECT seq, at, event, object, before, after, detail, account FROM audit_events "
        "WHERE event IN ('carrier.reclassify', 'carrier.declassify') AND result = 'ok' "
        f"AND {_day('at')} BETWEEN ? AND ? ORDER BY seq", (start, end)).fetchall()


def inventories(conn, start: str, end: str):
    """Inventory sessions finished in the period: number, finished_at, scope_kind,
    scope_value, checkers, result (JSON)."""
    return conn.execute(
        "SELECT number, finished_at, scope_kind, scope_value, checkers, result FROM inventory_sessions "
        f"WHERE state = '已完成' AND {_day('finished_at')} BETWEEN ? AND ? ORDER BY finished_at, id",
        (start, end)).fetchall()


def missing(conn, start: str, end: str):
    """Missing records open at some time in the period: id, number, marking, since,
    deadline, found_at, found_note, incident number."""
    return conn.execute(
        "SELECT m.id, c.number, c.marking, m.since, m.deadline, m.found_at, m.found_note, "
        "(SELECT i.number FROM incidents i WHERE i.missing_id = m.id AND "
        f"{_day('i.opened_at')} <= ?) FROM missing m JOIN carriers c ON c.id = m.carrier_id "
        f"WHERE m.since <= ? AND (m.found_at IS NULL OR {_day('m.found_at')} >= ?) ORDER BY m.since, m.id",
        (end, end, start)).fetchall()


def incidents(conn, start: str, end: str):
    """Incidents opened by the end and not closed before the start: number, carrier
    number, opened_at, report_due, reported_at, close_due, closed_at, conclusion."""
    return conn.execute(
        "SELECT i.number, c.number, i.opened_at, i.report_due, i.reported_at, i.close_due, i.closed_at, "
        "i.conclusion FROM incidents i JOIN carriers c ON c.id = i.carrier_id "
        f"WHERE {_day('i.opened_at')} <= ? AND (i.closed_at IS NULL OR {_day('i.closed_at')} >= ?) "
        "ORDER BY i.opened_at, i.id", (end, start)).fetchall()


def personnel_changes(conn, start: str, end: str):
    """Files opened and people leaving in the period: key, day, name, dept, clearance, change."""
    opened = conn.execute(
        f"SELECT 'person:' || badge, {_day('created_at')}, name, dept, clearance, '新建档案' FROM persons "
        f"WHERE {_day('created_at')} BETWEEN ? AND ?", (start, end)).fetchall()
    left = conn.execute(
        "SELECT 'leaving:' || p.badge, l.left_on, p.name, p.dept, p.clearance, l.kind || '，脱密期' || l.years || '年' "
        "FROM leavings l JOIN persons p ON p.id = l.person_id WHERE l.left_on BETWEEN ? AND ?",
        (start, end)).fetchall()
    return sorted(opened + left, key=lambda r: (r[1], r[0]))


def trainings(conn, start: str, end: str):
    """Training in the period: id, held_on, name, dept, subject, hours, result."""
    return conn.execute(
        "SELECT t.id, t.held_on, p.name, p.dept, t.subject, t.hours, t.result FROM trainings t "
        "JOIN persons p ON p.id = t.person_id WHERE t.held_on BETWEEN ? AND ? ORDER BY t.held_on, t.id",
        (start, end)).fetchall()


def findings(conn, start: str, end: str):
    """Findings of inspections held by the end that were in the period or still open at
    its start: id, inspection number, held_on, kind, dept, problem, notice, due_on,
    issued_on, report_on, closed_on."""
    return conn.execute(
        "SELECT f.id, i.number, i.held_on, i.kind, f.dept, f.problem, f.notice, f.due_on, f.issued_on, "
        "f.report_on, f.closed_on FROM findings f JOIN inspections i ON i.id = f.inspection_id "
        "WHERE i.held_on <= ? AND (i.held_on >= ? OR (f.notice IS NOT NULL AND "
        "(f.closed_on IS NULL OR f.closed_on >= ?))) ORDER BY i.held_on, f.id", (end, start, start)).fetchall()


def audit_counts(conn, start: str, end: str):
    """Events of the period by kind: event, ok count, failed count."""
    return conn.execute(
        "SELECT event, SUM(result = 'ok'), SUM(result = 'failed') FROM audit_events "
        f"WHERE {_day('at')} BETWEEN ? AND ? GROUP BY event ORDER BY event", (start, end)).fetchall()
