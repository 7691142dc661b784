"""Backups (备份): a verified copy of the database, its key file and a SHA-256 manifest.

The database is checkpointed and copied while this process holds the exclusive lock, so
the copy is exactly the committed state. The copy is then opened with the same key and
checked page by page before the backup is reported done.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from secdesk.domain import clock
from secdesk.domain.errors import DamagedFile, StorageFull
from secdesk.storage import sealing
from secdesk.storage.atomic import atomic_write, disk_error, fsync_dir
from secdesk.storage.keyfile import KeyFile

MANIFEST = "SHA256SUMS"
PREFIX = "secdesk-"
PARTIAL = ".partial"  # a backup being written: ``.secdesk-<time>-<reason>.partial``
MIB = 1 << 20
MARGIN = 2 * MIB  # beyond the files themselves: the manifest, folder entries, slack
_NAME = re.compile(r"secdesk-(\d{8}-\d{6})-([a-z-]+?)(?:-(\d+))?")


@dataclass(frozen=True)
class BackupFolder:
    """A backup folder found on disk. ``verified``: its manifest is there, which is
    written only after the copy was opened and checked page by page."""

    path: Path
    taken: datetime  # local time, naive, from the folder's name
    reason: str  # auto | manual | before-migration
    verified: bool


def make_backup(vault, keyfile: KeyFile, dest: Path, reason: str = "manual") -> Path:
    """Write ``dest/secdesk-<time>-<reason>/`` with the database, key file and manifest.

    The free space is checked first. Everything is written into a hidden
    ``.secdesk-….partial`` folder that is renamed only once the copy is verified, so a
    full disk, a failed check or a crash never leaves a half backup under a backup's
    name; on failure the partial folder is removed. The live database is only read
    (after a checkpoint, which moves committed pages from its log into it).
    """
    dest = Path(dest)
    needed = space_needed(vault)
    check_space(dest, needed, reason)
    final = _free_name(dest, clock.now().strftime("%Y%m%d-%H%M%S"), reason)
    partial = dest / f".{final.name}{PARTIAL}"
    missing = [f for f in (dest, *dest.parents) if not f.exists()]  # made here, removed on failure
    try:
        try:
            dest.mkdir(parents=True, exist_ok=True, mode=0o700)
            partial.mkdir(mode=0o700)
            vault.checkpoint()
            db_copy = partial / vault.path.name
            _copy_file(vault.path, db_copy)
            keyfile.save(partial / (vault.path.name + ".keys"))
        except OSError as exc:
            raise _write_error(exc, partial, dest, needed, reason) from None
        _without_sealing_key(db_copy, vault)
        _verify_copy(db_copy, vault)
        sums = "".join(f"{_sha256(p)}  {p.name}\n" for p in sorted(partial.iterdir()))
        atomic_write(partial / MANIFEST, sums.encode())
        os.rename(partial, final)
        fsync_dir(dest)
    except BaseException as exc:
        shutil.rmtree(partial, ignore_errors=True)
        for folder in missing:  # deepest first
            _remove_if_empty(folder)
        if isinstance(exc, StorageFull) and "空间不足" in exc.zh and "需要" not in exc.zh:
            raise _no_space(dest, needed, reason) from None  # the key file met the full disk
        if isinstance(exc, OSError):
            raise _write_error(exc, partial, dest, needed, reason) from None
        if isinstance(exc, sqlcipher3.Error):  # the copy could not be opened or written
            raise (_no_space(dest, needed, reason) if "full" in str(exc).lower() else DamagedFile(
                f"备份副本无法打开校验（{partial}），请换一个备份位置重试",
                f"the backup copy could not be checked; try another location")) from None
        raise
    return final


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


def space_needed(vault) -> int:
    """Bytes a backup of ``vault`` needs: the database with its log, the key file, a margin."""
    files = [vault.path, Path(f"{vault.path}-wal"), Path(f"{vault.path}.keys")]
    size = sum(p.stat().st_size for p in files if p.exists())
    return size + size // 10 + MARGIN


def check_space(dest: Path, needed: int, reason: str = "manual") -> None:
    """Refuse before writing anything when the disk holding ``dest`` has too little room."""
    if _free(dest) < needed:
        raise _no_space(dest, needed, reason)


def _free(dest: Path) -> int:
    try:
        return shutil.disk_usage(existing_ancestor(dest)).free
    except OSError:
        return 0


def existing_ancestor(path: Path) -> Path:
    """``path`` itself, or its nearest parent that exists."""
    path = Path(path).absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def same_disk(a: Path, b: Path) -> bool:
    """True if the two paths (or their nearest existing parents) are on one file system."""
    try:
        return existing_ancestor(a).stat().st_dev == existing_ancestor(b).stat().st_dev
    except OSError:
        return False


def _mb(size: int) -> str:
    return f"{size / MIB:.1f}"


def _no_space(dest: Path, needed: int, reason: str) -> StorageFull:
    free = _free(dest)
    if reason == "drill":
        zh = (f"恢复演练的临时文件夹 {dest} 所在磁盘空间不足：需要 {_mb(needed)} MB，可用 {_mb(free)} MB。"
              "请清理该磁盘后重试；数据库未受影响")
    elif reason == "manual":
        zh = (f"U盘空间不足：需要 {_mb(needed)} MB，可用 {_mb(free)} MB。请换一个空间足够的U盘"
              f"（或清理 {dest} 所在磁盘）后重试；未留下任何备份文件，数据库未受影响")
    else:
        zh = (f"备份文件夹 {dest} 所在磁盘空间不足：需要 {_mb(needed)} MB，可用 {_mb(free)} MB。"
              "请清理该磁盘，或由系统管理员在设置中另选备份文件夹；数据库未受影响")
    return StorageFull(zh, f"not enough space at {dest}: {_mb(needed)} MB needed, {_mb(free)} MB free; "
                           "nothing was left behind and the database is unchanged")


def _write_error(exc: OSError, partial: Path, dest: Path, needed: int, reason: str) -> StorageFull:
    shutil.rmtree(partial, ignore_errors=True)  # before measuring what is free
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _no_space(dest, needed, reason)
    return disk_error(exc, partial)


def _free_name(dest: Path, stamp: str, reason: str) -> Path:
    """``secdesk-<stamp>-<reason>``, or with ``-2``, ``-3`` … if a backup of that second exists."""
    folder, n = dest / f"{PREFIX}{stamp}-{reason}", 1
    while folder.exists() or (dest / f".{folder.name}{PARTIAL}").exists():
        n += 1
        folder = dest / f"{PREFIX}{stamp}-{reason}-{n}"
    return folder


def _copy_file(source: Path, target: Path) -> None:
    """Copy in chunks into a new file of mode 0600, then fsync it."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        for chunk in iter(lambda: src.read(MIB), b""):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def list_backups(root: Path, db_name: str, db_salt: str | None = None) -> list[BackupFolder]:
    """The backups of database ``db_name`` in ``root``, oldest first. Given ``db_salt``
    (the key file's), backups of another database with the same file name are left out."""
    found = []
    try:
        children = list(Path(root).iterdir())
    except OSError:
        return []
    for folder in children:
        match = _NAME.fullmatch(folder.name)
        if not match or not folder.is_dir() or not (folder / db_name).is_file():
            continue
        if db_salt is not None and _salt(folder / (db_name + ".keys")) != db_salt:
            continue
        taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        found.append(BackupFolder(folder, taken, match.group(2), (folder / MANIFEST).is_file()))
    return sorted(found, key=lambda b: (b.taken, b.path.name))


def _salt(keys: Path) -> str | None:
    try:
        return json.loads(keys.read_bytes()).get("db_salt")
    except (OSError, ValueError, AttributeError):
        return None


def remove_backup(folder: Path) -> None:
    """Delete one backup folder (rotation)."""
    shutil.rmtree(folder)


def remove_stale_partials(root: Path, older_than: float = 86400) -> None:
    """Remove ``.secdesk-….partial`` folders a crash left behind more than a day ago."""
    try:
        children = list(Path(root).iterdir())
    except OSError:
        return
    now = time.time()
    for folder in children:
        if folder.name.startswith("." + PREFIX) and folder.name.endswith(PARTIAL):
            try:
                if now - folder.stat().st_mtime > older_than:
                    shutil.rmtree(folder, ignore_errors=True)
            except OSError:
                pass


def _without_sealing_key(db_copy: Path, vault) -> None:
    """A backup never carries the audit log's sealing key: whoever holds a backup cannot
    forge a later epoch, and a restored vault starts a new sealing generation."""
    conn = sqlcipher3.connect(str(db_copy), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{vault.db_key_hex()}'\"")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = DELETE")  # no -wal left in the backup folder
        sealing.forget(conn)
    finally:
        conn.close()
    _fsync_file(db_copy)


def _verify_copy(db_copy: Path, vault) -> None:
    """Open the copy read-only with the vault's key and check every page.

    ``immutable=1``: the copy is complete (checkpointed) and nobody else has it open, so
    SQLite must not leave ``-wal``/``-shm`` files in the backup folder (or its manifest).
    """
    conn = sqlcipher3.connect(f"file:{db_copy}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{vault.db_key_hex()}'\"")
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [r[0] for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
        same = conn.execute("PRAGMA user_version").fetchone()[0] == vault.version
    except sqlcipher3.DatabaseError as exc:
        problems, same = [str(exc)], False
    finally:
        conn.close()
    if problems or not same:
        raise DamagedFile(
            f"备份副本校验未通过（{db_copy}），请换一个备份位置重试",
            f"the backup copy at {db_copy} failed verification; try another location",
        )


_SUM_LINE = re.compile(r"([0-9a-f]{64})  ([^/\\]+)")


def verify_backup(folder: Path) -> list[str]:
    """Files in a backup folder whose SHA-256 differs from its manifest (empty: sound). A
    manifest that is not UTF-8 text, is empty, or holds a line other than
    ``<sha256>  <file name>`` is refused as damaged."""
    folder = Path(folder)
    try:
        lines = (folder / MANIFEST).read_bytes().decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise _bad_manifest(folder) from None
    matches = [_SUM_LINE.fullmatch(line) for line in lines]
    if not matches or not all(m and m.group(2) not in (".", "..") for m in matches):
        raise _bad_manifest(folder)
    bad = []
    for digest, name in (m.groups() for m in matches):
        if not (folder / name).is_file() or _sha256(folder / name) != digest:
            bad.append(name)
    return bad


def _bad_manifest(folder: Path) -> DamagedFile:
    """A SHA256SUMS this program did not write."""
    return DamagedFile(f"备份已损坏：{folder.name} 中的 {MANIFEST} 不是有效的校验和清单，请换用另一份备份",
                       f"the backup is damaged: its {MANIFEST} is not a valid manifest; use another backup")


def restore_backup(folder: Path, target: Path) -> None:
    """Copy a sound backup's database and key file to ``target`` (which must not exist):
    each to a temp file, fsync, rename, fsync the folder. A damaged backup, or one that
    is not a secdesk backup, is refused before anything is written."""
    folder, target = Path(folder), Path(target)
    if not (folder / MANIFEST).is_file():
        raise DamagedFile(f"{folder} 不是secdesk备份（没有{MANIFEST}）", f"{folder} is not a secdesk backup")
    bad = verify_backup(folder)
    if bad:
        raise DamagedFile(f"备份已损坏：{'、'.join(bad)} 与校验和不符，请换用另一份备份",
                          f"the backup is damaged: {', '.join(bad)}")
    dbs = [p for p in folder.iterdir() if p.is_file() and (folder / (p.name + ".keys")).is_file()]
    if len(dbs) != 1:
        raise DamagedFile(f"{folder} 中应有一个数据库文件及其 .keys 文件", f"{folder} holds no single database")
    for source, dest in ((dbs[0], target), (folder / (dbs[0].name + ".keys"), Path(str(target) + ".keys"))):
        atomic_write(dest, source.read_bytes())


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())
