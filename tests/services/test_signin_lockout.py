"""Sign-in: five wrong passwords lock an account until the officer or administrator
releases it; every attempt, the lock and the release are in the audit log; disabled
accounts cannot sign in but keep their history."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from secdesk.domain.errors import (
    AccountDisabled,
    AccountLocked,
    InvalidInput,
    PermissionDenied,
    SignInFailed,
)
from secdesk.domain.roles import Role
from secdesk.services import accounts, audit_log
from secdesk.services.audit_log import AuditFilter

WRONG = "Wrong#Pass99"


def fail(vault, name: str, times: int, password: str = WRONG) -> list[Exception]:
    """Try to sign in ``times`` times with a wrong password; return the errors raised."""
    errors = []
    for _ in range(times):
        with pytest.raises(SignInFailed) as caught:
            vault.sign_in(name, password)
        errors.append(caught.value)
    return errors


def events(vault, reader: str = "auditor1", **flt) -> list:
    """Audit events matching ``flt``, read by the auditor (who then signs out)."""
    session = vault.sign_in(reader)
    try:
        return audit_log.find_events(session, AuditFilter(**flt))
    finally:
        vault.close()


@pytest.fixture
def signed_out(staffed_vault):
    """A vault with one account per role, nobody signed in."""
    staffed_vault.close()
    return staffed_vault


def test_four_wrong_passwords_warn_and_the_fifth_locks(signed_out):
    """Wrong passwords count down, and the fifth in a row locks the account."""
    errors = fail(signed_out, "clerk1", 5)
    assert [type(e) for e in errors] == [SignInFailed] * 4 + [AccountLocked]
    assert "再错4次" in errors[0].zh and "再错1次" in errors[3].zh
    assert "解锁" in errors[4].zh


def test_the_lock_survives_a_restart_even_with_the_right_password(signed_out):
    """A locked account stays locked in a new sign-in, even with its right password."""
    fail(signed_out, "clerk1", 5)
    with pytest.raises(AccountLocked):
        signed_out.sign_in("clerk1")
    signed_out.sign_in("auditor1")  # someone else signs in: the lock moves into the database
    signed_out.close()
    with pytest.raises(AccountLocked):
        signed_out.sign_in("clerk1")


def test_the_lock_holds_in_a_new_process(signed_out):
    """The command line, a separate process, also refuses the locked account."""
    fail(signed_out, "clerk1", 5)
    script = Path(sys.executable).with_name("secdesk")
    result = subprocess.run(
        [str(script), "verify", "--db", str(signed_out.db_path), "--user", "clerk1",
         "--password-stdin"],
        input=signed_out.passwords["clerk1"] + "\n", capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == AccountLocked.exit_code
    assert "锁定" in result.stderr and "Traceback" not in result.stderr


def test_the_counter_survives_a_restart(signed_out):
    """Three failures, a restart, two more failures: still five in a row, so locked."""
    fail(signed_out, "clerk1", 3)
    # nothing kept in memory: every sign_in call reads the key file afresh
    errors = fail(signed_out, "clerk1", 2)
    assert isinstance(errors[-1], AccountLocked)


def test_a_successful_sign_in_resets_the_counter(signed_out):
    """Four failures, then the right password, then four more: not locked."""
    fail(signed_out, "clerk1", 4)
    signed_out.sign_in("clerk1")
    signed_out.close()
    errors = fail(signed_out, "clerk1", 4)
    assert not any(isinstance(e, AccountLocked) for e in errors)
    signed_out.sign_in("clerk1")


def test_failures_and_the_lock_are_audited_at_the_next_sign_in(signed_out):
    """After another account signs in, the log holds each failed attempt and the lock."""
    fail(signed_out, "clerk1", 5)
    fail(signed_out, "clerk1", 1, password=signed_out.passwords["clerk1"])  # while locked
    failed = events(signed_out, event="signin", result="failed", account="clerk1")
    assert len(failed) == 6
    assert sorted(e.detail for e in failed) == ["口令错误"] * 5 + ["账户已锁定"]
    locked = events(signed_out, event="account.locked", account="clerk1")
    assert len(locked) == 1 and locked[0].object == "account:clerk1"


def test_failures_are_audited_only_once(signed_out):
    """Signing in twice more does not copy the failed attempts into the log again."""
    fail(signed_out, "clerk1", 2)
    first = events(signed_out, event="signin", result="failed", account="clerk1")
    again = events(signed_out, event="signin", result="failed", account="clerk1")
    assert len(first) == len(again) == 2


@pytest.mark.parametrize("releaser", ["officer1", "admin"])
def test_the_officer_or_administrator_releases_a_locked_account(signed_out, releaser):
    """The officer or the administrator unlocks; the release is audited; the password works."""
    fail(signed_out, "clerk1", 5)
    session = signed_out.sign_in(releaser)
    accounts.unlock_account(session, "clerk1")
    signed_out.close()
    clerk = signed_out.sign_in("clerk1")
    assert clerk.actor.name == "clerk1"
    signed_out.close()
    released = events(signed_out, event="account.unlock", account=releaser)
    assert [(e.object, e.result) for e in released] == [("account:clerk1", "ok")]


@pytest.mark.parametrize("refused", ["clerk1", "auditor1"])
def test_clerk_and_auditor_cannot_release_and_the_refusal_is_audited(signed_out, refused):
    """A clerk or an auditor trying to unlock is refused, and the refusal is logged as failed."""
    fail(signed_out, "officer1", 5)
    session = signed_out.sign_in(refused)
    with pytest.raises(PermissionDenied):
        accounts.unlock_account(session, "officer1")
    signed_out.close()
    with pytest.raises(AccountLocked):
        signed_out.sign_in("officer1")
    tries = events(signed_out, event="account.unlock", account=refused)
    assert [(e.object, e.result) for e in tries] == [("account:officer1", "failed")]


def test_an_unknown_account_name_is_logged_masked(signed_out):
    """A sign-in with an unknown name is logged with only its first two characters."""
    with pytest.raises(SignInFailed) as caught:
        signed_out.sign_in("zhangwei88", WRONG)
    assert not isinstance(caught.value, AccountLocked)
    failed = events(signed_out, event="signin", result="failed")
    assert [e.account for e in failed] == ["zh******"]
    assert failed[0].detail == "账户不存在"
    everything = events(signed_out, text="zhangwei")
    assert everything == []


def test_a_disabled_account_cannot_sign_in_but_keeps_its_history(signed_out):
    """After disabling, sign-in says 'disabled'; its past events and its row remain."""
    signed_out.sign_in("clerk1")
    signed_out.close()
    admin = signed_out.sign_in("admin")
    accounts.disable_account(admin, "clerk1", "调离保密岗位")
    listed = {a.name: a for a in accounts.list_accounts(admin)}
    assert not listed["clerk1"].active and listed["clerk1"].full_name == "王保密"
    assert admin.keyfile.find("clerk1").wrapped == ""  # the key slot is gone
    signed_out.close()
    with pytest.raises(AccountDisabled):
        signed_out.sign_in("clerk1")
    history = events(signed_out, account="clerk1")
    assert any(e.event == "signin" and e.result == "ok" for e in history)
    disabled = events(signed_out, event="account.disable")
    assert [(e.object, e.detail) for e in disabled] == [("account:clerk1", "调离保密岗位")]


def test_a_disabled_accounts_name_cannot_be_reused(signed_out):
    """A new account cannot take the name of a disabled one (its history keeps the name)."""
    admin = signed_out.sign_in("admin")
    accounts.disable_account(admin, "clerk1", "离岗")
    with pytest.raises(InvalidInput, match="已被使用"):
        accounts.add_account(admin, "clerk1", frozenset({Role.CLERK}), "New#Clerk42")


def test_the_administrator_cannot_disable_their_own_account(signed_out):
    """Disabling oneself is refused; the account stays usable."""
    admin = signed_out.sign_in("admin")
    with pytest.raises(InvalidInput, match="当前登录"):
        accounts.disable_account(admin, "admin", "测试")
    signed_out.close()
    signed_out.sign_in("admin")


def test_the_last_administrator_always_remains(signed_out):
    """With two administrators one may disable the other, but never the last one left."""
    admin = signed_out.sign_in("admin")
    signed_out.add_user("admin2", Role.ADMIN)
    accounts.disable_account(admin, "admin2", "交接完成")
    with pytest.raises(InvalidInput):
        accounts.disable_account(admin, "admin", "测试")
    active_admins = [a for a in accounts.list_accounts(admin) if a.active and Role.ADMIN in a.roles]
    assert [a.name for a in active_admins] == ["admin"]


def test_a_disabled_account_is_refused_even_with_an_old_key_file(signed_out):
    """Restoring an older key file (with the slot) does not bring a disabled account back."""
    old_keys = signed_out.keys_path.read_bytes()
    admin = signed_out.sign_in("admin")
    accounts.disable_account(admin, "clerk1", "离岗")
    signed_out.close()
    signed_out.keys_path.write_bytes(old_keys)
    with pytest.raises(AccountDisabled):
        signed_out.sign_in("clerk1")


def test_wrong_passwords_while_the_vault_is_open_elsewhere_are_not_lost(signed_out):
    """Attempts made while another session has the vault open cannot be wiped out by that
    session's next change: the account ends up locked, or the attempts were refused as
    'in use' without any password being checked."""
    admin = signed_out.sign_in("admin")
    results = []
    for _ in range(5):
        try:
            signed_out.sign_in("clerk1", WRONG)
        except Exception as exc:  # noqa: BLE001 - which refusal is what we look at
            results.append(type(exc).__name__)
    assert signed_out.session is admin
    signed_out.add_user("clerk2", Role.CLERK)  # the open session saves the key file
    signed_out.close()
    try:
        signed_out.sign_in("clerk1")
    except AccountLocked:
        pass  # the five failures were kept
    else:
        assert results == ["VaultInUse"] * 5, results
