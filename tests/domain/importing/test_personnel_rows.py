"""An old roster (涉密人员名册), row by row: ID numbers checked as the personnel file checks
them, an ID that Excel turned into a number refused with the fix, the level words people
use, one file per person."""

from __future__ import annotations

from datetime import date

import pytest

from secdesk.domain.importing.fates import Outcome
from secdesk.domain.importing.personnel import decide_people, read_personnel
from secdesk.domain.importing.table import Table
from secdesk.domain.personnel.model import Clearance

TODAY = date(2026, 5, 20)
GOOD_ID = "11010519491231002X"
OTHER_ID = "110105194912310021"  # the same person's number with a wrong check digit


def roster(*data, head=("序号", "姓名", "部门", "涉密等级", "身份证号", "岗位", "上岗审查日期", "承诺书签订日期")):
    rows = [("涉密人员名册",) * len(head), head, *data]
    return Table("名册", [(n, tuple(r)) for n, r in enumerate(rows, 1)])


def test_a_roster_row_becomes_a_file_with_level_words_and_dates_as_written():
    _, fates = read_personnel(roster((1, "张 三", "办公室", "核心涉密人员", GOOD_ID, "机要员", "2024.3.1", "2024年3月2日")), TODAY)
    fate = fates[0]
    assert fate.outcome is Outcome.IMPORT and fate.row_no == 3
    d = fate.drafts[0]
    assert (d.name, d.clearance, d.id_number, d.vetted_on, d.vetting_result) == (
        "张三", Clearance.CORE, GOOD_ID, date(2024, 3, 1), "合格")
    assert fate.extra["undertaking_on"] == date(2024, 3, 2)


@pytest.mark.parametrize("id_cell, says", [
    (OTHER_ID, "校验位不符"), ("1101051949123100", "应为18位"), (1.10105194912310e17, "存成了数字"),
    ("1.10105E+17", "存成了数字"), ("110105194902300021", "不是有效日期"),
])
def test_a_bad_id_number_is_refused_with_the_reason(id_cell, says):
    _, fates = read_personnel(roster((1, "李四", "办公室", "重要", id_cell)), TODAY)
    assert fates[0].outcome is Outcome.ERROR and "证件号" in fates[0].reason and says in fates[0].reason


def test_an_unknown_level_and_a_missing_department_are_refused():
    _, fates = read_personnel(roster((1, "王五", "办公室", "特级", ""), (2, "赵六", None, "一般", "")), TODAY)
    assert "核心、重要或一般" in fates[0].reason and "部门" in fates[1].reason


def test_the_same_person_twice_in_the_file_is_refused_the_second_time():
    _, fates = read_personnel(roster((1, "张三", "办公室", "核心", GOOD_ID), (2, "张三", "保密办", "核心", GOOD_ID)), TODAY)
    assert [f.outcome for f in fates] == [Outcome.IMPORT, Outcome.ERROR] and "与第3行相同" in fates[1].reason


def test_people_on_file_or_imported_before_are_not_filed_twice():
    _, fates = read_personnel(roster((1, "张三", "办公室", "核心", GOOD_ID), (2, "钱七", "办公室", "一般", "")), TODAY)
    decide_people(fates, {fates[1].fingerprint: ["BMS-P00002X"]}, {f"id:{GOOD_ID}": "BMS-P00001K"})
    assert [f.outcome for f in fates] == [Outcome.DONE, Outcome.DONE]
    assert "已有档案BMS-P00001K" in fates[0].reason and fates[1].numbers == ["BMS-P00002X"]


def test_people_who_have_left_are_skipped():
    _, fates = read_personnel(roster((1, "孙八", "办公室", "一般", "", "", "", "", "已离岗"),
                                     head=("序号", "姓名", "部门", "涉密等级", "身份证号", "岗位", "审查日期", "承诺书", "状态")), TODAY)
    assert fates[0].outcome is Outcome.SKIP and "离岗" in fates[0].reason
