"""复制: register approved copies of a carrier, the copies' labels, 复制登记表 (form 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.carriers.model import Carrier
from secdesk.domain.lending.rules import NeedsApproval
from secdesk.domain.lifecycle.rules import MAX_COPIES_PER_JOB
from secdesk.domain.roles import Permission
from secdesk.gui.lifecycle.movements_page import ask_approval, MovementTab, PeriodPrintDialog
from secdesk.gui.shell.field_errors import FieldErrors
from secdesk.gui.shell.label_print import LabelPrintDialog
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.widgets import (
    RED_TEXT,
    GREY_TEXT,
    make_table,
    fill_row,
    select_key,
    preview_pdf,
    compact,
    PersonField,
)
from secdesk.gui.shell.worker import Worker
from secdesk.services import approvals, carriers, copying, lifecycle_prints
from secdesk.services.copying import CopyJobRow
from secdesk.services.copying import CopyRequest
from secdesk.services.lending import Approval


def copies_text(job: CopyJobRow) -> str:
    """``2份（第3-4份）`` or ``1份（第3份）``."""
    last = job.first_copy + job.copies - 1
    span = f"第{job.first_copy}-{last}份" if last > job.first_copy else f"第{job.first_copy}份"
    return f"{job.copies}份（{span}）"


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
            people = self.worker.wait_for(approvals.eligible, self.session, exc.level, exc.by, self.applicant.badge())
            approval = ask_approval(self, error_text(exc), people, self.applicant.badge(),
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
