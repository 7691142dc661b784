"""Printing benchmarks: a label PDF of 1,000 labels, form 1 of 10,000 and 100,000 rows.

Synthetic data, no database. Each measure runs in a fresh child process so its memory
figure is its own: the peak resident set size (VmHWM) after the call minus the
same before it (after imports and a warm-up that registers the font), i.e. how much the
call added at its peak. Printed, never asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from .timing import Row, peak_kib

ROOT = Path(__file__).resolve().parents[2]

TARGETS = {"labels": 3_000, "roll": 3_000, "register-10000": 3_000,
           "register-100000": 30_000}  # ms
MEMORY_TARGET_MB = 300
UNITS = ("某某市国家保密局", "中华人民共和国某某省某某市某某区人民政府办公室机要科", "省委办公厅")
MARKINGS = (("机密★20年", 2), ("秘密★2027年6月30日", 1), ("内部", 0), ("绝密★", 3),
            ("秘密★6个月", 1), ("机密★会议开始前", 2))
TYPES = ("纸介质", "U盘", "光盘", "移动硬盘", "保密笔记本", "硬盘")
STATES = ("在库", "借出", "外出", "下落不明")


def labels(n: int) -> list:
    from secdesk.domain.carriers.numbers import make_number
    from secdesk.printing.labels import LabelData

    return [LabelData(make_number("BMS", 2026, i), MARKINGS[i % 6][0], TYPES[i % 6],
                      f"第{i % 5 + 1}份 共5份" if i % 3 else "", UNITS[i % 3], reprint=i % 50 == 0)
            for i in range(1, n + 1)]


def register_rows(n: int) -> Iterator:
    """Rows as a register holds them: mostly short, some long titles and remarks."""
    from secdesk.domain.carriers.numbers import make_number
    from secdesk.printing.register_form import RegisterRow

    for i in range(1, n + 1):
        marking, rank = MARKINGS[i % 6]
        title = f"关于印发《{2020 + i % 7}年度保密工作要点》的通知（第{i}号）"
        if i % 13 == 0:
            title += "（附件：涉密人员名单、保密要害部门部位清单、年度检查计划及整改台账）" * 3
        yield RegisterRow(
            number=make_number("BMS", 2026, i), title=title, origin_unit=UNITS[i % 3],
            ctype=TYPES[i % 6], doc_no=f"某保发〔2026〕{i}号", marking=marking, level_rank=rank,
            extent=f"{i % 90 + 1}页", copies=f"第{i % 5 + 1}份 共5份",
            scope=("办公室", "全体中层以上干部", "保密办、机要室")[i % 3],
            custodian=("张三", "李四", "欧阳晓明")[i % 3], location=f"{'ABC'[i % 3]}柜{i % 6 + 1}层",
            state=STATES[i % 4], remarks="原登记号旧-2019-0045，清查时补登" if i % 29 == 0 else "")


def child(what: str, n: int, runs: int) -> dict:
    """Run in the child: warm up, then time ``runs`` calls; report times and memory."""
    from secdesk.printing.labels import LabelLayout, labels_pdf
    from secdesk.printing.register_form import register_pdf

    if what in ("labels", "roll"):
        data = labels(n)
        layout = LabelLayout.A4_3X8 if what == "labels" else LabelLayout.ROLL_40X20
        call = lambda: labels_pdf(data, layout)  # noqa: E731
        labels_pdf(data[:3], LabelLayout.ROLL_50X30)
    else:
        call = lambda: register_pdf(register_rows(n), "某某市某某局", "在库载体 截至2026年9月30日")  # noqa: E731
        register_pdf(register_rows(20), "warm-up", "")
    before = peak_kib()
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        size = len(call())
        times.append((time.perf_counter() - start) * 1000)
    after = peak_kib()
    return {"ms": times, "bytes": size, "rss_mb": (after - before) / 1024,
            "rss_total_mb": after / 1024}


def _run(what: str, n: int, runs: int) -> dict:
    out = subprocess.run([sys.executable, "-m", "tests.bench.printing", what, str(n), str(runs)],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def measure() -> list[Row]:
    """The three printing measures as table rows."""
    rows = []
    for name, what, n, runs, key in (
            ("label PDF, 1,000 labels (A4 3×8)", "labels", 1_000, 3, "labels"),
            ("label PDF, 1,000 labels (roll 40×20)", "roll", 1_000, 3, "roll"),
            ("register PDF (form 1), 10,000 rows", "register", 10_000, 3, "register-10000"),
            ("register PDF (form 1), 100,000 rows", "register", 100_000, 1, "register-100000")):
        try:
            result = _run(what, n, runs)
        except (subprocess.CalledProcessError, ValueError) as exc:
            rows.append(Row(name, [], f"failed: {exc}"))
            continue
        note = (f"target ≤ {TARGETS[key] // 1000} s; {result['bytes'] / 1e6:.1f} MB PDF; "
                f"peak RSS +{result['rss_mb']:.0f} MB (VmHWM delta, "
                f"{result['rss_total_mb']:.0f} MB process; target ≤ {MEMORY_TARGET_MB} MB)")
        if runs == 1:
            note = "1 run; " + note
        rows.append(Row(name, result["ms"], note))
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 4:
        print(json.dumps(child(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))
    else:
        from .timing import print_table

        print_table(measure())
