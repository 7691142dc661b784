"""Personnel files (涉密人员档案): open and keep them, record undertakings, training,
trips abroad and reviews, and see a person through leaving (离岗) to release (解脱).

The officer writes; the clerk and the auditor read; only the officer sees full ID
numbers. Every change is audited as ``person:<badge>`` (ID numbers masked in the log).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from secdesk.domain import clock
from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.model import (
    Commitment,
    CommitmentKind,
    Person,
    PersonDraft,
    Review,
    Status,
    Training,
    TravelApproval,
)
from secdesk.domain.personnel.rules import (
    check_person,
    declassification_period,
    looks_like_badge,
    make_badge,
    mask_id,
    next_review,
    parse_badge,
)
from secdesk.domain.roles import Permission
from secdesk.services.session import Session
from secdesk.storage import carriers as carrier_rows
from secdesk.domain.lending.rules import Refused
from secdesk.storage import personnel as repo
from secdesk.storage.personnel import levels_text

LEAVING_KINDS = ("离岗", "离职", "调离")


def _shown(session: Session, person: Person) -> Person:
    """The person as this role may see them: the ID number masked except for the officer."""
    if session.actor.can(Permission.SEE_ID_NUMBERS):
        return person
    return _masked(person)


def _masked(person: Person) -> Person:
    if not person.draft.id_number:
        return person  # nothing to mask
    return replace(person, draft=replace(person.draft, id_number=mask_id(person.draft.id_number)))


def _all_shown(session: Session, people: list[Person]) -> list[Person]:
    """:func:`_shown` of each, the permission looked up once (a list of thousands)."""
    if session.actor.can(Permission.SEE_ID_NUMBERS):
        return people
    return [_masked(p) for p in people]


def add_person(session: Session, draft: PersonDraft, undertaking_on: date | None = None) -> Person:
    """Open a file; the person gets a badge number for the scan station. ``undertaking_on``
    records the signed 上岗 保密承诺书 in the same step."""
    session.require(Permission.MANAGE_PERSONNEL, "person.create")
    draft = check_person(draft)
    conn = session.vault.conn
    if draft.staff_no and repo.by_staff_no(conn, draft.staff_no):
        raise InvalidInput("工号", f"工号“{draft.staff_no}”已有档案", f"staff number {draft.staff_no!r} is on file")
    _id_number_free(conn, draft.id_number)
    unit = session.settings()["unit.code"]
    with session.vault.transaction() as conn:
        badge = make_badge(unit, repo.next_in_sequence(conn, f"badge:{unit}"))
        person_id = repo.insert(conn, badge, draft, clock.stamp(), session.actor.name)
        session.record(conn, "person.create", f"person:{badge}", after=_summary(draft))
        if undertaking_on is not None:
            _undertaking(session, conn, person_id, badge, undertaking_on)
    return find_person(session, badge)


def _undertaking(session: Session, conn, person_id: int, badge: str, signed_on: date) -> None:
    record = Commitment(CommitmentKind.ON_TAKING_UP, signed_on)
    _check_record(record)
    repo.add_commitment(conn, person_id, record)
    session.record(conn, "person.commitment", f"person:{badge}", after=_record_summary(record))


def _summary(draft: PersonDraft) -> dict[str, Any]:
    return {"name": draft.name, "dept": draft.dept, "clearance": draft.clearance.value,
            "post": draft.post, "id_number": mask_id(draft.id_number), "head_of": draft.head_of,
            "approves": levels_text(draft.approves), "vetted_on": _audit_value("vetted_on", draft.vetted_on)}


def edit_person(session: Session, badge: str, draft: PersonDraft, undertaking_on: date | None = None) -> Person:
    """Correct a file; what changed is audited before and after. ``undertaking_on`` records a
    signed 上岗 保密承诺书 in the same step."""
    session.require(Permission.MANAGE_PERSONNEL, "person.edit", f"person:{badge}")
    person = find_person(session, badge)
    new = check_person(draft)
    fields = ("name", "dept", "post", "staff_no", "id_number", "clearance", "clearance_since",
              "vetted_on", "vetting_result", "vetted_by", "remarks", "id_type", "head_of", "approves")
    changed = {f: getattr(new, f) for f in fields if getattr(new, f) != getattr(person.draft, f)}
    if "id_number" in changed:
        _id_number_free(session.vault.conn, new.id_number, person.id)
    if not changed and undertaking_on is None:
        return person
    plain = {k: getattr(v, "value", v) for k, v in changed.items()}
    with session.vault.transaction() as conn:
        if changed:
            repo.update(conn, person.id, **plain)
            before = {k: _audit_value(k, getattr(person.draft, k)) for k in changed}
            session.record(conn, "person.edit", f"person:{person.badge}", before=before,
                           after={k: _audit_value(k, v) for k, v in changed.items()})
        if undertaking_on is not None:
            _undertaking(session, conn, person.id, person.badge, undertaking_on)
    return find_person(session, person.badge)


def _id_number_free(conn, id_number: str, person_id: int | None = None) -> None:
    """One file per 证件号: a number already on another person's file is refused, naming it."""
    other = repo.by_id_number(conn, id_number) if id_number else None
    if other is not None and other.id != person_id:
        raise InvalidInput("证件号", f"该证件号已登记在{other.name}（{other.badge}）的档案中，一人只建一份档案",
                           f"this ID number is already on file as {other.badge}")


def _audit_value(key: str, value: Any) -> Any:
    if key == "id_number":
        return mask_id(value)
    if isinstance(value, frozenset):
        return levels_text(value)
    return value.isoformat() if isinstance(value, date) else getattr(value, "value", value)


def find_person(session: Session, text: str) -> Person:
    """The file of a badge number (typed or scanned); a misread badge is refused."""
    session.require(Permission.READ_PERSONNEL, "person.read")
    badge = parse_badge(text)
    person = repo.by_badge(session.vault.conn, badge)
    if person is None:
        raise InvalidInput("证卡号", f"没有证卡号为“{badge}”的涉密人员", f"no person with badge {badge}")
    return _shown(session, person)


def person_named(session: Session, text: str) -> Person:
    """A person by badge, or by name when exactly one file has it (signers of forms are
    often written by name)."""
    if looks_like_badge(text):
        return find_person(session, text)
    session.require(Permission.READ_PERSONNEL, "person.read")
    found = [p for p in repo.search(session.vault.conn, "", "", "", text.strip()) if p.name == text.strip()]
    if len(found) != 1:
        many = "有多人同名，请用证卡号" if found else "没有此人"
        raise InvalidInput("人员", f"“{text.strip()}”：{many}", f"{text.strip()!r}: give the badge number")
    return _shown(session, found[0])


def list_persons(session: Session, dept: str = "", clearance: str = "", status: str = "",
                 text: str = "", review_overdue: bool = False, training_short: bool = False) -> list[Person]:
    """Files matching the filters, by department and name. ``review_overdue``: on duty and
    past their 复审 date (or never vetted); ``training_short``: on duty with fewer hours
    this year than the yearly requirement (no one, while the requirement is 0)."""
    session.require(Permission.READ_PERSONNEL, "person.read")
    if training_short:
        session.require(Permission.READ_PERSONNEL_FILE, "person.read")
    rows = repo.search(session.vault.conn, dept, clearance, status, text.strip())
    if review_overdue or training_short:
        today = clock.now().date()
        stand = standings(session, today)
        rows = [p for p in rows if p.status is Status.ON_DUTY
                and (not review_overdue or stand[p.id].review_overdue(today))
                and (not training_short or stand[p.id].training_short)]
    return _all_shown(session, rows)


@dataclass(frozen=True)
class Standing:
    """Where a person stands with the recurring duties of a cleared person."""

    review_due: date | None  # next 复审; None when never vetted nor reviewed
    hours: float  # 保密教育培训 hours this year
    required_hours: float  # the yearly requirement (0 = none)
    signed: bool  # a 上岗 or 在岗 保密承诺书 on file

    def review_overdue(self, today: date) -> bool:
        """True when the review date has passed, or there never was a vetting."""
        return self.review_due is None or self.review_due < today

    @property
    def training_short(self) -> bool:
        """True when this year's hours are below a non-zero requirement."""
        return bool(self.required_hours) and self.hours < self.required_hours


def standings(session: Session, today: date | None = None) -> dict[int, Standing]:
    """Each file's :class:`Standing`, by person id."""
    session.require(Permission.READ_PERSONNEL, "person.read")
    today = today or clock.now().date()
    conn, values = session.vault.conn, session.settings()
    last = repo.last_reviews(conn)
    signed = repo.people_with_commitment(conn, ("上岗", "在岗"))
    hours = repo.hours_in_year(conn, today.year)
    required = values["training_hours_per_year"]
    out = {}
    for p in repo.search(conn):
        base = last.get(p.id) or p.draft.vetted_on or p.draft.clearance_since
        due = next_review(base, values[f"review_months.{p.draft.clearance.value}"]) if base else None
        out[p.id] = Standing(due, hours.get(p.id, 0.0), required, p.id in signed)
    return out


def departments(session: Session) -> list[str]:
    """Every department on file (for the filter)."""
    session.require(Permission.READ_PERSONNEL, "person.read")
    return repo.departments(session.vault.conn)


@dataclass(frozen=True)
class Records:
    """Everything on file for one person."""

    person: Person
    commitments: list[Commitment]
    trainings: list[Training]
    travels: list[TravelApproval]
    reviews: list[Review]


def records(session: Session, badge: str) -> Records:
    """The person's file. Roles without READ_PERSONNEL_FILE (the clerk) get what lending
    needs — undertakings and reviews — and no training or trips abroad."""
    person = find_person(session, badge)
    conn = session.vault.conn
    whole = session.actor.can(Permission.READ_PERSONNEL_FILE)
    return Records(person, repo.commitments(conn, person.id),
                   repo.trainings(conn, person.id) if whole else [],
                   repo.travels(conn, person.id) if whole else [], repo.reviews(conn, person.id))


def add_record(session: Session, badge: str, record: Commitment | Training | TravelApproval | Review) -> None:
    """Add an undertaking, a training, a trip abroad or a review to a file."""
    event, adder = {Commitment: ("person.commitment", repo.add_commitment),
                    Training: ("person.training", repo.add_training),
                    TravelApproval: ("person.travel", repo.add_travel),
                    Review: ("person.review", repo.add_review)}[type(record)]
    session.require(Permission.MANAGE_PERSONNEL, event, f"person:{badge}")
    person = find_person(session, badge)
    _check_record(record)
    with session.vault.transaction() as conn:
        adder(conn, person.id, record)
        session.record(conn, event, f"person:{person.badge}", after=_record_summary(record))


def _check_record(record) -> None:
    today = clock.now().date()
    if isinstance(record, Training):
        if not 0 < record.hours <= 200:
            raise InvalidInput("学时", "应大于0且不超过200", "hours must be above 0 and at most 200")
        if not record.subject.strip():
            raise InvalidInput("培训内容", "不能为空", "the subject must not be empty")
    if isinstance(record, TravelApproval):
        if record.return_on < record.leave_on:
            raise InvalidInput("返回日期", "不能早于出发日期", "the return precedes the departure")
        if not record.destination.strip() or not record.approved_by.strip():
            raise InvalidInput("出国（境）", "须填写前往国家或地区及审批人", "destination and approver are required")
    if isinstance(record, Review) and not record.result.strip():
        raise InvalidInput("复审结论", "不能为空", "the result must not be empty")
    day = getattr(record, "signed_on", None) or getattr(record, "held_on", None)
    if day is not None and day > today:
        raise InvalidInput("日期", "不能晚于今天", "must not be in the future")


def _record_summary(record) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else getattr(v, "value", v))
            for k, v in record.__dict__.items()}


@dataclass(frozen=True)
class Holdings:
    """What a person still holds: carriers on loan, carriers in their keeping."""

    on_loan: list[tuple[str, str, str]]  # (number, marking, due)
    kept: list[tuple[int, str, str]]  # (carrier id, number, marking)
    carried_out: list[tuple[str, str, str]] = field(default_factory=list)  # (number, marking, return on)
    destruction_roles: list[str] = field(default_factory=list)  # batches as 销毁人 or 监销人
    missing: list[tuple[str, str]] = field(default_factory=list)  # (number, marking) kept, 下落不明

    @property
    def outstanding(self) -> bool:
        """True while anything is still out or in their keeping."""
        return bool(self.on_loan or self.kept or self.carried_out or self.destruction_roles or self.missing)


def holdings(session: Session, badge: str) -> Holdings:
    """Carriers lent to the person, in their keeping, out with them on an outing, and the
    destruction batches they still have a role in."""
    person = find_person(session, badge)
    conn = session.vault.conn
    return Holdings(repo.open_loans(conn, person.id), repo.kept_carriers(conn, person.id),
                    repo.carried_out(conn, person.id), repo.destruction_roles(conn, person.id),
                    repo.missing_kept(conn, person.id))


def leave(session: Session, badge: str, kind: str, left_on: date, commitment_on: date,
          handover: dict[str, str] | None = None, years: int | None = None) -> Person:
    """离岗/离职/调离: every carrier back or handed to a named successor, the leaving
    undertaking recorded, the 脱密期 set from the level (or ``years`` within its range)."""
    session.require(Permission.MANAGE_PERSONNEL, "person.leave", f"person:{badge}")
    person = find_person(session, badge)
    if kind not in LEAVING_KINDS:
        raise InvalidInput("离岗类型", f"应为{'、'.join(LEAVING_KINDS)}之一", "kind must be 离岗, 离职 or 调离")
    if person.status is not Status.ON_DUTY:
        raise InvalidInput("状态", f"{person.name}当前为{person.status.value}，不能再办理离岗",
                           "only a person on duty can leave")
    today = clock.now().date()
    for label, day in (("离岗日期", left_on), ("承诺书日期", commitment_on)):
        if day > today:
            raise InvalidInput(label, "不能晚于今天；请在离岗当天办理", "must not be in the future")
    held = holdings(session, badge)
    if held.on_loan:
        numbers = "、".join(n for n, _, _ in held.on_loan)
        raise InvalidInput("借阅", f"{person.name}尚有借出未还的载体：{numbers}；须先归还",
                           f"carriers still on loan: {numbers}")
    if held.carried_out:
        numbers = "、".join(n for n, _, _ in held.carried_out)
        raise InvalidInput("携带外出", f"{person.name}尚有携带外出未带回的载体：{numbers}；须先带回",
                           f"carriers still carried out: {numbers}")
    if held.missing:
        numbers = "、".join(n for n, _ in held.missing)
        raise InvalidInput("保管载体", f"{person.name}保管的载体{numbers}下落不明，不能移交：须先找回，"
                           "或由保密办按泄密事件处理完毕", f"carriers in their keeping are missing: {numbers}")
    if held.destruction_roles:
        batches = "、".join(held.destruction_roles)
        raise InvalidInput("销毁", f"{person.name}是未完成的销毁批次{batches}的销毁人或监销人；"
                           "须先执行或撤销该批次，或改由他人担任", f"open destruction roles: {batches}")
    handover = handover or {}
    missing = [n for _, n, _ in held.kept if n not in handover]
    if missing:
        raise InvalidInput("保管载体", f"{person.name}保管的载体须移交给接替人：{'、'.join(missing)}",
                           f"carriers in their keeping need a successor: {', '.join(missing)}")
    successors = {n: find_person(session, b) for n, b in handover.items()}
    for number, successor in successors.items():
        _check_successor(session, person, number, successor)
    years = years or session.settings()[f"declassify_years.{person.draft.clearance.value}"]
    start, end = declassification_period(person.draft.clearance, left_on, years)
    with session.vault.transaction() as conn:
        for carrier_id, number, _ in held.kept:
            successor = successors[number]
            carrier_rows.update(conn, carrier_id, custodian_id=successor.id, custodian=successor.name)
            repo.add_handover(conn, carrier_id, person.id, successor.id, left_on, kind, session.actor.name)
            session.record(conn, "carrier.handover", f"carrier:{number}",
                           before={"custodian": person.name}, after={"custodian": successor.name},
                           detail=f"{person.name}{kind}移交")
        repo.add_commitment(conn, person.id, Commitment(CommitmentKind.ON_LEAVING, commitment_on))
        repo.add_leaving(conn, person.id, kind, left_on, commitment_on, years, clock.stamp(),
                         session.actor.name)
        repo.update(conn, person.id, status=Status.DECLASSIFYING.value, declassify_from=start,
                    declassify_until=end)
        session.record(conn, "person.leave", f"person:{person.badge}",
                       before={"status": person.status.value},
                       after={"status": Status.DECLASSIFYING.value, "declassify_until": end.isoformat()},
                       detail=kind)
    return find_person(session, badge)


def _check_successor(session: Session, person: Person, number: str, successor: Person) -> None:
    """The successor is another person on duty, cleared for the carrier's 密级."""
    if successor.id == person.id or successor.status is not Status.ON_DUTY:
        raise InvalidInput("接替人", f"{number} 的接替人须为另一名在岗人员", "the successor must be another person on duty")
    level = carrier_rows.by_number(session.vault.conn, number).draft.level
    if not successor.draft.clearance.may_read(level):
        raise InvalidInput("接替人", f"{number} 为{level.value}载体，{successor.name}为{successor.draft.clearance.value}"
                           f"涉密人员，不能接替保管", f"{successor.name} is not cleared for {number}")


def release(session: Session, badge: str, today: date | None = None) -> Person:
    """The officer confirms the end of the 脱密期 (已解脱)."""
    session.require(Permission.MANAGE_PERSONNEL, "person.release", f"person:{badge}")
    person = find_person(session, badge)
    today = today or clock.now().date()
    if person.status is not Status.DECLASSIFYING or person.declassify_until is None:
        raise InvalidInput("状态", f"{person.name}不在脱密期", "the person is not in a declassification period")
    if person.declassify_until > today:
        raise InvalidInput("脱密期", f"脱密期至{person.declassify_until.isoformat()}，尚未届满",
                           f"the period runs until {person.declassify_until.isoformat()}")
    with session.vault.transaction() as conn:
        repo.update(conn, person.id, status=Status.RELEASED.value, released_on=today)
        session.record(conn, "person.release", f"person:{person.badge}",
                       before={"status": Status.DECLASSIFYING.value}, after={"status": Status.RELEASED.value})
    return find_person(session, badge)


def is_badge(text: str) -> bool:
    """True if scanned text is a badge rather than a carrier number."""
    return looks_like_badge(text)


def vetted_ids(session: Session) -> set[int] | None:
    """Ids of people with a passed 上岗审查 and a signed 上岗 承诺书 on file; None when the
    setting does not require vetting before access."""
    if not session.settings()["personnel.require_vetting"]:
        return None
    conn = session.vault.conn
    signed = repo.people_with_commitment(conn, (CommitmentKind.ON_TAKING_UP.value,))
    return {p.id for p in repo.search(conn) if p.id in signed and p.draft.vetted}


def check_vetted(session: Session, person: Person, role: str) -> None:
    """Vetting before access: lending, approving, supervising a destruction and counting
    need a passed 上岗审查 and a signed 上岗 承诺书 (unless the setting relaxes it)."""
    if not session.settings()["personnel.require_vetting"]:
        return
    missing = []
    if not person.draft.vetted:
        missing.append("上岗审查（合格）")
    if not repo.has_commitment(session.vault.conn, person.id, (CommitmentKind.ON_TAKING_UP.value,)):
        missing.append("上岗保密承诺书")
    if missing:
        raise Refused("vetting", f"{person.name}的档案缺少{'和'.join(missing)}，不能担任{role}；"
                      "请安全保密管理员先在人员档案中登记", f"{person.name} is not vetted ({', '.join(missing)})")
