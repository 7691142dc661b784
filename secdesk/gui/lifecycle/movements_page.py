"""Movements of carriers (流转): copying (复制), carrying out (外出携带), transfer and return
(移交/清退) and the declassification review (解密审查), one tab each.

The clerk fills the compact form at the top of a tab; the list below shows what was done,
with its prints. Roles without the right to change the register see the lists only;
declassifying and changing a marking are the security officer's. Every service call runs
on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.core import clock
from secdesk.core.carriers.model import Carrier, State
from secdesk.core.carriers.terms import declassification_date
from secdesk.core.lending.rules import NeedsApproval, Refused
from secdesk.core.lifecycle.rules import MAX_COPIES_PER_JOB, TransferKind
from secdesk.core.personnel.model import Person, Status
from secdesk.core.roles import Permission
from secdesk.core.services import carriers, copying, lifecycle_prints, outings, personnel, transfers
from secdesk.core.services.copying import CopyRequest
from secdesk.core.services.lending import Approval, Override
from secdesk.core.services.outings import OutingRequest
from secdesk.core.services.session import Session
from secdesk.core.services.transfers import TransferRequest
from secdesk.gui.field_errors import FieldErrors, FormDialog, day_of, ok_buttons, set_day
from secdesk.gui.label_print import LabelPrintDialog, offer_reprint
from secdesk.gui.messages import error_text, show_error
from secdesk.gui.pdf_preview import PdfPreviewDialog
from secdesk.gui.register_page import ReclassifyDialog
from secdesk.gui.station_dialogs import ApprovalDialog, CountDialog, OverrideDialog
from secdesk.gui.worker import Worker
from secdesk.storage.movements import CopyJobRow, OutingRow, TransferRow

RED = QColor("#b00020")
RED_TEXT = "color: #b00020;"
GREY_TEXT = "color: #555;"


# -- what the lists show -----------------------------------------------------------------


def copies_text(job: CopyJobRow) -> str:
    """``2份（第3-4份）`` or ``1份（第3份）``."""
    last = job.first_copy + job.copies - 1
    span = f"第{job.first_copy}-{last}份" if last > job.first_copy else f"第{job.first_copy}份"
    return f"{job.copies}份（{span}）"


def outing_state(row: OutingRow, today: date) -> str:
    """外出 / 外出（已带回1/2） / 逾期N天 / 已带回 / 已带回（有异常）, as the list shows it."""
    still_out = [i for i in row.items if not i.returned_at]
    if not still_out:
        return "已带回" + ("（有异常）" if any(i.whole is False for i in row.items) else "")
    if row.overdue(today):
        return f"逾期{(today - row.return_on).days}天"
    back = len(row.items) - len(still_out)
    return "外出" + (f"（已带回{back}/{len(row.items)}）" if back else "")


def receipt_state(row: TransferRow) -> str:
    """回执未回, or the day the signed receipt came back."""
    return "回执未回" if row.outstanding else row.receipt_on.isoformat()


def carrier_line(carrier: Carrier) -> str:
    """One carrier in a short list: number, marking, title (and its state when not 在库)."""
    text = f"{carrier.number}  {carrier.marking}  {carrier.draft.title}"
    return text if carrier.state is State.IN_ROOM else f"{text}（{carrier.state.value}）"


# -- small shared pieces -----------------------------------------------------------------


def preview_pdf(parent: QWidget, worker: Worker, make: Callable[..., bytes], *args,
                title: str, filename: str) -> None:
    """Make a print on the worker and show it in the preview (print or save from there)."""
    worker.submit(make, *args, owner=parent,
                  on_done=lambda pdf: PdfPreviewDialog(pdf, title, filename, parent=parent).exec(),
                  on_error=lambda exc: show_error(parent, exc))


def make_table(headings: list[str], stretch: int) -> QTableWidget:
    """A read-only list, one row selected at a time; column ``stretch`` takes the room left."""
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_row(table: QTableWidget, row: int, values: tuple[str, ...], red_columns: tuple[int, ...] = ()) -> None:
    """Put one row's texts in; the ``red_columns`` in red."""
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        if column in red_columns:
            item.setForeground(RED)
        table.setItem(row, column, item)


def select_key(table: QTableWidget, keys: list[str], key: str) -> None:
    """Select the row whose key (a record number) is ``key``, if it is listed."""
    if key in keys:
        table.selectRow(keys.index(key))


def compact(form: QFormLayout) -> QFormLayout:
    """A form whose fields grow and whose labels sit on the left, tightly spaced."""
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(6)
    return form


def ask_approval(parent: QWidget, reason: str, people: list[Person], exclude: str, ok_text: str,
                 current: Approval | None) -> Approval | None:
    """The approver and the reference of the signed form (the station's approval dialog)."""
    dialog = ApprovalDialog(reason, [p for p in people if p.badge != exclude], parent)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    if current is not None:
        index = dialog.approver.findData(current.approver)
        if index >= 0:
            dialog.approver.setCurrentIndex(index)
        else:
            dialog.approver.setEditText(current.approver)
        dialog.reference.setText(current.reference)
    return dialog.approval() if dialog.exec() else None


class PersonField(QComboBox):
    """A person by badge: chosen from those on duty, found by typing part of the name, or
    scanned (a typed badge is taken as it is; the service checks it)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(placeholder)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_people(self, people: list[Person]) -> None:
        """Offer these people; what is typed stays."""
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for p in people:
            self.addItem(f"{p.name}（{p.draft.dept}，{p.badge}）", p.badge)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def badge(self) -> str:
        """The chosen person's badge, or the text as typed or scanned."""
        text = self.currentText().strip()
        index = self.findText(text)
        return self.itemData(index) if index >= 0 else text

    def set_badge(self, badge: str) -> None:
        """Show this person (by badge)."""
        index = self.findData(badge)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(badge)

    def reset(self) -> None:
        """Empty the field."""
        self.setCurrentIndex(-1)
        self.setEditText("")


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


# -- 复制 -------------------------------------------------------------------------------


class CopyTab(MovementTab):
    """复制: approved copies registered as new carriers continuing the set's 份号; the
    copying jobs below, with labels, the copy record and the copy register."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.jobs: list[CopyJobRow] = []
        self.approval: Approval | None = None
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("scan or type, then Enter"))
        self.source_edit.returnPressed.connect(self.look_up_source)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet(GREY_TEXT)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, MAX_COPIES_PER_JOB)
        self.pages_edit = QLineEdit()
        self.pages_edit.setMaxLength(10)
        self.pages_edit.setPlaceholderText(self.tr("paper: pages per copy"))
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setMaxLength(100)
        self.maker_edit = QLineEdit()
        self.maker_edit.setMaxLength(60)
        self.maker_edit.setPlaceholderText(self.tr("who makes the copies"))
        self.applicant = PersonField(self.tr("choose, or scan the badge"))
        self.approver = PersonField(self.tr("choose, or scan the badge"))
        self.person_fields = [self.applicant, self.approver]
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(40)
        self.reference_edit.setPlaceholderText(self.tr("number of the signed approval form"))
        self.register_button = QPushButton(self.tr("Register copies"))
        self.register_button.clicked.connect(self.register_copies)
        self.errors = FieldErrors(self.result, {
            "载体编号": self.source_edit, "复制": self.purpose_edit, "复制用途": self.purpose_edit,
            "承制单位": self.maker_edit})

        first, second, third = compact(QFormLayout()), compact(QFormLayout()), compact(QFormLayout())
        first.addRow(self.tr("Source carrier:"), self.source_edit)
        first.addRow(self.source_label)
        first.addRow(self.tr("Copies:"), self.copies_spin)
        second.addRow(self.tr("Purpose:"), self.purpose_edit)
        second.addRow(self.tr("Made by:"), self.maker_edit)
        second.addRow(self.tr("Pages each:"), self.pages_edit)
        third.addRow(self.tr("Applicant:"), self.applicant)
        third.addRow(self.tr("Approved by:"), self.approver)
        third.addRow(self.tr("Approval form no.:"), self.reference_edit)
        self.form_box = QGroupBox(self.tr("Register copies"))
        columns = QHBoxLayout()
        for form in (first, second, third):
            columns.addLayout(form, 1)
        action = QHBoxLayout()
        action.addWidget(self.result, 1)
        action.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.form_box)
        box.addLayout(columns)
        box.addLayout(action)

        self.count = QLabel()
        self.table = make_table([self.tr("No."), self.tr("Date"), self.tr("Source carrier"), self.tr("Title"),
                                 self.tr("Level"), self.tr("Copies"), self.tr("Applicant"),
                                 self.tr("Approved by")], stretch=3)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.labels_button = QPushButton(self.tr("Print labels…"))
        self.labels_button.clicked.connect(self.print_labels)
        self.record_button = QPushButton(self.tr("Print copy record…"))
        self.record_button.clicked.connect(self.print_record)
        register = QPushButton(self.tr("Print copy register…"))
        register.clicked.connect(self.print_register)
        self.lay_out(self.tr("Copying jobs"), [self.count], [self.labels_button, self.record_button, register])
        self.writer_only = [self.labels_button]
        self._selection_changed()

    def refresh(self) -> None:
        """Reload the copying jobs (and the people on duty for the form)."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(copying.jobs, self.session, owner=self, on_done=self._show,
                           on_error=lambda exc: show_error(self, exc))
        if self.may(Permission.WRITE_REGISTER):
            self.load_people()

    def clear_form(self) -> None:
        """Empty the form for the next request (the maker stays: it rarely changes)."""
        for edit in (self.source_edit, self.pages_edit, self.purpose_edit, self.reference_edit):
            edit.setText("")
        self.source_label.clear()
        self.copies_spin.setValue(1)
        self.applicant.reset()
        self.approver.reset()
        self.errors.clear()

    def look_up_source(self) -> None:
        """Show which carrier the number names (and take its page count)."""
        text = self.source_edit.text().strip()
        if not text or self.session is None:
            return
        self.worker.submit(carriers.find, self.session, text, owner=self, on_done=self._source_found,
                           on_error=self._source_failed)

    def _source_found(self, carrier: Carrier) -> None:
        self.source_label.setStyleSheet(GREY_TEXT)
        self.source_label.setText(" · ".join(x for x in (carrier.draft.title, carrier.marking, carrier.copy_text,
                                                          carrier.state.value) if x))
        extent = carrier.draft.extent
        if not self.pages_edit.text() and extent.endswith("页") and extent[:-1].strip().isdigit():
            self.pages_edit.setText(extent[:-1].strip())
        self.copies_spin.setFocus()

    def _source_failed(self, exc: BaseException) -> None:
        self.source_label.setStyleSheet(RED_TEXT)
        self.source_label.setText(error_text(exc))

    def register_copies(self) -> None:
        """Register the copies on the worker; an approval asked for is asked, then retried."""
        if self.session is None:
            return
        badge, reference = self.approver.badge(), self.reference_edit.text().strip()
        self._submit(Approval(badge, reference) if badge or reference else None)

    def _submit(self, approval: Approval | None) -> None:
        self.approval = approval
        self.errors.clear()
        self.register_button.setEnabled(False)
        request = CopyRequest(source=self.source_edit.text().strip(), copies=self.copies_spin.value(),
                              purpose=self.purpose_edit.text(), maker=self.maker_edit.text(),
                              applicant=self.applicant.badge(), approval=approval,
                              pages_each=self.pages_edit.text())
        self.worker.submit(copying.copy, self.session, request, owner=self, on_done=self._copied,
                           on_error=self._copy_failed)

    def _copy_failed(self, exc: BaseException) -> None:
        self.register_button.setEnabled(True)
        if isinstance(exc, NeedsApproval):
            approval = ask_approval(self, error_text(exc), self.people, self.applicant.badge(),
                                    self.tr("Register copies"), self.approval)
            if approval is not None:
                self.approver.set_badge(approval.approver)
                self.reference_edit.setText(approval.reference)
                self._submit(approval)
            return
        self.failed(exc)

    def _copied(self, made: tuple[CopyJobRow, list[Carrier]]) -> None:
        job, copies = made
        self.register_button.setEnabled(True)
        self.clear_form()
        self.say(self.tr("{0}: {1} copies of {2} registered — {3}. Print their labels and the copy "
                         "record below.").format(job.number, job.copies, job.source_number,
                                                 "、".join(f"{c.number}（{c.copy_text}）" for c in copies)))
        self.select_after = job.number
        self.changed.emit()
        self.refresh()

    def _show(self, jobs: list[CopyJobRow]) -> None:
        key = self.select_after or (self.selected().number if self.selected() else "")
        self.select_after = ""
        self.jobs = jobs
        self.table.setRowCount(len(jobs))
        for i, job in enumerate(jobs):
            fill_row(self.table, i, (job.number, job.copied_on.isoformat(), job.source_number, job.title, job.level,
                                     copies_text(job), f"{job.applicant}（{job.dept}）" if job.dept else job.applicant,
                                     job.approver))
        self.count.setText(self.tr("{0} copying jobs").format(len(jobs)))
        self.table.clearSelection()
        select_key(self.table, [j.number for j in jobs], key)
        self._selection_changed()

    def selected(self) -> CopyJobRow | None:
        """The copying job selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.jobs[rows[0].row()] if rows and rows[0].row() < len(self.jobs) else None

    def _selection_changed(self) -> None:
        job = self.selected()
        self.labels_button.setEnabled(job is not None and bool(job.carrier_numbers))
        self.record_button.setEnabled(job is not None)

    def print_labels(self) -> None:
        """Labels of the selected job's copies."""
        job = self.selected()
        if job is not None and self.session is not None:
            LabelPrintDialog(self.worker, self.session, list(job.carrier_numbers), self).exec()

    def print_record(self) -> None:
        """The 复制登记表 of the selected job."""
        job = self.selected()
        if job is not None and self.session is not None:
            preview_pdf(self, self.worker, lifecycle_prints.copy_job_form, self.session, job.number,
                        title=self.tr("Copy record"), filename=f"复制登记表-{job.number}.pdf")

    def print_register(self) -> None:
        """The 复制登记表 of a period."""
        if self.session is not None:
            PeriodPrintDialog(self.worker, self.session, lifecycle_prints.copy_register,
                              self.tr("Print copy register"), self.tr("Copies made from:"),
                              self.tr("Copy register"), "涉密载体复制登记表.pdf", self).exec()


# -- 外出携带 ----------------------------------------------------------------------------


class BringBackDialog(CountDialog):
    """The check of one carrier back from an outing: whole and nothing added, or what is
    wrong — or not back yet (the next one is asked)."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(reason, parent)
        self.setWindowTitle(self.tr("Check on bringing back"))
        self.note.setPlaceholderText(self.tr("e.g. page 5 missing, a paper added"))
        later = QPushButton(self.tr("Not back yet"))
        later.setAutoDefault(False)
        later.clicked.connect(self.reject)
        self.layout().addRow(later)

    def _answer(self, whole: bool) -> None:
        if not whole and not self.note.text().strip():
            self.note.setStyleSheet("border: 2px solid #b00020;")
            self.note.setFocus()
            return
        super()._answer(whole)


class OutingTab(MovementTab):
    """外出携带: approved carrying out (绝密 only with the officer's consent at the PC); the
    outings below, overdue ones red, with the check on bringing back and the form."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.outings: list[OutingRow] = []
        self.approval: Approval | None = None
        self.officer: Override | None = None
        self.numbers = NumberList(worker)
        self.person = PersonField(self.tr("choose, or scan the badge"))
        self.destination_edit = QLineEdit()
        self.destination_edit.setMaxLength(100)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setMaxLength(100)
        self.return_edit = QDateEdit()
        self.return_edit.setCalendarPopup(True)
        self.return_edit.setDisplayFormat("yyyy-MM-dd")
        self.approver = PersonField(self.tr("choose, or scan the badge"))
        self.person_fields = [self.person, self.approver]
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(40)
        self.reference_edit.setPlaceholderText(self.tr("number of the signed approval form"))
        self.carry_button = QPushButton(self.tr("Carry out"))
        self.carry_button.clicked.connect(self.carry_out)
        self.errors = FieldErrors(self.result, {
            "载体编号": self.numbers.edit, "携带外出": self.destination_edit, "返回日期": self.return_edit})

        carried = compact(QFormLayout())
        carried.addRow(self.tr("Carriers:"), self.numbers)
        who = compact(QFormLayout())
        who.addRow(self.tr("Carried by:"), self.person)
        who.addRow(self.tr("Destination:"), self.destination_edit)
        who.addRow(self.tr("Purpose:"), self.purpose_edit)
        approval = compact(QFormLayout())
        approval.addRow(self.tr("Back by:"), self.return_edit)
        approval.addRow(self.tr("Approved by:"), self.approver)
        approval.addRow(self.tr("Approval form no.:"), self.reference_edit)
        self.form_box = QGroupBox(self.tr("Carry out"))
        columns = QHBoxLayout()
        columns.addLayout(carried, 4)
        columns.addLayout(who, 3)
        columns.addLayout(approval, 3)
        action = QHBoxLayout()
        action.addWidget(self.result, 1)
        action.addWidget(self.carry_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.form_box)
        box.addLayout(columns)
        box.addLayout(action)

        self.filter = QComboBox()
        for key, text in (("open", self.tr("Out now")), ("overdue", self.tr("Overdue")),
                          ("all", self.tr("All outings"))):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.table = make_table([self.tr("No."), self.tr("Carriers"), self.tr("Carried by"), self.tr("Destination"),
                                 self.tr("Back by"), self.tr("State")], stretch=1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.back_button = QPushButton(self.tr("Bring back…"))
        self.back_button.clicked.connect(self.bring_back)
        self.form_button = QPushButton(self.tr("Print approval form…"))
        self.form_button.clicked.connect(self.print_form)
        self.lay_out(self.tr("Outings"), [self.filter, self.count], [self.back_button, self.form_button])
        self.writer_only = [self.back_button]
        self._selection_changed()

    def refresh(self) -> None:
        """Reload the outings for the filter (and the people on duty for the form)."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(outings.list_outings, self.session, self.filter.currentData(), owner=self,
                           on_done=self._show, on_error=lambda exc: show_error(self, exc))
        if self.may(Permission.WRITE_REGISTER):
            self.load_people()

    def clear_form(self) -> None:
        """Empty the form; back by tomorrow."""
        self.numbers.clear()
        for edit in (self.destination_edit, self.purpose_edit, self.reference_edit):
            edit.setText("")
        self.person.reset()
        self.approver.reset()
        today = clock.now().date()
        self.return_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        set_day(self.return_edit, today + timedelta(days=1))
        self.errors.clear()

    def carry_out(self) -> None:
        """Record the outing on the worker; an approval or the officer's consent is asked
        when the rules call for it, then the request is made again."""
        if self.session is None:
            return
        self.officer = None
        badge, reference = self.approver.badge(), self.reference_edit.text().strip()
        self._submit(Approval(badge, reference) if badge or reference else None)

    def _submit(self, approval: Approval | None) -> None:
        self.approval = approval
        self.errors.clear()
        self.carry_button.setEnabled(False)
        request = OutingRequest(numbers=self.numbers.numbers(), person=self.person.badge(),
                                destination=self.destination_edit.text(), purpose=self.purpose_edit.text(),
                                return_on=day_of(self.return_edit), approval=approval, officer=self.officer)
        self.worker.submit(outings.carry_out, self.session, request, owner=self, on_done=self._carried,
                           on_error=self._carry_failed)

    def _carry_failed(self, exc: BaseException) -> None:
        self.carry_button.setEnabled(True)
        if isinstance(exc, NeedsApproval):
            approval = ask_approval(self, error_text(exc), self.people, self.person.badge(),
                                    self.tr("Carry out"), self.approval)
            if approval is not None:
                self.approver.set_badge(approval.approver)
                self.reference_edit.setText(approval.reference)
                self._submit(approval)
            return
        if isinstance(exc, Refused) and exc.code == "top_secret" and self.officer is None:
            dialog = OverrideDialog(error_text(exc), self)
            dialog.setWindowTitle(self.tr("Security officer's consent"))
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).setText(
                self.tr("Consent to carrying out"))
            if dialog.exec():
                self.officer = dialog.override()
                self._submit(self.approval)
            return
        self.failed(exc)

    def _carried(self, row: OutingRow) -> None:
        self.carry_button.setEnabled(True)
        self.officer = None
        self.clear_form()
        self.say(self.tr("{0}: {1} carriers out with {2} to {3}, back by {4}.").format(
            row.number, len(row.items), row.person, row.destination, row.return_on.isoformat()))
        self.select_after = row.number
        self.changed.emit()
        self.refresh()

    def _show(self, rows: list[OutingRow]) -> None:
        key = self.select_after or (self.selected().number if self.selected() else "")
        self.select_after = ""
        self.outings = rows
        today = clock.now().date()
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            fill_row(self.table, i, (row.number, "、".join(item.number for item in row.items),
                                     f"{row.person}（{row.dept}）", row.destination, row.return_on.isoformat(),
                                     outing_state(row, today)),
                     red_columns=(4, 5) if row.overdue(today) else ())
        self.count.setText(self.tr("{0} outings").format(len(rows)))
        self.table.clearSelection()
        select_key(self.table, [r.number for r in rows], key)
        self._selection_changed()

    def selected(self) -> OutingRow | None:
        """The outing selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.outings[rows[0].row()] if rows and rows[0].row() < len(self.outings) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.back_button.setEnabled(row is not None and row.closed_at is None)
        self.form_button.setEnabled(row is not None)

    def bring_back(self) -> None:
        """Check each carrier of the selected outing that is still out, one after another."""
        row = self.selected()
        if row is None or self.session is None:
            return
        self._bring_back_next(row, [i.number for i in row.items if not i.returned_at])

    def _bring_back_next(self, row: OutingRow, waiting: list[str]) -> None:
        while waiting:
            number = waiting.pop(0)
            dialog = BringBackDialog(self.tr("{0} back from {1} ({2}): complete, with nothing added?").format(
                number, row.destination, row.person), self)
            dialog.exec()
            if dialog.whole is None:
                continue  # not back yet
            self.worker.submit(outings.bring_back, self.session, number, dialog.whole, dialog.note.text(),
                               owner=self, on_done=lambda done: self._brought_back(done, waiting),
                               on_error=self._back_failed)
            return
        self.refresh()

    def _brought_back(self, row: OutingRow, waiting: list[str]) -> None:
        back = sum(1 for i in row.items if i.returned_at)
        self.say(self.tr("{0}: {1} of {2} carriers back.").format(row.number, back, len(row.items)))
        self.select_after = row.number
        self.changed.emit()
        self._bring_back_next(row, waiting)

    def _back_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()

    def print_form(self) -> None:
        """外出携带审批表 of the selected outing."""
        row = self.selected()
        if row is not None and self.session is not None:
            preview_pdf(self, self.worker, lifecycle_prints.outing_form, self.session, row.number,
                        title=self.tr("Carrying-out approval form"), filename=f"外出携带审批表-{row.number}.pdf")


# -- 移交/清退 ---------------------------------------------------------------------------


class ReceiptDialog(FormDialog):
    """The signed 回执 of a transfer is back: the day it came and a note."""

    def __init__(self, worker: Worker, session: Session, row: TransferRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.row = worker, session, row
        self.setWindowTitle(self.tr("Receipt received"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumDate(QDate(row.on_day.year, row.on_day.month, row.on_day.day))
        set_day(self.day, clock.now().date())
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("e.g. signed by the receiver, filed with the form"))
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(RED_TEXT)
        self.errors = FieldErrors(message, {"回执日期": self.day, "回执": self.note})
        form = QFormLayout(self)
        about = QLabel(self.tr("{0}: {1} carriers to {2} ({3}), {4}.").format(
            row.number, len(row.carrier_ids), row.to_unit, row.receiver, row.on_day.isoformat()))
        about.setWordWrap(True)
        form.addRow(about)
        form.addRow(self.tr("Receipt back on:"), self.day)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Record receipt"), self.submit))

    def submit(self) -> None:
        """Record the receipt on the worker."""
        self.run(transfers.record_receipt, self.row.number, day_of(self.day), self.note.text())


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


class ClearanceListDialog(QDialog):
    """The yearly 清退 list: an issuing unit (those whose carriers are still held are
    offered) and the year, then the preview."""

    def __init__(self, worker: Worker, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session = worker, session
        self.setWindowTitle(self.tr("Yearly return list"))
        self.issuer = QComboBox()
        self.issuer.setEditable(True)
        self.issuer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.issuer.setMinimumContentsLength(20)
        self.issuer.lineEdit().setPlaceholderText(self.tr("the issuing unit"))
        self.year = QSpinBox()
        this_year = clock.now().year
        self.year.setRange(1990, this_year)
        self.year.setValue(this_year)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED_TEXT)
        form = QFormLayout(self)
        form.addRow(self.tr("Issued by:"), self.issuer)
        form.addRow(self.tr("Received up to the end of:"), self.year)
        form.addRow(self.message)
        form.addRow(ok_buttons(self, self.tr("Preview…"), self.preview))
        worker.submit(transfers.issuers, session, owner=self, on_done=self._issuers,
                      on_error=lambda exc: self.message.setText(error_text(exc)))

    def _issuers(self, names: list[str]) -> None:
        self.issuer.addItems(names)
        self.issuer.setCurrentIndex(0 if names else -1)

    def preview(self) -> None:
        """Make the list on the worker and show it."""
        self.setEnabled(False)
        self.worker.submit(lifecycle_prints.clearance_form, self.session, self.issuer.currentText(),
                           self.year.value(), owner=self, on_done=self._show, on_error=self._failed)

    def _show(self, pdf: bytes) -> None:
        self.setEnabled(True)
        issuer = self.issuer.currentText().strip()
        PdfPreviewDialog(pdf, self.tr("Yearly return list"), f"{self.year.value()}年度清退清单-{issuer}.pdf",
                         parent=self).exec()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_text(exc))


class TransferTab(MovementTab):
    """移交 to another unit and 清退 to the issuer, witnessed; the batches below stay
    回执未回 (red) until the signed receipt is back and recorded."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.transfers: list[TransferRow] = []
        self.kind_combo = QComboBox()
        for kind, text in ((TransferKind.TRANSFER, self.tr("Transfer to another unit")),
                           (TransferKind.RETURN, self.tr("Return to the issuer"))):
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.numbers = NumberList(worker)
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(100)
        self.unit_completer = QCompleter([], self.unit_edit)
        self.unit_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit_edit.setCompleter(self.unit_completer)
        self.receiver_edit = QLineEdit()
        self.receiver_edit.setMaxLength(40)
        self.handed_edit = QLineEdit()
        self.handed_edit.setMaxLength(40)
        self.handed_label = QLabel()
        self.witness_edit = QLineEdit()
        self.witness_edit.setMaxLength(40)
        self.remarks_edit = QLineEdit()
        self.remarks_edit.setMaxLength(200)
        self.hand_button = QPushButton(self.tr("Hand over"))
        self.hand_button.clicked.connect(self.hand_over)
        self.errors = FieldErrors(self.result, {"载体编号": self.numbers.edit, "移交": self.unit_edit,
                                                "清退": self.unit_edit})

        carried = compact(QFormLayout())
        carried.addRow(self.tr("Kind:"), self.kind_combo)
        carried.addRow(self.tr("Carriers:"), self.numbers)
        receiver = compact(QFormLayout())
        receiver.addRow(self.tr("Receiving unit:"), self.unit_edit)
        receiver.addRow(self.tr("Receiver:"), self.receiver_edit)
        receiver.addRow(self.tr("Remarks:"), self.remarks_edit)
        hands = compact(QFormLayout())
        hands.addRow(self.handed_label, self.handed_edit)
        hands.addRow(self.tr("Witness:"), self.witness_edit)
        self.form_box = QGroupBox(self.tr("Transfer or return"))
        columns = QHBoxLayout()
        columns.addLayout(carried, 4)
        columns.addLayout(receiver, 3)
        columns.addLayout(hands, 3)
        action = QHBoxLayout()
        action.addWidget(self.result, 1)
        action.addWidget(self.hand_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.form_box)
        box.addLayout(columns)
        box.addLayout(action)

        self.filter = QComboBox()
        for key, text in (("outstanding", self.tr("Receipt outstanding")), ("all", self.tr("All"))):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.table = make_table([self.tr("No."), self.tr("Kind"), self.tr("Receiving unit"), self.tr("Receiver"),
                                 self.tr("Date"), self.tr("Items"), self.tr("Receipt")], stretch=2)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.receipt_button = QPushButton(self.tr("Receipt received…"))
        self.receipt_button.clicked.connect(self.receipt_received)
        self.form_button = QPushButton(self.tr("Print form and receipt…"))
        self.form_button.clicked.connect(self.print_form)
        yearly = QPushButton(self.tr("Yearly return list…"))
        yearly.clicked.connect(self.yearly_list)
        self.lay_out(self.tr("Transfers and returns"), [self.filter, self.count],
                     [self.receipt_button, self.form_button, yearly])
        self.writer_only = [self.receipt_button]
        self._kind_changed()
        self._selection_changed()

    def kind(self) -> TransferKind:
        """移交 or 清退, as chosen."""
        return TransferKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        returning = self.kind() is TransferKind.RETURN
        self.handed_label.setText(self.tr("Returned by:") if returning else self.tr("Handed over by:"))
        self.unit_edit.setPlaceholderText(self.tr("the issuer the carriers go back to") if returning else "")
        self.errors.fields[self.kind().value] = self.unit_edit

    def refresh(self) -> None:
        """Reload the list for the filter (and the issuers offered for a return)."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(transfers.list_transfers, self.session, self.filter.currentData() == "outstanding",
                           owner=self, on_done=self._show, on_error=lambda exc: show_error(self, exc))
        if self.may(Permission.WRITE_REGISTER):
            self.worker.submit(transfers.issuers, self.session, owner=self,
                               on_done=lambda names: self.unit_completer.model().setStringList(names),
                               on_error=lambda exc: show_error(self, exc))

    def clear_form(self) -> None:
        """Empty the form (the kind stays)."""
        self.numbers.clear()
        for edit in (self.unit_edit, self.receiver_edit, self.handed_edit, self.witness_edit, self.remarks_edit):
            edit.setText("")
        self.errors.clear()

    def hand_over(self) -> None:
        """Record the transfer or return on the worker."""
        if self.session is None:
            return
        self.errors.clear()
        self.hand_button.setEnabled(False)
        request = TransferRequest(kind=self.kind(), numbers=self.numbers.numbers(), to_unit=self.unit_edit.text(),
                                  receiver=self.receiver_edit.text(), handed_by=self.handed_edit.text(),
                                  witness=self.witness_edit.text(), remarks=self.remarks_edit.text())
        self.worker.submit(transfers.transfer, self.session, request, owner=self, on_done=self._handed,
                           on_error=self._hand_failed)

    def _hand_failed(self, exc: BaseException) -> None:
        self.hand_button.setEnabled(True)
        self.failed(exc)

    def _handed(self, row: TransferRow) -> None:
        self.hand_button.setEnabled(True)
        self.clear_form()
        self.say(self.tr("{0}: {1} carriers to {2} ({3}). Print the form and the receipt for the receiver "
                         "to sign; record the receipt when it is back.").format(
            row.number, len(row.carrier_ids), row.to_unit, row.receiver))
        self.select_after = row.number
        self.changed.emit()
        self.refresh()

    def _show(self, rows: list[TransferRow]) -> None:
        key = self.select_after or (self.selected().number if self.selected() else "")
        self.select_after = ""
        self.transfers = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            fill_row(self.table, i, (row.number, row.kind, row.to_unit, row.receiver, row.on_day.isoformat(),
                                     str(len(row.carrier_ids)), receipt_state(row)),
                     red_columns=(6,) if row.outstanding else ())
        self.count.setText(self.tr("{0} transfers and returns").format(len(rows)))
        self.table.clearSelection()
        select_key(self.table, [r.number for r in rows], key)
        self._selection_changed()

    def selected(self) -> TransferRow | None:
        """The transfer selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.transfers[rows[0].row()] if rows and rows[0].row() < len(self.transfers) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.receipt_button.setEnabled(row is not None and row.outstanding)
        self.form_button.setEnabled(row is not None)

    def receipt_received(self) -> None:
        """Record the signed receipt of the selected transfer."""
        row = self.selected()
        if row is None or self.session is None:
            return
        dialog = ReceiptDialog(self.worker, self.session, row, self)
        if dialog.exec():
            self.say(self.tr("{0}: receipt recorded ({1}).").format(row.number, dialog.outcome.receipt_on.isoformat()))
            self.select_after = row.number
            self.changed.emit()
            self.refresh()

    def print_form(self) -> None:
        """移交/清退登记表 with its 回执, of the selected row."""
        row = self.selected()
        if row is not None and self.session is not None:
            preview_pdf(self, self.worker, lifecycle_prints.transfer_form, self.session, row.number,
                        title=self.tr("Transfer form and receipt"), filename=f"{row.kind}登记表-{row.number}.pdf")

    def yearly_list(self) -> None:
        """The yearly 清退 list of one issuer."""
        if self.session is not None:
            ClearanceListDialog(self.worker, self.session, self).exec()


# -- 解密审查 ----------------------------------------------------------------------------


class DeclassifyDialog(FormDialog):
    """解密: the basis and the approval reference; the carrier stays on the register as 内部."""

    def __init__(self, worker: Worker, session: Session, carrier: Carrier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.carrier = worker, session, carrier
        self.setWindowTitle(self.tr("Declassify {0}").format(carrier.number))
        about = QLabel(self.tr("{0} ({1}) becomes 内部 (a work secret, no longer a state secret). It stays on "
                               "the register.").format(carrier.draft.title, carrier.marking))
        about.setWordWrap(True)
        self.basis = QLineEdit()
        self.basis.setMaxLength(200)
        self.basis.setPlaceholderText(self.tr("e.g. term ended; declassification review"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(40)
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(RED_TEXT)
        self.errors = FieldErrors(message, {"解密": self.basis})
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Basis:"), self.basis)
        form.addRow(self.tr("Approval reference:"), self.reference)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Declassify"), self.submit))
        self.setMinimumWidth(460)

    def submit(self) -> None:
        """Declassify on the worker."""
        self.run(carriers.declassify, self.carrier.number, self.basis.text(), self.reference.text())


class ReviewTab(MovementTab):
    """解密审查: the carriers still held whose term has ended; the officer declassifies them
    or changes their marking, and the label is reprinted."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.carriers: list[Carrier] = []
        about = QLabel(self.tr("Carriers still held whose term of secrecy has ended. The security officer "
                               "decides for each: declassify it, or change its marking (a new level or term)."))
        about.setWordWrap(True)
        self.count = QLabel()
        self.table = make_table([self.tr("Carrier no."), self.tr("Marking"), self.tr("Title"), self.tr("Issued"),
                                 self.tr("Term ended"), self.tr("State"), self.tr("Custodian")], stretch=2)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.declassify_button = QPushButton(self.tr("Declassify…"))
        self.declassify_button.clicked.connect(self.declassify)
        self.reclassify_button = QPushButton(self.tr("Change marking…"))
        self.reclassify_button.clicked.connect(self.reclassify)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.declassify_button)
        buttons.addWidget(self.reclassify_button)
        column = QVBoxLayout(self)
        column.addWidget(about)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        column.addWidget(self.result)
        self._selection_changed()

    def set_session(self, session: Session | None) -> None:
        """Serve this session (None: clear); the decisions only for the officer."""
        self.session = session
        approves = self.may(Permission.APPROVE)
        self.declassify_button.setVisible(approves)
        self.reclassify_button.setVisible(approves)
        self.result.clear()
        self.refresh()

    def refresh(self) -> None:
        """Reload the carriers due for review."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(carriers.due_for_review, self.session, owner=self, on_done=self._show,
                           on_error=lambda exc: show_error(self, exc))

    def _show(self, due: list[Carrier]) -> None:
        key = self.selected().number if self.selected() else ""
        self.carriers = due
        self.table.setRowCount(len(due))
        for i, c in enumerate(due):
            d = c.draft
            ends = declassification_date(d.level, d.term, d.issue_date)
            fill_row(self.table, i, (c.number, c.marking, d.title, d.issue_date.isoformat() if d.issue_date else "",
                                     ends.isoformat() if ends else "", c.state.value, d.custodian))
        self.count.setText(self.tr("{0} carriers due for review").format(len(due)))
        self.table.clearSelection()
        select_key(self.table, [c.number for c in due], key)
        self._selection_changed()

    def selected(self) -> Carrier | None:
        """The carrier selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.carriers[rows[0].row()] if rows and rows[0].row() < len(self.carriers) else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.declassify_button.setEnabled(chosen)
        self.reclassify_button.setEnabled(chosen)

    def declassify(self) -> None:
        """Declassify the selected carrier (it stays on the register as 内部)."""
        carrier = self.selected()
        if carrier is None or self.session is None:
            return
        dialog = DeclassifyDialog(self.worker, self.session, carrier, self)
        if dialog.exec():
            self._changed(carrier, dialog.outcome)

    def reclassify(self) -> None:
        """Change the marking of the selected carrier (the register page's dialog)."""
        carrier = self.selected()
        if carrier is None or self.session is None:
            return
        if ReclassifyDialog(self.worker, self.session, carrier, self).exec():
            self.worker.submit(carriers.find, self.session, carrier.number, owner=self,
                               on_done=lambda after: self._changed(carrier, after),
                               on_error=lambda exc: show_error(self, exc))

    def _changed(self, before: Carrier, after: Carrier) -> None:
        self.changed.emit()
        self.refresh()
        self.say(self.tr("{0}: {1} → {2}.").format(after.number, before.marking, after.marking))
        offer_reprint(self, self.worker, self.session, after.number)
