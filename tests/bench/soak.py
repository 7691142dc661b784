"""Soak: 10,000 scans through the station (借阅台), as a day at a busy counter.

A fresh small vault (20 people, 200 内部 U盘 carriers: no approval, no count check) and
one station driven with real key events: a badge, three carriers lent to that person,
then — the next person at the counter (Esc) with no borrower selected — three carriers
that were out longest brought back. No code is scanned twice in a row. The process's
resident memory is read after a 500-scan warm-up and at the end; every result that is
not green, every scan that shows nothing and every exception raised in a slot counts as
an error. Printed, never asserted.
"""

from __future__ import annotations

import gc
import math
import statistics
import sys
import time
from collections import deque
from dataclasses import replace
from datetime import date
from pathlib import Path

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft, CarrierType
from secdesk.domain.carriers.terms import Term
from secdesk.domain.personnel.model import Clearance, PersonDraft
from secdesk.domain.roles import Role
from secdesk.services import accounts, carriers, personnel, settings, setup
from secdesk.services.session import sign_in
from secdesk.storage import accounts as account_rows
from secdesk.storage.keyfile import KdfParams

from .lending import Driver, describe, open_station, p99, qt_app
from .timing import Row

PASSWORD = "Bench#2026pw"
PEOPLE = 20
CARRIERS = 200
LEND_PER_VISIT = 3
OUT_AT_ONCE = 60  # carriers out before returns start: the oldest come back
WARM_UP = 500
RSS_LIMIT_MB = 50
USB = CarrierDraft("存储介质", Level.INTERNAL, CarrierType.USB, Term.none(), extent="16GB")
DEPTS = ["办公室", "科研一部", "科研二部", "技术中心"]


def rss_mb() -> float:
    """The resident set size of this process (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return math.nan


def make_vault(folder: Path) -> tuple[Path, list[str], list[str]]:
    """A fresh vault: admin, clerk, officer; 20 people opened by the officer, 200 carriers
    registered by the clerk. Its path, the badges and the carrier numbers."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "soak.db"
    kdf = KdfParams.minimal()
    admin, _secret = setup.initialise(db, "基准测试单位", "BMS", "admin", PASSWORD, kdf=kdf)
    accounts.add_account(admin, "clerk", frozenset({Role.CLERK}), PASSWORD, "王保密")
    accounts.add_account(admin, "officer", frozenset({Role.OFFICER}), PASSWORD, "李主任")
    with admin.vault.transaction() as conn:  # both work at once (no forced first password change)
        for name in ("clerk", "officer"):
            account_rows.update(conn, account_rows.by_name(conn, name).id, must_change_password=0)
    admin.close()
    with sign_in(db, "officer", PASSWORD, kdf=kdf) as officer:
        settings.change_setting(officer, "lending.approval.内部", 0)  # the unit lends 内部 without approval
        clearances = list(Clearance)
        badges = [personnel.add_person(officer, PersonDraft(
            f"职工{i + 1:02d}", DEPTS[i % len(DEPTS)], clearances[i % 3], vetted_on=date(2026, 1, 5),
            vetting_result="合格", vetted_by="保密办"), undertaking_on=date(2026, 1, 5)).badge  # vetted: may borrow
            for i in range(PEOPLE)]
    with sign_in(db, "clerk", PASSWORD, kdf=kdf) as clerk:
        numbers = [carriers.register(clerk, replace(USB, title=f"U盘{i + 1:03d}", doc_no=f"SN{i + 1:06d}"))[0].number
                   for i in range(CARRIERS)]
    return db, badges, numbers


def plan(scans: int, badges: list[str], numbers: list[str]):
    """(code, expected action, end the borrower first) for ``scans`` scans."""
    in_room, out = deque(numbers), deque()
    steps: list[tuple[str, str, bool]] = []
    visit = 0
    while len(steps) < scans:
        steps.append((badges[visit % len(badges)], "borrower", False))
        visit += 1
        for _ in range(LEND_PER_VISIT):
            number = in_room.popleft()
            steps.append((number, "lend", False))
            out.append(number)
        first = True
        while len(out) > OUT_AT_ONCE:
            number = out.popleft()
            steps.append((number, "return", first))  # the next person: nobody selected
            in_room.append(number)
            first = False
    return steps[:scans]


def measure(folder: Path, scans: int) -> list[Row]:
    """Drive ``scans`` scans through one station on a fresh vault in ``folder``."""
    from secdesk.gui.shell.worker import Worker

    started = time.perf_counter()
    db, badges, numbers = make_vault(Path(folder) / "soak")
    print(f"  soak vault: {PEOPLE} people, {CARRIERS} carriers ({time.perf_counter() - started:.0f} s)", flush=True)
    app = qt_app()
    session = sign_in(db, "clerk", PASSWORD)
    worker = Worker()
    station = open_station(worker, session)
    raised: list[str] = []
    previous_hook = sys.excepthook

    def hook(kind, value, tb) -> None:  # exceptions raised inside Qt slots land here
        raised.append(f"{kind.__name__}: {value}")
        previous_hook(kind, value, tb)

    sys.excepthook = hook
    try:
        return _run(app, station, scans, badges, numbers, raised)
    finally:
        sys.excepthook = previous_hook
        station.close()
        station.deleteLater()
        app.processEvents()
        worker.shutdown()
        session.close()


def _run(app, station, scans: int, badges: list[str], numbers: list[str], raised: list[str]) -> list[Row]:
    from secdesk.services.scan import Colour

    steps = plan(scans, badges, numbers)
    driver = Driver(station)
    errors: list[str] = []
    unanswered = 0
    latencies: list[float] = []
    last_code = ""
    gc.collect()
    rss_start = rss_before = rss_mb()
    started = warm_end = time.perf_counter()
    for n, (code, expected, end_first) in enumerate(steps, 1):
        if end_first:
            station.end_borrower()
        if code == last_code:  # never happens by plan; scanner bounce would be ignored
            errors.append(f"scan {n}: {code} planned twice in a row")
        last_code = code
        ms, result = driver.scan(code)
        unanswered += result is None
        if result is None or result.colour is not Colour.GREEN or result.action.value != expected:
            errors.append(f"scan {n} {code} (expected {expected}): {describe(station, result)}")
            if len(errors) <= 10:
                print(f"  ERROR {errors[-1]}", flush=True)
        latencies.append(ms)
        if n == WARM_UP:
            gc.collect()
            rss_before, warm_end = rss_mb(), time.perf_counter()
        if n % 1000 == 0:
            print(f"  soak: {n:,} scans, {time.perf_counter() - started:.0f} s, RSS {rss_mb():.1f} MB", flush=True)
    elapsed = time.perf_counter() - started
    after_warm_up = (len(steps) - WARM_UP) / (time.perf_counter() - warm_end) if len(steps) > WARM_UP else math.nan
    app.processEvents()
    gc.collect()
    rss_after = rss_mb()
    errors += [f"exception: {e}" for e in raised]
    timed = [x for x in latencies if not math.isnan(x)]
    first, last = timed[:1000], timed[-1000:]
    print(f"  soak: RSS {rss_start:.1f} MB at start, {rss_before:.1f} MB after {WARM_UP} scans, "
          f"{rss_after:.1f} MB at the end; p50 first 1000 {statistics.median(first):.1f} ms, "
          f"last 1000 {statistics.median(last):.1f} ms", flush=True)
    for line in errors[:10]:
        print(f"  error: {line}")
    growth = rss_after - rss_before
    rate = len(steps) / elapsed
    wrong = len(errors) - len(raised) - unanswered
    return [
        Row(f"soak: {len(steps):,} scans through the station, Enter → result", timed,
            f"p50 {statistics.median(timed):.1f} ms, p99 {p99(timed):.1f} ms; {rate:.1f} scans/s "
            f"({after_warm_up:.1f} after warm-up), {elapsed:.0f} s in all"),
        Row("  soak: RSS growth after the warm-up", [],
            f"{growth:+.1f} MB ({rss_before:.0f} → {rss_after:.0f} MB); limit {RSS_LIMIT_MB} MB"),
        Row("  soak: errors", [], f"{len(errors)} (must be 0): not green or not as planned {wrong}, "
            f"no answer {unanswered}, exceptions {len(raised)}"),
    ]
