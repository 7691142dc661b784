"""Destruction batches (销毁): draft → approved → executed, or cancelled.

The clerk drafts a batch and lists carriers (only carriers 在库 and on no other open batch;
each refusal says why); the security officer approves it with the reference of the signed
form; after the destruction the clerk executes it, with two or more 监销人 confirming —
each with their own secdesk password, or recorded as having signed the paper form. Then
every carrier of the batch is 已销毁, which no service and no SQL can change back. A draft
can be cancelled; an approved batch only by the officer, with a reason. Every step is one
transaction with its audit event (object ``destruction:<编号>``; each carrier destroyed
also ``carrier:<number>``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, State
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.lending.rules import Refused
from secdesk.domain.lifecycle.rules import BatchState, Method, check_in_room, check_supervisors
from secdesk.domain.personnel.model import Person
from secdesk.domain.roles import Permission, check_not_own
from secdesk.domain import validate
from secdesk.domain.validate import day_in_range, printable
from secdesk.services import carriers, personnel
from secdesk.services.accounts import signer_name, vouch
from secdesk.services.session import Session
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import destructions as repo
from secdesk.storage import loans as loan_rows
from secdesk.storage import personnel as people
from secdesk.storage.destructions import BatchRow
from secdesk.storage.numbering import next_form_number

PREFIX = "XH"
PAPER = "paper"  # a 监销人 who signed the paper form (recorded by the clerk)


@dataclass(frozen=True)
class BatchDraft:
    """What the clerk fills in for a batch; 监销人 are badge numbers from the personnel files."""

    dept: str = ""
    reason: str = ""
    applicant: str = ""
    method: Method | None = None
    place: str = ""
    destroy_on: date | None = None
    destroyer: str = ""
    receiver: str = ""
    supervisors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Confirmation:
    """One 监销人 confirming the destruction: with their own account and password, or
    ``paper=True`` when the clerk records that they signed the paper form."""

    badge: str
    account: str = ""
    password: str = field(default="", repr=False)
    paper: bool = False


@dataclass(frozen=True)
class Batch:
    """A batch with its carriers and 监销人 (and how each confirmed, once executed)."""

    row: BatchRow
    carriers: tuple[Carrier, ...]
    supervisors: tuple[tuple[Person, str], ...]

    @property
    def number(self) -> str:
        """编号, e.g. XH-2026-003."""
        return self.row.number

    @property
    def state(self) -> BatchState:
        """草稿 / 已批准 / 已执行 / 已撤销."""
        return BatchState(self.row.state)

    @property
    def highest_level(self) -> Level | None:
        """The highest 密级 on the list (None while empty)."""
        return max((c.draft.level for c in self.carriers), key=lambda lv: lv.rank, default=None)


def create(session: Session, draft: BatchDraft) -> Batch:
    """A new draft batch with the next number of the year."""
    session.require(Permission.WRITE_REGISTER, "destruction.create")
    columns = _columns(session, draft)
    supervisors = _supervisors(session, draft.supervisors)
    now = clock.now()
    with session.vault.transaction() as conn:
        number = next_form_number(conn, PREFIX, now.year)
        batch_id = repo.insert(conn, number, now.isoformat(), session.actor.name, **columns)
        repo.set_supervisors(conn, batch_id, [p.id for p in supervisors])
        session.record(conn, "destruction.create", f"destruction:{number}", after=_plain(columns, supervisors))
    return get(session, number)


def update(session: Session, number: str, draft: BatchDraft) -> Batch:
    """Change what a draft says (an approved batch changes only by being cancelled)."""
    session.require(Permission.WRITE_REGISTER, "destruction.update", f"destruction:{number}")
    batch = _in_state(session, number, BatchState.DRAFT, "修改")
    columns = _columns(session, draft)
    supervisors = _supervisors(session, draft.supervisors)
    with session.vault.transaction() as conn:
        repo.update(conn, batch.row.id, **columns)
        repo.set_supervisors(conn, batch.row.id, [p.id for p in supervisors])
        session.record(conn, "destruction.update", f"destruction:{batch.number}", after=_plain(columns, supervisors))
    return get(session, number)


BATCH_TEXTS = {"dept": ("所属部门", 60), "reason": ("销毁原因", 200), "applicant": ("申请人", 60),
               "place": ("销毁地点", 100), "destroyer": ("销毁人", 60), "receiver": ("接收人", 60)}


def _check_texts(draft: BatchDraft) -> None:
    """Each text of the batch fits its form field and holds no control or bidi character
    (a draft may still leave them empty: approval asks for what is missing)."""
    for key, (label, limit) in BATCH_TEXTS.items():
        value = printable(label, getattr(draft, key).strip())
        if len(value) > limit:
            raise InvalidInput(label, f"不能超过{limit}个字符", f"at most {limit} characters")
    day_in_range("计划销毁日期", draft.destroy_on)


def _columns(session: Session, draft: BatchDraft) -> dict:
    _check_texts(draft)
    destroyer, destroyer_id = _destroyer(session, draft.destroyer)
    return {"dept": draft.dept.strip(), "reason": draft.reason.strip(), "applicant": draft.applicant.strip(),
            "method": Method(draft.method).value if draft.method else "", "place": draft.place.strip(),
            "destroy_on": draft.destroy_on, "destroyer": destroyer, "destroyer_id": destroyer_id,
            "receiver": draft.receiver.strip()}


def _destroyer(session: Session, text: str) -> tuple[str, int | None]:
    """The 销毁人 as written, linked to a person when it names a badge or one person."""
    text = text.strip()
    if not text:
        return "", None
    found = [p for p in people.search(session.vault.conn, text=text) if p.name == text or p.badge == text]
    return (found[0].name, found[0].id) if len(found) == 1 else (text, None)


def _persons(session: Session, badges: tuple[str, ...]) -> list[Person]:
    return [personnel.find_person(session, b) for b in badges if b.strip()]


def _supervisors(session: Session, badges: tuple[str, ...]) -> list[Person]:
    """The batch's 监销人; one person listed twice is refused (as at approval), not stored."""
    persons = _persons(session, badges)
    if len({p.id for p in persons}) != len(persons):
        raise Refused("supervisors", "同一人不能重复列为监销人", "a supervisor is listed twice")
    return persons


def _plain(columns: dict, supervisors: list[Person]) -> dict:
    out = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in columns.items() if k != "destroyer_id"}
    out["supervisors"] = [p.badge for p in supervisors]
    return out


def add(session: Session, number: str, carrier_numbers: list[str]) -> tuple[list[Carrier], list[tuple[str, str]]]:
    """List carriers on a draft (scanned or chosen in the register). Returns those added and,
    for each refused, (the number as given, the reason)."""
    session.require(Permission.WRITE_REGISTER, "destruction.add", f"destruction:{number}")
    batch = _in_state(session, number, BatchState.DRAFT, "增加载体")
    added, refused, stamp = [], [], clock.stamp()
    with session.vault.transaction() as conn:
        for text in carrier_numbers:
            try:
                carrier = carriers.find(session, text)
                _check_addable(conn, carrier, batch)
            except (Refused, InvalidInput) as exc:
                refused.append((text.strip(), exc.zh))
                continue
            repo.add_item(conn, batch.row.id, carrier.id, stamp)
            session.record(conn, "destruction.add", f"destruction:{batch.number}", after={"carrier": carrier.number})
            added.append(carrier)
            batch = Batch(batch.row, (*batch.carriers, carrier), batch.supervisors)
    return added, refused


def add_from_register(session: Session, number: str, carrier_numbers: list[str]):
    """Carriers chosen in the register onto the draft ``number``, or onto a new draft when
    ``number`` is empty — made only if at least one of them can be listed.
    Returns (the batch number or "", the carriers added, the refusals)."""
    if not number:
        refused = []
        for text in carrier_numbers:
            try:
                carriers.check_free(session.vault.conn, carriers.find(session, text), "销毁")
            except (Refused, InvalidInput) as exc:
                refused.append((text.strip(), exc.zh))
        if len(refused) == len(carrier_numbers):
            return "", [], refused
        number = create(session, BatchDraft()).number
    added, refused = add(session, number, carrier_numbers)
    return number, added, refused


def _check_addable(conn, carrier: Carrier, batch: Batch) -> None:
    if any(c.id == carrier.id for c in batch.carriers):
        raise Refused("listed", f"{carrier.number} 已在本批次中", f"{carrier.number} is already on this batch")
    carriers.check_free(conn, carrier, "销毁")


def remove(session: Session, number: str, carrier_number: str) -> Batch:
    """Take a carrier off a draft's list."""
    session.require(Permission.WRITE_REGISTER, "destruction.remove", f"destruction:{number}")
    batch = _in_state(session, number, BatchState.DRAFT, "移出载体")
    carrier = carriers.find(session, carrier_number)
    if all(c.id != carrier.id for c in batch.carriers):
        raise InvalidInput("载体编号", f"{carrier.number} 不在本批次中", f"{carrier.number} is not on this batch")
    with session.vault.transaction() as conn:
        repo.remove_item(conn, batch.row.id, carrier.id)
        session.record(conn, "destruction.remove", f"destruction:{batch.number}", before={"carrier": carrier.number})
    return get(session, number)


def approve(session: Session, number: str, reference: str, approved_on: date | None = None) -> Batch:
    """The security officer approves a complete draft, with the reference of the signed
    销毁审批表; every carrier must still be 在库."""
    session.require(Permission.APPROVE, "destruction.approve", f"destruction:{number}")
    validate.note("审批单号", reference)
    batch = _in_state(session, number, BatchState.DRAFT, "批准")
    try:
        check_not_own(batch.row.created_by, session.actor.name, f"销毁批次{batch.number}")
    except PermissionDenied as exc:
        session.record_failure("destruction.approve", f"destruction:{batch.number}", exc.zh)
        raise
    if not reference.strip():
        raise InvalidInput("审批文号", "请填写审批单编号或文号", "give the reference of the approval")
    _check_complete(session, batch)
    on = day_in_range("批准日期", approved_on) or clock.now().date()
    with session.vault.transaction() as conn:
        repo.update(conn, batch.row.id, state=BatchState.APPROVED.value, approver=signer_name(session),
                    approved_on=on, approval_ref=reference.strip())
        session.record(conn, "destruction.approve", f"destruction:{batch.number}",
                       before={"state": batch.state.value}, after={"state": BatchState.APPROVED.value},
                       detail=f"审批：{reference.strip()}；{len(batch.carriers)}件")
    return get(session, number)


def _check_complete(session: Session, batch: Batch) -> None:
    r = batch.row
    missing = [label for label, value in (("所属部门", r.dept), ("销毁原因", r.reason), ("申请人", r.applicant),
                                          ("销毁方式", r.method), ("销毁地点或销毁单位", r.place)) if not value]
    if missing:
        raise InvalidInput("销毁批次", f"请先填写：{'、'.join(missing)}", f"fill in first: {', '.join(missing)}")
    if not batch.carriers:
        raise InvalidInput("销毁清单", "批次中还没有载体", "the batch lists no carrier")
    _check_all_in_room(session, batch)
    check_supervisors([p for p, _ in batch.supervisors], r.destroyer, r.destroyer_id, batch.highest_level)
    for person, _ in batch.supervisors:
        personnel.check_vetted(session, person, "监销人")


def _check_all_in_room(session: Session, batch: Batch) -> None:
    conn = session.vault.conn
    problems = []
    for carrier in batch.carriers:
        loan = loan_rows.open_for_carrier(conn, carrier.id)
        try:
            check_in_room(carrier, "销毁", None, loan.borrower if loan else "")
            carriers.check_no_open_incident(conn, carrier, "销毁")  # an incident opened since it was listed
        except Refused as exc:
            problems.append(exc.zh)
    if problems:
        raise Refused("state", "以下载体不在库或不能销毁：" + "；".join(problems),
                      f"{len(problems)} carriers of the batch are not in the room")


def execute(session: Session, number: str, confirmations: list[Confirmation], destroyed_on: date | None = None,
            destroyer: str = "") -> Batch:
    """After the destruction, the clerk records it: the 销毁人 (as approved unless given),
    the date, and the 监销人's confirmations. Every carrier becomes 已销毁, for good."""
    session.require(Permission.WRITE_REGISTER, "destruction.execute", f"destruction:{number}")
    batch = _in_state(session, number, BatchState.APPROVED, "执行")
    name, destroyer_id = _destroyer(session, destroyer) if destroyer.strip() else (
        batch.row.destroyer, batch.row.destroyer_id)
    if not name:
        raise InvalidInput("销毁人", "请填写销毁人", "name the person who destroyed the carriers")
    on = day_in_range("销毁日期", destroyed_on) or batch.row.destroy_on or clock.now().date()
    if on > clock.now().date():
        raise InvalidInput("销毁日期", "销毁完成后才能确认（日期不能晚于今天）", "confirm after the destruction, not before")
    persons = _persons(session, tuple(c.badge for c in confirmations))
    check_supervisors(persons, name, destroyer_id, batch.highest_level)
    _check_all_in_room(session, batch)
    how = [_confirm(session, batch, person, c) for person, c in zip(persons, confirmations)]
    stamp = clock.stamp()
    with session.vault.transaction() as conn:
        for carrier in batch.carriers:
            carrier_rows.update(conn, carrier.id, state=State.DESTROYED.value)
            carrier_rows.log_state(conn, carrier.id, stamp, State.DESTROYED, "destruction.execute")
            session.record(conn, "carrier.destroy", f"carrier:{carrier.number}",
                           before={"state": State.IN_ROOM.value}, after={"state": State.DESTROYED.value},
                           detail=f"销毁批次{batch.number}")
        repo.set_supervisors(conn, batch.row.id, [p.id for p in persons], how)
        repo.update(conn, batch.row.id, state=BatchState.EXECUTED.value, executed_at=stamp,
                    executed_by=session.actor.name, destroy_on=on, destroyer=name, destroyer_id=destroyer_id)
        session.record(conn, "destruction.execute", f"destruction:{batch.number}",
                       before={"state": batch.state.value}, after={"state": BatchState.EXECUTED.value},
                       detail=f"{len(batch.carriers)}件已销毁；销毁人{name}；监销人"
                       + "、".join(f"{p.name}（{'纸质签字' if h == PAPER else '口令确认'}）" for p, h in zip(persons, how)))
    return get(session, number)


def _confirm(session: Session, batch: Batch, person: Person, c: Confirmation) -> str:
    """How one 监销人 confirmed: ``paper`` or ``account:<name>`` once the password is right
    and the account is theirs (its full name is the person's name)."""
    if c.paper:
        return PAPER
    if not c.account.strip():
        raise InvalidInput("监销人确认", f"请{person.name}输入本人账户和口令，或勾选“已在纸质表上签字”",
                           f"{person.name} must confirm with their password or the paper form")
    row = vouch(session, c.account, c.password, "destruction.confirm", code="supervisor")
    if row.full_name.strip() != person.name:
        raise Refused("supervisor", f"账户{row.name}不是监销人{person.name}本人的账户",
                      f"account {row.name} does not belong to {person.name}")
    return f"account:{row.name}"


def cancel(session: Session, number: str, reason: str) -> Batch:
    """Cancel a draft (clerk or officer), or an approved batch (officer only, with a reason);
    the batch and its list stay on file as 已撤销, the carriers stay 在库."""
    session.require(Permission.READ_REGISTER, "destruction.cancel", f"destruction:{number}")
    validate.note("撤销原因", reason)
    batch = get(session, number)
    if batch.state is BatchState.DRAFT:
        if not (session.actor.can(Permission.WRITE_REGISTER) or session.actor.can(Permission.APPROVE)):
            raise PermissionDenied("无权撤销销毁批次", "you may not cancel a batch")
    elif batch.state is BatchState.APPROVED:
        session.require(Permission.APPROVE, "destruction.cancel", f"destruction:{number}")
        if not reason.strip():
            raise InvalidInput("撤销原因", "撤销已批准的批次须写明原因", "cancelling an approved batch needs a reason")
    else:
        raise InvalidInput("销毁批次", f"批次{batch.number}已{batch.state.value}，不能撤销",
                           f"batch {batch.number} is {batch.state.name.lower()}")
    with session.vault.transaction() as conn:
        repo.update(conn, batch.row.id, state=BatchState.CANCELLED.value, cancelled_at=clock.stamp(),
                    cancelled_by=session.actor.name, cancel_reason=reason.strip())
        session.record(conn, "destruction.cancel", f"destruction:{batch.number}",
                       before={"state": batch.state.value}, after={"state": BatchState.CANCELLED.value},
                       detail=reason.strip())
    return get(session, number)


def get(session: Session, number: str) -> Batch:
    """A batch with its carriers and 监销人."""
    session.require(Permission.READ_REGISTER, "destruction.read")
    conn = session.vault.conn
    row = repo.by_number(conn, number)
    if row is None:
        raise InvalidInput("批次编号", f"没有编号为“{number.strip()}”的销毁批次", f"no destruction batch {number!r}")
    listed = tuple(carrier_rows.by_id(conn, cid) for cid in repo.item_ids(conn, row.id))
    supervisors = tuple((people.by_id(conn, pid), how) for pid, how in repo.supervisors(conn, row.id))
    return Batch(row, listed, supervisors)


def batches(session: Session, state: BatchState | None = None) -> list[BatchRow]:
    """Batches, newest first, optionally in one state."""
    session.require(Permission.READ_REGISTER, "destruction.read")
    return repo.batches(session.vault.conn, (state.value,) if state else ())


def _in_state(session: Session, number: str, state: BatchState, action: str) -> Batch:
    batch = get(session, number)
    if batch.state is not state:
        raise InvalidInput("销毁批次", f"批次{batch.number}当前为{batch.state.value}，只有{state.value}的批次可以{action}",
                           f"batch {batch.number} is {batch.state.name.lower()}; only {state.name.lower()} ones")
    return batch
