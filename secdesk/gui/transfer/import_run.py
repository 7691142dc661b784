"""The import wizard's last three pages: the dry run (试导入) with every row's fate, the
import with its progress on the database worker, and the result with the numbers given
and their labels. Each page waits for the worker without blocking the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from secdesk.domain.importing.fates import Outcome
from secdesk.services import import_steps
from secdesk.services.importing import ImportRefused
from secdesk.gui.shell.label_print import BadgePrintDialog, LabelPrintDialog
from secdesk.gui.shell.messages import error_text
from secdesk.gui.transfer.fates_model import COLOURS, FateFilter, FatesModel

ERROR_STYLE = "color: #b00020;"


class ImportCancelled(Exception):
    """The clerk cancelled the import: the transaction was rolled back."""


class AsyncPage(QWizardPage):
    """A page whose content comes from the worker: incomplete until it arrives."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.busy = False
        self.ready = False
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def run(self, fn: Callable, *args, on_done: Callable, **kwargs) -> None:
        """Run ``fn`` on the worker; ``on_done`` gets its result, an error goes to the page."""
        self.busy, self.ready = True, False
        self.message.clear()
        self.completeChanged.emit()
        self.wizard().worker.submit(fn, *args, owner=self, on_done=lambda r: self._done(on_done, r),
                                    on_error=self._failed, **kwargs)

    def _done(self, on_done: Callable, result) -> None:
        self.busy, self.ready = False, True
        on_done(result)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.failed(exc)
        self.completeChanged.emit()

    def failed(self, exc: BaseException) -> None:
        """Show the error (subclasses add what it means for them)."""
        self.message.setText(error_text(exc))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.ready and not self.busy


def fates_view(parent, model) -> QTableView:
    """A read-only table of fates, the note column stretched."""
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    for column, width in enumerate((56, 72, 320, 300, 300)):
        view.setColumnWidth(column, width)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    return view


class DryRunPage(AsyncPage):
    """Every data row with its fate, the totals, nothing written."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("What the import would do with every row of the file. Nothing has been written."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.result = None
        self.model = FatesModel(self)
        self.filter = FateFilter(self)
        self.filter.setSourceModel(self.model)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("All rows"), None)
        for outcome in Outcome:
            self.show_combo.addItem(outcome.value, outcome.value)
        self.show_combo.currentIndexChanged.connect(self._filter)
        self.legend = QLabel(" ".join(f'<span style="background:{COLOURS[o]}">&nbsp;{o.value}&nbsp;</span>'
                                      for o in Outcome))
        self.skip_box = QCheckBox(self.tr("Skip the rows in error and import the others"))
        self.skip_box.toggled.connect(lambda _: self._explain())
        self.view = fates_view(self, self.filter)
        top = QHBoxLayout()
        top.addWidget(self.legend)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        self.result = None
        self.model.set_rows([], wizard.number_heading)
        self.skip_box.setChecked(False)
        self.skip_box.hide()
        self.totals.setText(self.tr("Checking every row of the file…"))
        self.run(import_steps.preview, wizard.session, wizard.kind, wizard.path, wizard.sheet,
                 wizard.columns_to_use(), on_done=self._show)

    def _show(self, result) -> None:
        self.result = result
        self.model.set_rows(result.rows, self.wizard().number_heading)
        self.totals.setText(self.tr("File {0}, sheet “{1}”: {2}").format(
            result.file_name, result.sheet, result.summary()))
        self.skip_box.setVisible(bool(result.errors))
        self._explain()

    def _filter(self) -> None:
        value = self.show_combo.currentData()
        self.filter.show_only(Outcome(value) if value else None)

    def _explain(self) -> None:
        if self.result is None:
            return
        errors = len(self.result.errors)
        if not self.result.totals["载体"]:
            self.message.setText(self.tr("Nothing new to import."))
        elif errors and not self.skip_box.isChecked():
            self.message.setText(self.tr(
                "{0} rows have errors: nothing will be imported while they remain. Correct them in the file and "
                "choose it again, or tick “Skip the rows in error”.").format(errors))
        else:
            self.message.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        if not super().isComplete() or self.result is None or not self.result.totals["载体"]:
            return False
        return not self.result.errors or self.skip_box.isChecked()


class _Relay(QObject):
    """Carries the worker thread's progress calls to the window's thread (queued)."""

    progressed = Signal(int, int)


class ImportPage(AsyncPage):
    """The import on the worker, with a progress bar; cancelling rolls everything back."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one step: if anything fails or you cancel, nothing is "
                                 "written."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Show result"))
        self.cancelled = False
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._progress)
        self.status = QLabel()
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(2)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        self.cancelled = False
        self.bar.setRange(0, 0)  # busy until the first rows are written
        self.status.setText(self.tr("Reading the file again and checking every row…"))
        self.cancel_button.setEnabled(True)
        self.run(import_steps.run, wizard.session, wizard.kind, wizard.path, wizard.sheet, wizard.columns_to_use(),
                 wizard.skip_errors, self._report, on_done=self._finished)

    def _report(self, done: int, total: int) -> None:
        """Called on the worker thread: hand over, and stop here if cancelled."""
        if self.cancelled:
            raise ImportCancelled()
        self.relay.progressed.emit(done, total)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.status.setText(self.tr("Writing row {0} of {1}…").format(f"{done:,}", f"{total:,}"))

    def cancel(self) -> None:
        """Ask the import to stop at its next progress report (nothing is then written)."""
        if self.busy:
            self.cancelled = True
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _finished(self, result) -> None:
        self.wizard().result = result
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(self.tr("Done."))
        wizard = self.wizard()
        wizard.next_soon()

    def failed(self, exc: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(exc, ImportCancelled):
            self.status.setText(self.tr("Cancelled: nothing was written."))
        elif isinstance(exc, ImportRefused):
            self.status.setText(self.tr("Not imported: the file changed since the dry run and now has rows in "
                                        "error. Nothing was written."))
            super().failed(exc)
        else:
            self.status.setText(self.tr("Not imported: nothing was written."))
            super().failed(exc)


class ResultPage(QWizardPage):
    """What was imported and the numbers given; the labels (or badges) to print."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("Every row of the file with what became of it and the numbers given."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = FatesModel(self)
        self.filter = FateFilter(self)
        self.filter.setSourceModel(self.model)
        self.view = fates_view(self, self.filter)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_labels)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        result = wizard.result
        self.model.set_rows(result.rows, wizard.number_heading)
        self.numbers = wizard.new_numbers()
        self.summary.setText(self.tr("Imported from {0}: {1}").format(result.file_name, result.summary()))
        if wizard.kind == "register":
            self.print_button.setText(self.tr("Print labels of the {0} new carriers…").format(len(self.numbers)))
        else:
            self.print_button.setText(self.tr("Print badges of the {0} people…").format(len(self.numbers)))
        self.print_button.setEnabled(bool(self.numbers))

    def print_labels(self) -> None:
        """The label (or badge) print dialog for every number given."""
        wizard = self.wizard()
        dialog = LabelPrintDialog if wizard.kind == "register" else BadgePrintDialog
        dialog(wizard.worker, wizard.session, self.numbers, self).exec()
