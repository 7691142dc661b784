"""Quarterly register benchmark: 涉密载体季度台账 of 10,000 and of 100,000 register rows,
each with sections of 5,000 rows in all.

As ``printing``: synthetic data, no database, each measure in a fresh child process;
memory is the peak resident set size added by the call (VmHWM after the calls
minus before them, after imports and a small warm-up book). Printed, never asserted.
Run alone with ``python -m tests.bench.quarterly``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
import time

from .printing import MEMORY_TARGET_MB, ROOT, STATES, TYPES, register_rows
from .timing import Row, peak_kib

TARGETS = {10_000: 8_000, 100_000: 80_000}  # ms; 100,000 rows: ten times the 10,000 target
LEVELS = ("绝密", "机密", "秘密", "内部")
SECTION_ROWS = (("二、本季度新登记载体", 1_200), ("三、借阅记录", 3_000), ("四、逾期未还", 200),
                ("五、销毁记录", 500), ("六、移交及清退", 100), ("七、下落不明载体", 0))
COLUMNS = (("序号", 6), ("日期", 14), ("载体编号", 22), ("文件资料名称", 50), ("密级", 8),
           ("经办人", 10), ("备注", 20))


def sections() -> tuple:
    """Six sections, 5,000 rows in all (one of them empty); some titles wrap."""
    from secdesk.printing.quarterly import Table

    out = []
    for title, n in SECTION_ROWS:
        rows = [(str(i), f"2026-{10 + i % 3}-{i % 28 + 1:02d}", f"BMS-2026-{i:07d}",
                 f"关于{title[2:]}的通知（第{i}号）" + ("及附件清单" * 6 if i % 17 == 0 else ""),
                 LEVELS[1 + i % 3], ("张三", "李四", "欧阳晓明")[i % 3],
                 "已归还" if i % 4 else "") for i in range(1, n + 1)]
        out.append(Table(title, COLUMNS, rows, summary=f"合计：{n} 条" if n else ""))
    return tuple(out)


def book(n: int):
    """A book of ``n`` register rows (bench ``register_rows``) and the sections above."""
    from secdesk.printing.quarterly import QuarterlyBook, Totals

    counts = tuple(tuple(n // (len(TYPES) * 4) for _ in LEVELS) for _ in TYPES)
    counts = ((counts[0][0] + n - sum(map(sum, counts)), *counts[0][1:]), *counts[1:])
    states = tuple((state, n // len(STATES)) for state in STATES)
    states = ((states[0][0], states[0][1] + n - n // len(STATES) * len(STATES)), *states[1:])
    return QuarterlyBook(
        unit="某某市某某局", quarter="2026Q4", period="2026年第四季度（2026-10-01至2026-12-31）",
        level="绝密", totals=Totals(LEVELS, TYPES, counts, states, registered=n),
        register=lambda: register_rows(n), register_count=n, sections=sections(),
        printed_at="2026-12-31 16:20", key_id="ed25519:7c1f93ab")


def child(n: int, runs: int) -> dict:
    """Run in the child: warm up, then time ``runs`` calls; report times and memory."""
    from secdesk.printing.quarterly import quarterly_pdf

    fingerprint = hashlib.sha256(b"bench").hexdigest()
    seal = "A" * 4000
    data = book(n)
    quarterly_pdf(dataclasses.replace(book(20), sections=()), fingerprint, seal)  # warm-up
    before = peak_kib()
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        size = len(quarterly_pdf(data, fingerprint, seal))
        times.append((time.perf_counter() - start) * 1000)
    after = peak_kib()
    return {"ms": times, "bytes": size, "rss_mb": (after - before) / 1024,
            "rss_total_mb": after / 1024}


def _run(n: int, runs: int) -> dict:
    out = subprocess.run([sys.executable, "-m", "tests.bench.quarterly", str(n), str(runs)],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def measure() -> list[Row]:
    """The two quarterly book measures as table rows."""
    rows = []
    for n, runs in ((10_000, 3), (100_000, 1)):
        name = f"quarterly register PDF, {n:,} rows + 5,000 section rows"
        try:
            result = _run(n, runs)
        except (subprocess.CalledProcessError, ValueError) as exc:
            rows.append(Row(name, [], f"failed: {exc}"))
            continue
        note = (f"target ≤ {TARGETS[n] // 1000} s; {result['bytes'] / 1e6:.1f} MB PDF; "
                f"peak RSS +{result['rss_mb']:.0f} MB (VmHWM delta, "
                f"{result['rss_total_mb']:.0f} MB process; target ≤ {MEMORY_TARGET_MB} MB)")
        rows.append(Row(name, result["ms"], ("1 run; " if runs == 1 else "") + note))
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 3:
        print(json.dumps(child(int(sys.argv[1]), int(sys.argv[2]))))
    else:
        from .timing import print_table

        print_table(measure())
