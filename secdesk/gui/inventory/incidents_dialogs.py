"""Dialogs of missing carriers and incidents: registering a carrier 下落不明, finding it
again, the texts of the incident report, the report made, and closing the incident. Each
runs its service on the worker and stays open with the refusal shown at its field."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from secdesk.domain import clock
from secdesk.services import missing
from secdesk.services.session import Session
from secdesk.gui.shell.field_errors import FieldErrors, FormDialog, day_of, ok_buttons, set_day
from secdesk.gui.shell.widgets import RED_TEXT
from secdesk.gui.shell.worker import Worker
from secdesk.services.missing import IncidentRow, MissingRow


def text_box(placeholder: str = "", lines: int = 4) -> QPlainTextEdit:
    """A multi-line field about ``lines`` lines high."""
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def message_label() -> QLabel:
    """The red line where a refusal is shown."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(RED_TEXT)
    return label


def today_qdate() -> QDate:
    """Today, as the services see it."""
    today = clock.now().date()
    return QDate(today.year, today.month, today.day)


class MissingDialog(FormDialog):
    """登记下落不明: the carrier, the day it was found missing, where and by whom."""

    def __init__(self, worker: Worker, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session = worker, session
        self.setWindowTitle(self.tr("Register a carrier missing"))
        about = QLabel(self.tr("The carrier is not where the register says. Its search deadline starts on the "
                               "day of discovery: 10 days for 绝密, 60 days for 机密 and 秘密."))
        about.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setMaxLength(40)
        self.number.setPlaceholderText(self.tr("scan or type the carrier number"))
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setMaximumDate(today_qdate())
        set_day(self.since, clock.now().date())
        self.place = QLineEdit()
        self.place.setMaxLength(100)
        self.place.setPlaceholderText(self.tr("where it should have been"))
        self.finder = QLineEdit()
        self.finder.setMaxLength(40)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        message = message_label()
        self.errors = FieldErrors(message, {"载体编号": self.number, "状态": self.number, "发现日期": self.since})
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Carrier no.:"), self.number)
        form.addRow(self.tr("Found missing on:"), self.since)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Found missing by:"), self.finder)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Register missing"), self.submit))
        self.setMinimumWidth(500)

    def submit(self) -> None:
        """Register it on the worker."""
        self.run(missing.mark_missing, self.number.text().strip(), day_of(self.since), self.place.text(),
                 self.finder.text(), self.note.text())


class FoundDialog(FormDialog):
    """找回: where and by whom the carrier was found; it goes back to the state it had."""

    def __init__(self, worker: Worker, session: Session, row: MissingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.row = worker, session, row
        self.setWindowTitle(self.tr("Carrier found: {0}").format(row.number))
        about = QLabel(self.tr("{0} ({1}), missing since {2}, goes back to {3}.").format(
            row.number, row.marking, row.since.isoformat(), row.previous_state))
        about.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("where, by whom, in what condition"))
        message = message_label()
        self.errors = FieldErrors(message, {"找回情况": self.note})
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Found:"), self.note)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Record as found"), self.submit))
        self.setMinimumWidth(480)

    def submit(self) -> None:
        """Record it on the worker."""
        self.run(missing.found, self.row.number, self.note.text())


class IncidentReportDialog(FormDialog):
    """The texts of the 泄密事件报告登记表: 简要经过, 已进行的查找工作, 已采取或拟采取的补救措施."""

    def __init__(self, worker: Worker, session: Session, incident: IncidentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.incident = worker, session, incident
        self.setWindowTitle(self.tr("Incident report {0}").format(incident.number))
        self.course = text_box(lines=4)
        self.course.setPlainText(incident.course)
        self.search = text_box(lines=3)
        self.search.setPlainText(incident.search_done)
        self.remedies = text_box(self.tr("what was done or will be done to limit the harm"), lines=3)
        self.remedies.setPlainText(incident.remedies)
        message = message_label()
        self.errors = FieldErrors(message, {})
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Course of events:"), self.course)
        form.addRow(self.tr("Search done:"), self.search)
        form.addRow(self.tr("Remedies:"), self.remedies)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Save report"), self.submit))
        self.resize(640, 500)

    def submit(self) -> None:
        """Save on the worker."""
        self.run(missing.update_incident, self.incident.number, self.course.toPlainText(),
                 self.search.toPlainText(), self.remedies.toPlainText())


class ReportMadeDialog(FormDialog):
    """The report to the 保密行政管理部门 was made (due within 24 hours): when."""

    def __init__(self, worker: Worker, session: Session, incident: IncidentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.incident = worker, session, incident
        self.setWindowTitle(self.tr("Report made: {0}").format(incident.number))
        about = QLabel(self.tr("Incident {0} ({1}): the report was due by {2}.").format(
            incident.number, incident.carrier_number, incident.report_due.replace("T", " ")[:16]))
        about.setWordWrap(True)
        self.at = QDateTimeEdit()
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = clock.now()
        self.at.setMinimumDateTime(QDateTime(datetime.fromisoformat(incident.opened_at).replace(tzinfo=None)))
        self.at.setMaximumDateTime(QDateTime(now.replace(tzinfo=None)))
        self.at.setDateTime(QDateTime(now.replace(tzinfo=None)))
        message = message_label()
        self.errors = FieldErrors(message, {})
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Reported at:"), self.at)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Record report"), self.submit))
        self.setMinimumWidth(500)

    def submit(self) -> None:
        """Record it on the worker (local time)."""
        at = self.at.dateTime().toPython().astimezone().replace(microsecond=0)
        self.run(missing.record_report, self.incident.number, at)


class CloseIncidentDialog(FormDialog):
    """查处结案: the officer's conclusion."""

    def __init__(self, worker: Worker, session: Session, incident: IncidentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.incident = worker, session, incident
        self.setWindowTitle(self.tr("Close incident {0}").format(incident.number))
        about = QLabel(self.tr("Incident {0} ({1}), to be closed by {2}. Once closed it cannot be changed.").format(
            incident.number, incident.carrier_number, incident.close_due.isoformat()))
        about.setWordWrap(True)
        self.conclusion = text_box(self.tr("the findings of the investigation and what was decided"), lines=4)
        message = message_label()
        self.errors = FieldErrors(message, {"结案意见": self.conclusion})
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Conclusion:"), self.conclusion)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Close incident"), self.submit))
        self.setMinimumWidth(520)

    def submit(self) -> None:
        """Close it on the worker."""
        self.run(missing.close_incident, self.incident.number, self.conclusion.toPlainText())
