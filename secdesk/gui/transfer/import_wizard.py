"""The import wizard (导入向导): choose the file and sheet, check the column mapping (the
guess, the clerk's changes, remembered for files with the same headings), see the dry run,
import with progress, then the numbers given and their labels. The register from the
register page, the roster of cleared people from the personnel page.

Every step that reads the file or the vault runs on the database worker; the window keeps
painting and answering while ten thousand rows are read and written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from secdesk.domain.importing.fates import Outcome
from secdesk.services import import_steps
from secdesk.services.import_steps import SheetColumns
from secdesk.services.session import Session
from secdesk.gui.shell.worker import Worker
from secdesk.gui.transfer.import_run import AsyncPage, DryRunPage, ImportPage, ResultPage
from secdesk.gui.transfer.mapping_memory import MappingMemory

NOT_IMPORTED = ""


def column_letter(index: int) -> str:
    """A, B, … Z, AA: the column as the spreadsheet names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class FilePage(QWizardPage):
    """The file (.xlsx or .csv) and, in a workbook, the sheet."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("The spreadsheet to import and, in a workbook, its sheet."))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path of the .xlsx or .csv file"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumContentsLength(24)
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("Sheet:")))
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("File:")))
        layout.addLayout(row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._reset_sheets([])

    def initializePage(self) -> None:  # noqa: N802
        if self.wizard().kind == "register":
            self.intro.setText(self.tr(
                "Bring an old carrier register in from Excel or WPS (.xlsx) or a CSV file (UTF-8, GBK or GB18030). "
                "The heading row is found even below a title; the next step shows which column holds what. "
                "Nothing is written before the last step, and then all valid rows are written together or none."))
        else:
            self.intro.setText(self.tr(
                "Bring a roster of cleared people (涉密人员名册) in from Excel or WPS (.xlsx) or a CSV file. "
                "ID numbers are checked; a person already on file is not filed twice. Nothing is written before "
                "the last step."))

    def browse(self) -> None:
        """Pick the file with the system's file dialog."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), self.path_edit.text(),
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.path_edit.setText(path)

    def _path_changed(self, text: str) -> None:
        path = Path(text.strip())
        self._reset_sheets([])
        if text.strip() and path.is_file() and path.suffix.lower() != ".csv":
            self.wizard().worker.submit(import_steps.sheet_names, path, owner=self,
                                        on_done=lambda names, p=path: self._sheets_for(p, names),
                                        on_error=lambda exc: None)
        self.completeChanged.emit()

    def _sheets_for(self, path: Path, names: list[str]) -> None:
        if Path(self.path_edit.text().strip()) == path:
            self._reset_sheets(names)

    def _reset_sheets(self, names: list[str]) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItem(self.tr("(the first sheet with a heading row)"), None)
        for name in names:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.setEnabled(bool(names))

    def isComplete(self) -> bool:  # noqa: N802
        text = self.path_edit.text().strip()
        return bool(text) and Path(text).is_file()

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        wizard.path = Path(self.path_edit.text().strip())
        wizard.sheet = self.sheet_combo.currentData()
        return True


class MappingPage(AsyncPage):
    """One line per source column: its heading, an example, and the field it goes to."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which field each column of the file is taken as."))
        self.columns: SheetColumns | None = None
        self.combos: list[QComboBox] = []
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Heading in the file"),
                                              self.tr("Example"), self.tr("Taken as")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 48), (1, 190), (3, 200)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        self.columns = None
        self.table.setRowCount(0)
        self.explain.setText(self.tr("Reading the headings…"))
        self.run(import_steps.read_columns, wizard.session, wizard.kind, wizard.path, wizard.sheet,
                 on_done=self._show)

    def failed(self, exc: BaseException) -> None:
        self.explain.setText(self.tr("The file cannot be imported as it is:"))
        super().failed(exc)

    def _show(self, columns: SheetColumns) -> None:
        wizard = self.wizard()
        self.columns = columns
        wizard.columns = columns
        recalled = wizard.memory.recall(columns.signature, set(columns.labels)) if columns.can_remap else None
        mapping = recalled or columns.guess
        where = self.tr("sheet “{0}”, ").format(columns.sheet) if columns.encoding == "xlsx" else ""
        text = self.tr("The headings are in {0}row {1}. Check what each column is taken as and change any that "
                       "is wrong; columns taken as nothing are not imported.").format(where, columns.header_row)
        if recalled:
            text += " " + self.tr("The mapping you confirmed for a file with these headings is used again.")
        if not columns.can_remap:
            text = self.tr("The headings are in {0}row {1}. The roster's columns are recognised by their headings: "
                           "to change one, rename the heading in the file.").format(where, columns.header_row)
        self.explain.setText(text)
        self._fill(columns, mapping)
        self._check()

    def _fill(self, columns: SheetColumns, mapping: dict[int, str]) -> None:
        self.combos = []
        self.table.setRowCount(len(columns.headings))
        for i, heading in enumerate(columns.headings):
            example = " / ".join(s[i] for s in columns.samples if i < len(s) and s[i])
            for j, value in enumerate((column_letter(i), heading, example)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(i, j, item)
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for name, label in columns.labels.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(i, NOT_IMPORTED))))
            combo.setEnabled(columns.can_remap)
            combo.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(i, 3, combo)
            self.combos.append(combo)

    def mapping(self) -> dict[int, str]:
        """Column index → field as the combos now say."""
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def _check(self) -> None:
        problem = self.columns.problem(self.mapping()) if self.columns else ""
        self.message.setText(problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return super().isComplete() and self.columns is not None and not self.columns.problem(self.mapping())

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        wizard.mapping = self.mapping()
        if self.columns.can_remap:
            wizard.memory.remember(self.columns.signature, wizard.mapping)
        return True


class ImportWizard(QWizard):
    """Import the register (``kind="register"``) or the roster (``"personnel"``)."""

    def __init__(self, worker: Worker, session: Session, kind: str = "register",
                 parent: QWidget | None = None, memory: MappingMemory | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.kind = worker, session, kind
        self.memory = memory or MappingMemory()
        self.path: Path | None = None
        self.sheet: str | None = None
        self.columns: SheetColumns | None = None
        self.mapping: dict[int, str] = {}
        self.result = None
        self.number_heading = self.tr("Numbers given") if kind == "register" else self.tr("Badges given")
        self.setWindowTitle(self.tr("Import register") if kind == "register" else self.tr("Import personnel roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.dry_run_page, self.import_page, self.result_page = DryRunPage(self), ImportPage(self), ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page, self.import_page, self.result_page):
            self.addPage(page)
        self.resize(1040, 640)

    @property
    def skip_errors(self) -> bool:
        """The clerk's choice on the dry run page."""
        return self.dry_run_page.skip_box.isChecked()

    def columns_to_use(self) -> dict[int, str] | None:
        """The confirmed mapping where the service takes one."""
        return dict(self.mapping) if self.columns is not None and self.columns.can_remap else None

    def new_numbers(self) -> list[str]:
        """The numbers (badges) the import gave, in row order."""
        if self.result is None or not self.result.written:
            return []
        return [n for f in self.result.rows if f.outcome in (Outcome.IMPORT, Outcome.DUPLICATE) for n in f.numbers]

    def next_soon(self) -> None:
        """Move on once the current event is handled (from a worker callback)."""
        QTimer.singleShot(0, self.next)

    def reject(self) -> None:
        """Closing while the import runs cancels it instead (nothing is then written)."""
        if self.import_page.busy:
            self.import_page.cancel()
            return
        super().reject()
