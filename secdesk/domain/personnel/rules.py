"""Rules of the personnel file: ID numbers, badges, 脱密期, reviews, masking."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from secdesk.domain.carriers.numbers import check_character, is_valid, normalise
from secdesk.domain.carriers.terms import add_months
from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.model import Clearance, IdType, PersonDraft
from secdesk.domain.validate import day_in_range, printable

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
BADGE = re.compile(r"^([A-Z][A-Z0-9]{1,9})-P(\d{5,})([0-9A-Z*])$", re.ASCII)
TEXT_LIMITS = {"name": ("姓名", 30), "dept": ("部门", 60), "staff_no": ("工号", 30),
               "post": ("岗位", 60), "vetting_result": ("审查结论", 60),
               "vetted_by": ("审查人", 30), "remarks": ("备注", 200), "head_of": ("负责部门", 60)}


def id_check_digit(first17: str) -> str:
    """The GB 11643 check character of the first 17 digits of a resident ID number."""
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS)) % 11]


def check_id_number(text: str) -> str:
    """An 18-digit resident ID number, upper-cased; refused naming what is wrong."""
    value = text.strip().upper()
    if len(value) != 18:
        raise InvalidInput("证件号", f"居民身份证号应为18位（现为{len(value)}位）",
                           f"a resident ID number has 18 characters, not {len(value)}")
    if not re.fullmatch(r"\d{17}[\dX]", value, re.ASCII):
        raise InvalidInput("证件号", "前17位应为数字，最后一位为数字或X", "17 digits then a digit or X")
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise InvalidInput("证件号", f"出生日期“{value[6:14]}”不是有效日期",
                           f"the birth date {value[6:14]} is not a valid date") from None
    if not date(1900, 1, 1) <= born <= date.today():
        raise InvalidInput("证件号", f"出生日期“{value[6:14]}”不合理", f"implausible birth date {value[6:14]}")
    if id_check_digit(value[:17]) != value[17]:
        raise InvalidInput("证件号", "校验位不符，请逐位核对", "the check digit does not match")
    return value


def check_person(draft: PersonDraft) -> PersonDraft:
    """The draft with texts trimmed and the ID number checked, or the first bad field."""
    trimmed = {k: getattr(draft, k).strip() for k in TEXT_LIMITS}
    for key, (label, limit) in TEXT_LIMITS.items():
        if len(trimmed[key]) > limit:
            raise InvalidInput(label, f"不能超过{limit}个字符", f"at most {limit} characters")
        printable(label, trimmed[key])
    for key in ("name", "dept"):
        if not trimmed[key]:
            label = TEXT_LIMITS[key][0]
            raise InvalidInput(label, "不能为空", f"{key} must not be empty")
    id_number = draft.id_number.strip()
    if draft.id_type is IdType.RESIDENT_ID and id_number:
        id_number = check_id_number(id_number)
    elif len(id_number) > 40:
        raise InvalidInput("证件号", "不能超过40个字符", "at most 40 characters")
    printable("证件号", id_number)
    for label, day in (("确定时间", draft.clearance_since), ("审查日期", draft.vetted_on)):
        day_in_range(label, day)
        if day is not None and day > date.today():
            raise InvalidInput(label, "不能晚于今天", "must not be in the future")
    return replace(draft, id_number=id_number, **trimmed)


def mask_id(id_number: str) -> str:
    """An ID number as roles other than the officer see it: ``110105********123X``.

    Only an ID-card-length number (15 or more characters) keeps its first 6 and last 4;
    a shorter one (passport, other certificate) is masked whole, never shown in full.
    """
    if len(id_number) < 15:
        return "*" * len(id_number)
    return id_number[:6] + "*" * (len(id_number) - 10) + id_number[-4:]


def declassification_period(clearance: Clearance, start: date, years: int | None = None) -> tuple[date, date]:
    """脱密期 from ``start`` for ``years`` (default by level; refused outside its range)."""
    default, shortest, longest = clearance.declassification_years
    years = default if years is None else years
    if not shortest <= years <= longest:
        raise InvalidInput("脱密期", f"{clearance.value}涉密人员的脱密期应为{shortest}至{longest}年",
                           f"the period for {clearance.name} is {shortest}–{longest} years")
    return start, add_months(start, years * 12)


def next_review(last: date, months: int) -> date:
    """When the next 复审 is due after the last review (or the vetting)."""
    return add_months(last, months)


def make_badge(unit_code: str, sequence: int) -> str:
    """A badge number (证卡号): ``BMS-P00012X``, with the carrier numbers' check character."""
    body = f"{unit_code}-P{sequence:05d}"
    return body + check_character(body)


def parse_badge(text: str) -> str:
    """A badge number from typed or scanned text; a misread one is refused."""
    clean = normalise(text)
    match = BADGE.match(clean)
    if not match:
        raise InvalidInput("证卡号", f"“{text.strip()}”不是证卡号（如 BMS-P00012X）",
                           f"{text.strip()!r} is not a badge number")
    if not is_valid(clean):
        raise InvalidInput("证卡号", f"“{clean}”校验位不符，请重新扫描或核对",
                           f"{clean!r} fails its check character")
    return clean


def looks_like_badge(text: str) -> bool:
    """True if the text has the shape of a badge number (the scan station tells them apart)."""
    return bool(BADGE.match(normalise(text)))
