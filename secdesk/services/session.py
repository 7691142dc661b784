"""Signing in (登录) and the signed-in session every other service acts through.

Signing in unwraps the account's key slot, opens and verifies the vault, moves the
sealed record of failed sign-ins into the audit chain, and checks the account's state.
Five wrong passwords in a row lock the account; the counter lives in the key file, so
it survives a restart and needs no database key to count.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secdesk.domain import clock, passwords
from secdesk.domain import settings as settings_mod
from secdesk.domain.errors import AccountDisabled, AccountLocked, PermissionDenied, SignInFailed
from secdesk.domain.roles import Actor, Permission, require
from secdesk.services import backups
from secdesk.storage import accounts, anchor, audit, probe, sealing, settings_repo
from secdesk.storage.audit import AuditEvent
from secdesk.storage.instance_lock import InstanceLock
from secdesk.storage.keyfile import LOCK_AFTER_FAILURES, KdfParams, KeyFile, Slot, derive, unseal
from secdesk.storage.vault import Vault

JOURNAL_SECRET = "journal_private_key"
PENDING_KEYFILE = "pending_keyfile"  # the key file an account change committed, until written


def keyfile_path(db_path: Path) -> Path:
    """The key file that belongs to a database: ``<name>.keys`` beside it."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".keys")


@dataclass
class Session:
    """A signed-in account with its open vault (会话)."""

    vault: Vault
    keyfile: KeyFile
    actor: Actor
    db_key: bytes = field(repr=False)
    kdf: KdfParams = field(default_factory=KdfParams)
    must_change_password: bool = False
    password_expired: bool = False  # older than password.max_age_days at sign-in (口令定期更换)
    audit_seed: str = field(default="", repr=False)  # set once at set-up: the auditor's 审计验证码
    warnings: list[str] = field(default_factory=list)  # found at sign-in: say them to the user
    backup_due: bool = False  # the day's first sign-in left its automatic backup to the window
    _settings: tuple[int, dict[str, Any]] | None = field(default=None, repr=False, compare=False)

    def record(self, conn, event: str, object: str = "", before: Any = None,
               after: Any = None, result: str = "ok", detail: str = "") -> int:
        """Append an audit event for this actor inside the caller's transaction."""
        return audit.append(conn, self.vault.audit_key, AuditEvent(
            0, clock.stamp(), self.actor.name, self.actor.roles_text, event, object,
            audit.to_json(before), audit.to_json(after), result, detail,
        ), self.vault.sealer)

    @contextmanager
    def change(self, released: str = "") -> Iterator:
        """A transaction that also changes the key file, in this order: the database change,
        its audit event and the key file as it must become commit together; then the key
        file is written; then the note is cleared. A crash between the steps is completed
        at the next sign-in (:func:`complete_keyfile`), so a password never works without
        its audit event, nor a disabled account's slot outlive its record. ``released`` is
        the slot (name hash) this change unlocks: its counters are the change's, not the disk's."""
        try:
            with self.vault.transaction() as conn:
                yield conn
                pending = json.loads(self.keyfile.to_bytes())
                pending["released"] = released
                settings_repo.put_secret(conn, PENDING_KEYFILE, json.dumps(pending).encode())
        except BaseException:
            self.keyfile = KeyFile.load(self.keyfile.path)
            raise
        self.keyfile.save()
        clear_pending(self.vault)

    def record_failure(self, event: str, object: str, reason: str) -> None:
        """Audit a refused operation in its own transaction (结果：失败)."""
        with self.vault.transaction() as conn:
            self.record(conn, event, object, result="failed", detail=reason)

    def require(self, permission: Permission, event: str, object: str = "") -> None:
        """Check a permission; a refusal is audited before it is raised. An account whose
        first (or reset) password is not yet changed may do nothing at all."""
        try:
            if self.must_change_password:
                raise PermissionDenied(
                    f"账户{self.actor.name}须先修改管理员设置的初始口令，才能办理任何业务"
                    f"（窗口：登录后按提示修改；命令行：secdesk user passwd --db 数据库 --user {self.actor.name}）",
                    "change the password set by the administrator first (secdesk user passwd)")
            require(self.actor, permission)
        except Exception as exc:
            self.record_failure(event, object, getattr(exc, "zh", str(exc)))  # the Chinese words only
            raise

    def settings(self) -> dict[str, Any]:
        """Every setting, defaults filled in (a copy). Read from the database once and kept
        until a setting is stored (:func:`settings_repo.generation`); inside a transaction
        always read afresh and not kept, since that transaction may still roll back."""
        generation, conn = settings_repo.generation(), self.vault.conn
        if self._settings is not None and self._settings[0] == generation and not conn.in_transaction:
            return dict(self._settings[1])
        values = settings_mod.with_defaults(settings_repo.get_all(conn))
        if not conn.in_transaction:
            self._settings = (generation, values)
        return dict(values)

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self, event: str = "signout") -> None:
        """Audit the sign-out (or screen lock), seal the epoch, anchor the chain's head in
        the key file and close the vault. A vault found damaged is closed with nothing
        more written."""
        if self.vault.refused is None:
            with self.vault.transaction() as conn:
                self.record(conn, event)
                close_epoch(self.vault, conn)
            save_anchor(self.keyfile, self.vault)
        self.vault.close()  # its checkpoint truncates the log: the old key is gone


def sign_in(db_path: Path, name: str, password: str, kdf: KdfParams | None = None,
            network_up: list[str] | None = None, full_check: bool | None = None,
            auto_backup: bool = True, defer_backup: bool = False) -> Session:
    """Open the vault as account ``name``; every attempt is recorded.

    ``network_up`` lists non-loopback interfaces that are up (the GUI watches them);
    with the ``network.refuse_signin`` setting on, any such interface refuses sign-in.
    ``full_check`` is :meth:`Vault.open`'s (True for ``secdesk verify``).
    ``auto_backup``: the verified backup before a migration and at the day's first
    sign-in (off for a copy restored from a backup, which is a backup already).
    ``defer_backup``: the day's backup is not made here but left to the caller
    (``session.backup_due``): the window shows first and makes it on its worker.
    """
    db_path = Path(db_path)
    probe.check_file(db_path)  # a missing, empty, plain or cut file is named first
    lock = InstanceLock(db_path)
    lock.acquire()  # first: an open session's key file save must not undo these counters
    try:
        kf = KeyFile.load(keyfile_path(db_path))
        db_key = _unlock_slot(kf, name, password)
    except BaseException:
        lock.release()
        raise
    vault = Vault.open(db_path, db_key, kf.db_salt, lock=lock, full_check=full_check,
                       before_migration=backups.before_migration(kf) if auto_backup else None)
    try:
        first_today = auto_backup and backups.first_use_today(vault.conn)
        session = _start_session(vault, kf, name, db_key, kdf or KdfParams(), network_up or [])
    except BaseException:
        vault.close()
        raise
    session.backup_due = first_today and defer_backup
    backups.after_sign_in(session, first_today and not defer_backup)  # never raises: a failure is recorded and shown
    return session


def _unlock_slot(kf: KeyFile, name: str, password: str) -> bytes:
    slot = kf.find(name)
    if slot is None:
        derive(password.encode(), os.urandom(16), KdfParams())  # same time as a real try
        _journal(kf, name, "unknown", known=False)
        raise _wrong()
    if slot.disabled:
        _journal(kf, name, "disabled")
        raise AccountDisabled("该账户已停用，请联系系统管理员", "the account is disabled")
    if slot.locked:
        _journal(kf, name, "locked")
        raise _locked()
    key = slot.unwrap(password)
    if key is None:
        slot.failed += 1
        slot.locked = slot.failed >= LOCK_AFTER_FAILURES
        _journal(kf, name, "wrong_password", locked_now=slot.locked)
        if slot.locked:
            raise _locked()
        left = LOCK_AFTER_FAILURES - slot.failed
        raise SignInFailed(
            f"账户名或口令不正确，再错{left}次账户将被锁定",
            f"wrong account name or password; {left} more failures lock the account",
        )
    return key


def _wrong() -> SignInFailed:
    return SignInFailed("账户名或口令不正确，请重新输入", "wrong account name or password")


def _locked() -> AccountLocked:
    return AccountLocked(
        f"连续{LOCK_AFTER_FAILURES}次口令错误，账户已锁定；请安全保密管理员或系统管理员解锁",
        f"{LOCK_AFTER_FAILURES} failed sign-ins in a row locked the account; ask the security "
        "officer or the administrator to release it",
    )


def _journal(kf: KeyFile, name: str, reason: str, known: bool = True,
             locked_now: bool = False) -> None:
    """Seal a failed attempt into the key file and save it at once."""
    shown = name.strip() if known else masked(name)
    kf.seal({"id": os.urandom(8).hex(), "at": clock.stamp(), "name": shown,
             "reason": reason, "locked_now": locked_now})
    kf.save()


def masked(name: str) -> str:
    """An unknown account name as logged: its first two characters only (it may be a
    password typed into the wrong field)."""
    name = name.strip()
    return name[:2] + "*" * max(0, min(len(name) - 2, 6))


REASON_ZH = {
    "unknown": "账户不存在",
    "disabled": "账户已停用",
    "locked": "账户已锁定",
    "wrong_password": "口令错误",
    "network": "计算机已联网，拒绝登录",
}


def close_epoch(vault: Vault, conn) -> None:
    """Seal the open epoch of the audit log and start the next (inside ``conn``'s transaction)."""
    if vault.sealer is not None:
        vault.sealer = sealing.close_epoch(conn, vault.sealer, clock.stamp())


def clear_pending(vault: Vault) -> None:
    """The key file is written: forget the note of what it had to become."""
    with vault.transaction() as conn:
        conn.execute("DELETE FROM secrets WHERE key = ?", (PENDING_KEYFILE,))


def complete_keyfile(vault: Vault, kf: KeyFile) -> None:
    """Finish an account change a crash interrupted after its commit: write the key file's
    slots as they were committed (keeping the counters and the failure journal on disk,
    except for the slot the change unlocked)."""
    pending = settings_repo.get_secret(vault.conn, PENDING_KEYFILE)
    if pending is None:
        return
    data = json.loads(pending)
    on_disk = {s.name_hash: s for s in kf.slots}
    slots = []
    for raw in data["slots"]:
        slot = Slot(**raw)
        if slot.name_hash in on_disk and slot.name_hash != data.get("released"):
            slot.failed, slot.locked = on_disk[slot.name_hash].failed, on_disk[slot.name_hash].locked
        slots.append(slot)
    kf.slots = slots
    kf.save()
    clear_pending(vault)


def _start_session(vault: Vault, kf: KeyFile, name: str, db_key: bytes, kdf: KdfParams,
                   network_up: list[str]) -> Session:
    complete_keyfile(vault, kf)  # an account change cut short by a crash
    warnings = _rolled_back(vault, kf)  # before anything new is appended
    with vault.transaction() as conn:
        if vault.sealer is not None and vault.sealer.since[:10] < clock.stamp()[:10]:
            close_epoch(vault, conn)  # an epoch is a day at most (a session left by a crash)
        flush_journal(conn, vault, kf)
    row = accounts.by_name(vault.conn, name)
    if row is None or not row.active:
        _record_signin_failure(vault, name, "disabled")
        raise AccountDisabled("该账户已停用，请联系系统管理员", "the account is disabled")
    actor = Actor(row.id, row.name, row.roles)
    session = Session(vault, kf, actor, db_key, kdf, row.must_change_password)
    session.password_expired = passwords.expired(row.password_changed_at, session.settings()["password.max_age_days"],
                                                 clock.now().date())
    if row.locked:
        _record_signin_failure(vault, name, "locked")
        raise _locked()
    if network_up and session.settings()["network.refuse_signin"]:
        _record_signin_failure(vault, name, "network", ", ".join(network_up))
        raise SignInFailed(
            "检测到网络连接（" + "、".join(network_up) + "）：涉密计算机不得联网，已拒绝登录",
            "a network interface is up; a classified PC must not be networked",
        )
    session.warnings = warnings + _reset_notice(vault.conn, row)
    with vault.transaction() as conn:
        accounts.update(conn, row.id, failed_count=0, last_sign_in=clock.stamp())
        if vault.migrated_from is not None:
            session.record(conn, "vault.migrate", before={"version": vault.migrated_from},
                           after={"version": vault.version})
        session.record(conn, "signin", f"account:{row.name}")
    slot = kf.find(name)
    if slot:
        slot.failed = 0
    save_anchor(kf, vault)  # also saves the flushed journal and the reset counter
    return session


def _reset_notice(conn, row) -> list[str]:
    """The first sign-in after a reset tells the account who reset its password, and when."""
    if not row.must_change_password:
        return []
    resets = [r for r in audit.resets_since(conn, "") if r[3] == f"account:{row.name}"]
    if not resets:
        return []
    _, at, by, _, detail = resets[-1]
    return [f"您的口令已于{at[:16].replace('T', ' ')}由{by}重置" + (f"（{detail}）" if detail else "")
            + "；若非本人申请，请立即报告安全保密管理员"]


def save_anchor(kf: KeyFile, vault: Vault) -> None:
    """Record the newest chain head in the key file (written and fsynced)."""
    kf.anchor = anchor.head(vault.conn).text()
    kf.save()


def _rolled_back(vault: Vault, kf: KeyFile) -> list[str]:
    """Compare the chain with the anchors kept outside the file; a database that is behind
    them (an older copy put back, a ``-wal`` lost after a crash) is said plainly, and the
    finding goes into the chain."""
    found = [why for why in (anchor.behind(vault.conn, anchor.Anchor.parse(kf.anchor)),
                             anchor.behind(vault.conn, anchor.read_head(vault.path))) if why]
    if not found:
        return []
    text = (f"数据库比此前记录的旧：{found[0]}。数据库文件可能被换回旧副本，或崩溃后 -wal 文件丢失，"
            "其后办理的事项不在本库中；请核对纸质记录，必要时从最新备份恢复")
    with vault.transaction() as conn:
        audit.append(conn, vault.audit_key, sealer=vault.sealer, event=AuditEvent(
            0, clock.stamp(), "", "", "vault.rollback", str(vault.path.name), None, None, "failed", text))
    return [text]


def _record_signin_failure(vault: Vault, name: str, reason: str, detail: str = "") -> None:
    with vault.transaction() as conn:
        audit.append(conn, vault.audit_key, sealer=vault.sealer, event=AuditEvent(
            0, clock.stamp(), name, "", "signin", f"account:{name}", None, None, "failed",
            REASON_ZH[reason] + (f"：{detail}" if detail else ""),
        ))


def flush_journal(conn, vault: Vault, kf: KeyFile) -> bool:
    """Move sealed failed attempts into the audit chain (each once); clear the journal."""
    if not kf.journal and not kf.journal_dropped:
        return False
    private = settings_repo.get_secret(conn, JOURNAL_SECRET)
    for blob in kf.journal:
        plain = unseal(private, bytes.fromhex(blob)) if private else None
        if plain is None:
            continue
        record = json.loads(plain)
        if conn.execute("SELECT 1 FROM journal_flushed WHERE id = ?", (record["id"],)).fetchone():
            continue
        conn.execute("INSERT INTO journal_flushed (id) VALUES (?)", (record["id"],))
        _append_failure(conn, vault, record)
    if kf.journal_dropped:
        audit.append(conn, vault.audit_key, sealer=vault.sealer, event=AuditEvent(
            0, clock.stamp(), "", "", "signin", "", None, None, "failed",
            f"另有{kf.journal_dropped}次失败登录记录因数量过多未保留明细",
        ))
    kf.journal, kf.journal_dropped = [], 0
    return True


def _append_failure(conn, vault: Vault, record: dict) -> None:
    name = record["name"]
    audit.append(conn, vault.audit_key, sealer=vault.sealer, event=AuditEvent(
        0, record["at"], name, "", "signin", f"account:{name}", None, None, "failed",
        REASON_ZH.get(record["reason"], record["reason"]),
    ))
    if record.get("locked_now"):
        row = accounts.by_name(conn, name)
        if row is not None:
            accounts.update(conn, row.id, locked_at=record["at"],
                            failed_count=LOCK_AFTER_FAILURES)
        audit.append(conn, vault.audit_key, sealer=vault.sealer, event=AuditEvent(
            0, record["at"], name, "", "account.locked", f"account:{name}", None,
            audit.to_json({"locked": True}), "ok", f"连续{LOCK_AFTER_FAILURES}次口令错误",
        ))


def resume(db_path: Path, name: str, password: str, network_up: list[str] | None = None) -> Session:
    """Unlock the screen: sign in again as the same account; audited as such."""
    session = sign_in(db_path, name, password, network_up=network_up, defer_backup=True)  # the window makes it
    with session.vault.transaction() as conn:
        session.record(conn, "screen.unlock")
    return session
