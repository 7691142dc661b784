"""Single instance (单实例): one secdesk process per database file."""

from __future__ import annotations

import os
from pathlib import Path

from secdesk.domain.errors import VaultInUse
from secdesk.storage.atomic import disk_error


class InstanceLock:
    """An exclusive lock on ``<database>.lock``, held while the vault is open."""

    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path).with_name(Path(db_path).name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`VaultInUse` if another process holds it (or
        :class:`StorageFull` naming the folder if the lock file cannot be made there)."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise disk_error(exc, self.path) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise VaultInUse(
                "该数据库已在另一个 secdesk 窗口中打开，请先关闭那个窗口",
                "the database is already open in another secdesk process",
            ) from None
        self._fd = fd

    def release(self) -> None:
        """Give the lock back (closing the file releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
