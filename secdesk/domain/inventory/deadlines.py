"""The lost-carrier clock (seed 003, 国家保密局各项工作流程, notes 1–2).

A carrier not found within 10 days (绝密) or 60 days (机密, 秘密) of the day it was found
missing is handled as a leak (泄密事件): reported within 24 hours, the investigation
closed within 3 months. "Within N days" counts the day of discovery as day 0: a 绝密
carrier missing since 1 November may still be found on 11 November; from 12 November it
is an incident. 内部 is a work secret, not a state secret: it has no statutory clock.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.terms import add_months

SEARCH_DAYS = {Level.TOP_SECRET: 10, Level.SECRET: 60, Level.CONFIDENTIAL: 60}
REPORT_HOURS = 24
CLOSE_MONTHS = 3


def search_deadline(level: Level, since: date) -> date | None:
    """The last day the carrier may still be found before it is an incident (None for 内部)."""
    days = SEARCH_DAYS.get(level)
    return since + timedelta(days=days) if days is not None else None


def days_left(deadline: date, today: date) -> int:
    """Days until the deadline: 0 on the day itself, negative once past."""
    return (deadline - today).days


def is_incident(deadline: date | None, today: date) -> bool:
    """True once the deadline has passed without the carrier being found."""
    return deadline is not None and today > deadline


def deadline_passed(deadline: date, tz=None) -> datetime:
    """The moment the search deadline passed: the start of the day after its last day.
    The incident's clocks (the 24-hour report, the 3-month closing) run from here, not
    from whenever the program noticed."""
    return datetime.combine(deadline + timedelta(days=1), time.min, tzinfo=tz)


def report_due(opened: datetime) -> datetime:
    """When the 24-hour report of an incident is due."""
    return opened + timedelta(hours=REPORT_HOURS)


def close_due(opened: date) -> date:
    """When the investigation of an incident must be closed (3 months)."""
    return add_months(opened, CLOSE_MONTHS)
