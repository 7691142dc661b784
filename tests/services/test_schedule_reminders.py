"""The inspection calendar on 今日提醒 (issue 15): the monthly self-check (每月自查), the
quarterly inspection (每季度全面检查) and the yearly return (每年清退) are due within a week
or late until the record that closes them is made; the officer's settings move or
switch them off."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, time

import pytest

from secdesk.domain import clock
from secdesk.domain.errors import InvalidInput
from secdesk.domain.lifecycle.rules import TransferKind
from secdesk.services import carriers, inspections, reminders, settings, transfers
from secdesk.services.inspections import InspectionDraft, Kind
from secdesk.services.transfers import TransferRequest
from tests.lending_world import BASE, build_world

YEAR = clock.now().year + 1  # after the test vault was set up: every period counts


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


@contextmanager
def on(day: date):
    """The services see ``day``, ten in the morning."""
    moment = datetime.combine(day, time(10)).astimezone()
    with clock.replaced(lambda: moment):
        yield


def lines(session, kind: str, label: str) -> list[reminders.Reminder]:
    """Today's reminders of ``kind`` whose text names ``label``."""
    return [r for r in reminders.today_reminders(session) if r.kind == kind and label in r.text]


def inspect(session, day: date, kind: Kind) -> None:
    inspections.record(session, InspectionDraft(day, kind, "王保密、李主任", "保密室"))


def as_role(world, name):
    world.handle.close()
    world.clerk = world.handle.sign_in(name)
    return world.clerk


def test_the_monthly_self_check_shows_in_the_last_week_and_a_self_check_in_the_month_closes_it(world):
    with on(date(YEAR, 5, 23)):
        assert lines(world.clerk, "月度自查", f"{YEAR}年5月") == []  # eight days left: not yet
    with on(date(YEAR, 5, 26)):
        (line,) = lines(world.clerk, "月度自查", f"{YEAR}年5月")
        assert not line.urgent and line.due == date(YEAR, 5, 31) and "还剩5天" in line.text
        inspect(world.clerk, date(YEAR, 4, 30), Kind.SELF)  # April's does not count for May
        assert len(lines(world.clerk, "月度自查", f"{YEAR}年5月")) == 1
        inspect(world.clerk, date(YEAR, 5, 20), Kind.SELF)
        assert lines(world.clerk, "月度自查", f"{YEAR}年5月") == []


def test_a_month_without_a_self_check_stays_red_until_one_is_recorded_for_it(world):
    with on(date(YEAR, 6, 3)):
        (late,) = lines(world.clerk, "月度自查", f"{YEAR}年5月")
        assert late.urgent and "已逾期" in late.text
        inspect(world.clerk, date(YEAR, 6, 1), Kind.QUARTERLY)  # not a self-check, not in May
        assert len(lines(world.clerk, "月度自查", f"{YEAR}年5月")) == 1
        inspect(world.clerk, date(YEAR, 5, 29), Kind.SELF)  # recorded late, dated in May
        assert lines(world.clerk, "月度自查", f"{YEAR}年5月") == []


def test_the_quarterly_inspection_is_closed_by_an_inspection_of_kind_quarterly(world):
    with on(date(YEAR, 6, 25)):
        (line,) = lines(world.clerk, "季度检查", f"{YEAR}年第2季度")
        assert not line.urgent and line.due == date(YEAR, 6, 30) and "还剩5天" in line.text
        inspect(world.clerk, date(YEAR, 6, 24), Kind.SELF)
        assert len(lines(world.clerk, "季度检查", f"{YEAR}年第2季度")) == 1
    with on(date(YEAR, 7, 2)):
        (late,) = lines(world.clerk, "季度检查", f"{YEAR}年第2季度")
        assert late.urgent and "已逾期" in late.text
        inspect(world.clerk, date(YEAR, 6, 28), Kind.QUARTERLY)
        assert lines(world.clerk, "季度检查", f"{YEAR}年第2季度") == []


def test_the_yearly_return_is_closed_by_a_return_in_the_year_or_by_the_yearly_inspection(world):
    with on(date(YEAR, 12, 28)):
        (line,) = lines(world.clerk, "年度清退", f"{YEAR}年度")
        assert not line.urgent and line.due == date(YEAR, 12, 31) and "还剩3天" in line.text
        (received,) = carriers.register(world.clerk, replace(BASE, title="上级来文", origin_unit="省保密局"))
        transfers.transfer(world.clerk, TransferRequest(TransferKind.TRANSFER, (world.number("internal"),),
                                                        "市档案馆", "刘接收", "王保密"))
        assert len(lines(world.clerk, "年度清退", f"{YEAR}年度")) == 1  # a 移交 is not a 清退
        transfers.transfer(world.clerk, TransferRequest(TransferKind.RETURN, (received.number,),
                                                        "省保密局", "刘接收", "王保密"))
        assert lines(world.clerk, "年度清退", f"{YEAR}年度") == []
    with on(date(YEAR + 2, 1, 5)):  # nothing returned in YEAR + 1: late, until the yearly inspection
        (late,) = lines(world.clerk, "年度清退", f"{YEAR + 1}年度")
        assert late.urgent and "已逾期" in late.text
        inspect(world.clerk, date(YEAR + 1, 12, 30), Kind.YEARLY)
        assert lines(world.clerk, "年度清退", f"{YEAR + 1}年度") == []


def test_the_officer_sets_the_self_check_day_and_switches_the_others_off(world):
    officer = as_role(world, "officer1")
    assert officer.settings()["schedule.self_check_day"] == 31
    with pytest.raises(InvalidInput):
        settings.change_setting(officer, "schedule.self_check_day", 32)
    settings.change_setting(officer, "schedule.self_check_day", 20)
    settings.change_setting(officer, "schedule.quarterly", False)
    settings.change_setting(officer, "schedule.yearly_return", False)
    clerk = as_role(world, "clerk1")
    with on(date(YEAR, 5, 15)):
        (line,) = lines(clerk, "月度自查", f"{YEAR}年5月")
        assert line.due == date(YEAR, 5, 20) and "还剩5天" in line.text
    with on(date(YEAR, 5, 22)):
        (late,) = lines(clerk, "月度自查", f"{YEAR}年5月")
        assert late.urgent and "已逾期" in late.text
    with on(date(YEAR, 12, 28)):
        assert lines(clerk, "季度检查", "") == [] and lines(clerk, "年度清退", "") == []
    officer = as_role(world, "officer1")
    settings.change_setting(officer, "schedule.self_check_day", 0)
    with on(date(YEAR, 5, 22)):
        assert lines(officer, "月度自查", "") == []


def test_periods_that_ended_before_the_vault_was_set_up_are_not_asked_for(world):
    late = [r for r in reminders.today_reminders(world.clerk)
            if r.kind in ("月度自查", "季度检查", "年度清退") and r.urgent]
    assert late == []  # last month and last quarter ended before today's set-up
