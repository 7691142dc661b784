"""Accounts (账户管理) in the settings page: list, add, reset password, disable, unlock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import ROLE_ZH, Permission, Role
from secdesk.services import accounts
from secdesk.services.session import Session
from secdesk.gui.forms.ui_account_dialog import Ui_AccountDialog
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.worker import Worker
from secdesk.services.accounts import AccountRow

# Who may see the list of accounts (services.accounts.list_accounts checks the same).
LISTS_ACCOUNTS = (Permission.MANAGE_ACCOUNTS, Permission.UNLOCK_ACCOUNTS, Permission.READ_AUDIT)


class AccountDialog(QDialog):
    """Name, full name, roles and the initial password of a new account."""

    def __init__(self, worker: Worker, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self.worker, self.session = worker, session
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def roles(self) -> frozenset[Role]:
        """The roles ticked."""
        boxes = {Role.CLERK: self.ui.clerkBox, Role.OFFICER: self.ui.officerBox,
                 Role.AUDITOR: self.ui.auditorBox, Role.ADMIN: self.ui.adminBox}
        return frozenset(r for r, box in boxes.items() if box.isChecked())

    def submit(self) -> None:
        """Create the account on the worker; show what is wrong in the dialog."""
        if self.ui.passwordEdit.text() != self.ui.repeatEdit.text():
            self.ui.messageLabel.setText(self.tr("The two passwords differ."))
            return
        if not self.roles():
            self.ui.messageLabel.setText(self.tr("Tick at least one role."))
            return
        self.setEnabled(False)
        self.worker.submit(accounts.add_account, self.session, self.ui.nameEdit.text(),
                           self.roles(), self.ui.passwordEdit.text(), self.ui.fullNameEdit.text(),
                           on_done=lambda _: self.accept(), on_error=self._failed,
                           owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.ui.messageLabel.setText(error_text(exc))


class AccountsPanel(QWidget):
    """The accounts table and the actions the signed-in role may take."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.rows: list[AccountRow] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Full name"),
                                              self.tr("Roles"), self.tr("State"),
                                              self.tr("Last sign-in")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("New account…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.disable_button = QPushButton(self.tr("Disable…"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.closed_label = QLabel(self.tr("Only the system administrator manages accounts."))
        self.closed_label.setStyleSheet("color: #555;")
        self.closed_label.hide()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.disable_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset)
        self.disable_button.clicked.connect(self.disable)
        self.unlock_button.clicked.connect(self.unlock)

    @property
    def can_list(self) -> bool:
        """True if this role may see the accounts (the clerk may not: the list is not asked
        for, so no refusal is written to the audit log)."""
        return bool(self.session and any(self.session.actor.can(p) for p in LISTS_ACCOUNTS))

    def set_session(self, session: Session | None) -> None:
        """Show the accounts (or nothing, when locked or signed out)."""
        self.session = session
        shown = session is None or self.can_list
        self.closed_label.setVisible(not shown)
        self.table.setVisible(shown)
        for b in (self.add_button, self.reset_button, self.disable_button, self.unlock_button):
            b.setVisible(shown)
        self._enable()
        self.refresh()

    def _enable(self) -> None:
        """Each action only for a role that may take it; those on an account need one chosen."""
        actor = self.session.actor if self.session else None
        manage = bool(actor and actor.can(Permission.MANAGE_ACCOUNTS))
        chosen = 0 <= self.table.currentRow() < len(self.rows) and bool(self.table.selectedItems())
        self.add_button.setEnabled(manage)
        self.reset_button.setEnabled(manage and chosen)
        self.disable_button.setEnabled(manage and chosen)
        self.unlock_button.setEnabled(bool(actor and actor.can(Permission.UNLOCK_ACCOUNTS)) and chosen)

    def refresh(self) -> None:
        """Reload the table."""
        if self.session is None or not self.can_list:
            self._show([])
            return
        self.worker.submit(accounts.list_accounts, self.session, on_done=self._show,
                           on_error=lambda exc: self._show([]), owner=self)

    def _show(self, rows: list[AccountRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, a in enumerate(rows):
            state = (self.tr("disabled") if not a.active else
                     self.tr("LOCKED") if a.locked else self.tr("active"))
            values = (a.name, a.full_name, "、".join(ROLE_ZH[r] for r in sorted(a.roles)), state,
                      (a.last_sign_in or "").replace("T", " ")[:16])
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self._enable()

    def _selected(self) -> AccountRow | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            return self.rows[row]
        QMessageBox.information(self, self.tr("Accounts"), self.tr("Select an account first."))
        return None

    def add(self) -> None:
        """Open the new-account dialog."""
        if AccountDialog(self.worker, self.session, self).exec():
            self.refresh()

    def reset(self) -> None:
        """Set a temporary password the user must change."""
        row = self._selected()
        if row is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"), self.tr(
            "Temporary password for {0} (they must change it at sign-in):").format(row.name),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        second = None
        if row.roles & {Role.OFFICER, Role.AUDITOR}:  # a second 三员 confirms at this PC
            second = self._second_person(row.name)
            if second is None:
                return
        self._run(accounts.reset_password, row.name, password, second)

    def _second_person(self, name: str) -> tuple[str, str] | None:
        """Another 三员 (administrator, officer or auditor) enters their account and password."""
        account, ok = QInputDialog.getText(self, self.tr("Reset password"), self.tr(
            "Resetting {0} needs a second person of the three (administrator, security officer or "
            "auditor). Their account:").format(name))
        if not ok or not account.strip():
            return None
        password, ok = QInputDialog.getText(self, self.tr("Reset password"), self.tr(
            "Password of {0}:").format(account.strip()), QLineEdit.EchoMode.Password)
        return (account.strip(), password) if ok else None

    def disable(self) -> None:
        """Disable the selected account, with a reason."""
        row = self._selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Disable account"), self.tr(
            "Reason for disabling {0} (its history is kept):").format(row.name))
        if ok:
            self._run(accounts.disable_account, row.name, reason)

    def unlock(self) -> None:
        """Release an account locked by failed sign-ins."""
        row = self._selected()
        if row is not None:
            self._run(accounts.unlock_account, row.name)

    def _run(self, fn, *args) -> None:
        self.worker.submit(fn, self.session, *args, on_done=lambda _: self.refresh(),
                           on_error=lambda exc: show_error(self, exc), owner=self)
