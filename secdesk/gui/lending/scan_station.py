"""The scan station (借阅台): the screen the clerk lives in.

A keyboard-wedge scanner types a code and Enter into the scan field, which keeps the
focus (buttons and the list never take it, and it comes back after every dialog).
Scans are decided one at a time, in order, on the worker: a badge scanned just before a
carrier is always applied first. Each answer paints the result panel at once — green,
amber or red — and plays its sound. The same code again within 2 s is scanner bounce:
ignored, and said so.

Every dialog the station opens is scanner-proof (:func:`guarded_exec`): Enter never
confirms it, and a scan arriving while it is open is used where it belongs (the
approver's badge), refused aloud (red panel and sound), or held and decided as soon as the
dialog closes — never typed into a field, never lost.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableWidgetItem, QWidget

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.lending.rules import BOUNCE_SECONDS, UNDO_SECONDS, ApprovalBy
from secdesk.domain.personnel.model import Person
from secdesk.domain.personnel.rules import looks_like_badge
from secdesk.services import approvals, lending, scan
from secdesk.services.lending import Approval
from secdesk.services.scan import Action, Colour, ScanResult, Sound
from secdesk.services.session import Session
from secdesk.gui.forms.ui_scan_station import Ui_ScanStation
from secdesk.gui.shell.messages import error_text
from secdesk.gui.shell.sounds import Sounds
from secdesk.gui.lending.station_dialogs import USED, ApprovalDialog, CountDialog, OverrideDialog, StationDialog
from secdesk.gui.shell.scan_field import guarded_exec
from secdesk.gui.shell.worker import Worker

PANEL_STYLES = {  # background, text
    Colour.GREEN: ("#1b7f3b", "#ffffff"),
    Colour.AMBER: ("#f2a900", "#1a1a1a"),
    Colour.RED: ("#b00020", "#ffffff"),
    None: ("#e8e8e8", "#333333"),
}
ROW_COLOURS = {Colour.GREEN: "#e3f4e8", Colour.AMBER: "#fff3d1", Colour.RED: "#fbe0e4"}
MAX_ROWS = 300  # the running list keeps this session's latest scans


class ScanStation(QWidget):
    """Scan field, borrower, result panel and this session's scans."""

    resultShown = Signal(object)  # the ScanResult, once the panel is painted
    scanHandled = Signal(str, str)  # a scan not decided (code, used|refused|held|ignored): see _scanned_in

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ScanStation()
        ui.setupUi(self)
        self.worker = worker
        self.session: Session | None = None
        self.sounds = Sounds(muted=QSettings().value("station/muted", False, type=bool))
        self._panel_colour: Colour | None | str = "unset"  # the colour the panel's style sheet shows
        self.borrower: Person | None = None
        self.approval: Approval | None = None  # the borrower's approval, once a loan with it went through
        self.new_approval: Approval | None = None  # entered with 审批…, not yet used by a loan
        self._trying: Approval | None = None  # the new approval the decision in flight uses
        self.queue: deque[str] = deque()
        self.busy = False
        self.dialogs_open = 0  # station dialogs open now (nested ones count each)
        self.last_code: tuple[str, float] = ("", 0.0)
        self.last_action: tuple[int, float] | None = None  # (loan id, monotonic time)
        self.pending: ScanResult | None = None  # a red result the officer may override
        self.lent_now: list = []  # loans to the current borrower in this sitting (for the slip)
        ui.muteBox.setChecked(self.sounds.muted)
        ui.muteBox.toggled.connect(self._mute)
        for widget in (ui.undoButton, ui.endButton, ui.muteBox, ui.approvalButton, ui.overrideButton,
                       ui.slipButton, ui.sessionTable):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table = ui.sessionTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Code"), self.tr("Result"), self.tr("Detail")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        ui.scanEdit.returnPressed.connect(self._entered)
        ui.scanEdit.undoRequested.connect(self.undo)  # Ctrl+Z is the station's undo, not the field's
        ui.undoButton.clicked.connect(self.undo)
        ui.endButton.clicked.connect(self.end_borrower)
        ui.approvalButton.clicked.connect(lambda: self._ask_approval(self.tr("Approval for the next loans")))
        ui.overrideButton.clicked.connect(self.override)
        ui.slipButton.clicked.connect(self.print_slip)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.end_borrower)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.override)
        self._tick = QTimer(self, interval=1000, timeout=self._update_undo)
        self._tick.start()
        self._paint(None, self.tr("Ready"), self.tr("Scan the borrower's badge"))
        self._show_borrower()

    # -- session and focus ----------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        """Serve this session (None: clear everything shown, e.g. on lock)."""
        self.session = session
        self.queue.clear()
        self.end_borrower()
        self.ui.sessionTable.setRowCount(0)
        self.last_action = None
        self._update_undo()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The scan field has the focus whenever the station is shown."""
        super().showEvent(event)
        self.focus_scan()

    def focus_scan(self) -> None:
        """Give the focus back to the scan field (and its window, after a dialog)."""
        self.window().activateWindow()
        self.ui.scanEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mute(self, muted: bool) -> None:
        self.sounds.muted = muted
        QSettings().setValue("station/muted", muted)

    # -- scanning -----------------------------------------------------------------------

    def _entered(self) -> None:
        text = self.ui.scanEdit.text().strip()
        self.ui.scanEdit.setText("")  # clear() would keep every scan in the undo history
        if not text or self.session is None or self._bounced(text):
            return
        self.queue.append(text)
        self._next()

    def _bounced(self, text: str) -> bool:
        """The same code again within 2 s is scanner bounce: said so, and True."""
        now = time.monotonic()
        if text == self.last_code[0] and now - self.last_code[1] < BOUNCE_SECONDS:
            self._note(text, self.tr("Repeated scan ignored"))
            self.scanHandled.emit(text, "ignored")
            return True
        self.last_code = (text, now)
        return False

    def _next(self) -> None:
        if not self.busy and self.queue:
            self._decide(self.queue.popleft())

    def _decide(self, text: str, approval: Approval | None = None, **extra) -> None:
        """Decide ``text`` on the worker (``approval``: one just entered, attached to the
        borrower only if the loan goes through; ``extra``: an override or a count answer)."""
        if self.session is None:
            return
        self.busy = True
        self._trying = approval or self.new_approval
        self.worker.submit(scan.scan, self.session, text, self.borrower, self._trying or self.approval,
                           owner=self, on_done=self._decided, on_error=self._failed, **extra)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._trying = None
        self._paint(Colour.RED, self.tr("Not done"), error_text(exc))
        self.sounds.play(Sound.REFUSED.value)
        self.resultShown.emit(None)
        self._next()

    def _decided(self, result: ScanResult) -> None:
        self.busy = False
        reason = result.reason + self._settle_approval(result)
        if result.action is Action.BORROWER:
            self._set_borrower(result.borrower)
        self._paint(result.colour, result.title, reason)
        self.sounds.play(result.sound.value)
        self._log(result)
        self.pending = result if result.overridable else None
        self.ui.overrideButton.setEnabled(self.pending is not None)
        if result.action in (Action.LEND, Action.RETURN):
            self.last_action = (result.loan.id, time.monotonic())
            if result.action is Action.LEND:
                self.lent_now.append(result.loan)
            else:  # back already: the slip lists only what the borrower takes away
                self.lent_now = [x for x in self.lent_now if x.id != result.loan.id]
            self._show_borrower()
            self._update_undo()
        self.resultShown.emit(result)
        if result.action is Action.NEEDS_APPROVAL:
            self._ask_approval(result.reason, result.number)
        elif result.action is Action.NEEDS_COUNT:
            self._ask_count(result)
        self._next()

    def _settle_approval(self, result: ScanResult) -> str:
        """A new approval is the borrower's once a loan used it; a refused loan drops it
        (the words added to the panel say so)."""
        trial, self._trying = self._trying, None
        if trial is None:
            return ""
        if result.action is Action.LEND and result.loan is not None and result.loan.approver:
            self.approval, self.new_approval = trial, None
        elif result.action is Action.NEEDS_APPROVAL or (  # a loan refused (not a misread, not a badge)
                result.action is Action.REFUSED and result.sound is Sound.REFUSED
                and result.number and not looks_like_badge(result.number)):
            self.new_approval = None
            self._show_borrower()
            return self.tr(" — approval {0} not kept: enter it again if it applies").format(trial.reference)
        return ""

    # -- dialogs --------------------------------------------------------------------------

    def _exec(self, dialog: QDialog) -> int:
        """Open ``dialog`` over the station, scanner-proof; the focus comes back to the scan field."""
        self.dialogs_open += 1
        try:
            return guarded_exec(dialog, lambda code: self._scanned_in(dialog, code), self.ui.scanEdit)
        finally:
            self.dialogs_open -= 1
            self.focus_scan()

    def _scanned_in(self, dialog: QDialog, code: str) -> None:
        """A scan arrived while ``dialog`` was open: used by it, refused aloud, or held."""
        taken = dialog.take_scan(code) if isinstance(dialog, StationDialog) else None
        if taken == USED:
            self.sounds.play(Sound.DONE.value)
            self.scanHandled.emit(code, "used")
        elif taken:
            title = self.tr("Scan refused: {0}").format(code)
            self._paint(Colour.RED, title, taken)
            self.sounds.play(Sound.REFUSED.value)
            self._log_row(Colour.RED, code, title, taken)
            if isinstance(dialog, StationDialog):
                dialog.say(taken, "red")
            self.scanHandled.emit(code, "refused")
        elif not self._bounced(code):
            self.queue.append(code)
            title = self.tr("Held: {0}").format(code)
            reason = self.tr("Decided as soon as the open dialog is closed")
            self._paint(Colour.AMBER, title, reason)
            self.sounds.play(Sound.REFUSED.value)
            self._log_row(Colour.AMBER, code, title, reason)
            if isinstance(dialog, StationDialog):
                dialog.say(self.tr("Scanned {0}: held, decided after this dialog").format(code), "amber")
            self.scanHandled.emit(code, "held")

    def _ask_approval(self, reason: str, number: str = "") -> None:
        if self.borrower is None:
            return
        if number:
            people = self.worker.wait_for(approvals.for_loan, self.session, number, self.borrower.badge)
        else:
            people = self.worker.wait_for(approvers_for, self.session, self.borrower)
        dialog = ApprovalDialog(reason, people, self, number)
        if self._exec(dialog):
            if number:
                self._decide(number, approval=dialog.approval())
                return
            self.new_approval = dialog.approval()
            self._show_borrower()
        if not number:
            self._next()

    def _ask_count(self, result: ScanResult) -> None:
        dialog = CountDialog(result.reason, self, result.number)
        self._exec(dialog)
        if dialog.whole is not None:
            self._decide(result.number, whole=dialog.whole, note=dialog.note.text())
            return
        title = self.tr("Not returned: {0}").format(result.number)
        reason = self.tr("The check on return was cancelled; scan the carrier again to return it")
        self._paint(Colour.AMBER, title, reason)
        self._log_row(Colour.AMBER, result.number, title, reason)

    def override(self) -> None:
        """The officer lifts the refusal just shown (scope or overdue) with a reason."""
        pending = self.pending
        if pending is None:
            return
        dialog = OverrideDialog(pending.reason, self, number=pending.number)
        if self._exec(dialog):
            self.pending = None
            self.ui.overrideButton.setEnabled(False)
            self._decide(pending.number, override=dialog.override())
        else:
            self._next()

    # -- borrower, undo, slip -------------------------------------------------------------

    def _set_borrower(self, person: Person | None) -> None:
        if person is None or self.borrower is None or person.id != self.borrower.id:
            self.approval = self.new_approval = None
            self.lent_now = []
        self.borrower = person
        self._show_borrower()

    def end_borrower(self) -> None:
        """Esc: the next person steps up; approvals and the slip list are cleared."""
        self._set_borrower(None)
        self.pending = None
        self.ui.overrideButton.setEnabled(False)
        self._paint(None, self.tr("Ready"), self.tr("Scan the borrower's badge"))
        self.focus_scan()

    def _show_borrower(self) -> None:
        ui, p = self.ui, self.borrower
        if p is None:
            ui.borrowerLabel.setText(self.tr("No borrower: scan a badge. Carriers scanned now are returned."))
            ui.approvalLabel.clear()
        else:
            ui.borrowerLabel.setText(self.tr("Borrower: {0} ({1}, {2}; may borrow up to {3}) — {4} lent now").format(
                p.name, p.draft.dept, p.draft.clearance.value, p.draft.clearance.highest_level.value,
                len(self.lent_now)))
            approval = self.approval or self.new_approval
            ui.approvalLabel.setText(self.tr("Approval {0}").format(approval.reference) if approval else "")
        ui.approvalButton.setEnabled(p is not None)
        ui.slipButton.setEnabled(bool(self.lent_now))

    def undo(self) -> None:
        """Ctrl+Z: undo the last lend or return within 60 s (audited as a correction);
        with nothing to undo, say why."""
        if self.session is None:
            return
        if self.busy:
            self._note("", self.tr("Wait: the last scan is still being recorded"))
            return
        self._update_undo()
        if self.last_action is None:
            self._note(self.tr("Ctrl+Z undoes your last loan or return within {0} s").format(UNDO_SECONDS),
                       self.tr("Nothing to undo"))
            return
        loan_id, _ = self.last_action
        self.last_action = None
        self._update_undo()
        self.worker.submit(lending.undo, self.session, loan_id, owner=self, on_done=self._undone,
                           on_error=self._failed)

    def _undone(self, loan) -> None:
        self.lent_now = [x for x in self.lent_now if x.id != loan.id]
        title = self.tr("Return undone: {0} is out again") if loan.open else self.tr("Loan undone: {0} is back")
        self._paint(Colour.AMBER, title.format(loan.number), self.tr("Recorded as a correction"))
        self._log_row(Colour.AMBER, loan.number, self.tr("Undone"), loan.borrower)
        self._show_borrower()

    def _update_undo(self) -> None:
        left = 0
        if self.last_action is not None:
            left = int(UNDO_SECONDS - (time.monotonic() - self.last_action[1]))
            if left <= 0:
                self.last_action = None
        self.ui.undoButton.setEnabled(left > 0)
        self.ui.undoButton.setText(self.tr("Undo last (Ctrl+Z), {0} s").format(left) if left > 0
                                   else self.tr("Undo last (Ctrl+Z)"))

    def print_slip(self) -> None:
        """借阅单 for what the current borrower took in this sitting."""
        from secdesk.gui.lending.lending_prints import show_slip

        if self.borrower is not None and self.lent_now:
            show_slip(self, self.worker, self.session, self.borrower, [x.id for x in self.lent_now],
                      run=self._exec_then_next, on_error=self._print_failed)
        self.focus_scan()

    def _exec_then_next(self, dialog: QDialog) -> int:
        shown = self._exec(dialog)
        self._next()
        return shown

    def _print_failed(self, exc: BaseException) -> None:
        self._paint(Colour.RED, self.tr("Not printed"), error_text(exc))
        self.sounds.play(Sound.REFUSED.value)

    # -- painting -----------------------------------------------------------------------

    def _paint(self, colour: Colour | None, title: str, reason: str) -> None:
        if colour != self._panel_colour:  # a style sheet costs up to 1 ms a scan
            self._panel_colour = colour
            background, text = PANEL_STYLES[colour]
            self.ui.panel.setStyleSheet(f"#panel {{ background: {background}; border-radius: 6px; }} "
                                        f"QLabel {{ color: {text}; }}")
        self.ui.titleLabel.setText(title)
        self.ui.reasonLabel.setText(reason)
        self.ui.panel.repaint()

    def _note(self, code: str, text: str) -> None:
        self._paint(None, text, code)
        self.resultShown.emit(None)

    def _log(self, result: ScanResult) -> None:
        self._log_row(result.colour, result.number or (result.borrower.badge if result.borrower else ""),
                      result.title, result.reason)

    def _log_row(self, colour: Colour, code: str, title: str, detail: str) -> None:
        table = self.ui.sessionTable
        if table.rowCount() >= MAX_ROWS:
            table.removeRow(table.rowCount() - 1)
        table.insertRow(0)
        brush = QColor(ROW_COLOURS[colour])
        for col, value in enumerate((clock.now().strftime("%H:%M:%S"), code, title, detail)):
            item = QTableWidgetItem(value)
            item.setBackground(brush)
            table.setItem(0, col, item)


def approvers_for(session: Session, borrower: Person) -> list[Person]:
    """Those who may approve some loan to ``borrower`` (for 审批… before the carriers are
    scanned): everyone with authority for a level the borrower may read, by the loosest
    rule (a department head's); the loan itself checks the level's real rule."""
    found: dict[int, Person] = {}
    for level in Level:
        if borrower.draft.clearance.may_read(level):
            for person in approvals.eligible(session, level, ApprovalBy.DEPARTMENT_HEAD, borrower.badge):
                found.setdefault(person.id, person)
    return sorted(found.values(), key=lambda p: p.badge)
