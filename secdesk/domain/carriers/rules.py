"""Checks on a carrier before it is registered (登记) or edited: each failure names the
field and the fix, and nothing is written."""

from __future__ import annotations

import re
from dataclasses import replace

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft
from secdesk.domain.carriers.numbers import check_external
from secdesk.domain.carriers.terms import check_term
from secdesk.domain.errors import InvalidInput
from secdesk.domain.validate import count, day_in_range, printable

MAX_COPIES = 999
MAX_PAGES = 99999
_PAGES = re.compile(r"([+-]?\d+)\s*页")
TEXT_LIMITS = {
    "title": ("文件资料名称", 200),
    "origin_unit": ("制作发文单位", 100),
    "doc_no": ("文号或编号", 100),
    "extent": ("页数或容量", 40),
    "scope": ("知悉范围", 200),
    "source_detail": ("来源说明", 100),
    "custodian": ("保管人", 40),
    "location": ("存放位置", 60),
    "remarks": ("备注", 200),
    "basis": ("定密依据", 100),
    "classifier": ("定密责任人", 30),
}


def check_draft(draft: CarrierDraft) -> CarrierDraft:
    """The draft with texts trimmed, or :class:`InvalidInput` for the first bad field."""
    trimmed = {name: getattr(draft, name).strip() for name in TEXT_LIMITS}
    for name, (label, limit) in TEXT_LIMITS.items():
        if len(trimmed[name]) > limit:
            raise InvalidInput(label, f"不能超过{limit}个字符", f"at most {limit} characters")
        printable(label, trimmed[name])
    if not trimmed["title"]:
        raise InvalidInput("文件资料名称", "不能为空", "the title must not be empty")
    day_in_range("制发日", draft.issue_date, not_future=True)
    pages = _PAGES.fullmatch(trimmed["extent"])
    if pages:
        count("页数", int(pages.group(1)), MAX_PAGES)
    check_term(draft.level, draft.term, draft.issue_date)
    check_copies(draft.level, draft.copy_no, draft.copies_total)
    external = check_external(draft.external_number) if draft.external_number.strip() else ""
    return replace(draft, external_number=external, **trimmed)


def check_copies(level: Level, copy_no: int | None, total: int | None) -> None:
    """份号 is required for 绝密 and 机密 and lies within 1…份数."""
    if total is not None and not 1 <= total <= MAX_COPIES:
        raise InvalidInput("份数", f"应在1到{MAX_COPIES}之间", f"must be 1 to {MAX_COPIES}")
    if copy_no is None:
        if level.needs_copy_number:
            raise InvalidInput("份号", f"{level.value}级载体必须标注份号",
                               f"a {level.name} carrier needs a copy number")
        return
    if not 1 <= copy_no <= MAX_COPIES:
        raise InvalidInput("份号", f"应在1到{MAX_COPIES}之间", f"must be 1 to {MAX_COPIES}")
    if total is not None and copy_no > total:
        raise InvalidInput("份号", f"第{copy_no}份超出了总份数{total}份",
                           f"copy {copy_no} exceeds the {total} copies made")
