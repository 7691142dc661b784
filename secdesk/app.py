"""Composition root of the window: language, font, worker, network watch, and the flow
set-up → sign-in → main window → (sign out) → sign-in."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from secdesk.services.session import Session
from secdesk.demo.main import DEMO_PASSWORD
from secdesk.gui.shell.dialogs import ChangePasswordDialog
from secdesk.gui.shell.gc_guard import MainThreadCollector
from secdesk.gui.shell.i18n import install_font, install_language
from secdesk.gui.shell.main_window import MainWindow
from secdesk.gui.shell.messages import install_excepthook
from secdesk.gui.shell.netwatch import NetworkWatch
from secdesk.gui.shell.setup_wizard import SetupWizard
from secdesk.gui.shell.signin import SignInDialog
from secdesk.gui.shell.worker import Worker
from secdesk.paths import state_dir


def last_db_file() -> Path:
    """Where the path of the last database used is remembered."""
    return state_dir() / "last-database.txt"


def remembered_db() -> Path | None:
    """The database used last time, if it still exists."""
    try:
        path = Path(last_db_file().read_text(encoding="utf-8").strip())
    except OSError:
        return None
    return path if path.exists() else None


def remember_db(path: Path) -> None:
    """Remember the database for the next start."""
    last_db_file().write_text(str(Path(path).resolve()), encoding="utf-8")


class Controller:
    """Moves between the set-up wizard, the sign-in dialog and the main window."""

    def __init__(self, app: QApplication, db_path: Path | None) -> None:
        self.app = app
        self.worker = Worker()
        self.netwatch = NetworkWatch()
        self.db_path = db_path
        self.window: MainWindow | None = None
        self.dialog: SignInDialog | None = None

    def start(self) -> bool:
        """Show the first screen: the set-up wizard when there is no database yet (none
        named, or the file named does not exist: it is proposed as the new one's path),
        else the sign-in dialog. False if the user cancelled set-up."""
        if self.db_path is None or not self.db_path.exists():
            wizard = SetupWizard(self.worker, self.db_path)
            if not wizard.exec() or wizard.session is None:
                return False
            self.db_path = wizard.session.vault.path
            remember_db(self.db_path)
            self.open_main(wizard.session)
            return True
        self.show_sign_in()
        return True

    def show_sign_in(self, account: str = "") -> None:
        """The sign-in dialog for the current database."""
        hint = ""
        if "demo" in self.db_path.name:
            hint = QCoreApplication.translate("SignInDialog", "Demo database: accounts admin, clerk, officer, auditor; "
                                   "password {0}").format(DEMO_PASSWORD)
        self.dialog = SignInDialog(self.worker, self.db_path, self.netwatch, hint, account)
        self.dialog.accepted.connect(lambda: self._signed_in(self.dialog.session))
        self.dialog.rejected.connect(self.app.quit)
        self.dialog.show()

    def _signed_in(self, session: Session) -> None:
        remember_db(self.db_path)
        for text in session.warnings:  # e.g. an older copy of the database put back
            QMessageBox.warning(None, QCoreApplication.translate("Controller", "secdesk"), text)
        if session.must_change_password or session.password_expired:  # a first or an old password
            if not ChangePasswordDialog(self.worker, session, forced=True).exec():
                self.worker.run_now(session.close)
                self.show_sign_in(session.actor.name)
                return
        self.open_main(session)

    def open_main(self, session: Session) -> None:
        """The main window for a signed-in session."""
        self.window = MainWindow(self.worker, session, self.netwatch)
        self.window.signed_out.connect(lambda: QTimer.singleShot(0, self.show_sign_in))
        self.window.show_restored()  # maximised the first time, then as the user left it

    def shutdown(self) -> None:
        """Close whatever is open and stop the worker."""
        if self.window is not None and self.window.session is not None:
            self.window.close()
        self.worker.shutdown()


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Window options: ``--db PATH``, ``--lang en``, ``--smoke-exit``, ``--smoke-pages``."""
    parser = argparse.ArgumentParser(prog="secdesk")
    parser.add_argument("--db", type=Path, help="数据库文件 (database file)")
    parser.add_argument("--lang", default="zh_CN", help="zh_CN (default) or en")
    parser.add_argument("--smoke-exit", action="store_true",
                        help="show the sign-in window, print 'ready <ms>', exit (for checks)")
    parser.add_argument("--smoke-pages", metavar="ACCOUNT",
                        help="sign in (password on stdin), open every page, exit (for checks)")
    return parser.parse_args(argv)


def run_gui(argv: list[str]) -> int:
    """Start the window; returns the exit code."""
    started = time.perf_counter()
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("secdesk")
    install_excepthook()
    install_language(app, args.lang)
    install_font(app)
    collector = MainThreadCollector(app)  # noqa: F841 (lives with the app)
    db_path = args.db if args.db else remembered_db()
    if args.smoke_pages:
        from secdesk.gui.shell.smoke import smoke_pages

        return smoke_pages(app, args.db, args.smoke_pages)
    controller = Controller(app, db_path)
    if args.smoke_exit:
        if db_path is None:
            print("--smoke-exit needs --db", file=sys.stderr)
            return 2
        controller.show_sign_in()
        QTimer.singleShot(0, lambda: _smoke_done(app, controller, started))
        return app.exec()
    if not controller.start():
        controller.shutdown()
        return 0
    code = app.exec()
    controller.shutdown()
    return code


def _smoke_done(app: QApplication, controller: Controller, started: float) -> None:
    visible = controller.dialog is not None and controller.dialog.isVisible()
    print(f"ready {round((time.perf_counter() - started) * 1000)}" if visible else "not shown")
    app.exit(0 if visible else 1)
