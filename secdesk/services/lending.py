"""Lending (借阅) and return (归还) — the scan station's services, also used by the CLI.

A loan is one transaction: the loan row, the carrier's state (借出) and its audit event
``loan.lend`` (object ``carrier:<number>``). A refused scan is audited too
(``loan.refused``), so the log shows what was attempted. The last action of a clerk can
be undone within a minute: the loan is closed as undone, or the return reopened, and
the correction is audited (``loan.undo``); nothing is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, State
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.lending.rules import (
    UNDO_SECONDS,
    ApprovalBy,
    Holder,
    NeedsApproval,
    NeedsCount,
    Refused,
    approval_needed,
    check_borrower,
    check_carrier,
    check_status,
    due_date,
)
from secdesk.domain.personnel.model import Person
from secdesk.domain.roles import Permission, Role, check_not_own
from secdesk.domain import validate
from secdesk.domain.validate import day_in_range
from secdesk.services import approvals, carriers, personnel
from secdesk.services.accounts import vouch
from secdesk.services.session import Session
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import destructions
from secdesk.storage import loans as repo
from secdesk.storage.loans import LoanRow


@dataclass(frozen=True)
class Approval:
    """Who approved (their badge) and the reference of the signed paper form."""

    approver: str
    reference: str


@dataclass(frozen=True)
class Override:
    """The security officer lifts an overridable block: their account, password and reason."""

    officer: str
    password: str
    reason: str


def check_texts(approval: Approval | None, override: Override | None) -> None:
    """The approval's and the officer's typed words hold no control or bidi character."""
    if approval is not None:
        validate.notes(("审批人", approval.approver), ("审批单号", approval.reference))
    if override is not None:
        validate.notes(("安全保密管理员", override.officer), ("理由", override.reason))


def _holder(row: LoanRow | None) -> Holder | None:
    return None if row is None else Holder(row.person_id, row.borrower, row.dept, row.lent_at, row.due_on)


def _refused(session: Session, exc: Refused, number: str, badge: str = "") -> Refused:
    """Audit a refusal in its own transaction; return it to be raised."""
    with session.vault.transaction() as conn:
        session.record(conn, "loan.refused", f"carrier:{number}" if number else f"person:{badge}", result="failed",
                       detail=f"{exc.zh}" + (f"（借阅人{badge}）" if badge else ""))
    return exc


def borrower(session: Session, text: str) -> Person:
    """The person a scanned badge names, for lending (refused if not 在岗)."""
    session.require(Permission.WRITE_REGISTER, "loan.lend")
    person = personnel.find_person(session, text)
    try:
        check_status(person)
    except Refused as exc:
        raise _refused(session, exc, "", person.badge) from None
    return person


Found = tuple[Carrier, LoanRow | None]  # a carrier and its open loan, as just read by the station's scan


def _found(session: Session, number: str, found: Found | None) -> Found:
    """The carrier ``number`` names and its open loan: ``found`` when the caller (the
    station's scan, in this same worker call) has just read them, else read now."""
    if found is not None:
        return found
    carrier = carriers.find(session, number)
    return carrier, repo.open_for_carrier(session.vault.conn, carrier.id)


def lend(session: Session, number: str, badge: str, approval: Approval | None = None, due: date | None = None,
         purpose: str = "", reading_place: str = "", override: Override | None = None,
         found: Found | None = None) -> LoanRow:
    """Lend a carrier to the person with ``badge``, or raise :class:`Refused` with the reason.
    ``found``: the carrier and its open loan, when the caller has just read them."""
    session.require(Permission.WRITE_REGISTER, "loan.lend", f"carrier:{number}")
    day_in_range("应还日期", due)
    validate.notes(("借阅用途", purpose), ("阅览地点", reading_place))
    check_texts(approval, override)
    carrier, out = _found(session, number, found)
    person = personnel.find_person(session, badge)
    conn, values = session.vault.conn, session.settings()
    today = clock.now().date()
    level = carrier.draft.level
    try:
        check_carrier(carrier, _holder(out), person, destructions.open_batch_of(conn, carrier.id))
        carriers.check_no_open_incident(conn, carrier, "借出")
        officer = officer_consent(session, override) if override else ""
        check_borrower(carrier, person, repo.overdue_numbers(conn, person.id, clock.now()),
                       bool(officer), values["lending.overdue_override"])
        personnel.check_vetted(session, person, "借阅人")
        by, approver = _approval(session, level, person, approval, values)
        due = _due(level, today, due, values)
    except NeedsApproval:
        raise
    except Refused as exc:
        raise _refused(session, exc, carrier.number, person.badge) from None
    place = reading_place.strip() or (values["lending.reading_place"] if level is Level.TOP_SECRET else "")
    stamp = clock.stamp()
    with session.vault.transaction() as conn:
        loan_id = repo.insert(conn, carrier.id, person.id, stamp, due, session.actor.name,
                              purpose=purpose.strip(), approver=approver.name if approver else "",
                              approver_id=approver.id if approver else None,
                              approval_ref=approval.reference.strip() if approver else "", approval_by=by.zh,
                              reading_place=place, override_reason=override.reason.strip() if officer else "",
                              overridden_by=officer)
        carrier_rows.update(conn, carrier.id, state=State.LENT.value)
        carrier_rows.log_state(conn, carrier.id, stamp, State.LENT, "loan.lend")
        session.record(conn, "loan.lend", f"carrier:{carrier.number}", before={"state": State.IN_ROOM.value},
                       after={"state": State.LENT.value, "borrower": person.badge, "due": due.isoformat(),
                              "approver": approver.badge if approver else "",
                              "approval_ref": approval.reference.strip() if approver else ""},
                       detail=f"借给{person.name}" + (f"；安全保密管理员{officer}批准越过：{override.reason.strip()}"
                                                   if officer else ""))
    return repo.by_id(session.vault.conn, loan_id)


def _approval(session: Session, level: Level, person: Person, approval: Approval | None,
              values: dict) -> tuple[ApprovalBy, Person | None]:
    by = approval_needed(level, values)
    if by is ApprovalBy.NONE:
        return by, None
    if approval is None or not approval.approver.strip() or not approval.reference.strip():
        raise NeedsApproval(by, level)
    approver = personnel.find_person(session, approval.approver)
    approvals.check(session, level, by, person, approver)
    return by, approver


def _due(level: Level, today: date, asked: date | None, values: dict) -> date:
    longest = due_date(level, today, values)
    if asked is None:
        return longest
    if asked < today or asked > longest:
        span = "当天" if longest == today else f"{today.isoformat()}至{longest.isoformat()}"
        raise Refused("due", f"{level.value}载体的应还日期应在{span}", f"the due date must be {today}–{longest}")
    return asked


def officer_consent(session: Session, override: Override) -> str:
    """The officer's account name once their password is verified and a reason given."""
    if not override.reason.strip():
        raise Refused("override", "越过限制须写明理由", "an override needs a written reason")
    try:
        check_not_own(session.actor.name, override.officer.strip(), "本次办理")
    except PermissionDenied as exc:
        raise Refused("own_approval", exc.zh, exc.en) from None
    return vouch(session, override.officer, override.password, "loan.override", Role.OFFICER, "override").name


def overdue_among(session: Session, carrier_ids: list[int]) -> set[int]:
    """The carriers among these that are out past their due date (the register shows them red)."""
    session.require(Permission.READ_REGISTER, "loan.read")
    return repo.overdue_carriers(session.vault.conn, carrier_ids, clock.now())


def missing_first(carrier) -> Refused:
    """A carrier registered 下落不明 comes back only through 找回 (which closes its missing
    record and restores its state); a return or a bring-back of it is refused."""
    return Refused("missing", f"{carrier.number} 已登记为下落不明：须先办理“找回”（说明在何处、由谁找回），"
                   "再办理归还", f"{carrier.number} is registered missing: record it as found first")


def give_back(session: Session, number: str, whole: bool | None = None, note: str = "",
              found: Found | None = None) -> LoanRow:
    """The carrier comes back. Where the type calls for it, the count check (``whole``)
    must be answered; a carrier back damaged or incomplete is held for the officer.
    ``found``: the carrier and its open loan, when the caller has just read them."""
    session.require(Permission.WRITE_REGISTER, "loan.return", f"carrier:{number}")
    validate.note("核对情况", note)
    carrier, loan = _found(session, number, found)
    if carrier.state is State.MISSING:
        raise _refused(session, missing_first(carrier), carrier.number)
    if loan is None:
        raise _refused(session, Refused("not_lent", f"{carrier.number} 未借出（当前{carrier.state.value}）",
                                        f"{carrier.number} is not out"), carrier.number)
    if whole is None and session.settings()[f"lending.count_check.{carrier.draft.ctype.value}"]:
        raise NeedsCount(carrier.number, carrier.draft.extent)
    if whole is False and not note.strip():
        raise InvalidInput("核对情况", "请说明缺损情况", "describe what is damaged or missing")
    stamp = clock.stamp()
    with session.vault.transaction() as conn:
        repo.close(conn, loan.id, stamp, session.actor.name, whole, note.strip())
        carrier_rows.update(conn, carrier.id, state=State.IN_ROOM.value,
                            **({"lend_hold": note.strip()} if whole is False else {}))
        carrier_rows.log_state(conn, carrier.id, stamp, State.IN_ROOM, "loan.return")
        session.record(conn, "loan.return", f"carrier:{carrier.number}", before={"state": State.LENT.value},
                       after={"state": State.IN_ROOM.value, "whole": whole},
                       detail=f"{loan.borrower}归还" + (f"；缺损：{note.strip()}" if whole is False else "")
                       + ("；逾期" if loan.due_on < stamp_day(stamp) else ""))
    return repo.by_id(session.vault.conn, loan.id)


def stamp_day(stamp: str) -> date:
    """The date part of a stored time."""
    return date.fromisoformat(stamp[:10])


def undo(session: Session, loan_id: int) -> LoanRow:
    """Undo the last lend or return of this loan within a minute; audited as a correction."""
    session.require(Permission.WRITE_REGISTER, "loan.undo", f"loan:{loan_id}")
    conn = session.vault.conn
    loan = repo.by_id(conn, loan_id)
    if loan is None or loan.undone_at is not None:
        raise InvalidInput("撤销", "没有可撤销的操作", "nothing to undo")
    last = loan.returned_at or loan.lent_at
    if (clock.now() - datetime.fromisoformat(last)).total_seconds() > UNDO_SECONDS:
        raise InvalidInput("撤销", f"只能撤销{UNDO_SECONDS}秒内的操作；请按正常流程办理",
                           f"only actions of the last {UNDO_SECONDS} s can be undone")
    clerk = loan.returned_to if loan.returned_at else loan.clerk
    if clerk != session.actor.name:
        raise PermissionDenied("只能撤销本人刚办理的操作", "only your own last action can be undone")
    stamp = clock.stamp()
    with session.vault.transaction() as conn:
        if loan.returned_at:  # undo a return: out again
            repo.reopen(conn, loan.id)
            carrier_rows.update(conn, loan.carrier_id, state=State.LENT.value, lend_hold="")
            carrier_rows.log_state(conn, loan.carrier_id, stamp, State.LENT, "loan.undo")
            before, after, what = State.IN_ROOM, State.LENT, "撤销归还"
        else:  # undo a lend: back in the room, the loan closed as undone
            repo.close(conn, loan.id, stamp, session.actor.name, None, "撤销借出", undone=True)
            carrier_rows.update(conn, loan.carrier_id, state=State.IN_ROOM.value)
            carrier_rows.log_state(conn, loan.carrier_id, stamp, State.IN_ROOM, "loan.undo")
            before, after, what = State.LENT, State.IN_ROOM, "撤销借出"
        session.record(conn, "loan.undo", f"carrier:{loan.number}", before={"state": before.value},
                       after={"state": after.value}, detail=f"{what}（{loan.borrower}）")
    return repo.by_id(session.vault.conn, loan.id)


def clear_hold(session: Session, number: str, note: str) -> Carrier:
    """The officer has checked a carrier returned damaged or incomplete: it may go out again."""
    session.require(Permission.APPROVE, "carrier.clear_hold", f"carrier:{number}")
    validate.note("核查结论", note)
    carrier = carriers.find(session, number)
    hold = carrier.extra.get("lend_hold", "")
    if not hold:
        raise InvalidInput("核查", f"{carrier.number} 没有待核查的问题", "the carrier is not held")
    if not note.strip():
        raise InvalidInput("核查结论", "请写明核查结论", "write what the check found")
    with session.vault.transaction() as conn:
        carrier_rows.update(conn, carrier.id, lend_hold="")
        session.record(conn, "carrier.clear_hold", f"carrier:{carrier.number}", before={"hold": hold},
                       after={"hold": ""}, detail=note.strip())
    return carriers.find(session, carrier.number)


def held(session: Session) -> list[tuple[str, str, str]]:
    """Carriers returned damaged or incomplete, waiting for the officer: (number, marking, note)."""
    session.require(Permission.READ_REGISTER, "loan.read")
    return repo.held_carriers(session.vault.conn)


def holder(session: Session, number: str) -> LoanRow | None:
    """The open loan of a carrier, if it is out."""
    session.require(Permission.READ_REGISTER, "loan.read")
    carrier = carriers.find(session, number)
    return repo.open_for_carrier(session.vault.conn, carrier.id)


LOAN_FILTERS = ("open", "overdue", "due", "recent")


def list_loans(session: Session, which: str = "open", badge: str = "") -> list[LoanRow]:
    """Loans: ``open``, ``overdue``, ``due`` (overdue or due today) or ``recent`` (latest 200);
    of one borrower when ``badge`` is given."""
    session.require(Permission.READ_REGISTER, "loan.read")
    if which not in LOAN_FILTERS:
        raise InvalidInput("筛选", f"应为{'、'.join(LOAN_FILTERS)}之一", f"one of {LOAN_FILTERS}")
    conn, today = session.vault.conn, clock.now().date()
    person_id = personnel.find_person(session, badge).id if badge else None
    if which == "recent":
        rows = repo.recent(conn)
        return [r for r in rows if person_id is None or r.person_id == person_id]
    rows = repo.open_loans(conn, person_id, due_by=None if which == "open" else today)
    return [r for r in rows if which != "overdue" or r.overdue(clock.now())]
