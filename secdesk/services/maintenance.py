"""Backups (备份), run by the administrator."""

from __future__ import annotations

from pathlib import Path

from secdesk.domain.roles import Permission
from secdesk.services.session import Session
from secdesk.domain.errors import InvalidInput, SecdeskError
from secdesk.services.session import sign_in
from secdesk.storage.backup import make_backup, restore_backup


def backup(session: Session, dest: Path) -> Path:
    """A verified backup of the database and key file into ``dest``; audited."""
    session.require(Permission.BACKUP, "backup", str(dest))
    folder = make_backup(session.vault, session.keyfile, Path(dest))
    with session.vault.transaction() as conn:
        session.record(conn, "backup", folder.name)
    return folder


def restore(folder: Path, target: Path, name: str, password: str, **sign_in_options) -> Session:
    """Restore a backup to ``target`` — a new file, never over the database in use — and
    prove it by signing in there (the full integrity check runs). Audited in the
    restored database. On any failure the restored files are removed again."""
    target = Path(target)
    for path in (target, Path(str(target) + ".keys")):
        if path.exists():
            raise InvalidInput("恢复到", f"{path} 已存在，不会覆盖；请恢复到新文件，核对后再替换",
                               f"{path} exists and is never overwritten; restore to a new file")
    restore_backup(Path(folder), target)
    try:
        session = sign_in(target, name, password, **sign_in_options)
    except SecdeskError:
        _remove(target)
        raise
    try:
        session.require(Permission.BACKUP, "restore", Path(folder).name)
    except SecdeskError:
        session.close()
        _remove(target)
        raise
    with session.vault.transaction() as conn:
        session.record(conn, "restore", Path(folder).name, detail=f"从备份 {Path(folder).name} 恢复到 {target.name}")
    return session


def _remove(target: Path) -> None:
    for suffix in ("", ".keys", ".lock", "-wal", "-shm", ".head"):
        Path(str(target) + suffix).unlink(missing_ok=True)
