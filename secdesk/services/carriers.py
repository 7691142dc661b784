"""The carrier register (涉密载体台账): register, look up, list, edit, void, reclassify.

Every change is one transaction with its audit event (object ``carrier:<number>``),
so the carrier's history is read back from the audit chain.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from secdesk.domain import clock
from secdesk.domain.carriers import numbers
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, CarrierDraft, State
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.carriers.rules import MAX_COPIES, check_draft
from secdesk.domain.carriers.terms import Term, check_term, declassification_date, marking
from secdesk.domain import validate
from secdesk.domain.errors import InvalidInput
from secdesk.domain.lending.rules import Refused
from secdesk.domain.lifecycle.rules import check_in_room
from secdesk.domain.personnel.model import Status
from secdesk.domain.personnel.rules import looks_like_badge, parse_badge
from secdesk.domain.roles import Permission
from secdesk.services.session import Session
from secdesk.storage import audit, carriers as repo
from secdesk.storage import destructions, loans
from secdesk.storage import incidents as incident_rows
from secdesk.storage import personnel as people
from secdesk.storage.audit import AuditEvent

# Fields an edit may change; 密级 and 保密期限 change only through 定密变更 (reclassify).
EDITABLE = ("title", "origin_unit", "doc_no", "extent", "scope", "no_copy", "source_detail",
            "custodian", "location", "remarks", "issue_date", "ctype", "basis", "classifier")


def register(session: Session, draft: CarrierDraft, copies: int = 1) -> list[Carrier]:
    """Register one carrier, or one received document in N copies (份号 1…N) at once."""
    session.require(Permission.WRITE_REGISTER, "carrier.register")
    if not 1 <= copies <= MAX_COPIES:
        raise InvalidInput("份数", f"应在1到{MAX_COPIES}之间", f"must be 1 to {MAX_COPIES}")
    if copies > 1 and draft.external_number.strip():
        raise InvalidInput("载体编号", "沿用原有编号时只能逐件登记", "external numbers are registered one by one")
    drafts = [draft] if copies == 1 else [
        replace(draft, copy_no=n, copies_total=copies) for n in range(1, copies + 1)]
    drafts = [check_draft(d) for d in drafts]
    unit_code = session.settings()["unit.code"]
    batch = os.urandom(6).hex()
    with session.vault.transaction() as conn:
        for one in drafts:
            _insert(session, conn, one, unit_code, batch)
    return repo.by_batch(session.vault.conn, batch)


def register_copies(session: Session, conn, drafts: list[CarrierDraft], source_id: int) -> str:
    """Register copies made of a carrier inside the caller's transaction (复制); returns
    their registration batch (for their labels)."""
    session.require(Permission.WRITE_REGISTER, "carrier.register")
    unit_code = session.settings()["unit.code"]
    batch = os.urandom(6).hex()
    for one in drafts:
        _insert(session, conn, check_draft(one), unit_code, batch, source_id)
    return batch


def _insert(session: Session, conn, draft: CarrierDraft, unit_code: str, batch: str,
            source_id: int | None = None) -> int:
    now = clock.now()
    if draft.external_number:
        number, external = draft.external_number, True
        if repo.by_number(conn, number) is not None:
            raise InvalidInput("载体编号", f"“{number}”已登记过，编号不能重复", f"{number!r} is already registered")
    else:
        number, external = numbers.make_number(unit_code, now.year, repo.next_sequence(conn, unit_code, now.year)), False
    mark = marking(draft.level, draft.term)
    name, custodian_id = custodian_of(conn, draft.custodian, draft.level)
    draft = replace(draft, custodian=name)
    carrier_id = repo.insert(conn, number, external, draft, mark,
                             declassification_date(draft.level, draft.term, draft.issue_date),
                             now.isoformat(), session.actor.name, batch, source_id)
    if custodian_id is not None:
        repo.update(conn, carrier_id, custodian_id=custodian_id)
    session.record(conn, "carrier.register", f"carrier:{number}", after=_summary(draft, mark))
    return carrier_id


def custodian_of(conn, text: str, level: Level) -> tuple[str, int | None]:
    """The 保管人 as written, linked to a cleared person when it names one: a badge number,
    or the name of exactly one person on duty. A person who has left, or whose clearance
    is below the carrier's 密级, is refused; other text (e.g. 档案室) stays unlinked."""
    text = text.strip()
    if not text:
        return "", None
    if looks_like_badge(text):
        person = people.by_badge(conn, parse_badge(text))
        if person is None:
            raise InvalidInput("保管人", f"没有证卡号为“{text}”的涉密人员", f"no person with badge {text}")
        found = [person]
    else:
        found = [p for p in people.search(conn, text=text) if p.name == text]
        on_duty = [p for p in found if p.status is Status.ON_DUTY]
        if len(on_duty) > 1:
            raise InvalidInput("保管人", f"有{len(on_duty)}名在岗人员名为“{text}”，请输入其证卡号",
                               f"{len(on_duty)} people are called {text}; give the badge number")
        found = on_duty or found
        if not found:
            return text, None
    person = found[0]
    if person.status is not Status.ON_DUTY:
        raise InvalidInput("保管人", f"{person.name}当前为{person.status.value}，不能保管涉密载体",
                           f"{person.name} is not on duty")
    if not person.draft.clearance.may_read(level):
        raise InvalidInput("保管人", f"{person.name}为{person.draft.clearance.value}涉密人员，不能保管{level.value}载体",
                           f"{person.name}'s clearance is below {level.name}")
    return person.name, person.id


def _summary(draft: CarrierDraft, mark: str) -> dict[str, Any]:
    summary = {"title": draft.title, "marking": mark, "ctype": draft.ctype.value,
               "copy": draft.copy_no, "copies": draft.copies_total, "location": draft.location,
               "custodian": draft.custodian}
    summary.update({k: getattr(draft, k) for k in ("basis", "classifier") if getattr(draft, k)})
    return summary


def find(session: Session, text: str) -> Carrier:
    """The carrier with this number (typed or scanned); a mistyped number is refused
    by its check character before anything is looked up."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    clean = numbers.normalise(text)
    if numbers.looks_like_secdesk(clean):
        clean = str(numbers.parse_number(clean))
    found = repo.by_number(session.vault.conn, clean) or repo.by_number(session.vault.conn, text.strip())
    if found is None:
        raise InvalidInput("载体编号", f"台账中没有“{text.strip()}”", f"no carrier {text.strip()!r} in the register")
    return found


def locations(session: Session) -> list[str]:
    """The storage locations (存放位置) of the carriers held, in order."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return repo.locations(session.vault.conn)


def count(session: Session, query: RegisterQuery) -> int:
    """How many carriers match the query."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return repo.count(session.vault.conn, query)


def page(session: Session, query: RegisterQuery, limit: int = 200, offset: int = 0) -> list[Carrier]:
    """One page of the register in the query's order."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return repo.page(session.vault.conn, query, limit, offset)


def all_numbers(session: Session, query: RegisterQuery) -> list[str]:
    """The numbers of every matching carrier, in the query's order (labels for a shelf)."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return [c.number for c in repo.iterate(session.vault.conn, query)]


def batch(session: Session, batch_id: str) -> list[Carrier]:
    """The carriers registered together (to print their labels)."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return repo.by_batch(session.vault.conn, batch_id)


def edit(session: Session, number: str, changes: dict[str, Any]) -> Carrier:
    """Correct descriptive fields; 密级 and 期限 need 定密变更. Before and after are audited."""
    session.require(Permission.WRITE_REGISTER, "carrier.edit", f"carrier:{number}")
    carrier = find(session, number)
    _open_or_refuse(carrier)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidInput("修改", "密级和保密期限须通过“定密变更”办理", "level and term change only by reclassification")
    new = check_draft(replace(carrier.draft, **changes))
    before = {k: _plain(getattr(carrier.draft, k)) for k in changes}
    after = {k: _plain(getattr(new, k)) for k in changes}
    if before == after:
        return carrier
    columns = {k: _column_value(getattr(new, k)) for k in changes}
    if "custodian" in changes:
        columns["custodian"], columns["custodian_id"] = custodian_of(session.vault.conn, new.custodian, new.level)
        after["custodian"] = columns["custodian"]
    if "issue_date" in changes:
        columns["declassify_on"] = _column_value(
            declassification_date(new.level, new.term, new.issue_date))
    with session.vault.transaction() as conn:
        repo.update(conn, carrier.id, **columns)
        session.record(conn, "carrier.edit", f"carrier:{carrier.number}", before=before, after=after)
    return find(session, carrier.number)


def void(session: Session, number: str, reason: str) -> Carrier:
    """Void a wrong entry with a reason (作废); it stays in the register, never deleted."""
    session.require(Permission.WRITE_REGISTER, "carrier.void", f"carrier:{number}")
    carrier = find(session, number)
    reason = validate.required_text("作废原因", reason, 200)
    if carrier.state is not State.IN_ROOM:
        raise InvalidInput("状态", f"只有在库的载体可以作废（当前：{carrier.state.value}）",
                           f"only a carrier in the room can be voided (now {carrier.state.value})")
    listed = destructions.open_batch_of(session.vault.conn, carrier.id)
    if listed:
        raise InvalidInput("状态", f"{carrier.number} 已列入销毁批次{listed}，须先从批次中移出",
                           f"{carrier.number} is on destruction batch {listed}")
    with session.vault.transaction() as conn:
        repo.update(conn, carrier.id, state=State.VOID.value, void_reason=reason)
        repo.log_state(conn, carrier.id, clock.stamp(), State.VOID, "carrier.void")
        session.record(conn, "carrier.void", f"carrier:{carrier.number}",
                       before={"state": carrier.state.value}, after={"state": State.VOID.value},
                       detail=reason)
    return find(session, carrier.number)


def _custodian_cleared(session: Session, carrier: Carrier, level: Level) -> None:
    """Raised to ``level``, the carrier's 保管人 must be cleared for it."""
    try:
        custodian_of(session.vault.conn, carrier.draft.custodian, level)
    except InvalidInput as exc:
        raise InvalidInput("保管人", f"{exc.zh.split('：', 1)[-1]}；请先更换保管人，再办理定密变更",
                           "change the custodian first") from None


def reclassify(session: Session, number: str, level: Level, term: Term, basis: str,
               approval_ref: str) -> Carrier:
    """定密变更 by the security officer: new 密级 and/or 期限 (or 解密 to 内部-free text),
    with its basis and the reference of the approval; the old marking stays in history."""
    session.require(Permission.APPROVE, "carrier.reclassify", f"carrier:{number}")
    carrier = find(session, number)
    _open_or_refuse(carrier)
    basis, approval_ref = validate.note("变更依据", basis), validate.note("审批文号", approval_ref)
    if not basis or not approval_ref:
        raise InvalidInput("定密变更", "须填写变更依据和审批文号", "basis and approval reference are required")
    check_term(level, term, carrier.draft.issue_date)
    if carrier.draft.copy_no is None and level.needs_copy_number:
        raise InvalidInput("份号", f"升为{level.value}级须先补登份号", f"a {level.name} carrier needs a copy number")
    old, new = carrier.marking, marking(level, term)
    if old == new:
        raise InvalidInput("定密变更", "新标志与原标志相同", "the new marking equals the old one")
    if level.rank > carrier.draft.level.rank:
        _custodian_cleared(session, carrier, level)
    with session.vault.transaction() as conn:
        repo.update(conn, carrier.id, level=level.value, level_rank=level.rank, term_kind=term.kind.value,
                    term_value=term.value, marking=new,
                    declassify_on=_column_value(declassification_date(level, term, carrier.draft.issue_date)))
        session.record(conn, "carrier.reclassify", f"carrier:{carrier.number}",
                       before={"marking": old}, after={"marking": new},
                       detail=f"依据：{basis}；审批：{approval_ref}")
    return find(session, carrier.number)


def declassify(session: Session, number: str, basis: str, approval_ref: str) -> Carrier:
    """解密 by the security officer: the carrier is no longer a state secret and is kept on as
    内部 (work secret) — the register still accounts for it; the old marking stays in history."""
    session.require(Permission.APPROVE, "carrier.declassify", f"carrier:{number}")
    carrier = find(session, number)
    _open_or_refuse(carrier)
    basis, approval_ref = validate.note("变更依据", basis), validate.note("审批文号", approval_ref)
    if not basis or not approval_ref:
        raise InvalidInput("解密", "须填写解密依据和审批文号", "basis and approval reference are required")
    if carrier.draft.level is Level.INTERNAL:
        raise InvalidInput("解密", f"{carrier.number} 为内部事项，不是国家秘密，无需解密",
                           f"{carrier.number} is not a state secret")
    new = marking(Level.INTERNAL, Term.none())
    with session.vault.transaction() as conn:
        repo.update(conn, carrier.id, level=Level.INTERNAL.value, level_rank=Level.INTERNAL.rank,
                    term_kind=Term.none().kind.value, term_value="", marking=new, declassify_on=None)
        session.record(conn, "carrier.declassify", f"carrier:{carrier.number}",
                       before={"marking": carrier.marking}, after={"marking": new},
                       detail=f"解密（按内部事项管理）；依据：{basis}；审批：{approval_ref}")
    return find(session, carrier.number)


def due_for_review(session: Session) -> list[Carrier]:
    """解密审查: carriers still held whose 保密期限 has ended (today or before), by date."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    return repo.term_ended(session.vault.conn, clock.now().date())


def history(session: Session, number: str) -> list[AuditEvent]:
    """Every audit event about this carrier, oldest first (its history pane)."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    carrier = find(session, number)
    events = audit.events(session.vault.conn, "object = ?", (f"carrier:{carrier.number}",), limit=-1)
    return list(reversed(events))


def check_free(conn, carrier: Carrier, action: str) -> None:
    """The carrier is in the room and free for ``action`` (销毁, 复制, 携带外出, 移交 …): not
    lent (the refusal names the borrower), not on an open destruction batch, not held, not
    under an open incident (泄密事件)."""
    loan = loans.open_for_carrier(conn, carrier.id)
    check_in_room(carrier, action, destructions.open_batch_of(conn, carrier.id), loan.borrower if loan else "")
    check_no_open_incident(conn, carrier, action)


def check_no_open_incident(conn, carrier: Carrier, action: str) -> None:
    """A carrier under an open 泄密事件 stays where it is until the officer closes it."""
    incident = incident_rows.open_incident_of(conn, carrier.id)
    if incident is not None:
        raise Refused("incident", f"{carrier.number} 涉及未结案的泄密事件{incident.number}，结案前不能{action}",
                      f"{carrier.number} is under open incident {incident.number}")


def _open_or_refuse(carrier: Carrier) -> None:
    if carrier.state.closed:
        raise InvalidInput("状态", f"载体{carrier.state.value}，不能再修改",
                           f"the carrier is {carrier.state.value} and cannot change")


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else getattr(value, "value", value)


def _column_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value
