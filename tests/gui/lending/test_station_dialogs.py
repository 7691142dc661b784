"""The station's dialogs against a real scanner (issue 17, items 1, 2, 9 and 10): a scan
never answers a dialog, is never typed into one and is never lost; the approver's badge
scanned into the approval dialog chooses them; only those with the authority are offered
and nobody else is accepted; a refused approval does not stay with the borrower; the
buttons that cannot act say so."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from secdesk.domain.carriers.model import State
from secdesk.domain.personnel.model import Clearance, Commitment, CommitmentKind, PersonDraft
from secdesk.domain.carriers.levels import Level
from secdesk.services import carriers, lending, personnel
from secdesk.services.lending import Approval
from secdesk.gui.lending.lending_page import LoansView
from secdesk.gui.lending.station_dialogs import ApprovalDialog, CountDialog, OverrideDialog
from tests.gui.lending.test_scan_station import RED, action_is, panel_colour, scan
from tests.lending_world import BASE
from tests.scanner import when_open


def lend_two_papers(world, who: str = "important") -> tuple[str, str]:
    """Two 秘密 papers out to ``who`` (approved by the head), recorded without the station."""
    numbers = world.number("confidential"), world.number("confidential2")
    for number in numbers:
        lending.lend(world.clerk, number, world.badge(who), Approval(world.badge("head"), "A-1"))
    return numbers


def ok_button(dialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_a_scan_during_the_count_check_is_held_and_never_answers_it(qtbot, desk, scanner):
    """Item 1: the next carrier scanned while 归还核对 is open neither records the first as
    whole nor gets lost: it is held, the check is answered with the 1 key, then the held
    carrier is checked in its turn (2: damaged, with a note)."""
    world, station = desk
    first, second = lend_two_papers(world)
    seen = {}

    def during_first_check(dialog):
        scanner.scan(second)  # the clerk scans the next carrier without looking
        seen["open"] = dialog.isVisible()
        seen["first"] = carriers.find(world.clerk, first).state
        seen["note"] = dialog.note.text()
        seen["held"] = list(station.queue)
        seen["line"] = dialog.scan_line.text()
        when_open(CountDialog, during_second_check)
        scanner.press("1")

    def during_second_check(dialog):
        if dialog.number != second:  # the first dialog may still be closing
            return when_open(CountDialog, during_second_check)
        scanner.press("2")
        scanner.type("P5 torn")
        scanner.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_open(CountDialog, during_first_check)
    scan(qtbot, scanner, station, first, until=lambda r: r is not None and r.action.value == "return"
         and r.number == second)
    assert second in seen.pop("line")
    assert seen == {"open": True, "first": State.LENT, "note": "", "held": [second]}
    assert carriers.find(world.clerk, first).state is State.IN_ROOM
    assert carriers.find(world.clerk, first).extra.get("lend_hold", "") == ""
    assert carriers.find(world.clerk, second).state is State.IN_ROOM
    assert carriers.find(world.clerk, second).extra["lend_hold"] == "P5 torn"
    assert QApplication.focusWidget() is station.ui.scanEdit


def test_the_same_carrier_scanned_again_in_its_check_is_refused_aloud(qtbot, desk, scanner):
    world, station = desk
    first, _ = lend_two_papers(world)
    seen = {}

    def during(dialog):
        scanner.scan(first)
        seen.update(open=dialog.isVisible(), colour=panel_colour(station), sound=station.sounds.played[-1],
                    queue=list(station.queue))
        scanner.press("1")

    when_open(CountDialog, during)
    scan(qtbot, scanner, station, first, until=action_is("return"))
    assert seen == {"open": True, "colour": RED, "sound": "refused", "queue": []}


def test_the_approvers_badge_scanned_into_the_approval_dialog_chooses_them(qtbot, desk, scanner):
    """Item 2: the badge is recognised as a scan, chooses the listed approver and reaches
    the service as a badge (it crashed with None before)."""
    world, station = desk
    seen = {}

    def approve(dialog):
        scanner.scan(world.badge("head"))
        seen["chosen"] = dialog.approver.currentData()
        seen["open"] = dialog.isVisible()
        scanner.type("SP-7")
        ok_button(dialog).click()

    scan(qtbot, scanner, station, world.badge("general"))
    when_open(ApprovalDialog, approve)
    result = scan(qtbot, scanner, station, world.number("confidential"), until=action_is("lend"))
    assert seen == {"chosen": world.badge("head"), "open": True}
    assert result.loan.approver == "李主任" and result.loan.approval_ref == "SP-7"
    assert carriers.find(world.clerk, world.number("confidential")).state is State.LENT


def test_the_approval_dialog_offers_only_those_with_the_authority_and_accepts_nobody_else(
        qtbot, desk, scanner):
    """Item 10: only the head may approve here; a scanned or typed badge of anyone else
    is refused in the dialog (red, aloud), and the dialog does not close on it."""
    world, station = desk
    seen = {}

    def try_others(dialog):
        seen["offered"] = [dialog.approver.itemData(i) for i in range(dialog.approver.count())]
        scanner.scan(world.badge("core"))  # on file, but without the authority
        seen["after_scan"] = (dialog.approver.currentData(), panel_colour(station), station.sounds.played[-1])
        dialog.approver.setEditText(world.badge("important"))
        dialog.reference.setText("SP-8")
        ok_button(dialog).click()
        seen["still_open"] = dialog.isVisible() and bool(dialog.message.text())
        dialog.reject()

    scan(qtbot, scanner, station, world.badge("general"))
    when_open(ApprovalDialog, try_others)
    scan(qtbot, scanner, station, world.number("confidential"), until=action_is("needs_approval"))
    qtbot.waitUntil(lambda: "still_open" in seen, timeout=5000)
    assert seen["offered"] == [world.badge("head")]
    assert seen["after_scan"] == (None, RED, "refused")
    assert seen["still_open"]
    assert carriers.find(world.clerk, world.number("confidential")).state is State.IN_ROOM


def test_a_refused_approval_is_not_kept_for_the_borrower(qtbot, desk, scanner):
    """Item 10: the clerk's own person (王保密, with authority on file) may not approve
    what the clerk's account records; the loan is refused and the approval is dropped, so
    the next carrier asks for an approval again instead of being refused with it."""
    world, station = desk
    own = add_clerks_own_file(world)
    station.set_session(world.clerk)

    def choose_own(dialog):
        dialog.approver.setCurrentIndex(dialog.approver.findData(own))
        dialog.reference.setText("SP-9")
        ok_button(dialog).click()

    scan(qtbot, scanner, station, world.badge("general"))
    when_open(ApprovalDialog, choose_own)
    refused = scan(qtbot, scanner, station, world.number("confidential"), until=action_is("refused"))
    assert "王保密" in refused.reason
    assert station.approval is None and station.new_approval is None
    assert station.ui.approvalLabel.text() == ""
    asked = []
    when_open(ApprovalDialog, lambda dialog: (asked.append(dialog.number), dialog.reject()))
    result = scan(qtbot, scanner, station, world.number("confidential2"))
    assert result.action.value == "needs_approval"
    qtbot.waitUntil(lambda: asked == [world.number("confidential2")], timeout=5000)


def test_an_approval_entered_before_the_scan_is_dropped_when_its_loan_is_refused(qtbot, desk, scanner):
    """审批… before any carrier: the approvers offered are those with some authority for
    the borrower; the approval shows, and goes when the loan it was meant for is refused."""
    world, station = desk
    own = add_clerks_own_file(world)
    station.set_session(world.clerk)
    offered = []

    def choose_own(dialog):
        offered.extend(dialog.approver.itemData(i) for i in range(dialog.approver.count()))
        dialog.approver.setCurrentIndex(dialog.approver.findData(own))
        dialog.reference.setText("SP-10")
        ok_button(dialog).click()

    scan(qtbot, scanner, station, world.badge("general"))
    when_open(ApprovalDialog, choose_own)
    station.ui.approvalButton.click()
    assert sorted(offered) == sorted([world.badge("head"), own])
    assert "SP-10" in station.ui.approvalLabel.text()
    scan(qtbot, scanner, station, "BMS-2026-9999990")  # a misread keeps it
    assert station.new_approval is not None
    refused = scan(qtbot, scanner, station, world.number("confidential"), until=action_is("refused"))
    assert "SP-10" in station.ui.reasonLabel.text() and "王保密" in refused.reason
    assert station.new_approval is None and station.ui.approvalLabel.text() == ""


def add_clerks_own_file(world) -> str:
    """A personnel file in the clerk account's own name (王保密) with approval authority,
    added by the officer; the clerk's session is signed in again. Returns its badge."""
    handle = world.handle
    handle.close()
    officer = handle.sign_in("officer1")
    draft = PersonDraft("王保密", "办公室", Clearance.CORE, vetted_on=date(2026, 1, 5), vetting_result="合格",
                        approves=frozenset(Level))
    person = personnel.add_person(officer, draft)
    personnel.add_record(officer, person.badge, Commitment(CommitmentKind.ON_TAKING_UP, date(2026, 1, 5)))
    handle.close()
    world.clerk = handle.sign_in("clerk1")
    return person.badge


def test_enter_alone_confirms_no_station_dialog(qtbot, desk, scanner):
    """No button of a station dialog is default; Enter pressed by a person leaves each open."""
    world, station = desk
    first, _ = lend_two_papers(world)
    seen = []

    def press_enter(dialog):
        buttons = dialog.findChildren(QPushButton)
        seen.append((type(dialog).__name__, [b.isDefault() or b.autoDefault() for b in buttons]))
        scanner.press(Qt.Key.Key_Return)
        scanner.press(Qt.Key.Key_Enter)
        seen.append(dialog.isVisible())
        dialog.reject()

    when_open(CountDialog, press_enter)
    scan(qtbot, scanner, station, first, until=action_is("needs_count"))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    scan(qtbot, scanner, station, world.badge("general"))
    scan(qtbot, scanner, station, world.number("scoped"))  # out of scope: red, the officer may override
    assert station.ui.overrideButton.isEnabled()
    when_open(OverrideDialog, press_enter)
    scanner.press(Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=5000)
    (third,) = carriers.register(world.clerk, replace(BASE, title="文件三"))
    when_open(ApprovalDialog, press_enter)
    scan(qtbot, scanner, station, third.number, until=action_is("needs_approval"))
    qtbot.waitUntil(lambda: len(seen) == 6, timeout=5000)
    assert seen == [("CountDialog", [False, False]), True, ("OverrideDialog", [False, False]), True,
                    ("ApprovalDialog", [False, False]), True]
    assert carriers.find(world.clerk, first).state is State.LENT


def test_a_scan_into_the_override_dialog_is_held_not_typed_into_the_password(qtbot, desk, scanner):
    world, station = desk
    seen = {}

    def during(dialog):
        dialog.account.setFocus()
        scanner.type("off")
        dialog.password.setFocus()
        scanner.scan(world.number("internal"))
        seen.update(account=dialog.account.text(), password=dialog.password.text(), queue=list(station.queue))
        dialog.reject()

    scan(qtbot, scanner, station, world.badge("general"))
    scan(qtbot, scanner, station, world.number("scoped"))
    when_open(OverrideDialog, during)
    with qtbot.waitSignal(station.resultShown, timeout=5000, check_params_cb=action_is("lend")):
        scanner.press(Qt.Key.Key_F8)
    assert seen == {"account": "off", "password": "", "queue": [world.number("internal")]}
    assert carriers.find(world.clerk, world.number("internal")).state is State.LENT


def test_ctrl_z_with_nothing_to_undo_says_why(qtbot, desk, scanner):
    world, station = desk
    assert not station.ui.undoButton.isEnabled()
    scanner.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert station.ui.titleLabel.text() == station.tr("Nothing to undo")
    assert "60" in station.ui.reasonLabel.text()


def test_the_holdings_button_waits_for_a_selected_loan(qtbot, worker, desk):
    world, _ = desk
    lend_two_papers(world)
    view = LoansView(worker)
    qtbot.addWidget(view)
    view.set_session(world.clerk)
    view.show()
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=5000)
    assert not view.holdings_button.isEnabled()
    view.table.selectRow(1)
    assert view.holdings_button.isEnabled()
    view.refresh()
    qtbot.waitUntil(lambda: not view.holdings_button.isEnabled(), timeout=5000)
