"""The scan station's three questions: who approved (审批), is it whole (归还核对), and the
security officer's override (越过限制). Each returns what the station retries with."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from secdesk.domain.personnel.model import Person
from secdesk.services.lending import Approval, Override
from secdesk.gui.shell.field_errors import ok_buttons


class ApprovalDialog(QDialog):
    """The approver (chosen, or scanned by badge) and the reference of the signed form."""

    def __init__(self, reason: str, approvers: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approval"))
        self.approver = QComboBox()
        self.approver.setEditable(True)
        for p in approvers:
            self.approver.addItem(f"{p.name}（{p.draft.dept}，{p.badge}）", p.badge)
        self.approver.setCurrentIndex(-1)
        self.approver.lineEdit().setPlaceholderText(self.tr("choose, or scan the approver's badge"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(40)
        self.reference.setPlaceholderText(self.tr("number of the signed approval form"))
        form = QFormLayout(self)
        note = QLabel(reason)
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("Approved by:"), self.approver)
        form.addRow(self.tr("Approval form no.:"), self.reference)
        form.addRow(ok_buttons(self, self.tr("Lend"), self.accept))

    def approval(self) -> Approval:
        """What was entered (a typed badge is taken as it is; the service checks it)."""
        text = self.approver.currentText().strip()
        index = self.approver.findText(text)
        return Approval(self.approver.itemData(index) if index >= 0 else text, self.reference.text().strip())


class CountDialog(QDialog):
    """归还核对: whole, or what is damaged or missing."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check on return"))
        self.whole: bool | None = None
        self.note = QLineEdit()
        self.note.setMaxLength(100)
        self.note.setPlaceholderText(self.tr("e.g. page 5 missing, disc scratched"))
        whole = QPushButton(self.tr("Complete and undamaged"))
        damaged = QPushButton(self.tr("Damaged or incomplete"))
        whole.clicked.connect(lambda: self._answer(True))
        damaged.clicked.connect(lambda: self._answer(False))
        form = QFormLayout(self)
        note = QLabel(reason)
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(whole)
        form.addRow(self.tr("What is wrong:"), self.note)
        form.addRow(damaged)
        whole.setDefault(True)

    def _answer(self, whole: bool) -> None:
        self.whole = whole
        self.accept()


class OverrideDialog(QDialog):
    """The security officer signs the override with their password and a written reason."""

    def __init__(self, reason: str, parent: QWidget | None = None, action: str = "") -> None:
        super().__init__(parent)
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
        form.addRow(ok_buttons(self, action or self.tr("Override and lend"), self.accept))

    def override(self) -> Override:
        """What the officer entered."""
        return Override(self.account.text().strip(), self.password.text(), self.reason.text().strip())
