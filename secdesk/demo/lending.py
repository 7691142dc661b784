"""Demo lending (演示借阅): over the demo's past the clerk lends carriers to cleared staff
with approvals and takes them back; a few stay out, two of them overdue."""

from __future__ import annotations

import random

from secdesk.domain.errors import SecdeskError
from secdesk.domain.lending.rules import NeedsCount
from secdesk.domain.personnel.model import Status
from secdesk.services import lending, personnel
from secdesk.services.lending import Approval
from secdesk.services.session import Session

APPROVER = "李建国"  # 保密办主任 in the demo staff
PURPOSES = ["工作需要", "项目评审", "起草文件参阅", "会议学习", "专项检查"]


def lend_and_return(clerk: Session, rng: random.Random, visit: int) -> None:
    """One visit's lending: about three quarters of what is out comes back (what stays out long
    becomes overdue), and three to six carriers go out."""
    conn = clerk.vault.conn
    for loan in lending.list_loans(clerk, "open"):
        if rng.random() < 0.75:
            _return(clerk, loan.number)
    staff = [p for p in personnel.list_persons(clerk, status=Status.ON_DUTY.value) if p.name != APPROVER]
    approver = next(p for p in personnel.list_persons(clerk, text=APPROVER) if p.name == APPROVER)
    in_room = [r[0] for r in conn.execute("SELECT number FROM carriers WHERE state = '在库' AND lend_hold = '' "
                                          "ORDER BY id")]
    for number in rng.sample(in_room, min(len(in_room), rng.randint(3, 6))):
        borrower = rng.choice(staff)
        try:
            lending.lend(clerk, number, borrower.badge, Approval(approver.badge, f"SP-2026-{visit:02d}{rng.randint(10, 99)}"),
                         purpose=rng.choice(PURPOSES))
        except SecdeskError:
            continue  # not cleared, outside the scope, an overdue holder: as at the real counter


def _return(clerk: Session, number: str) -> None:
    try:
        lending.give_back(clerk, number)
    except NeedsCount:
        lending.give_back(clerk, number, whole=True)

