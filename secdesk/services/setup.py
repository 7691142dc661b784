"""First-run set-up (初始化) and recovery with the recovery key (恢复密钥)."""

from __future__ import annotations

from pathlib import Path

from secdesk.domain import clock, settings, validate
from secdesk.domain.errors import AccountDisabled, DamagedFile, InvalidInput, SignInFailed
from secdesk.domain.passwords import PasswordPolicy
from secdesk.domain.roles import Actor, Role
from secdesk.domain.seal import UnitKey
from secdesk.services.session import JOURNAL_SECRET, Session, flush_journal, keyfile_path
from secdesk.storage import accounts, anchor, sealing, seals, settings_repo
from secdesk.storage.keyfile import (
    KdfParams,
    KeyFile,
    db_key_from_recovery,
    format_recovery_key,
    key_check,
    make_slot,
    new_journal_keypair,
    new_recovery_secret,
    parse_recovery_key,
)
from secdesk.printing.recovery_sheet import recovery_sheet
from secdesk.storage.probe import file_salt
from secdesk.storage.vault import Vault


def initialise(db_path: Path, unit_name: str, unit_code: str, admin_name: str,
               admin_password: str, kdf: KdfParams | None = None) -> tuple[Session, bytes]:
    """Create the vault, its key file and the administrator; return the session and the
    recovery secret (to print once for the safe)."""
    db_path = Path(db_path)
    unit_name = validate.required_text("单位名称", unit_name, 60)
    unit_code = validate.unit_code(unit_code)
    admin_name = validate.account_name(admin_name)
    PasswordPolicy().check(admin_password, admin_name)
    kf_path = keyfile_path(db_path)
    if kf_path.exists():
        raise InvalidInput("数据库文件", f"{kf_path.name} 已存在，不会覆盖；请换一个文件名",
                           f"{kf_path.name} already exists; choose another name")
    kdf = kdf or KdfParams()
    secret = new_recovery_secret()
    db_key = db_key_from_recovery(secret)
    vault = Vault.create(db_path, db_key)
    try:
        session = _first_session(vault, kf_path, unit_name, unit_code, admin_name,
                                 admin_password, db_key, kdf)
    except BaseException:
        vault.close()
        db_path.unlink(missing_ok=True)
        anchor.head_path(db_path).unlink(missing_ok=True)
        raise
    return session, secret


def _first_session(vault, kf_path, unit_name, unit_code, admin_name, admin_password,
                   db_key, kdf) -> Session:
    salt = file_salt(vault.path)
    private, public = new_journal_keypair()
    kf = KeyFile(kf_path, salt.hex(), key_check(db_key), public,
                 [make_slot(admin_name, admin_password, db_key, kdf)])
    roles = frozenset({Role.ADMIN})
    now = clock.stamp()
    with vault.transaction() as conn:
        settings_repo.put(conn, "unit.name", unit_name)
        settings_repo.put(conn, "unit.code", unit_code)
        settings_repo.put_secret(conn, JOURNAL_SECRET, private)
        unit_key = UnitKey.generate()  # signs the quarterly registers; its private half stays in the vault
        seals.insert_key(conn, unit_key.key_id, unit_key.private, unit_key.public, now)
        account_id = accounts.insert(conn, admin_name, "", roles, now, must_change=False)
        session = Session(vault, kf, Actor(account_id, admin_name, roles), db_key, kdf)
        vault.sealer, seed = sealing.start(conn, now, "set-up")
        session.audit_seed = sealing.format_seed(vault.sealer.generation, seed)
        session.record(conn, "vault.create", f"unit:{unit_code}",
                       after={"unit.name": unit_name, "unit.code": unit_code})
        session.record(conn, "account.create", f"account:{admin_name}",
                       after={"roles": [Role.ADMIN.value]})
        session.record(conn, "unit_key.create", f"key:{unit_key.key_id}")
        session.record(conn, "audit.seal_start", "generation:1", detail="审计验证码已生成，交审计员封存")
        kf.save()
    return session


def recover(db_path: Path, recovery_text: str, admin_name: str, new_password: str,
            kdf: KdfParams | None = None) -> Session:
    """Sign in with the recovery key and set a new password for an administrator.

    If the key file is lost, a new one is written holding that administrator's slot;
    the other accounts then need their passwords reset by the administrator.
    """
    db_path = Path(db_path)
    secret = parse_recovery_key(recovery_text)
    if secret is None:
        raise InvalidInput("恢复密钥", "输入有误（校验不符），请逐组核对后重新输入",
                           "the recovery key is mistyped (checksum mismatch)")
    db_key = db_key_from_recovery(secret)
    kf_path = keyfile_path(db_path)
    kf = KeyFile.load(kf_path) if kf_path.exists() else None
    if kf is not None and not kf.key_is_right(db_key):
        raise SignInFailed("恢复密钥与该数据库不匹配", "the recovery key does not belong to this database")
    try:
        vault = Vault.open(db_path, db_key, kf.db_salt if kf else None)
    except DamagedFile:
        if kf is not None:
            raise
        raise SignInFailed("恢复密钥与该数据库不匹配，或数据库已损坏",
                           "the recovery key does not fit this database, or it is damaged") from None
    try:
        return _reset_admin(vault, kf, kf_path, db_key, admin_name, new_password, kdf or KdfParams())
    except BaseException:
        vault.close()
        raise


def _reset_admin(vault, kf, kf_path, db_key, admin_name, new_password, kdf) -> Session:
    row = accounts.by_name(vault.conn, admin_name)
    if row is None or not row.active or Role.ADMIN not in row.roles:
        raise AccountDisabled(f"“{admin_name}”不是在用的系统管理员账户",
                              f"{admin_name!r} is not an active administrator account")
    policy = settings.password_policy(settings.with_defaults(settings_repo.get_all(vault.conn)))
    policy.check(new_password, row.name)  # the officer's policy, not only the default
    rebuilt = kf is None
    if rebuilt:
        private, public = new_journal_keypair()
        salt = file_salt(vault.path)
        kf = KeyFile(kf_path, salt.hex(), key_check(db_key), public)
    session = Session(vault, kf, Actor(row.id, row.name, row.roles), db_key, kdf)
    kf.set_slot(row.name, make_slot(row.name, new_password, db_key, kdf))
    with vault.transaction() as conn:
        if rebuilt:
            settings_repo.put_secret(conn, JOURNAL_SECRET, private)
        else:  # failed attempts reach the log first; their lock is then lifted, not replayed
            flush_journal(conn, vault, kf)
        accounts.update(conn, row.id, locked_at=None, failed_count=0,
                        password_changed_at=clock.stamp(), must_change_password=0)
        session.record(conn, "recovery", f"account:{row.name}",
                       detail="重建密钥文件" if rebuilt else "重置管理员口令")
        kf.save()
    return session


def recovery_key_text(secret: bytes) -> str:
    """The recovery key as it is written down (groups of characters with a check)."""
    return format_recovery_key(secret)


def recovery_sheet_pdf(session: Session, db_name: str, key_text: str) -> bytes:
    """The recovery key sheet (恢复密钥单) to print once and seal in the safe; at set-up
    its second page is the auditor's 审计验证码单."""
    values = session.settings()
    return recovery_sheet(values["unit.name"], values["unit.code"], db_name, key_text,
                          clock.now().strftime("%Y年%m月%d日 %H:%M"), session.audit_seed)
