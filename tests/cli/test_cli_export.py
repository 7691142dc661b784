"""``secdesk export register|loans|personnel --out FILE``: the level of the content in the
file name and on the first row, filters, the roster only for the officer, and a bad path
or extension refused in one line with nothing written."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from tests.cli.test_cli import as_user, assert_refused


@pytest.fixture
def clerk_db(staffed_vault):
    staffed_vault.close()
    return staffed_vault.db_path


def add(db, title, level, *extra):
    made = as_user(db, "clerk1", "carrier", "add", "--title", title, "--level", level, "--type", "纸介质", *extra)
    assert made.returncode == 0, made.stderr
    return made.stdout.split()


def test_register_export_names_the_level_and_filters(clerk_db, tmp_path):
    add(clerk_db, "年度保密工作要点", "机密", "--copies", "2")
    add(clerk_db, "通知", "秘密")
    done = as_user(clerk_db, "clerk1", "export", "register", "--out", tmp_path / "台账.xlsx")
    assert done.returncode == 0, done.stderr
    written = tmp_path / "台账-机密.xlsx"
    assert f"已导出 3 件到 {written}（机密★20年）" in done.stdout and "按机密级" in done.stdout
    rows = list(openpyxl.load_workbook(written, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][0] == "机密★20年" and rows[3][:3] == ("序号", "载体编号", "文件资料名称")
    assert [r[2] for r in rows[4:7]] == ["年度保密工作要点", "年度保密工作要点", "通知"]
    only = as_user(clerk_db, "clerk1", "export", "register", "--level", "秘密", "--out", tmp_path / "秘密.csv",
                   "--encoding", "gb18030")
    assert only.returncode == 0, only.stderr
    text = (tmp_path / "秘密.csv").read_bytes().decode("gb18030")
    table = list(csv.reader(text.splitlines()))
    assert table[0] == ["秘密★10年"] and len(table) == 6 and table[4][2] == "通知"


def test_loans_export_for_a_period(clerk_db, tmp_path):
    done = as_user(clerk_db, "clerk1", "export", "loans", "--from", "2026-01-01", "--to", "2026-12-31",
                   "--out", tmp_path / "借阅.csv")
    assert done.returncode == 0, done.stderr
    assert "已导出 0 次借阅" in done.stdout and (tmp_path / "借阅-内部.csv").exists()


def test_the_roster_is_refused_to_the_clerk_and_given_to_the_officer(clerk_db, tmp_path):
    refused = as_user(clerk_db, "clerk1", "export", "personnel", "--out", tmp_path / "名册.xlsx")
    assert "无权" in assert_refused(refused, 4)
    done = as_user(clerk_db, "officer1", "export", "personnel", "--out", tmp_path / "名册.xlsx")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "名册-内部.xlsx").exists()


@pytest.mark.parametrize("name, code, words", [
    ("台账.txt", 5, ".xlsx 或 .csv"),
    ("无此文件夹/台账.xlsx", 6, "不存在"),
])
def test_a_bad_target_is_one_line_and_nothing_is_written(clerk_db, tmp_path, name, code, words):
    before = set(tmp_path.rglob("*"))
    refused = as_user(clerk_db, "clerk1", "export", "register", "--out", tmp_path / name)
    assert words in assert_refused(refused, code)
    assert set(tmp_path.rglob("*")) - before <= {tmp_path / "secdesk.db-wal", tmp_path / "secdesk.db-shm"}


def test_an_unknown_encoding_is_refused(clerk_db, tmp_path):
    refused = as_user(clerk_db, "clerk1", "export", "register", "--out", tmp_path / "a.csv", "--encoding", "big5")
    assert "utf-8 或 gb18030" in assert_refused(refused, 5)
