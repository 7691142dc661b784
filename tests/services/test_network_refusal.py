"""The machine rule 涉密计算机不得联网 at sign-in."""

from __future__ import annotations

import pytest

from secdesk.domain.errors import SignInFailed
from secdesk.domain.roles import Role
from secdesk.services import audit_log, settings
from secdesk.services.audit_log import AuditFilter
from secdesk.services.session import sign_in


def test_sign_in_goes_ahead_with_network_up_by_default(vault):
    """By default an interface that is up only warns (the window shows it in red)."""
    vault.close()
    session = sign_in(vault.db_path, "admin", vault.password, network_up=["eth0"])
    assert session.actor.name == "admin"
    session.close()


def test_refuse_setting_blocks_sign_in_while_networked_and_audits_it(vault):
    """With 联网时拒绝登录 on, sign-in is refused while an interface is up, and logged."""
    vault.add_user("officer1", Role.OFFICER)
    vault.add_user("auditor1", Role.AUDITOR)
    vault.close()
    officer = vault.sign_in("officer1")
    settings.change_setting(officer, "network.refuse_signin", True)
    officer.close()
    with pytest.raises(SignInFailed) as refused:
        sign_in(vault.db_path, "officer1", vault.passwords["officer1"], network_up=["eth0"])
    assert "涉密计算机不得联网" in str(refused.value)
    auditor = vault.sign_in("auditor1")
    failed = audit_log.find_events(auditor, AuditFilter(event="signin", result="failed"))
    assert any("联网" in e.detail and e.account == "officer1" for e in failed)
