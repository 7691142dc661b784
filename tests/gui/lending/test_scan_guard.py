"""The scan guard alone (secdesk/gui/shell/scan_field.py): what a scanner types into an
open dialog is recognised and never typed, pressed or confirmed; what a person types
arrives as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from secdesk.gui.shell import scan_field
from secdesk.gui.shell.field_errors import ok_buttons
from secdesk.gui.shell.scan_field import ScanField, ScanGuard, guarded_exec


class Form(QDialog):
    """Two fields, a combo, OK/Cancel, and a plain-key shortcut that must never fire."""

    def __init__(self) -> None:
        super().__init__()
        self.first, self.second = QLineEdit(), QLineEdit()
        self.combo = QComboBox()
        self.combo.addItems(["甲", "乙", "丙"])
        self.shortcuts: list[str] = []
        QShortcut(QKeySequence("1"), self, lambda: self.shortcuts.append("1"))
        form = QFormLayout(self)
        form.addRow("first", self.first)
        form.addRow("second", self.second)
        form.addRow("combo", self.combo)
        form.addRow(ok_buttons(self, "OK", self.accept))


def run_in(qtbot, dialog: QDialog, act, spill=None) -> list[str]:
    """Open ``dialog`` guarded, run ``act(dialog)`` inside its event loop, close it;
    returns the codes recognised."""
    scans: list[str] = []
    qtbot.addWidget(dialog)

    def inside() -> None:
        try:
            act(dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(0, inside)
    guarded_exec(dialog, scans.append, spill)
    return scans


def test_a_scan_is_recognised_and_typed_nowhere(qtbot, scanner):
    seen = {}

    def act(form):
        form.first.setFocus()
        scanner.scan("BMS-2026-0000123K")
        seen.update(first=form.first.text(), open=form.isVisible(), shortcuts=list(form.shortcuts))

    scans = run_in(qtbot, Form(), act)
    assert scans == ["BMS-2026-0000123K"]
    assert seen == {"first": "", "open": True, "shortcuts": []}


def test_a_persons_typing_arrives_in_order_and_enter_moves_on(qtbot, scanner):
    seen = {}

    def act(form):
        form.first.setFocus()
        scanner.type("SP-12")
        scanner.press(Qt.Key.Key_Return)
        scanner.type("ab")
        seen.update(first=form.first.text(), second=form.second.text(), open=form.isVisible(),
                    result=form.result(), shortcuts=list(form.shortcuts))

    scans = run_in(qtbot, Form(), act)
    assert scans == []
    assert seen == {"first": "SP-12", "second": "ab", "open": True, "result": 0, "shortcuts": []}


def test_short_or_slow_bursts_are_typing_not_scans(qtbot, scanner):
    """Three fast characters and Enter (below the length), or four slow ones, are typed."""
    seen = {}

    def act(form):
        form.first.setFocus()
        scanner.scan("AB1")
        seen["short"] = form.first.text()
        form.first.setFocus()
        for ch in "CD2E":
            scanner.now += 0.045  # slower than a scanner, faster than most people
            QTest.keyClick(form.first, ch)
        scanner.now += 0.005
        QTest.keyClick(form.first, Qt.Key.Key_Return)
        seen["slow"] = form.first.text()

    assert run_in(qtbot, Form(), act) == []
    assert seen == {"short": "AB1", "slow": "AB1CD2E"}


def test_no_button_is_default_and_enter_confirms_nothing(qtbot, scanner):
    seen = {}

    def act(form):
        qtbot.wait(10)  # the button box makes its default when shown; the guard takes it back
        buttons = form.findChildren(QPushButton)
        seen["buttons"] = [(b.isDefault(), b.autoDefault()) for b in buttons]
        buttons[0].setFocus()
        scanner.press(Qt.Key.Key_Return)
        scanner.press(Qt.Key.Key_Enter)
        seen["open"] = form.isVisible() and form.result() == 0

    run_in(qtbot, Form(), act)
    assert seen["buttons"] == [(False, False), (False, False)] and seen["open"]


def test_a_scan_closes_an_open_list_without_choosing(qtbot, scanner):
    seen = {}

    def act(form):
        form.combo.setFocus()
        form.combo.showPopup()
        qtbot.waitUntil(lambda: form.combo.view().isVisible(), timeout=2000)
        scanner.scan("BMS-P00012X")
        seen.update(index=form.combo.currentIndex(), popup=form.combo.view().isVisible())

    assert run_in(qtbot, Form(), act) == ["BMS-P00012X"]
    assert seen == {"index": 0, "popup": False}


def test_a_scan_cut_in_two_by_a_dialog_opening_is_read_whole(qtbot, scanner):
    """The first keys reached the scan field; the dialog opened; the rest came to it."""
    window = QWidget()
    field = ScanField()
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for ch in "BMS-2026-":
        scanner.now += 0.004
        QTest.keyClick(field, ch)
    assert field.text() == "BMS-2026-"
    seen = {}

    def act(form):
        form.first.setFocus()
        for ch in "0000123K":
            scanner.now += 0.004
            QTest.keyClick(form.first, ch)
        scanner.now += 0.004
        QTest.keyClick(form.first, Qt.Key.Key_Return)
        seen["first"] = form.first.text()

    assert run_in(qtbot, Form(), act, spill=field) == ["BMS-2026-0000123K"]
    assert seen == {"first": ""} and field.text() == ""


def test_a_scan_still_arriving_when_the_dialog_closes_goes_on_in_the_scan_field(qtbot, scanner):
    window = QWidget()
    field = ScanField()
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()

    def act(form):
        for ch in "BMS-20":
            scanner.now += 0.004
            QTest.keyClick(form, ch)

    assert run_in(qtbot, Form(), act, spill=field) == []
    assert field.text() == "BMS-20" and scan_field.active() is None


def test_only_the_innermost_guard_acts(qtbot, scanner):
    outer_scans: list[str] = []
    inner_scans: list[str] = []
    outer, inner = Form(), Form()
    qtbot.addWidget(outer)
    qtbot.addWidget(inner)

    def in_inner():
        scanner.scan("BMS-P00012X")
        inner.reject()

    def in_outer():
        QTimer.singleShot(0, in_inner)
        guarded_exec(inner, inner_scans.append)
        outer.reject()

    QTimer.singleShot(0, in_outer)
    with ScanGuard(outer, outer_scans.append):
        outer.exec()
    assert inner_scans == ["BMS-P00012X"] and outer_scans == []
