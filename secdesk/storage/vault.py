"""The vault (加密数据库): one SQLCipher 4 file under a random 256-bit raw key.

Opening checks the file before anything is written to it, and tells apart a missing,
empty, plain, foreign, truncated, damaged or newer file. WAL, ``synchronous=FULL`` and
exclusive locking make every reported commit survive a killed process or a power cut.

What opening checks grows with the file only up to :data:`INLINE_CHECK_BYTES`: a file up
to that size has every page and its structure checked before anything is written (a
fraction of a second); a larger one has what proves it is the right, readable file (its
salt, length and header page, the key, the schema, the chain head), and every page is
checked after sign-in on a thread of its own (:mod:`secdesk.storage.pagecheck`, see
:meth:`Vault.refuse`). ``secdesk verify`` always checks everything at open.

Checkpoints are kept off the commits: the writer never checkpoints on its own
(``wal_autocheckpoint=0``); the window calls :meth:`Vault.checkpoint_if_idle` when no
work has come for a moment, and a log grown past :data:`WAL_LIMIT_BYTES` is checkpointed
after the commit that grew it.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from secdesk.domain.errors import MigrationFailed, NewerVersion, NotSecdeskFile, StorageFull
from secdesk.storage import probe
from secdesk.storage.instance_lock import InstanceLock
from secdesk.storage import anchor, sealing
from secdesk.storage.keyfile import hkdf
from secdesk.storage.sealing import Sealer
from secdesk.storage.schema import CURRENT_VERSION, MIGRATIONS

APPLICATION_ID = 0x53454344  # "SECD"
DatabaseError = sqlcipher3.DatabaseError
INLINE_CHECK_BYTES = 32 * 2**20  # files up to this size are checked page by page at open
WAL_LIMIT_BYTES = 64 * 2**20  # a log this large is checkpointed at once, idle or not
CACHE_KIB = 64 * 1024  # the connection's page cache


class Vault:
    """An open, verified database: one connection, used from one thread at a time."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection, key: bytes, lock: InstanceLock):
        self.path = Path(path)
        self.conn = conn
        self.audit_key = hkdf(key, "secdesk audit chain")
        self._key = key
        self._lock = lock
        self.migrated_from: int | None = None  # the schema version before this open upgraded it
        self.sealer: Sealer | None = None  # the audit log's open epoch (None: unsealed)
        self.pages_checked = False  # every page and the structure were checked at open
        self.refused: Exception | None = None  # set when damage is found: no write is begun
        self.io_lock = threading.Lock()  # held while a checkpoint writes into the file
        self.unflushed = 0  # commits in the log since the last checkpoint
        self.last_commit = 0.0  # time.monotonic() of the last commit

    @classmethod
    def create(cls, path: Path, db_key: bytes) -> "Vault":
        """Create a new database at ``path`` (which must not exist) at the current schema."""
        path = Path(path)
        if path.exists():
            raise StorageFull(
                f"{path} 已存在，不会覆盖；请换一个文件名",
                f"{path} already exists and is never overwritten; choose another name",
            )
        lock = InstanceLock(path)
        lock.acquire()
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            conn = _connect(path, db_key)
            _set_pragmas(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _migrate(conn, 0)
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, db_key, lock)

    @classmethod
    def open(
        cls,
        path: Path,
        db_key: bytes,
        db_salt: str | None,
        before_migration: Callable[["Vault"], None] | None = None,
        lock: InstanceLock | None = None,
        full_check: bool | None = None,
    ) -> "Vault":
        """Open and verify the database; migrate it if it is older than this program.

        ``db_salt`` is the salt the key file records (None when opening with the recovery
        key alone). ``before_migration`` runs first when a migration is due (a backup).
        ``lock`` is the single-instance lock if the caller already holds it; it is
        released if opening fails. ``full_check`` True checks every page and the
        structure whatever the size, False never; None (the default) up to
        :data:`INLINE_CHECK_BYTES`.
        """
        path = Path(path)
        if lock is None:
            probe.check_file(path)  # no lock file beside a path that holds no database
            lock = InstanceLock(path)
            lock.acquire()
        try:
            salt = probe.check_file(path)
            if db_salt is not None:
                probe.check_salt(path, salt, db_salt)
            probe.check_length(path, db_key)
            full = full_check if full_check is not None else path.stat().st_size <= INLINE_CHECK_BYTES
            if not full:
                probe.check_header(path, db_key)
            conn = _connect(path, db_key)
            version = _verify(path, conn, full)
            _set_pragmas(conn)
            vault = cls(path, conn, db_key, lock)
            vault.pages_checked = full
        except BaseException:
            lock.release()
            raise
        if version < CURRENT_VERSION:
            try:
                if before_migration is not None:
                    before_migration(vault)
                _migrate(conn, version)
            except BaseException:
                vault.close()  # never left open (and locked) after a refused upgrade
                raise
            vault.migrated_from = version
        vault.sealer = sealing.load(conn)
        return vault

    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One atomic unit of work: all of it is written, or none of it. Refused once
        damage was found (:meth:`refuse`)."""
        if self.refused is not None:
            raise self.refused
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            raise _storage_error(exc, self.path) from None
        try:
            yield self.conn
        except sqlcipher3.DatabaseError as exc:
            self.conn.execute("ROLLBACK")
            if type(exc) is sqlcipher3.DatabaseError:  # a page failed its HMAC as it was read
                raise self.refuse(probe.damaged(self.path)) from None
            raise
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _storage_error(exc, self.path) from None
        self.unflushed += 1
        self.last_commit = time.monotonic()
        anchor.write_head(self.path, anchor.head(self.conn))  # the newest head, outside the file
        if self.unflushed > 1 and _wal_size(self.path) > WAL_LIMIT_BYTES:
            self.checkpoint("RESTART")

    def refuse(self, error: Exception) -> Exception:
        """Damage was found: every later :meth:`transaction` raises ``error`` before it
        begins (reads go on, so that the user can still see and print). Returns ``error``."""
        if self.refused is None:
            self.refused = error
        return self.refused

    def checkpoint_if_idle(self, idle_seconds: float) -> bool:
        """Checkpoint if something was committed and nothing for ``idle_seconds``; True
        if it did. (The window calls this from the worker when it has nothing to do.)"""
        if not self.unflushed or time.monotonic() - self.last_commit < idle_seconds:
            return False
        self.checkpoint("RESTART")
        return True

    def db_key_hex(self) -> str:
        """The raw key as SQLCipher takes it (for verifying a copy; never logged)."""
        return self._key.hex()

    @property
    def version(self) -> int:
        """The schema version of the open file."""
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity_problems(self) -> list[str]:
        """Pages whose HMAC fails and structural errors; empty when the file is sound."""
        return _integrity_problems(self.conn)

    def checkpoint(self, mode: str = "TRUNCATE") -> None:
        """Move everything from the log into the main file (TRUNCATE: before a copy and at
        close; RESTART: when idle, the log's space kept for the next commits)."""
        with self.io_lock:
            self.conn.execute(f"PRAGMA wal_checkpoint({mode})")
        self.unflushed = 0

    def close(self) -> None:
        """Checkpoint (unless damage was found), close the connection and release the
        single-instance lock."""
        try:
            if self.refused is None:
                self.checkpoint()
            self.conn.close()
        finally:
            self._lock.release()


def _connect(path: Path, db_key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    return conn


def _set_pragmas(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # checkpoints when idle, never in a commit
    conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")  # a closed epoch's sealing key is overwritten
    # 64 MiB of decrypted pages (the default 8 MiB): at a million carriers the upper levels
    # of every index a lend or return touches stay decrypted between scans
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def _verify(path: Path, conn: sqlcipher3.Connection, full: bool = True) -> int:
    """Run the read-only checks (every page and the structure if ``full``, else the
    schema and the chain head); return the schema version. Writes nothing."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = _integrity_problems(conn) if full else _head_problems(conn)
    except sqlcipher3.DatabaseError:
        conn.close()
        raise probe.damaged(path, page=1) from None
    if problems:
        conn.close()
        raise probe.damaged(path, page=_first_page(problems))
    if app_id != APPLICATION_ID:
        conn.close()
        raise NotSecdeskFile(
            f"{path.name} 不是 secdesk 数据库，请选择正确的文件",
            f"{path.name} is not a secdesk database",
        )
    if version > CURRENT_VERSION:
        conn.close()
        raise NewerVersion(
            f"{path.name} 由更新版本的 secdesk 写入（数据版本{version}，本程序支持到{CURRENT_VERSION}），"
            "请使用新版程序打开；文件未被改动",
            f"{path.name} was written by a newer secdesk (schema {version}, this program "
            f"knows up to {CURRENT_VERSION}); use the newer program; the file is unchanged",
        )
    return version


def _head_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Read the schema of every table and the audit chain's head and newest events (each
    page read is authenticated by its HMAC); a head with no event under it is a problem."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")]
    for name in names:
        conn.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchall()
    if "audit_head" not in names:
        return []
    head = conn.execute("SELECT seq FROM audit_head WHERE id = 1").fetchone()
    last = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    if head is not None and last is None:
        return ["audit head without events"]
    return []


def _wal_size(path: Path) -> int:
    try:
        return os.stat(f"{path}-wal").st_size
    except OSError:
        return 0


def _integrity_problems(conn: sqlcipher3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
    quick = [r[0] for r in conn.execute("PRAGMA quick_check")]
    return rows + [q for q in quick if q != "ok"]


def _first_page(problems: list[str]) -> int | None:
    for text in problems:
        match = re.search(r"page (\d+)", text)
        if match:
            return int(match.group(1))
    return None


def _migrate(conn: sqlcipher3.Connection, version: int) -> None:
    """Apply migrations version+1 … current, each in its own transaction."""
    for number in range(version + 1, CURRENT_VERSION + 1):
        script = MIGRATIONS[number - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        except sqlcipher3.Error:
            conn.execute("ROLLBACK")
            raise MigrationFailed(
                f"数据库升级到第{number}版失败，该步已撤销，文件现为第{version}版；"
                "升级前的备份在备份文件夹中（默认为数据库旁的 backups 文件夹）；请联系技术支持",
                f"upgrading the database to schema {number} failed and was rolled back; "
                f"the file is at schema {version}; a backup is in the backup folder (by default backups/ beside it)",
            ) from None
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version = number


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (triggers kept whole)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlcipher3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]


def _storage_error(exc: Exception, path: Path) -> StorageFull:
    text = str(exc).lower()
    if "full" in text:
        return StorageFull(
            f"磁盘空间不足，无法写入 {path.parent}；本次操作未保存，请清理磁盘后重试",
            f"the disk holding {path.parent} is full; this operation was not saved",
        )
    return StorageFull(
        f"无法写入数据库（{exc}）；本次操作未保存",
        f"cannot write the database ({exc}); this operation was not saved",
    )
