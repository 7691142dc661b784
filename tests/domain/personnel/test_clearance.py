"""涉密等级 of a person: what they may read, how long their 脱密期 lasts, when 复审 is due.

DOMAIN.md "Lending": 核心涉密人员 → up to 绝密, 重要 → up to 机密, 一般 → up to 秘密.
DOMAIN.md "Personnel" and issue 4 item 3: the 脱密期 is 核心 3–5 years, 重要 2–3, 一般 1–2,
the lower bound by default and settable only within the range.
"""

from __future__ import annotations

from datetime import date

import pytest

from secdesk.domain.carriers.levels import Level
from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.model import Clearance
from secdesk.domain.personnel.rules import declassification_period, next_review

CORE, IMPORTANT, GENERAL = Clearance.CORE, Clearance.IMPORTANT, Clearance.GENERAL


def test_clearances_are_the_words_of_the_paper_form():
    """The three levels are stored and shown as 核心, 重要, 一般."""
    assert [c.value for c in Clearance] == ["核心", "重要", "一般"]


# --- clearance → 密级 ------------------------------------------------------------------


@pytest.mark.parametrize("clearance, level", [
    (CORE, Level.TOP_SECRET),
    (IMPORTANT, Level.SECRET),
    (GENERAL, Level.CONFIDENTIAL),
])
def test_highest_level_of_each_clearance(clearance, level):
    """核心 may be given up to 绝密, 重要 up to 机密, 一般 up to 秘密."""
    assert clearance.highest_level is level


READABLE = {
    # clearance: {绝密, 机密, 秘密, 内部}
    CORE: {Level.TOP_SECRET: True, Level.SECRET: True, Level.CONFIDENTIAL: True, Level.INTERNAL: True},
    IMPORTANT: {Level.TOP_SECRET: False, Level.SECRET: True, Level.CONFIDENTIAL: True, Level.INTERNAL: True},
    GENERAL: {Level.TOP_SECRET: False, Level.SECRET: False, Level.CONFIDENTIAL: True, Level.INTERNAL: True},
}


@pytest.mark.parametrize("clearance, level, allowed",
                         [(c, lv, ok) for c, row in READABLE.items() for lv, ok in row.items()])
def test_who_may_be_given_which_level(clearance, level, allowed):
    """Table: 内部 goes to everyone, 绝密 only to 核心, 机密 not to 一般."""
    assert clearance.may_read(level) is allowed


def test_table_covers_every_clearance_and_level():
    """The table above leaves no (clearance, 密级) pair untested."""
    assert set(READABLE) == set(Clearance)
    assert all(set(row) == set(Level) for row in READABLE.values())


# --- 脱密期 ----------------------------------------------------------------------------


@pytest.mark.parametrize("clearance, years", [(CORE, 3), (IMPORTANT, 2), (GENERAL, 1)])
def test_default_declassification_period(clearance, years):
    """Without a setting the 脱密期 is 核心 3 years, 重要 2, 一般 1, from the leaving date."""
    start = date(2026, 3, 15)
    assert declassification_period(clearance, start) == (start, date(2026 + years, 3, 15))
    assert clearance.declassification_years[0] == years


ALLOWED = [(CORE, 3), (CORE, 4), (CORE, 5), (IMPORTANT, 2), (IMPORTANT, 3), (GENERAL, 1), (GENERAL, 2)]


@pytest.mark.parametrize("clearance, years", ALLOWED)
def test_each_allowed_length_ends_exactly_that_many_years_later(clearance, years):
    """A configured length within the range ends on the same day N years after leaving."""
    for start in (date(2026, 3, 15), date(2025, 12, 31), date(2026, 1, 1)):
        assert declassification_period(clearance, start, years) == (
            start, date(start.year + years, start.month, start.day))


@pytest.mark.parametrize("clearance, years, end", [
    (CORE, 3, date(2027, 2, 28)),
    (CORE, 4, date(2028, 2, 29)),   # four years on is a leap year again
    (CORE, 5, date(2029, 2, 28)),
    (IMPORTANT, 2, date(2026, 2, 28)),
    (IMPORTANT, 3, date(2027, 2, 28)),
    (GENERAL, 1, date(2025, 2, 28)),
    (GENERAL, 2, date(2026, 2, 28)),
])
def test_period_starting_on_29_february_ends_on_28_february(clearance, years, end):
    """Leaving on 29 Feb 2024: the period ends on 28 Feb of a common year, 29 Feb of a leap one."""
    start = date(2024, 2, 29)
    assert declassification_period(clearance, start, years) == (start, end)


@pytest.mark.parametrize("clearance, years, text", [
    (CORE, 2, "3至5年"), (CORE, 6, "3至5年"),
    (IMPORTANT, 1, "2至3年"), (IMPORTANT, 4, "2至3年"),
    (GENERAL, 0, "1至2年"), (GENERAL, 3, "1至2年"),
    (CORE, -3, "3至5年"),
])
def test_length_outside_the_range_is_refused_with_the_range(clearance, years, text):
    """One year below or above the allowed range is refused naming 脱密期 and the range."""
    with pytest.raises(InvalidInput) as caught:
        declassification_period(clearance, date(2026, 3, 15), years)
    assert caught.value.field == "脱密期"
    assert caught.value.zh.startswith("脱密期：")
    assert text in caught.value.zh
    assert clearance.value in caught.value.zh


# --- next 复审 -------------------------------------------------------------------------


@pytest.mark.parametrize("last, months, due", [
    (date(2026, 3, 15), 12, date(2027, 3, 15)),   # yearly, the default
    (date(2026, 3, 15), 6, date(2026, 9, 15)),
    (date(2026, 11, 30), 3, date(2027, 2, 28)),   # across the year, clamped to February's end
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),    # leap year
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2026, 8, 31), 1, date(2026, 9, 30)),
    (date(2026, 12, 31), 24, date(2028, 12, 31)),
])
def test_next_review_is_due_months_after_the_last(last, months, due):
    """The next 复审 falls on the same day N months on, or the month's last day if it has none."""
    assert next_review(last, months) == due
