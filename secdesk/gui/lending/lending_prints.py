"""Previews of the lending prints from the station and the loans list: the 借阅单, the
lending register for a period, a borrower's holdings and the overdue reminders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from secdesk.domain import clock
from secdesk.domain.personnel.model import Person
from secdesk.services import lending_prints
from secdesk.services.session import Session
from secdesk.gui.shell.field_errors import day_of
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from secdesk.gui.shell.worker import Worker


def _preview(parent: QWidget, worker: Worker, make, *args, title: str, filename: str,
             run: Callable[[QDialog], int] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
    """Make the PDF on the worker, then show it (``run``: how the preview is opened, e.g.
    scanner-proof over the station; ``on_error``: how a failure is said)."""
    def show(pdf: bytes) -> None:
        dialog = PdfPreviewDialog(pdf, title, filename, parent=parent)
        (run or QDialog.exec)(dialog)

    worker.submit(make, *args, owner=parent, on_done=show,
                  on_error=on_error or (lambda exc: show_error(parent, exc)))


def show_slip(parent: QWidget, worker: Worker, session: Session, borrower: Person, loan_ids: list[int],
              run: Callable[[QDialog], int] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> None:
    """借阅单 of what the borrower just took."""
    _preview(parent, worker, lending_prints.slip, session, borrower.badge, loan_ids,
             title=QCoreApplication.translate("lending_prints", "Lending slip"),
             filename=f"借阅单-{borrower.name}.pdf", run=run, on_error=on_error)


def show_holdings(parent: QWidget, worker: Worker, session: Session, badge: str) -> None:
    """What one borrower holds now."""
    _preview(parent, worker, lending_prints.holdings, session, badge,
             title=QCoreApplication.translate("lending_prints", "Holdings"), filename="在借清单.pdf")


def show_notices(parent: QWidget, worker: Worker, session: Session) -> None:
    """催还通知 for every borrower with an overdue loan."""
    _preview(parent, worker, lending_prints.notices, session,
             title=QCoreApplication.translate("lending_prints", "Overdue reminders"), filename="催还通知.pdf")


class PeriodDialog(QDialog):
    """The period of the lending register (default: this quarter to date)."""

    def __init__(self, worker: Worker, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session = worker, session
        self.setWindowTitle(self.tr("Print lending register"))
        today = clock.now().date()
        start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        self.first, self.last = QDateEdit(QDate(start.year, start.month, 1)), QDateEdit(QDate.currentDate())
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        buttons.accepted.connect(self.preview)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Loans made from:"), self.first)
        form.addRow(self.tr("to:"), self.last)
        form.addRow(self.message)
        form.addRow(buttons)

    def preview(self) -> None:
        """Make form 2 on the worker and show it."""
        self.setEnabled(False)
        self.worker.submit(lending_prints.register, self.session, day_of(self.first), day_of(self.last),
                           owner=self, on_done=self._show, on_error=self._failed)

    def _show(self, pdf: bytes) -> None:
        self.setEnabled(True)
        PdfPreviewDialog(pdf, self.tr("Lending register"), "涉密载体借阅登记表.pdf", parent=self).exec()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_text(exc))


def print_register(parent: QWidget, worker: Worker, session: Session) -> None:
    """Ask for the period, then preview form 2."""
    PeriodDialog(worker, session, parent).exec()
