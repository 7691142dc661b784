"""The inspections tab (检查与整改): inspections above; below, the problems the chosen one
found, each with where its rectification stands — no notice yet, 整改中 until a due date
(red once past it), 待复查 when the written report is back, 已关闭 after a passed
re-check. The clerk or the officer records an inspection and the report; the officer
issues the 整改通知书 and re-checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from secdesk.domain import clock
from secdesk.domain.roles import Permission
from secdesk.services import inspections, inventory_prints
from secdesk.services.inspections import Kind
from secdesk.services.session import Session
from secdesk.gui.inventory.inspections_dialogs import InspectionDialog, NoticeDialog, RecheckDialog, RectificationReportDialog
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.widgets import fill_row, make_table, preview_pdf, select_key
from secdesk.gui.shell.worker import Worker
from secdesk.services.inspections import FindingRow, InspectionRow


def awaiting_recheck(f: FindingRow) -> bool:
    """The written report is back and no re-check has been made since."""
    if not f.report or f.closed_on:
        return False
    return f.recheck_on is None or (f.report_on is not None and f.report_on > f.recheck_on)


class InspectionsTab(QWidget):
    """Inspections and the findings of the chosen one."""

    changed = Signal()  # an inspection or a step of a rectification was recorded

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.rows: list[InspectionRow] = []
        self.select_after = ""
        self.select_finding = 0
        self.kinds = {Kind.SELF.value: self.tr("Monthly self-check"), Kind.QUARTERLY.value: self.tr("Quarterly"),
                      Kind.YEARLY.value: self.tr("Yearly"), Kind.SPECIAL.value: self.tr("Special")}
        self.result = QLabel()
        self.result.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_inspections())
        splitter.addWidget(self._build_findings())
        splitter.setSizes([260, 340])
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(splitter, 1)
        column.addWidget(self.result)
        self._chosen()

    def _build_inspections(self) -> QGroupBox:
        box = QGroupBox(self.tr("Inspections"))
        self.count = QLabel()
        self.table = make_table([self.tr("No."), self.tr("Held on"), self.tr("Kind"), self.tr("Inspectors"),
                                 self.tr("Problems")], stretch=3)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.record_button = QPushButton(self.tr("Record inspection…"))
        self.record_button.clicked.connect(self.record)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        column = QVBoxLayout(box)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        return box

    def _build_findings(self) -> QGroupBox:
        self.findings_box = QGroupBox()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #444;")
        self.findings = make_table([self.tr("Department"), self.tr("Problem"), self.tr("Notice"),
                                    self.tr("Rectification")], stretch=1)
        self.findings.itemSelectionChanged.connect(self._finding_chosen)
        self.notice_button = QPushButton(self.tr("Issue notice…"))
        self.notice_button.clicked.connect(self.issue_notice)
        self.report_button = QPushButton(self.tr("Record report…"))
        self.report_button.clicked.connect(self.record_report)
        self.recheck_button = QPushButton(self.tr("Re-check…"))
        self.recheck_button.clicked.connect(self.recheck)
        self.print_button = QPushButton(self.tr("Print notice…"))
        self.print_button.clicked.connect(self.print_notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.notice_button, self.report_button, self.recheck_button, self.print_button):
            buttons.addWidget(button)
        column = QVBoxLayout(self.findings_box)
        column.addWidget(self.details)
        column.addLayout(buttons)
        column.addWidget(self.findings, 1)
        return self.findings_box

    # -- session and lists ----------------------------------------------------------------
    def may(self, permission: Permission) -> bool:
        """Whether the signed-in role holds ``permission``."""
        return self.session is not None and self.session.actor.can(permission)

    def set_session(self, session: Session | None) -> None:
        """Show this session's inspections (None: clear); the actions for the roles that take them."""
        self.session = session
        writes, approves = self.may(Permission.WRITE_REGISTER), self.may(Permission.APPROVE)
        self.record_button.setVisible(writes or approves)
        self.report_button.setVisible(writes or approves)
        self.notice_button.setVisible(approves)
        self.recheck_button.setVisible(approves)
        self.result.clear()
        self.refresh()

    def refresh(self) -> None:
        """Reload the inspections (the chosen one stays chosen)."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(inspections.inspections, self.session, owner=self, on_done=self._show,
                           on_error=lambda exc: show_error(self, exc))

    def _show(self, rows: list[InspectionRow]) -> None:
        chosen = self.selected()
        key = self.select_after or (chosen.number if chosen else "")
        finding = self.select_finding or (self.selected_finding().id if self.selected_finding() else 0)
        self.select_after, self.select_finding = "", 0
        self.rows = rows = rows if self.session is not None else []  # nothing shows once locked
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            still = sum(1 for f in r.findings if not f.closed_on)
            problems = self.tr("{0} ({1} open)").format(len(r.findings), still) if still else str(len(r.findings))
            fill_row(self.table, i, (r.number, r.held_on.isoformat(), self.kinds.get(r.kind, r.kind), r.inspectors,
                                     problems))
        self.table.clearSelection()
        select_key(self.table, [r.number for r in rows], key or (rows[0].number if rows else ""))
        self.table.blockSignals(False)
        self.count.setText(self.tr("{0} inspections").format(len(rows)))
        self._chosen(finding)

    def selected(self) -> InspectionRow | None:
        """The inspection selected."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def state_text(self, f: FindingRow, today: date) -> tuple[str, bool]:
        """Where the rectification of a finding stands, and whether it is overdue."""
        if not f.notice:
            return self.tr("No notice yet"), False
        if f.closed_on:
            return self.tr("Closed {0}").format(f.closed_on.isoformat()), False
        if awaiting_recheck(f):
            return self.tr("Report back {0}, awaiting re-check").format(f.report_on.isoformat()), False
        due = f.due_on.isoformat() if f.due_on else "—"
        again = f.recheck_passed is False
        if f.due_on and today > f.due_on:
            return self.tr("Overdue since {0}").format(due), True
        return (self.tr("Re-check failed; rectifying, due {0}") if again
                else self.tr("Rectifying, due {0}")).format(due), False

    def _chosen(self, finding_id: int = 0) -> None:
        inspection = self.selected()
        self.findings_box.setTitle(self.tr("Problems found by {0}").format(inspection.number) if inspection
                                   else self.tr("Problems found"))
        findings = inspection.findings if inspection else ()
        if inspection is None:
            self.details.setText(self.tr("Choose an inspection above."))
        else:
            parts = [self.tr("Scope: {0}").format(inspection.scope) if inspection.scope else "",
                     self.tr("Summary: {0}").format(inspection.summary) if inspection.summary else ""]
            text = "　".join(p for p in parts if p)
            if not findings:
                text = "　".join(p for p in (text, self.tr("No problems were found.")) if p)
            self.details.setText(text)
        today = clock.now().date()
        self.findings.blockSignals(True)
        self.findings.setRowCount(len(findings))
        for i, f in enumerate(findings):
            state, late = self.state_text(f, today)
            fill_row(self.findings, i, (f.dept, f.problem, f.notice or "", state), red_columns=(3,) if late else ())
        self.findings.clearSelection()
        select_key(self.findings, [str(f.id) for f in findings], str(finding_id))
        self.findings.blockSignals(False)
        self._finding_chosen()

    def selected_finding(self) -> FindingRow | None:
        """The finding selected."""
        inspection = self.selected()
        rows = self.findings.selectionModel().selectedRows()
        if inspection is None or not rows or rows[0].row() >= len(inspection.findings):
            return None
        return inspection.findings[rows[0].row()]

    def _finding_chosen(self) -> None:
        f = self.selected_finding()
        live = f is not None and bool(f.notice) and not f.closed_on
        self.notice_button.setEnabled(f is not None and not f.notice)
        self.report_button.setEnabled(live)
        self.recheck_button.setEnabled(live and awaiting_recheck(f))
        self.print_button.setEnabled(f is not None and bool(f.notice))

    # -- actions ------------------------------------------------------------------------
    def record(self) -> None:
        """Record an inspection and its problems."""
        if self.session is None:
            return
        dialog = InspectionDialog(self.worker, self.session, self)
        if dialog.exec():
            row: InspectionRow = dialog.outcome
            self._done(self.tr("{0} recorded with {1} problems.").format(row.number, len(row.findings)), row.number)

    def _finding_step(self, dialog_class, text: str) -> None:
        f = self.selected_finding()
        if f is None or self.session is None:
            return
        dialog = dialog_class(self.worker, self.session, f, self)
        if dialog.exec():
            after: FindingRow = dialog.outcome
            self._done(text.format(after.notice, after.due_on.isoformat() if after.due_on else ""),
                       after.inspection, after.id)

    def issue_notice(self) -> None:
        """The officer issues the 整改通知书 of the selected problem."""
        self._finding_step(NoticeDialog, self.tr("Notice {0} issued, due {1}. Print it for the department."))

    def record_report(self) -> None:
        """Record the written report of the rectification."""
        self._finding_step(RectificationReportDialog, self.tr("Report on {0} recorded; the officer re-checks it."))

    def recheck(self) -> None:
        """The officer records the re-check."""
        self._finding_step(RecheckDialog, self.tr("Re-check of {0} recorded."))

    def _done(self, text: str, inspection: str, finding_id: int = 0) -> None:
        self.result.setText(text)
        self.select_after, self.select_finding = inspection, finding_id
        self.changed.emit()
        self.refresh()

    def print_notice(self) -> None:
        """保密工作整改通知书 with its 回执, of the selected problem."""
        f = self.selected_finding()
        if f is not None and f.notice and self.session is not None:
            preview_pdf(self, self.worker, inventory_prints.rectification_form, self.session, f.notice,
                        title=self.tr("Rectification notice"), filename=f"整改通知书-{f.notice}.pdf")
