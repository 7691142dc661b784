"""保密期限 and the marking (国家秘密标志) derived from 密级 and term.

The marking is ``密级★保密期限`` / ``密级★解密时间`` / ``密级★解密条件``, a bare ``机密★``
is the level's maximum, 内部 never carries ★, and a term beyond the level's maximum
(绝密 30年, 机密 20年, 秘密 10年) is refused (DOMAIN.md, issue 3 item 1).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.terms import (
    DocumentMarking,
    Term,
    add_months,
    check_term,
    declassification_date,
    marking,
    parse_term,
    term_text,
)
from secdesk.domain.errors import InvalidInput

STATE_SECRET = [Level.TOP_SECRET, Level.SECRET, Level.CONFIDENTIAL]
ISSUED = date(2026, 3, 15)


def _refused(call, *args) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        call(*args)
    assert caught.value.field == "保密期限"
    return caught.value


# --- what the clerk types -------------------------------------------------------------


@pytest.mark.parametrize(("typed", "expected"), [
    ("20年", Term.years(20)),
    (" 20 年 ", Term.years(20)),
    ("6个月", Term.months(6)),
    ("6月", Term.months(6)),
    ("2027-06-30", Term.until(date(2027, 6, 30))),
    ("2027-6-3", Term.until(date(2027, 6, 3))),
    ("2027年6月30日", Term.until(date(2027, 6, 30))),
    ("2027/6/30", Term.until(date(2027, 6, 30))),
    ("2027.06.30", Term.until(date(2027, 6, 30))),
    ("", Term.default()),
    ("   ", Term.default()),
    ("★", Term.default()),
    ("会议开始前", Term.condition("会议开始前")),
    (" 项目验收后 ", Term.condition("项目验收后")),
    ("★20年", Term.years(20)),
    ("★会议开始前", Term.condition("会议开始前")),
])
def test_typed_terms_are_understood(typed, expected):
    """Years, months, a date in either form, a condition, or nothing for the maximum."""
    assert parse_term(typed, Level.SECRET) == expected


def test_none_typed_means_the_maximum():
    """Leaving the term empty (None from a blank field) gives the bare 机密★."""
    assert parse_term(None, Level.SECRET) == Term.default()  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["", "  ", None])
def test_internal_without_a_term_has_none(typed):
    """内部 takes no term at all."""
    assert parse_term(typed, Level.INTERNAL) == Term.none()  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["20年", "6个月", "2027-06-30", "会议开始前", "★20年"])
def test_internal_with_any_term_is_refused(typed):
    """Writing a term (or ★) for a 内部 work secret is refused, not silently dropped."""
    error = _refused(parse_term, typed, Level.INTERNAL)
    assert "内部" in error.zh


@pytest.mark.parametrize("typed", ["2027-02-30", "2027年2月30日", "2027/2/30", "2027-13-01", "2027-00-10"])
def test_impossible_dates_are_refused_with_a_clear_message(typed):
    """30 February is refused saying it is not a valid date, quoting what was typed."""
    error = _refused(parse_term, typed, Level.CONFIDENTIAL)
    assert "不是有效日期" in error.zh
    assert typed in error.zh


@pytest.mark.parametrize("typed", ["2O年", "2o年", "l0年", "1O个月", "3年后", "20年半", "1000年",
                                   "12345个月", "20", "6.5", "2027 06 30", "20270630"])
def test_garbled_counts_and_dates_are_refused_not_taken_as_conditions(typed):
    """A mistyped count (2O年 with letter O, 20 without 年) is refused, never printed as a condition."""
    error = _refused(parse_term, typed, Level.SECRET)
    assert "20年" in error.zh and "6个月" in error.zh  # tells how to write it


@pytest.mark.parametrize("typed", ["二十年", "五十年", "十年", "六个月", "两年", "O年"])
def test_counts_in_chinese_numerals_are_refused_not_taken_as_conditions(typed):
    """机密★五十年 must not slip past the 20-year maximum as a 'condition'."""
    _refused(parse_term, typed, Level.SECRET)


def test_full_width_digits_are_read_as_digits():
    """A Chinese input method's full-width ２０年 is the same as 20年."""
    assert parse_term("２０年", Level.SECRET) == Term.years(20)


# --- the marking ----------------------------------------------------------------------


@pytest.mark.parametrize(("level", "typed", "expected"), [
    (Level.SECRET, "20年", "机密★20年"),
    (Level.CONFIDENTIAL, "6个月", "秘密★6个月"),
    (Level.CONFIDENTIAL, "6月", "秘密★6个月"),
    (Level.CONFIDENTIAL, "2027-06-30", "秘密★2027年6月30日"),
    (Level.CONFIDENTIAL, "2027年06月30日", "秘密★2027年6月30日"),
    (Level.SECRET, "", "机密★"),
    (Level.TOP_SECRET, "", "绝密★"),
    (Level.SECRET, "会议开始前", "机密★会议开始前"),
    (Level.SECRET, "★20年", "机密★20年"),
    (Level.TOP_SECRET, "30年", "绝密★30年"),
    (Level.INTERNAL, "", "内部"),
])
def test_marking_is_exactly_the_national_secret_mark(level, typed, expected):
    """The label and register print exactly 密级★期限 (or 内部), derived, never typed."""
    assert marking(level, parse_term(typed, level)) == expected


@pytest.mark.parametrize("term", [Term.none(), Term.default(), Term.years(5), Term.months(6),
                                  Term.until(date(2027, 6, 30)), Term.condition("会议开始前")])
def test_internal_marking_never_carries_a_star(term):
    """内部 is printed as 内部 whatever term is held."""
    assert marking(Level.INTERNAL, term) == "内部"
    assert "★" not in marking(Level.INTERNAL, term)


@pytest.mark.parametrize("level", STATE_SECRET)
@pytest.mark.parametrize("term", [Term.years(3), Term.months(6), Term.until(date(2028, 1, 9))])
def test_marking_text_reads_back_as_the_same_term(level, term):
    """What is printed after ★ can be typed back in and means the same term."""
    printed = marking(level, term)
    assert printed.startswith(f"{level.value}★")
    assert parse_term(printed.split("★", 1)[1], level) == term


# --- the maximum of each level --------------------------------------------------------


@pytest.mark.parametrize(("level", "longest"), [
    (Level.TOP_SECRET, 30), (Level.SECRET, 20), (Level.CONFIDENTIAL, 10)])
def test_each_level_accepts_its_maximum_and_refuses_one_more_year(level, longest):
    """绝密 30年, 机密 20年, 秘密 10年 are allowed; 31/21/11年 are refused with the limit."""
    check_term(level, parse_term(f"{longest}年", level), ISSUED)
    error = _refused(check_term, level, parse_term(f"{longest + 1}年", level), ISSUED)
    assert f"{longest}年" in error.zh and level.value in error.zh


@pytest.mark.parametrize(("level", "longest"), [
    (Level.TOP_SECRET, 360), (Level.SECRET, 240), (Level.CONFIDENTIAL, 120)])
def test_months_up_to_the_maximum_are_accepted_one_more_refused(level, longest):
    """秘密 120个月 is the maximum; 121个月 is over it."""
    check_term(level, parse_term(f"{longest}个月", level), ISSUED)
    _refused(check_term, level, parse_term(f"{longest + 1}个月", level), ISSUED)


@pytest.mark.parametrize("typed", ["0年", "0个月", "00年"])
def test_zero_term_is_refused(typed):
    """A term of nothing is not a term."""
    _refused(check_term, Level.SECRET, parse_term(typed, Level.SECRET), ISSUED)


def test_until_date_up_to_ten_years_after_issue_is_accepted_for_confidential():
    """秘密★ a date exactly 10 years after 制发日 is allowed, one day later is not."""
    check_term(Level.CONFIDENTIAL, Term.until(date(2036, 3, 15)), ISSUED)
    error = _refused(check_term, Level.CONFIDENTIAL, Term.until(date(2036, 3, 16)), ISSUED)
    assert "10年" in error.zh


def test_until_date_limit_from_a_leap_day_issue():
    """Issued 29 Feb 2024: the 10-year limit is 28 Feb 2034."""
    leap = date(2024, 2, 29)
    check_term(Level.CONFIDENTIAL, Term.until(date(2034, 2, 28)), leap)
    _refused(check_term, Level.CONFIDENTIAL, Term.until(date(2034, 3, 1)), leap)


def test_until_date_allowed_for_higher_levels_up_to_their_maximum():
    """A date 20 years out is fine for 机密 but over the maximum for 秘密."""
    far = Term.until(date(2046, 3, 15))
    check_term(Level.SECRET, far, ISSUED)
    check_term(Level.TOP_SECRET, far, ISSUED)
    _refused(check_term, Level.CONFIDENTIAL, far, ISSUED)


@pytest.mark.parametrize("day", [ISSUED, ISSUED - timedelta(days=1), date(2000, 1, 1)])
def test_until_date_not_after_issue_is_refused(day):
    """A declassification date on or before 制发日 is refused: it would be declassified at once."""
    error = _refused(check_term, Level.SECRET, Term.until(day), ISSUED)
    assert "制发日期" in error.zh


def test_until_date_without_issue_date_counts_from_today():
    """With no 制发日 entered, the date must lie after today and within the maximum from today."""
    today = date.today()
    check_term(Level.CONFIDENTIAL, Term.until(today + timedelta(days=1)), None)
    _refused(check_term, Level.CONFIDENTIAL, Term.until(today), None)
    _refused(check_term, Level.CONFIDENTIAL, Term.until(add_months(today, 120) + timedelta(days=1)), None)


@pytest.mark.parametrize("level", STATE_SECRET)
def test_default_and_conditions_are_accepted(level):
    """A bare 机密★ and a condition such as 会议开始前 are accepted for every level."""
    check_term(level, Term.default(), ISSUED)
    check_term(level, Term.condition("会议开始前"), ISSUED)


def test_empty_condition_is_refused():
    """机密★ followed by a blank condition is refused (use the default instead)."""
    _refused(check_term, Level.SECRET, Term.condition("   "), ISSUED)


@pytest.mark.parametrize("level", STATE_SECRET)
def test_state_secret_without_any_term_is_refused(level):
    """A state secret always has a term (blank means its maximum, not none)."""
    _refused(check_term, level, Term.none(), ISSUED)


@pytest.mark.parametrize("term", [Term.default(), Term.years(1), Term.condition("会后")])
def test_internal_with_a_term_is_refused_by_check(term):
    """A stored 内部 carrier with a term is refused when checked."""
    _refused(check_term, Level.INTERNAL, term, ISSUED)


def test_internal_without_term_passes():
    """内部 with no term is correct."""
    check_term(Level.INTERNAL, Term.none(), ISSUED)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(STATE_SECRET), st.data())
def test_any_years_within_the_maximum_is_marked_and_beyond_refused(level, data):
    """For each level, n年 in 1..max is accepted and marked 密级★n年; max+1.. is refused."""
    n = data.draw(st.integers(min_value=1, max_value=level.max_years), label="n")
    term = parse_term(f"{n}年", level)
    check_term(level, term, ISSUED)
    assert marking(level, term) == f"{level.value}★{n}年"
    over = data.draw(st.integers(min_value=level.max_years + 1, max_value=999), label="over")
    _refused(check_term, level, parse_term(f"{over}年", level), ISSUED)


# --- when the term ends ---------------------------------------------------------------


@pytest.mark.parametrize(("level", "term", "issued", "ends"), [
    (Level.SECRET, Term.years(20), date(2026, 3, 15), date(2046, 3, 15)),
    (Level.CONFIDENTIAL, Term.months(6), date(2026, 3, 15), date(2026, 9, 15)),
    (Level.CONFIDENTIAL, Term.months(1), date(2024, 1, 31), date(2024, 2, 29)),
    (Level.CONFIDENTIAL, Term.months(1), date(2025, 1, 31), date(2025, 2, 28)),
    (Level.CONFIDENTIAL, Term.months(3), date(2026, 11, 30), date(2027, 2, 28)),
    (Level.CONFIDENTIAL, Term.months(12), date(2026, 12, 31), date(2027, 12, 31)),
    (Level.SECRET, Term.years(1), date(2024, 2, 29), date(2025, 2, 28)),
    (Level.SECRET, Term.default(), date(2026, 3, 15), date(2046, 3, 15)),
    (Level.TOP_SECRET, Term.default(), date(2026, 3, 15), date(2056, 3, 15)),
    (Level.CONFIDENTIAL, Term.default(), date(2026, 3, 15), date(2036, 3, 15)),
    (Level.CONFIDENTIAL, Term.until(date(2027, 6, 30)), date(2026, 3, 15), date(2027, 6, 30)),
    (Level.CONFIDENTIAL, Term.until(date(2027, 6, 30)), None, date(2027, 6, 30)),
])
def test_declassification_date(level, term, issued, ends):
    """The term counts from 制发日; months past a month's end stop at its last day."""
    assert declassification_date(level, term, issued) == ends


@pytest.mark.parametrize(("level", "term", "issued"), [
    (Level.SECRET, Term.condition("会议开始前"), ISSUED),
    (Level.INTERNAL, Term.none(), ISSUED),
    (Level.SECRET, Term.years(20), None),
    (Level.SECRET, Term.default(), None),
])
def test_no_declassification_date_when_it_cannot_be_known(level, term, issued):
    """A condition, 内部, or a count without 制发日 has no date to show."""
    assert declassification_date(level, term, issued) is None


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       st.integers(min_value=0, max_value=360))
def test_adding_months_lands_in_the_right_month_and_never_overshoots(day, months):
    """add_months keeps the day where it exists, else the month's last day."""
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day == day.day or (result.day < day.day and (result + timedelta(days=1)).day == 1)


def test_a_condition_may_name_a_year():
    """A real condition that mentions a year (2026年预算公布后) is kept as a condition."""
    term = parse_term("2026年预算公布后", Level.SECRET)
    assert marking(Level.SECRET, term) == "机密★2026年预算公布后"


def test_a_condition_longer_than_a_label_can_print_is_refused():
    """Conditions are printed in the marking: more than 30 characters is refused."""
    term = parse_term("在" + "某" * 30 + "之后", Level.SECRET)
    with pytest.raises(InvalidInput) as refused:
        check_term(Level.SECRET, term, None)
    assert refused.value.field == "保密期限"


# -- the marking of a document listing carriers (issue 15) -----------------------------------


def document_marking(*carriers) -> str | None:
    marking = DocumentMarking(today=date(2026, 12, 4))
    for text, issued in carriers:
        marking.add_marking(text, issued)
    return marking.text


@pytest.mark.parametrize("carriers, expected", [
    ((("机密★5年", "2026-01-01"), ("机密★", "2020-01-01"), ("秘密★10年", "")), "机密★20年"),
    ((("机密★20年", "2008-01-01"), ("机密★10年", "2025-01-01")), "机密★10年"),  # ends 2035, not 2028
    ((("秘密★2027年6月30日", ""), ("秘密★6个月", "2026-11-01")), "秘密★2027年6月30日"),
    ((("绝密★会议开始前", ""), ("绝密★10年", "")), "绝密★30年"),  # a condition: the maximum
    ((("内部", ""), ("秘密", "")), "秘密"),  # a level word alone: the bare word
    ((("秘密", ""), ("秘密★6个月", "")), "秘密★6个月"),  # a known term beats none
    ((("内部", ""),), "内部"),
    ((), None),
])
def test_a_document_is_marked_with_its_highest_level_and_longest_term(carriers, expected):
    assert document_marking(*carriers) == expected


def test_a_bare_star_prints_the_levels_maximum_in_the_term_column():
    assert term_text(Level.TOP_SECRET, Term.default()) == "30年"
    assert term_text(Level.SECRET, Term.years(5)) == "5年"
    assert term_text(Level.INTERNAL, Term.none()) == ""
