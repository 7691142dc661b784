"""Network watch (联网监测): lists non-loopback interfaces that are up. Reads the local
interface table only; sends no traffic."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInterface

Flag = QNetworkInterface.InterfaceFlag


def interfaces_up() -> list[str]:
    """Names of interfaces that are up and running, loopback excluded."""
    names = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if flags & Flag.IsLoopBack:
            continue
        if flags & Flag.IsUp and flags & Flag.IsRunning:
            names.append(iface.humanReadableName() or iface.name())
    return sorted(names)


class NetworkWatch(QObject):
    """Polls the interface table every few seconds; emits ``changed`` with the list."""

    changed = Signal(list)

    def __init__(self, interval_ms: int = 5000, probe=interfaces_up,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._probe = probe
        self._last = probe()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self._timer.start(interval_ms)

    def interfaces_up(self) -> list[str]:
        """The interfaces up at the last poll."""
        return list(self._last)

    def poll(self) -> None:
        """Look again; emit ``changed`` when the list differs."""
        now = self._probe()
        if now != self._last:
            self._last = now
            self.changed.emit(now)
