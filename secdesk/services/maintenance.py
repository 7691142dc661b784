"""Backups (备份), restores and restore drills (恢复演练), run by the administrator."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from secdesk.domain.roles import Permission
from secdesk.services import audit_log, backups
from secdesk.services.session import Session
from secdesk.domain.errors import InvalidInput, SecdeskError
from secdesk.services.session import sign_in
from secdesk.storage import accounts as account_rows
from secdesk.storage.backup import check_space, make_backup, restore_backup


def backup(session: Session, dest: Path | None = None) -> Path:
    """A verified backup of the database and key file into ``dest`` (removable media; by
    default the backup folder). The free space is checked first; a full disk leaves no
    half backup and the database as it was. Audited, a failure too."""
    dest = Path(dest) if dest is not None else backups.backup_folder(session)
    session.require(Permission.BACKUP, "backup", str(dest))
    try:
        folder = make_backup(session.vault, session.keyfile, dest, reason="manual")
    except SecdeskError as exc:
        _record_failure(session, "backup", str(dest), exc.zh)
        raise
    with session.vault.transaction() as conn:
        session.record(conn, "backup", folder.name, detail=f"备份到 {dest}")
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
        session = sign_in(target, name, password, auto_backup=False, **sign_in_options)
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


@dataclass(frozen=True)
class DrillReport:
    """What a restore drill (恢复演练) found: ``ok`` when the copy opened, every page was
    sound and the audit chain checked out."""

    folder: Path
    ok: bool
    events: int = 0  # audit events checked in the restored copy
    accounts: int = 0
    problem: str = ""


def drill(session: Session, password: str, source: Path | None = None, **sign_in_options) -> DrillReport:
    """Restore the newest verified backup (or ``source``) to a temporary folder, sign in
    there as this account with ``password``, check every page and the audit chain as
    ``secdesk verify`` does, then delete the copy. The live database is only read; the
    drill is audited in it, its failure too. A damaged backup (one flipped byte) is
    refused before anything is restored."""
    session.require(Permission.BACKUP, "backup.drill", str(source or ""))
    folder = Path(source) if source is not None else _newest(session)
    try:
        report = _drill(folder, session.actor.name, password, **sign_in_options)
    except SecdeskError as exc:
        report = DrillReport(folder, False, problem=exc.zh)
    detail = (f"恢复演练通过：审计链{report.events}条事件、账户{report.accounts}个，页校验无误" if report.ok
              else f"恢复演练未通过：{report.problem}")
    if report.ok:
        with session.vault.transaction() as conn:
            session.record(conn, "backup.drill", folder.name, detail=detail)
    else:
        _record_failure(session, "backup.drill", folder.name, detail)
    return report


def _newest(session: Session) -> Path:
    newest = backups.newest_verified(session)
    if newest is None:
        folder = backups.backup_folder(session)
        raise InvalidInput("备份", f"备份文件夹 {folder} 中没有本数据库的已校验备份；请先备份，或用 --from 指定备份文件夹",
                           f"no verified backup of this database in {folder}")
    return newest.path


def _drill(folder: Path, name: str, password: str, **sign_in_options) -> DrillReport:
    place = Path(tempfile.mkdtemp(prefix="secdesk-drill-"))
    try:
        size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) if folder.is_dir() else 0
        check_space(place, size * 2, "drill")
        target = place / "drill.db"
        restore_backup(folder, target)  # a file that differs from its manifest is refused here
        copy = sign_in(target, name, password, auto_backup=False, full_check=True, **sign_in_options)
        try:
            report = audit_log.verify(copy)
            accounts = len(account_rows.all_accounts(copy.vault.conn))
        finally:
            copy.close()
    finally:
        shutil.rmtree(place, ignore_errors=True)
    if report.ok:
        return DrillReport(folder, True, report.chain.checked, accounts)
    problems = list(report.integrity[:3])
    if not report.chain.ok:
        problems.append(f"审计链：{report.chain.problem_zh}")
    return DrillReport(folder, False, report.chain.checked, accounts, "；".join(problems))


def _record_failure(session: Session, event: str, object: str, reason: str) -> None:
    """Audit a failed backup or drill; a database that cannot take even that is left be
    (the error itself is what the user sees)."""
    try:
        session.record_failure(event, object, reason)
    except SecdeskError:
        pass


def _remove(target: Path) -> None:
    for suffix in ("", ".keys", ".lock", "-wal", "-shm", ".head"):
        Path(str(target) + suffix).unlink(missing_ok=True)
