"""The demo database (演示数据库): a realistic vault for first use and for benchmarks.

Accounts ``admin``, ``clerk``, ``officer`` and ``auditor`` share one password
(:data:`DEMO_PASSWORD` unless another is given). The vault is dated 90 days back and
its history plays forward to today. Later capabilities add their records here as they
arrive; ``size`` scales the volume.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from secdesk.demo import MAX_SIZE
from secdesk.domain import clock, validate
from secdesk.domain.roles import Role
from secdesk.services import accounts
from secdesk.services.setup import initialise
from secdesk.demo.carriers import register_demo_carriers
from secdesk.demo.inventory import count_a_cabinet, issue_notice, self_inspection
from secdesk.demo.lending import lend_and_return
from secdesk.demo.personnel import register_demo_staff
from secdesk.services.session import KdfParams, sign_in

DEMO_PASSWORD = "Secdesk#2026"
DEMO_UNIT = ("示范单位保密办公室", "BMS")
DEMO_ACCOUNTS = (
    ("clerk", frozenset({Role.CLERK}), "王保密"),
    ("officer", frozenset({Role.OFFICER}), "李主任"),
    ("auditor", frozenset({Role.AUDITOR}), "赵审计"),
)
DAYS = 90


class _PastClock:
    """A clock that starts ``DAYS`` ago and moves forward as the demo acts."""

    def __init__(self) -> None:
        self.today = clock.now()
        self.time = self.today - timedelta(days=DAYS)

    def __call__(self) -> datetime:
        return self.time

    def advance(self, minutes: float) -> None:
        self.time = min(self.time + timedelta(minutes=minutes), self.today)


def build_demo(db_path: Path, password: str = DEMO_PASSWORD, size: int = 1,
               kdf: KdfParams | None = None) -> bytes:
    """Create the demo vault at ``db_path``; return its recovery secret."""
    validate.count("规模", size, MAX_SIZE)
    past = _PastClock()
    with clock.replaced(past):
        session, secret = initialise(db_path, *DEMO_UNIT, "admin", password, kdf=kdf)
        try:
            try:
                for name, roles, full_name in DEMO_ACCOUNTS:
                    accounts.add_account(session, name, roles, password, full_name)
                    accounts.waive_first_change(session, name)
            finally:
                session.close()
            _staff(db_path, password, past.time.date(), kdf)
            _history(db_path, password, size, past, kdf)
            _renew_passwords(db_path, password, kdf)
        except BaseException:
            _remove(db_path)
            raise
    return secret


def _remove(db_path: Path) -> None:
    """Delete a half-built demo vault (it holds nothing of value)."""
    for suffix in ("", ".keys", "-wal", ".lock", ".head"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def _staff(db_path: Path, password: str, on: date, kdf: KdfParams | None) -> None:
    """The officer opens the staff's secrecy files on the first day of the demo's past."""
    officer = sign_in(db_path, "officer", password, kdf=kdf)
    try:
        register_demo_staff(officer, on)
    finally:
        officer.close()


def _renew_passwords(db_path: Path, password: str, kdf: KdfParams | None) -> None:
    """This morning the shared demo password counts as new: the vault is dated back
    ``DAYS`` days, and the periodic password change would ask every account for a new one."""
    with sign_in(db_path, "admin", password, kdf=kdf) as admin:
        for name in ("admin", *(name for name, _, _ in DEMO_ACCOUNTS)):
            accounts.waive_first_change(admin, name)


def _history(db_path: Path, password: str, size: int, past: _PastClock,
             kdf: KdfParams | None) -> None:
    """Working days up to today: the clerk registers the intake (120 carriers per unit
    of ``size``), lends and takes back; the officer and the auditor sign in; now and
    then a password is mistyped."""
    rng = random.Random(2026)
    visits = 6 * size
    per_visit = 120 * size // visits
    for visit in range(visits):
        past.advance(DAYS * 24 * 60 / (visits + 1))
        clerk = sign_in(db_path, "clerk", password, kdf=kdf, auto_backup=False)  # one backup today, below
        register_demo_carriers(clerk, per_visit, seed=visit)
        past.advance(rng.uniform(30, 120))
        lend_and_return(clerk, rng, visit)
        clerk.close()
        name = rng.choice(["officer", "auditor"])
        if rng.random() < 0.3:
            try:
                sign_in(db_path, name, password + "x", kdf=kdf)
            except Exception:
                pass
        other = sign_in(db_path, name, password, kdf=kdf, auto_backup=False)
        past.advance(rng.uniform(5, 60))
        other.close()
    past.time = past.today - timedelta(hours=2)  # this morning at the counter
    with sign_in(db_path, "clerk", password, kdf=kdf) as clerk:
        lend_and_return(clerk, rng, visits)
        count_a_cabinet(clerk)
        finding = self_inspection(clerk)
    with sign_in(db_path, "officer", password, kdf=kdf) as officer:
        issue_notice(officer, finding)
