"""The inspection calendar (检查日程): the periods of the monthly self-check (每月自查),
the quarterly inspection (每季度全面检查) and the yearly return (每年清退), and when each
is due. Pure date arithmetic; what closes a period is the service's business."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Duty(StrEnum):
    """A recurring duty of the secrecy room, as 今日提醒 names it."""

    SELF_CHECK = "月度自查"
    QUARTERLY = "季度检查"
    YEARLY_RETURN = "年度清退"


@dataclass(frozen=True)
class Period:
    """One month, quarter or year of a duty: its first and last day and its due day."""

    duty: Duty
    label: str  # "2026年5月" / "2026年第2季度" / "2026年度"
    first: date
    last: date
    due: date

    def holds(self, day: date) -> bool:
        """True if ``day`` falls in the period."""
        return self.first <= day <= self.last


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def month_of(day: date, due_day: int) -> Period:
    """The self-check month of ``day``: due on ``due_day`` (1–31), or on the month's last
    day where the month is shorter."""
    last = _month_end(day.year, day.month)
    return Period(Duty.SELF_CHECK, f"{day.year}年{day.month}月", day.replace(day=1), last,
                  last.replace(day=min(max(due_day, 1), last.day)))


def quarter_of(day: date) -> Period:
    """The quarter of ``day``: due on its last day."""
    quarter = (day.month - 1) // 3 + 1
    last = _month_end(day.year, quarter * 3)
    return Period(Duty.QUARTERLY, f"{day.year}年第{quarter}季度", date(day.year, quarter * 3 - 2, 1), last, last)


def year_of(day: date) -> Period:
    """The year of ``day``: the return is due by 31 December."""
    last = date(day.year, 12, 31)
    return Period(Duty.YEARLY_RETURN, f"{day.year}年度", date(day.year, 1, 1), last, last)


def asked(today: date, make, warn_days: int, since: date) -> list[Period]:
    """The periods of one duty that 今日提醒 asks about today: the previous period, and
    the current one once its due day is ``warn_days`` away or less; none whose due day
    came before ``since`` (the day record keeping began). ``make`` maps a day to its period."""
    current = make(today)
    previous = make(current.first - timedelta(days=1))
    return [p for p in (previous, current) if p.due >= since and (p.due - today).days <= warn_days]
