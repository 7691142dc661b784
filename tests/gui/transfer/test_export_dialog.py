"""The export dialog: the count and marking before anything is written, the warning that
the file is as secret as its content, the proposed name with the level, the file read
back; and the 导入/导出 menu of the register and personnel pages as each role sees it."""

from __future__ import annotations

import csv
from dataclasses import replace

import openpyxl
import pytest

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.carriers.terms import Term
from secdesk.gui.personnel.personnel_page import PersonnelPage
from secdesk.gui.register.register_page import RegisterPage
from secdesk.gui.transfer.export_dialog import ExportDialog
from secdesk.gui.transfer.menu import TransferButton
from secdesk.services import carriers
from tests.gui.register.test_register_page import NOTICE


@pytest.fixture
def clerk(staffed_vault):
    staffed_vault.close()
    session = staffed_vault.sign_in("clerk1")
    carriers.register(session, NOTICE)
    carriers.register(session, replace(NOTICE, title="年度计划", level=Level.SECRET, term=Term.years(20), copy_no=1))
    return session


def dialog_for(qtbot, worker, session, kind="register", query=None) -> ExportDialog:
    dialog = ExportDialog(worker, session, kind, query)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    return dialog


def test_the_dialog_warns_names_the_level_and_writes_the_file(qtbot, worker, clerk, tmp_path, message_boxes):
    dialog = dialog_for(qtbot, worker, clerk)
    assert dialog.plan.rows == 2 and dialog.plan.marking == "机密★20年"
    assert "2" in dialog.scope.text() and "机密★20年" in dialog.scope.text()
    assert "机密" in dialog.warning_text.text() and dialog.warning.isVisible()
    assert "涉密载体台账-机密-" in dialog.path_edit.text() and dialog.path_edit.text().endswith(".xlsx")
    dialog.format_combo.setCurrentIndex(2)
    assert dialog.path_edit.text().endswith(".csv")
    dialog.format_combo.setCurrentIndex(0)
    target = tmp_path / "out" / dialog.plan.file_name(".xlsx")
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert dialog.result.path == target and target.exists()
    rows = list(openpyxl.load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][0] == "机密★20年" and {r[2] for r in rows[4:6]} == {NOTICE.title, "年度计划"}
    assert str(target) in message_boxes[-1]
    event = clerk.vault.conn.execute(
        "SELECT object, detail FROM audit_events WHERE event = 'export.register' ORDER BY seq DESC").fetchone()
    assert event[0] == f"file:{target.resolve()}" and "2件" in event[1]


def test_a_folder_that_is_not_there_is_said_on_the_dialog(qtbot, worker, clerk, tmp_path):
    dialog = dialog_for(qtbot, worker, clerk, query=RegisterQuery(levels=frozenset({Level.CONFIDENTIAL})))
    assert dialog.plan.marking == "秘密★10年" and "秘密" in dialog.path_edit.text()
    dialog.path_edit.setText(str(tmp_path / "无此文件夹" / "a.csv"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "不存在" in dialog.message.text(), timeout=10000)
    assert dialog.isVisible() and dialog.result is None and not (tmp_path / "无此文件夹").exists()


def test_the_officer_exports_the_roster_in_gb18030(qtbot, worker, staffed_vault, tmp_path):
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    dialog = dialog_for(qtbot, worker, officer, "personnel")
    assert dialog.plan.marking == "内部" and "涉密人员名册-内部-" in dialog.path_edit.text()
    dialog.format_combo.setCurrentIndex(2)
    dialog.path_edit.setText(str(tmp_path / "名册.csv"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    table = list(csv.reader(dialog.result.path.read_bytes().decode("gb18030").splitlines()))
    assert dialog.result.path.name == "名册-内部.csv" and table[0] == ["内部"] and table[3][5] == "证件号"


def test_the_loans_dialog_counts_a_period(qtbot, worker, clerk):
    dialog = dialog_for(qtbot, worker, clerk, "loans")
    assert dialog.plan.rows == 0 and dialog.from_edit.isVisible()
    dialog.all_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.scope == "全部借阅", timeout=10000)


def menu_texts(button: TransferButton) -> list[str]:
    button._fill()
    return [a.text() for a in button.menu_.actions()]


def test_the_register_page_offers_import_to_the_clerk_and_export_to_readers(qtbot, worker, clerk, staffed_vault):
    page = RegisterPage(worker)
    qtbot.addWidget(page)
    page.set_session(clerk)
    button = page.findChild(TransferButton)
    assert len(menu_texts(button)) == 3
    staffed_vault.close()
    page.set_session(staffed_vault.sign_in("auditor1"))
    assert len(menu_texts(button)) == 2  # the auditor exports, never imports


def test_the_personnel_page_offers_the_roster_to_the_officer_only(qtbot, worker, staffed_vault):
    staffed_vault.close()
    page = PersonnelPage(worker)
    qtbot.addWidget(page)
    page.session = staffed_vault.sign_in("officer1")
    button = page.findChild(TransferButton)
    assert len(menu_texts(button)) == 2
    staffed_vault.close()
    page.session = staffed_vault.sign_in("clerk1")
    texts = menu_texts(button)
    assert len(texts) == 1 and not button.menu_.actions()[0].isEnabled()
