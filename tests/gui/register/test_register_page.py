"""The register page: registering through the dialog, field-level refusals, search as
you type, sorting, history, and nothing shown once locked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft, CarrierType
from secdesk.domain.carriers.terms import Term
from secdesk.domain.lifecycle.rules import BatchState
from secdesk.services import carriers, missing
from secdesk.gui.register.carrier_dialog import CarrierDialog
from secdesk.gui.shell.main_window import MainWindow
from secdesk.gui.register.to_destruction import ToDestructionDialog

NOTICE = CarrierDraft(title="关于开展保密检查工作的通知", level=Level.CONFIDENTIAL,
                      ctype=CarrierType.PAPER, term=Term.years(10), issue_date=date(2026, 11, 1),
                      origin_unit="市国家保密局", location="A柜1层")


@pytest.fixture
def clerk_window(qtbot, worker, staffed_vault, network):
    staffed_vault.close()
    session = staffed_vault.sign_in("clerk1")
    carriers.register(session, NOTICE)
    carriers.register(session, replace(NOTICE, title="年度保密工作要点", location="B柜"))
    window = MainWindow(worker, session, network[1])
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(0)
    page = window.register_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.model.total == 2, timeout=5000)
    return window


def test_the_register_lists_every_carrier_with_its_marking(clerk_window):
    """The clerk sees both carriers, newest first, with the derived marking and the total."""
    page = clerk_window.register_page
    titles = [page.model.carrier(r).draft.title for r in range(2)]
    assert titles == ["年度保密工作要点", "关于开展保密检查工作的通知"]
    marking_column = [page.model.headers.index(h) for h in page.model.headers if h == "密级"][0]
    assert page.model.index(0, marking_column).data() == "秘密★10年"
    assert "2" in page.ui.countLabel.text()


def test_search_as_you_type_narrows_the_table(qtbot, clerk_window):
    """Typing part of a Chinese title leaves only the matching carrier."""
    page = clerk_window.register_page
    page.ui.searchEdit.insert("工作要点")  # as an input method commits it
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.carrier(0).draft.title == "年度保密工作要点"


def test_clicking_a_heading_sorts_the_whole_register(qtbot, clerk_window):
    """Sorting by 存放位置 asks the database for that order."""
    page = clerk_window.register_page
    column = page.model.headers.index("存放位置")
    page.ui.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.model.query.sort.value == "location", timeout=5000)
    assert [page.model.carrier(r).draft.location for r in range(2)] == ["A柜1层", "B柜"]


def test_the_dialog_registers_copies_and_marks_a_bad_field(qtbot, worker, clerk_window):
    """A term over the maximum is shown at the term field; fixed, three copies are registered."""
    dialog = CarrierDialog(worker, clerk_window.session, parent=clerk_window)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("国防科研项目实施方案")
    dialog.ui.levelCombo.setCurrentIndex(dialog.ui.levelCombo.findData("机密"))
    dialog.ui.termEdit.setText("25年")
    assert "不得超过20年" in dialog.ui.markingLabel.text()
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.text() != "", timeout=5000)
    assert "保密期限" in dialog.ui.messageLabel.text()
    assert "b00020" in dialog.ui.termEdit.styleSheet()
    dialog.ui.termEdit.setText("20年")
    assert dialog.ui.markingLabel.text() == "机密★20年"
    dialog.ui.copiesSpin.setValue(3)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert [c.copy_text for c in dialog.result_carriers] == ["第1份 共3份", "第2份 共3份", "第3份 共3份"]


def test_a_self_made_carrier_is_registered_with_its_basis_and_classifier(qtbot, worker, clerk_window):
    """定密依据 and 定密责任人 are asked for a self-made carrier (not for one received) and kept."""
    dialog = CarrierDialog(worker, clerk_window.session, parent=clerk_window)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("本单位年度保密工作总结")
    assert not dialog.ui.basisEdit.isEnabled() and not dialog.ui.classifierEdit.isEnabled()
    dialog.ui.sourceCombo.setCurrentIndex(dialog.ui.sourceCombo.findData("自制"))
    assert dialog.ui.basisEdit.isEnabled() and dialog.ui.classifierEdit.isEnabled()
    dialog.ui.basisEdit.setText("保密事项范围第5项")
    dialog.ui.classifierEdit.setText("李主任")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    (made,) = dialog.result_carriers
    assert (made.draft.basis, made.draft.classifier) == ("保密事项范围第5项", "李主任")


def test_selecting_a_carrier_shows_its_history(qtbot, clerk_window):
    """The history pane lists the registration and later edits from the audit chain."""
    page = clerk_window.register_page
    carrier = page.model.carrier(1)
    clerk_window.worker.run_now(carriers.edit, clerk_window.session, carrier.number, {"location": "C柜"})
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.ui.table.selectRow(1)
    qtbot.waitUntil(lambda: "存放位置" in page.ui.historyView.toPlainText(), timeout=5000)
    text = page.ui.historyView.toPlainText()
    assert "登记载体" in text and "修改载体信息" in text and "C柜" in text


def test_locking_empties_the_register(qtbot, clerk_window):
    """Once the screen locks no carrier stays in the table."""
    clerk_window.lock()
    assert clerk_window.register_page.model.rowCount() == 0


def test_selected_carriers_go_on_a_new_destruction_batch_and_the_window_opens_it(qtbot, clerk_window, monkeypatch):
    """列入销毁批次: both selected carriers on a new draft; asked, the window shows the batch."""
    page = clerk_window.register_page
    page.ui.table.selectAll()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes))

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ToDestructionDialog) and dialog.batch.currentData() == ""  # no draft yet
        dialog.ok()

    QTimer.singleShot(100, choose)
    qtbot.mouseClick(page.ui.destroyButton, Qt.MouseButton.LeftButton)
    assert "已将2件载体列入销毁批次XH-" in asked[0]
    tab = clerk_window.lifecycle_page.destruction
    qtbot.waitUntil(lambda: tab.batch is not None and tab.table.rowCount() == 2, timeout=5000)
    assert tab.isVisible() and tab.batch.state is BatchState.DRAFT


def test_after_a_marking_change_the_history_shows_the_old_marking_struck_through(qtbot, worker, clerk_window,
                                                                                 staffed_vault):
    """定密变更 by the officer; the clerk's history pane shows 秘密★10年 struck through → 秘密★5年."""
    page = clerk_window.register_page
    number = page.model.carrier(1).number
    clerk_window.lock()

    def officer_changes_the_term():  # on the worker, the only thread that touches the vault
        staffed_vault.close()
        officer = staffed_vault.sign_in("officer1")
        carriers.reclassify(officer, number, Level.CONFIDENTIAL, Term.years(5), "保密期限变更", "定审〔2026〕4号")
        staffed_vault.close()
        return staffed_vault.sign_in("clerk1")

    page.set_session(worker.wait_for(officer_changes_the_term))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.ui.table.selectRow(1)
    qtbot.waitUntil(lambda: "定审" in page.ui.historyView.toPlainText(), timeout=5000)
    html = page.ui.historyView.toHtml()
    struck = html.split("line-through")[1]
    assert struck.index("秘密★10年") < struck.index("秘密★5年")


def test_a_missing_carrier_stands_out_in_red_and_bold(qtbot, clerk_window):
    page = clerk_window.register_page
    number = page.model.carrier(0).number
    clerk_window.worker.run_now(missing.mark_missing, clerk_window.session, number)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.model.carrier(0).state.value == "下落不明",
                    timeout=5000)
    state = page.model.headers.index("状态")
    assert page.model.index(0, state).data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    assert page.model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert page.model.index(1, state).data(Qt.ItemDataRole.ForegroundRole) is None  # 在库: plain


def test_a_top_secret_loan_not_back_by_the_evening_is_red_in_the_register(qtbot, worker, staffed_vault):
    """The same evening, the register's state column says 借出（逾期） in red."""
    from datetime import datetime, time

    from secdesk.domain import clock
    from secdesk.domain.carriers.query import RegisterQuery
    from secdesk.gui.register.register_model import COLUMNS, RegisterModel
    from secdesk.services import lending
    from secdesk.services.lending import Approval
    from tests.lending_world import build_world

    world = build_world(staffed_vault)
    today = clock.now().date()
    with clock.replaced(lambda: datetime.combine(today, time(9, 0)).astimezone()):
        lending.lend(world.clerk, world.number("top"), world.badge("core"), Approval(world.badge("head"), "A"))
    state = [i for i, c in enumerate(COLUMNS) if c[0] == "State"][0]
    for hour, expected in ((10, "借出"), (19, "借出（逾期）")):
        with clock.replaced(lambda: datetime.combine(today, time(hour, 0)).astimezone()):
            model = RegisterModel(worker)
            model.reload(world.clerk, RegisterQuery())
            qtbot.waitUntil(lambda: model.rowCount() == len(world.carriers), timeout=5000)
            row = next(r for r in range(model.rowCount()) if model.carrier(r).number == world.number("top"))
            index = model.index(row, state)
            assert model.data(index, Qt.ItemDataRole.DisplayRole) == expected
            red = model.data(index, Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
            assert red is (hour == 19)
