"""Missing carriers and incidents (issue 7): the 10/60-day clock and its edges, the incident
opened past the deadline with its report prepared, found again back to the state it had,
and an open incident blocking the carrier."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import State
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.inventory.deadlines import close_due, days_left, is_incident, report_due, search_deadline
from secdesk.domain.lending.rules import Refused
from secdesk.services import carriers, destruction, lending, missing
from secdesk.services.destruction import BatchDraft
from secdesk.services.lending import Approval
from tests.lending_world import build_world


@pytest.mark.parametrize("level, days", [(Level.TOP_SECRET, 10), (Level.SECRET, 60), (Level.CONFIDENTIAL, 60)])
def test_the_search_deadline_is_10_or_60_days_and_the_last_day_still_counts(level, days):
    since = date(2026, 11, 1)
    deadline = search_deadline(level, since)
    assert deadline == since + timedelta(days=days)
    assert days_left(deadline, deadline) == 0 and not is_incident(deadline, deadline)
    assert is_incident(deadline, deadline + timedelta(days=1))
    assert days_left(deadline, since) == days


def test_an_internal_carrier_has_no_statutory_clock():
    assert search_deadline(Level.INTERNAL, date(2026, 11, 1)) is None
    assert not is_incident(None, date(2099, 1, 1))


def test_the_report_is_due_in_24_hours_and_the_closing_in_3_months_even_at_a_month_end():
    opened = datetime(2026, 11, 30, 9, 30)
    assert report_due(opened) == datetime(2026, 12, 1, 9, 30)
    assert close_due(date(2026, 11, 30)) == date(2027, 2, 28)
    assert close_due(date(2027, 12, 31)) == date(2028, 3, 31)


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


def at(day: date):
    return clock.replaced(lambda: datetime(day.year, day.month, day.day, 9, 0).astimezone())


def test_a_top_secret_carrier_becomes_an_incident_on_the_eleventh_day(world):
    number, today = world.number("top"), clock.now().date()
    record = missing.mark_missing(world.clerk, number, place="保密室A柜", finder="王保密", note="月度自查未见")
    assert record.deadline == today + timedelta(days=10)
    assert carriers.find(world.clerk, number).state is State.MISSING
    with at(today + timedelta(days=10)):
        assert missing.escalate_due(world.clerk) == []
    with at(today + timedelta(days=11)):
        (incident,) = missing.escalate_due(world.clerk)
        assert missing.escalate_due(world.clerk) == []  # opened once
    assert incident.number.startswith("SJ-") and incident.carrier_number == number
    passed = datetime.fromisoformat(incident.report_due) - timedelta(hours=24)
    assert passed.date() == record.deadline + timedelta(days=1) and passed.time() == time(0, 0)
    assert incident.close_due == close_due(passed.date())  # both clocks run from the deadline
    carrier = carriers.find(world.clerk, number)
    assert number in incident.course and carrier.marking in incident.course and "保密室A柜" in incident.course
    assert "查找期限届满仍未找到" in incident.search_done


def test_found_again_it_goes_back_to_the_state_it_had_and_a_loan_stays_open(world):
    lent = world.number("confidential")
    lending.lend(world.clerk, lent, world.badge("general"), Approval(world.badge("head"), "审批-1"))
    missing.mark_missing(world.clerk, lent, note="借阅人称遗失")
    with pytest.raises(InvalidInput, match="找回"):
        missing.found(world.clerk, lent, "")
    missing.found(world.clerk, lent, "借阅人在办公室抽屉中找到")
    assert carriers.find(world.clerk, lent).state is State.LENT
    in_room = world.number("confidential2")
    missing.mark_missing(world.clerk, in_room)
    back = missing.found(world.clerk, in_room, "夹在其他卷宗中")
    assert back.found_at and carriers.find(world.clerk, in_room).state is State.IN_ROOM
    with pytest.raises(Refused):
        missing.found(world.clerk, in_room, "again")


def test_a_carrier_under_an_open_incident_cannot_be_destroyed_until_the_officer_closes_it(world):
    number, today = world.number("top"), clock.now().date()
    missing.mark_missing(world.clerk, number)
    with at(today + timedelta(days=11)):
        (incident,) = missing.escalate_due(world.clerk)
    missing.found(world.clerk, number, "在机要柜底层找到")
    assert "载体已找回" in missing.get_incident(world.clerk, incident.number).notes
    with pytest.raises(Refused, match=incident.number):
        lending.lend(world.clerk, number, world.badge("core"), Approval(world.badge("head"), "审批-2"))
    batch = destruction.create(world.clerk, BatchDraft())
    _, refused = destruction.add(world.clerk, batch.number, [number])
    assert incident.number in refused[0][1]
    with pytest.raises(PermissionDenied):
        missing.close_incident(world.clerk, incident.number, "查明系误放")
    world.handle.close()
    officer = world.handle.sign_in("officer1")
    missing.record_report(officer, incident.number)
    closed = missing.close_incident(officer, incident.number, "经查系误放，未造成泄密")
    assert closed.closed_at and closed.reported_at
    with pytest.raises(InvalidInput, match="已结案"):
        missing.update_incident(officer, incident.number, "x", "y", "z")
    world.handle.close()
    clerk = world.handle.sign_in("clerk1")
    added, refused = destruction.add(clerk, batch.number, [number])
    assert [c.number for c in added] == [number] and refused == []


def test_only_a_carrier_in_an_open_state_can_go_missing_and_not_in_the_future(world):
    number = world.number("internal")
    with pytest.raises(InvalidInput, match="晚于今天"):
        missing.mark_missing(world.clerk, number, since=clock.now().date() + timedelta(days=1))
    record = missing.mark_missing(world.clerk, number)
    assert record.deadline is None  # 内部: no statutory clock
    with pytest.raises(InvalidInput, match="下落不明"):
        missing.mark_missing(world.clerk, number)
