"""First-run set-up (初始化向导): database file, unit, administrator, recovery key sheet.

The steps' rules live in ``core.services.setup``; this wizard only collects and shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from secdesk.services.session import Session
from secdesk.services import setup
from secdesk.services.setup import initialise
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.print_pdf import print_pdf, save_pdf
from secdesk.gui.shell.worker import Worker


def default_db_path() -> Path:
    """Where a new database goes unless the administrator chooses otherwise."""
    return Path.home() / "secdesk" / "secdesk.db"


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    return label


class DatabasePage(QWizardPage):
    """Step 1: where the encrypted database file will live."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.setTitle(self.tr("Database file"))
        self.setSubTitle(self.tr("The register is kept in one encrypted file on this computer. "
                                 "Its key file (.keys) is written beside it."))
        self.path_edit = QLineEdit(str(path or default_db_path()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.registerField("db_path", self.path_edit)  # not "db_path*": a pre-filled path is complete
        self.path_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        """Any path will do here (creating the file checks it); the proposed one too."""
        return bool(self.path_edit.text().strip())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), self.path_edit.text(),
                                              "secdesk (*.db)")
        if path:
            self.path_edit.setText(path)


class UnitPage(QWizardPage):
    """Step 2: the unit's name and code (the prefix of carrier numbers)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Unit"))
        self.setSubTitle(self.tr("The unit name is printed on every form; the unit code "
                                 "starts every carrier number, e.g. BMS-2026-000123K."))
        self.name_edit = QLineEdit()
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(10)
        form = QFormLayout(self)
        form.addRow(self.tr("Unit name:"), self.name_edit)
        form.addRow(self.tr("Unit code:"), self.code_edit)
        self.registerField("unit_name*", self.name_edit)
        self.registerField("unit_code*", self.code_edit)


class AdminPage(QWizardPage):
    """Step 3: the administrator's account; creates the vault when accepted."""

    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self.setup = wizard
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(self.tr("The administrator manages accounts, backups and settings, "
                                 "and cannot edit the register. Password: at least 10 "
                                 "characters, three of lower case, upper case, digits, symbols."))
        self.name_edit = QLineEdit("admin")
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Account name:"), self.name_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Again:"), self.repeat_edit)
        form.addRow(self.error)
        self.registerField("admin", self.name_edit)
        for edit in (self.name_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        """A name (the proposed ``admin`` is one) and the password twice; the rules of the
        password are checked when the database is created."""
        return bool(self.name_edit.text().strip() and self.password_edit.text() and self.repeat_edit.text())

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        """Create the database; stay on this page with the reason if that fails."""
        if self.password_edit.text() != self.repeat_edit.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        self.error.setText(self.tr("Creating the encrypted database…"))
        try:
            self.setup.create(
                Path(self.field("db_path")), self.field("unit_name"), self.field("unit_code"),
                self.name_edit.text(), self.password_edit.text())
        except Exception as exc:  # shown in the page; the wizard stays open
            self.error.setText(error_text(exc))
            return False
        self.password_edit.clear()
        self.repeat_edit.clear()
        return True


class RecoveryPage(QWizardPage):
    """Step 4: the recovery key sheet, printed or saved before the wizard can finish."""

    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self.setup = wizard
        self.setTitle(self.tr("Recovery key sheet"))
        self.setSubTitle(self.tr("If every password is forgotten or the key file is lost, "
                                 "only this sheet opens the database. Print it, seal it and "
                                 "keep it in the safe. Its second page is the audit "
                                 "verification code: hand it to the auditor, sealed apart. "
                                 "Both are shown only now."))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.done_box = QCheckBox(self.tr("The recovery key sheet is sealed in the safe and the audit code given to the auditor"))
        self.print_button.clicked.connect(lambda: self._output(print_it=True))
        self.save_button.clicked.connect(lambda: self._output(print_it=False))
        self.done_box.toggled.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.done_box)

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        """Finishing needs the confirmation that the sheet is in the safe."""
        return self.done_box.isChecked()

    def _output(self, print_it: bool) -> None:
        try:
            data = self.setup.sheet()
            if print_it:
                print_pdf(self, data, self.tr("Recovery key sheet"))
            else:
                save_pdf(self, data, "恢复密钥单.pdf")
        except Exception as exc:
            show_error(self, exc)


class SetupWizard(QWizard):
    """The four steps; ``session`` holds the administrator's session when finished."""

    def __init__(self, worker: Worker, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self._sheet: bytes | None = None
        self.setWindowTitle(self.tr("secdesk — first-run set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(640, 440)
        self.addPage(DatabasePage(db_path))
        self.addPage(UnitPage())
        self.addPage(AdminPage(self))
        self.addPage(RecoveryPage(self))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)

    def create(self, db_path: Path, unit_name: str, unit_code: str, admin: str, password: str) -> None:
        """Create the vault on the worker thread (waiting without freezing the window)."""
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self.session, secret = self.worker.wait_for(
            initialise, db_path, unit_name, unit_code, admin, password)
        self._sheet = self.worker.wait_for(setup.recovery_sheet_pdf, self.session, db_path.name,
                                           setup.recovery_key_text(secret))
        del secret

    def sheet(self) -> bytes:
        """The recovery key sheet PDF (kept in memory only until the wizard closes)."""
        return self._sheet or b""
