"""Copying (复制): approved copies registered in one step as new carriers.

Refused for 绝密 and 不准复制 carriers. The copies get the source's 密级 and term, are
linked to it (来源 复制, ``source_carrier_id``), and continue its set's 份号 (copies 6–8
of a document that had 5). The job, the new carriers and their audit events are one
transaction; the new carriers' registration batch gives their labels.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from secdesk.domain import clock
from secdesk.domain.carriers.model import Carrier, Source
from secdesk.domain.errors import InvalidInput
from secdesk.domain.lending.rules import ApprovalBy, NeedsApproval, Refused
from secdesk.domain.lifecycle.rules import check_carrier_person, check_copyable, copy_numbers
from secdesk.domain.roles import Permission
from secdesk.services import approvals, carriers, personnel
from secdesk.services.accounts import signer_name
from secdesk.services.carriers import register_copies
from secdesk.domain import validate
from secdesk.services.lending import Approval, check_texts
from secdesk.services.session import Session
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import movements as repo
from secdesk.storage.movements import CopyJobRow
from secdesk.storage.numbering import next_form_number

PREFIX = "FZ"


@dataclass(frozen=True)
class CopyRequest:
    """A request to copy one carrier: how many, pages each, why, who makes them, approval."""

    source: str  # 载体编号 of the source
    copies: int
    purpose: str  # 复制用途
    maker: str  # 承制单位
    applicant: str  # 申请人's badge
    approval: Approval | None = None
    pages_each: str = ""  # 每份总页数 (paper)
    copied_on: date | None = None


def copy(session: Session, request: CopyRequest) -> tuple[CopyJobRow, list[Carrier]]:
    """Register the copies of an approved request; returns the job and the new carriers."""
    session.require(Permission.WRITE_REGISTER, "copy.make", f"carrier:{request.source}")
    validate.notes(("复制用途", request.purpose), ("承制单位", request.maker), ("每份总页数", request.pages_each))
    check_texts(request.approval, None)
    source = carriers.find(session, request.source)
    applicant = personnel.find_person(session, request.applicant)
    conn, values = session.vault.conn, session.settings()
    try:
        check_copyable(source)
        carriers.check_free(conn, source, "复制")
        check_carrier_person(source, applicant, "申请复制")
        approver = _approver(session, source, applicant, request.approval, values)
    except NeedsApproval:
        raise
    except Refused as exc:
        session.record_failure("copy.refused", f"carrier:{source.number}", exc.zh)
        raise
    purpose, maker = request.purpose.strip(), request.maker.strip()
    if not purpose or not maker:
        raise InvalidInput("复制", "请填写复制用途和承制单位", "give the purpose and who makes the copies")
    on = request.copied_on or clock.now().date()
    with session.vault.transaction() as conn:
        numbers = copy_numbers(repo.highest_copy_no(conn, repo.copy_set_ids(conn, source.id)), request.copies)
        total = numbers[-1]
        drafts = [replace(source.draft, copy_no=n, copies_total=total, source=Source.COPY,
                          source_detail=f"复制自{source.number}", external_number="",
                          extent=f"{request.pages_each.strip()}页" if request.pages_each.strip() else source.draft.extent,
                          remarks="") for n in numbers]
        batch = register_copies(session, conn, drafts, source.id)
        number = next_form_number(conn, PREFIX, on.year)
        job_id = repo.insert_copy_job(
            conn, number=number, source_id=source.id, copies=request.copies, first_copy=numbers[0],
            pages_each=request.pages_each.strip(), purpose=purpose, maker=maker, applicant=applicant.name,
            dept=applicant.draft.dept, approver=approver.name if approver else "",
            approval_ref=request.approval.reference.strip() if approver else "", copied_on=on,
            carrier_batch=batch, clerk=signer_name(session), at=clock.stamp())
        session.record(conn, "copy.make", f"carrier:{source.number}",
                       after={"job": number, "copies": request.copies, "copy_numbers": [numbers[0], numbers[-1]]},
                       detail=f"复制{request.copies}份（第{numbers[0]}-{numbers[-1]}份），用途：{purpose}")
    return repo.copy_jobs(session.vault.conn, "j.id = ?", (job_id,))[0], carrier_rows.by_batch(session.vault.conn, batch)


def _approver(session: Session, source: Carrier, applicant, approval: Approval | None, values: dict):
    level = source.draft.level
    by = ApprovalBy(values[f"copying.approval.{level.value}"])
    if by is ApprovalBy.NONE:
        return None
    if approval is None or not approval.approver.strip() or not approval.reference.strip():
        raise NeedsApproval(by, level, "复制")
    approver = personnel.find_person(session, approval.approver)
    approvals.check(session, level, by, applicant, approver, "申请人")
    return approver


def jobs(session: Session, source: str = "") -> list[CopyJobRow]:
    """Copying jobs, newest first; of one source carrier when given."""
    session.require(Permission.READ_REGISTER, "copy.read")
    if source:
        carrier = carriers.find(session, source)
        return repo.copy_jobs(session.vault.conn, "j.source_id = ?", (carrier.id,))
    return repo.copy_jobs(session.vault.conn)


def jobs_between(session: Session, start: date, end: date) -> list[CopyJobRow]:
    """Copying jobs made in a period (for the 复制登记表)."""
    session.require(Permission.READ_REGISTER, "copy.read")
    return repo.copy_jobs(session.vault.conn, "j.copied_on BETWEEN ? AND ?", (start.isoformat(), end.isoformat()))
