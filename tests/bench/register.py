"""Register benchmarks at a million carriers: open the view, sort, filter, search as
you type, look up one number — through the same services the register window calls.

The million-carrier vault is built once by bulk insert (no audit events: they do not
change what is measured) and kept in ``.bench/`` for later runs. Printed, never asserted.
"""

from __future__ import annotations

import inspect
import random
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType, State
from secdesk.domain.carriers.numbers import make_number
from secdesk.domain.carriers.query import RegisterQuery, SortKey
from secdesk.domain.carriers.terms import declassification_date, marking
from secdesk.domain.roles import Role
from secdesk.services import accounts, carriers, register_counts, setup
from secdesk.services.session import sign_in
from secdesk.storage import accounts as account_rows
from secdesk.demo.carriers import draft
from secdesk.storage import carriers as repo
from secdesk.storage.keyfile import KdfParams

from .timing import Row, timed

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Bench#2026pw"
TARGET_MS = 200
LOOKUP_TARGET_MS = 5
RUNS = 5


def vault_path(rows: int) -> Path:
    """Where the cached vault of ``rows`` carriers lives."""
    return ROOT / ".bench" / f"register-{rows}.db"


def build(rows: int) -> Path:
    """The vault with ``rows`` carriers (built on first use; takes minutes for a million)."""
    path = vault_path(rows)
    if path.exists():
        return path
    path.parent.mkdir(exist_ok=True)
    started = time.perf_counter()
    kdf = KdfParams.minimal()
    session, _ = setup.initialise(path, "基准测试单位", "BMS", "admin", PASSWORD, kdf=kdf)
    accounts.add_account(session, "clerk", frozenset({Role.CLERK}), PASSWORD)
    _clerk_ready(session)
    rng = random.Random(1)
    today = date.today()
    conn = session.vault.conn
    done = 0
    while done < rows:
        with session.vault.transaction():
            for _ in range(min(20_000, rows - done)):
                d, _copies = draft(rng, today)
                done += 1
                if d.level.needs_copy_number and d.copy_no is None:
                    d = replace(d, copy_no=1, copies_total=1)
                at = f"{today.isoformat()}T{done % 86400 // 3600:02d}:00:00+08:00"
                repo.insert(conn, make_number("BMS", 2026, done), False, d, marking(d.level, d.term),
                            declassification_date(d.level, d.term, d.issue_date), at, "clerk", "bench")
        print(f"  built {done:,} carriers ({time.perf_counter() - started:.0f} s)", flush=True)
    conn.execute("PRAGMA optimize")
    session.close()
    return path


def _clerk_ready(session) -> None:
    """The bench's clerk works at once (no forced first password change)."""
    row = account_rows.by_name(session.vault.conn, "clerk")
    if row is not None and row.must_change_password:
        with session.vault.transaction() as conn:
            account_rows.update(conn, row.id, must_change_password=0)


def options() -> dict:
    """Sign-in options for the bench's cached vaults: no daily automatic backup of a
    gigabyte file into .bench/ (where the program has that backup)."""
    return {"auto_backup": False} if "auto_backup" in inspect.signature(sign_in).parameters else {}


def clerk_session(path: Path, prepare=None):
    """The clerk signed in on a cached vault (made ready first if it was built before the
    forced first password change; ``prepare(admin_session)`` for more)."""
    with sign_in(path, "admin", PASSWORD, kdf=KdfParams.minimal(), **options()) as admin:
        _clerk_ready(admin)
        if prepare is not None:
            prepare(admin)
    return sign_in(path, "clerk", PASSWORD, **options())


def measure(rows: int) -> list[Row]:
    """The register operations, timed as the window does them (count + first page)."""
    path = build(rows)
    session = clerk_session(path)
    try:
        return _rows(session, rows)
    finally:
        session.close()


def _first_page(session, query: RegisterQuery):
    return carriers.page(session, query, limit=200)


def _time(name: str, fn, target: int | None = TARGET_MS, note: str = "") -> Row:
    runs, result = [], None
    for _ in range(RUNS):
        ms, result = timed(fn)
        runs.append(ms)
    parts = [f"target ≤ {target} ms" if target else "arrives after the rows", note,
             f"{result:,} rows" if isinstance(result, int) else ""]
    return Row(name, runs, "; ".join(p for p in parts if p))


COUNT_GOAL_MS = 300  # every total, or an estimate shown as 约 until the exact one arrives


def _pair(name: str, session, query: RegisterQuery) -> list[Row]:
    """What the window does: the first 200 rows (shown at once), then the total: exact at
    once, or an estimate (约) and then the exact count in slices of ids."""
    rows = [_time(f"{name}: first 200 rows", lambda: _first_page(session, query))]
    first = _time(f"{name}: total shown", lambda: register_counts.first_count(session, query)[0], COUNT_GOAL_MS)
    exact = register_counts.first_count(session, query)[1]
    first.note = ("exact; " if exact else "约 estimate; ") + first.note
    rows.append(first)
    if not exact:
        slices = register_counts.slices(session)
        rows.append(_time(f"{name}: exact total, {len(slices)} slices", lambda: register_counts.exact(session, query),
                          None, "replaces the estimate; the worker is free between slices"))
    return rows


def _rows(session, rows: int) -> list[Row]:
    base = RegisterQuery()
    out = _pair(f"register view, {rows:,} carriers", session, base)
    for key in (SortKey.TITLE, SortKey.LEVEL, SortKey.LOCATION, SortKey.STATE):
        q = replace(base, sort=key, descending=False)
        out.append(_time(f"  sort by {key.value}: first 200 rows", lambda q=q: _first_page(session, q)))
    filters = {
        "filter 密级=机密": replace(base, levels=frozenset({Level.SECRET})),
        "filter 类别=U盘": replace(base, types=frozenset({CarrierType.USB})),
        "filter 在库 + A柜1层": replace(base, states=frozenset({State.IN_ROOM}), location="A柜1层"),
    }
    for name, q in filters.items():
        out += _pair(f"  {name}", session, q)
    for text in ("保", "保密", "保密检", "保密检查", "SN1234"):
        out += _pair(f"  search “{text}”", session, replace(base, search=text))
    number = make_number("BMS", 2026, rows // 2)
    out.append(_time("look up one number", lambda: carriers.find(session, number), LOOKUP_TARGET_MS))
    return out
