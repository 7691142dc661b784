"""The rules of the rest of a carrier's life, as pure functions of what is on file.

- 销毁: only carriers 在库 (not lent, not out, not held, not missing) and on no other open
  batch; two or more distinct 监销人, none of them the 销毁人; destroyed is final.
- 复制: never 绝密, never 不准复制; the copies continue the source's 份号.
- 携带外出 and 移交/清退: only carriers 在库, not held for checking, not on a batch.
- 移交/清退 travel by 专人送达, 机要交通 or 机要通信; never by post or courier.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, State
from secdesk.domain.errors import InvalidInput
from secdesk.domain.lending.rules import Refused
from secdesk.domain.personnel.model import Person, Status

MIN_SUPERVISORS = 2
MAX_COPIES_PER_JOB = 50


class BatchState(StrEnum):
    """Where a destruction batch is in its flow."""

    DRAFT = "草稿"
    APPROVED = "已批准"
    EXECUTED = "已执行"
    CANCELLED = "已撤销"


class Method(StrEnum):
    """销毁方式."""

    SHRED = "粉碎"
    BURN = "焚烧"
    DEGAUSS = "消磁"
    PHYSICAL = "物理损毁"
    UNIT = "送销毁工作机构"


class TransferKind(StrEnum):
    """移交 to another unit, or 清退 back to the issuer."""

    TRANSFER = "移交"
    RETURN = "清退"

    @property
    def state(self) -> State:
        """The state the carriers reach."""
        return State.TRANSFERRED if self is TransferKind.TRANSFER else State.RETURNED

    @property
    def prefix(self) -> str:
        """The letters of the form number: YJ-2026-001 / QT-2026-001."""
        return "YJ" if self is TransferKind.TRANSFER else "QT"


class Channel(StrEnum):
    """How carriers travel to the receiver (传递方式): never by post or courier."""

    BY_HAND = "专人送达"
    CONFIDENTIAL_TRANSPORT = "机要交通"
    CONFIDENTIAL_POST = "机要通信"


POST_OR_COURIER = ("邮寄", "邮政", "邮局", "寄送", "快递", "快件", "速递", "挂号", "ems", "顺丰", "圆通",
                   "申通", "中通", "韵达", "京东物流", "德邦", "极兔", "courier", "express", "post", "mail",
                   "dhl", "fedex")
NO_POST = "涉密载体不得通过普通邮政或快递传递"


def channel(text: str) -> Channel:
    """The channel typed or chosen; InvalidInput naming the rule for post or a courier
    (邮寄、快递、邮政、EMS、顺丰 …), and the three lawful channels for anything else."""
    typed = text.strip()
    confidential = "机要" in typed  # 邮政机要通信 is the 机要通信 network, named loosely
    if not confidential and any(word in typed.casefold() for word in POST_OR_COURIER):
        raise InvalidInput("传递方式", f"{NO_POST}（“{typed}”），请由专人送达或经机要交通、机要通信传递",
                           "state-secret carriers never travel by ordinary post or courier")
    try:
        return Channel(typed)
    except ValueError:
        raise InvalidInput("传递方式", f"“{typed}”不是规定的传递方式，请选择专人送达、机要交通或机要通信",
                           "choose 专人送达, 机要交通 or 机要通信") from None


def check_in_room(carrier: Carrier, action: str, batch: str | None = None, lent_to: str = "") -> None:
    """The carrier is in the room and free for ``action`` (销毁, 携带外出, 移交 …): not lent,
    out, missing or closed, not held for checking, on no open destruction batch."""
    if lent_to:
        raise Refused("lent", f"{carrier.number} 已借给{lent_to}，须先归还才能{action}",
                      f"{carrier.number} is lent to {lent_to}; it must come back first")
    if carrier.state is not State.IN_ROOM:
        raise Refused("state", f"{carrier.number} 当前{carrier.state.value}，只有在库的载体可以{action}",
                      f"{carrier.number} is {carrier.state.name.lower()}; only carriers in the room")
    if batch:
        raise Refused("batch", f"{carrier.number} 已列入销毁批次{batch}", f"{carrier.number} is on batch {batch}")
    hold = carrier.extra.get("lend_hold", "")
    if hold:
        raise Refused("hold", f"{carrier.number} 待安全保密管理员核查（{hold}），核查后方可{action}",
                      f"{carrier.number} is held for checking")


def check_supervisors(supervisors: Sequence[Person], destroyer: str, destroyer_id: int | None,
                      level: Level) -> None:
    """Two or more distinct 监销人, on duty and cleared for the batch's highest 密级, none of
    them the 销毁人."""
    ids = [p.id for p in supervisors]
    if len(set(ids)) != len(ids):
        raise Refused("supervisors", "同一人不能重复列为监销人", "a supervisor is listed twice")
    if len(ids) < MIN_SUPERVISORS:
        raise Refused("supervisors", f"销毁须由{MIN_SUPERVISORS}名以上监销人监销（现有{len(ids)}名）",
                      f"destruction needs {MIN_SUPERVISORS} or more supervisors")
    for person in supervisors:
        if person.id == destroyer_id or person.name == destroyer.strip():
            raise Refused("destroyer", f"销毁人{person.name}不能同时担任监销人",
                          "the person destroying cannot supervise")
        if person.status is not Status.ON_DUTY:
            raise Refused("supervisors", f"监销人{person.name}当前为{person.status.value}",
                          f"supervisor {person.name} is not on duty")
        if not person.draft.clearance.may_read(level):
            raise Refused("supervisors", f"监销人{person.name}为{person.draft.clearance.value}涉密人员，"
                          f"不能监销{level.value}载体", f"supervisor {person.name} is not cleared for {level.name}")


def check_copyable(carrier: Carrier) -> None:
    """Copying is never allowed for 绝密 or 不准复制."""
    if carrier.draft.level is Level.TOP_SECRET:
        raise Refused("top_secret", f"{carrier.number} 为绝密级载体，不允许复制",
                      "a top-secret carrier is never copied")
    if carrier.draft.no_copy:
        raise Refused("no_copy", f"{carrier.number} 标有“不准复制”", f"{carrier.number} is marked no-copy")


def copy_numbers(highest: int, copies: int) -> range:
    """The 份号 of new copies: they continue after the highest of the set (6–8 after 5)."""
    if not 1 <= copies <= MAX_COPIES_PER_JOB:
        raise Refused("copies", f"复制份数应在1到{MAX_COPIES_PER_JOB}之间",
                      f"copies must be 1 to {MAX_COPIES_PER_JOB}")
    return range(highest + 1, highest + copies + 1)


def check_carrier_person(carrier: Carrier, person: Person, action: str) -> None:
    """The person who takes a carrier out is on duty and cleared for its 密级."""
    if person.status is not Status.ON_DUTY:
        raise Refused("status", f"{person.name}当前为{person.status.value}，不能{action}",
                      f"{person.name} is not on duty")
    if not person.draft.clearance.may_read(carrier.draft.level):
        raise Refused("clearance", f"{person.name}为{person.draft.clearance.value}涉密人员，"
                      f"不能{action}{carrier.draft.level.value}载体",
                      f"{person.name} is not cleared for {carrier.draft.level.name}")
