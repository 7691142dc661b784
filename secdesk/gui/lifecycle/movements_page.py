"""Movements of carriers (流转): copying (复制), carrying out (外出携带), transfer and return
(移交/清退) and the declassification review (解密审查), one tab each.

The clerk fills the compact form at the top of a tab; the list below shows what was done,
with its prints. Roles without the right to change the register see the lists only;
declassifying and changing a marking are the security officer's. Every service call runs
on the worker.

This module holds what the tabs share: the carrier list, the approval question, the tab
with its form above and its titled list below, and the print of a period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain import clock
from secdesk.domain.carriers.model import Carrier, State
from secdesk.domain.personnel.model import Person, Status
from secdesk.domain.roles import Permission
from secdesk.gui.lending.station_dialogs import ApprovalDialog
from secdesk.gui.shell.field_errors import FieldErrors, day_of, ok_buttons, set_day
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from secdesk.gui.shell.scan_field import guarded_exec
from secdesk.gui.shell.widgets import RED, RED_TEXT, PersonField
from secdesk.gui.shell.worker import Worker
from secdesk.services import carriers, personnel
from secdesk.services.lending import Approval
from secdesk.services.session import Session


def carrier_line(carrier: Carrier) -> str:
    """One carrier in a short list: number, marking, title (and its state when not 在库)."""
    text = f"{carrier.number}  {carrier.marking}  {carrier.draft.title}"
    return text if carrier.state is State.IN_ROOM else f"{text}（{carrier.state.value}）"


def ask_approval(parent: QWidget, reason: str, people: list[Person], exclude: str, ok_text: str,
                 current: Approval | None) -> Approval | None:
    """The approver and the reference of the signed form (the station's approval dialog);
    ``people`` are those with the authority the request needs."""
    dialog = ApprovalDialog(reason, [p for p in people if p.badge != exclude], parent)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    if current is not None:
        index = dialog.approver.findData(current.approver)
        if index >= 0:
            dialog.approver.setCurrentIndex(index)
        else:
            dialog.approver.setEditText(current.approver)
        dialog.reference.setText(current.reference)
    return dialog.approval() if guarded_exec(dialog, dialog.take_own_scan) else None


class NumberList(QWidget):
    """Carrier numbers scanned or typed one by one (Enter adds), each shown with its
    marking and title; the selected one can be removed."""

    changed = Signal()

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Scan or type a carrier number, then Enter"))
        self.edit.returnPressed.connect(self.add_entered)
        add = QPushButton(self.tr("Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_entered)
        self.list = QListWidget()
        self.list.setMinimumHeight(54)
        self.list.setMaximumHeight(92)  # a few lines: the list of records below keeps the room
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED_TEXT)
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.list, 1)
        column.addLayout(bottom)

    def set_session(self, session: Session | None) -> None:
        """Look numbers up in this session; the list is emptied."""
        self.session = session
        self.clear()

    def numbers(self) -> tuple[str, ...]:
        """The listed carrier numbers, in the order added."""
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count()))

    def clear(self) -> None:
        """Empty the list, the field and the message."""
        self.list.clear()
        self.edit.setText("")
        self.message.clear()
        self.changed.emit()

    def add_entered(self) -> None:
        """Look up what was typed or scanned and list it."""
        text = self.edit.text().strip()
        self.edit.setText("")  # clear() would keep every scan in the undo history
        if not text or self.session is None:
            return
        self.message.clear()
        self.worker.submit(carriers.find, self.session, text, owner=self, on_done=self._found,
                           on_error=lambda exc: self.message.setText(error_text(exc)))

    def _found(self, carrier: Carrier) -> None:
        if carrier.number in self.numbers():
            self.message.setText(self.tr("{0} is already listed.").format(carrier.number))
            return
        item = QListWidgetItem(carrier_line(carrier))
        item.setData(Qt.ItemDataRole.UserRole, carrier.number)
        if carrier.state is not State.IN_ROOM:
            item.setForeground(RED)
        self.list.addItem(item)
        self.list.scrollToBottom()
        self.changed.emit()

    def remove_selected(self) -> None:
        """Take the selected carrier off the list."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.message.clear()
            self.changed.emit()


class MovementTab(QWidget):
    """What the four tabs share: the session, the form for those who may change the
    register, the people on duty for the badge fields, the result line."""

    changed = Signal()  # the register was changed from this tab

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.people: list[Person] = []
        self.person_fields: list[PersonField] = []
        self.select_after = ""
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = FieldErrors(self.result, {})
        self.numbers: NumberList | None = None  # the carriers listed on the form, for tabs that list several
        self.writer_only: list[QWidget] = []  # shown only to roles that write the register

    def set_session(self, session: Session | None) -> None:
        """Serve this session (None: clear); the form and ``writer_only`` only for roles that
        write the register."""
        self.session = session
        writes = self.may(Permission.WRITE_REGISTER)
        for widget in (self.form_box, *self.writer_only):
            widget.setVisible(writes)
        if self.numbers is not None:
            self.numbers.set_session(session)
        self.clear_form()
        self.result.clear()
        self.refresh()

    def may(self, permission: Permission) -> bool:
        """Whether the signed-in role holds ``permission``."""
        return self.session is not None and self.session.actor.can(permission)

    def load_people(self) -> None:
        """Fill the badge fields with the people on duty."""
        if self.session is None or not self.person_fields:
            return
        self.worker.submit(personnel.list_persons, self.session, status=Status.ON_DUTY.value, owner=self,
                           on_done=self._set_people, on_error=lambda exc: show_error(self, exc))

    def _set_people(self, people: list[Person]) -> None:
        self.people = people
        for field in self.person_fields:
            field.set_people(people)

    def say(self, text: str) -> None:
        """Show the outcome of the last action."""
        self.result.setStyleSheet("")
        self.result.setText(text)

    def failed(self, exc: BaseException) -> None:
        """Show a refusal: in the result line, outlining its field, and in a message box."""
        self.result.setStyleSheet(RED_TEXT)
        self.errors.show(exc)
        show_error(self, exc)

    def lay_out(self, title: str, left: list[QWidget], buttons: list[QWidget]) -> None:
        """The tab's form on top (as small as it can be) and below it the titled list:
        ``left`` widgets, then ``buttons`` at the right, over ``self.table``."""
        list_box = QGroupBox(title)
        row = QHBoxLayout()
        for widget in left:
            row.addWidget(widget)
        row.addStretch(1)
        for widget in buttons:
            row.addWidget(widget)
        listed = QVBoxLayout(list_box)
        listed.addLayout(row)
        listed.addWidget(self.table, 1)
        self.form_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(self)
        column.addWidget(self.form_box)
        column.addWidget(list_box, 1)


class PeriodPrintDialog(QDialog):
    """A period (default: this quarter to date), then the preview of a print made for it:
    ``make(session, start, end)``."""

    def __init__(self, worker: Worker, session: Session, make: Callable[..., bytes], window_title: str,
                 from_text: str, title: str, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.make = worker, session, make
        self.title, self.filename = title, filename
        self.setWindowTitle(window_title)
        today = clock.now().date()
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        set_day(self.first, date(today.year, 3 * ((today.month - 1) // 3) + 1, 1))
        set_day(self.last, today)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED_TEXT)
        form = QFormLayout(self)
        form.addRow(from_text, self.first)
        form.addRow(self.tr("to:"), self.last)
        form.addRow(self.message)
        form.addRow(ok_buttons(self, self.tr("Preview…"), self.preview))

    def preview(self) -> None:
        """Make the print on the worker and show it."""
        self.setEnabled(False)
        self.worker.submit(self.make, self.session, day_of(self.first), day_of(self.last), owner=self,
                           on_done=self._show, on_error=self._failed)

    def _show(self, pdf: bytes) -> None:
        self.setEnabled(True)
        PdfPreviewDialog(pdf, self.title, self.filename, parent=self).exec()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_text(exc))
