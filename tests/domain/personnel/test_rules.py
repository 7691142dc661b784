"""check_person and mask_id: what the personnel file refuses, and what others see of an ID.

Each refusal names the field the officer must correct (the message starts with it); the
draft that passes is the one typed, with surrounding spaces trimmed.  Roles other than
the officer see ID numbers masked (issue 4, item 2).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.model import Clearance, IdType, PersonDraft
from secdesk.domain.personnel.rules import check_person, mask_id

VALID_ID = "11010519491231002X"  # GB 11643 example; check character verified in test_id_numbers


def _draft(**changes) -> PersonDraft:
    """A complete, valid file of a 重要 person with a resident ID card."""
    base = PersonDraft(
        name="王芳",
        dept="办公室",
        clearance=Clearance.IMPORTANT,
        clearance_since=date(2024, 5, 1),
        staff_no="BG-0031",
        id_type=IdType.RESIDENT_ID,
        id_number=VALID_ID,
        post="机要员",
        vetted_on=date(2024, 4, 20),
        vetting_result="合格",
        vetted_by="李强",
        remarks="",
    )
    return replace(base, **changes)


def _refused(draft: PersonDraft, field: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        check_person(draft)
    assert caught.value.field == field
    assert caught.value.zh.startswith(f"{field}："), caught.value.zh
    return caught.value


def test_complete_file_passes_unchanged():
    """A correctly filled file is accepted as typed."""
    assert check_person(_draft()) == _draft()


# --- name and department ---------------------------------------------------------------


@pytest.mark.parametrize("key, label", [("name", "姓名"), ("dept", "部门")])
@pytest.mark.parametrize("blank", ["", " ", "   \t", "\u3000\u3000"])
def test_empty_or_blank_name_and_department_are_refused(key, label, blank):
    """A file without a name or department is refused, naming 姓名 or 部门."""
    error = _refused(_draft(**{key: blank}), label)
    assert "不能为空" in error.zh


# --- over-long fields ------------------------------------------------------------------

LIMITS = [  # attribute, field name the officer sees, longest accepted
    ("name", "姓名", 30),
    ("dept", "部门", 60),
    ("staff_no", "工号", 30),
    ("post", "岗位", 60),
    ("vetting_result", "审查结论", 60),
    ("vetted_by", "审查人", 30),
    ("remarks", "备注", 200),
]


@pytest.mark.parametrize("key, label, limit", LIMITS)
def test_longest_allowed_text_passes_and_one_more_is_refused(key, label, limit):
    """Each text field takes up to its limit and refuses one character more, naming the field."""
    assert getattr(check_person(_draft(**{key: "档" * limit})), key) == "档" * limit
    error = _refused(_draft(**{key: "档" * (limit + 1)}), label)
    assert str(limit) in error.zh


@pytest.mark.parametrize("key, label, limit", LIMITS)
def test_surrounding_spaces_do_not_count_towards_the_limit(key, label, limit):
    """Spaces typed around a text at its limit are trimmed, not counted."""
    checked = check_person(_draft(**{key: f"  {'档' * limit}\u3000 "}))
    assert getattr(checked, key) == "档" * limit


def test_all_texts_are_trimmed():
    """Spaces, tabs and full-width spaces around every text are removed before saving."""
    typed = _draft(name=" 王芳 ", dept="\t办公室\n", staff_no=" BG-0031 ", post="\u3000机要员",
                   vetting_result=" 合格", vetted_by="李强  ", remarks="  年度复审  ",
                   id_number=f"  {VALID_ID} ")
    assert check_person(typed) == _draft(remarks="年度复审")


def test_inner_spaces_are_kept():
    """Only the ends are trimmed: a name written with a space inside stays as written."""
    assert check_person(_draft(name=" 阿依古丽 买买提 ")).name == "阿依古丽 买买提"


# --- the ID number ---------------------------------------------------------------------


def test_resident_id_number_is_checked():
    """With 居民身份证 chosen, a wrong number is refused naming 证件号."""
    bad = VALID_ID[:17] + "0"
    assert "校验位" in _refused(_draft(id_number=bad), "证件号").zh
    assert "18位" in _refused(_draft(id_number="E12345678"), "证件号").zh


def test_resident_id_number_is_stored_upper_case():
    """A lower-case x typed in a resident ID number is saved as X."""
    assert check_person(_draft(id_number=VALID_ID.lower())).id_number == VALID_ID


@pytest.mark.parametrize("number", ["E12345678", "C12345678", "军字第2019001号", "11010519491231002Y", "x"])
def test_other_certificate_number_is_kept_as_written(number):
    """With 其他证件 chosen, the number is not checked as a resident ID and is kept as typed."""
    checked = check_person(_draft(id_type=IdType.OTHER, id_number=f" {number} "))
    assert checked.id_number == number
    assert checked.id_type is IdType.OTHER


def test_other_certificate_number_over_40_characters_is_refused():
    """A 其他证件 number up to 40 characters passes; 41 is refused naming 证件号."""
    assert check_person(_draft(id_type=IdType.OTHER, id_number="A" * 40)).id_number == "A" * 40
    error = _refused(_draft(id_type=IdType.OTHER, id_number="A" * 41), "证件号")
    assert "40" in error.zh


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize("key, label", [("clearance_since", "确定时间"), ("vetted_on", "审查日期")])
def test_future_dates_are_refused(key, label):
    """确定时间 and the 上岗审查 date cannot be later than today; today itself is fine."""
    today = date.today()
    assert getattr(check_person(_draft(**{key: today})), key) == today
    error = _refused(_draft(**{key: today + timedelta(days=1)}), label)
    assert "今天" in error.zh


@pytest.mark.parametrize("key", ["clearance_since", "vetted_on"])
def test_dates_may_be_left_empty(key):
    """A file opened before the dates are known passes with them empty."""
    assert getattr(check_person(_draft(**{key: None})), key) is None


# --- mask_id ---------------------------------------------------------------------------


def test_resident_id_shows_first_six_and_last_four():
    """Others see the region and the last four (with X) of an 18-character number, 8 stars between."""
    assert mask_id(VALID_ID) == "110105********002X"
    assert mask_id("440524198001010013") == "440524********0013"


def test_old_15_digit_number_shows_first_six_and_last_four():
    """An old 15-digit card number keeps the same shape with 5 stars."""
    assert mask_id("110105491231002") == "110105*****1002"


@pytest.mark.parametrize("text", ["", "1", "1234", "12345678", "E12345678", "E123456789",
                                  "12345678901", "C1234567890123"])
def test_short_numbers_are_masked_whole(text):
    """A passport or other short number is shown as stars only, never in part or in full."""
    assert mask_id(text) == "*" * len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789X", min_size=1, max_size=40))
def test_a_masked_number_never_shows_the_whole_number(text):
    """Whatever the length, the masked form has the same length and hides at least 5 characters."""
    masked = mask_id(text)
    assert len(masked) == len(text)
    assert masked.count("*") >= min(5, len(text))
    assert all(m in ("*", t) for m, t in zip(masked, text))
