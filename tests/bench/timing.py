"""Small helpers: time a call, summarise runs, print an aligned table."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

RUNS = 5


@dataclass
class Row:
    """One line of the table: a measurement in milliseconds, or a note instead."""

    name: str
    runs_ms: list[float]
    note: str = ""

    def cells(self) -> list[str]:
        if not self.runs_ms:
            return [self.name, "-", "-", "-", self.note]
        return [self.name, f"{statistics.median(self.runs_ms):.0f} ms",
                f"{min(self.runs_ms):.0f} ms", f"{max(self.runs_ms):.0f} ms", self.note]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """Milliseconds one call of ``fn`` took, and what it returned."""
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def print_table(rows: list[Row]) -> None:
    """The rows under a header, each column as wide as its widest cell."""
    table = [["measure", "median", "min", "max", "note"]] + [r.cells() for r in rows]
    widths = [max(len(line[i]) for line in table) for i in range(4)]
    lines = []
    for line in table:
        numbers = "  ".join(cell.rjust(w) for cell, w in zip(line[1:4], widths[1:]))
        lines.append(f"{line[0].ljust(widths[0])}  {numbers}  {line[4]}".rstrip())
    print(lines[0])
    print("-" * max(len(line) for line in lines))
    print("\n".join(lines[1:]))


def peak_kib() -> int:
    """This process's peak resident set (VmHWM, KiB). Not ``ru_maxrss``: on Linux that
    carries the parent's peak across fork and exec, so a child started by a big bench
    process would report the parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
