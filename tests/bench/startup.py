"""Start to the sign-in window: ``secdesk --db DB --smoke-exit`` in a fresh process.

The program prints ``ready <ms>`` (its own time from entering the window code) and exits;
the wall time measured here includes the interpreter, the imports and Qt's start.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .timing import RUNS, Row, timed


def _run_once(program: Path, db: Path, env: dict[str, str]) -> tuple[float, str | None, str]:
    """Wall ms, the reported ready ms (None if absent) and the output of one start."""
    ms, proc = timed(lambda: subprocess.run(
        [str(program), "--db", str(db), "--smoke-exit"], env=env, capture_output=True,
        text=True, timeout=60, stdin=subprocess.DEVNULL,
    ))
    ready = re.search(r"^ready (\d+)", proc.stdout, re.MULTILINE)
    output = (proc.stdout + proc.stderr).strip()
    return ms, ready.group(1) if ready and proc.returncode == 0 else None, output


def measure(name: str, program: Path, db: Path, state: Path) -> Row:
    """Median wall time of RUNS starts; a note instead if the start does not work."""
    if not program.exists():
        return Row(name, [], f"{program} not found")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SECDESK_STATE_DIR=str(state))
    walls, readies = [], []
    for _ in range(RUNS):
        try:
            ms, ready, output = _run_once(program, db, env)
        except subprocess.TimeoutExpired:
            return Row(name, [], "no exit within 60 s")
        if ready is None:
            last = output.splitlines()[-1] if output else "no output"
            hint = "--smoke-exit not implemented yet? " if "smoke-exit" in output else ""
            return Row(name, [], f"skipped: {hint}{last[:100]}")
        walls.append(ms)
        readies.append(int(ready))
    readies.sort()
    return Row(name, walls, f"first run {walls[0]:.0f} ms; in-program 'ready' "
                            f"{readies[len(readies) // 2]} ms (median)")


def venv_program() -> Path:
    """``secdesk`` beside the running interpreter (.venv/bin/secdesk)."""
    return Path(sys.executable).parent / ("secdesk.exe" if os.name == "nt" else "secdesk")


def bundle_program(root: Path) -> Path:
    """The built bundle's executable (``make dist``)."""
    return root / "dist" / "secdesk" / ("secdesk.exe" if os.name == "nt" else "secdesk")


SIZE_GOAL_MIB = 180
START_GOAL_MS = 1000


def bundle_stats(root: Path) -> list[Row]:
    """What ``dist/build-stats.txt`` says of the last ``make dist`` (how long it took, the
    bundle's size), or a note that none was built; never builds one."""
    stats = root / "dist" / "build-stats.txt"
    bundle = root / "dist" / "secdesk"
    if not stats.exists():
        if bundle.exists():  # built before the stats file was written
            size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()) / 2**20
            return [Row("bundle size (dist/secdesk, unpacked)", [], f"{size:.1f} MiB; goal ≤ {SIZE_GOAL_MIB} MiB; "
                        "build time unknown (built before build-stats.txt)")]
        return [Row("last 'make dist'", [], "no bundle built: run 'make dist' (not run by make bench)")]
    values = dict(line.split("=", 1) for line in stats.read_text().split() if "=" in line)
    unpacked = int(values.get("unpacked_bytes", 0)) / 2**20
    archive = int(values.get("archive_bytes", 0)) / 2**20
    return [Row("last 'make dist' (packaging/build.sh, with its smoke test)", [float(values.get("seconds", 0)) * 1000],
                f"built {values.get('built', '?')}"),
            Row("  bundle size, unpacked", [], f"{unpacked:.1f} MiB ({values.get('files', '?')} files), "
                f"tar.gz {archive:.1f} MiB; goal ≤ {SIZE_GOAL_MIB} MiB")]
