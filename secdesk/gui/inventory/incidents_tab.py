"""The tab of missing carriers and incidents (下落不明与泄密事件): the carriers still missing
with their search deadline and the days left (red when 3 or fewer, or past); below, the
incidents opened past a deadline, with the 24-hour report and the 3-month closing date.
The clerk registers a carrier missing or found; the report's texts are written by the
clerk or the officer; only the officer records the report made and closes an incident."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from secdesk.domain import clock
from secdesk.domain.inventory.deadlines import days_left
from secdesk.domain.roles import Permission
from secdesk.services import inventory_prints, missing
from secdesk.services.session import Session
from secdesk.gui.inventory.incidents_dialogs import (
    CloseIncidentDialog,
    FoundDialog,
    IncidentReportDialog,
    MissingDialog,
    ReportMadeDialog,
)
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.widgets import fill_row, make_table, preview_pdf, select_key
from secdesk.gui.shell.worker import Worker
from secdesk.services.missing import IncidentRow, MissingRow

URGENT_DAYS = 3


def short_time(stamp: str | None) -> str:
    """``2026-03-05 14:20`` from a stored time."""
    return stamp.replace("T", " ")[:16] if stamp else ""


class IncidentsTab(QWidget):
    """Missing carriers above, incidents below."""

    changed = Signal()  # a carrier was registered missing or found, or an incident changed

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.missing: list[MissingRow] = []
        self.incidents: list[IncidentRow] = []
        self.select_missing = self.select_incident = ""
        self.show_all = QCheckBox(self.tr("Show found carriers and closed incidents too"))
        self.show_all.toggled.connect(self.refresh)
        self.result = QLabel()
        self.result.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_missing())
        splitter.addWidget(self._build_incidents())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.show_all)
        column.addWidget(splitter, 1)
        column.addWidget(self.result)
        self._selection_changed()

    def _build_missing(self) -> QGroupBox:
        box = QGroupBox(self.tr("Missing carriers"))
        self.missing_count = QLabel()
        self.missing_table = make_table([self.tr("Carrier no."), self.tr("Marking"), self.tr("Title"),
                                         self.tr("Missing since"), self.tr("Search deadline"), self.tr("Days left"),
                                         self.tr("Incident")], stretch=2)
        self.missing_table.itemSelectionChanged.connect(self._selection_changed)
        self.mark_button = QPushButton(self.tr("Register missing…"))
        self.mark_button.clicked.connect(self.mark_missing)
        self.found_button = QPushButton(self.tr("Found…"))
        self.found_button.clicked.connect(self.found)
        buttons = QHBoxLayout()
        buttons.addWidget(self.missing_count)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.found_button)
        column = QVBoxLayout(box)
        column.addLayout(buttons)
        column.addWidget(self.missing_table, 1)
        return box

    def _build_incidents(self) -> QGroupBox:
        box = QGroupBox(self.tr("Incidents (handled as a leak)"))
        self.incident_count = QLabel()
        self.incident_table = make_table([self.tr("No."), self.tr("Carrier no."), self.tr("Opened"),
                                          self.tr("Report due"), self.tr("Reported"), self.tr("Close by"),
                                          self.tr("Closed")], stretch=6)
        self.incident_table.itemSelectionChanged.connect(self._selection_changed)
        self.edit_button = QPushButton(self.tr("Report texts…"))
        self.edit_button.clicked.connect(self.edit_report)
        self.reported_button = QPushButton(self.tr("Report made…"))
        self.reported_button.clicked.connect(self.report_made)
        self.close_button = QPushButton(self.tr("Close…"))
        self.close_button.clicked.connect(self.close_incident)
        self.print_button = QPushButton(self.tr("Print report form…"))
        self.print_button.clicked.connect(self.print_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.incident_count)
        buttons.addStretch(1)
        for button in (self.edit_button, self.reported_button, self.close_button, self.print_button):
            buttons.addWidget(button)
        column = QVBoxLayout(box)
        column.addLayout(buttons)
        column.addWidget(self.incident_table, 1)
        return box

    # -- session and lists ----------------------------------------------------------------
    def may(self, permission: Permission) -> bool:
        """Whether the signed-in role holds ``permission``."""
        return self.session is not None and self.session.actor.can(permission)

    def set_session(self, session: Session | None) -> None:
        """Show this session's lists (None: clear); the actions for the roles that take them."""
        self.session = session
        writes, approves = self.may(Permission.WRITE_REGISTER), self.may(Permission.APPROVE)
        self.mark_button.setVisible(writes)
        self.found_button.setVisible(writes)
        self.edit_button.setVisible(writes or approves)
        self.reported_button.setVisible(approves)
        self.close_button.setVisible(approves)
        self.result.clear()
        self.refresh()

    def refresh(self) -> None:
        """Reload both lists."""
        if self.session is None:
            self._show_missing([])
            self._show_incidents([])
            return
        open_only = not self.show_all.isChecked()
        self.worker.submit(missing.list_missing, self.session, open_only, owner=self, on_done=self._show_missing,
                           on_error=lambda exc: show_error(self, exc))
        self.worker.submit(missing.incidents, self.session, open_only, owner=self, on_done=self._show_incidents,
                           on_error=lambda exc: show_error(self, exc))

    def days_text(self, row: MissingRow, today: date) -> tuple[str, bool]:
        """What the 剩余天数 column says, and whether it is urgent."""
        if row.found_at:
            return self.tr("Found {0}").format(row.found_at[:10]), False
        if row.deadline is None:
            return self.tr("No deadline (内部)"), False
        left = days_left(row.deadline, today)
        if left < 0:
            return self.tr("{0} days past").format(-left), True
        if left == 0:
            return self.tr("Last day today"), True
        return self.tr("{0} days").format(left), left <= URGENT_DAYS

    def _show_missing(self, rows: list[MissingRow]) -> None:
        key = self.select_missing or (str(self.selected_missing().id) if self.selected_missing() else "")
        self.select_missing = ""
        self.missing = rows if self.session is not None else []  # nothing shows once locked
        rows = self.missing
        today = clock.now().date()
        table = self.missing_table
        table.setRowCount(len(rows))
        for i, m in enumerate(rows):
            days, urgent = self.days_text(m, today)
            fill_row(table, i, (m.number, m.marking, m.title, m.since.isoformat(),
                                m.deadline.isoformat() if m.deadline else "—", days, m.incident),
                     red_columns=(4, 5) if urgent else ())
        still = sum(1 for m in rows if not m.found_at)
        self.missing_count.setText(self.tr("{0} carriers missing").format(still))
        table.clearSelection()
        select_key(table, [str(m.id) for m in rows], key)
        self._selection_changed()

    def _show_incidents(self, rows: list[IncidentRow]) -> None:
        key = self.select_incident or (self.selected_incident().number if self.selected_incident() else "")
        self.select_incident = ""
        self.incidents = rows if self.session is not None else []
        rows = self.incidents
        now, today = clock.now().isoformat(), clock.now().date()
        table = self.incident_table
        table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            red = ((3, 4) if not r.reported_at and now > r.report_due else ()) + \
                ((5, 6) if not r.closed_at and today > r.close_due else ())
            fill_row(table, i, (r.number, r.carrier_number, short_time(r.opened_at), short_time(r.report_due),
                                short_time(r.reported_at) or self.tr("Not yet"), r.close_due.isoformat(),
                                short_time(r.closed_at) or self.tr("Open")),
                     red_columns=red)
        open_count = sum(1 for r in rows if not r.closed_at)
        self.incident_count.setText(self.tr("{0} open incidents").format(open_count))
        table.clearSelection()
        select_key(table, [r.number for r in rows], key)
        self._selection_changed()

    def selected_missing(self) -> MissingRow | None:
        """The missing record selected."""
        rows = self.missing_table.selectionModel().selectedRows()
        return self.missing[rows[0].row()] if rows and rows[0].row() < len(self.missing) else None

    def selected_incident(self) -> IncidentRow | None:
        """The incident selected."""
        rows = self.incident_table.selectionModel().selectedRows()
        return self.incidents[rows[0].row()] if rows and rows[0].row() < len(self.incidents) else None

    def _selection_changed(self) -> None:
        record, incident = self.selected_missing(), self.selected_incident()
        self.found_button.setEnabled(record is not None and not record.found_at)
        is_open = incident is not None and not incident.closed_at
        self.edit_button.setEnabled(is_open)
        self.reported_button.setEnabled(is_open and not incident.reported_at)
        self.close_button.setEnabled(is_open)
        self.print_button.setEnabled(incident is not None)

    # -- actions ------------------------------------------------------------------------
    def mark_missing(self) -> None:
        """Register a carrier missing."""
        if self.session is None:
            return
        dialog = MissingDialog(self.worker, self.session, self)
        if dialog.exec():
            row: MissingRow = dialog.outcome
            deadline = row.deadline.isoformat() if row.deadline else self.tr("none (内部)")
            self._done(self.tr("{0} registered missing since {1}; search deadline {2}.").format(
                row.number, row.since.isoformat(), deadline), missing_key=str(row.id))

    def found(self) -> None:
        """Record the selected carrier as found."""
        record = self.selected_missing()
        if record is None or self.session is None:
            return
        dialog = FoundDialog(self.worker, self.session, record, self)
        if dialog.exec():
            self._done(self.tr("{0} found: back to {1}.").format(record.number, record.previous_state))

    def edit_report(self) -> None:
        """Write the texts of the incident report."""
        incident = self.selected_incident()
        if incident is None or self.session is None:
            return
        dialog = IncidentReportDialog(self.worker, self.session, incident, self)
        if dialog.exec():
            self._done(self.tr("Report texts of {0} saved.").format(incident.number), incident_key=incident.number)

    def report_made(self) -> None:
        """The officer records when the report was made."""
        incident = self.selected_incident()
        if incident is None or self.session is None:
            return
        dialog = ReportMadeDialog(self.worker, self.session, incident, self)
        if dialog.exec():
            self._done(self.tr("Report of {0} recorded.").format(incident.number), incident_key=incident.number)

    def close_incident(self) -> None:
        """The officer closes the incident with the conclusion."""
        incident = self.selected_incident()
        if incident is None or self.session is None:
            return
        dialog = CloseIncidentDialog(self.worker, self.session, incident, self)
        if dialog.exec():
            self._done(self.tr("Incident {0} closed.").format(incident.number), incident_key=incident.number)

    def _done(self, text: str, missing_key: str = "", incident_key: str = "") -> None:
        self.result.setText(text)
        self.select_missing, self.select_incident = missing_key, incident_key
        self.changed.emit()
        self.refresh()

    def print_form(self) -> None:
        """泄密事件报告登记表 of the selected incident."""
        incident = self.selected_incident()
        if incident is not None and self.session is not None:
            preview_pdf(self, self.worker, inventory_prints.incident_form, self.session, incident.number,
                        title=self.tr("Incident report form"), filename=f"泄密事件报告登记表-{incident.number}.pdf")
