"""The reference for the station: a minimal Qt scan loop over an encrypted database with
the vault's settings (SQLCipher 4, raw 256-bit key, WAL, ``synchronous=FULL``, exclusive
locking). QLineEdit Enter → look the carrier up, update it, insert a loan and an event,
one durable commit, a label repainted. Nothing else: no rules, no audit chain, no
anchor. The station's scan is measured against it in the same run.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

import sqlcipher3

from .timing import Row

CARRIERS = 20_000
SCANS = 500
TARGET_RATIO = 8  # the station's p99 may be at most this many times the loop's


def _database(folder: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(folder / "minimal.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.executescript("""
        CREATE TABLE carriers (id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, state TEXT NOT NULL);
        CREATE TABLE loans (id INTEGER PRIMARY KEY, carrier_id INTEGER NOT NULL, at REAL NOT NULL);
        CREATE TABLE events (id INTEGER PRIMARY KEY, at REAL NOT NULL, what TEXT NOT NULL);
    """)
    with conn:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO carriers (number, state) VALUES (?, '在库')",
                         [(f"MIN-{i:07d}",) for i in range(CARRIERS)])
        conn.execute("COMMIT")
    return conn


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-99 * len(ordered) // 100) - 1)]


def measure() -> tuple[list[float], Row]:
    """The loop's scan times (ms) and its row."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

    from .lending import qt_app

    app = qt_app()
    with tempfile.TemporaryDirectory(prefix="secdesk-minimal-") as tmp:
        conn = _database(Path(tmp))
        window = QWidget()
        edit, label = QLineEdit(window), QLabel("-", window)
        layout = QVBoxLayout(window)
        layout.addWidget(edit)
        layout.addWidget(label)
        window.resize(600, 200)
        window.show()
        app.processEvents()

        def scanned() -> None:
            number = edit.text()
            edit.clear()
            carrier_id, state = conn.execute("SELECT id, state FROM carriers WHERE number = ?", (number,)).fetchone()
            new = "借出" if state == "在库" else "在库"
            now = time.time()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE carriers SET state = ? WHERE id = ?", (new, carrier_id))
            conn.execute("INSERT INTO loans (carrier_id, at) VALUES (?, ?)", (carrier_id, now))
            conn.execute("INSERT INTO events (at, what) VALUES (?, ?)", (now, f"{new} {number}"))
            conn.execute("COMMIT")
            label.setText(f"{new} {number}")
            label.repaint()

        edit.returnPressed.connect(scanned)
        runs = []
        for i in range(SCANS):
            QTest.keyClicks(edit, f"MIN-{(i * 37) % CARRIERS:07d}")
            start = time.perf_counter()
            QTest.keyClick(edit, Qt.Key.Key_Return)
            runs.append((time.perf_counter() - start) * 1000)
        window.close()
        window.deleteLater()
        app.processEvents()
        conn.close()
    row = Row("minimal Qt scan loop (reference: Enter → lookup, update, 2 inserts, FULL commit, repaint)",
              runs, f"p50 {statistics.median(runs):.2f} ms, p99 {p99(runs):.2f} ms; {SCANS} scans, "
                    "SQLCipher WAL, synchronous=FULL")
    return runs, row
