"""Backups on the settings page (备份): back up now to a chosen folder (a USB drive), and
the restore drill (恢复演练) of the newest backup. The administrator's alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.services import backups, maintenance
from secdesk.services.session import Session
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.worker import Worker


class BackupPanel(QGroupBox):
    """Two buttons and the state of the backups; enabled for the backup right only."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.worker = worker
        self.session: Session | None = None
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.setToolTip(self.tr("A verified backup to a folder you choose, e.g. on a USB drive"))
        self.drill_button = QPushButton(self.tr("Restore drill…"))
        self.drill_button.setToolTip(self.tr(
            "Restores the newest backup to a temporary place, signs in, checks it and deletes it"))
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.drill_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(row)
        self.backup_button.clicked.connect(self.back_up)
        self.drill_button.clicked.connect(self.drill)

    def set_session(self, session: Session | None) -> None:
        """Show the panel's state for this session (None: clear)."""
        self.session = session
        allowed = bool(session and session.actor.can(Permission.BACKUP))
        self.backup_button.setEnabled(allowed)
        self.drill_button.setEnabled(allowed)
        self.setVisible(allowed)  # the administrator's; others have nothing to do here
        self.state_label.clear()
        if allowed:
            self.worker.submit(backups.status, session, owner=self, on_done=self._show_state,
                               on_error=lambda exc: None)

    def _show_state(self, status: backups.BackupStatus) -> None:
        newest = status.newest.strftime("%Y-%m-%d %H:%M") if status.newest else self.tr("none yet")
        self.state_label.setText(self.tr(
            "Automatic backups at the first sign-in of each day go to {0}. Newest verified backup: {1}.").format(
            status.folder, newest))

    def back_up(self) -> None:
        """Choose a folder (removable media), then back up there; the free space is checked
        first and a full drive leaves nothing behind."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the backup (e.g. a USB drive)"))
        if not folder or self.session is None:
            return
        self.backup_button.setEnabled(False)
        self.worker.submit(maintenance.backup, self.session, Path(folder), owner=self,
                           on_done=self._backed_up, on_error=self._failed)

    def _backed_up(self, folder: Path) -> None:
        self.set_session(self.session)
        QMessageBox.information(self, self.tr("Backups"),
                                self.tr("The backup was written and verified: {0}").format(folder))

    def drill(self) -> None:
        """Ask for the password again (to sign in to the restored copy), then drill."""
        if self.session is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Restore drill"), self.tr(
            "Your password, to sign in to the restored copy:"), QLineEdit.EchoMode.Password)
        if not ok or not password:
            return
        self.drill_button.setEnabled(False)
        self.worker.submit(maintenance.drill, self.session, password, owner=self,
                           on_done=self._drilled, on_error=self._failed)

    def _drilled(self, report: maintenance.DrillReport) -> None:
        self.set_session(self.session)
        if report.ok:
            QMessageBox.information(self, self.tr("Restore drill"), self.tr(
                "Restore drill passed: {0} was restored to a temporary place and signed in to; every page "
                "and the audit chain ({1} events) are sound. The temporary copy was deleted.").format(
                report.folder.name, report.events))
        else:
            QMessageBox.warning(self, self.tr("Restore drill"), self.tr(
                "Restore drill failed for {0}: {1}").format(report.folder.name, report.problem))

    def _failed(self, exc: BaseException) -> None:
        self.set_session(self.session)
        show_error(self, exc)
