"""Printed personnel files: 涉密人员登记表, the roster (涉密人员名册), the training record
(form 9), the 离岗保密审查表 and badge labels. Each printout is audited.

A personnel file is itself 内部 (internal): its marking is printed at the top left.
ID numbers are printed as the role sees them (in full only for the officer); badges
never carry one.
"""

from __future__ import annotations

from datetime import date

from secdesk.domain import clock
from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.model import Person
from secdesk.domain.roles import Permission
from secdesk.services import personnel
from secdesk.services.session import Session
from secdesk.printing.badges import BadgeData, badges_pdf
from secdesk.printing.labels import LabelLayout
from secdesk.printing.personnel_forms import (
    LeavingSheet,
    PersonSheet,
    RosterRow,
    TrainingRow,
    leaving_sheet_pdf,
    person_sheet_pdf,
    roster_pdf,
    training_record_pdf,
)
from secdesk.storage import personnel as repo


def cn_date(day: date | None) -> str:
    """``2026年11月23日``, or "" for no date."""
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _period(person: Person) -> str:
    if person.declassify_from is None or person.declassify_until is None:
        return ""
    return f"{cn_date(person.declassify_from)}至{cn_date(person.declassify_until)}"


def audited(session: Session, event: str, obj: str, detail: str, pdf: bytes) -> bytes:
    """Record that a printout was made (event, object, what it holds); return it."""
    with session.vault.transaction() as conn:
        session.record(conn, event, obj, detail=detail)
    return pdf


def person_sheet(session: Session, badge: str) -> bytes:
    """涉密人员登记表 of one person."""
    session.require(Permission.READ_PERSONNEL_FILE, "person.print")
    rec = personnel.records(session, badge)
    p, d = rec.person, rec.person.draft
    vetting = " ".join(x for x in (cn_date(d.vetted_on), d.vetting_result,
                                   f"（审查人：{d.vetted_by}）" if d.vetted_by else "") if x)
    sheet = PersonSheet(
        unit_name=session.settings()["unit.name"], badge=p.badge, name=p.name, staff_no=d.staff_no,
        id_number=d.id_number, dept=d.dept, post=d.post, clearance=d.clearance.value,
        clearance_since=cn_date(d.clearance_since), status=p.status.value, vetting=vetting,
        authority=authority_text(d),
        commitments=[(c.kind.value, cn_date(c.signed_on)) for c in rec.commitments],
        trainings=[(cn_date(t.held_on), f"{t.hours:g}", t.subject, t.result) for t in rec.trainings],
        travels=[(f"{cn_date(t.leave_on)}至{cn_date(t.return_on)}", t.destination, t.approved_by,
                  cn_date(t.passport_returned_on) or "未交回") for t in rec.travels],
        reviews=[(cn_date(r.held_on), r.result, r.reviewer) for r in rec.reviews],
        declassification=_period(p))
    return audited(session, "person.print", f"person:{p.badge}", "涉密人员登记表", person_sheet_pdf(sheet))


def roster_sheet(session: Session) -> bytes:
    """涉密人员名册 of everyone on file, by department."""
    session.require(Permission.READ_PERSONNEL, "roster.print")
    stand = personnel.standings(session)
    rows = []
    for p in personnel.list_persons(session):
        due = stand[p.id].review_due
        rows.append(RosterRow(p.draft.dept, p.name, p.badge, p.draft.post, p.draft.clearance.value,
                              p.draft.clearance_since.isoformat() if p.draft.clearance_since else "",
                              p.status.value, due.isoformat() if due else ""))
    pdf = roster_pdf(rows, session.settings()["unit.name"], f"共{len(rows)}人")
    return audited(session, "roster.print", "", f"{len(rows)}人", pdf)


def training_sheet(session: Session, year: int, dept: str = "") -> bytes:
    """保密教育培训记录 (form 9) of a year, for one department or all."""
    session.require(Permission.READ_PERSONNEL_FILE, "training.print")
    if not 2000 <= year <= clock.now().year + 1:
        raise InvalidInput("年度", f"“{year}”不是有效年度", f"{year} is not a valid year")
    rows = [TrainingRow(p.draft.dept, p.name, p.draft.clearance.value, t.subject, t.held_on.isoformat(),
                        f"{t.hours:g}", t.result)
            for p in personnel.list_persons(session, dept=dept)
            for t in repo.trainings(session.vault.conn, p.id) if t.held_on.year == year]
    rows.sort(key=lambda r: (r.held_on, r.dept, r.name))
    subtitle = f"{year}年度" + (f"　{dept}" if dept else "")
    pdf = training_record_pdf(rows, session.settings()["unit.name"], subtitle)
    return audited(session, "training.print", "", f"{subtitle} {len(rows)}人次", pdf)


def leaving_sheet(session: Session, badge: str) -> bytes:
    """离岗保密审查表 of a person who has left: hand-overs, undertaking, 脱密期."""
    session.require(Permission.READ_PERSONNEL, "person.print")
    p = personnel.find_person(session, badge)
    conn = session.vault.conn
    left = repo.leaving(conn, p.id)
    if left is None:
        raise InvalidInput("离岗", f"{p.name}尚未办理离岗", f"{p.name} has not left")
    kind, left_on, signed_on, _ = left
    handed = [(number, marking, f"已移交{successor}（{on}）")
              for number, marking, successor, on in repo.handovers_from(conn, p.id)]
    sheet = LeavingSheet(
        unit_name=session.settings()["unit.name"], name=p.name, badge=p.badge, dept=p.draft.dept,
        post=p.draft.post, clearance=p.draft.clearance.value, leaving_on=cn_date(left_on), kind=kind,
        carriers_returned=handed, commitment_signed_on=cn_date(signed_on),
        declassification=f"自{_period(p)}")
    return audited(session, "person.print", f"person:{p.badge}", "离岗保密审查表", leaving_sheet_pdf(sheet))


def badge_sheet(session: Session, badges: list[str], layout: LabelLayout, start: int = 1) -> bytes:
    """Badge labels (证卡) for these people, on the carrier label stocks."""
    session.require(Permission.MANAGE_PERSONNEL, "badge.print")
    if not badges:
        raise InvalidInput("证卡号", "请先选择要打印证卡的人员", "choose the people first")
    if not 1 <= start <= 24:
        raise InvalidInput("起始位置", "应在1到24之间", "must be 1 to 24")
    people = [personnel.find_person(session, b) for b in badges]
    unit = session.settings()["unit.name"]
    pdf = badges_pdf([BadgeData(p.badge, p.name, p.draft.dept, p.draft.clearance.value, unit)
                      for p in people], layout, start)
    return audited(session, "badge.print", "", "、".join(p.badge for p in people), pdf)


def authority_text(draft) -> str:
    """审批权限 as the file prints it: the department headed, the levels approved."""
    parts = [f"{draft.head_of}部门负责人"] if draft.head_of else []
    if draft.approves:
        levels = "、".join(lv.value for lv in sorted(draft.approves, key=lambda lv: -lv.rank))
        parts.append(f"保密工作负责人，可审批{levels}")
    return "；".join(parts)
