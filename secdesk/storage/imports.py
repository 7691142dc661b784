"""SQL of imports (导入): the source rows brought in, old numbers, carriers 待补.

Each imported source row is remembered by a fingerprint of its normalised content, so
importing the same file again (or the same rows re-saved as CSV) adds nothing. A carrier
keeps the number its old register gave it (``old_number``), so its old label still
scans; ``pending`` marks a carrier brought in from an old register without what today's
rules require at registration (份号 of 绝密/机密, 知悉范围) until it is completed.
"""

from __future__ import annotations

from collections.abc import Iterable

MIGRATION = """
ALTER TABLE carriers ADD COLUMN old_number TEXT NOT NULL DEFAULT '';
ALTER TABLE carriers ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
CREATE INDEX carriers_by_old_number ON carriers (old_number) WHERE old_number <> '';
CREATE INDEX carriers_pending ON carriers (id) WHERE pending = 1;
CREATE TABLE import_rows (
    fingerprint TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('register', 'personnel')),
    import_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sheet TEXT NOT NULL,
    row_no INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    numbers TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    PRIMARY KEY (kind, fingerprint)
);
CREATE INDEX import_rows_by_import ON import_rows (import_id);
"""
CHUNK = 500
OPEN = "state NOT IN ('已移交', '已清退', '已销毁', '已作废')"
# What an imported carrier still lacks, as SQL: 份号 of 绝密/机密, 知悉范围.
LACKS_COPY_NO = "(level_rank >= 2 AND copy_no IS NULL)"
LACKS_SCOPE = "(scope = '')"


def imported(conn, kind: str, fingerprints: Iterable[str]) -> dict[str, list[str]]:
    """Fingerprint → the numbers (or badges) assigned, for those already imported."""
    wanted, out = list(fingerprints), {}
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        rows = conn.execute(f"SELECT fingerprint, numbers FROM import_rows WHERE kind = ? AND fingerprint IN "
                            f"({', '.join('?' * len(part))})", (kind, *part))
        out.update({fp: numbers.split(",") for fp, numbers in rows})
    return out


def record_row(conn, kind: str, fingerprint: str, import_id: str, file_name: str, sheet: str,
               row_no: int, outcome: str, numbers: list[str], at: str, by: str) -> None:
    """Remember one imported source row and what it became."""
    conn.execute("INSERT INTO import_rows (fingerprint, kind, import_id, file_name, sheet, row_no, outcome, "
                 "numbers, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (fingerprint, kind, import_id, file_name, sheet, row_no, outcome, ",".join(numbers), at, by))


def same_carriers(conn, titles: Iterable[str]) -> list[tuple[str, str, str, int | None, str]]:
    """(title, 文号, 密级, 份号, number) of the open carriers with one of these titles."""
    wanted, out = sorted(set(titles)), []
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        out += conn.execute(f"SELECT title, doc_no, level, copy_no, number FROM carriers WHERE {OPEN} "
                            f"AND title IN ({', '.join('?' * len(part))}) ORDER BY id", part).fetchall()
    return out


def set_imported(conn, carrier_id: int, old_number: str, pending: bool) -> None:
    """The old register's number and the 待补 mark of a carrier just imported."""
    conn.execute("UPDATE carriers SET old_number = ?, pending = ? WHERE id = ?",
                 (old_number, int(pending), carrier_id))


def by_old_number(conn, text: str) -> list[str]:
    """Numbers of the carriers an old register numbered ``text`` (several for a
    multi-copy row), open ones first."""
    rows = conn.execute(f"SELECT number FROM carriers WHERE old_number = ? ORDER BY {OPEN} DESC, id",
                        (text.strip(),))
    return [r[0] for r in rows]


def pending(conn) -> list[tuple[str, bool, bool]]:
    """(number, lacks 份号, lacks 知悉范围) of the open imported carriers still 待补."""
    rows = conn.execute(f"SELECT number, {LACKS_COPY_NO}, {LACKS_SCOPE} FROM carriers "
                        f"WHERE pending = 1 AND {OPEN} AND ({LACKS_COPY_NO} OR {LACKS_SCOPE}) ORDER BY id")
    return [(n, bool(a), bool(b)) for n, a, b in rows]


def complete(conn, carrier_id: int, copy_no: int | None, copies_total: int | None, scope: str | None) -> None:
    """Fill in what an imported carrier lacked; the mark goes once nothing is missing."""
    if copy_no is not None:
        conn.execute("UPDATE carriers SET copy_no = ?, copies_total = ? WHERE id = ?",
                     (copy_no, copies_total, carrier_id))
    if scope is not None:
        conn.execute("UPDATE carriers SET scope = ? WHERE id = ?", (scope, carrier_id))
    conn.execute(f"UPDATE carriers SET pending = 0 WHERE id = ? AND NOT ({LACKS_COPY_NO} OR {LACKS_SCOPE})",
                 (carrier_id,))


def pending_of(conn, carrier_id: int) -> bool:
    """True if the carrier is marked 待补."""
    row = conn.execute("SELECT pending FROM carriers WHERE id = ?", (carrier_id,)).fetchone()
    return bool(row and row[0])


def old_number_of(conn, carrier_id: int) -> str:
    """The number the old register gave the carrier ("" if none)."""
    row = conn.execute("SELECT old_number FROM carriers WHERE id = ?", (carrier_id,)).fetchone()
    return row[0] if row else ""
