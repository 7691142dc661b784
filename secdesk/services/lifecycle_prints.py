"""Printed lifecycle forms: 销毁审批表 and 销毁清单 (form 6), the 复制登记表 (form 3), the
外出携带审批表 (form 4), the 移交/清退登记表 with its 回执 (form 5) and the yearly 清退 list.
Each printout is audited, with what it holds."""

from __future__ import annotations

from datetime import date

from secdesk.domain import clock
from secdesk.domain.carriers.model import Carrier, copy_text
from secdesk.domain.carriers.terms import term_text
from secdesk.domain.errors import InvalidInput
from secdesk.domain.roles import Permission
from secdesk.services import carriers, copying, destruction, outings, transfers
from secdesk.services.personnel_prints import audited
from secdesk.services.session import Session
from secdesk.services.signatories import Names
from secdesk.printing.lifecycle_forms import (
    CopyRow,
    DestructionLine,
    DestructionSheet,
    OutingItem,
    OutingSheet,
    TransferLine,
    TransferSheet,
    clearance_list_pdf,
    copy_register_pdf,
    destruction_pdf,
    outing_pdf,
    transfer_pdf,
)
from secdesk.storage.movements import CopyJobRow, TransferRow

MAX_PERIOD_DAYS = 3 * 366


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _issued(carrier: Carrier) -> str:
    """The carrier's issue date (ISO, "" when unknown): its term counts from it."""
    return _day(carrier.draft.issue_date)


def destruction_sheet(session: Session, number: str) -> DestructionSheet:
    """The data of a batch's 销毁审批表 and 销毁清单."""
    batch = destruction.get(session, number)
    r, names = batch.row, Names(session)
    lines = tuple(DestructionLine(c.number, c.draft.title, c.draft.origin_unit, c.draft.ctype.value, c.draft.doc_no,
                                  c.draft.level.value, c.draft.extent, 1, c.draft.custodian, c.marking, _issued(c))
                  for c in batch.carriers)
    return DestructionSheet(
        unit_name=session.settings()["unit.name"], batch_no=r.number, dept=r.dept, state=r.state, reason=r.reason,
        method=r.method, place=r.place, destroy_on=_day(r.destroy_on), applicant=names(r.applicant),
        approver=names(r.approver), approved_on=_day(r.approved_on), approval_ref=r.approval_ref,
        supervisors=tuple(p.name for p, _ in batch.supervisors), destroyer=names(r.destroyer),
        receiver=names(r.receiver), lines=lines)


def destruction_form(session: Session, number: str) -> bytes:
    """销毁审批表 + 销毁清单 of a batch (a draft prints marked 草稿)."""
    session.require(Permission.READ_REGISTER, "destruction.print", f"destruction:{number}")
    sheet = destruction_sheet(session, number)
    return audited(session, "destruction.print", f"destruction:{sheet.batch_no}",
                   f"销毁审批表及清单（{sheet.state}，{len(sheet.lines)}件）", destruction_pdf(sheet))


def _copy_row(session: Session, job: CopyJobRow, names: Names) -> CopyRow:
    last = job.first_copy + job.copies - 1
    numbers = job.carrier_numbers
    span = numbers[0] if len(numbers) == 1 else f"{numbers[0]} 至 {numbers[-1]}"
    source = carriers.find(session, job.source_number)
    return CopyRow(job.copied_on.isoformat(), names(job.applicant), job.dept, job.source_number, job.title,
                   job.copies, job.pages_each, job.level, f"{span}（第{job.first_copy}-{last}份）"
                   if last > job.first_copy else f"{span}（第{job.first_copy}份）", job.purpose, job.maker,
                   names(job.approver), names(job.clerk), source.marking, _issued(source))


def copy_register(session: Session, start: date, end: date) -> bytes:
    """涉密载体复制登记表 of the copying done in a period."""
    session.require(Permission.READ_REGISTER, "copy.print")
    _check_period(start, end)
    names = Names(session)
    rows = [_copy_row(session, j, names) for j in reversed(copying.jobs_between(session, start, end))]
    subtitle = f"{start.isoformat()}至{end.isoformat()}"
    return audited(session, "copy.print", "", f"复制登记表 {subtitle}（{len(rows)}次）",
                   copy_register_pdf(rows, session.settings()["unit.name"], subtitle))


def copy_job_form(session: Session, job_number: str) -> bytes:
    """The 复制登记表 of one copying job (printed when the copies are made)."""
    session.require(Permission.READ_REGISTER, "copy.print")
    job = next((j for j in copying.jobs(session) if j.number == job_number.strip()), None)
    if job is None:
        raise InvalidInput("复制编号", f"没有编号为“{job_number.strip()}”的复制记录", f"no copying job {job_number!r}")
    row = _copy_row(session, job, Names(session))
    return audited(session, "copy.print", f"carrier:{job.source_number}", f"复制登记表 {job.number}",
                   copy_register_pdf([row], session.settings()["unit.name"], job.number, row.applicant, row.dept))


def _check_period(start: date, end: date) -> None:
    if end < start or (end - start).days > MAX_PERIOD_DAYS:
        raise InvalidInput("期间", "截止日期应不早于起始日期，且不超过三年", "the period must be forward and at most 3 years")


def outing_form(session: Session, number: str) -> bytes:
    """外出携带审批表 of one outing (no titles: it travels with the carriers)."""
    session.require(Permission.READ_REGISTER, "outing.print")
    o, names = outings.get(session, number), Names(session)
    approval = "同意。" + "；".join(x for x in (
        f"批准人：{names(o.approver)}" if o.approver else "", f"审批文号：{o.approval_ref}" if o.approval_ref else "",
        f"安全保密管理员{names(o.officer)}当场确认：{o.officer_reason}" if o.officer else "") if x)
    checks = "；".join(f"{i.number} {'完好' if i.whole else '异常：' + i.note}（{i.returned_at[:10]}）"
                       for i in o.items if i.returned_at)
    items = tuple(OutingItem(i.number, i.level, i.marking, i.ctype, copy_text(i.copy_no, i.copies_total),
                             _issued(carriers.find(session, i.number))) for i in o.items)
    sheet = OutingSheet(session.settings()["unit.name"], o.number, o.at[:10], o.dept, names(o.person), o.destination,
                        o.return_on.isoformat(), o.purpose, approval, checks, "", items)
    return audited(session, "outing.print", f"outing:{o.number}", f"外出携带审批表（{len(items)}件）", outing_pdf(sheet))


def _transfer_line(c: Carrier, row: TransferRow | None, names: Names | None = None) -> TransferLine:
    """One carrier on form 5: 份数 the count (1), the 份号 apart, a bare ★ as the level's
    maximum term (绝密★ → 30年), the hander and receiver by name."""
    names = names or (lambda text: text)
    return TransferLine(c.number, c.draft.title, c.draft.doc_no, c.draft.level.value,
                        term_text(c.draft.level, c.draft.term), "1", c.draft.origin_unit or c.draft.source_detail,
                        row.on_day.isoformat() if row else "", names(row.handed_by) if row else "",
                        names(row.receiver) if row else "", "", c.copy_text, c.marking, _issued(c))


def transfer_form(session: Session, number: str) -> bytes:
    """移交/清退登记表 with the 回执 the receiver signs and brings back."""
    session.require(Permission.READ_REGISTER, "transfer.print")
    row, names = transfers.get(session, number), Names(session)
    lines = tuple(_transfer_line(c, row, names) for c in transfers.carriers_of(session, row))
    sheet = TransferSheet(session.settings()["unit.name"], row.kind, row.number, row.to_unit, names(row.receiver),
                          names(row.witness), names(row.handed_by), row.on_day.isoformat(), lines,
                          channel=row.channel)
    return audited(session, "transfer.print", f"transfer:{row.number}", f"{row.kind}登记表及回执（{len(lines)}件）",
                   transfer_pdf(sheet))


def clearance_form(session: Session, issuer: str, year: int | None = None) -> bytes:
    """The yearly 清退 list of one issuer: what was received from it and is still held."""
    year = year or clock.now().year
    held = transfers.clearance_list(session, issuer, year)
    lines = [_transfer_line(c, None) for c in held]
    return audited(session, "transfer.print", "", f"{year}年度清退清单 {issuer.strip()}（{len(lines)}件）",
                   clearance_list_pdf(lines, session.settings()["unit.name"], issuer.strip(), year))
