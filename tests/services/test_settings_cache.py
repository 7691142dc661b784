"""The session keeps the settings it read (the station reads them at every scan) and
reads them again once one is stored: a setting changed mid-session takes effect at the
next scan; a change rolled back never does."""

from __future__ import annotations

import pytest

from secdesk.services import scan
from secdesk.services.lending import Approval
from secdesk.services.scan import Action
from secdesk.storage import settings_repo
from tests.lending_world import build_world

PAPER_CHECK = "lending.count_check.纸介质"


@pytest.fixture
def world(staffed_vault):
    return build_world(staffed_vault)


def _lent(world) -> str:
    number = world.number("confidential")  # paper: its return asks for the count check
    badge = world.badge("general")
    borrower = scan.scan(world.clerk, badge, None).borrower
    result = scan.scan(world.clerk, number, borrower, Approval(world.badge("head"), "审批-001"))
    assert result.action is Action.LEND
    return number


def test_a_setting_changed_mid_session_takes_effect_at_the_next_scan(world):
    clerk = world.clerk
    number = _lent(world)
    assert scan.scan(clerk, number, None).action is Action.NEEDS_COUNT  # the settings are now kept
    with clerk.vault.transaction() as conn:
        settings_repo.put(conn, PAPER_CHECK, False)
    back = scan.scan(clerk, number, None)
    assert back.action is Action.RETURN and back.loan.whole is None


def test_a_change_rolled_back_is_never_seen(world):
    clerk = world.clerk
    assert clerk.settings()[PAPER_CHECK] is True
    with pytest.raises(RuntimeError), clerk.vault.transaction() as conn:
        settings_repo.put(conn, PAPER_CHECK, False)
        assert clerk.settings()[PAPER_CHECK] is False  # the transaction sees its own change
        raise RuntimeError("rolled back")
    assert clerk.settings()[PAPER_CHECK] is True
    assert scan.scan(clerk, _lent(world), None).action is Action.NEEDS_COUNT


def test_the_settings_handed_out_are_copies(world):
    clerk = world.clerk
    clerk.settings()[PAPER_CHECK] = False
    assert clerk.settings()[PAPER_CHECK] is True
