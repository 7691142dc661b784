"""Who may approve (审批权限): the checks every approval by a named person goes through —
lending, copying and carrying out — and the list the approval dialog and the command line
offer. An approver must hold the authority the level needs, be vetted, and not be the
account that drafted the request."""

from __future__ import annotations

from secdesk.domain.carriers.levels import Level
from secdesk.domain.lending.rules import ApprovalBy, Refused, approval_needed, check_approver, has_authority
from secdesk.domain.personnel.model import Person, Status
from secdesk.domain.roles import Permission
from secdesk.services import carriers, personnel
from secdesk.services.accounts import signer_name
from secdesk.services.session import Session


def check(session: Session, level: Level, by: ApprovalBy, applicant: Person, approver: Person,
          who: str = "借阅人") -> None:
    """The approval by ``approver`` stands, or :class:`Refused` names what is missing."""
    check_approver(level, by, applicant, approver, who)
    personnel.check_vetted(session, approver, "批准人")
    drafter = signer_name(session)
    if drafter == approver.name:
        raise Refused("own_approval", f"批准人{approver.name}即经办账户本人，不能自己批准",
                      "the account that drafts the request cannot approve it")


def eligible(session: Session, level: Level, by: ApprovalBy, applicant_badge: str = "") -> list[Person]:
    """The people who may approve a request of ``level`` for this applicant (everyone
    with the authority when no applicant is named yet)."""
    session.require(Permission.READ_PERSONNEL, "person.read")
    applicant = personnel.find_person(session, applicant_badge) if applicant_badge else None
    dept = applicant.draft.dept if applicant else ""
    vetted = personnel.vetted_ids(session)
    return [p for p in personnel.list_persons(session, status=Status.ON_DUTY.value)
            if (applicant is None or p.id != applicant.id) and p.draft.clearance.may_read(level)
            and (has_authority(p, level, by, dept) or (applicant is None and p.draft.head_of))
            and (vetted is None or p.id in vetted)]


def for_loan(session: Session, number: str, borrower_badge: str) -> list[Person]:
    """Who may approve lending carrier ``number`` to this borrower (the station's list)."""
    level = carriers.find(session, number).draft.level
    by = approval_needed(level, session.settings())
    return eligible(session, level, by, borrower_badge) if by is not ApprovalBy.NONE else []
