"""The quarterly register tab (季度台账): print a quarter's sealed register, see the ones
printed, and verify one — a PDF file, or a paper copy by the fingerprint typed from its
cover."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.services import quarterly
from secdesk.services.quarterly import Verdict
from secdesk.services.session import Session
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.widgets import fill_row, make_table
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from secdesk.gui.shell.pdf_text import QT_PDF
from secdesk.gui.shell.worker import Worker

GREEN, RED = "color: #1b5e20;", "color: #b00020;"


class QuarterlyTab(QWidget):
    """季度台账: print (sealed), the seals so far, and verification."""

    changed = Signal()  # nothing in the register changes here; kept for the page's wiring

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        column = QVBoxLayout(self)
        column.addWidget(self._build_print())
        column.addWidget(self._build_verify(), 1)

    def _build_print(self) -> QGroupBox:
        group = QGroupBox(self.tr("Print the quarterly register"))
        self.quarter = QComboBox()
        self.print_button = QPushButton(self.tr("Print sealed register…"))
        self.print_button.clicked.connect(self.print_quarter)
        about = QLabel(self.tr("The register of carriers held at the quarter's end and every movement of the "
                               "quarter, signed with the unit's key. A quarter still running is printed up to "
                               "yesterday."))
        about.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Quarter:")))
        row.addWidget(self.quarter)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.seals = make_table([self.tr("Quarter"), self.tr("Printed"), self.tr("By"), self.tr("Fingerprint")], 3)
        self.seals.setMaximumHeight(150)
        column = QVBoxLayout(group)
        column.addWidget(about)
        column.addLayout(row)
        column.addWidget(self.seals)
        return group

    def _build_verify(self) -> QGroupBox:
        group = QGroupBox(self.tr("Verify a register"))
        self.file_button = QPushButton(self.tr("Verify a PDF file…"))
        self.file_button.clicked.connect(self.verify_file)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(self.tr("fingerprint from the cover of a paper copy (64 digits)"))
        self.fingerprint.returnPressed.connect(self.verify_typed)
        typed = QPushButton(self.tr("Verify fingerprint"))
        typed.clicked.connect(self.verify_typed)
        row = QHBoxLayout()
        row.addWidget(self.file_button)
        row.addWidget(self.fingerprint, 1)
        row.addWidget(typed)
        self.verdict = QTextBrowser()
        column = QVBoxLayout(group)
        column.addLayout(row)
        column.addWidget(self.verdict, 1)
        return group

    def set_session(self, session: Session | None) -> None:
        """Serve this session (None: clear)."""
        self.session = session
        self.verdict.clear()
        self.fingerprint.clear()
        self.quarter.clear()
        readable = bool(session and session.actor.can(Permission.READ_REGISTER))
        for code in quarterly.quarters() if readable else []:
            self.quarter.addItem(code)
        self.print_button.setEnabled(readable)
        self.refresh()

    def refresh(self) -> None:
        """Reload the seals printed so far."""
        if self.session is None:
            self.seals.setRowCount(0)
            return
        self.worker.submit(quarterly.seals, self.session, owner=self, on_done=self._show_seals,
                           on_error=lambda exc: show_error(self, exc))

    def _show_seals(self, rows) -> None:
        self.seals.setRowCount(len(rows))
        for i, (fingerprint, quarter, at, by) in enumerate(rows):
            grouped = " ".join(fingerprint[j:j + 4] for j in range(0, 64, 4))
            fill_row(self.seals, i, (quarter, at[:16].replace("T", " "), by, grouped))

    def print_quarter(self) -> None:
        """Seal and preview the chosen quarter (print or save from the preview)."""
        code = self.quarter.currentText()
        if self.session is None or not code:
            return
        self.print_button.setEnabled(False)
        self.worker.submit(quarterly.print_quarterly, self.session, code, QT_PDF, owner=self,
                           on_done=lambda pdf: self._printed(code, pdf), on_error=self._print_failed)

    def _printed(self, code: str, pdf: bytes) -> None:
        self.print_button.setEnabled(True)
        self.refresh()
        PdfPreviewDialog(pdf, self.tr("Quarterly register {0}").format(code), f"季度台账-{code}.pdf",
                         parent=self).exec()

    def _print_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        show_error(self, exc)

    def verify_file(self) -> None:
        """Choose a PDF and verify it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Verify a PDF file"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.verify_path(path)

    def verify_path(self, path: str) -> None:
        """Verify the PDF at ``path``."""
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as exc:
            self._show(None, self.tr("Cannot read {0}: {1}").format(path, exc.strerror))
            return
        self.worker.submit(quarterly.verify_pdf, self.session, data, QT_PDF, owner=self,
                           on_done=self._show, on_error=lambda exc: self._show(None, error_text(exc)))

    def verify_typed(self) -> None:
        """Verify the fingerprint typed from a paper copy."""
        if self.session is None or not self.fingerprint.text().strip():
            return
        self.worker.submit(quarterly.verify_fingerprint, self.session, self.fingerprint.text(), owner=self,
                           on_done=self._show, on_error=lambda exc: self._show(None, error_text(exc)))

    def _show(self, verdict: Verdict | None, message: str = "") -> None:
        ok = verdict is not None and verdict.ok
        self.verdict.setStyleSheet(GREEN if ok else RED)
        self.verdict.setPlainText(verdict.text() if verdict else message)
