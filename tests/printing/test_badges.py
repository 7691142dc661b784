"""Badge labels (涉密人员证卡): every printed barcode scans back to its badge number.

Each stock is rendered at 300 dpi and decoded with zxing-cpp (issue 4, "Must show");
the CJK font is embedded; the name, department and 涉密等级 are printed; an ID number
never is (BadgeData has no field for it).
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from secdesk.domain.personnel.rules import make_badge
from secdesk.printing.badges import BadgeData, badges_pdf
from secdesk.printing.labels import PER_SHEET, LabelLayout, sheet_position
from tests.pdf_text import barcodes, fonts, page_text, pdf_text, render
from tests.printing.test_labels import DPI, cell

LONG_UNIT = "中华人民共和国某某省某某市某某区人民政府办公室机要科保密室"
LONG_DEPT = "科技信息化与网络安全管理处（信息中心）数据资源管理科"
NAMES = ["张晓明", "欧阳建国", "李娜", "司马相如", "王一", "阿卜杜热合曼·买买提"]
DEPTS = ["综合办公室", LONG_DEPT, "机要科", "财务处", "人事处", "档案室"]
LEVELS = ["核心", "重要", "一般"]
ROLLS = [LabelLayout.ROLL_50X30, LabelLayout.ROLL_40X20]
ID_NUMBERS = ["11010519491231002X", "440524188001010014"]  # the people's, never printed


def sample(count: int, first: int = 12) -> list[BadgeData]:
    return [BadgeData(badge=make_badge("BMS", first + i), name=NAMES[i % len(NAMES)],
                      dept=DEPTS[i % len(DEPTS)], clearance=LEVELS[i % len(LEVELS)],
                      unit_name=LONG_UNIT if i % 2 else "某某市国家保密局")
            for i in range(count)]


def test_sample_numbers_look_like_badges():
    assert [b.badge for b in sample(2)] == ["BMS-P00012A", "BMS-P000138"]


@pytest.mark.parametrize("layout", ROLLS)
def test_every_roll_badge_scans_back_to_its_number(layout):
    badges = sample(6)
    images = render(badges_pdf(badges, layout), DPI)
    assert len(images) == len(badges)  # one badge per page, the page being the label
    for badge, image in zip(badges, images):
        assert barcodes(image) == [badge.badge]


def test_a4_sheet_every_position_scans_back_to_its_number():
    badges = sample(PER_SHEET)
    (image,) = render(badges_pdf(badges, LabelLayout.A4_3X8), DPI)
    for position, badge in enumerate(badges, 1):
        assert barcodes(cell(image, position)) == [badge.badge], f"position {position}"


def test_a4_start_position_and_spill_onto_a_second_sheet():
    badges = sample(26)
    images = render(badges_pdf(badges, LabelLayout.A4_3X8, start=7), DPI)
    assert len(images) == 2
    for i, badge in enumerate(badges):
        sheet, position = sheet_position(i, start=7)
        assert barcodes(cell(images[sheet - 1], position)) == [badge.badge]
    for position in range(1, 7):  # the used part of the first sheet stays blank
        assert barcodes(cell(images[0], position)) == []
    assert barcodes(images[1]) == sorted(b.badge for b in badges[18:])


@pytest.mark.parametrize("start", [0, 25, -3])
def test_a4_start_outside_the_sheet_is_refused(start):
    with pytest.raises(ValueError):
        badges_pdf(sample(1), LabelLayout.A4_3X8, start=start)


def test_no_badges_is_refused():
    with pytest.raises(ValueError):
        badges_pdf([], LabelLayout.ROLL_50X30)


def test_start_is_ignored_for_rolls():
    assert badges_pdf(sample(2), LabelLayout.ROLL_40X20, start=30) == \
        badges_pdf(sample(2), LabelLayout.ROLL_40X20)


@pytest.mark.parametrize("layout", list(LabelLayout))
def test_cjk_font_is_embedded(layout):
    used = fonts(badges_pdf(sample(3), layout))
    assert used, "no font in the PDF"
    for font in used:
        assert font.embedded, font


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("layout", ROLLS)
def test_each_badge_shows_name_department_level_number(layout):
    badges = sample(6)
    pdf = badges_pdf(badges, layout)
    for page, badge in enumerate(badges, 1):
        text = flat(page_text(pdf, page))
        assert badge.name in text
        assert badge.badge in text
        assert f"涉密等级：{badge.clearance}" in text
        if badge.dept == LONG_DEPT:  # cut to leave room for the level, never the level
            assert "…涉密等级" in text and LONG_DEPT[:6] in text
        else:
            assert badge.dept in text


def test_a4_sheet_shows_every_name_and_department():
    badges = [dataclasses.replace(b, dept=b.dept[:8]) for b in sample(12)]
    text = flat(pdf_text(badges_pdf(badges, LabelLayout.A4_3X8, start=4)))
    for badge in badges:
        assert badge.name in text and badge.dept in text and badge.badge in text


@pytest.mark.parametrize("layout", list(LabelLayout))
def test_no_id_number_on_a_badge(layout):
    assert {f.name for f in dataclasses.fields(BadgeData)} == \
        {"badge", "name", "dept", "clearance", "unit_name"}
    text = pdf_text(badges_pdf(sample(6), layout))
    assert "证件" not in text and "身份证" not in text
    for number in ID_NUMBERS:
        assert number not in flat(text)
    assert not re.search(r"\d{15,}", flat(text))  # nothing shaped like an ID number


def test_output_is_reproducible():
    badges = sample(4)
    assert badges_pdf(badges, LabelLayout.A4_3X8, 3) == badges_pdf(badges, LabelLayout.A4_3X8, 3)
