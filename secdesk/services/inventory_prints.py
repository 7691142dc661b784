"""Printed forms of inventory and inspection: the 清查记录 (form 7), the 泄密事件报告登记表
(form 8) and the 保密工作整改通知书 with its 回执 (form 10). Each printout is audited."""

from __future__ import annotations

from datetime import date

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier
from secdesk.domain.errors import InvalidInput
from secdesk.domain.inventory.reconcile import Outcome
from secdesk.domain.roles import Permission
from secdesk.services import carriers, inspections, inventory, missing
from secdesk.services.personnel_prints import audited
from secdesk.services.session import Session
from secdesk.services.signatories import Names
from secdesk.printing.inspection_forms import (
    IncidentSheet,
    InventoryLine,
    InventorySheet,
    RectificationSheet,
    incident_pdf,
    inventory_pdf,
    rectification_pdf,
)

ACTIONS = {Outcome.MISSING: "组织查找；逾期按规定登记下落不明", Outcome.UNEXPECTED: "核实后更正台账或移交处理"}


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _time(stamp: str | None) -> str:
    return stamp.replace("T", " ")[:16] if stamp else ""


def _registered(session: Session, number: str) -> Carrier | None:
    """The carrier of a line, None for a scanned code not in the register."""
    try:
        return carriers.find(session, number)
    except InvalidInput:
        return None


def _line(session: Session, x) -> InventoryLine:
    """One line of form 7, with the carrier's marking and issue date for the top left."""
    c = _registered(session, x.number)
    return InventoryLine(x.number, x.title, x.level or "内部", x.expected, x.found, x.matches, x.detail,
                         ACTIONS.get(x.outcome, ""), c.marking if c else "",
                         _day(c.draft.issue_date) if c else "")


def inventory_sheet(session: Session, number: str) -> InventorySheet:
    """The data of a session's 清查记录."""
    view = inventory.view(session, number)
    result, row = view.reconciliation, view.row
    lines = tuple(_line(session, x) for x in result.lines)
    totals = (("应有", result.expected_here), ("实有", result.found_here),
              ("相符", len(result.of(Outcome.FOUND))), ("未找到", len(result.of(Outcome.MISSING))),
              ("在外", len(result.of(Outcome.ELSEWHERE))), ("异常", len(result.of(Outcome.UNEXPECTED))))
    return InventorySheet(row.number, session.settings()["unit.name"], view.scope_text, _time(row.started_at),
                          _time(row.finished_at), row.checkers, lines, totals,
                          "" if row.state == inventory.FINISHED else row.state)


def inventory_form(session: Session, number: str) -> bytes:
    """涉密载体清查记录 of a session (one not finished prints marked as a draft)."""
    session.require(Permission.READ_REGISTER, "inventory.print", f"inventory:{number}")
    sheet = inventory_sheet(session, number)
    return audited(session, "inventory.print", f"inventory:{sheet.number}",
                   f"清查记录（{len(sheet.lines)}行）", inventory_pdf(sheet))


def incident_form(session: Session, number: str) -> bytes:
    """泄密事件报告登记表 prepared from the incident, its carrier and its missing record."""
    session.require(Permission.READ_REGISTER, "incident.print", f"incident:{number}")
    incident = missing.get_incident(session, number)
    record = next(m for m in missing.list_missing(session, open_only=False) if m.id == incident.missing_id)
    carrier = carriers.find(session, incident.carrier_number)
    form = " ".join(x for x in (carrier.draft.ctype.value, carrier.copy_text) if x)
    sheet = IncidentSheet(incident.number, session.settings()["unit.name"], record.since.isoformat(),
                          record.place or "—", Names(session)(record.finder) or "—", carrier.number,
                          carrier.marking, carrier.draft.level.value, form, incident.course, incident.search_done,
                          incident.remedies, _time(incident.report_due), _day(incident.close_due),
                          incident.conclusion, _day(carrier.draft.issue_date))
    return audited(session, "incident.print", f"incident:{incident.number}", "泄密事件报告登记表",
                   incident_pdf(sheet))


def rectification_form(session: Session, notice: str) -> bytes:
    """保密工作整改通知书 and its 回执."""
    finding, names = inspections.by_notice(session, notice), Names(session)
    sheet = RectificationSheet(finding.notice, session.settings()["unit.name"], finding.dept or "—",
                               _day(finding.held_on), names(finding.inspectors), finding.problem,
                               finding.requirements, _day(finding.due_on), names(finding.issued_by),
                               _day(finding.issued_on),
                               Level.INTERNAL.value, finding.report, _day(finding.report_on), finding.recheck,
                               _day(finding.recheck_on))
    return audited(session, "rectification.print", f"rectification:{finding.notice}", "整改通知书及回执",
                   rectification_pdf(sheet))
