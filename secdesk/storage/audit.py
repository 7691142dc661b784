"""The audit chain (审计日志): append-only events, each MAC-chained to the one before.

MAC(n) = HMAC-SHA256(audit key, MAC(n-1) ‖ canonical fields of event n). A head row
records the last sequence number and MAC under its own tag, so that cutting events off
the end is found too. Triggers refuse UPDATE and DELETE; :func:`verify` finds any change
made around them and says which event.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from secdesk.domain.errors import DamagedFile

GENESIS = "0" * 64
FIELDS = ("seq", "at", "account", "role", "event", "object", "before", "after", "result", "detail")


@dataclass(frozen=True)
class AuditEvent:
    """One line of the audit log: who did what to which object, when, with what result."""

    seq: int
    at: str
    account: str
    role: str
    event: str
    object: str
    before: str | None
    after: str | None
    result: str
    detail: str


@dataclass(frozen=True)
class ChainReport:
    """What :func:`verify` found: the number of events checked, and the first fault."""

    checked: int
    bad_seq: int | None = None
    problem_zh: str = ""
    problem_en: str = ""

    @property
    def ok(self) -> bool:
        """True when every event and the head are intact."""
        return self.bad_seq is None and not self.problem_zh


def to_json(value: Any) -> str | None:
    """Canonical JSON for a before/after value (None stays None)."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _mac(key: bytes, prev: str, values: tuple) -> str:
    body = json.dumps([prev, *values], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


def _head_tag(key: bytes, seq: int, mac: str) -> str:
    return hmac.new(key, f"head|{seq}|{mac}".encode(), hashlib.sha256).hexdigest()


def append(conn, key: bytes, event: AuditEvent, sealer=None) -> int:
    """Append ``event`` (its ``seq`` is ignored) inside the caller's transaction; with the
    open epoch's ``sealer`` (:mod:`secdesk.storage.sealing`) it is sealed as well."""
    row = conn.execute("SELECT seq, mac FROM audit_head WHERE id = 1").fetchone()
    prev_seq, prev_mac = row if row else (0, GENESIS)
    seq = prev_seq + 1
    if conn.execute("SELECT 1 FROM audit_events WHERE seq = ?", (seq,)).fetchone():
        raise DamagedFile(  # the head was set back: never a raw constraint error
            f"审计日志的链尾记录与第{seq}号事件不符，审计日志已被改动；请从备份中恢复",
            f"the audit head does not match event {seq}: the audit log was altered; "
            "restore from a backup",
        )
    values = (seq, *[getattr(event, f) for f in FIELDS[1:]])
    mac = _mac(key, prev_mac, values)
    sealed = (sealer.generation, sealer.epoch, sealer.seal(seq, values[1:])) if sealer else (None, None, None)
    conn.execute(
        f"INSERT INTO audit_events ({', '.join(FIELDS)}, mac, generation, epoch, seal) "
        f"VALUES ({', '.join('?' * 14)})",
        (*values, mac, *sealed),
    )
    conn.execute(
        "INSERT INTO audit_head (id, seq, mac, tag) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, mac = excluded.mac, "
        "tag = excluded.tag",
        (seq, mac, _head_tag(key, seq, mac)),
    )
    return seq


def verify(conn, key: bytes) -> ChainReport:
    """Recompute the whole chain; report the first event that is wrong, if any."""
    prev_mac, expected, count = GENESIS, 1, 0
    cursor = conn.execute(f"SELECT {', '.join(FIELDS)}, mac FROM audit_events ORDER BY seq")
    for row in cursor:
        seq, values, mac = row[0], tuple(row[:-1]), row[-1]
        if seq != expected:
            return _missing(count, expected, seq)
        if not hmac.compare_digest(mac, _mac(key, prev_mac, values)):
            return _altered(count, seq)
        prev_mac, expected, count = mac, seq + 1, count + 1
    return _check_head(conn, key, count, prev_mac)


def _missing(count: int, expected: int, found: int) -> ChainReport:
    gap = f"{expected}" if found == expected + 1 else f"{expected}–{found - 1}"
    return ChainReport(
        count,
        expected,
        f"第{gap}号事件缺失（被删除），其后为第{found}号",
        f"event {gap} is missing (deleted); next is event {found}",
    )


def _altered(count: int, seq: int) -> ChainReport:
    return ChainReport(
        count,
        seq,
        f"第{seq}号事件内容被改动或顺序被调换",
        f"event {seq} was altered or moved",
    )


def _check_head(conn, key: bytes, count: int, last_mac: str) -> ChainReport:
    head = conn.execute("SELECT seq, mac, tag FROM audit_head WHERE id = 1").fetchone()
    if head is None:
        if count == 0:
            return ChainReport(0)
        return ChainReport(count, None, "审计链尾记录缺失", "the audit head record is missing")
    seq, mac, tag = head
    if not hmac.compare_digest(tag, _head_tag(key, seq, mac)):
        return ChainReport(count, None, "审计链尾记录被改动", "the audit head record was altered")
    if seq != count or mac != last_mac:
        first_missing = count + 1
        return ChainReport(
            count,
            first_missing,
            f"第{first_missing}–{seq}号事件缺失（末尾被删除）",
            f"events {first_missing}–{seq} are missing (cut from the end)",
        )
    return ChainReport(count)


def events(conn, where: str = "", params: tuple = (), limit: int = 500, offset: int = 0):
    """Events matching a SQL filter built by the audit service, newest first."""
    sql = f"SELECT {', '.join(FIELDS)} FROM audit_events"
    if where:
        sql += f" WHERE {where}"
    sql += " ORDER BY seq DESC LIMIT ? OFFSET ?"
    return [AuditEvent(*row) for row in conn.execute(sql, (*params, limit, offset))]


def objects_with_event(conn, event: str, objects: list[str]) -> set[str]:
    """Which of ``objects`` have at least one ``event`` in the log."""
    found: set[str] = set()
    for start in range(0, len(objects), 500):
        chunk = objects[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found |= {r[0] for r in conn.execute(
            f"SELECT DISTINCT object FROM audit_events WHERE event = ? AND object IN ({marks})",
            (event, *chunk))}
    return found


def resets_since(conn, since: str) -> list[tuple[int, str, str, str, str]]:
    """(seq, at, by, object, detail) of the password resets recorded since ``since``."""
    return list(conn.execute("SELECT seq, at, account, object, detail FROM audit_events WHERE event = 'account.reset' "
                             "AND result = 'ok' AND at >= ? ORDER BY seq", (since,)))


def signed_in_after(conn, name: str, seq: int) -> str | None:
    """When account ``name`` first signed in successfully after event ``seq`` (None: not yet)."""
    row = conn.execute("SELECT MIN(at) FROM audit_events WHERE event = 'signin' AND result = 'ok' "
                       "AND object = ? AND seq > ?", (f"account:{name}", seq)).fetchone()
    return row[0] if row else None
