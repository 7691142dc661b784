"""The scan station driven as a keyboard-wedge scanner drives it: characters 3–10 ms
apart, then Enter, into whatever has the focus (tests/scanner.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType, State
from secdesk.domain.carriers.terms import Term
from secdesk.services import carriers
from secdesk.gui.lending.scan_station import PANEL_STYLES
from secdesk.gui.lending.station_dialogs import ApprovalDialog, CountDialog
from secdesk.storage import audit
from tests.lending_world import BASE
from tests.scanner import when_open

GREEN, AMBER, RED = (PANEL_STYLES[c][0] for c in ("green", "amber", "red"))


def scan(qtbot, scanner, station, code: str, until=None):
    """Scan ``code`` into the focused widget; wait for the painted answer (the one ``until`` accepts)."""
    with qtbot.waitSignal(station.resultShown, timeout=5000, check_params_cb=until) as shown:
        scanner.scan(code)
    return shown.args[0]


def action_is(value: str):
    return lambda result: result is not None and result.action.value == value


def panel_colour(station) -> str:
    return station.ui.panel.styleSheet().split("background: ")[1].split(";")[0]


def test_badge_then_three_carriers_out_and_the_same_three_back(qtbot, desk, scanner):
    world, station = desk
    usb = replace(BASE, level=Level.INTERNAL, term=Term.none(), ctype=CarrierType.USB, extent="8GB")
    numbers = [carriers.register(world.clerk, replace(usb, title=f"U盘{i}"))[0].number for i in range(3)]
    result = scan(qtbot, scanner, station, world.badge("general"))
    assert panel_colour(station) == GREEN and "孙丽" in station.ui.titleLabel.text()
    assert result.borrower.name == "孙丽"
    for number in numbers:
        scan(qtbot, scanner, station, number)
        assert panel_colour(station) == GREEN and station.ui.titleLabel.text() == f"已借出 {number}"
        assert QApplication.focusWidget() is station.ui.scanEdit
    assert {carriers.find(world.clerk, n).state for n in numbers} == {State.LENT}
    assert station.ui.slipButton.isEnabled()
    for number in numbers:
        scan(qtbot, scanner, station, number)
        assert panel_colour(station) == GREEN and station.ui.titleLabel.text() == f"已归还 {number}"
        assert QApplication.focusWidget() is station.ui.scanEdit
    assert {carriers.find(world.clerk, n).state for n in numbers} == {State.IN_ROOM}
    events = [e.event for e in audit.events(world.clerk.vault.conn, "event IN ('loan.lend', 'loan.return')")]
    assert events.count("loan.lend") == 3 and events.count("loan.return") == 3
    assert station.ui.sessionTable.rowCount() == 7  # the badge and six carriers


def test_a_refusal_is_red_with_the_reason_and_a_bad_code_is_not_found(qtbot, desk, scanner):
    world, station = desk
    scan(qtbot, scanner, station, world.badge("general"))
    result = scan(qtbot, scanner, station, world.number("secret"))
    assert panel_colour(station) == RED and "机密" in station.ui.reasonLabel.text()
    assert result.sound.value == "refused"
    result = scan(qtbot, scanner, station, "BMS-2026-999999Z")
    assert panel_colour(station) == RED and result.sound.value == "not_found"
    assert QApplication.focusWidget() is station.ui.scanEdit


def test_a_repeated_scan_within_two_seconds_is_ignored_and_said_so(qtbot, desk, scanner):
    world, station = desk
    scan(qtbot, scanner, station, world.badge("general"))
    scan(qtbot, scanner, station, world.number("internal"))
    scan(qtbot, scanner, station, world.number("internal"))  # bounce: not returned at once
    assert "重复扫描" in station.ui.titleLabel.text()
    assert carriers.find(world.clerk, world.number("internal")).state is State.LENT


def test_an_approval_is_asked_for_then_the_loan_is_made_and_focus_returns(qtbot, desk, scanner):
    """秘密 needs the head's approval: amber, the dialog, then green; the approval holds
    for the next carrier of the same borrower."""
    world, station = desk

    def answer(dialog):
        dialog.approver.setCurrentIndex(dialog.approver.findData(world.badge("head")))
        dialog.reference.setText("审批-7")
        dialog.accept()

    scan(qtbot, scanner, station, world.badge("general"))
    when_open(ApprovalDialog, answer)
    scan(qtbot, scanner, station, world.number("confidential"), until=action_is("lend"))
    assert panel_colour(station) == GREEN
    assert QApplication.focusWidget() is station.ui.scanEdit
    result = scan(qtbot, scanner, station, world.number("confidential2"))
    assert result.loan.approval_ref == "审批-7"


def test_paper_back_asks_the_count_and_damage_holds_the_carrier(qtbot, desk, scanner):
    world, station = desk
    scan(qtbot, scanner, station, world.badge("important"))
    station.approval = None
    from secdesk.services import lending
    from secdesk.services.lending import Approval

    lending.lend(world.clerk, world.number("confidential"), world.badge("important"),
                 Approval(world.badge("head"), "A-1"))
    station.end_borrower()

    def answer(dialog):
        dialog.note.setText("缺第5页")
        dialog._answer(False)

    when_open(CountDialog, answer)
    scan(qtbot, scanner, station, world.number("confidential"), until=action_is("return"))
    assert "缺第5页" in station.ui.reasonLabel.text()
    assert carriers.find(world.clerk, world.number("confidential")).extra["lend_hold"] == "缺第5页"


def test_undo_puts_the_last_loan_back(qtbot, desk, scanner):
    world, station = desk
    scan(qtbot, scanner, station, world.badge("general"))
    scan(qtbot, scanner, station, world.number("internal"))
    assert station.ui.undoButton.isEnabled()
    scanner.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "撤销" in station.ui.titleLabel.text(), timeout=5000)
    assert carriers.find(world.clerk, world.number("internal")).state is State.IN_ROOM
    assert panel_colour(station) == AMBER and not station.ui.undoButton.isEnabled()
