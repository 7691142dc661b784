"""The carrier (涉密载体) as the register holds it: levels, types, states, sources.

Enum values are the Chinese words the clerks use; they are stored, typed and printed
as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.terms import Term, marking


class CarrierType(StrEnum):
    """载体类别."""

    PAPER = "纸介质"
    DISC = "光盘"
    USB = "U盘"
    REMOVABLE_DISK = "移动硬盘"
    HARD_DISK = "硬盘"
    TAPE = "磁带"
    NOTEBOOK = "保密笔记本"
    OTHER = "其他"

    @property
    def electronic(self) -> bool:
        """Media whose 文号或编号 holds 保密编号 and 序列号."""
        return self in (CarrierType.DISC, CarrierType.USB, CarrierType.REMOVABLE_DISK,
                        CarrierType.HARD_DISK, CarrierType.TAPE)


# The unit word each type is counted in on destruction lists (纸介质 3份, U盘 1个).
TYPE_UNITS = {"纸介质": "份", "光盘": "张", "U盘": "个", "移动硬盘": "个", "硬盘": "块",
              "磁带": "盘", "保密笔记本": "本", "其他": "件"}
OTHER_UNIT = "件"  # the unit word of a type not in TYPE_UNITS


class State(StrEnum):
    """Where a carrier is in its life (DOMAIN.md lifecycle)."""

    IN_ROOM = "在库"
    LENT = "借出"
    OUT = "外出"
    TRANSFERRED = "已移交"
    RETURNED = "已清退"
    DESTROYED = "已销毁"
    MISSING = "下落不明"
    VOID = "已作废"  # a wrong entry, voided with a reason; never deleted

    @property
    def closed(self) -> bool:
        """True once the carrier has left the register for good."""
        return self in (State.TRANSFERRED, State.RETURNED, State.DESTROYED, State.VOID)


class Source(StrEnum):
    """How the carrier came into the room (来源)."""

    RECEIVED = "收文"
    SELF_MADE = "自制"
    COPY = "复制"


@dataclass(frozen=True)
class CarrierDraft:
    """What the clerk types to register a carrier (登记); the number is assigned."""

    title: str
    level: Level
    ctype: CarrierType
    term: Term
    issue_date: date | None = None  # 制发日: the term counts from it
    origin_unit: str = ""  # 制作发文单位
    doc_no: str = ""  # 文号或编号 (media: 保密编号/序列号)
    extent: str = ""  # 页数或容量
    copy_no: int | None = None  # 份号
    copies_total: int | None = None  # 共N份
    scope: str = ""  # 知悉范围
    no_copy: bool = False  # 不准复制
    source: Source = Source.RECEIVED
    source_detail: str = ""  # 收文: from which unit; 复制: of which carrier
    custodian: str = ""  # 保管人
    location: str = ""  # 存放位置
    remarks: str = ""  # 备注
    external_number: str = ""  # a number kept from an old register, used as it is
    basis: str = ""  # 定密依据: what the classification rests on (a self-made carrier)
    classifier: str = ""  # 定密责任人: who classified it (a self-made carrier)


@dataclass(frozen=True)
class Carrier:
    """A registered carrier, as the register lists it."""

    id: int
    number: str
    external: bool
    draft: CarrierDraft
    state: State
    registered_at: str
    registered_by: str
    void_reason: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def marking(self) -> str:
        """The 国家秘密标志, derived from level and term (never typed)."""
        return marking(self.draft.level, self.draft.term)

    @property
    def copy_text(self) -> str:
        """份号 as printed: ``第3份 共5份`` (empty when none)."""
        return copy_text(self.draft.copy_no, self.draft.copies_total)

    @property
    def classification_text(self) -> str:
        """定密责任人 and 定密依据 as form 1 prints them in 备注 (empty when neither is known);
        the name first, so that a long basis cut short never hides it."""
        d = self.draft
        return "；".join(f"{label}：{value}" for label, value in (("定密责任人", d.classifier.strip()),
                                                              ("定密依据", d.basis.strip())) if value)


def copy_text(copy_no: int | None, total: int | None) -> str:
    """``第3份 共5份``, ``第3份`` or empty."""
    if copy_no is None:
        return ""
    return f"第{copy_no}份" + (f" 共{total}份" if total else "")
