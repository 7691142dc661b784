"""The rules of lending (借阅) at scan time, as pure functions of what is on file.

A loan is refused when the carrier is not 在库 or held for checking, when it is out to
someone else (不得转借), when the borrower is not 在岗, is cleared below the carrier's
密级, is outside its 知悉范围, or still holds an overdue carrier. The last two may be
overridden by the security officer with a written reason; the others never. A loan that
needs an approval (by level, configurable) cannot be made without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, State
from secdesk.domain.errors import SecdeskError
from secdesk.domain.personnel.model import Person, Status

UNDO_SECONDS = 60  # the last action of a station may be undone this long after it
BOUNCE_SECONDS = 2.0  # the same code again this soon is scanner bounce, not a scan
SCOPE_FOR_ALL = {"全体", "全体人员", "全体涉密人员", "全单位", "本单位"}
TOP_SECRET_BACK_BY = time(18, 0)  # the end of the reading day of a 绝密 loan


class ApprovalBy(IntEnum):
    """Who must approve a loan of a level (setting ``lending.approval.<密级>``)."""

    NONE = 0
    DEPARTMENT_HEAD = 1  # 部门负责人
    OFFICER = 2  # 保密工作负责人

    @property
    def zh(self) -> str:
        """The approver's title as the forms print it."""
        return ("", "部门负责人", "保密工作负责人")[self.value]


class Refused(SecdeskError):
    """A loan or a return that the rules refuse; ``code`` names the rule, and
    ``overridable`` says whether the officer may lift it with a written reason."""

    exit_code = 7

    def __init__(self, code: str, zh: str, en: str, overridable: bool = False) -> None:
        super().__init__(zh, en)
        self.code = code
        self.overridable = overridable


class NeedsApproval(Refused):
    """The loan needs an approval that was not given (the station asks for it)."""

    def __init__(self, by: ApprovalBy, level: Level, action: str = "借阅") -> None:
        super().__init__("approval", f"{level.value}载体{action}须经{by.zh}批准：请录入批准人和审批单号",
                         f"a {level.name} {action} needs the approval of the {by.name.lower()}")
        self.by = by
        self.level = level


class NeedsCount(Refused):
    """The return needs the whole-ness check (页数/份数核对) for this type of carrier."""

    def __init__(self, number: str, extent: str) -> None:
        what = f"（应为{extent}）" if extent else ""
        super().__init__("count", f"{number} 归还须核对页数或数量{what}：是否完好？",
                         f"{number} needs a count check on return")


@dataclass(frozen=True)
class Holder:
    """Who has a carrier out, since when, until when."""

    person_id: int
    name: str
    dept: str
    lent_at: str
    due_on: date


def is_overdue(level: str, due_on: date, now: date | datetime) -> bool:
    """Still out past its due date. A 绝密 loan is read on site and due back the same day:
    from TOP_SECRET_BACK_BY on that evening it is overdue at once (``now`` with a time)."""
    if isinstance(now, datetime):
        evening = now.date() == due_on and now.time() >= TOP_SECRET_BACK_BY
        return due_on < now.date() or (level == Level.TOP_SECRET.value and evening)
    return due_on < now


def approval_needed(level: Level, values: dict[str, Any]) -> ApprovalBy:
    """Who must approve a loan of ``level`` under the settings."""
    return ApprovalBy(values[f"lending.approval.{level.value}"])


def due_date(level: Level, lent_on: date, values: dict[str, Any]) -> date:
    """The default 应还日期: 绝密 the same day (on-site reading only), others by setting."""
    if level is Level.TOP_SECRET:
        return lent_on
    return lent_on + timedelta(days=values[f"lending.days.{level.value}"])


def in_scope(scope: str, person: Person) -> bool:
    """True when the carrier's 知悉范围 is empty, says everyone, or names the borrower's
    department, name, post or badge."""
    words = {w for w in re.split(r"[\s、,，;；/]+", scope.strip()) if w}
    if not words or words & SCOPE_FOR_ALL:
        return True
    d = person.draft
    return bool(words & {d.dept, d.name, d.post, person.badge} - {""})


def check_carrier(carrier: Carrier, holder: Holder | None, borrower: Person | None, batch: str | None = None) -> None:
    """The carrier may go out: 在库, not held for checking, not out to someone else, not
    listed for destruction."""
    if holder is not None:
        since = holder.lent_at[:10]
        if borrower is not None and holder.person_id != borrower.id:
            raise Refused("lent_to_other",
                          f"{carrier.number} 已借给{holder.name}（{since}起），不得转借；须先归还再借",
                          f"{carrier.number} is out to {holder.name} since {since}; it must come back first")
        raise Refused("lent", f"{carrier.number} 已借给{holder.name}（{since}起）",
                      f"{carrier.number} is out to {holder.name} since {since}")
    if carrier.state is not State.IN_ROOM:
        raise Refused("state", f"{carrier.number} 当前{carrier.state.value}，不能借出",
                      f"{carrier.number} is {carrier.state.name.lower()}, not in the room")
    if batch:
        raise Refused("batch", f"{carrier.number} 已列入销毁批次{batch}，不能借出",
                      f"{carrier.number} is on destruction batch {batch}")
    hold = carrier.extra.get("lend_hold", "")
    if hold:
        raise Refused("hold", f"{carrier.number} 归还时发现问题（{hold}），待安全保密管理员核查后方可借出",
                      f"{carrier.number} is held for checking: {hold}")


def check_status(borrower: Person) -> None:
    """Only a person on duty (在岗) borrows."""
    if borrower.status is not Status.ON_DUTY:
        raise Refused("status", f"{borrower.name}当前为{borrower.status.value}，不能借阅涉密载体",
                      f"{borrower.name} is not on duty")


def check_borrower(carrier: Carrier, borrower: Person, overdue: list[str], overridden: bool,
                   overdue_override: bool = False) -> None:
    """The borrower may take this carrier. The 知悉范围 is lifted by an officer's override
    (``overridden``); overdue holdings only where the setting allows it
    (``overdue_override``); status and clearance never."""
    level = carrier.draft.level
    check_status(borrower)
    if not borrower.draft.clearance.may_read(level):
        highest = borrower.draft.clearance.highest_level.value
        raise Refused("clearance", f"{borrower.name}为{borrower.draft.clearance.value}涉密人员，最高可借{highest}，"
                      f"不能借阅{level.value}载体", f"{borrower.name} is not cleared for {level.name}")
    if overdue and not (overridden and overdue_override):
        raise Refused("overdue", f"{borrower.name}有逾期未还的载体（{'、'.join(overdue[:3])}），须先归还",
                      f"{borrower.name} holds overdue carriers", overridable=overdue_override)
    if not overridden and not in_scope(carrier.draft.scope, borrower):
        raise Refused("scope", f"{borrower.name}（{borrower.draft.dept}）不在{carrier.number}的知悉范围"
                      f"（{carrier.draft.scope}）内", f"{borrower.name} is outside the need-to-know scope",
                      overridable=True)


def has_authority(approver: Person, level: Level, by: ApprovalBy, dept: str) -> bool:
    """The approver holds the authority ``by`` needs for ``level``: a 保密办 leader whose
    file says they approve this level, or (where the department head suffices) the head of
    the applicant's own department."""
    if level in approver.draft.approves:
        return True
    return by is ApprovalBy.DEPARTMENT_HEAD and bool(dept) and approver.draft.head_of == dept


def check_approver(level: Level, by: ApprovalBy, borrower: Person, approver: Person, who: str = "借阅人") -> None:
    """The approver is another person on duty, cleared for the level, with the authority
    the level needs (DOMAIN: 绝密/机密 the security officer, 秘密 the borrower's own head of
    department); the refusal names the authority that is missing."""
    if approver.id == borrower.id:
        raise Refused("approver", f"{who}不能自己批准", "nobody approves their own request")
    if approver.status is not Status.ON_DUTY or not approver.draft.clearance.may_read(level):
        raise Refused("approver", f"批准人{approver.name}须为在岗且可知悉{level.value}的{by.zh}",
                      f"the approver {approver.name} must be on duty and cleared for {level.name}")
    if not has_authority(approver, level, by, borrower.draft.dept):
        if by is ApprovalBy.DEPARTMENT_HEAD:
            need = f"{borrower.draft.dept}的部门负责人（或档案载明可审批{level.value}的保密工作负责人）"
        else:
            need = f"保密工作负责人（档案载明可审批{level.value}）"
        raise Refused("authority", f"{level.value}须由{need}批准；{approver.name}没有此审批权限",
                      f"{approver.name} lacks the authority to approve {level.name} ({by.name.lower()})")
