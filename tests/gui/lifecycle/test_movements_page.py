"""The movements page driven as the clerk and the officer drive it: copying, carrying out,
transfer with its receipt, and the declassification review."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from secdesk.domain import clock
from secdesk.domain.carriers.model import State
from secdesk.domain.carriers.terms import Term
from secdesk.services import carriers
from secdesk.gui.lifecycle import copying_tab, movements_page, outings_tab, review_tab, transfers_tab
from secdesk.gui.lifecycle.copying_tab import CopyTab
from secdesk.gui.lifecycle.outings_tab import BringBackDialog, OutingTab, outing_state
from secdesk.gui.lifecycle.review_tab import DeclassifyDialog, ReviewTab
from secdesk.gui.lifecycle.transfers_tab import ReceiptDialog, TransferTab
from secdesk.gui.shell.messages import error_text
from secdesk.gui.register.register_page import ReclassifyDialog
from secdesk.gui.lending.station_dialogs import ApprovalDialog
from secdesk.storage.movements import OutingItemRow, OutingRow
from tests.lending_world import BASE, build_world


@pytest.fixture
def errors(monkeypatch):
    """What would have been shown in a message box (a box would block the test)."""
    shown: list[str] = []
    for tab_module in (copying_tab, movements_page, outings_tab, review_tab, transfers_tab):
        monkeypatch.setattr(tab_module, "show_error",
                            lambda parent, exc: shown.append(error_text(exc)))
    return shown


@pytest.fixture
def world(staffed_vault, errors):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


def open_tab(qtbot, tab, session):
    qtbot.addWidget(tab)
    tab.set_session(session)
    tab.resize(1200, 650)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def when_shown(kind, answer, tries: int = 100) -> None:
    """Answer the modal dialog of ``kind`` as soon as it is open (it may open only after
    a call on the worker has come back)."""

    def poll(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            answer(dialog)
        elif left:
            QTimer.singleShot(50, lambda: poll(left - 1))

    QTimer.singleShot(50, poll)


def people_loaded(qtbot, *fields) -> None:
    qtbot.waitUntil(lambda: all(f.count() > 0 for f in fields), timeout=5000)


def add_number(qtbot, numbers, number: str) -> None:
    before = numbers.list.count()
    numbers.edit.setText(number)
    numbers.add_entered()
    qtbot.waitUntil(lambda: numbers.list.count() == before + 1, timeout=5000)


# -- copying -------------------------------------------------------------------------------


def fill_copy(tab, world, approver: bool = True) -> None:
    tab.source_edit.setText(world.number("secret"))
    tab.copies_spin.setValue(2)
    tab.purpose_edit.setText("会议学习")
    tab.maker_edit.setText("本单位保密室")
    tab.applicant.set_badge(world.badge("core"))
    if approver:
        tab.approver.set_badge(world.badge("head"))
        tab.reference_edit.setText("审批-9")


def test_two_copies_continue_the_copy_numbers_and_can_be_labelled(qtbot, worker, world, errors):
    tab = open_tab(qtbot, CopyTab(worker), world.clerk)
    people_loaded(qtbot, tab.applicant, tab.approver)
    fill_copy(tab, world)
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "第4份" in tab.result.text(), timeout=5000)
    assert "第3份" in tab.result.text() and errors == []
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    job = tab.selected()
    assert job is not None and len(job.carrier_numbers) == 2
    assert tab.table.item(0, 5).text() == "2份（第3-4份）"
    assert tab.labels_button.isEnabled() and tab.record_button.isEnabled()
    made = [carriers.find(world.clerk, n) for n in job.carrier_numbers]
    assert [c.copy_text for c in made] == ["第3份 共4份", "第4份 共4份"]
    assert tab.source_edit.text() == "" and tab.maker_edit.text() == "本单位保密室"


def test_a_missing_approval_is_asked_for_and_the_copy_is_made(qtbot, worker, world, errors):
    tab = open_tab(qtbot, CopyTab(worker), world.clerk)
    people_loaded(qtbot, tab.applicant, tab.approver)
    fill_copy(tab, world, approver=False)

    def answer(dialog):
        dialog.approver.setCurrentIndex(dialog.approver.findData(world.badge("head")))
        dialog.reference.setText("审批-10")
        dialog.accept()

    when_shown(ApprovalDialog, answer)
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "第4份" in tab.result.text(), timeout=5000)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    assert tab.jobs[0].approval_ref == "审批-10" and tab.jobs[0].approver == "李主任"


def test_a_refusal_is_shown_and_nothing_is_registered(qtbot, worker, world, errors):
    tab = open_tab(qtbot, CopyTab(worker), world.clerk)
    people_loaded(qtbot, tab.applicant)
    fill_copy(tab, world)
    tab.source_edit.setText(world.number("top"))
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "不允许复制" in errors[0] and "不允许复制" in tab.result.text()
    assert tab.register_button.isEnabled() and tab.table.rowCount() == 0


def test_read_only_roles_see_the_list_without_the_form(qtbot, worker, world):
    world.handle.close()
    auditor = world.handle.sign_in("auditor1")
    tab = open_tab(qtbot, CopyTab(worker), auditor)
    assert tab.form_box.isHidden() and tab.labels_button.isHidden() and not tab.record_button.isHidden()


# -- carrying out --------------------------------------------------------------------------


def fill_outing(qtbot, tab, world, key: str) -> None:
    people_loaded(qtbot, tab.person, tab.approver)
    add_number(qtbot, tab.numbers, world.number(key))
    tab.person.set_badge(world.badge("core"))
    tab.destination_edit.setText("市保密局会议室")
    tab.purpose_edit.setText("汇报工作")
    tab.approver.set_badge(world.badge("head"))
    tab.reference_edit.setText("审批-11")


def test_a_carrier_carried_out_is_listed_open_and_bring_back_returns_it(qtbot, worker, world, errors):
    tab = open_tab(qtbot, OutingTab(worker), world.clerk)
    assert tab.return_edit.date().toPython() == clock.now().date() + timedelta(days=1)
    fill_outing(qtbot, tab, world, "confidential")
    qtbot.mouseClick(tab.carry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    assert errors == []
    assert tab.table.item(0, 1).text() == world.number("confidential")
    assert tab.table.item(0, 5).text() == "外出"
    assert carriers.find(world.clerk, world.number("confidential")).state is State.OUT
    assert tab.selected() is not None and tab.back_button.isEnabled() and tab.numbers.list.count() == 0

    when_shown(BringBackDialog, lambda dialog: dialog._answer(True))
    qtbot.mouseClick(tab.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=5000)  # the open list is empty
    assert carriers.find(world.clerk, world.number("confidential")).state is State.IN_ROOM
    tab.filter.setCurrentIndex(tab.filter.findData("all"))
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    assert tab.table.item(0, 5).text() == "已带回" and errors == []


def test_top_secret_is_refused_in_the_tab_and_no_consent_is_asked(qtbot, worker, world, errors):
    """绝密级的不准借出机要室: the tab shows the refusal; no officer's consent is offered."""
    tab = open_tab(qtbot, OutingTab(worker), world.clerk)
    fill_outing(qtbot, tab, world, "top")
    qtbot.mouseClick(tab.carry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert QApplication.activeModalWidget() is None and "不准携带外出" in errors[0]  # no consent asked
    assert tab.table.rowCount() == 0
    assert carriers.find(world.clerk, world.number("top")).state is State.IN_ROOM


def test_a_damaged_carrier_needs_a_note_before_it_is_taken_back():
    dialog = BringBackDialog("back?")
    dialog._answer(False)
    assert dialog.whole is None and dialog.result() == 0  # still open, note outlined
    dialog.note.setText("外壳破损")
    dialog._answer(False)
    assert dialog.whole is False


def test_outing_states():
    today = date(2026, 5, 10)

    def item(back: bool, whole=None):
        return OutingItemRow(1, "X", "秘密", "秘密★10年", "纸介质", None, None, "2026-05-09T10:00" if back else None,
                             whole, "")

    row = OutingRow(1, "WC-2026-001", 1, "张红", "B", "办公室", "会议室", "汇报", date(2026, 5, 8), "", "", "", "",
                    "2026-05-01T09:00", "clerk1", None, (item(False), item(True, True)))
    assert outing_state(row, today) == "逾期2天"
    assert outing_state(replace(row, return_on=date(2026, 5, 12)), today) == "外出（已带回1/2）"
    closed = replace(row, closed_at="2026-05-09", items=(item(True, True), item(True, False)))
    assert outing_state(closed, today) == "已带回（有异常）"


# -- transfer and return -------------------------------------------------------------------


def test_a_transfer_shows_receipt_outstanding_until_it_is_recorded(qtbot, worker, world, errors):
    tab = open_tab(qtbot, TransferTab(worker), world.clerk)
    add_number(qtbot, tab.numbers, world.number("internal"))
    tab.unit_edit.setText("市档案馆")
    tab.receiver_edit.setText("周接收")
    tab.handed_edit.setText("王保密")
    tab.witness_edit.setText("李主任")
    qtbot.mouseClick(tab.hand_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    assert errors == []
    assert tab.table.item(0, 6).text() == "回执未回"
    assert tab.table.item(0, 6).foreground().color().name() == "#b00020"
    assert tab.selected() is not None and tab.form_button.isEnabled() and tab.receipt_button.isEnabled()
    assert carriers.find(world.clerk, world.number("internal")).state is State.TRANSFERRED

    def receipt(dialog):
        dialog.note.setText("接收人已签收")
        dialog.submit()

    when_shown(ReceiptDialog, receipt)
    qtbot.mouseClick(tab.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=5000)  # no receipt outstanding
    tab.filter.setCurrentIndex(tab.filter.findData("all"))
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    assert tab.table.item(0, 6).text() == clock.now().date().isoformat() and errors == []


def test_a_return_names_the_returner_and_a_missing_receiver_is_refused(qtbot, worker, world, errors):
    tab = open_tab(qtbot, TransferTab(worker), world.clerk)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("清退"))
    assert tab.handed_label.text() != ""
    add_number(qtbot, tab.numbers, world.number("confidential"))
    tab.unit_edit.setText("上级机关")
    qtbot.mouseClick(tab.hand_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "接收人" in errors[0] and "border" in tab.unit_edit.styleSheet()
    assert tab.numbers.numbers() == (world.number("confidential"),)  # the form is kept to correct


# -- declassification review ---------------------------------------------------------------


@pytest.fixture
def ended(world):
    """A 秘密 carrier issued 2024-01-01 with a one-year term: due for review."""
    (carrier,) = carriers.register(world.clerk, replace(BASE, title="到期文件", issue_date=date(2024, 1, 1),
                                                        term=Term.years(1)))
    world.handle.close()
    return carrier


def test_the_auditor_sees_the_ended_term_but_no_declassify_button(qtbot, worker, world, ended):
    auditor = world.handle.sign_in("auditor1")
    tab = open_tab(qtbot, ReviewTab(worker), auditor)
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 1, timeout=5000)
    numbers = [tab.table.item(i, 0).text() for i in range(tab.table.rowCount())]
    row = numbers.index(ended.number)
    assert tab.table.item(row, 1).text() == "秘密★1年"
    assert tab.table.item(row, 3).text() == "2024-01-01" and tab.table.item(row, 4).text() == "2025-01-01"
    assert tab.declassify_button.isHidden() and tab.reclassify_button.isHidden()


def test_the_officer_declassifies_and_the_carrier_leaves_the_list(qtbot, worker, world, ended, errors):
    officer = world.handle.sign_in("officer1")
    tab = open_tab(qtbot, ReviewTab(worker), officer)
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 1, timeout=5000)
    assert not tab.declassify_button.isHidden()
    tab.table.selectRow([c.number for c in tab.carriers].index(ended.number))

    def decide(dialog):
        dialog.basis.setText("保密期限已满")
        dialog.reference.setText("解密-1")
        dialog.submit()

    when_shown(DeclassifyDialog, decide)
    qtbot.mouseClick(tab.declassify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended.number not in [c.number for c in tab.carriers], timeout=5000)
    assert carriers.find(officer, ended.number).marking == "内部"
    assert "内部" in tab.result.text() and errors == []


def test_the_officer_extends_the_term(qtbot, worker, world, ended, errors, message_boxes):
    officer = world.handle.sign_in("officer1")
    tab = open_tab(qtbot, ReviewTab(worker), officer)
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 1, timeout=5000)
    tab.table.selectRow([c.number for c in tab.carriers].index(ended.number))

    def decide(dialog):
        dialog.ui.termEdit.setText("5年")
        assert dialog.ui.markingLabel.text() == "秘密★5年"
        dialog.ui.basisEdit.setText("仍需保密")
        dialog.ui.refEdit.setText("定密-2")
        dialog.submit()

    when_shown(ReclassifyDialog, decide)
    qtbot.mouseClick(tab.reclassify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended.number not in [c.number for c in tab.carriers], timeout=5000)
    assert carriers.find(officer, ended.number).marking == "秘密★5年" and errors == []
    qtbot.waitUntil(lambda: "秘密★5年" in tab.result.text(), timeout=5000)
    assert any(ended.number in m and "保密员重印" in m for m in message_boxes)  # the officer prints no labels


# -- size ------------------------------------------------------------------------------------


def test_every_tab_fits_a_page_of_1200_by_650(qtbot, worker, world):
    for kind in (CopyTab, OutingTab, TransferTab, ReviewTab):
        tab = kind(worker)
        qtbot.addWidget(tab)
        tab.set_session(world.clerk)
        hint = tab.minimumSizeHint()
        assert hint.width() < 1200 and hint.height() < 650, (kind.__name__, hint)
