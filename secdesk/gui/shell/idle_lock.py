"""Idle lock (无操作锁屏): no keyboard or mouse input for the configured time → lock; while
locked, no window but the lock screen."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class InactivityTimer(QObject):
    """Watches every input event of the application; emits ``idle`` after the timeout."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._timer.setInterval(timeout_ms)

    def set_timeout(self, timeout_ms: int) -> None:
        """Change the timeout (a setting changed); restarts the count if running."""
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        """Start counting from now."""
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (while locked or signed out)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Any input restarts the count; the event itself goes on unchanged."""
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class WindowGuard(QObject):
    """While the screen is locked no window but the main one is on screen (锁屏时关闭其他窗口).

    :meth:`engage` closes every other visible window and drops what it holds: a dialog is
    rejected (so a running ``exec()`` returns Rejected and its caller acts on nothing) and,
    if Python made it, deleted once its loop has returned; any other window (a menu, a
    floating panel) is closed. Until :meth:`release`, a window that opens anyway (a print
    preview whose PDF arrived late, an error box) is painted blank and closed as soon as
    its event loop runs. Install it as an application event filter.
    """

    def __init__(self, main: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.engaged = False

    def engage(self) -> None:
        """The lock falls: close every other window."""
        self.engaged = True
        for window in QApplication.topLevelWidgets():
            if window is not self.main and window.isVisible():
                _drop(window)

    def release(self) -> None:
        """Unlocked: windows may open again."""
        self.engaged = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """A window shown while locked is blanked now and closed on the next turn of its
        event loop (closing it inside ``show()`` would leave an ``exec()`` waiting for ever)."""
        if (self.engaged and event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and watched is not self.main and not _lock_screen_popup(watched, self.main)):
            watched.setUpdatesEnabled(False)
            QTimer.singleShot(0, self, lambda w=watched: self.engaged and shiboken6.isValid(w) and _drop(w))
        return False


def _lock_screen_popup(window: QWidget, main: QWidget) -> bool:
    """A menu or tooltip of the main window itself (the lock screen's password field)."""
    popup = window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
    parent = window.parentWidget()
    return popup and parent is not None and parent.window() is main


def _drop(window: QWidget) -> None:
    if isinstance(window, QDialog):
        window.reject()
        window.hide()
        if shiboken6.createdByPython(window):
            window.deleteLater()  # after the exec() it ran has returned to its caller
    else:
        window.close()
