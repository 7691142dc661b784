"""Import benchmarks (issue 19): the dry run and the import of a generated 10,000-row
register workbook (.xlsx) and the same rows as a GBK CSV.

Each measure runs in a fresh child process so its memory figure is its own: the peak
resident set size (VmHWM) after the calls minus the same before them (after the
imports, the vault made and a warm-up on a 20-row file). Each import goes into a fresh
vault (the cheap test KDF: sign-in is not what is timed). Printed, never asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .timing import Row, peak_kib

ROOT = Path(__file__).resolve().parents[2]
ROWS = int(os.environ.get("SECDESK_BENCH_IMPORT_ROWS", "10000"))
TARGET_MS = 30_000  # a 10,000-row file in well under a minute, the window's progress showing


def _vault(folder: Path):
    from secdesk.domain.roles import Role
    from secdesk.services import accounts, setup
    from secdesk.services.session import sign_in
    from secdesk.storage import accounts as account_rows
    from secdesk.storage.keyfile import KdfParams

    kdf = KdfParams.minimal()
    admin, _ = setup.initialise(folder / "v.db", "基准单位", "BMS", "admin", "Adm1n#Secret", kdf=kdf)
    accounts.add_account(admin, "clerk1", frozenset({Role.CLERK}), "Wq7#rT2kLmZ", "王保密")
    with admin.vault.transaction() as conn:
        account_rows.update(conn, account_rows.by_name(conn, "clerk1").id, must_change_password=0)
    admin.close()
    return sign_in(folder / "v.db", "clerk1", "Wq7#rT2kLmZ", kdf=kdf)


def child(what: str, fmt: str, n: int, runs: int) -> dict:
    """In the child: write the file, warm up, time ``runs`` calls; times, memory, counts."""
    from secdesk.services import importing
    from tests.importing_books import generated_rows, write_book, write_csv

    with tempfile.TemporaryDirectory(prefix="secdesk-bench-import-") as tmp:
        folder = Path(tmp)
        os.environ["SECDESK_STATE_DIR"] = str(folder / "state")
        make = (lambda p, r: write_book(p, r)) if fmt == "xlsx" else (lambda p, r: write_csv(p, r, "gbk"))
        source = make(folder / f"register.{fmt}", generated_rows(n))
        warm = make(folder / f"warm.{fmt}", generated_rows(20))
        for i in range(runs + 1):
            (folder / f"v{i}").mkdir()
        sessions = [_vault(folder / f"v{i}") for i in range(runs + 1)]
        importing.preview_register(sessions[0], warm)
        if what == "import":
            importing.import_register(sessions[0], warm, skip_errors=True)
        before = peak_kib()
        times, result = [], None
        for i in range(runs):
            session = sessions[i + 1]
            start = time.perf_counter()
            if what == "dry-run":
                result = importing.preview_register(session, source)
            else:
                result = importing.import_register(session, source, skip_errors=True)
            times.append((time.perf_counter() - start) * 1000)
        after = peak_kib()
        for session in sessions:
            session.close()
        return {"ms": times, "rss_mb": (after - before) / 1024, "rss_total_mb": after / 1024,
                "bytes": source.stat().st_size, "carriers": result.totals["载体"], "rows": len(result.rows)}


def _run(what: str, fmt: str, n: int, runs: int) -> dict:
    out = subprocess.run([sys.executable, "-m", "tests.bench.importing", what, fmt, str(n), str(runs)],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(n: int = ROWS) -> list[Row]:
    """Dry run and import of ``n`` rows, from .xlsx and from GBK CSV."""
    rows = []
    for name, what, fmt, runs in ((f"import dry run, {n:,} rows (.xlsx)", "dry-run", "xlsx", 3),
                                  (f"import, {n:,} rows (.xlsx), one transaction", "import", "xlsx", 2),
                                  (f"import dry run, {n:,} rows (GBK .csv)", "dry-run", "csv", 3),
                                  (f"import, {n:,} rows (GBK .csv), one transaction", "import", "csv", 2)):
        try:
            r = _run(what, fmt, n, runs)
        except (subprocess.CalledProcessError, ValueError) as exc:
            rows.append(Row(name, [], f"failed: {exc}"))
            continue
        rows.append(Row(name, r["ms"], f"{r['bytes'] / 1e6:.1f} MB file, {r['rows']:,} rows → {r['carriers']:,} "
                        f"carriers; peak RSS +{r['rss_mb']:.0f} MB ({r['rss_total_mb']:.0f} MB process); "
                        f"target ≤ {TARGET_MS // 1000} s"))
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 5:
        print(json.dumps(child(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
    else:
        from .timing import print_table

        print_table(measure())
