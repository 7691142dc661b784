"""The bundle's smoke check of the window (``secdesk --db F --smoke-pages ACCOUNT``, the
password on stdin): sign in, open every page and every tab of it, paint each, sign out.

A module missing from the bundle, an error in a page's loading or any dialog that pops up
on its own fails the check; it prints one line a page and exits 0 only if all were fine.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from secdesk.services.session import sign_in
from secdesk.gui.shell import messages
from secdesk.gui.shell.netwatch import NetworkWatch
from secdesk.gui.shell.worker import Worker

SETTLE_MS = 10_000


class PageWalk:
    """Opens every page of the main window for one account and records what went wrong."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.failures: list[str] = []
        self.worker = Worker()
        sys.excepthook = lambda kind, exc, tb: self.failures.append(f"{kind.__name__}: {exc}")
        messages.log_unexpected = self._unexpected

    def _unexpected(self, exc: BaseException) -> str:
        self.failures.append(f"{type(exc).__name__}: {exc}")
        return "-"

    def settle(self) -> None:
        """Let the page's queries finish and their results arrive; close any dialog."""
        deadline = QDeadlineTimer(SETTLE_MS)
        while True:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            dialog = self.app.activeModalWidget()
            if dialog is not None:
                self.failures.append(f"a dialog opened: {dialog.windowTitle()} "
                                     f"{' '.join(w.text() for w in dialog.findChildren(QWidget) if hasattr(w, 'text') and isinstance(w.text(), str))[:200]}")
                dialog.close()
            if not self.worker.busy or deadline.hasExpired():
                break
        self.app.processEvents()

    def visit(self, name: str, widget: QWidget) -> None:
        """Show, settle and paint one page or tab, then print its line."""
        before = len(self.failures)
        self.settle()
        if widget.grab().isNull():
            self.failures.append(f"{name}: could not be painted")
        status = "ok" if len(self.failures) == before else "FAIL " + "; ".join(self.failures[before:])
        print(f"page {name}: {status}", flush=True)

    def walk(self, db_path: Path, account: str, password: str) -> int:
        """Sign in, open each page and each tab; the exit code."""
        from secdesk.gui.shell.main_window import MainWindow

        started = time.perf_counter()
        session = self.worker.run_now(sign_in, db_path, account, password)
        window = MainWindow(self.worker, session, NetworkWatch())
        window.show()
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            page = window.pages.currentWidget()
            title = window.nav.item(row).text()
            self.visit(title, page)
            for tabs in page.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    self.visit(f"{title} / {tabs.tabText(index)}", tabs.widget(index))
        window.sign_out()
        self.settle()
        self.worker.shutdown()
        elapsed = round((time.perf_counter() - started) * 1000)
        print(f"pages {window.nav.count()} for {account}: "
              f"{'ok' if not self.failures else f'{len(self.failures)} failure(s)'} {elapsed} ms")
        return 0 if not self.failures else 1


def smoke_pages(app: QApplication, db_path: Path, account: str) -> int:
    """The check for ``--smoke-pages``: the password is the first line of stdin."""
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        return PageWalk(app).walk(db_path, account, password)
    except Exception as exc:  # noqa: BLE001 (a check: report whatever stops it)
        print(f"page walk stopped: {type(exc).__name__}: {exc}")
        return 1
