"""Upkeep of the open vault while the window is signed in (数据库维护): the page check
after sign-in on a thread of its own, and the WAL checkpoint when the worker is idle.

The page check reads the file, not the connection, so the one writer goes on serving
scans while a 2 GB file is checked; it runs when the vault was too large to be checked
at open, at the first sign-in of the day (or of this program's run). Damage found is
recorded, stops every write, and is said in the window.

The writer never checkpoints inside a commit; a second after the last commit, when
no work is queued, the worker moves the log into the file.
"""

from __future__ import annotations

import threading
import time
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from secdesk.services import integrity
from secdesk.services.session import Session
from secdesk.gui.shell.worker import Worker

IDLE_SECONDS = 1.0  # no commit for this long and nothing queued: checkpoint
POLL_MS = 500
PASSED: dict[str, date] = {}  # database path → the day its page check last passed here


class VaultUpkeep(QObject):
    """Attach a session to start the upkeep; detach it before it closes."""

    damaged = Signal(object)  # the DamagedFile error, after writes were stopped
    checked = Signal(bool)  # a page check finished: True if sound
    _done = Signal(object, object)  # (session, error or None) from the check's thread

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self._stop: threading.Event | None = None
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self._tick)
        self._done.connect(self._checked)

    def attach(self, session: Session) -> None:
        """Start the idle checkpoints, and the page check if one is due."""
        self.detach()
        self.session = session
        self.timer.start()
        vault = session.vault
        if not vault.pages_checked and PASSED.get(str(vault.path)) != date.today():
            self._stop = threading.Event()
            threading.Thread(target=self._check, args=(session, self._stop), daemon=True,
                             name="secdesk-pagecheck").start()

    def detach(self) -> None:
        """Stop the timer and any page check running (the session is about to close)."""
        self.timer.stop()
        if self._stop is not None:
            self._stop.set()
            self._stop = None
        self.session = None

    def _tick(self) -> None:
        session = self.session
        if session is None or self.worker.busy or not session.vault.unflushed:
            return
        if time.monotonic() - session.vault.last_commit >= IDLE_SECONDS:
            self.worker.submit(session.vault.checkpoint_if_idle, IDLE_SECONDS, owner=self,
                               on_done=lambda _done: None, on_error=lambda _exc: None)

    def _check(self, session: Session, stop: threading.Event) -> None:
        try:
            error = integrity.check_pages(session, stop)
        except OSError:
            return  # the file went away: the session is closing
        if not stop.is_set():
            self._done.emit(session, error)

    def _checked(self, session: Session, error) -> None:
        if session is not self.session:
            return
        if error is None:
            PASSED[str(session.vault.path)] = date.today()
            self.checked.emit(True)
            return
        self.worker.submit(integrity.report_damage, session, error, owner=self,
                           on_done=lambda _done: self._say(error), on_error=lambda _exc: self._say(error))

    def _say(self, error) -> None:
        self.checked.emit(False)
        self.damaged.emit(error)
