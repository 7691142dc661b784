"""``python -m tests.bench`` (``make bench``): print the benchmarks of secdesk.

Printed, never asserted. Takes well under two minutes: a vault with the default KDF is
made in a temp folder, then sign-in, the KDF and the vault are timed, then the start to
the sign-in window from the venv and from the built bundle (median of 5 each). The
station's scan-to-result on the big lending vault, the 10,000-scan soak and the sealed
quarterly register of a 10,080-carrier demo add a few minutes (and the first build of
the cached vaults in .bench/ much more: about 3.5 minutes for the demo).
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from . import importing, lending, printing, quarterly, quarterly_demo, register, signin, soak, startup
from . import minimal_scan, window_time
from .timing import RUNS, Row, print_table

ROOT = Path(__file__).resolve().parents[2]
# The register size measured; the vault is built once into .bench/ (minutes for 1,000,000).
REGISTER_ROWS = int(os.environ.get("SECDESK_BENCH_ROWS", "1000000"))
# Past loans on that register for the station benchmark (built once into .bench/ too).
LENDING_LOANS = int(os.environ.get("SECDESK_BENCH_LOANS", "5000000"))
# Scans of the station soak (a fresh small vault each run).
SOAK_SCANS = int(os.environ.get("SECDESK_BENCH_SOAK", "10000"))


def main() -> int:
    started = time.perf_counter()
    print(f"secdesk benchmarks: median of {RUNS} runs, printed not asserted")
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory(prefix="secdesk-bench-") as tmp:
        folder = Path(tmp)
        os.environ["SECDESK_STATE_DIR"] = str(folder / "state")  # no real user files touched
        db, db_key = signin.make_vault(folder)
        rows = signin.measure(db, db_key) + [signin.demo_open(folder)]
        rows.append(startup.measure("cold start to sign-in window (venv)",
                                    startup.venv_program(), db, folder / "state"))
        rows += startup.bundle_stats(ROOT)  # how long the last make dist took, its size
        bundle = startup.bundle_program(ROOT)
        if bundle.exists():
            start = startup.measure("bundle start to sign-in window (dist/secdesk)", bundle, db, folder / "state")
            start.note += f"; goal ≤ {startup.START_GOAL_MS} ms"
            rows.append(start)
        else:
            rows.append(Row("bundle start to sign-in window (dist/secdesk)", [],
                            "no bundle: run 'make dist' first"))
        rows += printing.measure()  # label and register PDFs (issue 3), each in a child process
        rows += quarterly.measure()  # the 季度台账 layout on synthetic rows (issue 7)
        rows += quarterly_demo.measure()  # the sealed 季度台账 of a 10,080-carrier demo, end to end
        rows += register.measure(REGISTER_ROWS)  # the register at a million carriers (issue 3)
        kdf = next((r for r in rows if r.name.strip().startswith("KDF alone")), None)
        rows += window_time.measure(REGISTER_ROWS, LENDING_LOANS,  # by vault size (issue 18)
                                    statistics.median(kdf.runs_ms) if kdf else 0.0)
        minimal_runs, minimal_row = minimal_scan.measure()  # the station's reference, this run
        rows.append(minimal_row)
        rows += lending.measure(REGISTER_ROWS, LENDING_LOANS, minimal_scan.p99(minimal_runs))
        rows += soak.measure(folder, SOAK_SCANS)  # the station through a long day of scans
        rows += importing.measure()  # dry run and import of a 10,000-row old register (issue 19)
    print()
    print_table(rows)
    print(f"\n(all measured in {time.perf_counter() - started:.0f} s; start times are wall "
          "time of a new process with QT_QPA_PLATFORM=offscreen)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
