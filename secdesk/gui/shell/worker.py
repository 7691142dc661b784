"""One writer (单一写入线程): every database call runs on one worker thread.

The GUI submits a call and gets its result, or its error, back on the main thread, so
the window never freezes on the key derivation or a long query.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Signal, Slot


class Worker(QObject):
    """Runs callables one after another on a single background thread."""

    _finished = Signal(int, object, object)  # job id, result, error
    busy_changed = Signal(bool)
    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="secdesk-db")
        self._jobs: dict[int, tuple[Callable, Callable, QObject | None]] = {}
        self._ids = itertools.count(1)
        self._finished.connect(self._deliver)

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None], owner: QObject | None = None,
               **kwargs: Any) -> int:
        """Run ``fn(*args, **kwargs)`` on the worker; call back on the main thread.

        The callbacks are dropped if ``owner`` (by default the object ``on_done`` is a
        method of) was deleted meanwhile, e.g. a window closed while a query ran.
        """
        job = next(self._ids)
        owner = owner if owner is not None else getattr(on_done, "__self__", None)
        self._jobs[job] = (on_done, on_error, owner if isinstance(owner, QObject) else None)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        future = self._pool.submit(fn, *args, **kwargs)
        future.add_done_callback(lambda f, job=job: self._emit(job, f))
        return job

    def run_now(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run on the worker and wait (for shutting down, when nothing may be pending)."""
        return self._pool.submit(fn, *args, **kwargs).result()

    def wait_for(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run on the worker and return its result, keeping the window responsive."""
        future = self._pool.submit(fn, *args, **kwargs)
        loop = QEventLoop()
        future.add_done_callback(lambda f: self._wake.emit())
        self._wake.connect(loop.quit)
        try:
            if not future.done():
                loop.exec()
        finally:
            self._wake.disconnect(loop.quit)
        return future.result()

    @property
    def busy(self) -> bool:
        """True while a job is running or waiting."""
        return bool(self._jobs)

    def shutdown(self) -> None:
        """Finish queued jobs and stop the thread."""
        self._pool.shutdown(wait=True)

    def _emit(self, job: int, future: Future) -> None:
        error = future.exception()
        self._finished.emit(job, None if error else future.result(), error)

    @Slot(int, object, object)
    def _deliver(self, job: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error, owner = self._jobs.pop(job)
        if not self._jobs:
            self.busy_changed.emit(False)
        if owner is not None and not shiboken6.isValid(owner):
            return
        if error is not None:
            on_error(error)
        else:
            on_done(result)
