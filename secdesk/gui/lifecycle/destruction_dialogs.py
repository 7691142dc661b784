"""The two decisive steps of a destruction batch: the officer's approval (审批), and the
record of the destruction itself, where each 监销人 confirms with their own password or is
recorded as having signed the paper form. Both run their service on the worker and stay
open with the refusal shown when it is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.personnel.model import Person
from secdesk.services import destruction
from secdesk.services.destruction import Batch, Confirmation
from secdesk.services.session import Session
from secdesk.gui.shell.field_errors import FieldErrors, FormDialog, date_edit, day_of, ok_buttons, set_day
from secdesk.gui.shell.worker import Worker

RED = "color: #b00020;"


class ApproveDialog(FormDialog):
    """批准: the reference of the signed 销毁审批表 and the date of approval."""

    def __init__(self, worker: Worker, session: Session, batch: Batch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.batch = worker, session, batch
        self.setWindowTitle(self.tr("Approve destruction batch {0}").format(batch.number))
        self.reference = QLineEdit()
        self.reference.setMaxLength(40)
        self.reference.setPlaceholderText(self.tr("number of the signed approval form"))
        self.day = date_edit()
        message = QLabel()
        message.setStyleSheet(RED)
        message.setWordWrap(True)
        self.errors = FieldErrors(message, {"审批文号": self.reference})
        form = QFormLayout(self)
        summary = QLabel(self.tr("{0} carriers, {1}; reason: {2}").format(
            len(batch.carriers), batch.row.method, batch.row.reason))
        summary.setWordWrap(True)
        form.addRow(summary)
        form.addRow(self.tr("Approval form no.:"), self.reference)
        form.addRow(self.tr("Approved on:"), self.day)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Approve"), self.ok))
        self.setMinimumWidth(460)

    def ok(self) -> None:
        """Approve on the worker."""
        self.run(destruction.approve, self.batch.number, self.reference.text(), day_of(self.day))


class SupervisorRow:
    """One 监销人 on the execute dialog: who, and how they confirm."""

    def __init__(self, persons: list[Person], badge: str) -> None:
        self.person = QComboBox()
        self.person.setEditable(True)
        for p in persons:
            self.person.addItem(f"{p.name}（{p.draft.dept}，{p.badge}）", p.badge)
        self.person.setCurrentIndex(next((i for i, p in enumerate(persons) if p.badge == badge), -1))
        if self.person.currentIndex() < 0:
            self.person.setEditText(badge)
        self.how = QComboBox()
        self.how.addItem(QCoreApplication.translate("SupervisorRow", "signed the paper form"), "paper")
        self.how.addItem(QCoreApplication.translate("SupervisorRow", "confirms with own password"), "password")
        self.account = QLineEdit()
        self.account.setPlaceholderText(QCoreApplication.translate("SupervisorRow", "own account"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(QCoreApplication.translate("SupervisorRow", "password"))
        self.how.currentIndexChanged.connect(self._how_changed)
        self._how_changed()

    def _how_changed(self) -> None:
        by_password = self.how.currentData() == "password"
        self.account.setEnabled(by_password)
        self.password.setEnabled(by_password)

    def confirmation(self) -> Confirmation:
        """What this row says."""
        text = self.person.currentText().strip()
        index = self.person.findText(text)
        badge = self.person.itemData(index) if index >= 0 else text
        if self.how.currentData() == "paper":
            return Confirmation(badge, paper=True)
        return Confirmation(badge, self.account.text().strip(), self.password.text())


class ExecuteDialog(FormDialog):
    """Record the destruction: date, 销毁人, and each 监销人's confirmation. Irreversible."""

    def __init__(self, worker: Worker, session: Session, batch: Batch, persons: list[Person],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.batch, self.persons = worker, session, batch, persons
        self.setWindowTitle(self.tr("Record destruction of batch {0}").format(batch.number))
        self.day = date_edit()
        if batch.row.destroy_on and batch.row.destroy_on <= self.day.date().toPython():
            set_day(self.day, batch.row.destroy_on)
        self.destroyer = QLineEdit(batch.row.destroyer)
        warning = QLabel(self.tr("After this, the {0} carriers of the batch are destroyed in the register. "
                                 "This cannot be undone.").format(len(batch.carriers)))
        warning.setStyleSheet(RED + "font-weight: bold;")
        warning.setWordWrap(True)
        top = QFormLayout()
        top.addRow(warning)
        top.addRow(self.tr("Destroyed on:"), self.day)
        top.addRow(self.tr("Destroyed by:"), self.destroyer)
        self.group = QGroupBox(self.tr("Supervisors (2 or more, not the person destroying)"))
        self.grid = QGridLayout(self.group)
        self.rows: list[SupervisorRow] = []
        for p, _ in batch.supervisors:
            self.add_row(p.badge)
        while len(self.rows) < 2:
            self.add_row("")
        more = QPushButton(self.tr("Add supervisor"))
        more.clicked.connect(lambda: self.add_row(""))
        message = QLabel()
        message.setStyleSheet(RED)
        message.setWordWrap(True)
        self.errors = FieldErrors(message, {"销毁人": self.destroyer, "销毁日期": self.day})
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.group)
        column.addWidget(more)
        column.addWidget(message)
        column.addWidget(ok_buttons(self, self.tr("Record as destroyed"), self.ok))
        self.resize(760, self.sizeHint().height())

    def add_row(self, badge: str) -> SupervisorRow:
        """One more 监销人 line."""
        row = SupervisorRow(self.persons, badge)
        i = len(self.rows)
        for j, widget in enumerate((row.person, row.how, row.account, row.password)):
            self.grid.addWidget(widget, i, j)
        self.grid.setColumnStretch(0, 1)
        self.rows.append(row)
        return row

    def ok(self) -> None:
        """Execute on the worker."""
        confirmations = [r.confirmation() for r in self.rows if r.person.currentText().strip()]
        self.run(destruction.execute, self.batch.number, confirmations, day_of(self.day), self.destroyer.text())
