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

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.errors import InvalidInput
from secdesk.domain.validate import printable

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
# "永久", "长期保密": a term without an end is no condition; every state secret has a term.
_ENDLESS = re.compile(r"^(永久|长期|无限期|无期限|不限期|永远|终身|不解密|无)(保密|有效)?$")
ALLOWED_FORMS_ZH = "“20年”“6个月”“2027-06-30”或解密条件（如“会议开始前”），留空取该密级最长期限"
ALLOWED_FORMS_EN = "20年, 6个月, 2027-06-30 or a condition; blank for the level's maximum"


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
    if _ENDLESS.match(text):
        raise InvalidInput(FIELD, f"“{text}”不是可用的保密期限，国家秘密都有期限；可写{ALLOWED_FORMS_ZH}",
                           f"{text!r} is no term (every state secret has one); write {ALLOWED_FORMS_EN}")
    return Term.condition(printable(FIELD, text))


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


def term_text(level: Level, term: Term) -> str:
    """The 保密期限 as a form's column prints it: ``20年``, ``6个月``, ``2027年6月30日``,
    the condition, the level's maximum for a bare ★ (``30年`` for 绝密★), "" for 内部."""
    if level is Level.INTERNAL:
        return ""
    if term.kind in (TermKind.DEFAULT, TermKind.NONE):
        return f"{level.max_years}年"
    return term.text()


def split_marking(text: str) -> tuple[Level, Term | None]:
    """Level and term of a printed marking: ``机密★20年``, ``机密★`` (the maximum), ``内部``;
    a level word alone (``机密``) gives no term (None). A term that does not read as a
    count or date is a condition. ValueError for an unknown level."""
    word, star, rest = text.strip().partition("★")
    level = Level(word.strip())
    if level is Level.INTERNAL:
        return level, Term.none()
    if not star:
        return level, None
    try:
        return level, parse_term(rest, level)
    except InvalidInput:
        return level, Term.condition(rest)


class DocumentMarking:
    """The marking a document listing carriers carries at its top left: the highest 密级,
    with the longest 保密期限 among the carriers of that level (``机密★20年``).

    "Longest" compares when the terms end (the declassification date). Years and months
    count from the carrier's issue date, or from ``today`` when it is unknown (the later,
    safer reading). A bare ★ is the level's maximum. A condition (``机密★会议开始前``) has
    no date to compare; as no term may exceed the level's maximum, it counts as the
    maximum. Either prints as the maximum in years (``机密★20年``), so the document is
    never marked shorter than anything it lists. A carrier given by its level word alone
    (no term known) ranks below every known term of its level and prints the bare word.
    内部 has no term: ``内部``. Feed carriers with :meth:`add` or :meth:`add_marking`;
    :attr:`text` is None until one is added.
    """

    def __init__(self, today: date | None = None) -> None:
        self.today = today or clock.now().date()
        self._key: tuple[int, int, date] | None = None
        self._text: str | None = None
        self._parsed: dict[str, tuple[Level, Term | None]] = {}

    def add(self, level: Level, term: Term | None, issue_date: date | None = None) -> None:
        """Count one carrier of ``level`` with ``term`` (None: not known) issued on ``issue_date``."""
        if self._key is not None and level.rank < self._key[0]:
            return
        key = (level.rank, 0 if term is None else 1, self._ends(level, term, issue_date))
        if self._key is None or key > self._key:
            self._key, self._text = key, self._marking(level, term)

    def add_marking(self, text: str, issue_date: date | str | None = None) -> None:
        """Count one carrier by its printed marking (``机密★20年``) or level word."""
        parsed = self._parsed.get(text)
        if parsed is None:
            parsed = self._parsed[text] = split_marking(text)
        if self._key is not None and parsed[0].rank < self._key[0]:
            return
        if isinstance(issue_date, str):
            issue_date = date.fromisoformat(issue_date) if issue_date else None
        self.add(*parsed, issue_date)

    @property
    def text(self) -> str | None:
        """The marking of everything added so far (None for nothing)."""
        return self._text

    def _ends(self, level: Level, term: Term | None, issue_date: date | None) -> date:
        if term is None or level is Level.INTERNAL:
            return date.min
        if term.kind is TermKind.UNTIL:
            return term.day
        start = issue_date or self.today
        if term.kind in (TermKind.YEARS, TermKind.MONTHS):
            return declassification_date(level, term, start)
        return add_months(start, level.max_years * 12)

    @staticmethod
    def _marking(level: Level, term: Term | None) -> str:
        if term is None or level is Level.INTERNAL:
            return level.value
        if term.kind in (TermKind.DEFAULT, TermKind.CONDITION, TermKind.NONE):
            return f"{level.value}★{level.max_years}年"
        return marking(level, term)
