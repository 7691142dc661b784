"""The main window (主窗口): navigation, pages, status bar, idle lock, network warning."""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.errorlog import log_unexpected
from secdesk.services import backups
from secdesk.services.session import Session, resume
from secdesk.gui.shell.audit_page import AuditPage
from secdesk.gui.shell.dialogs import ChangePasswordDialog
from secdesk.gui.forms.ui_lock_screen import Ui_LockScreen
from secdesk.gui.shell.idle_lock import InactivityTimer, WindowGuard
from secdesk.gui.inventory.inventory_page import InventoryPage
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.netwatch import NetworkWatch
from secdesk.gui.shell.pages import MessagePage, no_access_text
from secdesk.gui.lending.lending_page import LendingPage
from secdesk.gui.lifecycle.lifecycle_page import LifecyclePage
from secdesk.gui.personnel.personnel_page import PersonnelPage
from secdesk.gui.register.register_page import RegisterPage
from secdesk.gui.reports.reports_page import ReportsPage
from secdesk.gui.shell.reminders_panel import RemindersPanel
from secdesk.gui.shell.settings_page import SettingsPage
from secdesk.gui.shell.vault_upkeep import VaultUpkeep
from secdesk.gui.shell.widgets import ui_settings
from secdesk.gui.shell.worker import Worker

REMINDERS_KEY = QKeySequence(Qt.Key.Key_F9)  # 视图 → 今日提醒 (F8 is the station's override)
RED_BANNER = "color: white; background: #b00020; font-size: 13pt; font-weight: bold; padding: 6px;"


class LockScreen(QWidget):
    """What the locked window shows: no data, only the password field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen page on the right."""

    signed_out = Signal()

    def __init__(self, worker: Worker, session: Session, netwatch: NetworkWatch,
                 idle_ms: int | None = None) -> None:
        super().__init__()
        self.worker, self.session, self.netwatch = worker, session, netwatch
        self.db_path = session.vault.path
        self.account = session.actor.name
        self.resize(1180, 680)  # the size when not maximised, until the user chooses one
        self._build_pages()
        self.reminders = RemindersPanel(worker, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.reminders)
        self.lifecycle_page.changed.connect(self.reminders.refresh)
        self.inventory_page.changed.connect(self.reminders.refresh)
        self.register_page.open_batch.connect(self.open_destruction_batch)
        self._build_status_bar()
        self._build_menu()
        self.idle = InactivityTimer(idle_ms or self._idle_ms(worker.run_now(session.settings)), self)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)
        self.guard = WindowGuard(self, self)  # no other window while locked
        QApplication.instance().installEventFilter(self.guard)
        netwatch.changed.connect(self._show_network)
        self._show_network(netwatch.interfaces_up())
        self.upkeep = VaultUpkeep(worker, self)  # page check after sign-in, idle checkpoints
        self.upkeep.damaged.connect(lambda exc: show_error(self, exc))
        self._attach(session)

    # -- building -------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget { font-size: 14pt; } QListWidget::item { padding: 10px; }")
        self.pages = QStackedWidget()
        self.audit_page = AuditPage(self.worker)
        self.register_page = RegisterPage(self.worker)
        self.personnel_page = PersonnelPage(self.worker)
        self.lending_page = LendingPage(self.worker)
        self.lifecycle_page = LifecyclePage(self.worker)
        self.inventory_page = InventoryPage(self.worker)
        self.reports_page = ReportsPage(self.worker)
        self.settings_page = SettingsPage(self.worker)
        self.settings_page.settings_changed.connect(self._settings_changed)
        readers = self.tr("clerk, security officer, auditor")
        entries = [  # (side bar, page, the permission it needs and who holds it)
            (self.tr("Register"), self.register_page, Permission.READ_REGISTER, readers),
            (self.tr("Lending"), self.lending_page, Permission.READ_REGISTER, readers),
            (self.tr("Personnel"), self.personnel_page, Permission.READ_PERSONNEL, readers),
            (self.tr("Destruction & movements"), self.lifecycle_page, Permission.READ_REGISTER, readers),
            (self.tr("Inventory"), self.inventory_page, Permission.READ_REGISTER, readers),
            (self.tr("Reports"), self.reports_page, Permission.READ_REGISTER, readers),
            (self.tr("Audit"), self.audit_page, Permission.READ_AUDIT, self.tr("auditor")),
            (self.tr("Settings"), self.settings_page, None, ""),
        ]
        self.pages_by_title = {}
        self.needs: list[tuple[Permission | None, str]] = []
        for title, page, permission, who in entries:
            self.nav.addItem(title)
            self.pages.addWidget(page)
            self.pages_by_title[title] = page
            self.needs.append((permission, who))
        # Only reached if a page is asked for in code (the side bar hides what the role may not use).
        self.no_access = MessagePage("", "")
        self.pages.addWidget(self.no_access)
        self.nav.currentRowChanged.connect(self._show_page)
        self.banner = QLabel()
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(RED_BANNER)
        self.banner.hide()
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen()
        self.lock_screen.ui.unlockButton.clicked.connect(self._unlock)
        self.lock_screen.ui.passwordEdit.returnPressed.connect(self._unlock)
        self.lock_screen.ui.signOutButton.clicked.connect(self._sign_out_locked)
        self.outer = QStackedWidget()
        self.outer.addWidget(workspace)
        self.outer.addWidget(self.lock_screen)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.outer, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.account_label = QLabel()
        self.db_label = QLabel(self.tr("Database: {0}").format(self.db_path))
        self.network_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.account_label)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.network_label)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Account"))
        for text, slot in ((self.tr("Change password…"), self.change_password),
                           (self.tr("Lock screen"), self.lock),
                           (self.tr("Sign out"), self.sign_out)):
            action = QAction(text, self)
            action.triggered.connect(slot)
            menu.addAction(action)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.reminders_action = self.reminders.toggleViewAction()  # 今日提醒, reopens the panel closed with ×
        self.reminders_action.setShortcut(REMINDERS_KEY)
        view.addAction(self.reminders_action)

    # -- session --------------------------------------------------------------------
    def _attach(self, session: Session) -> None:
        self.session = session
        unit = self.worker.run_now(session.settings)["unit.name"]  # the worker owns the connection
        self.setWindowTitle(self.tr("secdesk — {0}").format(unit))
        self.account_label.setText(self.tr("Account: {0} ({1})").format(
            session.actor.name, session.actor.roles_text))
        self.settings_page.set_session(session)
        self.register_page.set_session(session if session.actor.can(Permission.READ_REGISTER) else None)
        self.personnel_page.set_session(session if session.actor.can(Permission.READ_PERSONNEL) else None)
        self.lending_page.set_session(session if session.actor.can(Permission.READ_REGISTER) else None)
        self.lifecycle_page.set_session(session if session.actor.can(Permission.READ_REGISTER) else None)
        self.inventory_page.set_session(session if session.actor.can(Permission.READ_REGISTER) else None)
        self.reports_page.set_session(session)
        self.reminders.set_session(session)
        self.audit_page.set_session(session if session.actor.can(Permission.READ_AUDIT) else None)
        self.guard.release()
        self.outer.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.reminders_action.setEnabled(True)
        self._show_allowed_pages()
        self.idle.start()
        self.upkeep.attach(session)
        if session.backup_due:  # the day's first sign-in: after the pages' first queries
            session.backup_due = False
            self.worker.submit(backups.daily_backup, session, owner=self,
                               on_done=lambda made: self.reminders.refresh(), on_error=log_unexpected)

    def _detach(self) -> None:
        self.idle.stop()
        self.upkeep.detach()
        self.settings_page.set_session(None)
        self.register_page.set_session(None)
        self.personnel_page.set_session(None)
        self.lending_page.set_session(None)
        self.lifecycle_page.set_session(None)
        self.inventory_page.set_session(None)
        self.reports_page.set_session(None)
        self.reminders.set_session(None)
        self.audit_page.set_session(None)
        self.session = None

    def _allowed(self, row: int) -> bool:
        permission = self.needs[row][0]
        return self.session is not None and (permission is None or self.session.actor.can(permission))

    def _show_allowed_pages(self) -> None:
        """The side bar lists only the pages this role may use; it stays on the page shown
        (unlocking) or opens on the first allowed one (signing in)."""
        for row in range(self.nav.count()):
            self.nav.item(row).setHidden(not self._allowed(row))
        row = self.nav.currentRow()
        if row < 0 or not self._allowed(row):
            row = next(r for r in range(self.nav.count()) if self._allowed(r))  # 设置 is always allowed
        self.nav.setCurrentRow(row)
        self._show_page(row)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        if self._allowed(row):
            self.pages.setCurrentIndex(row)
            return
        _, who = self.needs[row]
        self.no_access.heading.setText(self.nav.item(row).text())
        self.no_access.body.setText(no_access_text(who))
        self.pages.setCurrentWidget(self.no_access)

    def open_destruction_batch(self, number: str) -> None:
        """Go to 销毁与流转 → 销毁 with this batch shown."""
        self.nav.setCurrentRow(self.pages.indexOf(self.lifecycle_page))
        self.lifecycle_page.tabs.setCurrentWidget(self.lifecycle_page.destruction)
        self.lifecycle_page.destruction.load(number)
        self.lifecycle_page.destruction.refresh()

    @staticmethod
    def _idle_ms(settings: dict) -> int:
        return int(settings["idle_lock_minutes"]) * 60_000

    def _settings_changed(self, values: dict) -> None:
        self.idle.set_timeout(self._idle_ms(values))

    # -- lock, unlock, sign out ---------------------------------------------------------
    @property
    def locked(self) -> bool:
        """True while the lock screen is shown and the database is closed."""
        return self.outer.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide all data, close the database and ask for the password again."""
        if self.session is None or self.locked:
            return
        session = self.session
        self.guard.engage()  # dialogs rejected first: their exec() returns once this does
        self._detach()
        self.outer.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.reminders_action.setEnabled(False)
        self.lock_screen.ui.infoLabel.setText(self.tr(
            "The screen was locked and the database closed. {0}, enter your password to "
            "continue.").format(self.account))
        self.lock_screen.ui.messageLabel.clear()
        self.lock_screen.ui.passwordEdit.setFocus()
        self.worker.submit(session.close, "screen.lock", on_done=lambda _: None,
                           on_error=lambda exc: None)

    def _unlock(self) -> None:
        password = self.lock_screen.ui.passwordEdit.text()
        self.lock_screen.ui.passwordEdit.clear()
        if not password:
            return
        self.lock_screen.setEnabled(False)
        self.worker.submit(resume, self.db_path, self.account, password,
                           network_up=self.netwatch.interfaces_up(),
                           on_done=self._unlocked, on_error=self._unlock_failed)

    def _unlocked(self, session: Session) -> None:
        self.lock_screen.setEnabled(True)
        self._attach(session)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.lock_screen.setEnabled(True)
        self.lock_screen.ui.messageLabel.setText(error_text(exc))
        self.lock_screen.ui.passwordEdit.setFocus()

    def _sign_out_locked(self) -> None:
        self.signed_out.emit()
        self.close()

    def sign_out(self) -> None:
        """Close the session and go back to the sign-in dialog."""
        session = self.session
        self._detach()
        if session is not None:
            self.worker.run_now(session.close)
        self.signed_out.emit()
        self.close()

    def change_password(self) -> None:
        """The user's own password change."""
        if self.session is not None and ChangePasswordDialog(self.worker, self.session, parent=self).exec():
            self.reminders.refresh()  # the password's reminder goes

    def show_restored(self) -> None:
        """Show the window as the user left it last time, or maximised the first time."""
        settings = ui_settings()
        panel = self.reminders.isVisibleTo(self)
        geometry, state = settings.value("main/geometry"), settings.value("main/state")
        if state is not None:
            self.restoreState(state)  # the panel's side and width
            self.reminders.setVisible(panel)  # shown or not by the role, as set at sign-in
        if geometry is not None and self.restoreGeometry(geometry):
            self.show()
        else:
            self.showMaximized()

    def save_layout(self) -> None:
        """Remember the window's size and place, the panel and the register's columns."""
        settings = ui_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        self.register_page.save_columns(settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        """Closing the window signs out first."""
        self.save_layout()
        session = self.session
        self._detach()
        if session is not None:
            self.worker.run_now(session.close)
        QApplication.instance().removeEventFilter(self.idle)
        QApplication.instance().removeEventFilter(self.guard)
        super().closeEvent(event)

    # -- network --------------------------------------------------------------------
    def _show_network(self, interfaces: list[str]) -> None:
        if interfaces:
            text = self.tr("Classified computer must not be networked: {0} is up").format(
                ", ".join(interfaces))
            self.banner.setText(text)
            self.banner.show()
            self.network_label.setText(self.tr("Network: CONNECTED"))
            self.network_label.setStyleSheet("color: white; background: #b00020; padding: 2px 6px;")
        else:
            self.banner.hide()
            self.network_label.setText(self.tr("Network: not connected"))
            self.network_label.setStyleSheet("color: #1b5e20;")
