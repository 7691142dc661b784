"""The export dialog (导出): what will be exported, how many rows under which marking,
the format, the file — and the warning that the file is as secret as what it holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.carriers.query import RegisterQuery
from secdesk.services import exporting
from secdesk.services.exporting import ExportPlan
from secdesk.services.session import Session
from secdesk.gui.shell.messages import error_text
from secdesk.gui.shell.worker import Worker

FORMATS = ((".xlsx", "utf-8-sig"), (".csv", "utf-8-sig"), (".csv", "gb18030"))
WARNING_STYLE = ("QFrame#warning { border: 2px solid #b00020; border-radius: 4px; background: #fff4f4; }"
                 "QFrame#warning QLabel { color: #7a0016; }")


class ExportDialog(QDialog):
    """Export the register (for the page's filters), the loans (a period) or the roster."""

    def __init__(self, worker: Worker, session: Session, kind: str = "register",
                 query: RegisterQuery | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.kind = worker, session, kind
        self.query = query or RegisterQuery()
        self.plan: ExportPlan | None = None
        self.result: exporting.ExportResult | None = None
        self._name_touched = False
        self.setWindowTitle({"register": self.tr("Export register"), "loans": self.tr("Export lending register"),
                             "personnel": self.tr("Export personnel roster")}[kind])
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        self.all_box = QCheckBox(self.tr("All loans"))
        self.from_edit, self.to_edit = _date_edit(QDate(QDate.currentDate().year(), 1, 1)), _date_edit(QDate.currentDate())
        self.format_combo = QComboBox()
        for text in (self.tr("Excel workbook (.xlsx)"), self.tr("CSV, UTF-8 (Excel, WPS)"),
                     self.tr("CSV, GB18030 (older WPS)")):
            self.format_combo.addItem(text)
        self.path_edit = QLineEdit()
        self.path_edit.textEdited.connect(lambda _: setattr(self, "_name_touched", True))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.warning = QFrame(objectName="warning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning_text = QLabel()
        self.warning_text.setWordWrap(True)
        QVBoxLayout(self.warning).addWidget(self.warning_text)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(browse)
        self.format_combo.currentIndexChanged.connect(lambda _: self._propose_name())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _: self.replan())
        self.all_box.toggled.connect(self._all_toggled)
        self.setMinimumWidth(620)
        self.resize(680, self.sizeHint().height())
        self.replan()

    def _lay_out(self, browse: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Exported:"), self.scope)
        if self.kind == "loans":
            period = QHBoxLayout()
            for widget in (self.from_edit, QLabel(self.tr("to")), self.to_edit, self.all_box):
                period.addWidget(widget)
            period.addStretch(1)
            form.addRow(self.tr("Lent from:"), period)
        form.addRow(self.tr("Format:"), self.format_combo)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # -- what is exported ---------------------------------------------------------------

    def _period(self) -> tuple[date | None, date | None]:
        if self.all_box.isChecked():
            return None, None
        return _day(self.from_edit.date()), _day(self.to_edit.date())

    def _all_toggled(self, checked: bool) -> None:
        self.from_edit.setEnabled(not checked)
        self.to_edit.setEnabled(not checked)
        self.replan()

    def replan(self) -> None:
        """Count the rows and find the marking on the worker."""
        self.plan = None
        self.export_button.setEnabled(False)
        self.scope.setText(self.tr("Counting…"))
        self.warning_text.setText(self.tr("This file will be as secret as what it holds."))
        if self.kind == "register":
            call = (exporting.plan_register, self.session, self.query)
        elif self.kind == "loans":
            call = (exporting.plan_loans, self.session, *self._period())
        else:
            call = (exporting.plan_personnel, self.session)
        self.worker.submit(*call, owner=self, on_done=self._planned, on_error=self._failed)

    def _planned(self, plan: ExportPlan) -> None:
        self.plan = plan
        self.scope.setText(self.tr("{0} ({1}): {2} rows, marked {3}").format(
            plan.title, plan.scope, f"{plan.rows:,}", plan.marking))
        if plan.level == "内部":
            warning = self.tr(
                "<b>This file holds work secrets (内部).</b> Its marking is on its first row and in its name. Keep it "
                "inside the unit: write it only to approved media, never copy it to a networked computer, and "
                "destroy it when no longer needed.")
        else:
            warning = self.tr(
                "<b>This file is as secret as what it holds: {0}.</b> Its marking is on its first row and its level "
                "in its name. Keep and handle it as a {0} carrier: write it only to approved secret media, register "
                "that medium, never copy it to a networked computer, and destroy it as such when no longer "
                "needed.").format(plan.level)
        self.warning_text.setText(warning)
        self._propose_name()
        self.export_button.setEnabled(True)

    def _propose_name(self) -> None:
        if self.plan is None:
            return
        suffix = FORMATS[self.format_combo.currentIndex()][0]
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else Path.home()
        if self._name_touched and current:
            self.path_edit.setText(str(Path(current).with_suffix(suffix)))
        else:
            self.path_edit.setText(str(folder / self.plan.file_name(suffix)))

    def browse(self) -> None:
        """Choose the folder and name with the system's dialog."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(),
                                              self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.path_edit.setText(path)
            self._name_touched = True

    # -- writing --------------------------------------------------------------------------

    def export(self) -> None:
        """Write the file on the worker; say where it went."""
        text = self.path_edit.text().strip()
        if not text:
            self.message.setText(self.tr("Give the file to export to."))
            return
        path, encoding = Path(text), FORMATS[self.format_combo.currentIndex()][1]
        if self.kind == "register":
            call = (exporting.export_register, self.session, self.query, path, encoding)
        elif self.kind == "loans":
            call = (exporting.export_loans, self.session, path, *self._period(), encoding)
        else:
            call = (exporting.export_personnel, self.session, path, "", "", "", encoding)
        self.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        self.worker.submit(*call, owner=self, on_done=self._written, on_error=self._failed)

    def _written(self, result: exporting.ExportResult) -> None:
        self.setEnabled(True)
        self.result = result
        self.message.clear()
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "{0} rows exported to\n{1}\n\nMarked {2}: keep and handle the file at that level.").format(
            f"{result.rows:,}", result.path, result.marking))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_text(exc))


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
