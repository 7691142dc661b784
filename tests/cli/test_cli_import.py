"""``secdesk import register|personnel|pending|complete``: every row printed with its fate,
the report CSV one line a source row, rows in error stop the import with exit 5 and one
line on stderr, nothing written; a bad file or option is one line naming the fix."""

from __future__ import annotations

import csv

import pytest

from tests.cli.test_cli import as_user, assert_refused
from tests.importing_books import messy_register, write_book, write_csv

@pytest.fixture
def clerk_db(staffed_vault):
    staffed_vault.close()
    return staffed_vault.db_path


def read_report(path):
    text = path.read_bytes()
    assert text.startswith("\ufeff".encode())  # Excel and WPS open it as UTF-8
    return list(csv.reader(text.decode("utf-8-sig").splitlines()))


def test_dry_run_lists_every_row_writes_nothing_and_exits_5_on_errors(clerk_db, tmp_path):
    book = messy_register(tmp_path / "台账.xlsx")
    report = tmp_path / "试导入.csv"
    result = as_user(clerk_db, "clerk1", "import", "register", book, "--dry-run", "--report", report)
    assert "试导入" in assert_refused(result, 5)
    assert "第4行\t导入\t机密★20年 纸介质 关于开展保密检查的通知 ×3" in result.stdout
    assert "第7行\t错误\t密级：“顶级”无法识别" in result.stdout and "第13行\t跳过\t合计行" in result.stdout
    assert "试导入（未写入）：导入 5 行，错误 1 行，跳过 4 行；将建立 7 件，其中待补 2 件" in result.stdout
    rows = read_report(report)
    assert rows[0] == ["行号", "结果", "说明", "载体编号"] and len(rows) == 11 and rows[4][:2] == ["7", "错误"]
    assert as_user(clerk_db, "clerk1", "carrier", "list").stdout == ""


def test_import_with_errors_writes_nothing_then_skip_errors_imports_the_rest(clerk_db, tmp_path):
    book = messy_register(tmp_path / "台账.xlsx")
    refused = as_user(clerk_db, "clerk1", "import", "register", book)
    assert "第7行" in assert_refused(refused, 5) and "未导入：" in refused.stdout
    assert as_user(clerk_db, "clerk1", "carrier", "list").stdout == ""
    report = tmp_path / "导入报告.csv"
    done = as_user(clerk_db, "clerk1", "import", "register", book, "--skip-errors", "--report", report)
    assert done.returncode == 0, done.stderr
    assert "已导入：导入 5 行，错误 1 行，跳过 4 行；已建立 7 件" in done.stdout and "1行有错误" in done.stderr
    rows = {r[0]: r for r in read_report(report)[1:]}
    numbers = rows["4"][3].split("、")
    assert len(numbers) == 3 and all(n.startswith("BMS-") for n in numbers)
    shown = as_user(clerk_db, "clerk1", "carrier", "show", numbers[1])
    assert "第2份 共3份" in shown.stdout and "原编号：2019-001" in shown.stdout
    again = as_user(clerk_db, "clerk1", "import", "register", book, "--skip-errors")
    assert again.returncode == 0 and "已导入 5 行" in again.stdout and "已建立" not in again.stdout


def test_pending_and_complete(clerk_db, tmp_path):
    rows = [[1, "年度计划", "", "机密", "20年", 1, "纸件", "4页", "X-9", "2019-3-5", None, "", ""]]
    imported = as_user(clerk_db, "clerk1", "import", "register", write_csv(tmp_path / "a.csv", rows, "gbk"))
    assert imported.returncode == 0 and "编码：GBK" in imported.stdout
    number = imported.stdout.split("待补：份号、知悉范围")[1].split()[0]
    listed = as_user(clerk_db, "clerk1", "import", "pending")
    assert f"{number}\t待补：份号、知悉范围" in listed.stdout
    done = as_user(clerk_db, "clerk1", "import", "complete", number, "--copy-no", "2", "--copies-total", "3",
                   "--scope", "办公室")
    assert done.returncode == 0 and "已不再待补" in done.stdout
    assert "没有待补的载体" in as_user(clerk_db, "clerk1", "import", "pending").stdout


@pytest.mark.parametrize("args, says", [
    (("nowhere.xlsx",), "找不到文件"),
    (("book.xlsx", "--sheet", "2030年"), "没有名为“2030年”的工作表"),
    (("book.xlsx", "--report", "book.xlsx"), "报告文件不能与导入文件相同"),
])
def test_bad_files_and_options_are_one_line(clerk_db, tmp_path, monkeypatch, args, says):
    write_book(tmp_path / "book.xlsx", [[1, "通知", "", "秘密"]])
    monkeypatch.chdir(tmp_path)
    assert says in assert_refused(as_user(clerk_db, "clerk1", "import", "register", *args))


def test_the_report_never_replaces_the_database(clerk_db, tmp_path):
    book = write_book(tmp_path / "book.xlsx", [[1, "通知", "", "秘密"]])
    refused = as_user(clerk_db, "clerk1", "import", "register", book, "--report", f"{clerk_db}.keys")
    assert "数据库" in assert_refused(refused, 5)


def test_a_clerk_may_not_import_personnel_the_officer_may(clerk_db, tmp_path):
    head = ["姓名", "部门", "涉密等级", "身份证号"]
    book = write_book(tmp_path / "名册.xlsx", [["张三", "办公室", "核心", "11010519491231002X"]], head, title=None)
    assert_refused(as_user(clerk_db, "clerk1", "import", "personnel", book), 4)
    result = as_user(clerk_db, "officer1", "import", "personnel", book)
    assert result.returncode == 0, result.stderr
    assert "第2行\t导入\t张三 办公室 核心" in result.stdout and "BMS-P" in result.stdout
