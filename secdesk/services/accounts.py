"""Accounts (账户管理): create, list, change and reset passwords, disable, unlock."""

from __future__ import annotations

from datetime import date

from secdesk.domain import clock, passwords, settings, validate
from secdesk.domain.errors import InvalidInput, SignInFailed
from secdesk.domain.lending.rules import Refused
from secdesk.domain.roles import ROLE_ZH, Permission, Role, check_separation
from secdesk.services.session import Session
from secdesk.storage import accounts
from secdesk.storage.accounts import AccountRow
from secdesk.storage.keyfile import LOCK_AFTER_FAILURES, Slot, db_key_from_recovery, make_slot, parse_recovery_key


def add_account(session: Session, name: str, roles: frozenset[Role], password: str,
                full_name: str = "") -> AccountRow:
    """Create an account with an initial password the user must change at first sign-in."""
    session.require(Permission.MANAGE_ACCOUNTS, "account.create", f"account:{name}")
    name = validate.account_name(name)
    validate.note("姓名", full_name, 40)
    check_separation(roles)
    settings.password_policy(session.settings()).check(password, name)
    conn = session.vault.conn
    if accounts.by_name(conn, name) is not None:
        raise InvalidInput("账户名", f"“{name}”已被使用（含已停用账户），请换一个",
                           f"{name!r} is taken (disabled accounts keep their names)")
    session.keyfile.set_slot(name, make_slot(name, password, session.db_key, session.kdf))
    with session.change() as conn:
        accounts.insert(conn, name, full_name.strip(), roles, clock.stamp(), must_change=True)
        session.record(conn, "account.create", f"account:{name}",
                       after={"roles": sorted(roles), "full_name": full_name.strip()})
    return accounts.by_name(session.vault.conn, name)


def waive_first_change(session: Session, name: str) -> None:
    """The demo database only: its shared demo password needs no change at first sign-in
    and counts as set now for the periodic change (audited like every change of an account)."""
    session.require(Permission.MANAGE_ACCOUNTS, "account.waive_change", f"account:{name}")
    row = _existing(session, name)
    stamp = clock.stamp()
    with session.change() as conn:
        accounts.update(conn, row.id, must_change_password=0, password_changed_at=stamp)
        session.record(conn, "account.waive_change", f"account:{name}",
                       before={"must_change_password": int(row.must_change_password),
                               "password_changed_at": row.password_changed_at},
                       after={"must_change_password": 0, "password_changed_at": stamp})


def list_accounts(session: Session) -> list[AccountRow]:
    """Every account, for the administrator, the officer and the auditor."""
    actor = session.actor
    if not any(actor.can(p) for p in (Permission.MANAGE_ACCOUNTS, Permission.UNLOCK_ACCOUNTS,
                                      Permission.READ_AUDIT)):
        session.require(Permission.MANAGE_ACCOUNTS, "account.list")
    return accounts.all_accounts(session.vault.conn)


def change_own_password(session: Session, old: str, new: str) -> None:
    """The signed-in user replaces their password (the old one is asked again)."""
    name = session.actor.name
    slot = session.keyfile.find(name)
    if slot is None or slot.unwrap(old) is None:
        session.record_failure("account.passwd", f"account:{name}", "原口令错误")
        raise SignInFailed("原口令不正确", "the current password is wrong")
    if old == new:
        raise InvalidInput("新口令", "不能与原口令相同", "must differ from the current password")
    settings.password_policy(session.settings()).check(new, name)
    _write_password(session, name, new, "account.passwd", must_change=False)
    session.must_change_password = False
    session.password_expired = False


def password_days_left(session: Session, today: date | None = None) -> int | None:
    """Days the signed-in account's password is still valid (口令定期更换; negative:
    expired), or None when passwords do not expire."""
    row = accounts.by_name(session.vault.conn, session.actor.name)
    max_age = session.settings()["password.max_age_days"]
    return passwords.days_left(row.password_changed_at if row else None, max_age, today or clock.now().date())


THREE = frozenset({Role.ADMIN, Role.OFFICER, Role.AUDITOR})  # 三员


def reset_password(session: Session, name: str, new: str, second: tuple[str, str] | None = None,
                   recovery_key: str = "") -> None:
    """The administrator sets a temporary password; the user must change it. The password
    of a security officer or an auditor is reset only with a second 三员 present (their
    account and password, ``second``) or with the recovery key: one administrator alone
    never becomes the officer or the auditor."""
    session.require(Permission.MANAGE_ACCOUNTS, "account.reset", f"account:{name}")
    row = _existing(session, name)
    witness = ""
    if row.roles & {Role.OFFICER, Role.AUDITOR}:
        witness = _second_person(session, row, second, recovery_key)
    settings.password_policy(session.settings()).check(new, row.name)
    _write_password(session, row.name, new, "account.reset", must_change=True,
                    detail=f"会同{witness}重置" if witness else "")


def _second_person(session: Session, target: AccountRow, second: tuple[str, str] | None,
                   recovery_key: str) -> str:
    """Who confirmed the reset of a 三员 account (another 三员, or the recovery key)."""
    if recovery_key.strip():
        secret = parse_recovery_key(recovery_key)
        if secret is None or not session.keyfile.key_is_right(db_key_from_recovery(secret)):
            session.record_failure("account.reset", f"account:{target.name}", "恢复密钥不正确")
            raise Refused("second", "恢复密钥不正确", "the recovery key is wrong")
        return "恢复密钥"
    if second is None:
        raise Refused("second", f"重置{target.name}（{'、'.join(ROLE_ZH[r] for r in sorted(target.roles))}）的口令"
                      "须由另一名三员（系统管理员、安全保密管理员或安全审计员）当场输入其口令，或使用恢复密钥",
                      "resetting an officer's or auditor's password needs a second 三员 or the recovery key")
    account, password = second
    if account.strip().casefold() in (session.actor.name.casefold(), target.name.casefold()):
        raise Refused("second", "会同重置的须是另一名三员，不能是操作人或被重置的账户本人",
                      "the second person must be someone else")
    witness = vouch(session, account, password, "account.reset")
    if not witness.roles & THREE:
        raise Refused("second", f"{witness.name}不是三员账户，不能会同重置", f"{witness.name} is not one of the 三员")
    return witness.name


def _write_password(session: Session, name: str, new: str, event: str, must_change: bool,
                    detail: str = "") -> None:
    row = accounts.by_name(session.vault.conn, name)
    session.keyfile.set_slot(name, make_slot(name, new, session.db_key, session.kdf))
    with session.change() as conn:
        accounts.update(conn, row.id, password_changed_at=clock.stamp(),
                        must_change_password=int(must_change))
        session.record(conn, event, f"account:{name}", detail=detail)


def disable_account(session: Session, name: str, reason: str) -> None:
    """Disable an account: its key slot is removed, its history stays (停用)."""
    session.require(Permission.MANAGE_ACCOUNTS, "account.disable", f"account:{name}")
    row = _existing(session, name)
    reason = validate.required_text("停用原因", reason, 200)
    if row.id == session.actor.account_id:
        raise InvalidInput("账户", "不能停用当前登录的账户", "you cannot disable your own account")
    if Role.ADMIN in row.roles and accounts.count_active_with_role(session.vault.conn, Role.ADMIN) <= 1:
        raise InvalidInput("账户", "这是最后一个在用的系统管理员账户，不能停用",
                           "this is the last active administrator")
    tomb = session.keyfile.find(row.name)
    session.keyfile.set_slot(row.name, Slot(tomb.name_salt, tomb.name_hash, {}, "", "", "",
                                            disabled=True) if tomb else None)
    with session.change() as conn:
        accounts.update(conn, row.id, status="disabled")
        session.record(conn, "account.disable", f"account:{row.name}",
                       before={"status": "active"}, after={"status": "disabled"}, detail=reason)


def unlock_account(session: Session, name: str) -> None:
    """Release an account locked by failed sign-ins (解锁)."""
    session.require(Permission.UNLOCK_ACCOUNTS, "account.unlock", f"account:{name}")
    row = _existing(session, name)
    slot = session.keyfile.find(row.name)
    if not row.locked and not (slot and slot.locked):
        raise InvalidInput("账户", f"“{row.name}”没有被锁定", f"{row.name!r} is not locked")
    if slot:
        slot.locked, slot.failed = False, 0
    with session.change(released=slot.name_hash if slot else "") as conn:
        accounts.update(conn, row.id, locked_at=None, failed_count=0)
        session.record(conn, "account.unlock", f"account:{row.name}",
                       before={"locked": True}, after={"locked": False})


def signer_name(session: Session) -> str:
    """The signed-in user's full name for a printed form (the account name if none)."""
    row = accounts.by_name(session.vault.conn, session.actor.name)
    return row.full_name if row and row.full_name else session.actor.name


def _existing(session: Session, name: str) -> AccountRow:
    row = accounts.by_name(session.vault.conn, name)
    if row is None:
        raise InvalidInput("账户名", f"没有“{name}”这个账户", f"no account {name!r}")
    return row


def vouch(session: Session, name: str, password: str, event: str, role: Role | None = None,
          code: str = "vouch") -> AccountRow:
    """Another person confirms at this PC with their own account and password (an officer
    lifting a block, a 监销人 confirming a destruction). A wrong password counts towards
    that account's lock-out and is audited; the error names the account, never the password."""
    row = accounts.by_name(session.vault.conn, name.strip())
    slot = session.keyfile.find(name.strip())
    who = "安全保密管理员" if role is Role.OFFICER else ""
    if row is None or slot is None or (role is not None and role not in row.roles) or slot.disabled or slot.locked:
        raise Refused(code, f"须由在用的{who}账户确认（“{name.strip()}”不是）",
                      f"only an active {role or ''} account may confirm")
    if slot.unwrap(password) is None:
        with session.change() as conn:
            slot.failed += 1
            slot.locked = slot.failed >= LOCK_AFTER_FAILURES
            session.record(conn, event, f"account:{row.name}", result="failed", detail="口令不正确")
        raise Refused(code, f"{who or '账户'}{row.name}的口令不正确", "wrong password")
    return row
