"""The scan station's three questions: who approved (审批), is it whole (归还核对), and the
security officer's override (越过限制). Each returns what the station retries with.

They are scanner-proof (the station opens them through
:func:`secdesk.gui.shell.scan_field.guarded_exec`): no button is pressed by Enter, and a
scan arriving while one is open goes to :meth:`StationDialog.take_scan` — used where it
belongs (the approver's badge), refused aloud, or held by the station until the dialog
is closed. Each shows on its own last line what the scan did.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from secdesk.domain.barcodes import scanned_text
from secdesk.domain.errors import InvalidInput
from secdesk.domain.personnel.model import Person
from secdesk.domain.personnel.rules import looks_like_badge, parse_badge
from secdesk.services.lending import Approval, Override
from secdesk.gui.shell.field_errors import ERROR_STYLE, ok_buttons
from secdesk.gui.shell.widgets import PersonField

USED = "used"  # take_scan: the dialog used the scan
LINE_STYLES = {"red": "color: #b00020; font-weight: bold;", "amber": "color: #8a5a00; font-weight: bold;",
               "green": "color: #1b7f3b; font-weight: bold;"}


class StationDialog(QDialog):
    """A dialog over the station: ``number`` is the carrier it is about (if any);
    ``scan_line`` says what a scan arriving meanwhile did."""

    def __init__(self, parent: QWidget | None = None, number: str = "") -> None:
        super().__init__(parent)
        self.number = number
        self.scan_line = QLabel()
        self.scan_line.setWordWrap(True)
        self.scan_line.hide()

    def take_scan(self, code: str) -> str | None:
        """A scan arrived: :data:`USED`, a refusal to say aloud, or None (not for this
        dialog: the station holds it until the dialog is closed)."""
        if self.number and scanned_text(code).upper() == self.number.upper():
            return self.tr("{0} is the carrier on screen: answer this dialog first").format(self.number)
        return None

    def take_own_scan(self, code: str) -> None:
        """A scan while the dialog is open with no station behind it (other pages): used
        if it belongs here, otherwise refused aloud on the dialog."""
        taken = self.take_scan(code)
        if taken == USED:
            return
        self.say(taken or self.tr("Scanned {0}: not taken by this dialog").format(code), "red")
        QApplication.beep()

    def say(self, text: str, colour: str) -> None:
        """Show on the scan line what a scan did (``red``, ``amber`` or ``green``)."""
        self.scan_line.setStyleSheet(LINE_STYLES[colour])
        self.scan_line.setText(text)
        self.scan_line.show()


class ApprovalDialog(StationDialog):
    """The approver — chosen from those with the authority the level needs, or scanned by
    badge — and the reference of the signed form. Nobody else is accepted."""

    def __init__(self, reason: str, approvers: list[Person], parent: QWidget | None = None,
                 number: str = "") -> None:
        super().__init__(parent, number)
        self.setWindowTitle(self.tr("Approval"))
        self.people = list(approvers)
        self.approver = PersonField(self.tr("choose, or scan the approver's badge"))
        self.approver.set_people(self.people)
        self.reference = QLineEdit()
        self.reference.setMaxLength(40)
        self.reference.setPlaceholderText(self.tr("number of the signed approval form"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(LINE_STYLES["red"])
        self.message.hide()
        form = QFormLayout(self)
        note = QLabel(reason)
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("Approved by:"), self.approver)
        form.addRow(self.tr("Approval form no.:"), self.reference)
        if not self.people:
            self.refuse(self.tr("Nobody on file holds the authority this approval needs: "
                                "record it in the approver's personnel file first."))
        form.addRow(self.message)
        form.addRow(self.scan_line)
        form.addRow(ok_buttons(self, self.tr("Lend"), self.accept))
        self.setMinimumWidth(520)

    def refuse(self, text: str) -> None:
        """Say in red what keeps the dialog open."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def chosen(self) -> Person | None:
        """The listed person chosen, typed (name or badge) or scanned; None if not listed."""
        badge = self.approver.badge()
        if not badge:
            return None
        try:
            badge = parse_badge(badge)
        except InvalidInput:
            pass
        return next((p for p in self.people if p.badge == badge), None)

    def approval(self) -> Approval:
        """What was entered: the listed approver's badge (or the text as typed) and the reference."""
        person = self.chosen()
        return Approval(person.badge if person else self.approver.badge(), self.reference.text().strip())

    def accept(self) -> None:
        """Only a listed approver and a form number close the dialog; otherwise say what is missing."""
        field = None
        if self.chosen() is None:
            field = self.approver
            self.refuse(self.tr("Choose one of the people listed: only they may approve this."))
        elif not self.reference.text().strip():
            field = self.reference
            self.refuse(self.tr("Enter the number of the signed approval form."))
        if field is not None:
            field.setStyleSheet(ERROR_STYLE)
            field.setFocus()
            return
        super().accept()

    def take_scan(self, code: str) -> str | None:
        """A badge chooses the approver (if listed); a carrier is not for this dialog."""
        refused = super().take_scan(code)
        if refused or not looks_like_badge(scanned_text(code)):
            return refused
        try:
            badge = parse_badge(scanned_text(code))
        except InvalidInput as exc:
            return exc.zh
        person = next((p for p in self.people if p.badge == badge), None)
        if person is None:
            text = self.tr("Badge {0} may not approve this (only: {1}); approver not changed").format(
                badge, "、".join(p.name for p in self.people) or self.tr("nobody on file"))
            self.say(text, "red")
            return text
        self.approver.set_badge(badge)
        self.approver.setStyleSheet("")
        self.refuse("")
        self.say(self.tr("Approver scanned: {0}").format(person.name), "green")
        self.reference.setFocus()
        return USED


class CountDialog(StationDialog):
    """归还核对: press 1 (or click) for whole; 2 for damaged or incomplete, which asks what
    is wrong first. Enter answers nothing."""

    def __init__(self, reason: str, parent: QWidget | None = None, number: str = "") -> None:
        super().__init__(parent, number)
        self.setWindowTitle(self.tr("Check on return"))
        self.whole: bool | None = None
        self.note = QLineEdit()
        self.note.setMaxLength(100)
        self.note.setPlaceholderText(self.tr("e.g. page 5 missing, disc scratched"))
        self.note.setEnabled(False)
        self.whole_button = QPushButton(self.tr("1  Complete and undamaged"))
        self.damaged_button = QPushButton(self.tr("2  Damaged or incomplete…"))
        for button, whole in ((self.whole_button, True), (self.damaged_button, False)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setMinimumHeight(44)
            button.setStyleSheet("font-size: 14pt; text-align: left; padding-left: 12px;")
            button.clicked.connect(lambda _=False, w=whole: self._answer(w))
        self.hint = QLabel(self.tr("Press 1 or 2 on the keyboard, or click. Enter answers nothing."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        form = QFormLayout(self)
        note = QLabel(reason)
        note.setWordWrap(True)
        note.setStyleSheet("font-size: 13pt;")
        form.addRow(note)
        form.addRow(self.whole_button)
        form.addRow(self.damaged_button)
        form.addRow(self.tr("What is wrong:"), self.note)
        form.addRow(self.hint)
        form.addRow(self.scan_line)
        self.setMinimumWidth(480)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """1 and 2 answer (not while typing the note); Ctrl+Enter records the damage described."""
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_1 and not ctrl:
            self._answer(True)
        elif key == Qt.Key.Key_2 and not ctrl:
            self._answer(False)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl and self.note.isEnabled():
            self._answer(False)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # never the default button
        else:
            super().keyPressEvent(event)

    def _answer(self, whole: bool) -> None:
        if not whole and not self.note.text().strip():
            self.note.setEnabled(True)
            self.note.setStyleSheet(ERROR_STYLE)
            self.note.setFocus()
            self.hint.setText(self.tr("Describe what is damaged or missing, then click 2 (or press Ctrl+Enter)."))
            return
        self.whole = whole
        self.accept()


class OverrideDialog(StationDialog):
    """The security officer signs the override with their password and a written reason."""

    def __init__(self, reason: str, parent: QWidget | None = None, action: str = "", number: str = "") -> None:
        super().__init__(parent, number)
        self.setWindowTitle(self.tr("Officer override"))
        self.account = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        form = QFormLayout(self)
        note = QLabel(reason)
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("Officer account:"), self.account)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Written reason:"), self.reason)
        form.addRow(self.scan_line)
        form.addRow(ok_buttons(self, action or self.tr("Override and lend"), self.accept))
        self.setMinimumWidth(480)

    def override(self) -> Override:
        """What the officer entered."""
        return Override(self.account.text().strip(), self.password.text(), self.reason.text().strip())

