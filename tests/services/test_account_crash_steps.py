"""A crash at every step of an account operation (issue 16: reset, disable, add, unlock)
leaves the key file and the
database consistent: a new password works only with its audit event, a disabled account's
slot does not outlive its record, an added account exists on both sides or neither."""

from __future__ import annotations

import pytest

from secdesk.domain.errors import AccountDisabled, AccountLocked, SignInFailed
from secdesk.domain.roles import Role
from secdesk.services import accounts, audit_log, session as session_module
from secdesk.services.audit_log import AuditFilter
from secdesk.storage.keyfile import KeyFile

NEW = "Brand#New42x"


class Killed(BaseException):
    """The process dies here (nothing after this line runs)."""


STEPS = ("before_commit", "after_commit", "after_keyfile")


def crash_at(monkeypatch, step: str) -> None:
    """Make the account change die at ``step``: inside the transaction (before its commit),
    after the commit before the key file is written, or after that before the note is cleared."""
    if step == "before_commit":
        real = session_module.settings_repo.put_secret

        def put(conn, key, value):
            if key == session_module.PENDING_KEYFILE:
                raise Killed
            return real(conn, key, value)
        monkeypatch.setattr(session_module.settings_repo, "put_secret", put)
    elif step == "after_commit":
        monkeypatch.setattr(KeyFile, "save", lambda self, path=None: (_ for _ in ()).throw(Killed()))
    else:
        monkeypatch.setattr(session_module, "clear_pending", lambda vault: (_ for _ in ()).throw(Killed()))


def die(handle) -> None:
    """What a killed process leaves: an open file and lock, no clean-up."""
    handle.session.vault.conn.close()
    handle.session.vault._lock.release()
    handle.session = None


def events(handle, event: str) -> list:
    auditor = handle.sign_in("auditor1")
    try:
        return audit_log.find_events(auditor, AuditFilter(event=event))
    finally:
        handle.close()


@pytest.mark.parametrize("step", STEPS)
def test_a_reset_cut_short_anywhere_is_whole_or_absent(staffed_vault, monkeypatch, step):
    v = staffed_vault
    crash_at(monkeypatch, step)
    with pytest.raises(Killed):
        accounts.reset_password(v.session, "clerk1", NEW)
    die(v)
    monkeypatch.undo()
    v.sign_in("admin").close()  # the next sign-in completes what was committed
    audited = bool(events(v, "account.reset"))
    assert audited is (step != "before_commit")
    with pytest.raises(SignInFailed):
        v.sign_in("clerk1", USER_OLD if audited else NEW)
    assert v.sign_in("clerk1", NEW if audited else USER_OLD).actor.name == "clerk1"
    v.close()


USER_OLD = "Wq7#rT2kLmZ"


@pytest.mark.parametrize("step", STEPS)
def test_a_disable_cut_short_anywhere_is_whole_or_absent(staffed_vault, monkeypatch, step):
    v = staffed_vault
    crash_at(monkeypatch, step)
    with pytest.raises(Killed):
        accounts.disable_account(v.session, "clerk1", "调离")
    die(v)
    monkeypatch.undo()
    v.sign_in("admin").close()
    disabled = bool(events(v, "account.disable"))
    assert disabled is (step != "before_commit")
    if disabled:
        with pytest.raises((AccountDisabled, SignInFailed)):
            v.sign_in("clerk1")
    else:
        v.sign_in("clerk1").close()


@pytest.mark.parametrize("step", STEPS)
def test_an_add_cut_short_anywhere_is_whole_or_absent(staffed_vault, monkeypatch, step):
    v = staffed_vault
    crash_at(monkeypatch, step)
    with pytest.raises(Killed):
        accounts.add_account(v.session, "newbie", frozenset({Role.CLERK}), NEW)
    die(v)
    monkeypatch.undo()
    v.sign_in("admin").close()
    created = bool(events(v, "account.create") and
                   [e for e in events(v, "account.create") if e.object == "account:newbie"])
    assert created is (step != "before_commit")
    if created:
        session = v.sign_in("newbie", NEW)
        assert session.must_change_password
        v.close()
    else:
        with pytest.raises(SignInFailed):
            v.sign_in("newbie", NEW)


def lock_out(handle, name: str) -> None:
    """Five wrong passwords in a row: the account is locked."""
    handle.close()
    for _ in range(5):
        with pytest.raises(SignInFailed):
            handle.sign_in(name, "Wrong#Guess99")
    with pytest.raises(AccountLocked):
        handle.sign_in(name)


@pytest.mark.parametrize("step", STEPS)
def test_an_unlock_cut_short_anywhere_is_whole_or_absent(staffed_vault, monkeypatch, step):
    v = staffed_vault
    lock_out(v, "clerk1")
    v.sign_in("admin")
    crash_at(monkeypatch, step)
    with pytest.raises(Killed):
        accounts.unlock_account(v.session, "clerk1")
    die(v)
    monkeypatch.undo()
    v.sign_in("admin").close()
    unlocked = bool(events(v, "account.unlock"))
    assert unlocked is (step != "before_commit")
    if unlocked:
        assert v.sign_in("clerk1").actor.name == "clerk1"
        v.close()
    else:
        with pytest.raises(AccountLocked):
            v.sign_in("clerk1")
