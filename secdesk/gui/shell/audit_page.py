"""The auditor's window (审计日志): filter, read, export and verify the audit chain."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QLineEdit, QMessageBox, QWidget

from secdesk.domain.events import EVENT_ZH, RESULT_ZH, event_zh, object_zh
from secdesk.services import audit_log
from secdesk.services.audit_log import AuditFilter
from secdesk.services.session import Session
from secdesk.gui.forms.ui_audit_page import Ui_AuditPage
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.paged_model import PagedModel
from secdesk.gui.shell.worker import Worker
from secdesk.services.audit_log import AuditEvent

PAGE_SIZE = 500


class AuditModel(PagedModel):
    """Audit events, newest first, fetched a page at a time on the worker."""

    page_size = PAGE_SIZE

    def __init__(self, worker: Worker, parent=None) -> None:
        super().__init__(worker, AuditFilter(), parent)
        self.headers = [self.tr("No."), self.tr("Time"), self.tr("Account"), self.tr("Role"),
                        self.tr("Event"), self.tr("Object"), self.tr("Result"), self.tr("Detail")]

    def fetch(self, session: Session, query: AuditFilter, limit: int, offset: int) -> list[AuditEvent]:
        """Events matching the filter (worker thread)."""
        return audit_log.find_events(session, query, limit, offset)

    def cell(self, e: AuditEvent, column: int, role: int):
        """The event's columns; failures in red."""
        if role == Qt.ItemDataRole.DisplayRole:
            return (e.seq, e.at.replace("T", " ")[:19], e.account, e.role, event_zh(e.event),
                    object_zh(e.object), RESULT_ZH.get(e.result, e.result), e.detail)[column]
        if role == Qt.ItemDataRole.ForegroundRole and e.result == "failed":
            return QColor("#b00020")
        return None


class AuditPage(QWidget):
    """Filters over the log, the table, export and the integrity check."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.worker = worker
        self.session: Session | None = None
        self.model = AuditModel(worker, self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().hide()
        self.ui.table.setAlternatingRowColors(True)
        self.ui.table.setSelectionBehavior(self.ui.table.SelectionBehavior.SelectRows)
        self.ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.table.horizontalHeader().setStretchLastSection(True)
        self.ui.eventCombo.addItem(self.tr("All events"), "")
        for code, name in EVENT_ZH.items():
            self.ui.eventCombo.addItem(name, code)
        self.ui.resultCombo.addItem(self.tr("All results"), "")
        for code, name in RESULT_ZH.items():
            self.ui.resultCombo.addItem(name, code)
        today = QDate.currentDate()
        self.ui.fromDate.setDate(today.addDays(-90))
        self.ui.toDate.setDate(today)
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        self.ui.searchEdit.textChanged.connect(self._debounce.start)
        for widget in (self.ui.eventCombo, self.ui.resultCombo):
            widget.currentIndexChanged.connect(self.refresh)
        for widget in (self.ui.fromDate, self.ui.toDate):
            widget.dateChanged.connect(self.refresh)
        self.model.modelReset.connect(self._count)
        self.model.rowsInserted.connect(self._count)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.sealButton.clicked.connect(self.verify_sealed)

    def set_session(self, session: Session | None) -> None:
        """Show the log of this session (None: clear everything shown)."""
        self.session = session
        self.refresh()

    def current_filter(self) -> AuditFilter:
        """The filter the controls describe."""
        return AuditFilter(
            text=self.ui.searchEdit.text().strip(),
            event=self.ui.eventCombo.currentData() or "",
            result=self.ui.resultCombo.currentData() or "",
            date_from=_to_date(self.ui.fromDate.date()),
            date_to=_to_date(self.ui.toDate.date()),
        )

    def refresh(self) -> None:
        """Reload the table for the current filter."""
        self.model.reload(self.session, self.current_filter())

    def _count(self, *args) -> None:
        more = "+" if self.model.canFetchMore() else ""
        self.ui.countLabel.setText(self.tr("{0} events shown").format(f"{len(self.model.rows)}{more}"))

    def export(self) -> None:
        """Write the filtered events to a CSV file the auditor chooses."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"),
                                              "审计日志.csv", "CSV (*.csv)")
        if not path:
            return
        self.worker.submit(audit_log.export_csv, self.session, self.current_filter(), path,
                           on_done=lambda n: QMessageBox.information(
                               self, self.tr("Export"), self.tr("{0} events written to {1}.").format(n, path)),
                           on_error=lambda exc: show_error(self, exc), owner=self)

    def verify(self) -> None:
        """Check every page of the file and the whole chain; say what was found."""
        self.ui.verifyButton.setEnabled(False)
        self.worker.submit(audit_log.verify, self.session, on_done=self._verified,
                           on_error=self._verify_failed)

    def _verified(self, report) -> None:
        self.ui.verifyButton.setEnabled(True)
        if report.ok:
            QMessageBox.information(self, self.tr("Integrity check"), self.tr(
                "The database is intact and all {0} audit events verify.").format(report.chain.checked))
        else:
            problems = "\n".join(report.integrity + ([report.chain.problem_zh] if report.chain.problem_zh else []))
            QMessageBox.critical(self, self.tr("Integrity check"),
                                 self.tr("The check FAILED:") + "\n" + problems)
        self.refresh()

    def verify_sealed(self) -> None:
        """The auditor types the 审计验证码 from the sealed sheet: every closed epoch is
        checked against it; the first event that differs is named."""
        code, ok = QInputDialog.getText(self, self.tr("Sealed audit log"), self.tr(
            "Audit verification code (from the sheet kept by the auditor):"), QLineEdit.EchoMode.Password)
        if ok and code.strip():
            self.worker.submit(audit_log.verify_sealed, self.session, code, owner=self,
                               on_done=self._sealed_checked, on_error=self._verify_failed)

    def _sealed_checked(self, report) -> None:
        lines = [report.problem_zh] if not report.ok else [self.tr(
            "All {0} sealed epochs ({1} events) are exactly as they were sealed.").format(report.epochs, report.events)]
        if report.open_from is not None:
            lines.append(self.tr("From event {0} on (the open epoch) nothing can be vouched for yet.").format(
                report.open_from))
        show = QMessageBox.information if report.ok else QMessageBox.critical
        show(self, self.tr("Sealed audit log"), "\n".join(lines))
        self.refresh()

    def _verify_failed(self, exc: BaseException) -> None:
        self.ui.verifyButton.setEnabled(True)
        QMessageBox.critical(self, self.tr("Integrity check"), error_text(exc))


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
