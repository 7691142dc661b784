"""The import wizard as the clerk walks it: file and sheet, the guessed columns (changed,
and the change remembered for files with the same headings), the dry run with every
row's fate, the import on the worker with the window alive, the numbers given and their
labels; the roster the same way for the officer."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from secdesk.domain.importing.fates import Outcome
from secdesk.services import carriers
from secdesk.gui.shell import label_print
from secdesk.gui.transfer.fates_model import COLOURS
from secdesk.gui.transfer.import_wizard import ImportWizard
from secdesk.gui.transfer.mapping_memory import MappingMemory
from tests.importing_books import generated_rows, messy_register, write_book

GOOD_ID = "11010519491231002X"


@pytest.fixture
def clerk(staffed_vault):
    staffed_vault.close()
    return staffed_vault.sign_in("clerk1")


@pytest.fixture
def memory(tmp_path):
    return MappingMemory(tmp_path / "mappings.ini")


def open_wizard(qtbot, worker, session, memory, path, kind="register") -> ImportWizard:
    wizard = ImportWizard(worker, session, kind, memory=memory)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.file_page.isComplete()
    return wizard


def to_mapping(qtbot, wizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.mapping_page.busy, timeout=10000)


def to_dry_run(qtbot, wizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.dry_run_page
    qtbot.waitUntil(lambda: wizard.dry_run_page.result is not None, timeout=30000)


def to_result(qtbot, wizard, timeout=20000) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.import_page
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=timeout)


def combo_fields(wizard) -> dict[int, str]:
    return wizard.mapping_page.mapping()


def test_the_wizard_walks_every_page_of_a_messy_workbook(qtbot, worker, clerk, memory, tmp_path, monkeypatch):
    book = messy_register(tmp_path / "台账2019.xlsx")
    wizard = open_wizard(qtbot, worker, clerk, memory, book)
    qtbot.waitUntil(lambda: wizard.file_page.sheet_combo.count() == 3)  # (first with headings), 2019年, 说明
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert page.columns.sheet == "2019年" and page.columns.header_row == 3
    assert combo_fields(wizard) == {0: "seq", 1: "title", 2: "doc_no", 3: "level", 4: "term", 5: "copies",
                                    6: "ctype", 7: "extent", 8: "old_number", 9: "issue_date", 10: "scope",
                                    11: "origin_unit", 12: "location"}
    assert page.table.item(1, 1).text() == "文件名称" and "关于开展保密检查的通知" in page.table.item(1, 2).text()
    to_dry_run(qtbot, wizard)
    dry = wizard.dry_run_page
    fates = {f.row_no: f.outcome for f in dry.model.rows}
    assert fates[4] is Outcome.IMPORT and fates[7] is Outcome.ERROR and fates[13] is Outcome.SKIP
    error_row = [f.row_no for f in dry.model.rows].index(7)
    assert "密级：“顶级”无法识别" in dry.model.index(error_row, 3).data()
    assert dry.model.index(error_row, 1).data() == "错误"
    assert dry.model.index(error_row, 0).data(role=8).color().name() == COLOURS[Outcome.ERROR]  # BackgroundRole
    assert "将建立 7 件" in dry.totals.text() and carriers.page(clerk, carriers_query()) == []
    assert not dry.isComplete() and dry.skip_box.isVisible() and "1" in dry.message.text()
    dry.show_combo.setCurrentIndex(dry.show_combo.findData("错误"))
    assert dry.filter.rowCount() == 1
    dry.skip_box.setChecked(True)
    assert dry.isComplete()
    to_result(qtbot, wizard)
    assert wizard.result.written and len(carriers.page(clerk, carriers_query())) == 7
    numbers = wizard.new_numbers()
    assert len(numbers) == 7 and wizard.result_page.print_button.isEnabled()
    assert "7" in wizard.result_page.print_button.text()
    printed = []
    monkeypatch.setattr(label_print.LabelPrintDialog, "exec", lambda self: printed.append(self.numbers))
    wizard.result_page.print_button.click()
    assert printed == [numbers]


def carriers_query():
    from secdesk.domain.carriers.query import RegisterQuery
    return RegisterQuery()


def test_a_changed_mapping_takes_effect_and_is_remembered(qtbot, worker, clerk, memory, tmp_path):
    book = messy_register(tmp_path / "台账.xlsx")
    wizard = open_wizard(qtbot, worker, clerk, memory, book)
    to_mapping(qtbot, wizard)
    combos = wizard.mapping_page.combos
    combos[8].setCurrentIndex(combos[8].findData("doc_no"))  # 编号 holds the 文号 in this unit's book
    assert not wizard.mapping_page.isComplete() and "文号或编号" in wizard.mapping_page.message.text()
    combos[2].setCurrentIndex(combos[2].findData(""))  # and the 文号 column is not imported
    assert wizard.mapping_page.isComplete() and not wizard.mapping_page.message.text()
    to_dry_run(qtbot, wizard)
    first = next(f for f in wizard.dry_run_page.model.rows if f.row_no == 4)
    assert first.drafts[0].doc_no == "2019-001" and first.old_number == ""
    wizard.close()
    again = open_wizard(qtbot, worker, clerk, memory, tmp_path / "台账.xlsx")
    to_mapping(qtbot, again)
    assert combo_fields(again)[8] == "doc_no" and 2 not in combo_fields(again)


def test_a_missing_required_column_is_said_and_blocks_the_step(qtbot, worker, clerk, memory, tmp_path):
    wizard = open_wizard(qtbot, worker, clerk, memory, messy_register(tmp_path / "台账.xlsx"))
    to_mapping(qtbot, wizard)
    wizard.mapping_page.combos[3].setCurrentIndex(0)  # 密级 not imported
    assert not wizard.mapping_page.isComplete() and "密级" in wizard.mapping_page.message.text()


def test_a_file_without_headings_is_refused_on_the_mapping_page(qtbot, worker, clerk, memory, tmp_path):
    book = write_book(tmp_path / "乱.xlsx", [["a", "b"]], head=["甲", "乙"], title=None)
    wizard = open_wizard(qtbot, worker, clerk, memory, book)
    to_mapping(qtbot, wizard)
    assert not wizard.mapping_page.isComplete() and "表头" in wizard.mapping_page.message.text()


def test_importing_the_same_file_again_shows_already_imported(qtbot, worker, clerk, memory, tmp_path):
    book = messy_register(tmp_path / "台账.xlsx")
    wizard = open_wizard(qtbot, worker, clerk, memory, book)
    to_mapping(qtbot, wizard)
    to_dry_run(qtbot, wizard)
    wizard.dry_run_page.skip_box.setChecked(True)
    to_result(qtbot, wizard)
    wizard.close()
    again = open_wizard(qtbot, worker, clerk, memory, book)
    to_mapping(qtbot, again)
    to_dry_run(qtbot, again)
    dry = again.dry_run_page
    assert dry.result.totals["已导入"] == 5 and not dry.isComplete()
    done = next(i for i, f in enumerate(dry.model.rows) if f.row_no == 4)
    assert dry.model.index(done, 1).data() == "已导入" and "BMS-" in dry.model.index(done, 4).data()
    dry.skip_box.setChecked(True)
    assert not dry.isComplete() and dry.message.text()  # nothing new to import


def test_ten_thousand_rows_import_while_the_window_keeps_running(qtbot, worker, clerk, memory, tmp_path):
    book = write_book(tmp_path / "万行.xlsx", generated_rows(10_000))
    wizard = open_wizard(qtbot, worker, clerk, memory, book)
    to_mapping(qtbot, wizard)
    to_dry_run(qtbot, wizard)
    assert wizard.dry_run_page.isComplete()
    ticks, steps = [], []
    timer = QTimer(interval=20, timeout=lambda: ticks.append(time.monotonic()))
    wizard.import_page.relay.progressed.connect(lambda done, total: steps.append(done))
    timer.start()
    to_result(qtbot, wizard, timeout=240_000)
    timer.stop()
    assert wizard.result.written and len(steps) >= 40 and steps[-1] == 10_000
    assert len(ticks) >= 20  # the event loop ran all along (a frozen window ticks once at the end)
    assert max(b - a for a, b in zip(ticks, ticks[1:])) < 1.0  # here: about 0.1 s at worst


def test_cancelling_the_import_writes_nothing(qtbot, worker, clerk, memory, tmp_path, monkeypatch):
    book = write_book(tmp_path / "千行.xlsx", generated_rows(1_000))
    wizard = open_wizard(qtbot, worker, clerk, memory, book)
    to_mapping(qtbot, wizard)
    to_dry_run(qtbot, wizard)
    wizard.next()
    wizard.reject()  # closing while it runs asks it to stop
    qtbot.waitUntil(lambda: not wizard.import_page.busy, timeout=60000)
    assert wizard.currentPage() is wizard.import_page and wizard.result is None
    assert "nothing was written" in wizard.import_page.status.text().lower() or "未写入" in wizard.import_page.status.text()
    assert carriers.page(clerk, carriers_query()) == []


def test_the_officer_imports_a_roster_through_the_same_wizard(qtbot, worker, staffed_vault, memory, tmp_path,
                                                               monkeypatch):
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    head = ["序号", "姓名", "部门", "涉密等级", "身份证号码", "岗位"]
    rows = [[1, "张三", "办公室", "核心", GOOD_ID, "机要员"], [2, "李四", "办公室", "重要", "110105194912310021", ""]]
    book = write_book(tmp_path / "名册.xlsx", rows, head, title="涉密人员名册")
    wizard = open_wizard(qtbot, worker, officer, memory, book, kind="personnel")
    to_mapping(qtbot, wizard)
    assert not wizard.mapping_page.combos[1].isEnabled() and combo_fields(wizard)[1] == "name"
    to_dry_run(qtbot, wizard)
    assert {f.row_no: f.outcome for f in wizard.dry_run_page.model.rows} == {3: Outcome.IMPORT, 4: Outcome.ERROR}
    wizard.dry_run_page.skip_box.setChecked(True)
    to_result(qtbot, wizard)
    badges = wizard.new_numbers()
    assert len(badges) == 1 and badges[0].startswith("BMS-P")
    shown = []
    monkeypatch.setattr(label_print.BadgePrintDialog, "exec", lambda self: shown.append(self.numbers))
    wizard.result_page.print_button.click()
    assert shown == [badges]
