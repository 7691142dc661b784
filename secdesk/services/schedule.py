"""The inspection calendar (检查日程) as 今日提醒 shows it: the monthly self-check, the
quarterly inspection and the yearly return, due within ``schedule.warn_days`` (default 7)
or late, until the record that closes them is made.

- 每月自查: due by ``schedule.self_check_day`` of each month (default 31: the month's last
  day; 0: not tracked); closed by an inspection of kind 自查 held in that month.
- 每季度全面检查: due by the quarter's last day (``schedule.quarterly``, default on);
  closed by an inspection of kind 季度 held in that quarter.
- 每年清退: due by 31 December (``schedule.yearly_return``, default on); closed by a 清退
  recorded in that year, or by an inspection of kind 年度 held in it (the year's check
  of what is held, where nothing was to go back: 经请示不需清退的).

The previous period stays late until closed (an inspection may be recorded afterwards
with the day it was held); periods due before the vault was set up are not asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from secdesk.domain import clock
from secdesk.domain.inventory.schedule import Duty, Period, asked, month_of, quarter_of, year_of
from secdesk.domain.roles import Permission
from secdesk.services.session import Session
from secdesk.storage import accounts
from secdesk.storage import inspections as inspection_rows
from secdesk.storage import movements

CLOSING_KINDS = {Duty.SELF_CHECK: ("自查",), Duty.QUARTERLY: ("季度",), Duty.YEARLY_RETURN: ("年度",)}


@dataclass(frozen=True)
class OpenDuty:
    """A period not yet closed, with the days left to its due day (negative: late)."""

    period: Period
    days_left: int

    @property
    def late(self) -> bool:
        """The due day has passed."""
        return self.days_left < 0


def open_duties(session: Session, today: date | None = None) -> list[OpenDuty]:
    """The self-check, inspection and return periods due soon or late and not closed."""
    session.require(Permission.READ_REGISTER, "inspection.read")
    today = today or clock.now().date()
    values = session.settings()
    makers = []
    if values["schedule.self_check_day"]:
        makers.append(partial(month_of, due_day=values["schedule.self_check_day"]))
    if values["schedule.quarterly"]:
        makers.append(quarter_of)
    if values["schedule.yearly_return"]:
        makers.append(year_of)
    since = _set_up_on(session)
    periods = [p for make in makers for p in asked(today, make, values["schedule.warn_days"], since)]
    return [OpenDuty(p, (p.due - today).days) for p in periods if not closed(session, p)]


def closed(session: Session, period: Period) -> bool:
    """An inspection of the closing kind held in the period, or (the yearly return) a
    清退 recorded in it."""
    conn = session.vault.conn
    bounds = (period.first.isoformat(), period.last.isoformat())
    kinds = CLOSING_KINDS[period.duty]
    marks = ", ".join("?" * len(kinds))
    if inspection_rows.inspections(conn, f"kind IN ({marks}) AND held_on BETWEEN ? AND ?", (*kinds, *bounds)):
        return True
    return period.duty is Duty.YEARLY_RETURN and bool(
        movements.transfers(conn, "kind = '清退' AND on_day BETWEEN ? AND ?", bounds))


def _set_up_on(session: Session) -> date:
    """The day record keeping began: the first account's creation."""
    made = [a.created_at for a in accounts.all_accounts(session.vault.conn)]
    return date.fromisoformat(min(made)[:10]) if made else date.min
