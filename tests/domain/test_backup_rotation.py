"""Backup rotation (备份轮换): 7 daily, 4 weekly, 12 monthly; never the newest verified one."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from secdesk.domain.backup_rotation import BackupEntry, to_delete, to_keep


def entry(day: date, hour: int = 8, verified: bool = True) -> BackupEntry:
    taken = datetime.combine(day, time(hour))
    return BackupEntry(f"{taken:%Y%m%d-%H}", taken, verified)


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(n) for n in range((last - first).days + 1)]


def names(*items: date | str) -> set[str]:
    return {f"{d:%Y%m%d}-08" if isinstance(d, date) else d for d in items}


def test_a_year_and_a_quarter_of_daily_backups_keeps_7_days_4_weeks_12_months():
    """One backup a day from 2025-01-01 to Tuesday 2026-03-31: the last 7 days; the newest
    of ISO weeks 14, 13, 12, 11 (03-31 and 03-29 are already kept, 03-22 and 03-15 are
    added); the newest of each of the 12 months back to 2025-04; nothing else."""
    entries = [entry(d) for d in days(date(2025, 1, 1), date(2026, 3, 31))]
    kept = to_keep(entries)
    assert kept == names(*days(date(2026, 3, 25), date(2026, 3, 31)),
                         date(2026, 3, 22), date(2026, 3, 15),
                         date(2026, 2, 28), date(2026, 1, 31), date(2025, 12, 31), date(2025, 11, 30),
                         date(2025, 10, 31), date(2025, 9, 30), date(2025, 8, 31), date(2025, 7, 31),
                         date(2025, 6, 30), date(2025, 5, 31), date(2025, 4, 30))
    assert len(kept) == 20
    assert len(to_delete(entries)) == len(entries) - 20


def test_several_backups_a_day_keep_the_newest_of_each_day():
    """A sign-in backup at 8:00 and a second one at 14:00: only the 14:00 one counts."""
    entries = [entry(d, h) for d in days(date(2026, 5, 1), date(2026, 5, 10)) for h in (8, 14)]
    kept = to_keep(entries)
    assert all(name.endswith("-14") for name in kept)
    assert {n[:8] for n in kept} >= {f"{d:%Y%m%d}" for d in days(date(2026, 5, 4), date(2026, 5, 10))}


def test_days_without_a_backup_do_not_count():
    """Weekdays only (the room is shut at weekends): the 7 daily ones span more than a week."""
    workdays = [d for d in days(date(2026, 5, 1), date(2026, 5, 29)) if d.weekday() < 5]
    kept = to_keep([entry(d) for d in workdays], weekly=0, monthly=0)
    assert kept == names(*workdays[-7:])


def test_the_newest_verified_backup_is_always_kept():
    """Even with every rule set to zero the newest verified backup stays; a newer one that
    was cut short (no manifest) stays too, an older one cut short goes."""
    entries = [entry(date(2026, 5, 1)), entry(date(2026, 5, 2)), entry(date(2026, 5, 3), verified=False),
               entry(date(2026, 4, 30), verified=False)]
    assert to_keep(entries, daily=0, weekly=0, monthly=0) == names(date(2026, 5, 2), date(2026, 5, 3))
    assert to_delete(entries, daily=0, weekly=0, monthly=0) == list(names(date(2026, 4, 30))) + list(
        names(date(2026, 5, 1)))


def test_unverified_backups_never_fill_a_daily_place():
    """A day whose only backup is unverified does not use up one of the 7 days."""
    entries = [entry(d) for d in days(date(2026, 5, 1), date(2026, 5, 8))]
    entries.append(entry(date(2026, 4, 30), verified=False))
    assert names(date(2026, 4, 30)) & to_keep(entries) == set()
    assert names(date(2026, 5, 2)) <= to_keep(entries, weekly=0, monthly=0)


def test_with_nothing_verified_nothing_is_deleted():
    entries = [entry(d, verified=False) for d in days(date(2026, 1, 1), date(2026, 3, 1))]
    assert to_delete(entries) == []
    assert to_delete([]) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.dates(date(2024, 1, 1), date(2026, 12, 31)), st.integers(0, 23), st.booleans()),
                max_size=80, unique_by=lambda t: (t[0], t[1])))
def test_rotation_keeps_at_most_23_plus_the_newest_and_always_the_newest_verified(rows):
    entries = [entry(d, h, v) for d, h, v in rows]
    kept = to_keep(entries)
    verified = sorted((e for e in entries if e.verified), key=lambda e: e.taken)
    if verified:
        assert verified[-1].name in kept
        assert len([e for e in entries if e.name in kept and e.verified]) <= 7 + 4 + 12
        assert all(e.taken > verified[-1].taken for e in entries if e.name in kept and not e.verified)
    else:
        assert kept == {e.name for e in entries}
    assert set(to_delete(entries)) == {e.name for e in entries} - kept
