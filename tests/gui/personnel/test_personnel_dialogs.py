"""Personnel dialogs: a new file with a bad field, a record, and the guided leaving flow."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft, CarrierType
from secdesk.domain.carriers.terms import Term
from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.model import Clearance, PersonDraft, Status
from secdesk.services import carriers, missing, personnel
from secdesk.gui.personnel.leaving_dialog import LeavingDialog
from secdesk.gui.shell.main_window import MainWindow
from secdesk.gui.personnel.person_dialogs import PersonDialog, RecordDialog

ZHANG = PersonDraft("张红", "办公室", Clearance.IMPORTANT, vetted_on=date(2026, 1, 5))


@pytest.fixture
def officer(staffed_vault):
    staffed_vault.close()
    return staffed_vault.sign_in("officer1")


def test_a_bad_id_number_is_marked_at_its_field_and_nothing_is_saved(qtbot, worker, officer):
    """A wrong check digit stays in the dialog, outlined; corrected, the file is opened."""
    dialog = PersonDialog(worker, officer, ["办公室"])
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.insert("张红")
    dialog.ui.deptCombo.setCurrentText("办公室")
    dialog.ui.idNumberEdit.setText("110105198001011230")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.isEnabled() and dialog.ui.messageLabel.text() != "", timeout=5000)
    assert "证件号" in dialog.ui.messageLabel.text() and "校验位" in dialog.ui.messageLabel.text()
    assert "b00020" in dialog.ui.idNumberEdit.styleSheet()
    assert personnel.list_persons(officer) == []
    dialog.ui.idNumberEdit.clear()
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    assert dialog.outcome.name == "张红" and dialog.ui.idNumberEdit.styleSheet() == ""


def test_a_training_record_is_added_from_its_dialog(qtbot, worker, officer):
    """Zero hours are refused at 学时; two hours are kept on the file."""
    person = personnel.add_person(officer, ZHANG)
    dialog = RecordDialog(worker, officer, person, "training")
    qtbot.addWidget(dialog)
    dialog.ui.subjectEdit.insert("保密法规")
    dialog.ui.hoursSpin.setValue(0)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.isEnabled() and "学时" in dialog.ui.messageLabel.text(), timeout=5000)
    assert personnel.records(officer, person.badge).trainings == []
    dialog.ui.hoursSpin.setValue(2)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert [t.hours for t in personnel.records(officer, person.badge).trainings] == [2]


def _kept_by(staffed_vault, badge: str) -> str:
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    number = carriers.register(clerk, CarrierDraft("文件", Level.CONFIDENTIAL, CarrierType.PAPER, Term.years(10),
                                                   custodian=badge))[0].number
    staffed_vault.close()
    return number


def test_leaving_waits_for_a_successor_then_completes(qtbot, worker, staffed_vault, officer):
    """The 办理离岗 button stays off until the kept carrier has a successor; then the
    person is in 脱密期 and the successor keeps the carrier."""
    zhang = personnel.add_person(officer, ZHANG)
    li = personnel.add_person(officer, replace(ZHANG, name="李四"))
    number = _kept_by(staffed_vault, zhang.badge)
    officer = staffed_vault.sign_in("officer1")
    dialog = LeavingDialog(worker, officer, personnel.find_person(officer, zhang.badge))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: number in dialog.successor_combos, timeout=5000)
    assert not dialog.ok.isEnabled() and "未选择接替" in dialog.ui.messageLabel.text()
    combo = dialog.successor_combos[number]
    combo.setCurrentIndex(combo.findData(li.badge))
    assert not dialog.ok.isEnabled() and "承诺书" in dialog.ui.messageLabel.text()  # never assumed signed
    dialog.ui.commitmentEdit.setDate(QDate.currentDate())
    assert dialog.ok.isEnabled() and dialog.ui.messageLabel.text() == ""
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.ok.click()
    assert dialog.outcome.status is Status.DECLASSIFYING
    assert [n for _, n, _ in personnel.holdings(officer, li.badge).kept] == [number]


def test_leaving_is_blocked_while_a_loan_is_out(qtbot, worker, staffed_vault, officer):
    """A carrier on loan shows in red as 须先归还 and the flow cannot finish."""
    zhang = personnel.add_person(officer, ZHANG)
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    carrier = carriers.register(clerk, CarrierDraft("文件", Level.CONFIDENTIAL, CarrierType.PAPER, Term.years(10)))[0]
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    with officer.vault.transaction() as conn:
        conn.execute("INSERT INTO loans (carrier_id, person_id, lent_at, due_on, clerk) "
                     "VALUES (?, ?, '2026-11-01T09:00:00+08:00', '2026-11-15', 'clerk1')", (carrier.id, zhang.id))
    dialog = LeavingDialog(worker, officer, zhang)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.holdingsTable.rowCount() == 1, timeout=5000)
    assert dialog.ui.holdingsTable.item(0, 3).text() == "须先归还"
    assert not dialog.ok.isEnabled() and "归还" in dialog.ui.messageLabel.text()


def test_the_clerk_reads_files_without_write_buttons_or_training(qtbot, worker, staffed_vault, officer, network):
    """For the clerk: no 建立档案/离岗 buttons; the training and trips tabs are hidden."""
    personnel.add_person(officer, ZHANG)
    staffed_vault.close()
    window = MainWindow(worker, staffed_vault.sign_in("clerk1"), network[1])
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(2)
    page = window.personnel_page
    qtbot.waitUntil(lambda: page.ui.table.rowCount() == 1, timeout=5000)
    assert not page.ui.newButton.isVisible() and not page.ui.leaveButton.isVisible()
    tabs = page.ui.fileTabs
    assert not tabs.isTabVisible(tabs.indexOf(page.ui.trainingsTab))
    assert tabs.isTabVisible(tabs.indexOf(page.ui.commitmentsTab)) and not page.ui.trainingShortBox.isVisible()


def test_the_officer_records_who_may_approve_in_the_file(qtbot, worker, officer, tmp_path):
    """部门负责人 and the levels a 保密办 leader approves are set in the dialog and kept."""
    person = personnel.add_person(officer, ZHANG)
    dialog = PersonDialog(worker, officer, ["办公室"], person)
    qtbot.addWidget(dialog)
    dialog.ui.headOfEdit.setText("办公室")
    dialog.ui.approveSecret.setChecked(True)
    dialog.ui.approveConfidential.setChecked(True)
    dialog.show()
    dialog.grab().save(str(tmp_path / "person-dialog.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    kept = personnel.find_person(officer, person.badge).draft
    assert kept.head_of == "办公室" and kept.approves == {Level.SECRET, Level.CONFIDENTIAL}
    again = PersonDialog(worker, officer, ["办公室"], personnel.find_person(officer, person.badge))
    qtbot.addWidget(again)
    assert again.ui.approveSecret.isChecked() and not again.ui.approveTopSecret.isChecked()


def test_a_missing_carrier_in_the_keeping_is_not_offered_for_handover(qtbot, worker, staffed_vault, officer):
    """A carrier the person keeps that is 下落不明 shows in red, gets no successor choice,
    and leaving cannot finish (the service refuses it too)."""
    zhang = personnel.add_person(officer, ZHANG)
    number = _kept_by(staffed_vault, zhang.badge)
    clerk = staffed_vault.sign_in("clerk1")
    missing.mark_missing(clerk, number, note="清点未见")
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    dialog = LeavingDialog(worker, officer, zhang)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.holdingsTable.rowCount() == 1, timeout=5000)
    assert number not in dialog.successor_combos
    assert "找回" in dialog.ui.holdingsTable.item(0, 3).text()
    dialog.ui.commitmentEdit.setDate(QDate.currentDate())
    assert not dialog.ok.isEnabled() and "下落不明" in dialog.ui.messageLabel.text()
    with pytest.raises(InvalidInput, match="下落不明"):
        personnel.leave(officer, zhang.badge, "离岗", date.today(), date.today(), {})
