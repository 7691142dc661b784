"""Files the program writes for its user: printed forms saved as PDF, the recovery sheet,
exports. Written atomically (temporary file, fsync, rename): a file is whole or absent."""

from __future__ import annotations

from pathlib import Path

from secdesk.storage.atomic import atomic_write


def save_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; an existing file is replaced only when whole."""
    atomic_write(path, data)
