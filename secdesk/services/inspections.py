"""Inspections (检查) and rectification (整改).

An inspection is recorded with its date, kind (自查/季度/年度/专项), inspectors and the
problems found. The officer turns a finding into a 保密工作整改通知书 with requirements and
a due date; the written report that comes back and the re-check result are recorded; a
passed re-check closes it, a failed one leaves it open with a new due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from secdesk.domain import clock
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.roles import Permission, check_not_own
from secdesk.domain import validate
from secdesk.domain.validate import day_in_range
from secdesk.services.accounts import signer_name
from secdesk.services.session import Session
from secdesk.storage import inspections as repo
from secdesk.storage.inspections import FindingRow, InspectionRow
from secdesk.storage.numbering import next_form_number

INSPECTION_PREFIX, NOTICE_PREFIX = "JC", "ZG"


class Kind(StrEnum):
    """检查类别."""

    SELF = "自查"
    QUARTERLY = "季度"
    YEARLY = "年度"
    SPECIAL = "专项"


@dataclass(frozen=True)
class InspectionDraft:
    """What the inspection found: (department, problem) for each finding."""

    held_on: date
    kind: Kind
    inspectors: str
    scope: str = ""
    summary: str = ""
    problems: tuple[tuple[str, str], ...] = ()


def record(session: Session, draft: InspectionDraft) -> InspectionRow:
    """Record an inspection and its findings (clerk or officer)."""
    _may_write(session, "inspection.record")
    if not draft.inspectors.strip():
        raise InvalidInput("检查人", "请填写检查人", "name the inspectors")
    validate.notes(("检查人", draft.inspectors), ("检查范围", draft.scope),
                   *(("被检查部门", dept) for dept, _ in draft.problems))
    for text in (draft.summary, *(problem for _, problem in draft.problems)):
        validate.note("检查情况", text, lines=True)
    day_in_range("检查日期", draft.held_on)
    if draft.held_on > clock.now().date():
        raise InvalidInput("检查日期", "检查日期不能晚于今天", "the inspection date cannot be in the future")
    problems = [(dept.strip(), text.strip()) for dept, text in draft.problems if text.strip()]
    with session.vault.transaction() as conn:
        number = next_form_number(conn, INSPECTION_PREFIX, draft.held_on.year)
        repo.insert(conn, number, draft.held_on, Kind(draft.kind).value, draft.inspectors.strip(),
                    draft.scope.strip(), draft.summary.strip(), clock.stamp(), session.actor.name, problems)
        session.record(conn, "inspection.record", f"inspection:{number}",
                       after={"kind": Kind(draft.kind).value, "findings": len(problems)},
                       detail=f"{draft.held_on.isoformat()} {Kind(draft.kind).value}检查，发现问题{len(problems)}项")
    return get(session, number)


def _may_write(session: Session, event: str) -> None:
    if not session.actor.can(Permission.WRITE_REGISTER):
        session.require(Permission.APPROVE, event)


def get(session: Session, number: str) -> InspectionRow:
    """One inspection with its findings."""
    session.require(Permission.READ_REGISTER, "inspection.read", f"inspection:{number}")
    rows = repo.inspections(session.vault.conn, "number = ?", (number.strip().upper(),))
    if not rows:
        raise InvalidInput("检查编号", f"没有检查记录“{number.strip()}”", f"no inspection {number.strip()!r}")
    return rows[0]


def inspections(session: Session) -> list[InspectionRow]:
    """Every inspection, newest first."""
    session.require(Permission.READ_REGISTER, "inspection.read")
    return repo.inspections(session.vault.conn)


def issue_notice(session: Session, finding_id: int, requirements: str, due_on: date) -> FindingRow:
    """整改通知书 for a finding (the officer signs it)."""
    session.require(Permission.APPROVE, "rectification.issue", f"finding:{finding_id}")
    finding = _finding(session, finding_id)
    if finding.notice:
        raise InvalidInput("整改通知书", f"该问题已下发整改通知书{finding.notice}", "a notice was already issued")
    if not requirements.strip():
        raise InvalidInput("整改要求", "请填写整改要求", "give the requirements")
    validate.note("整改要求", requirements, lines=True)
    recorded = repo.inspections(session.vault.conn, "id = ?", (finding.inspection_id,))
    _not_own(session, recorded[0].recorded_by if recorded else "", "整改通知书", f"finding:{finding_id}")
    today = clock.now().date()
    day_in_range("整改期限", due_on)
    if due_on < today:
        raise InvalidInput("整改期限", "整改期限不能早于今天", "the due date cannot be in the past")
    with session.vault.transaction() as conn:
        notice = next_form_number(conn, NOTICE_PREFIX, today.year)
        repo.update_finding(conn, finding.id, notice=notice, requirements=requirements.strip(), due_on=due_on,
                            issued_by=signer_name(session), issued_on=today)
        session.record(conn, "rectification.issue", f"rectification:{notice}",
                       after={"due_on": due_on.isoformat()}, detail=finding.problem)
    return _finding(session, finding_id)


def record_report(session: Session, notice: str, report: str, on: date | None = None) -> FindingRow:
    """The written report of the rectification came back."""
    _may_write(session, "rectification.report")
    finding = by_notice(session, notice)
    _open(finding)
    if not report.strip():
        raise InvalidInput("整改情况", "请填写整改情况", "give what was done")
    validate.note("整改情况", report, lines=True)
    with session.vault.transaction() as conn:
        repo.update_finding(conn, finding.id, report=report.strip(), report_on=on or clock.now().date())
        session.record(conn, "rectification.report", f"rectification:{finding.notice}", detail=report.strip())
    return by_notice(session, notice)


def recheck(session: Session, notice: str, passed: bool, opinion: str, new_due: date | None = None,
            on: date | None = None) -> FindingRow:
    """复查 by the officer: passed closes the notice; not passed sets a new due date and
    waits for a new written report."""
    session.require(Permission.APPROVE, "rectification.recheck", f"rectification:{notice}")
    finding = by_notice(session, notice)
    _open(finding)
    if not finding.report:
        raise InvalidInput("复查", "整改情况报告尚未交回，不能复查", "the written report has not come back")
    if not opinion.strip():
        raise InvalidInput("复查意见", "请填写复查意见", "give the opinion")
    validate.note("复查意见", opinion, lines=True)
    day_in_range("整改期限", new_due)
    if not passed and (new_due is None or new_due < clock.now().date()):
        raise InvalidInput("整改期限", "复查未通过，请给出新的整改期限", "give a new due date")
    day = on or clock.now().date()
    fields = dict(recheck=opinion.strip(), recheck_on=day, recheck_passed=int(passed))
    if passed:
        fields.update(closed_on=day)
    else:  # a new written report is needed before the next re-check (the old one stays in the audit chain)
        fields.update(due_on=new_due, report="", report_on=None)
    with session.vault.transaction() as conn:
        repo.update_finding(conn, finding.id, **fields)
        session.record(conn, "rectification.recheck", f"rectification:{finding.notice}",
                       after={"passed": passed}, detail=opinion.strip())
    return by_notice(session, notice)


def _open(finding: FindingRow) -> None:
    if finding.closed_on:
        raise InvalidInput("整改通知书", f"{finding.notice}已复查合格并关闭", "the notice is closed")


def by_notice(session: Session, notice: str) -> FindingRow:
    """The finding of a 整改通知书 number."""
    session.require(Permission.READ_REGISTER, "inspection.read", f"rectification:{notice}")
    rows = repo.findings(session.vault.conn, "f.notice = ?", (notice.strip().upper(),))
    if not rows:
        raise InvalidInput("通知书编号", f"没有整改通知书“{notice.strip()}”", f"no notice {notice.strip()!r}")
    return rows[0]


def _finding(session: Session, finding_id: int) -> FindingRow:
    rows = repo.findings(session.vault.conn, "f.id = ?", (finding_id,))
    if not rows:
        raise InvalidInput("检查问题", "没有这一检查问题", "no such finding")
    return rows[0]


def open_notices(session: Session) -> list[FindingRow]:
    """Notices issued and not yet closed, earliest due first."""
    session.require(Permission.READ_REGISTER, "inspection.read")
    rows = repo.findings(session.vault.conn, "f.notice IS NOT NULL AND f.closed_on IS NULL")
    return sorted(rows, key=lambda f: f.due_on or date.max)


def _not_own(session: Session, drafted_by: str, what: str, object: str) -> None:
    """Refuse (and audit) an approval by the account that drafted the matter."""
    try:
        check_not_own(drafted_by, session.actor.name, what)
    except PermissionDenied as exc:
        session.record_failure("approval.refused", object, exc.zh)
        raise
