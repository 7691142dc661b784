"""Python's garbage collector run on the window's thread only.

A Qt object kept alive only by a Python reference cycle (a dialog, a model) is destroyed
by whichever thread the collector happens to run in. Run from the worker thread, that
destruction crashes Qt. So automatic collection is switched off and the same three
generations are collected by a timer on the GUI thread, at the thresholds Python uses.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Collects garbage on the thread that created it (the GUI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed Python's thresholds."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Give collection back to Python."""
        self.timer.stop()
        gc.enable()
