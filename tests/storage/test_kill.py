"""The kill test: a writer killed with SIGKILL at random moments loses nothing it reported
as committed, and the vault always opens intact afterwards."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from secdesk.services import audit_log
from secdesk.storage import accounts as account_rows

WRITER = Path(__file__).with_name("kill_writer.py")
KILLS = 50
SEED = int(os.environ.get("SECDESK_KILL_SEED", "20261123"))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


class Child:
    """One writer process, its stdout read line by line as it comes."""

    def __init__(self, db_path: Path, password: str, tag: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), password, tag],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
        self.lines: list[str] = []
        self.first = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a half-written line was not reported
                self.lines.append(line.rstrip("\n"))
                self.first.set()
        self.first.set()

    def kill_after(self, delay: float) -> tuple[int, str]:
        """SIGKILL the child ``delay`` seconds after its first commit; (returncode, stderr)."""
        assert self.first.wait(30), "the writer never reported a commit"
        threading.Event().wait(delay)
        self.proc.send_signal(signal.SIGKILL)
        code = self.proc.wait(30)
        self.reader.join(30)
        return code, self.proc.stderr.read()


def _committed(session) -> tuple[set[str], set[str]]:
    """(unit names ever set, account names) as the vault holds them."""
    conn = session.vault.conn
    values = {json.loads(after)["unit.name"] for (after,) in conn.execute(
        "SELECT after FROM audit_events WHERE event = 'settings.change'")}
    names = {a.name for a in account_rows.all_accounts(conn)}
    return values, names


def test_writes_reported_as_committed_survive_sigkill(vault):
    """≥50 kills at random moments: each time the vault opens, its integrity and audit chain
    verify, and every write the child reported is there (accounts with their key slot)."""
    rng = random.Random(SEED)
    vault.close()
    kills, reported_total = 0, 0
    for round_no in range(KILLS):
        child = Child(vault.db_path, vault.password, f"r{round_no}")
        code, stderr = child.kill_after(rng.uniform(0.05, 0.6))
        assert code == -signal.SIGKILL, f"round {round_no}: writer ended by itself: {stderr}"
        kills += 1
        reported = [line.split(" ", 1) for line in child.lines]
        assert reported, f"round {round_no}: nothing reported"
        reported_total += len(reported)

        session = vault.sign_in()
        report = audit_log.verify(session)
        assert report.ok, (round_no, SEED, report)
        values, names = _committed(session)
        lost = [(kind, item) for kind, item in reported
                if (kind == "setting" and item not in values)
                or (kind == "account" and item not in names)
                or (kind == "account" and session.keyfile.find(item) is None)]
        assert lost == [], f"round {round_no} (seed {SEED}) lost committed writes"
        vault.close()

    assert kills >= 50
    assert reported_total > kills  # the child really committed many writes in between
