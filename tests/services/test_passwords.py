"""Password policy (口令策略): default 10 characters of 3 classes, never containing the
account name; the officer can make it stricter; every way of setting a password obeys it."""

from __future__ import annotations

import pytest

from secdesk.domain.errors import InvalidInput, SignInFailed
from secdesk.domain.passwords import PasswordPolicy, count_classes
from secdesk.domain.roles import Role
from secdesk.services import accounts, audit_log, setup
from secdesk.services import settings as settings_service
from secdesk.services.audit_log import AuditFilter
from secdesk.storage.keyfile import format_recovery_key


@pytest.mark.parametrize("password, problem", [
    ("Ab1#efgh", "至少需要10个字符"),  # 8 characters
    ("Abcdefg#1", "至少需要10个字符"),  # 9
    ("abcdefghijkl", "至少3类"),  # one class
    ("abcdefgh1234", "至少3类"),  # two classes
    ("ABCD-EFGH-IJ", "至少3类"),  # two classes
])
def test_the_default_policy_refuses_short_or_simple_passwords(password, problem):
    """Fewer than 10 characters, or fewer than 3 character classes, is refused with the reason."""
    with pytest.raises(InvalidInput) as caught:
        PasswordPolicy().check(password)
    assert problem in caught.value.zh and caught.value.field == "口令"


@pytest.mark.parametrize("password", ["Abcdefgh12", "abcdefgh1#", "ABCDEFGH1#", "密级Abc#2026年"])
def test_the_default_policy_accepts_ten_characters_of_three_classes(password):
    """Ten characters from three of lower, upper, digits and symbols are enough."""
    PasswordPolicy().check(password)


def test_count_classes_counts_lower_upper_digits_and_symbols():
    """Each of the four classes counts once, however often it occurs."""
    samples = ("aaa", "aA", "aA1", "aA1#", "####", "")
    assert [count_classes(p) for p in samples] == [1, 2, 3, 4, 1, 0]


@pytest.mark.parametrize("password", ["WangLi#2026", "x-wangli-99X", "2026#WANGLI!"])
def test_a_password_containing_the_account_name_is_refused(password):
    """The account name inside the password (any case) is refused."""
    with pytest.raises(InvalidInput, match="账户名"):
        PasswordPolicy().check(password, "wangli")


def test_set_up_refuses_a_weak_administrator_password(tmp_path, kdf):
    """The first administrator password follows the policy too; nothing is created."""
    with pytest.raises(InvalidInput, match="口令"):
        setup.initialise(tmp_path / "x.db", "测试单位", "BMS", "admin", "short1A#", kdf=kdf)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def officer_tightens(staffed_vault):
    """The officer raised the minimum to 14 characters and 4 classes; admin signed in."""
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    settings_service.change_setting(officer, "password.min_length", 14)
    settings_service.change_setting(officer, "password.min_classes", 4)
    staffed_vault.close()
    staffed_vault.sign_in("admin")
    return staffed_vault


def test_a_stricter_policy_applies_to_new_accounts(officer_tightens):
    """After the officer raises the bar, a password that was fine is refused."""
    admin = officer_tightens.session
    with pytest.raises(InvalidInput, match="14"):
        accounts.add_account(admin, "clerk2", frozenset({Role.CLERK}), "Abcdefgh#123")
    with pytest.raises(InvalidInput, match="至少4类"):
        accounts.add_account(admin, "clerk2", frozenset({Role.CLERK}), "abcdefghij#1234")
    accounts.add_account(admin, "clerk2", frozenset({Role.CLERK}), "Abcdefghij#1234")


def test_a_stricter_policy_applies_to_resets_and_own_changes(officer_tightens):
    """Resetting someone's password and changing one's own obey the configured policy."""
    admin = officer_tightens.session
    with pytest.raises(InvalidInput):
        accounts.reset_password(admin, "clerk1", "Abcdefgh#123")
    with pytest.raises(InvalidInput):
        accounts.change_own_password(admin, officer_tightens.password, "Abcdefgh#123")


def test_a_stricter_policy_applies_to_recovery(officer_tightens):
    """The password set with the recovery key obeys the configured policy too."""
    officer_tightens.close()
    with pytest.raises(InvalidInput):
        setup.recover(officer_tightens.db_path, format_recovery_key(officer_tightens.secret),
                      "admin", "Abcdefgh#123", kdf=officer_tightens.kdf)
    officer_tightens.sign_in("admin")  # the old password still works


def test_changing_ones_own_password(staffed_vault):
    """The old password is asked again; afterwards only the new one works."""
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    old = staffed_vault.passwords["clerk1"]
    with pytest.raises(InvalidInput, match="相同"):
        accounts.change_own_password(clerk, old, old)
    accounts.change_own_password(clerk, old, "Changed#Pass8")
    staffed_vault.close()
    with pytest.raises(SignInFailed):
        staffed_vault.sign_in("clerk1", old)
    staffed_vault.sign_in("clerk1", "Changed#Pass8")


def test_a_wrong_old_password_is_refused_and_audited(staffed_vault):
    """Changing a password with a wrong current one fails and is logged as failed."""
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    with pytest.raises(SignInFailed):
        accounts.change_own_password(clerk, "Not#MyPass1", "Changed#Pass8")
    staffed_vault.close()
    auditor = staffed_vault.sign_in("auditor1")
    failed = audit_log.find_events(auditor, AuditFilter(event="account.passwd", result="failed"))
    assert [e.account for e in failed] == ["clerk1"]
    staffed_vault.close()
    staffed_vault.sign_in("clerk1")  # unchanged


def test_a_new_account_and_a_reset_password_must_be_changed_at_first_sign_in(vault):
    """Initial and reset passwords are temporary: the session says a change is due."""
    vault.add_user("clerk2", Role.CLERK, ready=False)
    vault.close()
    clerk = vault.sign_in("clerk2")
    assert clerk.must_change_password
    accounts.change_own_password(clerk, vault.passwords["clerk2"], "Own#Choice42")
    assert not clerk.must_change_password
    vault.close()
    assert not vault.sign_in("clerk2", "Own#Choice42").must_change_password
    vault.close()
    admin = vault.sign_in("admin")
    accounts.reset_password(admin, "clerk2", "Temp#Reset42")
    vault.close()
    assert vault.sign_in("clerk2", "Temp#Reset42").must_change_password
