"""Small dialogs: change password (修改口令)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from secdesk.services import accounts
from secdesk.services.session import Session
from secdesk.gui.forms.ui_change_password import Ui_ChangePasswordDialog
from secdesk.gui.shell.messages import error_text
from secdesk.gui.shell.worker import Worker


class ChangePasswordDialog(QDialog):
    """The user replaces their own password; required after an administrator's reset
    and when it is older than the period the officer set."""

    def __init__(self, worker: Worker, session: Session, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.worker, self.session = worker, session
        self.ui.introLabel.setText(self._intro(forced))
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def _intro(self, forced: bool) -> str:
        """Why a new password is asked for: a first one, an old one, or the user's wish."""
        if forced and self.session.must_change_password:
            return self.tr("Your password was set by the administrator. Choose your own "
                           "password before you continue.")
        if forced:  # older than the period (口令定期更换)
            days = self.worker.run_now(self.session.settings)["password.max_age_days"]
            return self.tr("Your password has not been changed for more than {0} days. Choose a new "
                           "password before you continue.").format(days)
        return self.tr("At least 10 characters, with three of: lower case, upper case, "
                       "digits, symbols.")

    def submit(self) -> None:
        """Check the two entries agree, then change the password on the worker."""
        new = self.ui.newEdit.text()
        if new != self.ui.repeatEdit.text():
            self.ui.messageLabel.setText(self.tr("The two new passwords differ."))
            return
        self.setEnabled(False)
        self.worker.submit(accounts.change_own_password, self.session,
                           self.ui.oldEdit.text(), new,
                           on_done=lambda _: self.accept(), on_error=self._failed,
                           owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.ui.messageLabel.setText(error_text(exc))
