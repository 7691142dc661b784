"""Idle lock (无操作锁屏): no keyboard or mouse input for the configured time → lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

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
