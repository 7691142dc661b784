"""Scan to result at the station (借阅台) on a vault of a million carriers and five
million past loans: a badge, then 500 carriers lent and the same 500 returned, each
typed into the scan field as a keyboard-wedge scanner types it (characters, Enter) and
timed until the station has painted the result. Beside it, one bare SQLCipher commit
on the same vault, the floor that every lend and return pays.

The vault is built once and kept in ``.bench/``: the register benchmark's carriers are
copied, then about 2,000 cleared people, the past loans (spread over three years, all
returned) and about 20,000 open ones (none overdue) are bulk inserted in large
transactions. Like the register vault it holds no audit events for what was bulk
inserted. Printed, never asserted.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import statistics
import sys
import time
from array import array
from datetime import date, timedelta
from pathlib import Path

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.lending.rules import ApprovalBy, in_scope
from secdesk.domain.personnel.model import Clearance, CommitmentKind, Person, PersonDraft, Status
from secdesk.domain.personnel.rules import make_badge
from secdesk.domain.roles import Role
from secdesk.services import accounts
from secdesk.services.session import keyfile_path, sign_in
from secdesk.storage import personnel as person_rows
from secdesk.storage.keyfile import KdfParams

from . import register
from .timing import Row

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = register.PASSWORD
SCANS = 500  # carriers lent, then the same carriers returned
COMMITS = 200  # bare commits timed
TARGET_P99_MS = 30
RATIO_GOAL = 8  # scan p99 at most this many times the minimal Qt scan loop's (issue 18)
PEOPLE = 2000
OPEN_LOANS = 20_000  # at a million carriers; fewer on a smaller register
YEARS = 3
CHUNK = 200_000  # loans per transaction while building
WAIT_S = 15  # a scan that shows nothing for this long is counted as an error
DEPTS = ["办公室", "科研一部", "科研二部", "科研三部", "技术中心", "财务部", "人事部", "保卫处",
         "档案室", "综合管理部"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红玉萍鹏辉晶宁亮峰斌"
PURPOSES = ["工作需要", "项目研究", "查阅资料", "起草文件", "会议使用", ""]
READING_PLACE = "保密室阅览区"
LOAN_COLUMNS = ("carrier_id, person_id, lent_at, due_on, purpose, approver, approver_id, approval_ref, "
                "approval_by, reading_place, clerk, returned_at, returned_to, whole, return_note, return_clerk")
INSERT_LOAN = f"INSERT INTO loans ({LOAN_COLUMNS}) VALUES ({', '.join('?' * 16)})"


# -- building the vault ------------------------------------------------------------------

def vault_path(carriers: int, loans: int) -> Path:
    """Where the cached lending vault lives."""
    return ROOT / ".bench" / f"lending-{carriers}-{loans}.db"


def build(carriers: int, loans: int) -> Path:
    """The vault with ``carriers`` carriers and ``loans`` past loans (built on first use)."""
    path = vault_path(carriers, loans)
    if path.exists() and keyfile_path(path).exists():
        return path
    source = register.build(carriers)  # the register benchmark's vault, built if missing
    started = time.perf_counter()
    work = path.with_name(path.stem + "-building.db")
    for leftover in (work, keyfile_path(work), work.with_name(work.name + "-wal"),
                     work.with_name(work.name + ".lock")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(source, work)
    shutil.copyfile(keyfile_path(source), keyfile_path(work))
    work.chmod(0o600)  # as the program creates its files
    print(f"  copied {source.name} ({source.stat().st_size / 2**20:,.0f} MB, "
          f"{time.perf_counter() - started:.0f} s)", flush=True)
    session = sign_in(work, "admin", PASSWORD, kdf=KdfParams.minimal())
    print(f"  signed in as admin ({time.perf_counter() - started:.0f} s)", flush=True)
    try:
        accounts.add_account(session, "officer", frozenset({Role.OFFICER}), PASSWORD, "保密办")
        conn = session.vault.conn
        conn.execute("PRAGMA cache_size = -1000000")  # this connection only: 1 GB for the bulk insert
        rng = random.Random(2)
        people = _add_people(session, rng)
        undertakings(session)
        print(f"  opened {len(people):,} personnel files ({time.perf_counter() - started:.0f} s)", flush=True)
        _add_loans(session, rng, people, loans, carriers, started)
        conn.execute("PRAGMA optimize")
    finally:
        session.close()
    os.replace(keyfile_path(work), keyfile_path(path))
    os.replace(work, path)
    work.with_name(work.name + ".lock").unlink(missing_ok=True)
    print(f"  lending vault ready: {path.name}, {path.stat().st_size / 2**20:,.0f} MB "
          f"({time.perf_counter() - started:.0f} s)", flush=True)
    return path


def _add_people(session, rng: random.Random) -> list[Person]:
    """About 2,000 cleared people on duty, in ten departments (the first two 核心)."""
    unit = session.settings()["unit.code"]
    stamp = clock.stamp()
    people = []
    with session.vault.transaction() as conn:
        for i in range(PEOPLE):
            clearance = Clearance.CORE if i < 2 else rng.choices(list(Clearance), [2, 4, 4])[0]
            vetted = date(2020, 1, 1) + timedelta(days=rng.randint(0, 1500))
            draft = PersonDraft(name=rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2))),
                                dept=DEPTS[i % len(DEPTS)], clearance=clearance, clearance_since=vetted,
                                staff_no=f"B{i + 1:05d}", vetted_on=vetted, vetting_result="合格",
                                vetted_by="保密办")
            badge = make_badge(unit, person_rows.next_in_sequence(conn, f"badge:{unit}"))
            person_id = person_rows.insert(conn, badge, draft, stamp, "officer")
            people.append(Person(person_id, badge, draft, Status.ON_DUTY))
    return people


def _add_loans(session, rng: random.Random, people: list[Person], loans: int, carriers: int,
               started: float) -> None:
    """``loans`` returned loans over three years, then the open ones; the carriers of the
    open loans are 借出. A carrier is never out twice at once, and every borrower is
    cleared for the carrier and inside its 知悉范围."""
    conn = session.vault.conn
    values = session.settings()
    ids, ranks, scopes, paper = [], [], [], []
    counted = {t: values[f"lending.count_check.{t}"] for t in
               {r[0] for r in conn.execute("SELECT DISTINCT ctype FROM carriers")}}
    for cid, rank, scope, ctype in conn.execute("SELECT id, level_rank, scope, ctype FROM carriers "
                                                "WHERE state = '在库' ORDER BY id"):
        ids.append(cid)
        ranks.append(rank)
        scopes.append(scope)
        paper.append(counted[ctype])
    levels = {3: "绝密", 2: "机密", 1: "秘密", 0: "内部"}
    days = {r: 0 if r == 3 else values[f"lending.days.{lv}"] for r, lv in levels.items()}
    by = {r: ApprovalBy(values[f"lending.approval.{lv}"]) for r, lv in levels.items()}
    eligible = {key: [p for p in people if p.draft.clearance.may_read(_level(key[0]))
                      and in_scope(key[1], p)] for key in set(zip(ranks, scopes))}
    eligible = {key: [(p.id, p.name) for p in group] or [(p.id, p.name) for p in people if p.draft.clearance
                                                          is Clearance.CORE] for key, group in eligible.items()}
    approvers = [(p.id, p.name) for p in people if p.draft.clearance is Clearance.CORE][:40]
    offset = clock.stamp()[19:]  # the machine's UTC offset, as the services store times
    today = date.today()
    first, last = today.toordinal() - 365 * YEARS, today.toordinal() - 1
    workdays = [d for d in range(first, last + 1) if date.fromordinal(d).weekday() < 5]
    busy = array("i", [0]) * len(ids)  # the day each carrier was last back in the room
    per_day, extra = divmod(loans, len(workdays))
    batch, done, ref = [], 0, 0

    def row(i: int, day: int, second: int, back_day: int | None, back_second: int) -> tuple:
        nonlocal ref
        rank = ranks[i]
        person_id, _name = rng.choice(eligible[(rank, scopes[i])])
        approver, approver_id, approval_ref, approval_by = "", None, "", ""
        if by[rank] is not ApprovalBy.NONE:
            approver_id, approver = rng.choice(approvers)
            if approver_id == person_id:
                approver_id, approver = approvers[(approvers.index((approver_id, approver)) + 1) % len(approvers)]
            ref += 1
            approval_ref, approval_by = f"审批-{ref:07d}", by[rank].zh
        lent_at = _stamp(day, second, offset)
        due = date.fromordinal(day + days[rank]).isoformat()
        back = None if back_day is None else _stamp(back_day, back_second, offset)
        clerk = None if back is None else "clerk"
        whole = (1 if paper[i] else None) if back else None
        return (ids[i], person_id, lent_at, due, rng.choice(PURPOSES), approver, approver_id, approval_ref,
                approval_by, READING_PLACE if rank == 3 else "", "clerk", back, clerk, whole, "",
                clerk or "")

    def flush() -> None:
        nonlocal batch
        with session.vault.transaction() as c:
            c.executemany(INSERT_LOAN, batch)
        batch = []
        print(f"  built {done:,} loans ({time.perf_counter() - started:.0f} s)", flush=True)

    n = len(ids)
    for k, day in enumerate(workdays):
        seconds = sorted(rng.randrange(8 * 3600 + 1800, 17 * 3600 + 1800) for _ in range(per_day + (k < extra)))
        for second in seconds:
            i = rng.randrange(n)
            while busy[i] >= day:
                i = rng.randrange(n)
            rank = ranks[i]
            if rank == 3:  # 绝密: read on site, back the same day
                back_day, back_second = day, min(second + rng.randint(1800, 10800), 86399)
            else:
                stay = rng.randint(0, days[rank]) if rng.random() > 0.03 else days[rank] + rng.randint(1, 10)
                back_day = min(day + stay, last)
                back_second = rng.randrange(8 * 3600 + 1800, 17 * 3600 + 1800)
                if back_day == day:
                    back_second = min(second + rng.randint(600, 7200), 86399)
            busy[i] = back_day
            batch.append(row(i, day, second, back_day, back_second))
            done += 1
            if len(batch) >= CHUNK:
                flush()
    if batch:
        flush()
    # Open loans: recent, due in the future, one per carrier (the unique index allows no more).
    wanted = min(OPEN_LOANS, carriers // 50)
    out: list[tuple[int, int, int]] = []
    while len(out) < wanted:
        i = rng.randrange(n)
        rank = ranks[i]
        if rank == 3:
            continue
        day = today.toordinal() - rng.randint(1, days[rank] - 1)
        if busy[i] >= day:
            continue
        busy[i] = 1 << 30  # out now
        out.append((day, rng.randrange(8 * 3600 + 1800, 17 * 3600 + 1800), i))
    out.sort()
    with session.vault.transaction() as c:
        c.executemany(INSERT_LOAN, [row(i, day, second, None, 0) for day, second, i in out])
        c.executemany("UPDATE carriers SET state = '借出' WHERE id = ?", [(ids[i],) for _, _, i in out])
        c.executemany("INSERT INTO carrier_states (carrier_id, at, state, event) VALUES (?, ?, '借出', 'loan.lend')",
                      [(ids[i], _stamp(day, second, offset)) for day, second, i in out])
    lent = conn.execute("SELECT count(*) FROM carriers WHERE state = '借出'").fetchone()[0]
    open_ = conn.execute("SELECT count(*) FROM loans WHERE returned_at IS NULL").fetchone()[0]
    print(f"  {len(out):,} open loans; carriers 借出 {lent:,}, open loans on file {open_:,} "
          f"({time.perf_counter() - started:.0f} s)", flush=True)


def undertakings(session) -> None:
    """Every person on file has signed the 上岗 承诺书, and the 核心 people (the approvers)
    are 保密办 leaders who approve every level (lending requires both; vaults built before
    those rules lack them)."""
    with session.vault.transaction() as conn:
        conn.execute("UPDATE persons SET approves = '绝密,机密,秘密,内部' WHERE clearance = '核心' AND approves = ''")
        conn.execute("INSERT INTO commitments (person_id, kind, signed_on) SELECT id, ?, '2020-01-01' "
                     "FROM persons p WHERE NOT EXISTS (SELECT 1 FROM commitments c WHERE c.person_id = p.id "
                     "AND c.kind = ?)", (CommitmentKind.ON_TAKING_UP.value, CommitmentKind.ON_TAKING_UP.value))


def _level(rank: int) -> Level:
    return next(lv for lv in Level if lv.rank == rank)


def _stamp(day: int, second: int, offset: str) -> str:
    return f"{date.fromordinal(day).isoformat()}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}{offset}"


# -- driving the station -------------------------------------------------------------------

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"  # offscreen plugin, per relayout


def _qt_message(_mode, _context, message: str) -> None:
    if message != OFFSCREEN_NOISE:
        sys.stderr.write(message + "\n")


def qt_app():
    """The QApplication (offscreen unless told otherwise), in Chinese with the CJK font."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_qt_message)

    from secdesk.gui.shell.i18n import install_font, install_language

    app = QApplication.instance()
    if app is None:
        app = QApplication(["secdesk-bench"])
        install_language(app, "zh_CN")
        install_font(app)
    return app


class Driver:
    """Types codes into a station's scan field and waits for the painted result."""

    def __init__(self, station) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        self.station = station
        self.loop = QEventLoop()
        self.timer = QTimer(singleShot=True)
        self.timer.timeout.connect(self.loop.quit)
        self.got: list = []
        self.shown_at = 0.0
        station.resultShown.connect(self._shown)

    def _shown(self, result) -> None:
        self.shown_at = time.perf_counter()
        self.got.append(result)
        self.loop.quit()

    def scan(self, code: str) -> tuple[float, object]:
        """(milliseconds from Enter to the painted result, the result); (nan, None) when
        nothing was shown within WAIT_S."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        edit = self.station.ui.scanEdit
        QTest.keyClicks(edit, code)
        self.got = []
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        if not self.got:
            self.timer.start(WAIT_S * 1000)
            self.loop.exec()
            self.timer.stop()
        if not self.got:
            return math.nan, None
        return (self.shown_at - start) * 1000, self.got[0]


def open_station(worker, session):
    """A shown, muted ScanStation serving ``session``."""
    from secdesk.gui.lending.scan_station import ScanStation

    station = ScanStation(worker)
    station.sounds.muted = True
    station.set_session(session)
    station.resize(1200, 700)
    station.show()
    qt_app().processEvents()
    station.activateWindow()
    return station


def describe(station, result) -> str:
    """One line for a result that was not what was expected."""
    if result is None:
        return (f"no result shown within {WAIT_S} s; panel: {station.ui.titleLabel.text()} / "
                f"{station.ui.reasonLabel.text()}")
    return f"{result.colour.value} {result.action.value}: {result.title} / {result.reason}"


def p99(values: list[float]) -> float:
    """The 99th percentile by nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


# -- measuring -------------------------------------------------------------------------------

def measure(carriers: int, loans: int, minimal_p99: float | None = None) -> list[Row]:
    """Lend and return through the station, and the bare commit, on the cached vault;
    each p99 beside the minimal Qt scan loop's measured in the same run."""
    path = build(carriers, loans)
    from secdesk.gui.shell.worker import Worker

    app = qt_app()
    started = time.perf_counter()
    session = register.clerk_session(path, undertakings)  # readied first, not timed below
    session.close()
    started = time.perf_counter()
    session = sign_in(path, "clerk", PASSWORD, **register.options())
    signin_ms = (time.perf_counter() - started) * 1000
    worker = Worker()
    station = open_station(worker, session)
    try:
        return _rows(app, worker, station, session, carriers, loans, signin_ms, path, minimal_p99)
    finally:
        station.close()
        station.deleteLater()
        app.processEvents()
        worker.shutdown()
        session.close()


def _picks(session, count: int) -> tuple[str, str, list[str]]:
    """A 核心 borrower and approver (no overdue loans), and ``count`` carriers 在库, not held,
    with an empty 知悉范围 and of types whose return needs no count check."""
    conn = session.vault.conn
    values = session.settings()
    types = [t for t in {r[0] for r in conn.execute("SELECT DISTINCT ctype FROM carriers")}
             if not values[f"lending.count_check.{t}"]]
    today = date.today().isoformat()
    core = [r[0] for r in conn.execute(
        "SELECT badge FROM persons p WHERE clearance = '核心' AND status = '在岗' AND NOT EXISTS "
        "(SELECT 1 FROM loans l WHERE l.person_id = p.id AND l.returned_at IS NULL AND l.due_on <= ?) "
        "ORDER BY id LIMIT 2", (today,))]
    top = conn.execute("SELECT max(id) FROM carriers").fetchone()[0]
    rng = random.Random(time.time_ns())
    marks = ", ".join("?" * len(types))
    numbers: list[str] = []
    seen: set[int] = set()
    while len(numbers) < count:
        if len(seen) >= top:
            raise RuntimeError(f"only {len(numbers)} carriers fit the benchmark, {count} wanted")
        sample = [i for i in (rng.randint(1, top) for _ in range(2000)) if i not in seen]
        seen.update(sample)
        rows = conn.execute(
            f"SELECT number FROM carriers WHERE id IN ({', '.join('?' * len(sample))}) AND state = '在库' "
            f"AND lend_hold = '' AND scope = '' AND level_rank < 3 AND ctype IN ({marks})",  # 绝密: overdue at 18:00
            (*sample, *types)).fetchall()
        numbers += [r[0] for r in rows][:count - len(numbers)]
    return core[0], core[1], numbers


def _commit_ms(session, runs: int) -> list[float]:
    """``runs`` times: BEGIN IMMEDIATE, one small row into a scratch table, COMMIT."""
    with session.vault.transaction() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS bench_scratch (id INTEGER PRIMARY KEY, at REAL NOT NULL)")
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        with session.vault.transaction() as conn:
            conn.execute("INSERT INTO bench_scratch (at) VALUES (?)", (start,))
        out.append((time.perf_counter() - start) * 1000)
    return out


def _rows(app, worker, station, session, carriers: int, loans: int, signin_ms: float, path: Path,
          minimal_p99: float | None) -> list[Row]:
    from secdesk.services.lending import Approval
    from secdesk.services.scan import Action, Colour

    borrower, approver, numbers = worker.run_now(_picks, session, SCANS)
    commit = worker.run_now(_commit_ms, session, COMMITS)
    driver = Driver(station)
    errors: list[str] = []
    _ms, result = driver.scan(borrower)
    if result is None or result.action is not Action.BORROWER or result.colour is not Colour.GREEN:
        errors.append(f"badge {borrower}: {describe(station, result)}")
    station.approval = Approval(approver, "BENCH-1")
    timings = {}
    for what, expected in (("lend", Action.LEND), ("return", Action.RETURN)):
        if expected is Action.RETURN:
            station.end_borrower()  # returns at the counter later, no borrower selected
        runs = []
        started = time.perf_counter()
        for number in numbers:
            ms, result = driver.scan(number)
            if result is None or result.action is not expected or result.colour is not Colour.GREEN:
                errors.append(f"{what} {number}: {describe(station, result)}")
                print(f"  ERROR {errors[-1]}", flush=True)
            if not math.isnan(ms):
                runs.append(ms)
        slowest = sorted(range(len(runs)), key=runs.__getitem__)[-5:][::-1]
        print(f"  {what}: {len(runs)} scans in {time.perf_counter() - started:.1f} s; slowest "
              + ", ".join(f"#{i} {runs[i]:.1f} ms" for i in slowest), flush=True)
        timings[what] = runs
    size = f"{carriers:,} carriers, {loans:,} loans"
    commit_median = statistics.median(commit)
    rows = [Row(f"clerk sign-in on the lending vault ({path.stat().st_size / 2**20:,.0f} MB)", [signin_ms],
                "once, test KDF; the page check follows in the background")]
    for what, runs in timings.items():
        if runs:
            ratio = (f"{p99(runs) / minimal_p99:.1f}× the minimal loop's p99 (goal ≤ {RATIO_GOAL}×)"
                     if minimal_p99 else f"target p99 ≤ {TARGET_P99_MS} ms")
            rows.append(Row(f"station scan → result: {what}, {size}", runs,
                            f"p50 {statistics.median(runs):.1f} ms, p99 {p99(runs):.1f} ms; "
                            f"{ratio}; {len(runs)} scans"))
        else:
            rows.append(Row(f"station scan → result: {what}, {size}", [], "no scan answered"))
    rows.append(Row("  bare SQLCipher commit (one-row insert), same vault", commit,
                    f"median {commit_median:.2f} ms of {COMMITS}; WAL, synchronous=FULL"))
    ratios = [f"{what} p99 / commit = {p99(runs) / commit_median:.1f}×" for what, runs in timings.items() if runs]
    rows.append(Row("  scan p99 / bare commit median", [], "; ".join(ratios)))
    rows.append(Row("  station errors (non-green or no answer)", [], f"{len(errors)} of {2 * SCANS + 1} scans"))
    for line in errors[:10]:
        print(f"  error: {line}")
    return rows
