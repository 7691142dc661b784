"""Settings (设置): defaults from DOMAIN.md, bounds checked, each change audited with its
before and after value."""

from __future__ import annotations

import json

import pytest

from secdesk.domain.errors import InvalidInput, SignInFailed
from secdesk.services import audit_log
from secdesk.services import settings as settings_service
from secdesk.services.audit_log import AuditFilter
from secdesk.services.session import sign_in
from secdesk.domain.settings import SPECS, with_defaults


def test_the_defaults_are_the_rules_defaults():
    """Idle lock 10 minutes, passwords of 10 characters and 3 classes, network only warned."""
    values = with_defaults({})
    assert values["idle_lock_minutes"] == 10
    assert values["password.min_length"] == 10
    assert values["password.min_classes"] == 3
    assert values["network.refuse_signin"] is False


def test_a_new_vault_holds_its_unit_name_and_code(vault):
    """Set-up stores the unit name and code; everything else starts at its default."""
    values = vault.session.settings()
    assert values["unit.name"] == "测试单位" and values["unit.code"] == "BMS"
    assert values["idle_lock_minutes"] == 10


@pytest.fixture
def officer(staffed_vault):
    """The security officer, signed in."""
    staffed_vault.close()
    return staffed_vault.sign_in("officer1")


@pytest.mark.parametrize("value", [1, 10, "7"])
def test_the_idle_lock_accepts_one_to_ten_minutes(officer, value):
    """Any whole number of minutes from 1 to 10 is accepted and stored as a number."""
    assert settings_service.change_setting(officer, "idle_lock_minutes", value) == int(value)
    assert officer.settings()["idle_lock_minutes"] == int(value)


@pytest.mark.parametrize("value", [0, 11, 60, -1, "十", "", None])
def test_the_idle_lock_refuses_values_outside_one_to_ten(officer, value):
    """The idle lock can never be switched off or set longer than the rules allow."""
    with pytest.raises(InvalidInput) as caught:
        settings_service.change_setting(officer, "idle_lock_minutes", value)
    assert caught.value.field == "无操作锁屏（分钟）"
    assert officer.settings()["idle_lock_minutes"] == 10


@pytest.mark.parametrize("key, bad", [
    ("password.min_length", 7), ("password.min_length", 65),
    ("password.min_classes", 0), ("password.min_classes", 5),
    ("network.refuse_signin", "yes"),
])
def test_rule_settings_have_bounds(officer, key, bad):
    """Password rules cannot go below 8 characters or outside 1–4 classes; a switch is a switch."""
    before = officer.settings()[key]
    with pytest.raises(InvalidInput):
        settings_service.change_setting(officer, key, bad)
    assert officer.settings()[key] == before


def test_an_unknown_setting_is_refused(officer):
    """A key the program does not know is refused by name."""
    with pytest.raises(InvalidInput, match="no_such"):
        settings_service.change_setting(officer, "no_such", 1)


def test_an_empty_unit_name_is_refused(staffed_vault):
    """The unit name printed on every form cannot be blanked."""
    with pytest.raises(InvalidInput, match="单位名称"):
        settings_service.change_setting(staffed_vault.session, "unit.name", "   ")


def test_a_change_is_audited_with_before_and_after(officer, staffed_vault):
    """The log shows who changed which setting from what to what."""
    settings_service.change_setting(officer, "idle_lock_minutes", 3)
    settings_service.change_setting(officer, "idle_lock_minutes", 3)  # no change, no event
    staffed_vault.close()
    auditor = staffed_vault.sign_in("auditor1")
    changes = audit_log.find_events(auditor, AuditFilter(event="settings.change"))
    assert [(e.account, e.object, json.loads(e.before), json.loads(e.after)) for e in changes] == [
        ("officer1", "setting:idle_lock_minutes", {"idle_lock_minutes": 10},
         {"idle_lock_minutes": 3})]


def test_a_setting_survives_sign_out(officer, staffed_vault):
    """A stored setting is there at the next sign-in."""
    settings_service.change_setting(officer, "idle_lock_minutes", 4)
    staffed_vault.close()
    assert staffed_vault.sign_in("clerk1").settings()["idle_lock_minutes"] == 4


def _sign_in_networked(vault, name: str):
    return sign_in(vault.db_path, name, vault.passwords[name], kdf=vault.kdf,
                   network_up=["eth0"])


def test_by_default_a_networked_pc_still_signs_in(staffed_vault):
    """With the switch off (default) an up interface only warns: sign-in works."""
    staffed_vault.close()
    session = _sign_in_networked(staffed_vault, "clerk1")
    assert session.actor.name == "clerk1"
    session.close()


def test_with_network_refusal_on_a_networked_pc_cannot_sign_in(officer, staffed_vault):
    """With 联网时拒绝登录 on, an up network interface refuses sign-in, and that is logged."""
    settings_service.change_setting(officer, "network.refuse_signin", True)
    staffed_vault.close()
    with pytest.raises(SignInFailed, match="不得联网"):
        _sign_in_networked(staffed_vault, "clerk1")
    auditor = staffed_vault.sign_in("auditor1")
    refused = audit_log.find_events(auditor, AuditFilter(event="signin", result="failed"))
    assert [(e.account, e.detail) for e in refused] == [("clerk1", "计算机已联网，拒绝登录：eth0")]


def test_every_setting_has_an_owner_and_a_chinese_label():
    """Each setting names who may change it and how it is shown."""
    for spec in SPECS.values():
        assert spec.label_zh and spec.permission.value in ("system_settings", "rule_settings")
