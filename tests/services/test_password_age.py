"""Periodic password change (口令定期更换, issue 15): a password older than the officer's
period (default 90 days, 0 = off) is expired at sign-in; 今日提醒 tells the account how
many days are left in the last week; a change starts the period again."""

from __future__ import annotations

from datetime import timedelta

from secdesk.domain import clock
from secdesk.services import accounts, reminders, settings
from secdesk.storage import accounts as account_rows
from tests.conftest import USER_PASSWORD

NEW_PASSWORD = "Nw8#pQ3vXcY"


def set_age(handle, name: str, days: int) -> None:
    """Date the account's password ``days`` back (through the open session's vault)."""
    session = handle.session
    row = account_rows.by_name(session.vault.conn, name)
    with session.vault.transaction() as conn:
        account_rows.update(conn, row.id, password_changed_at=(clock.now() - timedelta(days=days)).isoformat())


def password_lines(session) -> list[reminders.Reminder]:
    return [r for r in reminders.today_reminders(session) if r.kind == "口令"]


def test_a_password_older_than_the_period_is_expired_at_sign_in_until_it_is_changed(staffed_vault):
    assert staffed_vault.session.settings()["password.max_age_days"] == 90
    set_age(staffed_vault, "clerk1", 91)
    set_age(staffed_vault, "officer1", 90)  # exactly 90 days: still valid today
    staffed_vault.close()
    assert not staffed_vault.sign_in("officer1").password_expired
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    assert clerk.password_expired
    accounts.change_own_password(clerk, USER_PASSWORD, NEW_PASSWORD)
    assert not clerk.password_expired and password_lines(clerk) == []
    staffed_vault.close()
    assert not staffed_vault.sign_in("clerk1", NEW_PASSWORD).password_expired


def test_zero_days_switches_the_periodic_change_off(staffed_vault):
    set_age(staffed_vault, "clerk1", 400)
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    settings.change_setting(officer, "password.max_age_days", 0)
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    assert not clerk.password_expired and password_lines(clerk) == []


def test_the_last_week_shows_on_the_accounts_own_reminders(staffed_vault):
    set_age(staffed_vault, "clerk1", 85)
    set_age(staffed_vault, "officer1", 80)  # ten days left: not yet
    set_age(staffed_vault, "admin", 88)
    staffed_vault.close()
    (line,) = password_lines(staffed_vault.sign_in("clerk1"))
    assert "还剩5天" in line.text and line.due == clock.now().date() + timedelta(days=5) and not line.urgent
    staffed_vault.close()
    assert password_lines(staffed_vault.sign_in("officer1")) == []
    staffed_vault.close()
    (line,) = password_lines(staffed_vault.sign_in("admin"))  # the administrator reads no register
    assert "还剩2天" in line.text
