"""SQL for the unit's signing key (签章密钥) and the seals of printed quarterly registers.

The private half of the Ed25519 key lives only here, inside the encrypted vault. Each
sealed register leaves a row: its fingerprint, its quarter, the hash of every record it
covered and of every printed page, and the signature.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

MIGRATION = """
CREATE TABLE unit_keys (
    id INTEGER PRIMARY KEY,
    key_id TEXT NOT NULL UNIQUE,
    private_key BLOB NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE seals (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,
    quarter TEXT NOT NULL,
    key_id TEXT NOT NULL,
    printed_at TEXT NOT NULL,
    printed_by TEXT NOT NULL,
    manifest TEXT NOT NULL,
    records TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE TRIGGER unit_keys_no_change BEFORE UPDATE ON unit_keys
BEGIN SELECT RAISE(ABORT, 'the unit key cannot change'); END;
CREATE TRIGGER unit_keys_no_delete BEFORE DELETE ON unit_keys
BEGIN SELECT RAISE(ABORT, 'the unit key cannot be deleted'); END;
CREATE TRIGGER seals_no_change BEFORE UPDATE ON seals
BEGIN SELECT RAISE(ABORT, 'a seal cannot change'); END;
CREATE TRIGGER seals_no_delete BEFORE DELETE ON seals
BEGIN SELECT RAISE(ABORT, 'a seal cannot be deleted'); END;
"""


@dataclass(frozen=True)
class SealRow:
    """A sealed register as recorded when it was printed."""

    fingerprint: str
    quarter: str
    key_id: str
    printed_at: str
    printed_by: str
    manifest: dict
    records: dict[str, str]  # record id -> hash of its content
    signature: str


def unit_key(conn) -> tuple[str, bytes, bytes] | None:
    """(key id, private key bytes, public key bytes) of the unit, or None before set-up."""
    row = conn.execute("SELECT key_id, private_key, public_key FROM unit_keys ORDER BY id LIMIT 1").fetchone()
    return (row[0], bytes(row[1]), bytes(row[2])) if row else None


def insert_key(conn, key_id: str, private: bytes, public: bytes, at: str) -> None:
    """Store the unit's key (once)."""
    conn.execute("INSERT INTO unit_keys (key_id, private_key, public_key, created_at) VALUES (?, ?, ?, ?)",
                 (key_id, private, public, at))


def insert_seal(conn, seal: SealRow) -> None:
    """Record a sealed register."""
    conn.execute("INSERT INTO seals (fingerprint, quarter, key_id, printed_at, printed_by, manifest, records, "
                 "signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (seal.fingerprint, seal.quarter, seal.key_id, seal.printed_at, seal.printed_by,
                  json.dumps(seal.manifest, ensure_ascii=False, sort_keys=True),
                  json.dumps(seal.records, sort_keys=True), seal.signature))


def _seal(r) -> SealRow:
    return SealRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]), r[7])


def by_fingerprint(conn, fingerprint: str) -> SealRow | None:
    """The seal with this fingerprint (full, lower case)."""
    r = conn.execute("SELECT fingerprint, quarter, key_id, printed_at, printed_by, manifest, records, signature "
                     "FROM seals WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return _seal(r) if r else None


def seals(conn) -> list[tuple[str, str, str, str]]:
    """(fingerprint, quarter, printed_at, printed_by) of every seal, newest first."""
    return conn.execute("SELECT fingerprint, quarter, printed_at, printed_by FROM seals ORDER BY id DESC").fetchall()
