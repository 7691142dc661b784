"""Missing carriers (下落不明) and incidents (泄密事件).

Marking a carrier 下落不明 starts its clock (10 days for 绝密, 60 for 机密/秘密). Found
again, it goes back to the state it had. Past the deadline, ``escalate_due`` opens an
incident from it — the 24-hour report due and the 3-month closing date tracked — with
the report's text prepared from the carrier's data and history. An incident is closed by
the officer; while it is open the carrier cannot be destroyed or moved.
"""

from __future__ import annotations

from datetime import date, datetime

from secdesk.domain import clock
from secdesk.domain.carriers.model import Carrier, State
from secdesk.domain.errors import InvalidInput
from secdesk.domain.inventory.deadlines import close_due, deadline_passed, is_incident, report_due, search_deadline
from secdesk.domain.lending.rules import Refused
from secdesk.domain.roles import Permission
from secdesk.domain import validate
from secdesk.domain.validate import day_in_range
from secdesk.services import carriers, personnel
from secdesk.services.session import Session
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import incidents as repo
from secdesk.storage import loans as loan_rows
from secdesk.storage import movements
from secdesk.storage.incidents import IncidentRow, MissingRow
from secdesk.storage.numbering import next_form_number

PREFIX = "SJ"
CAN_GO_MISSING = (State.IN_ROOM, State.LENT, State.OUT)


def mark_missing(session: Session, number: str, since: date | None = None, place: str = "", finder: str = "",
                 note: str = "", inventory: str = "", conn=None) -> MissingRow:
    """登记下落不明: the carrier is not where the register says; its clock starts on ``since``."""
    session.require(Permission.WRITE_REGISTER, "carrier.missing", f"carrier:{number}")
    validate.notes(("发现地点", place), ("发现人", finder), ("情况说明", note))
    carrier = carriers.find(session, number)
    if repo.open_missing_of(session.vault.conn, carrier.id) is not None:
        raise InvalidInput("状态", f"{carrier.number} 已登记为下落不明，尚未找回", f"{carrier.number} is already missing")
    if carrier.state not in CAN_GO_MISSING:
        raise InvalidInput("状态", f"{carrier.number} 当前{carrier.state.value}，不能登记为下落不明",
                           f"{carrier.number} is {carrier.state.value}")
    finder = _name_of(session, finder)
    today = clock.now().date()
    since = day_in_range("发现日期", since) or today
    if since > today:
        raise InvalidInput("发现日期", "发现日期不能晚于今天", "the day of discovery cannot be in the future")
    if conn is not None:
        return _mark(session, conn, carrier, since, place, finder, note, inventory)
    with session.vault.transaction() as conn:
        return _mark(session, conn, carrier, since, place, finder, note, inventory)


def _name_of(session: Session, finder: str) -> str:
    """A finder given by badge is recorded (and printed on form 8) by name."""
    if finder.strip() and personnel.is_badge(finder):
        return personnel.find_person(session, finder).name
    return finder


def _mark(session: Session, conn, carrier: Carrier, since: date, place: str, finder: str, note: str,
          inventory: str) -> MissingRow:
    deadline = search_deadline(carrier.draft.level, since)
    stamp = clock.stamp()
    missing_id = repo.insert_missing(
        conn, carrier_id=carrier.id, previous_state=carrier.state.value, since=since.isoformat(),
        deadline=deadline.isoformat() if deadline else None, place=place.strip(), finder=finder.strip(),
        note=note.strip(), inventory=inventory, recorded_at=stamp, recorded_by=session.actor.name)
    carrier_rows.update(conn, carrier.id, state=State.MISSING.value)
    carrier_rows.log_state(conn, carrier.id, stamp, State.MISSING, "carrier.missing")
    session.record(conn, "carrier.missing", f"carrier:{carrier.number}", before={"state": carrier.state.value},
                   after={"state": State.MISSING.value, "since": since.isoformat(),
                          "deadline": deadline.isoformat() if deadline else None},
                   detail=(f"清点{inventory}未找到；" if inventory else "") + (note.strip() or "登记下落不明"))
    return repo.missing(conn, "m.id = ?", (missing_id,))[0]


def found(session: Session, number: str, note: str) -> MissingRow:
    """找回: the carrier turned up; it goes back to the state it had (a loan or an outing
    still open keeps it 借出 / 外出), with the note of where and how it was found."""
    session.require(Permission.WRITE_REGISTER, "carrier.found", f"carrier:{number}")
    carrier = carriers.find(session, number)
    record = repo.open_missing_of(session.vault.conn, carrier.id)
    if record is None:
        raise Refused("not_missing", f"{carrier.number} 未登记为下落不明（当前{carrier.state.value}）",
                      f"{carrier.number} is not missing")
    if not note.strip():
        raise InvalidInput("找回情况", "请说明在何处、由谁找回", "say where and by whom it was found")
    validate.note("找回情况", note)
    back = _state_to_return_to(session.vault.conn, carrier, State(record.previous_state))
    stamp = clock.stamp()
    with session.vault.transaction() as conn:
        repo.mark_found(conn, record.id, stamp, session.actor.name, note.strip())
        carrier_rows.update(conn, carrier.id, state=back.value)
        carrier_rows.log_state(conn, carrier.id, stamp, back, "carrier.found")
        incident = repo.open_incident_of(conn, carrier.id)
        if incident is not None:
            repo.update_incident(conn, incident.id, notes=_append(incident.notes, f"{stamp[:10]} 载体已找回：{note.strip()}"))
        session.record(conn, "carrier.found", f"carrier:{carrier.number}", before={"state": State.MISSING.value},
                       after={"state": back.value}, detail=note.strip())
    return repo.missing(session.vault.conn, "m.id = ?", (record.id,))[0]


def _state_to_return_to(conn, carrier: Carrier, previous: State) -> State:
    if previous is State.LENT and loan_rows.open_for_carrier(conn, carrier.id):
        return State.LENT
    if previous is State.OUT and movements.open_outing_of(conn, carrier.id):
        return State.OUT
    return State.IN_ROOM


def _append(notes: str, line: str) -> str:
    return f"{notes}\n{line}" if notes else line


def list_missing(session: Session, open_only: bool = True) -> list[MissingRow]:
    """Missing carriers (still missing, or all records)."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return repo.missing(session.vault.conn, "m.found_at IS NULL" if open_only else "")


def escalate_due(session: Session, today: date | None = None) -> list[IncidentRow]:
    """Open an incident for each carrier past its search deadline (run at the start of the
    day by the clerk's or the officer's session); returns the incidents opened."""
    if not (session.actor.can(Permission.WRITE_REGISTER) or session.actor.can(Permission.APPROVE)):
        return []
    today = today or clock.now().date()
    due = [m for m in list_missing(session) if not m.incident and is_incident(m.deadline, today)]
    opened = []
    for record in due:
        with session.vault.transaction() as conn:
            opened.append(_open_incident(session, conn, record, today))
    return opened


def _open_incident(session: Session, conn, record: MissingRow, today: date) -> IncidentRow:
    now = clock.now()
    passed = deadline_passed(record.deadline, now.tzinfo)  # the clocks run from here, not from now
    number = next_form_number(conn, PREFIX, today.year)
    carrier = carrier_rows.by_id(conn, record.carrier_id)
    incident_id = repo.insert_incident(
        conn, number=number, missing_id=record.id, carrier_id=record.carrier_id, opened_at=now.isoformat(),
        opened_by=session.actor.name, report_due=report_due(passed).isoformat(),
        close_due=close_due(passed.date()).isoformat(),
        course=course_text(carrier, record), search_done=search_text(record))
    session.record(conn, "incident.open", f"carrier:{carrier.number}", after={"incident": number},
                   detail=f"{record.since.isoformat()}起下落不明，至{record.deadline.isoformat()}仍未找到，按泄密事件处理")
    return repo.incidents(conn, "i.id = ?", (incident_id,))[0]


def course_text(carrier: Carrier, record: MissingRow) -> str:
    """简要经过, prepared from the carrier's data and the missing record."""
    how = f"在清点（{record.inventory}）中" if record.inventory else ""
    where = f"于{record.place}" if record.place else ""
    by = f"由{record.finder}" if record.finder else ""
    copy = f" {carrier.copy_text}" if carrier.copy_text else ""
    return (f"{record.since.isoformat()}，{by}{where}{how}发现载体{carrier.number}（{carrier.marking}，"
            f"{carrier.draft.ctype.value}{copy}，保管人{carrier.draft.custodian or '—'}）下落不明，"
            f"登记前状态为{record.previous_state}。" + (f"情况：{record.note}。" if record.note else ""))


def search_text(record: MissingRow) -> str:
    """已进行的查找工作, as far as the register knows it."""
    return (f"自{record.since.isoformat()}起组织查找，至{record.deadline.isoformat()}查找期限届满仍未找到。"
            if record.deadline else f"自{record.since.isoformat()}起组织查找。")


def incidents(session: Session, open_only: bool = False) -> list[IncidentRow]:
    """Incidents (open ones, or all)."""
    session.require(Permission.READ_REGISTER, "incident.read")
    return repo.incidents(session.vault.conn, "i.closed_at IS NULL" if open_only else "")


def get_incident(session: Session, number: str) -> IncidentRow:
    """One incident by its number."""
    session.require(Permission.READ_REGISTER, "incident.read", f"incident:{number}")
    rows = repo.incidents(session.vault.conn, "i.number = ?", (number.strip().upper(),))
    if not rows:
        raise InvalidInput("事件编号", f"没有泄密事件“{number.strip()}”", f"no incident {number.strip()!r}")
    return rows[0]


def update_incident(session: Session, number: str, course: str, search_done: str, remedies: str) -> IncidentRow:
    """The report's texts: 简要经过, 已进行的查找工作, 已采取或拟采取的补救措施."""
    incident = _writable(session, number, "incident.update")
    for label, text in (("简要经过", course), ("已进行的查找工作", search_done), ("补救措施", remedies)):
        validate.note(label, text, lines=True)
    with session.vault.transaction() as conn:
        repo.update_incident(conn, incident.id, course=course.strip(), search_done=search_done.strip(),
                             remedies=remedies.strip())
        session.record(conn, "incident.update", f"incident:{incident.number}",
                       before={"remedies": incident.remedies}, after={"remedies": remedies.strip()})
    return get_incident(session, number)


def record_report(session: Session, number: str, reported_at: datetime | None = None) -> IncidentRow:
    """The report was made to the 保密行政管理部门 (the officer records when)."""
    incident = _writable(session, number, "incident.report", officer=True)
    at = (reported_at or clock.now()).isoformat()
    with session.vault.transaction() as conn:
        repo.update_incident(conn, incident.id, reported_at=at)
        late = at > incident.report_due
        session.record(conn, "incident.report", f"incident:{incident.number}", after={"reported_at": at},
                       detail="已报告" + ("（超过24小时时限）" if late else ""))
    return get_incident(session, number)


def close_incident(session: Session, number: str, conclusion: str) -> IncidentRow:
    """查处结案 by the officer, with the conclusion."""
    incident = _writable(session, number, "incident.close", officer=True)
    if not conclusion.strip():
        raise InvalidInput("结案意见", "请填写查处结论", "give the conclusion")
    validate.note("结案意见", conclusion, lines=True)
    with session.vault.transaction() as conn:
        repo.update_incident(conn, incident.id, closed_at=clock.stamp(), closed_by=session.actor.name,
                             conclusion=conclusion.strip())
        session.record(conn, "incident.close", f"incident:{incident.number}", detail=conclusion.strip())
    return get_incident(session, number)


def _writable(session: Session, number: str, event: str, officer: bool = False) -> IncidentRow:
    if officer or not session.actor.can(Permission.WRITE_REGISTER):
        session.require(Permission.APPROVE, event, f"incident:{number}")
    incident = get_incident(session, number)
    if incident.closed_at:
        raise InvalidInput("泄密事件", f"事件{incident.number}已结案，不能再修改", "the incident is closed")
    return incident
