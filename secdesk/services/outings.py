"""Carrying out (携带外出): approved, state 外出, checked on the way back in.

An outing takes one or more carriers 在库 out with a cleared person on duty, to a
destination, for a purpose, until an expected return date, with the approval the level
needs (setting ``carry_out.approval.<密级>``). 绝密 never goes out unless the security
officer confirms it explicitly at the PC (account, password, reason). Each carrier comes
back with a check (whole, nothing added); one that is not is held for the officer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, State
from secdesk.domain.errors import InvalidInput
from secdesk.domain.lending.rules import ApprovalBy, NeedsApproval, Refused, in_scope
from secdesk.domain.lifecycle.rules import check_carrier_person
from secdesk.domain.personnel.model import Person
from secdesk.domain.roles import Permission
from secdesk.domain import validate
from secdesk.domain.validate import day_in_range
from secdesk.services import approvals, carriers, personnel
from secdesk.services.lending import Approval, Override, check_texts, missing_first, officer_consent
from secdesk.services.session import Session
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import movements as repo
from secdesk.storage.movements import OutingRow
from secdesk.storage.numbering import next_form_number

PREFIX = "WC"


@dataclass(frozen=True)
class OutingRequest:
    """Who takes which carriers where, why, until when, approved by whom."""

    numbers: tuple[str, ...]
    person: str  # 使用人's badge
    destination: str  # 外出地点
    purpose: str  # 用途
    return_on: date  # 返回日期
    approval: Approval | None = None
    officer: Override | None = None  # the officer's explicit consent, needed for 绝密


def carry_out(session: Session, request: OutingRequest) -> OutingRow:
    """Record an approved carrying out; every carrier becomes 外出."""
    session.require(Permission.WRITE_REGISTER, "outing.create")
    if not request.numbers:
        raise InvalidInput("载体编号", "请扫描或输入要携带外出的载体", "list the carriers to carry out")
    if not request.destination.strip() or not request.purpose.strip():
        raise InvalidInput("携带外出", "请填写外出地点和用途", "give the destination and the purpose")
    validate.notes(("外出地点", request.destination), ("用途", request.purpose))
    check_texts(request.approval, request.officer)
    today = clock.now().date()
    day_in_range("返回日期", request.return_on)
    if request.return_on < today:
        raise InvalidInput("返回日期", "返回日期不能早于今天", "the return date cannot be in the past")
    person = personnel.find_person(session, request.person)
    listed = [carriers.find(session, n) for n in request.numbers]
    if len({c.id for c in listed}) != len(listed):
        raise InvalidInput("载体编号", "同一载体重复列出", "a carrier is listed twice")
    try:
        _never_top_secret(listed)
        for carrier in listed:
            _check(session, carrier, person)
        approver = _approver(session, {c.draft.level for c in listed}, person, request.approval)
        officer = officer_consent(session, request.officer) if request.officer else ""
    except NeedsApproval:
        raise
    except Refused as exc:
        session.record_failure("outing.refused", f"person:{person.badge}", exc.zh)
        raise
    stamp = clock.stamp()
    with session.vault.transaction() as conn:
        number = next_form_number(conn, PREFIX, today.year)
        outing_id = repo.insert_outing(
            conn, [c.id for c in listed], number=number, person_id=person.id, dept=person.draft.dept,
            destination=request.destination.strip(), purpose=request.purpose.strip(), return_on=request.return_on,
            approver=approver.name if approver else "",
            approval_ref=request.approval.reference.strip() if approver else "", officer=officer,
            officer_reason=request.officer.reason.strip() if officer else "", at=stamp, clerk=session.actor.name)
        for carrier in listed:
            carrier_rows.update(conn, carrier.id, state=State.OUT.value)
            carrier_rows.log_state(conn, carrier.id, stamp, State.OUT, "outing.create")
            session.record(conn, "outing.create", f"carrier:{carrier.number}", before={"state": State.IN_ROOM.value},
                           after={"state": State.OUT.value, "outing": number, "person": person.badge,
                                  "return_on": request.return_on.isoformat()},
                           detail=f"{person.name}携带外出至{request.destination.strip()}"
                           + (f"；安全保密管理员{officer}批准：{request.officer.reason.strip()}" if officer else ""))
    return repo.outings(session.vault.conn, "o.id = ?", (outing_id,))[0]


def _never_top_secret(listed: list[Carrier]) -> None:
    """绝密级的不准借出机要室: a 绝密 carrier never leaves, whoever consents."""
    top = [c.number for c in listed if c.draft.level is Level.TOP_SECRET]
    if top:
        raise Refused("top_secret", f"绝密级载体不准携带外出（绝密级的不准借出机要室）：{'、'.join(top)}；"
                      "须在保密室或指定地点阅读", "top-secret carriers never leave the secrecy room")


def _check(session: Session, carrier: Carrier, person: Person) -> None:
    carriers.check_free(session.vault.conn, carrier, "携带外出")
    check_carrier_person(carrier, person, "携带外出")
    if not in_scope(carrier.draft.scope, person):
        raise Refused("scope", f"{person.name}不在{carrier.number}的知悉范围（{carrier.draft.scope}）内",
                      f"{person.name} is outside the need-to-know scope")


def _approver(session: Session, levels: set[Level], person: Person, approval: Approval | None) -> Person | None:
    """The approver of an outing: the strictest approval any listed 密级 needs (a lower level
    may be configured stricter than a higher one), with the authority for every level."""
    values = session.settings()
    needed = {level: ApprovalBy(values[f"carry_out.approval.{level.value}"]) for level in levels}
    strictest = max(needed.values())
    if strictest is ApprovalBy.NONE:
        return None
    if approval is None or not approval.approver.strip() or not approval.reference.strip():
        level = max((lv for lv, by in needed.items() if by is strictest), key=lambda lv: lv.rank)
        raise NeedsApproval(strictest, level, "携带外出")
    approver = personnel.find_person(session, approval.approver)
    for level, by in sorted(needed.items(), key=lambda item: -item[0].rank):
        if by is not ApprovalBy.NONE:
            approvals.check(session, level, by, person, approver, "使用人")
    return approver


def bring_back(session: Session, number: str, whole: bool, note: str = "") -> OutingRow:
    """A carrier comes back from an outing, with the result of the check (whole, nothing
    added). One that is not whole is held for the officer (as after a loan)."""
    session.require(Permission.WRITE_REGISTER, "outing.return", f"carrier:{number}")
    validate.note("返回检查情况", note)
    carrier = carriers.find(session, number)
    if carrier.state is State.MISSING:
        exc = missing_first(carrier)
        session.record_failure("outing.return", f"carrier:{carrier.number}", exc.zh)
        raise exc
    outing = repo.open_outing_of(session.vault.conn, carrier.id)
    if outing is None:
        raise Refused("not_out", f"{carrier.number} 未携带外出（当前{carrier.state.value}）",
                      f"{carrier.number} is not out")
    if not whole and not note.strip():
        raise InvalidInput("返回检查情况", "请说明缺损或夹带情况", "describe what is wrong")
    stamp, late = clock.stamp(), outing.return_on < clock.now().date()
    with session.vault.transaction() as conn:
        repo.bring_back(conn, outing.id, carrier.id, stamp, session.actor.name, whole, note.strip())
        carrier_rows.update(conn, carrier.id, state=State.IN_ROOM.value,
                            **({"lend_hold": note.strip()} if not whole else {}))
        carrier_rows.log_state(conn, carrier.id, stamp, State.IN_ROOM, "outing.return")
        session.record(conn, "outing.return", f"carrier:{carrier.number}", before={"state": State.OUT.value},
                       after={"state": State.IN_ROOM.value, "whole": whole, "outing": outing.number},
                       detail=f"{outing.person}带回，检查：" + ("完好" if whole else f"异常：{note.strip()}")
                       + ("；逾期" if late else ""))
    return repo.outings(session.vault.conn, "o.id = ?", (outing.id,))[0]


OUTING_FILTERS = ("open", "overdue", "all")


def list_outings(session: Session, which: str = "open") -> list[OutingRow]:
    """Outings: ``open`` (not all back), ``overdue`` (past the return date) or ``all``."""
    session.require(Permission.READ_REGISTER, "outing.read")
    if which not in OUTING_FILTERS:
        raise InvalidInput("筛选", f"应为{'、'.join(OUTING_FILTERS)}之一", f"one of {OUTING_FILTERS}")
    conn, today = session.vault.conn, clock.now().date()
    if which == "all":
        return repo.outings(conn)
    rows = repo.outings(conn, "o.closed_at IS NULL")
    return [r for r in rows if which == "open" or r.overdue(today)]


def get(session: Session, number: str) -> OutingRow:
    """One outing by its number (WC-2026-001)."""
    session.require(Permission.READ_REGISTER, "outing.read")
    found = repo.outings(session.vault.conn, "o.number = ?", (number.strip(),))
    if not found:
        raise InvalidInput("外出编号", f"没有编号为“{number.strip()}”的外出携带记录", f"no outing {number!r}")
    return found[0]
