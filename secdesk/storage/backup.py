"""Backups (备份): a verified copy of the database, its key file and a SHA-256 manifest.

The database is checkpointed and copied while this process holds the exclusive lock, so
the copy is exactly the committed state. The copy is then opened with the same key and
checked page by page before the backup is reported done.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import sqlcipher3

from secdesk.domain import clock
from secdesk.domain.errors import DamagedFile
from secdesk.storage import sealing
from secdesk.storage.atomic import atomic_write, disk_error, fsync_dir
from secdesk.storage.keyfile import KeyFile

MANIFEST = "SHA256SUMS"


def make_backup(vault, keyfile: KeyFile, dest: Path, reason: str = "manual") -> Path:
    """Write ``dest/secdesk-<time>-<reason>/`` with the database, key file and manifest."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    folder = Path(dest) / f"secdesk-{stamp}-{reason}"
    try:
        folder.mkdir(parents=True, exist_ok=False, mode=0o700)
        vault.checkpoint()
        db_copy = folder / vault.path.name
        shutil.copyfile(vault.path, db_copy)
        db_copy.chmod(0o600)
        _fsync_file(db_copy)
        keyfile.save(folder / (vault.path.name + ".keys"))
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise disk_error(exc, folder) from None
    _without_sealing_key(db_copy, vault)
    _verify_copy(db_copy, vault)
    sums = "".join(f"{_sha256(p)}  {p.name}\n" for p in sorted(folder.iterdir()))
    atomic_write(folder / MANIFEST, sums.encode())
    fsync_dir(folder.parent)
    return folder


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
