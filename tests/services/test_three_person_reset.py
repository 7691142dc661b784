"""Two people for the 三员 (issue 16): the administrator alone cannot reset the security
officer's or the auditor's password and then sign in as them; a second 三员 or the
recovery key is needed, and the reset is shown at that account's next sign-in and on the
三员's 今日提醒."""

from __future__ import annotations

import pytest

from secdesk.domain.errors import SignInFailed
from secdesk.domain.lending.rules import Refused
from secdesk.domain.roles import Role
from secdesk.services import accounts, audit_log, reminders
from secdesk.services.audit_log import AuditFilter
from secdesk.services.session import sign_in
from secdesk.storage.keyfile import format_recovery_key

TEMP = "Temp#Reset42"


def test_the_administrator_alone_cannot_reset_the_auditor(staffed_vault):
    v = staffed_vault
    with pytest.raises(Refused) as caught:
        accounts.reset_password(v.session, "auditor1", TEMP)
    assert caught.value.code == "second" and "另一名三员" in caught.value.zh
    v.close()
    with pytest.raises(SignInFailed):
        v.sign_in("auditor1", TEMP)
    assert v.sign_in("auditor1").actor.name == "auditor1"  # the old password still works


def test_with_a_second_person_the_reset_is_made_and_named(staffed_vault):
    v = staffed_vault
    accounts.reset_password(v.session, "auditor1", TEMP, ("officer1", v.passwords["officer1"]))
    v.close()
    auditor = v.sign_in("auditor1", TEMP)
    assert auditor.must_change_password
    assert any("由admin重置" in w and "会同officer1" in w for w in auditor.warnings)
    v.close()
    officer = v.sign_in("officer1")
    (line,) = [r for r in reminders.reset_reminders(officer) if r.name == "auditor1"]
    assert line.urgent and "其后已首次登录" in line.text


def test_a_wrong_second_password_or_a_non_three_person_is_refused(staffed_vault):
    v = staffed_vault
    with pytest.raises(Refused):
        accounts.reset_password(v.session, "officer1", TEMP, ("auditor1", "wrong-Pass#1"))
    with pytest.raises(Refused):
        accounts.reset_password(v.session, "officer1", TEMP, ("clerk1", v.passwords["clerk1"]))
    with pytest.raises(Refused):
        accounts.reset_password(v.session, "officer1", TEMP, ("officer1", v.passwords["officer1"]))


def test_the_recovery_key_may_stand_in_for_the_second_person(staffed_vault):
    v = staffed_vault
    accounts.reset_password(v.session, "officer1", TEMP, recovery_key=format_recovery_key(v.secret))
    v.close()
    officer = sign_in(v.db_path, "officer1", TEMP, kdf=v.kdf)
    assert officer.must_change_password
    officer.close()


def test_a_clerks_password_is_still_reset_by_the_administrator_alone(staffed_vault):
    accounts.reset_password(staffed_vault.session, "clerk1", TEMP)
    staffed_vault.close()
    auditor = staffed_vault.sign_in("auditor1")
    events = audit_log.find_events(auditor, AuditFilter(event="account.reset"))
    assert [e.object for e in events] == ["account:clerk1"]
