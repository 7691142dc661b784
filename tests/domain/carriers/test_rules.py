"""check_draft: what the register refuses before anything is written (登记).

Each refusal names the field the clerk must correct (the message starts with it) and
the draft that passes is the one typed, with surrounding spaces trimmed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft, CarrierType, Source, copy_text
from secdesk.domain.carriers.rules import MAX_COPIES, TEXT_LIMITS, check_draft
from secdesk.domain.carriers.terms import Term
from secdesk.domain.errors import InvalidInput


def _draft(**changes) -> CarrierDraft:
    """A complete, valid 机密 paper document, copy 3 of 5."""
    base = CarrierDraft(
        title="关于2026年度保密检查工作的通知",
        level=Level.SECRET,
        ctype=CarrierType.PAPER,
        term=Term.years(10),
        issue_date=date(2026, 3, 15),
        origin_unit="市国家保密局",
        doc_no="市保密发〔2026〕3号",
        extent="12页",
        copy_no=3,
        copies_total=5,
        scope="办公室主任、保密干部",
        no_copy=True,
        source=Source.RECEIVED,
        source_detail="市国家保密局",
        custodian="王芳",
        location="2号保密柜第1层",
        remarks="",
    )
    return replace(base, **changes)


def _refused(draft: CarrierDraft, field: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        check_draft(draft)
    assert caught.value.field == field
    assert caught.value.zh.startswith(f"{field}：")
    return caught.value


# --- a good draft ---------------------------------------------------------------------


def test_valid_draft_passes_unchanged():
    """A correct entry is registered exactly as typed."""
    draft = _draft()
    assert check_draft(draft) == draft


def test_texts_are_trimmed_and_nothing_else_changes():
    """Spaces pasted around any text field are dropped; inner spaces and everything else stay."""
    padded = {name: f"  {getattr(_draft(), name) or 'x y'} \t" for name in TEXT_LIMITS}
    checked = check_draft(_draft(**padded))
    expected = _draft(**{name: getattr(_draft(), name) or "x y" for name in TEXT_LIMITS})
    assert checked == expected


def test_trimmed_length_counts_not_the_padding():
    """A title at its limit surrounded by spaces is accepted (the spaces are not counted)."""
    label, limit = TEXT_LIMITS["title"]
    title = "密" * limit
    assert check_draft(_draft(title=f"   {title}   ")).title == title


@pytest.mark.parametrize("written", ["机要-2019-015", "2018/密/003", "BM(2020)12", "bm(2020)12"])
def test_external_number_is_kept_as_written(written):
    """A number from the old register is kept exactly (not upper-cased, no check character)."""
    assert check_draft(_draft(external_number=f" {written} ")).external_number == written


def test_blank_external_number_means_none():
    """Spaces only in the old-number field mean there is no old number."""
    assert check_draft(_draft(external_number="   ")).external_number == ""


def test_bad_external_number_is_refused():
    """An old number over 40 characters is refused naming 载体编号."""
    _refused(_draft(external_number="A" * 41), "载体编号")


# --- title ----------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["", "   ", "\t\n", "\u3000"])
def test_empty_or_blank_title_is_refused(title):
    """Every carrier needs its 文件资料名称 (a full-width space is still blank)."""
    error = _refused(_draft(title=title), "文件资料名称")
    assert "不能为空" in error.zh


# --- over-long fields -----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TEXT_LIMITS))
def test_each_text_field_accepts_its_limit_and_refuses_one_more(name):
    """An over-long field is refused naming that field and the limit; the limit itself is fine."""
    label, limit = TEXT_LIMITS[name]
    assert len(getattr(check_draft(_draft(**{name: "档" * limit})), name)) == limit
    error = _refused(_draft(**{name: "档" * (limit + 1)}), label)
    assert str(limit) in error.zh


def test_field_names_are_the_register_column_names():
    """The messages use the words of form 1, so the clerk knows which box to fix."""
    labels = {label for label, _ in TEXT_LIMITS.values()}
    assert {"文件资料名称", "制作发文单位", "文号或编号", "页数或容量", "知悉范围",
            "保管人", "存放位置", "备注"} <= labels


# --- 份号 -------------------------------------------------------------------------------


@pytest.mark.parametrize("level", [Level.TOP_SECRET, Level.SECRET])
def test_copy_number_required_for_top_secret_and_secret(level):
    """绝密 and 机密 carriers must carry a 份号."""
    term = Term.years(5)
    error = _refused(_draft(level=level, term=term, copy_no=None, copies_total=None), "份号")
    assert level.value in error.zh


@pytest.mark.parametrize(("level", "term"), [(Level.CONFIDENTIAL, Term.months(6)),
                                             (Level.INTERNAL, Term.none())])
def test_copy_number_optional_for_confidential_and_internal(level, term):
    """秘密 and 内部 may be registered without a 份号."""
    draft = _draft(level=level, term=term, copy_no=None, copies_total=None)
    assert check_draft(draft) == draft


def test_copy_number_beyond_copies_made_is_refused_naming_both():
    """第6份 of 5 is refused; the message names both numbers."""
    error = _refused(_draft(copy_no=6, copies_total=5), "份号")
    assert "6" in error.zh and "5" in error.zh


@pytest.mark.parametrize(("copy_no", "total"), [(1, 1), (5, 5), (1, 5), (MAX_COPIES, MAX_COPIES),
                                                (7, None)])
def test_copy_number_within_copies_made_is_accepted(copy_no, total):
    """Copy 1..N of N is fine, and a 份号 without 共N份 is fine."""
    assert check_draft(_draft(copy_no=copy_no, copies_total=total)).copy_no == copy_no


@pytest.mark.parametrize("copy_no", [0, -1, MAX_COPIES + 1])
def test_copy_number_outside_one_to_max_is_refused(copy_no):
    """There is no 第0份, and no more than 999 copies."""
    error = _refused(_draft(copy_no=copy_no, copies_total=None), "份号")
    assert str(MAX_COPIES) in error.zh


@pytest.mark.parametrize(("copy_no", "total"), [(None, 0), (1, 0), (None, -2), (3, MAX_COPIES + 1)])
def test_impossible_copies_total_is_refused_naming_it(copy_no, total):
    """共0份 or 共1000份 is refused under 份数, not blamed on a correct 份号."""
    draft = _draft(level=Level.CONFIDENTIAL, term=Term.months(6), copy_no=copy_no,
                   copies_total=total)
    error = _refused(draft, "份数")
    assert str(MAX_COPIES) in error.zh


def test_copy_text_as_printed():
    """份号 prints as 第3份 共5份, or 第3份 alone, or nothing."""
    assert copy_text(3, 5) == "第3份 共5份"
    assert copy_text(3, None) == "第3份"
    assert copy_text(None, None) == ""


# --- term and level together ------------------------------------------------------------


def test_term_over_the_level_maximum_is_refused():
    """A 机密 carrier with a 21-year term is not registered."""
    _refused(_draft(term=Term.years(21)), "保密期限")


def test_internal_with_a_term_is_refused():
    """A 内部 carrier given a term is refused: 内部 never carries ★."""
    _refused(_draft(level=Level.INTERNAL, term=Term.years(5), copy_no=None), "保密期限")


def test_until_date_before_issue_is_refused():
    """A declassification date before 制发日 is refused."""
    _refused(_draft(term=Term.until(date(2026, 3, 1))), "保密期限")
