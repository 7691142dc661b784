"""Cell values as old registers hold them, read the way the clerk meant them: each date
form, full-width digits, stray spaces, 密级 and 期限 in one cell or two, the type words
people use, counts with their unit — and a refusal naming the column for what cannot be."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType
from secdesk.domain.carriers.terms import Term
from secdesk.domain.errors import InvalidInput
from secdesk.domain.importing import values as v

TODAY = date(2026, 5, 20)


@pytest.mark.parametrize("cell, expected", [
    (datetime(2025, 3, 19, 0, 0), date(2025, 3, 19)),  # an Excel date cell
    (date(2025, 3, 19), date(2025, 3, 19)),
    (45735, date(2025, 3, 19)),  # the serial number of a cell not formatted as a date
    (45735.0, date(2025, 3, 19)),
    ("2025/3/19", date(2025, 3, 19)),
    ("2025.3.5", date(2025, 3, 5)),
    ("2025年3月5日", date(2025, 3, 5)),
    ("25-3-5", date(2025, 3, 5)),
    ("98-3-5", date(1998, 3, 5)),  # a two-digit year after this one is last century
    ("２０２５－０３－０５", date(2025, 3, 5)),  # full-width, as typed with a Chinese IME
    (" 2025 年 3 月 5 日 ", date(2025, 3, 5)),
    ("2025-03-05 00:00:00", date(2025, 3, 5)),  # a CSV written from a date-time column
    ("20250305", date(2025, 3, 5)),
    ("二〇二五年三月五日", date(2025, 3, 5)),
    (None, None), ("", None), ("—", None),
])
def test_every_date_form_of_old_registers_reads_as_the_same_day(cell, expected):
    assert v.parse_day(cell, "制发日期", TODAY) == expected


@pytest.mark.parametrize("cell, says", [
    ("2025-2-30", "没有这一天"), ("2025年13月1日", "没有这一天"), ("1900-01-01", "超出范围"),
    ("去年春天", "无法识别为日期"), (1.5, "超出范围"),
])
def test_an_impossible_or_unreadable_date_is_refused_naming_the_column(cell, says):
    with pytest.raises(InvalidInput) as refused:
        v.parse_day(cell, "制发日期", TODAY)
    assert refused.value.field == "制发日期" and says in refused.value.zh


@pytest.mark.parametrize("level_cell, term_cell, level, term", [
    ("机密★20年", None, Level.SECRET, Term.years(20)),
    ("机密", "20年", Level.SECRET, Term.years(20)),
    ("机密", "二十年", Level.SECRET, Term.years(20)),
    ("机密", 20, Level.SECRET, Term.years(20)),  # a bare number in the 期限 column is years
    ("秘密", "六个月", Level.CONFIDENTIAL, Term.months(6)),
    ("秘密", datetime(2027, 6, 30), Level.CONFIDENTIAL, Term.until(date(2027, 6, 30))),
    ("绝密★", None, Level.TOP_SECRET, Term.default()),
    ("机密级", "", Level.SECRET, Term.default()),
    ("机 密 * 10 年", None, Level.SECRET, Term.years(10)),  # * typed for ★, stray spaces
    ("机密★20年", "20年", Level.SECRET, Term.years(20)),  # both, agreeing
    ("内部", None, Level.INTERNAL, Term.none()),
    ("工作秘密", "—", Level.INTERNAL, Term.none()),
])
def test_level_and_term_from_one_cell_or_two(level_cell, term_cell, level, term):
    found, in_marking = v.parse_level(level_cell)
    assert found is level
    assert v.marking_terms_agree(found, in_marking, v.parse_term_cell(term_cell, found)) == term


@pytest.mark.parametrize("cell, says", [
    ("顶级", "无法识别"), ("", "为空"), ("公开", "不是涉密载体"), ("内部★5年", "不标★"),
])
def test_a_level_that_is_none_of_the_four_is_refused(cell, says):
    with pytest.raises(InvalidInput) as refused:
        v.parse_level(cell)
    assert refused.value.field == "密级" and says in refused.value.zh


def test_a_marking_and_a_term_column_that_disagree_are_refused():
    level, in_marking = v.parse_level("机密★20年")
    with pytest.raises(InvalidInput) as refused:
        v.marking_terms_agree(level, in_marking, v.parse_term_cell("10年", level))
    assert "不一致" in refused.value.zh


@pytest.mark.parametrize("cell, ctype", [
    ("纸质", CarrierType.PAPER), ("纸件", CarrierType.PAPER), ("纸介质", CarrierType.PAPER),
    (None, CarrierType.PAPER), ("优盘", CarrierType.USB), ("ｕ盘", CarrierType.USB),
    ("光碟", CarrierType.DISC), ("录音带", CarrierType.TAPE), ("移动硬盘", CarrierType.REMOVABLE_DISK),
    ("笔记本", CarrierType.NOTEBOOK), ("其它", CarrierType.OTHER),
])
def test_the_type_words_people_use_map_to_the_program_types(cell, ctype):
    assert v.parse_type(cell) is ctype


def test_an_unknown_type_is_refused_naming_the_types():
    with pytest.raises(InvalidInput) as refused:
        v.parse_type("软盘")
    assert "纸介质" in refused.value.zh and "U盘" in refused.value.zh


@pytest.mark.parametrize("cell, n", [(4, 4), ("4", 4), ("4页", 4), ("四页", 4), ("４页", 4), ("第3份", 3),
                                     (12.0, 12), ("十二", 12)])
def test_counts_with_or_without_their_unit(cell, n):
    assert v.parse_count(cell, "页数", 99999) == n


@pytest.mark.parametrize("cell", ["4.5", 4.5, "很多", "0", "1000"])
def test_a_count_that_is_no_whole_number_in_range_is_refused(cell):
    with pytest.raises(InvalidInput):
        v.parse_count(cell, "份数", 999)


@pytest.mark.parametrize("cell, pair", [("第3份 共5份", (3, 5)), ("3/5", (3, 5)), ("共5份", (None, 5)),
                                        ("5", (None, 5))])
def test_a_combined_copies_cell(cell, pair):
    assert v.parse_copies(cell, 999) == pair


def test_full_width_letters_and_digits_and_stray_spaces_are_undone_but_chinese_punctuation_stays():
    assert v.text("  关于  ＡＢ２０２５年（试行）的通知 ") == "关于 AB2025年（试行）的通知"
    assert v.text(3.0) == "3"
