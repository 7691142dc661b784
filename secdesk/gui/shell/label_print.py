"""Printing labels and the register from the register page: choose the stock or the
date, preview, then print at 100 % or save; what was output is audited."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.roles import Permission
from secdesk.services import personnel_prints, printouts
from secdesk.services.session import Session
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from secdesk.gui.shell.worker import Worker
from secdesk.services.printouts import LabelLayout


class LabelPrintDialog(QDialog):
    """Label stock and start position, then the preview."""

    def __init__(self, worker: Worker, session: Session, numbers: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.numbers = worker, session, numbers
        self.setWindowTitle(self.tr("Print labels"))
        self.layout_combo = QComboBox()
        for layout, text in ((LabelLayout.ROLL_50X30, self.tr("Roll label 50 × 30 mm")),
                             (LabelLayout.ROLL_40X20, self.tr("Roll label 40 × 20 mm (USB drives)")),
                             (LabelLayout.A4_3X8, self.tr("A4 sheet, 3 × 8 labels"))):
            self.layout_combo.addItem(text, layout.value)
        self.start_spin = QSpinBox()
        self.start_spin.setRange(1, 24)
        self.start_spin.setEnabled(False)
        self.layout_combo.currentIndexChanged.connect(
            lambda _: self.start_spin.setEnabled(self._layout() is LabelLayout.A4_3X8))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        buttons.accepted.connect(self.preview)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.count_label = QLabel(self.tr("{0} carriers").format(len(numbers)))
        form.addRow(self.count_label)
        form.addRow(self.tr("Label stock:"), self.layout_combo)
        form.addRow(self.tr("Start at position (part-used sheet):"), self.start_spin)
        form.addRow(self.message)
        form.addRow(buttons)

    def _layout(self) -> LabelLayout:
        return LabelLayout(self.layout_combo.currentData())

    def preview(self) -> None:
        """Make the labels on the worker and show them."""
        self.setEnabled(False)
        self.worker.submit(printouts.label_sheet, self.session, self.numbers,
                           self._layout(), self.start_spin.value(),
                           owner=self, on_done=self._show, on_error=self._failed)

    def _show(self, sheet: printouts.LabelSheet) -> None:
        self.setEnabled(True)
        title = self.tr("Labels") + (self.tr(" (reprint 补: {0})").format(len(sheet.reprints))
                                     if sheet.reprints else "")
        preview = PdfPreviewDialog(sheet.pdf, title, "载体标签.pdf", parent=self,
                                   on_output=lambda: self.worker.submit(
                                       printouts.record_labels, self.session, sheet, owner=self,
                                       on_done=lambda _: None, on_error=lambda e: show_error(self, e)))
        preview.exec()
        if preview.output_done:
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_text(exc))


def offer_reprint(parent: QWidget, worker: Worker, session: Session, number: str) -> None:
    """After a marking change: print the new label now (the clerk), or say who will."""
    if not session.actor.can(Permission.WRITE_REGISTER):
        QMessageBox.information(parent, QCoreApplication.translate("offer_reprint", "Reprint label"),
                                QCoreApplication.translate(
                                    "offer_reprint", "The label of {0} still shows the old marking. The clerk "
                                    "reprints it: it is listed under Today until then.").format(number))
        return
    answer = QMessageBox.question(parent, QCoreApplication.translate("offer_reprint", "Reprint label"),
                                  QCoreApplication.translate(
                                      "offer_reprint", "The label of {0} shows the old marking. Print a new "
                                      "label now?").format(number))
    if answer == QMessageBox.StandardButton.Yes:
        LabelPrintDialog(worker, session, [number], parent).exec()


class BadgePrintDialog(LabelPrintDialog):
    """Badge labels (证卡) for the chosen people, on the same stocks."""

    def __init__(self, worker: Worker, session: Session, badges: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, session, badges, parent)
        self.setWindowTitle(self.tr("Print badges"))
        self.count_label.setText(self.tr("{0} people").format(len(badges)))

    def preview(self) -> None:
        """Make the badges on the worker and show them."""
        self.setEnabled(False)
        self.worker.submit(personnel_prints.badge_sheet, self.session, self.numbers, self._layout(),
                           self.start_spin.value(), owner=self, on_done=self._show_badges,
                           on_error=self._failed)

    def _show_badges(self, pdf: bytes) -> None:
        self.setEnabled(True)
        PdfPreviewDialog(pdf, self.tr("Badges"), "涉密人员证卡.pdf", parent=self).exec()
        self.accept()


class RegisterPrintDialog(QDialog):
    """Form 1 for the current filters, optionally as the register stood on a date."""

    def __init__(self, worker: Worker, session: Session, query: RegisterQuery,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.query = worker, session, query
        self.setWindowTitle(self.tr("Print register"))
        self.as_of_box = QCheckBox(self.tr("As the register stood at the end of"))
        self.as_of_edit = QDateEdit(QDate.currentDate())
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setEnabled(False)
        self.as_of_box.toggled.connect(self.as_of_edit.setEnabled)
        self.message = QLabel(self.tr("The print covers the carriers the current filters show."))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        buttons.accepted.connect(self.preview)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(self.as_of_box, self.as_of_edit)
        form.addRow(buttons)

    def preview(self) -> None:
        """Make the PDF on the worker (it streams) and show it."""
        as_of = None
        if self.as_of_box.isChecked():
            d = self.as_of_edit.date()
            as_of = date(d.year(), d.month(), d.day())
        self.setEnabled(False)
        self.message.setText(self.tr("Preparing the register…"))
        self.worker.submit(printouts.register_sheet, self.session, self.query, as_of, owner=self,
                           on_done=self._show, on_error=self._failed)

    def _show(self, pdf: bytes) -> None:
        self.setEnabled(True)
        PdfPreviewDialog(pdf, self.tr("Carrier register"), "涉密载体登记台账.pdf", parent=self).exec()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_text(exc))


def print_register(parent: QWidget, worker: Worker, session: Session, query: RegisterQuery) -> None:
    """Open the register print dialog."""
    RegisterPrintDialog(worker, session, query, parent).exec()
