"""An old register's sheet, read row by row: the heading row found below titles, notes and
merged cells, headings in their many wordings, every row's fate with the row number the
clerk sees in Excel, 待补 for what today's rules add, 份数 N made N carriers, rows that look
alike flagged, and rows brought in before recognised."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType
from secdesk.domain.carriers.terms import Term
from secdesk.domain.errors import InvalidInput
from secdesk.domain.importing.fates import Outcome, totals
from secdesk.domain.importing.register import decide, draft_key, read_register
from secdesk.domain.importing.table import Table

TODAY = date(2026, 5, 20)
HEAD = ("序号", "文件名称", "密级", "保密期限", "份数", "载体类型", "编号", "成文日期", "知悉范围")


def sheet(*data, head=HEAD, above=(("涉密载体登记台账",) * 9, ("所属部门：办公室", None, None, "填表人：张三"))):
    """Rows numbered as Excel shows them: the lines above, the headings, then ``data``."""
    rows = [*above, head, *data]
    return Table("台账", [(n, tuple(r)) for n, r in enumerate(rows, 1)])


def fates_of(table, imported=None, registered=None):
    headings, fates = read_register(table, TODAY)
    return decide(fates, imported or {}, registered or {})


def test_the_heading_row_is_found_below_a_title_and_a_department_line():
    headings, fates = read_register(sheet((1, "通知", "秘密", "10年", 1, "纸质", "A-1", "2025-3-5", "办公室")), TODAY)
    assert headings["title"] == "文件名称" and headings["old_number"] == "编号"
    assert [(f.row_no, f.outcome) for f in fates] == [(4, Outcome.IMPORT)]  # row 4, as Excel numbers it


@pytest.mark.parametrize("wording, field", [
    ("标题", "title"), ("文件（资料）名称", "title"), ("秘密等级", "level"), ("密级★保密期限", "level"),
    ("期限", "term"), ("数量", "copies"), ("介质类型", "ctype"), ("载体编号", "old_number"),
    ("登记号", "old_number"), ("文号", "doc_no"), ("发文字号", "doc_no"), ("制发机关", "origin_unit"),
    ("来源", "origin_unit"), ("登记日期", "registered_on"), ("页数", "extent"), ("保管人", "custodian"),
    ("存放位置", "location"), ("备注", "remarks"), ("份数/份号", "copies_combined"),
])
def test_headings_are_mapped_by_name_and_common_variants(wording, field):
    head = ("名称" if field != "title" else wording, "密级" if field != "level" else wording,
            wording if field not in ("title", "level") else "备注")
    headings, _ = read_register(Table("s", [(1, head)]), TODAY)
    assert headings[field] == wording.replace("/", "/")


def test_a_sheet_without_the_needed_headings_is_refused_naming_them():
    with pytest.raises(InvalidInput) as refused:
        read_register(Table("Sheet1", [(1, ("姓名", "部门")), (2, ("张三", "办公室"))]), TODAY)
    assert "名称" in refused.value.zh and "密级" in refused.value.zh and "--sheet" in refused.value.zh


def test_headings_over_two_rows_under_a_merged_parent():
    head1 = ("序号", "文件名称", "密级", "份数/份号", "份数/份号")  # merged over two columns, filled
    head2 = ("序号", "文件名称", "密级", "份数", "份号")
    headings, fates = read_register(Table("s", [(1, head1), (2, head2), (3, (1, "纪要", "机密", 5, 2))]), TODAY)
    assert headings["copies"] == "份数" and headings["copy_no"] == "份号"
    assert fates[0].row_no == 3 and fates[0].drafts[0].copy_no == 2 and fates[0].drafts[0].copies_total == 5


def test_blank_repeated_heading_and_title_rows_and_totals_are_skipped_and_said_so():
    fates = fates_of(sheet(
        (1, "通知", "秘密", "", 1, "", "", "", "全体"),
        (None,) * 9,
        ("涉密载体登记台账",) * 9,  # the title repeated on the next printed page (merged)
        HEAD,  # and the headings
        ("所属部门：办公室", None, None, "填表人：张三"),
        (2, None, None, None, None, None, None, None, None),  # a numbered empty line of the form
        ("合计", None, None, None, "1件"),
        ("小计：1件",),
    ))
    assert [f.outcome for f in fates] == [Outcome.IMPORT] + [Outcome.SKIP] * 7
    assert [f.reason for f in fates[1:]] == ["空行", "重复的标题行", "重复的表头行", "表头说明行（填表人、所属部门等）",
                                            "空行（只有序号）", "合计行", "合计行"]


@pytest.mark.parametrize("row, says", [
    ((1, "通知", "顶级", "", 1), "密级：“顶级”无法识别"),
    ((1, "通知", "秘密", "20年", 1), "秘密级保密期限不得超过10年"),
    ((1, "通知", "机密★30年", "", 1), "机密级保密期限不得超过20年"),
    ((1, None, "秘密", "", 1), "文件资料名称：为空"),
    ((1, "通知", "秘密", "", 1, "纸质", "", "2025-2-30"), "没有这一天"),
    ((1, "通知", "内部★10年", "", 1), "内部事项不是国家秘密"),
    ((1, "通知", "秘密", "", 1, "纸质", "", "2099-1-1"), "晚于今天"),
])
def test_each_refusal_gives_the_reason_and_the_row_number(row, says):
    fate = fates_of(sheet(row))[0]
    assert fate.outcome is Outcome.ERROR and fate.row_no == 4 and says in fate.reason and not fate.drafts


def test_a_historical_row_without_copy_number_or_scope_is_imported_marked_pending():
    fates = fates_of(sheet((1, "年度计划", "机密", "20年", 1, "纸件", "2019-4", "2019年3月5日", None),
                           (2, "通知", "秘密", "", 1, "", "", "", "办公室")))
    assert fates[0].outcome is Outcome.IMPORT and fates[0].pending == ("份号", "知悉范围")
    assert fates[0].drafts[0].copy_no is None and fates[0].drafts[0].level is Level.SECRET
    assert "待补：份号、知悉范围" in fates[0].note()
    assert fates[1].pending == ()


def test_copies_without_copy_numbers_become_one_carrier_per_copy():
    fate = fates_of(sheet((1, "关于保密检查的通知", "机密★20年", None, 3, "纸质", "2019-001", datetime(2019, 3, 5), "处级")))[0]
    assert [(d.copy_no, d.copies_total) for d in fate.drafts] == [(1, 3), (2, 3), (3, 3)]
    assert fate.pending == () and "按份数拆为3件" in fate.note()
    d = fate.drafts[0]
    assert (d.term, d.ctype, d.issue_date) == (Term.years(20), CarrierType.PAPER, date(2019, 3, 5))
    assert d.remarks == "原编号：2019-001" and fate.old_number == "2019-001"
    assert totals([fate])["载体"] == 3


def test_rows_that_look_like_the_same_carrier_are_both_imported_and_flagged():
    fates = fates_of(sheet((1, "会议纪要", "秘密", "", 1, "", "", "", "全体"),
                           (2, "会议纪要", "秘密★", "", 1, "", "", "", "全体"),
                           (3, "会议纪要", "机密", "", 1, "", "", "", "全体")))
    assert [f.outcome for f in fates] == [Outcome.DUPLICATE, Outcome.DUPLICATE, Outcome.IMPORT]
    assert "与第5行" in fates[0].reason and "与第4行" in fates[1].reason
    assert all(f.writes for f in fates) and "疑似重复" in fates[0].drafts[0].remarks


def test_a_row_like_a_carrier_already_registered_is_flagged_naming_it():
    table = sheet((1, "会议纪要", "秘密", "", 1, "", "", "", "全体"))
    _, fates = read_register(table, TODAY)
    decide(fates, {}, {draft_key(fates[0].drafts[0]): ["BMS-2026-000001A"]})
    assert fates[0].outcome is Outcome.DUPLICATE and "BMS-2026-000001A" in fates[0].reason


def test_rows_imported_before_are_recognised_even_identical_twins_one_by_one():
    row = (1, "会议纪要", "秘密", "", 1, "", "", "", "全体")
    _, first = read_register(sheet(row, row), TODAY)
    assert first[0].fingerprint != first[1].fingerprint  # twins: the 1st and the 2nd of their kind
    imported = {first[0].fingerprint: ["BMS-2026-000001A"]}
    _, again = read_register(sheet(row, row, row), TODAY)
    decide(again, imported, {})
    assert [f.outcome for f in again] == [Outcome.DONE, Outcome.DUPLICATE, Outcome.DUPLICATE]
    assert again[0].numbers == ["BMS-2026-000001A"] and "此前已导入" in again[0].reason


def test_the_same_row_as_csv_text_or_as_excel_cells_has_the_same_fingerprint():
    as_excel = (1, "通知", "机密", 20, 3, "纸质", "A-1", datetime(2019, 3, 5), "全体")
    as_csv = ("1", " 通知 ", "机密", "20年", "3份", "纸介质", "A-1", "2019/3/5", "全体")
    assert read_register(sheet(as_excel), TODAY)[1][0].fingerprint == read_register(sheet(as_csv), TODAY)[1][0].fingerprint


def test_carriers_no_longer_held_are_skipped_and_those_lent_out_refused():
    head = HEAD + ("状态",)
    fates = fates_of(sheet((1, "甲", "秘密", "", 1, "", "", "", "全体", "已销毁"),
                           (2, "乙", "秘密", "", 1, "", "", "", "全体", "借出"),
                           (3, "丙", "秘密", "", 1, "", "", "", "全体", "在库"), head=head))
    assert [f.outcome for f in fates] == [Outcome.SKIP, Outcome.ERROR, Outcome.IMPORT]
    assert "已销毁" in fates[0].reason and "收回" in fates[1].reason


def test_a_past_declassification_date_without_an_issue_date_is_kept_not_refused():
    fate = fates_of(sheet((1, "旧文件", "秘密★2020年6月30日", "", 1, "", "", "", "全体")))[0]
    assert fate.outcome is Outcome.IMPORT and fate.drafts[0].term == Term.until(date(2020, 6, 30))
