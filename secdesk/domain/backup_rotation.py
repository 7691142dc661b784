"""Which automatic backups to keep (备份轮换): 7 daily, 4 weekly, 12 monthly.

Like restic's ``forget --keep-daily/--keep-weekly/--keep-monthly``: for the 7 most recent
days that have a verified backup the newest of each day is kept, likewise for the 4 most
recent ISO weeks and the 12 most recent months; the three sets overlap and are joined.
Counting days that have a backup (not calendar days) keeps a week of working days when
the room is shut at weekends and over holidays. The newest verified backup is always
kept, and an unverified one (a backup cut short) only while no verified one is newer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Hashable

DAILY, WEEKLY, MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupEntry:
    """One backup as rotation sees it: a name, when it was taken, whether it checked out."""

    name: str
    taken: datetime
    verified: bool = True


def _newest_per_period(entries: list[BackupEntry], period: Callable[[datetime], Hashable], count: int) -> set[str]:
    """The newest entry of each of the ``count`` most recent periods (entries newest first)."""
    kept: dict[Hashable, str] = {}
    for entry in entries:
        key = period(entry.taken)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = entry.name
    return set(kept.values())


def to_keep(entries: Iterable[BackupEntry], daily: int = DAILY, weekly: int = WEEKLY,
            monthly: int = MONTHLY) -> set[str]:
    """The names of the backups rotation keeps; every other one may be deleted."""
    ordered = sorted(entries, key=lambda e: (e.taken, e.name), reverse=True)
    verified = [e for e in ordered if e.verified]
    keep = _newest_per_period(verified, lambda t: t.date(), daily)
    keep |= _newest_per_period(verified, lambda t: tuple(t.isocalendar())[:2], weekly)
    keep |= _newest_per_period(verified, lambda t: (t.year, t.month), monthly)
    if verified:
        keep.add(verified[0].name)  # never the newest verified one
        newest = verified[0].taken
        keep |= {e.name for e in ordered if not e.verified and e.taken > newest}
    else:
        keep |= {e.name for e in ordered}  # nothing sound to fall back on: delete nothing
    return keep


def to_delete(entries: Iterable[BackupEntry], **counts: int) -> list[str]:
    """The names rotation deletes, oldest first."""
    entries = sorted(entries, key=lambda e: (e.taken, e.name))
    keep = to_keep(entries, **counts)
    return [e.name for e in entries if e.name not in keep]
