"""The 清点 page driven as the clerk, the officer and the auditor drive it: a cabinet
counted scan by scan, the session finished by two 清查人 with the rest 下落不明, the missing
list with its days left and an incident closed by the officer, and an inspection's problem
taken from notice to report to a passed re-check."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from secdesk.domain import clock
from secdesk.domain.carriers.model import State
from secdesk.domain.inventory.reconcile import Outcome, ScopeKind
from secdesk.services import carriers, inventory, missing
from secdesk.services.inspections import Kind
from secdesk.gui.shell import widgets
from secdesk.gui.inventory.incidents_dialogs import CloseIncidentDialog, IncidentReportDialog, MissingDialog
from secdesk.gui.inventory.incidents_tab import IncidentsTab
from secdesk.gui.inventory.inspections_dialogs import InspectionDialog, NoticeDialog, RecheckDialog, RectificationReportDialog
from secdesk.gui.inventory.inspections_tab import InspectionsTab
from secdesk.gui.inventory.inventory_dialogs import FinishDialog, NewInventoryDialog
from secdesk.gui.inventory.inventory_page import InventoryPage
from secdesk.gui.inventory.inventory_tab import InventoryTab
from tests.lending_world import BASE, build_world
from tests.scanner import scanner, when_open  # noqa: F401 (a fixture)


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    for key in ("a1", "a2", "a3"):
        (w.carriers[key],) = carriers.register(w.clerk, replace(BASE, title=f"柜中文件{key}", location="A柜"))
    return w


def open_tab(qtbot, tab, session):
    qtbot.addWidget(tab)
    tab.set_session(session)
    tab.resize(1000, 650)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def switch(world, tab, name: str) -> None:
    """One session at a time: the worker drained, the vault closed, the next one signed in."""
    tab.worker.wait_for(lambda: None)
    world.handle.close()
    world.clerk = world.handle.sign_in(name)
    tab.set_session(world.clerk)


def when_shown(kind, answer, tries: int = 100) -> None:
    """Answer the modal dialog of ``kind`` as soon as it is open."""

    def poll(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            try:
                answer(dialog)
            except BaseException:
                dialog.reject()  # a failed check must not leave the test waiting on the dialog
                raise
        elif left:
            QTimer.singleShot(50, lambda: poll(left - 1))

    QTimer.singleShot(50, poll)


def refused(qtbot, dialog) -> str:
    """The refusal shown in a dialog after its OK (the dialog stays open)."""
    qtbot.waitUntil(lambda: dialog.isEnabled() and dialog.errors.message.text() != "", timeout=5000)
    return dialog.errors.message.text()


def scan(qtbot, tab, code: str) -> None:
    before = tab.result_title.text(), tab.result_detail.text()
    tab.scan.setText(code)
    tab.scan.returnPressed.emit()
    qtbot.waitUntil(lambda: (tab.result_title.text(), tab.result_detail.text()) != before, timeout=5000)


def line_of(tab, number: str):
    return next(line for line in tab.model.lines if line.number == number)


# -- 清点 ------------------------------------------------------------------------------------


def start_cabinet(qtbot, tab) -> str:
    def answer(dialog):
        assert dialog.scope_kind() is ScopeKind.LOCATION
        dialog.location.setEditText("A柜")
        dialog.submit()

    when_shown(NewInventoryDialog, answer)
    tab.new_session()
    qtbot.waitUntil(lambda: tab.view is not None and tab.sessions.rowCount() == 1, timeout=5000)
    return tab.view.row.number


def test_the_clerk_counts_a_cabinet_and_sees_each_scan(qtbot, worker, world, message_boxes):
    tab = open_tab(qtbot, InventoryTab(worker), world.clerk)
    number = start_cabinet(qtbot, tab)
    assert tab.title.text() == f"{number}　进行中" and tab.scan.isVisible()
    qtbot.waitUntil(tab.scan.hasFocus, timeout=3000)  # the scanner types into it at once
    assert tab.counts.text() == "应有 3　已扫 0　剩余 3"
    assert [line.outcome for line in tab.model.lines] == [Outcome.MISSING] * 3

    scan(qtbot, tab, world.number("a1"))
    assert tab.colour == "green" and tab.result_title.text() == f"相符　{world.number('a1')}"
    assert tab.counts.text() == "应有 3　已扫 1　剩余 2"
    assert line_of(tab, world.number("a1")).outcome is Outcome.FOUND

    scan(qtbot, tab, world.number("a1"))
    assert tab.colour == "amber" and "重复扫描2次" in tab.result_detail.text()
    assert tab.counts.text() == "应有 3　已扫 1　剩余 2"

    scan(qtbot, tab, "XYZ-123")
    assert tab.colour == "red" and "台账中没有此编号" in tab.result_detail.text()
    assert line_of(tab, "XYZ-123").outcome is Outcome.UNEXPECTED
    assert tab.filter.itemText(2) == "异常（1）"

    good = world.number("a2")
    scan(qtbot, tab, good[:-1] + ("A" if good[-1] != "A" else "B"))  # the check character misread
    assert tab.colour == "red" and "校验" in tab.result_detail.text()
    assert tab.counts.text() == "应有 3　已扫 1　剩余 2" and len(tab.model.lines) == 4

    tab.filter.setCurrentIndex(1)  # 未找到 only
    assert tab.table_view.rowCount() == 2
    assert message_boxes == []


def test_finishing_needs_two_checkers_and_registers_the_rest_missing(qtbot, worker, world, message_boxes):
    tab = open_tab(qtbot, InventoryTab(worker), world.clerk)
    number = start_cabinet(qtbot, tab)
    scan(qtbot, tab, world.number("a1"))
    scan(qtbot, tab, world.number("a2"))
    qtbot.waitUntil(lambda: len(tab.people) > 0, timeout=5000)
    seen = {}

    def answer(dialog):
        assert dialog.mark.isChecked() and "1件" in dialog.consequence.text()
        dialog.checkers[0].set_badge(world.badge("head"))
        dialog.submit()
        seen["one"] = refused(qtbot, dialog)
        dialog.checkers[1].set_badge(world.badge("core"))
        dialog.submit()

    when_shown(FinishDialog, answer)
    tab.finish()
    qtbot.waitUntil(lambda: tab.view.row.state == "已完成", timeout=5000)
    assert "2名以上清查人" in seen["one"]
    assert not tab.scan_box.isVisible() and not tab.finish_button.isVisible() and tab.print_button.isEnabled()
    assert "李主任、张红" in tab.about.text()
    assert carriers.find(world.clerk, world.number("a3")).state is State.MISSING
    assert [m.number for m in missing.list_missing(world.clerk)] == [world.number("a3")]
    assert inventory.view(world.clerk, number).row.state == "已完成"


def test_the_auditor_reads_the_sessions_but_cannot_count(qtbot, worker, world, monkeypatch):
    number = inventory.start(world.clerk, ScopeKind.LOCATION, "A柜").row.number
    inventory.scan(world.clerk, number, world.number("a1"))
    page = InventoryPage(worker)
    tab = page.inventory
    qtbot.addWidget(page)
    page.show()
    switch(world, page, "auditor1")
    qtbot.waitUntil(lambda: tab.sessions.rowCount() == 1, timeout=5000)
    assert not tab.new_button.isVisible()
    tab.sessions.selectRow(0)
    qtbot.waitUntil(lambda: tab.view is not None, timeout=5000)
    assert tab.counts.text() == "应有 3　已扫 1　剩余 2"
    assert not tab.scan_box.isVisible() and not tab.finish_button.isVisible() and not tab.pause_button.isVisible()
    previews = []

    class Preview:
        def __init__(self, pdf, title, filename, parent=None):
            previews.append((pdf[:5], filename))

        def exec(self):
            return 0

    monkeypatch.setattr(widgets, "PdfPreviewDialog", Preview)
    tab.print_button.click()  # a running session prints as a draft
    qtbot.waitUntil(lambda: previews == [(b"%PDF-", f"清查记录-{number}.pdf")], timeout=5000)
    assert not page.incidents.mark_button.isVisible() and not page.incidents.close_button.isVisible()
    assert not page.inspections.record_button.isVisible()


# -- 下落不明与泄密事件 -------------------------------------------------------------------------


def test_the_missing_list_counts_the_days_and_only_the_officer_closes_an_incident(qtbot, worker, world,
                                                                                    message_boxes):
    today = clock.now().date()
    missing.mark_missing(world.clerk, world.number("top"), since=today - timedelta(days=12), place="保密柜")
    missing.mark_missing(world.clerk, world.number("a1"), since=today - timedelta(days=58))
    (incident,) = missing.escalate_due(world.clerk)
    tab = open_tab(qtbot, IncidentsTab(worker), world.clerk)

    def register(dialog):
        dialog.number.setText(world.number("secret"))
        dialog.place.setText("B柜")
        dialog.submit()

    when_shown(MissingDialog, register)
    tab.mark_missing()
    qtbot.waitUntil(lambda: tab.missing_table.rowCount() == 3, timeout=5000)
    days = {tab.missing_table.item(i, 0).text(): tab.missing_table.item(i, 5) for i in range(3)}
    incidents = {tab.missing_table.item(i, 0).text(): tab.missing_table.item(i, 6).text() for i in range(3)}
    assert days[world.number("top")].text() == "已逾期2天" and days[world.number("top")].foreground().color().name() \
        == "#b00020"
    assert days[world.number("a1")].text() == "2天" and days[world.number("a1")].foreground().color().name() \
        == "#b00020"
    assert days[world.number("secret")].text() == "60天"
    assert incidents == {world.number("top"): incident.number, world.number("a1"): "", world.number("secret"): ""}

    qtbot.waitUntil(lambda: tab.incident_table.rowCount() == 1, timeout=5000)
    assert not tab.close_button.isVisible() and not tab.reported_button.isVisible()
    tab.incident_table.selectRow(0)

    def write(dialog):
        assert world.number("top") in dialog.course.toPlainText()  # prepared from the record
        dialog.remedies.setPlainText("已封存保密柜，逐份核对台账")
        dialog.submit()

    when_shown(IncidentReportDialog, write)
    tab.edit_report()
    assert missing.get_incident(world.clerk, incident.number).remedies == "已封存保密柜，逐份核对台账"

    switch(world, tab, "officer1")
    qtbot.waitUntil(lambda: tab.incident_table.rowCount() == 1, timeout=5000)
    assert tab.close_button.isVisible() and not tab.mark_button.isVisible()
    tab.incident_table.selectRow(0)
    seen = {}

    def close(dialog):
        dialog.submit()
        seen["empty"] = refused(qtbot, dialog)
        dialog.conclusion.setPlainText("经查系误放入其他保密柜，未造成泄密")
        dialog.submit()

    when_shown(CloseIncidentDialog, close)
    tab.close_incident()
    assert "查处结论" in seen["empty"]
    assert missing.get_incident(world.clerk, incident.number).closed_at
    qtbot.waitUntil(lambda: tab.incident_table.rowCount() == 0, timeout=5000)  # open ones only
    tab.show_all.setChecked(True)
    qtbot.waitUntil(lambda: tab.incident_table.rowCount() == 1, timeout=5000)
    assert message_boxes == []


# -- 检查与整改 -------------------------------------------------------------------------------


def test_an_inspection_problem_goes_from_notice_to_report_to_a_passed_recheck(qtbot, worker, world, message_boxes):
    tab = open_tab(qtbot, InspectionsTab(worker), world.clerk)
    assert tab.record_button.isVisible() and not tab.notice_button.isVisible()

    def record(dialog):
        dialog.inspectors.setText("市保密局 赵六、钱七")
        dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.QUARTERLY.value))
        dialog.add_finding()
        for row, (dept, problem) in enumerate((("办公室", "A柜钥匙一人保管"), ("科研一部", "2份载体未登记"))):
            dialog.findings.item(row, 0).setText(dept)
            dialog.findings.item(row, 1).setText(problem)
        dialog.submit()

    when_shown(InspectionDialog, record)
    tab.record()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1 and tab.findings.rowCount() == 2, timeout=5000)
    assert tab.table.item(0, 2).text() == "季度检查" and tab.table.item(0, 4).text() == "2（2项未关闭）"
    assert tab.findings.item(0, 3).text() == "未下发整改通知书"

    switch(world, tab, "officer1")
    qtbot.waitUntil(lambda: tab.findings.rowCount() == 2, timeout=5000)
    tab.findings.selectRow(0)
    assert tab.notice_button.isEnabled() and not tab.recheck_button.isEnabled()
    due = clock.now().date() + timedelta(days=30)

    def notice(dialog):
        dialog.requirements.setPlainText("建立钥匙双人保管制度")
        dialog.submit()

    when_shown(NoticeDialog, notice)
    tab.issue_notice()
    qtbot.waitUntil(lambda: tab.findings.item(0, 2).text().startswith("ZG-"), timeout=5000)
    assert tab.findings.item(0, 3).text() == f"整改中，期限{due.isoformat()}"

    switch(world, tab, "clerk1")
    qtbot.waitUntil(lambda: tab.findings.rowCount() == 2, timeout=5000)
    tab.findings.selectRow(0)
    assert tab.report_button.isEnabled() and not tab.recheck_button.isVisible()

    def report(dialog):
        dialog.report.setPlainText("已改为双人保管，钥匙分存")
        dialog.submit()

    when_shown(RectificationReportDialog, report)
    tab.record_report()
    qtbot.waitUntil(lambda: "待复查" in tab.findings.item(0, 3).text(), timeout=5000)

    switch(world, tab, "officer1")
    qtbot.waitUntil(lambda: tab.findings.rowCount() == 2, timeout=5000)
    tab.findings.selectRow(0)
    assert tab.recheck_button.isEnabled()

    def recheck(dialog):
        assert dialog.passed.isChecked() and not dialog.new_due.isEnabled()
        dialog.opinion.setPlainText("复查合格")
        dialog.submit()

    when_shown(RecheckDialog, recheck)
    tab.recheck()
    qtbot.waitUntil(lambda: tab.findings.item(0, 3).text().startswith("已关闭"), timeout=5000)
    assert tab.table.item(0, 4).text() == "2（1项未关闭）"
    assert message_boxes == []


def test_a_scan_while_the_finish_dialog_is_open_is_refused_aloud_not_typed_or_confirming(
        qtbot, worker, world, message_boxes, scanner):
    """The clerk opens 完成清点 and scans the next carrier out of habit: the code does not
    land in a checker field, its Enter does not finish the session, and the red panel says
    it was not counted; after the dialog, the same scan counts."""
    tab = open_tab(qtbot, InventoryTab(worker), world.clerk)
    start_cabinet(qtbot, tab)
    qtbot.waitUntil(lambda: len(tab.people) > 0, timeout=5000)
    seen = {}

    def act(dialog):
        scanner.scan(world.number("a1"))
        seen["typed"] = [c.text() for c in dialog.findChildren(QLineEdit) if c.text()]
        seen["open"] = dialog.isVisible()
        dialog.reject()

    when_open(FinishDialog, act)
    tab.finish()
    qtbot.waitUntil(lambda: "open" in seen, timeout=5000)
    assert seen == {"typed": [], "open": True}
    assert tab.view.row.state != "已完成"
    assert tab.colour == "red" and world.number("a1") in tab.result_title.text()
    scan(qtbot, tab, world.number("a1"))
    assert tab.colour == "green"
