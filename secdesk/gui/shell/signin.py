"""The sign-in dialog (登录): account, password, the database it opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from secdesk.services.session import Session, sign_in
from secdesk.gui.forms.ui_signin import Ui_SignInDialog
from secdesk.gui.shell.messages import error_text
from secdesk.gui.shell.netwatch import NetworkWatch
from secdesk.gui.shell.worker import Worker


class SignInDialog(QDialog):
    """Asks for account and password; signs in on the worker thread."""

    def __init__(self, worker: Worker, db_path: Path, netwatch: NetworkWatch,
                 hint: str = "", account: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.worker = worker
        self.db_path = Path(db_path)
        self.netwatch = netwatch
        self.session: Session | None = None
        self.ui.databasePath.setText(str(self.db_path))
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))
        self.ui.accountEdit.setText(account)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.accountEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.passwordEdit.returnPressed.connect(self.submit)
        self._show_network(netwatch.interfaces_up())
        netwatch.changed.connect(self._show_network)
        (self.ui.passwordEdit if account else self.ui.accountEdit).setFocus()

    def submit(self) -> None:
        """Sign in with what was typed; errors are shown in the dialog."""
        if not self.ui.buttons.isEnabled():
            return  # a sign-in is already running
        name = self.ui.accountEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not name or not password:
            self._message(self.tr("Enter the account name and the password."))
            return
        self._set_busy(True)
        self.worker.submit(sign_in, self.db_path, name, password,
                           network_up=self.netwatch.interfaces_up(), defer_backup=True,
                           on_done=self._signed_in, on_error=self._failed)

    def _signed_in(self, session: Session) -> None:
        self.session = session
        self.ui.passwordEdit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        self._message(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.ui.buttons.setEnabled(not busy)
        self.ui.accountEdit.setEnabled(not busy)
        self.ui.passwordEdit.setEnabled(not busy)
        if busy:
            self._message(self.tr("Checking the password…"), error=False)
        self.setCursor(Qt.CursorShape.WaitCursor if busy else Qt.CursorShape.ArrowCursor)

    def _message(self, text: str, error: bool = True) -> None:
        color = "#b00020" if error else "#333"
        self.ui.messageLabel.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.ui.messageLabel.setText(text)

    def _show_network(self, interfaces: list[str]) -> None:
        if interfaces:
            self.ui.unitLabel.setText(
                self.tr("Network connection detected ({0}): a classified computer must not "
                        "be networked.").format(", ".join(interfaces)))
            self.ui.unitLabel.setStyleSheet("color: white; background: #b00020; padding: 6px;")
        else:
            self.ui.unitLabel.setText("")
            self.ui.unitLabel.setStyleSheet("")
