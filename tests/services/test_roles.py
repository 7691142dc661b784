"""Roles and rights: 三员分立 is enforced when accounts are made, and every right is checked
in the services themselves (a refusal is audited)."""

from __future__ import annotations

from pathlib import Path

import pytest

from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.roles import Role, check_separation, parse_roles
from secdesk.services import accounts, audit_log, maintenance
from secdesk.services import settings as settings_service
from secdesk.services.audit_log import AuditFilter

PW = "New#Account7"


@pytest.mark.parametrize("roles", [
    {Role.ADMIN, Role.AUDITOR},
    {Role.OFFICER, Role.AUDITOR},
    {Role.ADMIN, Role.OFFICER, Role.AUDITOR},
    {Role.ADMIN, Role.OFFICER},
    {Role.ADMIN, Role.CLERK},
    {Role.AUDITOR, Role.CLERK},
])
def test_an_account_cannot_hold_two_of_the_three_or_admin_or_auditor_with_clerk(vault, roles):
    """三员分立: no two of administrator, officer and auditor on one account, nor the
    administrator or the auditor with the clerk; nothing is created when refused."""
    with pytest.raises(InvalidInput, match="三员分立"):
        accounts.add_account(vault.session, "mixed", frozenset(roles), PW)
    assert "mixed" not in {a.name for a in accounts.list_accounts(vault.session)}
    assert vault.session.keyfile.find("mixed") is None


@pytest.mark.parametrize("roles", [
    {Role.OFFICER, Role.CLERK},  # a small unit's clerk who is also the officer
    {Role.ADMIN},
    {Role.AUDITOR},
])
def test_allowed_role_combinations_are_created(vault, roles):
    """Administrator with clerk (a small unit's one-person office) and other allowed sets work."""
    row = accounts.add_account(vault.session, "combo", frozenset(roles), PW)
    assert row.roles == frozenset(roles)


def test_the_separation_rule_names_both_roles():
    """The refusal says which two roles clash, in Chinese."""
    with pytest.raises(InvalidInput) as caught:
        check_separation(frozenset({Role.OFFICER, Role.AUDITOR}))
    assert "安全保密管理员" in caught.value.zh and "安全审计员" in caught.value.zh


def test_an_unknown_role_name_is_refused_with_the_choices():
    """A mistyped role is refused and the message lists the valid ones."""
    with pytest.raises(InvalidInput) as caught:
        parse_roles("admin,boss")
    assert "boss" in caught.value.zh and "auditor" in caught.value.zh
    assert parse_roles(" clerk , officer ") == frozenset({Role.CLERK, Role.OFFICER})
    with pytest.raises(InvalidInput):
        parse_roles(" , ")


@pytest.fixture
def as_role(staffed_vault):
    """``as_role(name)`` signs in that account (signing out whoever was in)."""
    def sign(name: str):
        staffed_vault.close()
        return staffed_vault.sign_in(name)
    return sign


def test_a_clerk_cannot_add_accounts_and_the_refusal_is_audited(as_role, staffed_vault):
    """Only the administrator creates accounts; the clerk's attempt is logged as failed."""
    clerk = as_role("clerk1")
    with pytest.raises(PermissionDenied):
        accounts.add_account(clerk, "intruder", frozenset({Role.ADMIN}), PW)
    auditor = as_role("auditor1")
    assert "intruder" not in {a.name for a in accounts.list_accounts(auditor)}
    refused = audit_log.find_events(auditor, AuditFilter(event="account.create", result="failed"))
    assert [(e.account, e.object) for e in refused] == [("clerk1", "account:intruder")]


@pytest.mark.parametrize("who", ["clerk1", "officer1", "auditor1"])
def test_only_the_administrator_resets_passwords_and_disables_accounts(as_role, who):
    """Officer, clerk and auditor cannot reset a password or disable an account."""
    session = as_role(who)
    with pytest.raises(PermissionDenied):
        accounts.reset_password(session, "admin", "Taken#Over42")
    with pytest.raises(PermissionDenied):
        accounts.disable_account(session, "admin", "夺权")


def test_a_clerk_cannot_list_accounts(as_role):
    """The account list is for the administrator, the officer and the auditor."""
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(as_role("clerk1"))
    assert len(accounts.list_accounts(as_role("officer1"))) == 4


@pytest.mark.parametrize("who", ["admin", "officer1", "clerk1"])
def test_only_the_auditor_reads_and_exports_the_log(as_role, who, tmp_path):
    """Reading or exporting the audit log is refused to everyone but the auditor."""
    session = as_role(who)
    with pytest.raises(PermissionDenied):
        audit_log.find_events(session, AuditFilter())
    with pytest.raises(PermissionDenied):
        audit_log.export_csv(session, AuditFilter(), tmp_path / "log.csv")
    assert not (tmp_path / "log.csv").exists()


def test_the_auditor_reads_and_exports_the_log(as_role, tmp_path):
    """The auditor lists the log and exports it as a CSV that opens in Excel/WPS."""
    auditor = as_role("auditor1")
    listed = audit_log.find_events(auditor, AuditFilter())
    count = audit_log.export_csv(auditor, AuditFilter(), tmp_path / "log.csv")
    text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    assert count == len(listed) and text.startswith("序号,时间,账户")
    assert "新建账户" in text  # events in Chinese


def test_a_clerk_cannot_run_the_integrity_check(as_role):
    """Verification is for the administrator, the officer and the auditor."""
    with pytest.raises(PermissionDenied):
        audit_log.verify(as_role("clerk1"))
    assert audit_log.verify(as_role("auditor1")).ok


@pytest.mark.parametrize("who", ["clerk1", "officer1", "auditor1"])
def test_only_the_administrator_makes_backups(as_role, who, tmp_path):
    """A backup (a full copy of the data) is the administrator's alone."""
    with pytest.raises(PermissionDenied):
        maintenance.backup(as_role(who), tmp_path / "bk")
    assert not Path(tmp_path / "bk").exists()


@pytest.mark.parametrize("who", ["clerk1", "auditor1"])
def test_clerk_and_auditor_cannot_change_any_setting(as_role, who):
    """Neither the clerk nor the auditor changes rule or system settings; refusals are logged."""
    session = as_role(who)
    for key, value in (("idle_lock_minutes", 5), ("unit.name", "别的单位"),
                       ("password.min_length", 8)):
        with pytest.raises(PermissionDenied):
            settings_service.change_setting(session, key, value)
    assert session.settings()["idle_lock_minutes"] == 10
    assert session.settings()["unit.name"] == "测试单位"


def test_the_officer_changes_rule_settings_but_not_the_unit_name(as_role):
    """Rule values belong to the security officer; the unit name to the administrator."""
    officer = as_role("officer1")
    assert settings_service.change_setting(officer, "idle_lock_minutes", 5) == 5
    assert settings_service.change_setting(officer, "password.min_length", 12) == 12
    with pytest.raises(PermissionDenied):
        settings_service.change_setting(officer, "unit.name", "别的单位")


def test_the_administrator_changes_the_unit_name_but_not_rule_settings(as_role):
    """The administrator keeps technical settings, but cannot relax the idle lock."""
    admin = as_role("admin")
    assert settings_service.change_setting(admin, "unit.name", "新单位名称") == "新单位名称"
    with pytest.raises(PermissionDenied):
        settings_service.change_setting(admin, "idle_lock_minutes", 10 - 1)
    with pytest.raises(PermissionDenied):
        settings_service.change_setting(admin, "network.refuse_signin", True)
    assert admin.settings()["idle_lock_minutes"] == 10
