"""Automatic backups (自动备份): at the first sign-in of each day and before a migration,
a verified backup into the backup folder (设置：备份文件夹), rotated 7 daily / 4 weekly /
12 monthly; and the state of the backups that 今日提醒 reports.

Sign-in calls in here, so this module takes the session as it is handed over and never
imports the session module (that would close an import circle). A failed automatic
backup never stops a sign-in: it is recorded in the audit log, said at sign-in, and
listed on 今日提醒 until a backup succeeds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from secdesk.domain import backup_rotation, clock
from secdesk.domain import settings as settings_mod
from secdesk.domain.errors import SecdeskError
from secdesk.errorlog import log_unexpected
from secdesk.storage import audit, settings_repo
from secdesk.storage.backup import (
    BackupFolder,
    list_backups,
    make_backup,
    remove_backup,
    remove_stale_partials,
    same_disk,
)

AUTO = "auto"
BEFORE_MIGRATION = "before-migration"
BACKUP_EVENTS = ("backup", "backup.auto")  # a verified backup made (manual or automatic)


def folder_for(vault_path: Path, setting: str) -> Path:
    """The backup folder a setting names: an absolute path as it is, a relative one inside
    the database's folder (the default ``backups`` lies beside the database)."""
    path = Path(setting).expanduser()
    return path if path.is_absolute() else Path(vault_path).absolute().parent / path


def backup_folder(session: Any) -> Path:
    """The backup folder of the signed-in vault."""
    return folder_for(session.vault.path, session.settings()["backup.folder"])


def backups_of(session: Any) -> list[BackupFolder]:
    """This vault's backups in its backup folder, oldest first."""
    return list_backups(backup_folder(session), session.vault.path.name, session.keyfile.db_salt)


def newest_verified(session: Any) -> BackupFolder | None:
    """The newest backup in the backup folder whose copy was verified."""
    sound = [b for b in backups_of(session) if b.verified]
    return sound[-1] if sound else None


def first_use_today(conn) -> bool:
    """True if nothing was recorded in the vault today yet: this is the day's first sign-in
    (a sign-in, lock or sign-out earlier today would have left an event)."""
    newest = audit.events(conn, limit=1)
    return not newest or newest[0].at[:10] < clock.now().date().isoformat()


def after_sign_in(session: Any, first_today: bool) -> None:
    """What sign-in does for backups once the session stands: audit the backup made before
    a migration (there was no session to record it then), then the day's backup if this
    is the day's first sign-in. Never raises."""
    made = getattr(session.vault, "migration_backup", None)
    if made is not None:
        try:
            with session.vault.transaction() as conn:
                session.record(conn, "backup.auto", made.name, detail=f"数据库升级前自动备份到 {made.parent}")
        except Exception as exc:
            log_unexpected(exc)
    if first_today:
        daily_backup(session)


def daily_backup(session: Any) -> Path | None:
    """The automatic backup of the day's first sign-in, then rotation. Never raises: a
    failure is recorded (结果：失败) and added to the session's warnings."""
    folder = None
    try:
        folder = backup_folder(session)
        made = make_backup(session.vault, session.keyfile, folder, reason=AUTO)
        try:
            removed = rotate(session, folder)
            note = f"；按轮换规则删除旧备份{len(removed)}份" if removed else ""
        except OSError as exc:  # the backup stands; the old ones stay until next time
            note = f"；轮换删除旧备份未完成（{exc.strerror}）"
        detail = f"自动备份到 {folder}{note}"
        with session.vault.transaction() as conn:
            session.record(conn, "backup.auto", made.name, detail=detail)
        return made
    except Exception as exc:  # the sign-in goes on whatever happened
        reason = exc.zh if isinstance(exc, SecdeskError) else f"内部错误，详情已记入 {log_unexpected(exc)}"
        session.warnings.append(f"今日自动备份失败：{reason}。登录不受影响；请系统管理员处理后立即备份")
        try:
            session.record_failure("backup.auto", str(folder or ""), reason)
        except Exception as again:
            log_unexpected(again)
        return None


def rotate(session: Any, folder: Path) -> list[str]:
    """Delete the automatic backups rotation does not keep (7 daily, 4 weekly, 12 monthly,
    never the newest verified one); backups made by hand or before a migration are never
    deleted. Returns the names deleted."""
    remove_stale_partials(folder)
    autos = [b for b in list_backups(folder, session.vault.path.name, session.keyfile.db_salt)
             if b.reason == AUTO]
    doomed = backup_rotation.to_delete(
        [backup_rotation.BackupEntry(b.path.name, b.taken, b.verified) for b in autos])
    for name in doomed:
        remove_backup(folder / name)
    return doomed


def before_migration(keyfile) -> Any:
    """The hook that backs the file up (verified) before a migration changes it: into the
    backup folder, or beside the database if that folder cannot take it. If neither can,
    the error stops the upgrade: the file is never upgraded without a backup."""
    def hook(vault) -> None:
        stored = settings_mod.with_defaults(settings_repo.get_all(vault.conn))
        folder = folder_for(vault.path, stored["backup.folder"])
        fallback = folder_for(vault.path, settings_mod.SPECS["backup.folder"].default)
        try:
            made = make_backup(vault, keyfile, folder, reason=BEFORE_MIGRATION)
        except SecdeskError:
            if folder == fallback:
                raise
            made = make_backup(vault, keyfile, fallback, reason=BEFORE_MIGRATION)
        vault.migration_backup = made  # audited once the session stands (after_sign_in)
    return hook


@dataclass(frozen=True)
class BackupStatus:
    """What 今日提醒 says about backups."""

    folder: Path
    newest: datetime | None  # the newest verified backup (folder or audit log), local time
    failed_at: str | None  # the last automatic backup failed at … (and none succeeded since)
    failed_reason: str
    same_disk: bool  # the backup folder is on the database's disk
    warn_days: int
    since: date | None  # the vault's first recorded day (no backup yet: warn after warn_days)


def status(session: Any) -> BackupStatus:
    """The newest verified backup — in the backup folder, or recorded in the audit log
    (a backup to removable media) — the last automatic backup if it failed, and whether
    the folder shares the database's disk."""
    conn = session.vault.conn
    folder = backup_folder(session)
    newest_on_disk = newest_verified(session)
    made = audit.events(conn, "event IN (?, ?) AND result = 'ok'", BACKUP_EVENTS, limit=1)
    times = [t for t in (newest_on_disk and newest_on_disk.taken, made and _local(made[0].at)) if t]
    last_auto = audit.events(conn, "event = 'backup.auto'", limit=1)
    failed = last_auto[0] if last_auto and last_auto[0].result != "ok" else None
    if failed and made and made[0].seq > failed.seq:
        failed = None  # a backup by hand since
    first = audit.events(conn, "seq = 1", limit=1)
    return BackupStatus(folder, max(times) if times else None, failed.at if failed else None,
                        failed.detail if failed else "", same_disk(folder, session.vault.path),
                        session.settings()["backup.warn_days"],
                        date.fromisoformat(first[0].at[:10]) if first else None)


def _local(stamp: str) -> datetime:
    """A stored time (with its offset) as naive local time, like a folder's name."""
    return datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None)
