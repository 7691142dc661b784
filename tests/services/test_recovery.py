"""The recovery key (恢复密钥): printed once, typed back in when every password is forgotten,
the administrator locked out or the key file lost."""

from __future__ import annotations

import base64

import pytest

from secdesk.domain.errors import AccountLocked, InvalidInput, SignInFailed
from secdesk.domain.roles import Role
from secdesk.services import accounts, audit_log, setup
from secdesk.services.audit_log import AuditFilter
from secdesk.storage.keyfile import format_recovery_key, parse_recovery_key

NEW_ADMIN_PASSWORD = "Rec0very#New"
SECRET = bytes(range(32))


def test_the_printed_key_reads_back_to_the_same_secret():
    """The printed form, typed back (any case, with or without dashes), gives the secret."""
    text = format_recovery_key(SECRET)
    groups = text.split("-")
    assert all(len(g) == 5 for g in groups[:-1]) and set("".join(groups)) <= set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert parse_recovery_key(text) == SECRET
    assert parse_recovery_key(text.lower().replace("-", " ")) == SECRET
    assert parse_recovery_key(text.replace("-", "")) == SECRET


def test_a_key_with_one_character_changed_is_rejected():
    """A typo in any one character never yields a different secret: the checksum catches it."""
    text = format_recovery_key(SECRET)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    wrong_secrets = []
    rejected = 0
    for i, old in enumerate(text):
        if old == "-":
            continue
        for new in alphabet:
            if new == old:
                continue
            got = parse_recovery_key(text[:i] + new + text[i + 1:])
            if got is None:
                rejected += 1
            elif got != SECRET:
                wrong_secrets.append((i, new))
    assert wrong_secrets == []
    assert rejected > 0.9 * (len(text.replace("-", "")) * 31)


def test_a_mistyped_key_is_refused_with_a_message(vault):
    """setup.recover with a mistyped key says so and changes nothing."""
    vault.close()
    text = format_recovery_key(vault.secret)
    typo = text[:7] + ("A" if text[7] != "A" else "B") + text[8:]
    keys = vault.keys_path.read_bytes()
    with pytest.raises(InvalidInput, match="恢复密钥"):
        setup.recover(vault.db_path, typo, "admin", NEW_ADMIN_PASSWORD, kdf=vault.kdf)
    assert vault.keys_path.read_bytes() == keys


def test_a_key_of_another_vault_is_refused(new_vault, tmp_path):
    """A recovery key that belongs to another database does not open this one."""
    a = new_vault(tmp_path / "a")
    b = new_vault(tmp_path / "b")
    a.close()
    b.close()
    with pytest.raises(SignInFailed):
        setup.recover(a.db_path, format_recovery_key(b.secret), "admin", NEW_ADMIN_PASSWORD,
                      kdf=a.kdf)


def _recovery_events(vault) -> list:
    session = vault.sign_in("auditor1")
    if session.must_change_password:  # the reset password works for nothing else
        accounts.change_own_password(session, vault.passwords["auditor1"], "Audit#Changed7")
        vault.passwords["auditor1"] = "Audit#Changed7"
    try:
        return audit_log.find_events(session, AuditFilter(event="recovery"))
    finally:
        vault.close()


def test_recovery_rebuilds_a_lost_key_file(staffed_vault):
    """With the key file deleted, the recovery key writes a new one: the administrator signs
    in with the new password; the others cannot until their passwords are reset."""
    v = staffed_vault
    v.close()
    v.keys_path.unlink()
    session = setup.recover(v.db_path, format_recovery_key(v.secret), "admin",
                            NEW_ADMIN_PASSWORD, kdf=v.kdf)
    session.close()
    assert v.keys_path.exists()
    v.passwords["admin"] = NEW_ADMIN_PASSWORD
    with pytest.raises(SignInFailed):
        v.sign_in("clerk1")
    admin = v.sign_in("admin")
    accounts.reset_password(admin, "clerk1", "Reset#Clerk7")
    accounts.reset_password(admin, "auditor1", "Reset#Audit7", recovery_key=format_recovery_key(v.secret))
    v.close()
    v.passwords.update(clerk1="Reset#Clerk7", auditor1="Reset#Audit7")
    clerk = v.sign_in("clerk1")
    assert clerk.must_change_password
    v.close()
    recovered = _recovery_events(v)
    assert [(e.account, e.object, e.detail) for e in recovered] == [
        ("admin", "account:admin", "重建密钥文件")]


def test_failed_sign_ins_after_the_key_file_was_rebuilt_are_still_audited(staffed_vault):
    """The rebuilt key file seals failed attempts to the new journal key: they reach the log."""
    v = staffed_vault
    v.close()
    v.keys_path.unlink()
    setup.recover(v.db_path, format_recovery_key(v.secret), "admin", NEW_ADMIN_PASSWORD,
                  kdf=v.kdf).close()
    v.passwords["admin"] = NEW_ADMIN_PASSWORD
    with pytest.raises(SignInFailed):
        v.sign_in("admin", "Wrong#Pass99")
    admin = v.sign_in("admin")
    accounts.reset_password(admin, "auditor1", "Reset#Audit7", recovery_key=format_recovery_key(v.secret))
    v.close()
    v.passwords["auditor1"] = "Reset#Audit7"
    session = v.sign_in("auditor1")
    accounts.change_own_password(session, "Reset#Audit7", "Audit#Changed7")  # first, as must be
    failed = audit_log.find_events(session, AuditFilter(event="signin", result="failed"))
    assert [(e.account, e.detail) for e in failed] == [("admin", "口令错误")]


def test_recovery_releases_a_locked_out_administrator(staffed_vault):
    """With the key file present, the recovery key resets the administrator's password and
    lifts the lock; the administrator then signs in; the recovery is audited."""
    v = staffed_vault
    v.close()
    for _ in range(5):
        with pytest.raises(SignInFailed):
            v.sign_in("admin", "Wrong#Pass99")
    with pytest.raises(AccountLocked):
        v.sign_in("admin")
    session = setup.recover(v.db_path, format_recovery_key(v.secret), "admin",
                            NEW_ADMIN_PASSWORD, kdf=v.kdf)
    session.close()
    v.passwords["admin"] = NEW_ADMIN_PASSWORD
    admin = v.sign_in("admin")
    assert admin.actor.roles == frozenset({Role.ADMIN})
    v.close()
    v.sign_in("clerk1")  # other accounts are untouched
    v.close()
    recovered = _recovery_events(v)
    assert [(e.account, e.detail) for e in recovered] == [("admin", "重置管理员口令")]
    auditor = v.sign_in("auditor1")
    failed = audit_log.find_events(auditor, AuditFilter(event="signin", result="failed"))
    locked = audit_log.find_events(auditor, AuditFilter(event="account.locked"))
    assert sorted(e.detail for e in failed) == ["口令错误"] * 5 + ["账户已锁定"]
    assert [e.account for e in locked] == ["admin"]


def test_the_old_password_no_longer_works_after_recovery(vault):
    """After recovery only the new administrator password opens the vault."""
    vault.close()
    old = vault.password
    setup.recover(vault.db_path, format_recovery_key(vault.secret), "admin",
                  NEW_ADMIN_PASSWORD, kdf=vault.kdf).close()
    with pytest.raises(SignInFailed):
        vault.sign_in("admin", old)
    vault.sign_in("admin", NEW_ADMIN_PASSWORD)


def test_recovery_only_for_an_active_administrator(staffed_vault):
    """The recovery key cannot be used to take over a clerk's account."""
    staffed_vault.close()
    with pytest.raises(SignInFailed):
        setup.recover(staffed_vault.db_path, format_recovery_key(staffed_vault.secret),
                      "clerk1", NEW_ADMIN_PASSWORD, kdf=staffed_vault.kdf)


def test_the_recovery_secret_is_32_random_bytes(vault):
    """The printed key carries the full 256-bit secret and its two-byte checksum."""
    text = format_recovery_key(vault.secret).replace("-", "")
    raw = base64.b32decode(text + "=" * (-len(text) % 8))
    assert len(vault.secret) == 32 and raw[:32] == vault.secret and len(raw) == 34
