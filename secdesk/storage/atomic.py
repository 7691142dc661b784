"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from secdesk.domain.errors import StorageFull


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: temp file, fsync, rename, fsync the folder; mode 0600."""
    path = Path(path)
    try:  # a missing or read-only folder fails here, before anything is written
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise disk_error(exc, path) from None
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise disk_error(exc, path) from None
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def disk_error(exc: OSError, path: Path) -> StorageFull:
    """Turn an OS write error into a message naming the folder and the fix."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            f"磁盘空间不足，无法写入 {path.parent}，请清理磁盘后重试；未写入任何内容",
            f"no space left on the disk holding {path.parent}; nothing was written",
        )
    if exc.errno == errno.ENOENT and not path.parent.is_dir():
        return StorageFull(
            f"文件夹 {path.parent} 不存在，请先建立该文件夹或另选位置；未写入任何内容",
            f"the folder {path.parent} does not exist; create it or choose another; nothing was written",
        )
    return StorageFull(
        f"无法写入 {path}（{exc.strerror}），请检查文件夹权限；未写入任何内容",
        f"cannot write {path}: {exc.strerror}; nothing was written",
    )


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass
