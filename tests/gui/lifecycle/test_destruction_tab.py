"""The destruction tab driven as the clerk and the officer drive it: a new batch, its
details, carriers scanned in (a lent one refused with its reason), the officer's approval,
the record of the destruction with two 监销人 — and the carriers are 已销毁."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from secdesk.domain.carriers.model import State
from secdesk.domain.lifecycle.rules import BatchState
from secdesk.services import carriers, lending
from secdesk.services.lending import Approval
from secdesk.gui.lifecycle.destruction_dialogs import ApproveDialog, ExecuteDialog
from secdesk.gui.lifecycle.destruction_page import DestructionTab
from tests.lending_world import build_world


@pytest.fixture
def desk(qtbot, worker, staffed_vault, message_boxes):
    world = build_world(staffed_vault)
    world.handle = staffed_vault
    tab = DestructionTab(worker)
    qtbot.addWidget(tab)
    tab.set_session(world.clerk)
    tab.resize(1200, 650)
    tab.show()
    qtbot.waitExposed(tab)
    tab.shown = message_boxes
    return world, tab


def switch(world, tab, name: str) -> None:
    tab.worker.wait_for(lambda: None)
    world.handle.close()
    world.clerk = world.handle.sign_in(name)
    tab.set_session(world.clerk)


def draft_batch(qtbot, world, tab) -> str:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.batch is not None and tab.batch.state is BatchState.DRAFT, timeout=5000)
    tab.dept.setText("办公室")
    tab.applicant.setText("王保密")
    tab.reason.setText("已过保管期限")
    tab.place.setText("保密室碎纸机")
    tab.destroyer.setText("王保密")
    for key in ("head", "core"):
        tab.supervisor_pick.setCurrentIndex(tab.supervisor_pick.findData(world.badge(key)))
        tab._add_supervisor()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.batch.supervisors) == 2 or bool(tab.shown), timeout=5000)
    assert not tab.shown
    return tab.batch.number


def test_a_batch_from_draft_to_destroyed(qtbot, desk):
    world, tab = desk
    lent = world.number("confidential2")
    lending.lend(world.clerk, lent, world.badge("general"), Approval(world.badge("head"), "审批-1"))
    number = draft_batch(qtbot, world, tab)
    assert not tab.approve_button.isVisible()  # the clerk does not approve
    tab.scan.setText(f"{world.number('confidential')} {world.number('internal')} {lent}")
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2 and tab.refusals.text() != "", timeout=5000)
    assert "孙丽" in tab.refusals.text() and "须先归还" in tab.refusals.text()
    assert "纸介质 1份" in tab.totals.text() and "U盘 1个" in tab.totals.text()

    switch(world, tab, "officer1")
    tab.load(number)
    qtbot.waitUntil(lambda: tab.batch is not None and tab.batch.number == number, timeout=5000)
    assert tab.approve_button.isVisible() and tab.approve_button.isEnabled()
    assert not tab.execute_button.isVisible()

    def approve():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ApproveDialog)
        dialog.reference.setText("保销审〔2026〕3号")
        dialog.ok()

    QTimer.singleShot(100, approve)
    tab.approve()
    assert tab.batch.state is BatchState.APPROVED and "已批准" in tab.title.text()

    switch(world, tab, "clerk1")
    tab.load(number)
    qtbot.waitUntil(lambda: tab.batch is not None and tab.execute_button.isEnabled(), timeout=5000)

    def execute():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExecuteDialog)
        assert [r.person.currentData() for r in dialog.rows] == [world.badge("head"), world.badge("core")]
        dialog.ok()  # both "signed the paper form" (the default)

    QTimer.singleShot(100, execute)
    tab.execute()
    assert tab.batch.state is BatchState.EXECUTED
    assert {carriers.find(world.clerk, n).state for n in (world.number("confidential"), world.number("internal"))} \
        == {State.DESTROYED}
    assert not tab.scan.isEnabled() and not tab.cancel_button.isEnabled()


def test_execution_with_one_supervisor_stays_open_with_the_reason(qtbot, desk):
    world, tab = desk
    number = draft_batch(qtbot, world, tab)
    tab.scan.setText(world.number("internal"))
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    switch(world, tab, "officer1")
    tab.load(number)
    qtbot.waitUntil(lambda: tab.batch is not None and tab.approve_button.isEnabled(), timeout=5000)
    QTimer.singleShot(100, lambda: (QApplication.activeModalWidget().reference.setText("审-2"),
                                    QApplication.activeModalWidget().ok()))
    tab.approve()
    switch(world, tab, "clerk1")
    tab.load(number)
    qtbot.waitUntil(lambda: tab.batch is not None and tab.execute_button.isEnabled(), timeout=5000)
    seen = {}

    def execute():
        dialog = QApplication.activeModalWidget()
        dialog.rows[1].person.setCurrentIndex(dialog.rows[0].person.currentIndex())  # the same person twice
        dialog.ok()
        qtbot.waitUntil(lambda: dialog.isEnabled(), timeout=5000)
        seen["message"] = dialog.errors.message.text()
        dialog.reject()

    QTimer.singleShot(100, execute)
    tab.execute()
    assert "重复" in seen["message"]
    assert carriers.find(world.clerk, world.number("internal")).state is State.IN_ROOM


def test_with_no_batch_chosen_the_details_are_empty_not_dated_2000(qtbot, desk):
    """Opened with no batch, the disabled form shows no planned date (it showed 2000-01-01)
    and keeps nothing of a batch shown before."""
    world, tab = desk
    assert tab.batch is None
    assert tab.planned.text().strip() == ""
    draft_batch(qtbot, world, tab)
    tab._show(None)
    assert tab.planned.text().strip() == "" and tab.place.text() == "" and tab.supervisors.count() == 0
