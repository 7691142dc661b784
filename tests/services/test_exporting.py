"""Exporting the register, the loans and the roster (导出): the columns of the printed
forms, the marking of the content on the first row and its level in the file name, ID
numbers as the role may see them, one audit event naming the file and the rows, and a
file that is whole or absent."""

from __future__ import annotations

import csv
import errno
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.errors import InvalidInput, PermissionDenied, StorageFull
from secdesk.domain.personnel.model import Clearance, PersonDraft
from secdesk.domain.roles import PERMISSIONS, Permission, Role
from secdesk.services import exporting, lending, personnel
from secdesk.services.exporting import LOANS_HEADINGS, PERSONNEL_HEADINGS, REGISTER_HEADINGS
from secdesk.services.lending import Approval
from tests.lending_world import build_world

ID = "11010519491231002X"


@pytest.fixture
def world(staffed_vault):
    return build_world(staffed_vault)


@pytest.fixture
def out(tmp_path):
    """The folder exports go to (the vault lives in tmp_path itself)."""
    folder = tmp_path / "导出"
    folder.mkdir()
    return folder


def sheet_rows(path):
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book.active.iter_rows(values_only=True)]
    book.close()
    return rows


def csv_rows(path, encoding="utf-8-sig"):
    return list(csv.reader(path.read_bytes().decode(encoding).splitlines()))


def last_event(session, event):
    return session.vault.conn.execute(
        "SELECT object, after, detail, result FROM audit_events WHERE event = ? ORDER BY seq DESC LIMIT 1",
        (event,)).fetchone()


def test_the_register_exports_form_1_columns_under_its_marking(world, out):
    result = exporting.export_register(world.clerk, RegisterQuery(), out / "台账.xlsx")
    assert result.path == out / "台账-绝密.xlsx" and result.rows == 6  # the level put in the name
    rows = sheet_rows(result.path)
    assert rows[0][0] == "绝密★30年" == result.marking  # the marking line, as on the printed form
    assert rows[1][0] == "涉密载体登记台账" and "测试单位" in rows[2][0] and "按绝密级管理" in rows[2][0]
    assert tuple(rows[3][:14]) == REGISTER_HEADINGS
    numbers = {r[1] for r in rows[4:10]}
    assert numbers == {c.number for c in world.carriers.values()}
    top = next(r for r in rows[4:10] if r[1] == world.number("top"))
    assert top[0] in range(1, 7) and top[6] == "绝密★30年" and top[8] == "第1份 共1份" and top[12] == "在库"
    assert rows[10][0] == "合计：6 件"
    obj, after, detail, ok = last_event(world.clerk, "export.register")
    assert obj == f"file:{result.path.resolve()}" and ok == "ok"
    assert json.loads(after)["rows"] == 6 and str(result.path.resolve()) in detail
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp file left


def test_the_plan_names_the_file_with_the_highest_level_of_what_is_selected(world):
    from secdesk.domain.carriers.levels import Level
    plan = exporting.plan_register(world.clerk, RegisterQuery(levels=frozenset({Level.CONFIDENTIAL})))
    assert (plan.rows, plan.marking, plan.level) == (3, "秘密★10年", "秘密")
    assert plan.file_name(".xlsx", date(2026, 12, 4)) == "涉密载体台账-秘密-20261204.xlsx"
    empty = exporting.plan_register(world.clerk, RegisterQuery(search="没有这个"))
    assert (empty.rows, empty.marking) == (0, "内部")


def test_a_name_with_the_wrong_level_gets_the_right_one():
    assert exporting.with_level(Path("台账-秘密-2026.xlsx"), "机密") == Path("台账-机密-2026.xlsx")
    assert exporting.with_level(Path("a/台账.csv"), "内部") == Path("a/台账-内部.csv")
    assert exporting.with_level(Path("台账-绝密.xlsx"), "绝密") == Path("台账-绝密.xlsx")


def test_csv_is_utf8_with_bom_or_gb18030(world, out):
    utf8 = exporting.export_register(world.clerk, RegisterQuery(), out / "a-绝密.csv")
    assert utf8.path.read_bytes().startswith("\ufeff".encode())
    rows = csv_rows(utf8.path)
    assert rows[0] == ["绝密★30年"] and tuple(rows[3]) == REGISTER_HEADINGS and len(rows) == 11
    gb = exporting.export_register(world.clerk, RegisterQuery(), out / "b-绝密.csv", "gb18030")
    assert csv_rows(gb.path, "gb18030") == rows
    with pytest.raises(UnicodeDecodeError):
        gb.path.read_bytes().decode("utf-8")


def test_loans_export_form_2_columns(world, out):
    lending.lend(world.clerk, world.number("secret"), world.badge("core"), Approval(world.badge("head"), "审批-1"))
    lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    result = exporting.export_loans(world.clerk, out / "loans.xlsx")
    assert result.path.name == "loans-机密.xlsx" and result.rows == 2
    rows = sheet_rows(result.path)
    assert rows[0][0] == "机密★20年" and tuple(rows[3][:14]) == LOANS_HEADINGS
    assert rows[4][2] == world.number("secret") and rows[4][7] == "张红（办公室）" and rows[4][5] == "机密"
    assert rows[6][0] == "合计：2 次"


def test_the_roster_is_the_officers_and_id_numbers_follow_the_role(world, staffed_vault, out, monkeypatch):
    with pytest.raises(PermissionDenied):
        exporting.export_personnel(world.clerk, out / "r.xlsx")
    assert not list(out.iterdir())
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    personnel.add_person(officer, PersonDraft("周全", "保密办", Clearance.CORE, id_number=ID))
    full = exporting.export_personnel(officer, out / "名册.xlsx")
    assert full.path.name == "名册-内部.xlsx" and full.marking == "内部"
    rows = sheet_rows(full.path)
    assert tuple(rows[3][:11]) == PERSONNEL_HEADINGS and rows[0][0] == "内部"
    zhou = next(r for r in rows if len(r) > 2 and r[2] == "周全")
    assert zhou[5] == ID and zhou[1] == "保密办" and zhou[7] == "核心"
    monkeypatch.setitem(PERMISSIONS, Role.OFFICER, PERMISSIONS[Role.OFFICER] - {Permission.SEE_ID_NUMBERS})
    masked = exporting.export_personnel(officer, out / "masked.csv")
    line = next(r for r in csv_rows(masked.path) if len(r) > 2 and r[2] == "周全")
    assert line[5] != ID and "*" in line[5] and ID not in masked.path.read_text(encoding="utf-8-sig")


def test_a_wrong_extension_is_refused_before_anything_is_written(world, out):
    with pytest.raises(InvalidInput) as refused:
        exporting.export_register(world.clerk, RegisterQuery(), out / "台账.pdf")
    assert ".xlsx 或 .csv" in refused.value.zh and not list(out.iterdir())
    assert last_event(world.clerk, "export.register")[3] == "failed"


def test_a_missing_folder_is_one_message_and_nothing_written(world, out):
    with pytest.raises(StorageFull) as refused:
        exporting.export_register(world.clerk, RegisterQuery(), out / "无此文件夹" / "a.xlsx")
    assert "不存在" in refused.value.zh and not list(out.iterdir())


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_full_disk_leaves_the_old_file_and_no_part(world, out, monkeypatch, suffix):
    old = out / f"台账-绝密{suffix}"
    old.write_bytes(b"old")
    real_fsync = __import__("os").fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("secdesk.services.export_files.os.fsync", full)
    with pytest.raises(StorageFull) as refused:
        exporting.export_register(world.clerk, RegisterQuery(), old)
    monkeypatch.setattr("secdesk.services.export_files.os.fsync", real_fsync)
    assert "磁盘空间不足" in refused.value.zh
    assert old.read_bytes() == b"old" and [p.name for p in out.iterdir()] == [old.name]


def test_a_title_is_never_a_formula(world, out):
    from dataclasses import replace

    from secdesk.services import carriers
    draft = replace(world.carriers["confidential"].draft, title="=HYPERLINK(\"x\")", copy_no=None)
    carriers.register(world.clerk, draft)
    xlsx = exporting.export_register(world.clerk, RegisterQuery(search="HYPERLINK"), out / "f.xlsx")
    assert sheet_rows(xlsx.path)[4][2] == "=HYPERLINK(\"x\")"
    book = openpyxl.load_workbook(xlsx.path)
    assert book.active.cell(5, 3).data_type == "s"
    text = exporting.export_register(world.clerk, RegisterQuery(search="HYPERLINK"), out / "f.csv")
    assert csv_rows(text.path)[4][2] == "'=HYPERLINK(\"x\")"


def test_readers_of_the_register_export_it_and_the_administrator_does_not(world, staffed_vault, out):
    staffed_vault.close()
    auditor = staffed_vault.sign_in("auditor1")
    assert exporting.export_register(auditor, RegisterQuery(), out / "审计.xlsx").rows == 6
    staffed_vault.close()
    admin = staffed_vault.sign_in("admin")
    with pytest.raises(PermissionDenied):
        exporting.export_register(admin, RegisterQuery(), out / "管理员.xlsx")
    with pytest.raises(PermissionDenied):
        exporting.export_loans(admin, out / "管理员.csv")
    assert sorted(p.name for p in out.iterdir()) == ["审计-绝密.xlsx"]
