"""SQL for settings (JSON values) and secrets (bytes never shown or exported)."""

from __future__ import annotations

import json
from typing import Any


_changes = [0]  # bumped by every put: a cached copy of the settings older than this is stale


def generation() -> int:
    """A number that changes whenever a setting is stored (through :func:`put`), on any
    connection, committed or not: what a cache of the settings is checked against."""
    return _changes[0]


def get_all(conn) -> dict[str, Any]:
    """Every stored setting, decoded."""
    return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM settings")}


def put(conn, key: str, value: Any) -> None:
    """Store one setting."""
    _changes[0] += 1
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )


def get_secret(conn, key: str) -> bytes | None:
    """A secret kept only inside the encrypted database."""
    row = conn.execute("SELECT value FROM secrets WHERE key = ?", (key,)).fetchone()
    return bytes(row[0]) if row else None


def put_secret(conn, key: str, value: bytes) -> None:
    """Store a secret (for example the journal's private key)."""
    conn.execute("INSERT OR REPLACE INTO secrets (key, value) VALUES (?, ?)", (key, value))
