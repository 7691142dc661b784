"""Importing an old register and roster, as the clerk and the officer meet it: a dry run
that writes nothing, an import that writes all or nothing, numbers with check characters
and the old numbers kept (old labels still scan), 待补 on 今日提醒 until completed,
suspected duplicates, re-import recognised, GBK CSV, one audit event naming the file."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest

from secdesk.domain.carriers.numbers import is_valid
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.importing.fates import Outcome
from secdesk.services import carriers, import_people, importing, reminders, scan
from secdesk.services.importing import ImportRefused
from tests.importing_books import messy_register, write_book, write_csv

GOOD_ID = "11010519491231002X"


@pytest.fixture
def clerk(staffed_vault):
    staffed_vault.close()
    return staffed_vault.sign_in("clerk1")


def count(session, table: str, where: str = "1") -> int:
    return session.vault.conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


def outcomes(result) -> dict[int, Outcome]:
    return {r.row_no: r.outcome for r in result.rows}


def test_the_dry_run_shows_every_row_and_writes_nothing(clerk, tmp_path):
    book = messy_register(tmp_path / "台账2019.xlsx")
    before = (count(clerk, "carriers"), count(clerk, "audit_events"))
    result = importing.preview_register(clerk, book)
    assert (count(clerk, "carriers"), count(clerk, "audit_events")) == before
    assert result.sheet == "2019年" and not result.written
    assert outcomes(result) == {4: Outcome.IMPORT, 5: Outcome.IMPORT, 6: Outcome.IMPORT, 7: Outcome.ERROR,
                                8: Outcome.SKIP, 9: Outcome.SKIP, 10: Outcome.SKIP, 11: Outcome.IMPORT,
                                12: Outcome.IMPORT, 13: Outcome.SKIP}
    assert result.totals["载体"] == 7 and result.totals["待补"] == 2
    assert "密级：“顶级”无法识别" in result.errors[0].reason
    by_row = {r.row_no: r for r in result.rows}
    assert by_row[6].drafts[0].origin_unit == "市国家保密局"  # the merged 制发机关 reaches row 6
    assert by_row[12].drafts[0].issue_date == date(2025, 3, 5)


def test_rows_in_error_stop_the_import_and_nothing_is_written(clerk, tmp_path):
    book = messy_register(tmp_path / "台账.xlsx")
    with pytest.raises(ImportRefused) as refused:
        importing.import_register(clerk, book)
    assert "第7行" in refused.value.zh and "--skip-errors" in refused.value.zh
    assert refused.value.result.totals["错误"] == 1
    assert count(clerk, "carriers") == 0 and count(clerk, "import_rows") == 0
    assert count(clerk, "audit_events", "event = 'import.register' AND result = 'failed'") == 1


def test_the_import_writes_valid_rows_with_new_numbers_and_keeps_the_old_ones(clerk, tmp_path):
    book = messy_register(tmp_path / "台账.xlsx")
    result = importing.import_register(clerk, book, skip_errors=True)
    assert result.written and result.totals["载体"] == 7 and count(clerk, "carriers") == 7
    first = next(r for r in result.rows if r.row_no == 4)
    assert len(first.numbers) == 3 and all(is_valid(n) for n in first.numbers)
    copies = [carriers.find(clerk, n) for n in first.numbers]
    assert [c.copy_text for c in copies] == ["第1份 共3份", "第2份 共3份", "第3份 共3份"]
    assert copies[0].marking == "机密★20年" and copies[0].draft.remarks.startswith("原编号：2019-001")
    assert importing.find_by_old_number(clerk, "2019-001") == first.numbers
    usb = carriers.find(clerk, next(r for r in result.rows if r.row_no == 5).numbers[0])
    assert (usb.draft.ctype.value, usb.marking, usb.draft.extent) == ("U盘", "秘密★10年", "8GB")
    assert carriers.history(clerk, usb.number)[0].detail == "导入：台账.xlsx 工作表“2019年”第5行"


def test_one_audit_event_names_the_file_and_the_counts(clerk, tmp_path):
    book = messy_register(tmp_path / "台账.xlsx")
    importing.import_register(clerk, book, skip_errors=True)
    row = clerk.vault.conn.execute("SELECT after, detail FROM audit_events WHERE event = 'import.register'").fetchall()
    assert len(row) == 1
    after = json.loads(row[0][0])
    assert (after["file"], after["导入"], after["错误"], after["载体"]) == ("台账.xlsx", 5, 1, 7)
    assert "台账.xlsx" in row[0][1] and "错误 1 行" in row[0][1]


def test_importing_the_same_file_again_imports_nothing_new(clerk, tmp_path):
    book = messy_register(tmp_path / "台账.xlsx")
    first = importing.import_register(clerk, book, skip_errors=True)
    again = importing.import_register(clerk, book, skip_errors=True)
    assert count(clerk, "carriers") == 7 and again.totals["已导入"] == 5 and again.totals["载体"] == 0
    assert {r.row_no: r.numbers for r in again.rows if r.numbers} == {r.row_no: r.numbers for r in first.rows if r.numbers}


def test_the_same_rows_re_saved_as_gbk_csv_are_recognised_as_imported(clerk, tmp_path):
    rows = [[1, "关于保密检查的通知", "市保〔2019〕3号", "机密", "20年", 2, "纸质", "12页", "A-1", "2019/3/5", "全体", "市保密局", "A柜"]]
    importing.import_register(clerk, write_book(tmp_path / "a.xlsx", rows))
    again = importing.preview_register(clerk, write_csv(tmp_path / "a.csv", rows, "gbk"))
    assert again.encoding == "GBK" and outcomes(again) == {2: Outcome.DONE}


@pytest.mark.parametrize("encoding, shown", [("gbk", "GBK"), ("utf-8-sig", "UTF-8"), ("utf-8", "UTF-8"),
                                             ("gb18030", "GB18030")])
def test_csv_in_each_encoding_reads_the_same(clerk, tmp_path, encoding, shown):
    title = "关于保密检查的通知" + ("䶮" if encoding == "gb18030" else "")  # a character GBK lacks
    rows = [[1, title, "", "秘密", "", 1, "纸件", "4", "", "2025.3.5", "全体", "", ""]]
    result = importing.preview_register(clerk, write_csv(tmp_path / "t.csv", rows, encoding))
    assert result.encoding == shown and result.rows[0].drafts[0].title == title
    assert result.rows[0].drafts[0].extent == "4页"


def test_rows_alike_are_imported_and_flagged_also_against_the_register(clerk, tmp_path):
    rows = [[1, "会议纪要", "", "秘密", "", 1, "纸质", "", "", "", "全体", "", ""],
            [2, "会议纪要", "", "秘密", "", 1, "纸质", "", "", "", "全体", "", ""]]
    result = importing.import_register(clerk, write_book(tmp_path / "a.xlsx", rows))
    assert outcomes(result) == {3: Outcome.DUPLICATE, 4: Outcome.DUPLICATE} and count(clerk, "carriers") == 2
    assert "导入时疑似重复" in carriers.find(clerk, result.rows[0].numbers[0]).draft.remarks
    third = importing.preview_register(clerk, write_book(tmp_path / "b.xlsx", [rows[0][:10] + ["全体", "另一单位", ""]]))
    assert third.rows[0].outcome is Outcome.DUPLICATE and result.rows[0].numbers[0] in third.rows[0].reason


def test_pending_carriers_are_on_todays_reminders_until_completed(clerk, tmp_path):
    rows = [[1, "年度计划", "", "机密", "20年", 1, "纸件", "4页", "X-9", "2019-3-5", None, "", ""]]
    number = importing.import_register(clerk, write_book(tmp_path / "a.xlsx", rows)).rows[0].numbers[0]
    assert importing.pending(clerk) == [(number, ["份号", "知悉范围"])]
    line = [r for r in reminders.today_reminders(clerk) if r.kind == "待补"]
    assert len(line) == 1 and number in line[0].text and "份号1件" in line[0].text
    importing.complete(clerk, number, copy_no=2, copies_total=5)
    assert importing.pending(clerk) == [(number, ["知悉范围"])]
    done = importing.complete(clerk, number, scope="办公室")
    assert done.copy_text == "第2份 共5份" and done.draft.scope == "办公室"
    assert importing.pending(clerk) == [] and not [r for r in reminders.today_reminders(clerk) if r.kind == "待补"]
    with pytest.raises(InvalidInput):
        importing.complete(clerk, number, copy_no=6, copies_total=5)


def test_the_scan_station_finds_a_carrier_by_its_old_label(clerk, tmp_path):
    rows = [[1, "通知", "", "秘密", "", 1, "纸质", "", "旧-0042", "", "全体", "", ""],
            [2, "纪要", "", "秘密", "", 2, "纸质", "", "旧-0043", "", "全体", "", ""]]
    result = importing.import_register(clerk, write_book(tmp_path / "a.xlsx", rows))
    found = scan.scan(clerk, "旧-0042", None)
    assert found.action is scan.Action.NEEDS_BORROWER and found.number == result.rows[0].numbers[0]
    shared = scan.scan(clerk, "旧-0043", None)
    assert shared.colour is scan.Colour.RED and "对应2件载体" in shared.reason
    assert scan.scan(clerk, "旧-9999", None).colour is scan.Colour.RED


def test_only_roles_that_register_carriers_may_import_and_the_refusal_is_audited(staffed_vault, tmp_path):
    book = messy_register(tmp_path / "台账.xlsx")
    staffed_vault.close()
    for name in ("admin", "officer1", "auditor1"):
        session = staffed_vault.sign_in(name)
        with pytest.raises(PermissionDenied):
            importing.preview_register(session, book)
        assert count(session, "audit_events", "event = 'import.register' AND result = 'failed'") >= 1
        session.close()


@pytest.mark.parametrize("name, content, says", [
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "另存为"),
    ("broken.xlsx", b"not a zip at all", "不是有效的.xlsx"),
    ("bad.csv", b"\xff\xfe\xfd\x80\x81" * 10 + b"\n", None),
    ("empty.csv", b"", "表头"),
])
def test_unreadable_files_get_one_message_naming_the_fix(clerk, tmp_path, name, content, says):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as refused:
        importing.preview_register(clerk, path)
    assert says is None or says in refused.value.zh


def test_a_missing_file_and_a_missing_sheet_are_named(clerk, tmp_path):
    with pytest.raises(InvalidInput, match="找不到文件"):
        importing.preview_register(clerk, tmp_path / "nowhere.xlsx")
    book = messy_register(tmp_path / "台账.xlsx")
    with pytest.raises(InvalidInput) as refused:
        importing.preview_register(clerk, book, sheet="2020年")
    assert "2019年" in refused.value.zh and "说明" in refused.value.zh


def test_without_a_sheet_name_the_first_sheet_with_headings_is_read_and_others_are_named(clerk, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "封面"
    book.active.append(["2019—2020年涉密载体台账"])
    for year in ("2019年", "2020年"):
        ws = book.create_sheet(year)
        ws.append(["名称", "密级"])
        ws.append([f"{year}的文件", "秘密"])
    book.save(tmp_path / "多年.xlsx")
    result = importing.preview_register(clerk, tmp_path / "多年.xlsx")
    assert result.sheet == "2019年" and result.other_sheets == ("2020年",)
    assert importing.preview_register(clerk, tmp_path / "多年.xlsx", "2020年").rows[0].drafts[0].title == "2020年的文件"


def test_a_custodian_who_has_left_is_kept_as_written_and_said_so(clerk, tmp_path):
    head = ["名称", "密级", "份号", "知悉范围", "保管人"]
    result = importing.preview_register(clerk, write_book(tmp_path / "a.xlsx", [["通知", "机密", 1, "全体", "档案室"]], head))
    assert result.rows[0].outcome is Outcome.IMPORT and result.rows[0].drafts[0].custodian == "档案室"


def test_the_officer_imports_a_roster_with_id_numbers_checked(staffed_vault, tmp_path):
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    head = ["序号", "姓名", "部门", "涉密等级", "身份证号码", "岗位", "承诺书签订日期"]
    rows = [[1, "张三", "办公室", "核心涉密人员", GOOD_ID, "机要员", "2024-03-02"],
            [2, "李四", "办公室", "重要", "110105194912310021", "", ""],
            [3, "王五", "保密办", "一般", "", "干事", ""]]
    book = write_book(tmp_path / "名册.xlsx", rows, head, title="涉密人员名册")
    with pytest.raises(ImportRefused):
        import_people.import_personnel(officer, book)
    result = import_people.import_personnel(officer, book, skip_errors=True)
    assert outcomes(result) == {3: Outcome.IMPORT, 4: Outcome.ERROR, 5: Outcome.IMPORT}
    assert "校验位不符" in result.rows[1].reason
    badges = result.rows[0].numbers
    assert count(officer, "persons") == 2 and count(officer, "commitments") == 1 and badges[0].startswith("BMS-P")
    again = import_people.import_personnel(officer, book, skip_errors=True)
    assert again.totals["已导入"] == 2 and count(officer, "persons") == 2
    assert count(officer, "audit_events", "event = 'import.personnel' AND result = 'ok'") == 2
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    with pytest.raises(PermissionDenied):
        import_people.preview_personnel(clerk, book)
