"""保密期限 and the marking (国家秘密标志) derived from level and term.

A term is years or months counted from the issue date (制发日), a declassification date,
a condition, or the level's maximum (a bare ``机密★``). 内部 (work secret) has no term and
its marking never carries ★.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from secdesk.domain.carriers.levels import Level
from secdesk.domain.errors import InvalidInput

FIELD = "保密期限"
CONDITION_LIMIT = 30


class TermKind(StrEnum):
    """How the term is given."""

    DEFAULT = "default"  # the level's maximum: 机密★
    YEARS = "years"  # 机密★20年
    MONTHS = "months"  # 秘密★6个月
    UNTIL = "until"  # 秘密★2027年6月30日
    CONDITION = "condition"  # 机密★会议开始前
    NONE = "none"  # 内部: no term


@dataclass(frozen=True)
class Term:
    """One 保密期限: a kind and its value (a count, an ISO date, or the condition text)."""

    kind: TermKind
    value: str = ""

    @classmethod
    def default(cls) -> "Term":
        """The level's maximum term."""
        return cls(TermKind.DEFAULT)

    @classmethod
    def years(cls, n: int) -> "Term":
        """N years from the issue date."""
        return cls(TermKind.YEARS, str(n))

    @classmethod
    def months(cls, n: int) -> "Term":
        """N months from the issue date."""
        return cls(TermKind.MONTHS, str(n))

    @classmethod
    def until(cls, day: date) -> "Term":
        """Declassified on a date."""
        return cls(TermKind.UNTIL, day.isoformat())

    @classmethod
    def condition(cls, text: str) -> "Term":
        """Declassified when a condition is met."""
        return cls(TermKind.CONDITION, text.strip())

    @classmethod
    def none(cls) -> "Term":
        """No term (内部)."""
        return cls(TermKind.NONE)

    @property
    def count(self) -> int:
        """The number of years or months."""
        return int(self.value)

    @property
    def day(self) -> date:
        """The declassification date of an UNTIL term."""
        return date.fromisoformat(self.value)

    def text(self) -> str:
        """The term as the marking writes it after ★ (empty for default and none)."""
        if self.kind is TermKind.YEARS:
            return f"{self.count}年"
        if self.kind is TermKind.MONTHS:
            return f"{self.count}个月"
        if self.kind is TermKind.UNTIL:
            return f"{self.day.year}年{self.day.month}月{self.day.day}日"
        if self.kind is TermKind.CONDITION:
            return self.value
        return ""


def marking(level: Level, term: Term) -> str:
    """``机密★20年``, ``秘密★2027年6月30日``, ``机密★`` (maximum), or ``内部``."""
    if level is Level.INTERNAL:
        return "内部"
    return f"{level.value}★{term.text()}"


_YEARS = re.compile(r"^(\d{1,3})\s*年$")
_MONTHS = re.compile(r"^(\d{1,4})\s*个?月$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")  # also 2027/6/30, 2027.6.30 as in Excel
_CN_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
# "二十年", "六个月", "O年": a count in other characters, not a condition (it would escape the maximum).
_NUMERAL_COUNT = re.compile(r"^[零〇一二两三四五六七八九十百千OoIl]+\s*(年|个?月)$")
# "2O年", "3年后", "2027年6月": a count or date gone wrong, not a condition; a real
# condition has words of its own ("2026年预算公布后").
_GARBLED_DATE = re.compile(r"^[\dOolI\s年月日个半后内/.\-]*\d[\dOolI\s年月日个半后内/.\-]*$")
# "20", "2027 6 30": digits and marks without a word are no condition either.
_NO_WORDS = re.compile(r"^[\d\W_]+$")


def parse_term(text: str, level: Level) -> Term:
    """A term from what the clerk typed: ``20年``, ``6个月``, ``2027-06-30``,
    ``2027年6月30日``, a condition, or nothing (the level's maximum)."""
    text = (text or "").strip().replace("★", "")
    if level is Level.INTERNAL:
        if text:
            raise InvalidInput(FIELD, "“内部”事项不标保密期限", "内部 (work secret) takes no term")
        return Term.none()
    if not text:
        return Term.default()
    for pattern, make in ((_YEARS, Term.years), (_MONTHS, Term.months)):
        match = pattern.match(text)
        if match:
            return make(int(match.group(1)))
    match = _ISO.match(text) or _CN_DATE.match(text)
    if match:
        try:
            return Term.until(date(*map(int, match.groups())))
        except ValueError:
            raise InvalidInput(FIELD, f"“{text}”不是有效日期", f"{text!r} is not a valid date") from None
    if _GARBLED_DATE.match(text) or _NUMERAL_COUNT.match(text) or _NO_WORDS.match(text):
        raise InvalidInput(FIELD, f"“{text}”无法识别，请写成“20年”“6个月”或“2027-06-30”",
                           f"cannot read {text!r}: write 20年, 6个月 or 2027-06-30")
    return Term.condition(text)


def check_term(level: Level, term: Term, issue_date: date | None) -> None:
    """Refuse a term the level does not allow (over its maximum, ★ on 内部, …)."""
    if level is Level.INTERNAL:
        if term.kind is not TermKind.NONE:
            raise InvalidInput(FIELD, "“内部”事项不标保密期限", "内部 (work secret) takes no term")
        return
    if term.kind is TermKind.NONE:
        raise InvalidInput(FIELD, f"{level.value}级须有保密期限（可留空取最长期限）",
                           f"a {level.name} carrier needs a term")
    limit = level.max_years
    too_long = InvalidInput(FIELD, f"{level.value}级保密期限不得超过{limit}年",
                            f"a {level.name} term may not exceed {limit} years")
    if term.kind is TermKind.YEARS and not 1 <= term.count <= limit:
        raise too_long if term.count > limit else _not_positive()
    if term.kind is TermKind.MONTHS and not 1 <= term.count <= limit * 12:
        raise too_long if term.count > limit * 12 else _not_positive()
    if term.kind is TermKind.UNTIL:
        start = issue_date or date.today()
        if term.day <= start:
            raise InvalidInput(FIELD, "解密时间应晚于制发日期", "the declassification date must follow the issue date")
        if term.day > add_months(start, limit * 12):
            raise too_long
    if term.kind is TermKind.CONDITION and not term.value:
        raise InvalidInput(FIELD, "解密条件不能为空", "the condition must not be empty")
    if term.kind is TermKind.CONDITION and len(term.value) > CONDITION_LIMIT:
        raise InvalidInput(FIELD, f"解密条件不能超过{CONDITION_LIMIT}个字（它印在标志和标签上）",
                           f"a condition is at most {CONDITION_LIMIT} characters (it is printed)")


def _not_positive() -> InvalidInput:
    return InvalidInput(FIELD, "期限至少为1", "the term must be at least 1")


def declassification_date(level: Level, term: Term, issue_date: date | None) -> date | None:
    """When the term ends (None for a condition, 内部, or no issue date)."""
    if term.kind is TermKind.UNTIL:
        return term.day
    if issue_date is None or level is Level.INTERNAL or term.kind is TermKind.CONDITION:
        return None
    if term.kind is TermKind.YEARS:
        return add_months(issue_date, term.count * 12)
    if term.kind is TermKind.MONTHS:
        return add_months(issue_date, term.count)
    return add_months(issue_date, level.max_years * 12)


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
