"""Backups (备份), run by the administrator."""

from __future__ import annotations

from pathlib import Path

from secdesk.core.roles import Permission
from secdesk.core.services.session import Session
from secdesk.storage.backup import make_backup


def backup(session: Session, dest: Path) -> Path:
    """A verified backup of the database and key file into ``dest``; audited."""
    session.require(Permission.BACKUP, "backup", str(dest))
    folder = make_backup(session.vault, session.keyfile, Path(dest))
    with session.vault.transaction() as conn:
        session.record(conn, "backup", folder.name)
    return folder
