"""Dialogs of inspections and rectification (检查与整改): recording an inspection with its
findings, the officer's 整改通知书, the written report that comes back, and the officer's
re-check. Each runs its service on the worker and stays open with the refusal shown."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain import clock
from secdesk.services import inspections
from secdesk.services.inspections import InspectionDraft, Kind
from secdesk.services.session import Session
from secdesk.gui.shell.field_errors import FieldErrors, FormDialog, day_of, ok_buttons, set_day
from secdesk.gui.inventory.incidents_dialogs import message_label, text_box, today_qdate
from secdesk.gui.shell.worker import Worker
from secdesk.services.inspections import FindingRow

DEFAULT_DUE_DAYS = 30


def date_edit(day=None) -> QDateEdit:
    """A date field with its calendar, showing ``day`` (today when None)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    set_day(edit, day or clock.now().date())
    return edit


def qdate(day) -> QDate:
    """A QDate of a date."""
    return QDate(day.year, day.month, day.day)


class InspectionDialog(FormDialog):
    """登记检查: date, kind, inspectors, scope, summary, and the problems found (department
    and problem, one per line)."""

    def __init__(self, worker: Worker, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session = worker, session
        self.setWindowTitle(self.tr("Record an inspection"))
        self.held_on = date_edit()
        self.held_on.setMaximumDate(today_qdate())
        self.kind = QComboBox()
        for kind, text in ((Kind.SELF, self.tr("Monthly self-check")), (Kind.QUARTERLY, self.tr("Quarterly")),
                           (Kind.YEARLY, self.tr("Yearly")), (Kind.SPECIAL, self.tr("Special"))):
            self.kind.addItem(text, kind.value)
        self.inspectors = QLineEdit()
        self.inspectors.setMaxLength(100)
        self.inspectors.setPlaceholderText(self.tr("names, and the committee or office they came from"))
        self.scope = QLineEdit()
        self.scope.setMaxLength(200)
        self.scope.setPlaceholderText(self.tr("e.g. secrecy room, carrier register, personnel files"))
        self.summary = text_box(lines=2)
        self.findings = QTableWidget(0, 2)
        self.findings.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Problem found")])
        self.findings.verticalHeader().hide()
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.findings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.findings.setColumnWidth(0, 130)
        self.findings.setMinimumHeight(150)
        add = QPushButton(self.tr("Add problem"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_finding)
        remove = QPushButton(self.tr("Remove problem"))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self.findings.removeRow(self.findings.currentRow()))
        self.add_finding()
        message = message_label()
        self.errors = FieldErrors(message, {"检查人": self.inspectors, "检查日期": self.held_on})
        form = QFormLayout()
        form.addRow(self.tr("Held on:"), self.held_on)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Inspectors:"), self.inspectors)
        form.addRow(self.tr("Scope:"), self.scope)
        form.addRow(self.tr("Summary:"), self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Problems found (none: leave the list empty):")), 1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.findings, 1)
        column.addWidget(message)
        column.addWidget(ok_buttons(self, self.tr("Record inspection"), self.submit))
        self.resize(640, 560)

    def add_finding(self, dept: str = "", problem: str = "") -> None:
        """One more problem line (typed into the table)."""
        row = self.findings.rowCount()
        self.findings.insertRow(row)
        self.findings.setItem(row, 0, QTableWidgetItem(dept))
        self.findings.setItem(row, 1, QTableWidgetItem(problem))
        self.findings.setCurrentCell(row, 0)

    def problems(self) -> tuple[tuple[str, str], ...]:
        """The (department, problem) lines with a problem written."""
        lines = []
        for row in range(self.findings.rowCount()):
            dept, problem = (self.findings.item(row, c) for c in (0, 1))
            text = problem.text().strip() if problem else ""
            if text:
                lines.append(((dept.text().strip() if dept else ""), text))
        return tuple(lines)

    def draft(self) -> InspectionDraft:
        """The inspection as the form shows it."""
        return InspectionDraft(day_of(self.held_on), Kind(self.kind.currentData()), self.inspectors.text(),
                               self.scope.text(), self.summary.toPlainText(), self.problems())

    def submit(self) -> None:
        """Record it on the worker (a cell still being typed in is taken too)."""
        self.findings.setCurrentItem(None)
        self.run(inspections.record, self.draft())


class NoticeDialog(FormDialog):
    """整改通知书: the officer's requirements and the due date for one finding."""

    def __init__(self, worker: Worker, session: Session, finding: FindingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.finding = worker, session, finding
        self.setWindowTitle(self.tr("Issue a rectification notice"))
        about = QLabel(self.tr("{0} — {1}: {2}").format(finding.inspection, finding.dept or "—", finding.problem))
        about.setWordWrap(True)
        self.requirements = text_box(self.tr("what must be put right, and how it is reported"), lines=4)
        self.due_on = date_edit(clock.now().date() + timedelta(days=DEFAULT_DUE_DAYS))
        self.due_on.setMinimumDate(today_qdate())
        message = message_label()
        self.errors = FieldErrors(message, {"整改要求": self.requirements, "整改期限": self.due_on,
                                            "整改通知书": self.requirements})
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Requirements:"), self.requirements)
        form.addRow(self.tr("Put right by:"), self.due_on)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Issue notice"), self.submit))
        self.setMinimumWidth(560)

    def submit(self) -> None:
        """Issue it on the worker."""
        self.run(inspections.issue_notice, self.finding.id, self.requirements.toPlainText(), day_of(self.due_on))


class RectificationReportDialog(FormDialog):
    """整改情况报告: what was done, as the written report that came back says."""

    def __init__(self, worker: Worker, session: Session, finding: FindingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.finding = worker, session, finding
        self.setWindowTitle(self.tr("Rectification report: {0}").format(finding.notice))
        about = QLabel(self.tr("Problem: {0}\nRequired: {1}\nDue: {2}").format(
            finding.problem, finding.requirements, finding.due_on.isoformat() if finding.due_on else "—"))
        about.setWordWrap(True)
        self.report = text_box(self.tr("what was done, as the written report says"), lines=4)
        self.report.setPlainText(finding.report)
        self.on = date_edit()
        self.on.setMaximumDate(today_qdate())
        if finding.issued_on:
            self.on.setMinimumDate(qdate(finding.issued_on))
        message = message_label()
        self.errors = FieldErrors(message, {"整改情况": self.report, "整改通知书": self.report})
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("What was done:"), self.report)
        form.addRow(self.tr("Report received on:"), self.on)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Record report"), self.submit))
        self.setMinimumWidth(560)

    def submit(self) -> None:
        """Record it on the worker."""
        self.run(inspections.record_report, self.finding.notice, self.report.toPlainText(), day_of(self.on))


class RecheckDialog(FormDialog):
    """复查: passed closes the notice; not passed needs a new due date."""

    def __init__(self, worker: Worker, session: Session, finding: FindingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.finding = worker, session, finding
        self.setWindowTitle(self.tr("Re-check: {0}").format(finding.notice))
        about = QLabel(self.tr("Problem: {0}\nReported: {1}").format(finding.problem, finding.report or "—"))
        about.setWordWrap(True)
        self.passed = QRadioButton(self.tr("Passed: close the notice"))
        self.failed = QRadioButton(self.tr("Not passed: rectify again"))
        self.passed.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.passed)
        group.addButton(self.failed)
        self.opinion = text_box(self.tr("what the re-check found"), lines=3)
        self.new_due = date_edit(clock.now().date() + timedelta(days=DEFAULT_DUE_DAYS))
        self.new_due.setMinimumDate(today_qdate())
        self.failed.toggled.connect(self.new_due.setEnabled)
        self.new_due.setEnabled(False)
        message = message_label()
        self.errors = FieldErrors(message, {"复查意见": self.opinion, "整改期限": self.new_due, "复查": self.opinion})
        choice = QHBoxLayout()
        choice.addWidget(self.passed)
        choice.addWidget(self.failed)
        choice.addStretch(1)
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Result:"), choice)
        form.addRow(self.tr("Opinion:"), self.opinion)
        form.addRow(self.tr("New due date:"), self.new_due)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Record re-check"), self.submit))
        self.setMinimumWidth(560)

    def submit(self) -> None:
        """Record it on the worker."""
        passed = self.passed.isChecked()
        self.run(inspections.recheck, self.finding.notice, passed, self.opinion.toPlainText(),
                 None if passed else day_of(self.new_due))
