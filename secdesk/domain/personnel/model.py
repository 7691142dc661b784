"""The secrecy file of a cleared person (涉密人员档案) and its records.

Enum values are the Chinese words of the paper forms; they are stored as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from secdesk.domain.carriers.levels import Level


class Clearance(StrEnum):
    """涉密等级 of a person; it decides the highest 密级 they may read."""

    CORE = "核心"
    IMPORTANT = "重要"
    GENERAL = "一般"

    @property
    def highest_level(self) -> Level:
        """核心 → 绝密, 重要 → 机密, 一般 → 秘密."""
        return {"核心": Level.TOP_SECRET, "重要": Level.SECRET, "一般": Level.CONFIDENTIAL}[self.value]

    def may_read(self, level: Level) -> bool:
        """True if a person of this clearance may be given a carrier of ``level``."""
        return level.rank <= self.highest_level.rank

    @property
    def declassification_years(self) -> tuple[int, int, int]:
        """脱密期 in years: (default, shortest, longest) — 核心 3–5, 重要 2–3, 一般 1–2."""
        return {"核心": (3, 3, 5), "重要": (2, 2, 3), "一般": (1, 1, 2)}[self.value]


class Status(StrEnum):
    """Where the person stands."""

    ON_DUTY = "在岗"
    DECLASSIFYING = "脱密期"
    RELEASED = "已解脱"
    TRANSFERRED = "调离"


class IdType(StrEnum):
    """证件类型; the resident ID card number is checked (GB 11643)."""

    RESIDENT_ID = "居民身份证"
    OTHER = "其他证件"


class CommitmentKind(StrEnum):
    """保密承诺书 types."""

    ON_TAKING_UP = "上岗"
    IN_POST = "在岗"
    ON_LEAVING = "离岗"
    SPECIAL = "专项"


@dataclass(frozen=True)
class PersonDraft:
    """What the officer types to open or correct a file."""

    name: str
    dept: str
    clearance: Clearance
    clearance_since: date | None = None  # 确定时间
    staff_no: str = ""  # 工号
    id_type: IdType = IdType.RESIDENT_ID
    id_number: str = ""  # 证件号
    post: str = ""  # 岗位
    vetted_on: date | None = None  # 上岗审查 date
    vetting_result: str = ""  # 上岗审查 result, e.g. 合格
    vetted_by: str = ""  # reviewer
    remarks: str = ""
    head_of: str = ""  # 部门负责人 of this department (approves its people's 秘密/内部 requests)
    approves: frozenset[Level] = frozenset()  # 保密办 leader: the levels they may approve

    @property
    def vetted(self) -> bool:
        """A passed 上岗审查 is on file (a date, and a result that is not a failure)."""
        failed = ("不合格", "未通过", "不通过")
        return self.vetted_on is not None and bool(self.vetting_result) and self.vetting_result not in failed


@dataclass(frozen=True)
class Person:
    """A registered cleared person."""

    id: int
    badge: str  # 证卡号, printed as a barcode for the scan station
    draft: PersonDraft
    status: Status
    declassify_from: date | None = None  # 脱密期 start (the leaving date)
    declassify_until: date | None = None  # 脱密期 end
    released_on: date | None = None

    @property
    def name(self) -> str:
        """姓名."""
        return self.draft.name


@dataclass(frozen=True)
class Commitment:
    """A signed 保密承诺书."""

    kind: CommitmentKind
    signed_on: date
    note: str = ""


@dataclass(frozen=True)
class Training:
    """A 保密教育培训 attended."""

    held_on: date
    hours: float
    subject: str
    result: str = ""  # 考核结果, e.g. 合格


@dataclass(frozen=True)
class TravelApproval:
    """An approved 出国(境) trip, and whether the passport came back to the unit."""

    leave_on: date
    return_on: date
    destination: str
    approved_by: str
    passport_returned_on: date | None = None


@dataclass(frozen=True)
class Review:
    """A periodic 复审 of the person's clearance."""

    held_on: date
    result: str
    reviewer: str = ""
    note: str = ""
