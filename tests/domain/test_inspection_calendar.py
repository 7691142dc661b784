"""The inspection calendar's periods (issue 15): a due day past the month's end falls on
its last day; quarters and years end where the calendar does; the previous period is
asked for, periods due before record keeping began are not."""

from __future__ import annotations

from datetime import date

from secdesk.domain.inventory.schedule import Duty, asked, month_of, quarter_of, year_of


def test_a_self_check_due_on_the_31st_falls_on_the_last_day_of_a_short_month():
    february = month_of(date(2028, 2, 10), 31)
    assert (february.label, february.due, february.last) == ("2028年2月", date(2028, 2, 29), date(2028, 2, 29))
    assert month_of(date(2027, 4, 3), 20).due == date(2027, 4, 20)


def test_quarters_and_years_end_with_the_calendar():
    q = quarter_of(date(2027, 8, 15))
    assert (q.duty, q.label, q.first, q.due) == (Duty.QUARTERLY, "2027年第3季度", date(2027, 7, 1), date(2027, 9, 30))
    assert year_of(date(2027, 3, 1)).due == date(2027, 12, 31) and year_of(date(2027, 3, 1)).label == "2027年度"


def test_the_previous_period_and_the_current_one_in_its_last_days_are_asked_for():
    make = lambda day: month_of(day, 31)  # noqa: E731
    assert [p.label for p in asked(date(2027, 5, 10), make, 7, date(2027, 1, 1))] == ["2027年4月"]
    assert [p.label for p in asked(date(2027, 5, 24), make, 7, date(2027, 1, 1))] == ["2027年4月", "2027年5月"]
    assert [p.label for p in asked(date(2027, 5, 24), make, 7, date(2027, 5, 2))] == ["2027年5月"]
