"""Forward-secure sealing of the audit log (审计日志前向安全封存).

The audit chain (:mod:`secdesk.storage.audit`) is keyed from the database key, which
every account's password unwraps: alone, it cannot stop a password holder who rewrites
the log and recomputes it. Sealing adds a second MAC under a key that evolves (after
systemd-journald's Forward Secure Sealing and Bellare–Yee): each *epoch* (a sign-in
session, at most a day) has its key; every event carries ``seal = HMAC(K_epoch,
generation|epoch|seq|SHA-256 of its content)``; closing the epoch writes a tag over its
events, replaces K_epoch with K_epoch+1 = HKDF(K_epoch) and destroys K_epoch
(``secure_delete``, then the log is truncated). Only the first key of a *generation*, the
seed, can re-derive the keys of closed epochs: it is printed once for the auditor (审计验证
码) and kept nowhere in the program. Whoever holds a password later holds only the key of
the open epoch: they can rewrite that epoch, never a closed one unnoticed.

A backup never carries the sealing key; a vault restored from one (or upgraded from a
version without sealing) writes unsealed events until the auditor starts a new
generation and takes its seed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass

from secdesk.storage.keyfile import hkdf

SECRET = "audit_sealing"  # the row of ``secrets`` that holds the open epoch's key
_CHECK = 2

MIGRATION = """
ALTER TABLE audit_events ADD COLUMN generation INTEGER;
ALTER TABLE audit_events ADD COLUMN epoch INTEGER;
ALTER TABLE audit_events ADD COLUMN seal TEXT;
CREATE TABLE audit_generations (
    generation INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE audit_epochs (
    generation INTEGER NOT NULL,
    epoch INTEGER NOT NULL,
    first_seq INTEGER,
    last_seq INTEGER,
    count INTEGER NOT NULL,
    closed_at TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (generation, epoch)
);
CREATE TRIGGER audit_epochs_no_update BEFORE UPDATE ON audit_epochs
BEGIN SELECT RAISE(ABORT, 'sealed epochs cannot be changed'); END;
CREATE TRIGGER audit_epochs_no_delete BEFORE DELETE ON audit_epochs
BEGIN SELECT RAISE(ABORT, 'sealed epochs cannot be deleted'); END;
CREATE TRIGGER audit_generations_no_delete BEFORE DELETE ON audit_generations
BEGIN SELECT RAISE(ABORT, 'sealing generations cannot be deleted'); END;
"""


@dataclass
class Sealer:
    """The open epoch: its generation, number, key, and when it began."""

    generation: int
    epoch: int
    key: bytes
    since: str

    def seal(self, seq: int, content: tuple) -> str:
        """The forward-secure MAC of one event (its content without its number)."""
        return event_seal(self.key, self.generation, self.epoch, seq, content)


def content_hash(content: tuple) -> str:
    """SHA-256 of an event's fields other than its number, canonically encoded."""
    body = json.dumps(list(content), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


def event_seal(key: bytes, generation: int, epoch: int, seq: int, content: tuple) -> str:
    """HMAC(K_epoch, generation|epoch|seq|content hash)."""
    body = f"{generation}|{epoch}|{seq}|{content_hash(content)}"
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


def epoch_tag(key: bytes, generation: int, epoch: int, first: int | None, last: int | None,
              seals: list[str]) -> str:
    """The closing tag of an epoch: its range, its count and every seal in order."""
    digest = hashlib.sha256("".join(seals).encode()).hexdigest()
    body = f"close|{generation}|{epoch}|{first}|{last}|{len(seals)}|{digest}"
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


def evolve(key: bytes) -> bytes:
    """The next epoch's key; the previous one cannot be computed back from it."""
    return hkdf(key, "secdesk audit sealing evolve")


def load(conn) -> Sealer | None:
    """The open epoch, or None when this vault has no sealing key (restored, upgraded)."""
    row = conn.execute("SELECT value FROM secrets WHERE key = ?", (SECRET,)).fetchone()
    if row is None:
        return None
    data = json.loads(bytes(row[0]))
    return Sealer(data["g"], data["e"], bytes.fromhex(data["k"]), data["since"])


def _store(conn, sealer: Sealer) -> None:
    value = json.dumps({"g": sealer.generation, "e": sealer.epoch, "k": sealer.key.hex(),
                        "since": sealer.since}).encode()
    conn.execute("INSERT INTO secrets (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                 "SET value = excluded.value", (SECRET, value))


def start(conn, at: str, reason: str) -> tuple[Sealer, bytes]:
    """A new generation from a random seed (inside the caller's transaction); returns the
    open epoch and the seed, to be shown once to the auditor and kept nowhere."""
    seed = os.urandom(32)
    row = conn.execute("SELECT COALESCE(MAX(generation), 0), (SELECT COALESCE(MAX(seq), 0) "
                       "FROM audit_events) FROM audit_generations").fetchone()
    generation, last_seq = row[0] + 1, row[1]
    conn.execute("INSERT INTO audit_generations (generation, started_at, first_seq, reason) "
                 "VALUES (?, ?, ?, ?)", (generation, at, last_seq + 1, reason))
    sealer = Sealer(generation, 0, seed, at)
    _store(conn, sealer)
    return sealer, seed


def close_epoch(conn, sealer: Sealer, at: str) -> Sealer:
    """Tag the open epoch's events, evolve the key and forget the old one (inside the
    caller's transaction; the caller truncates the log after the commit)."""
    rows = conn.execute("SELECT seq, seal FROM audit_events WHERE generation = ? AND epoch = ? "
                        "ORDER BY seq", (sealer.generation, sealer.epoch)).fetchall()
    seals = [r[1] for r in rows]
    first, last = (rows[0][0], rows[-1][0]) if rows else (None, None)
    tag = epoch_tag(sealer.key, sealer.generation, sealer.epoch, first, last, seals)
    conn.execute("INSERT INTO audit_epochs (generation, epoch, first_seq, last_seq, count, closed_at, tag) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (sealer.generation, sealer.epoch, first, last, len(rows), at, tag))
    following = Sealer(sealer.generation, sealer.epoch + 1, evolve(sealer.key), at)
    _store(conn, following)
    sealer.key = b"\0" * 32  # this object no longer holds the closed epoch's key
    return following


def forget(conn) -> None:
    """Remove the sealing key (from a backup copy: a restore starts a new generation)."""
    conn.execute("DELETE FROM secrets WHERE key = ?", (SECRET,))


def format_seed(generation: int, seed: bytes) -> str:
    """The printed 审计验证码: the generation, then base32 in groups of five with a check."""
    raw = seed + hashlib.sha256(seed).digest()[:_CHECK]
    text = base64.b32encode(raw).decode().rstrip("=")
    return f"G{generation}-" + "-".join(text[i: i + 5] for i in range(0, len(text), 5))


def parse_seed(text: str) -> tuple[int, bytes] | None:
    """(generation, seed) from a typed 审计验证码, or None if it is mistyped."""
    match = re.match(r"\s*G(\d+)[^0-9A-Z]+(.*)", text.upper(), re.S)  # "G1-…" or "G1 …"
    if match is None:
        return None
    head, rest = match.group(1), match.group(2)
    clean = "".join(c for c in rest if c.isalnum()).replace("0", "O").replace("1", "I")
    try:
        raw = base64.b32decode(clean + "=" * (-len(clean) % 8))
    except ValueError:
        return None
    seed, check = raw[:-_CHECK], raw[-_CHECK:]
    if len(seed) != 32 or hashlib.sha256(seed).digest()[:_CHECK] != check:
        return None
    return int(head), seed


@dataclass(frozen=True)
class SealReport:
    """What the auditor's seed proves: the closed epochs vouched for, the first event that
    differs from what was sealed (with its epoch), and from where nothing can be vouched."""

    generation: int
    epochs: int = 0  # closed epochs checked
    events: int = 0  # events those epochs hold
    bad_seq: int | None = None
    bad_epoch: int | None = None
    problem_zh: str = ""
    problem_en: str = ""
    open_from: int | None = None  # first event seq of the open (unvouchable) epoch
    open_since: str = ""

    @property
    def ok(self) -> bool:
        """True when every closed epoch is exactly as it was sealed."""
        return not self.problem_zh


_SEALED_ROWS = ("SELECT seq, at, account, role, event, object, before, after, result, detail, seal "
                "FROM audit_events WHERE generation = ? AND epoch = ? ORDER BY seq")


def verify(conn, generation: int, seed: bytes) -> SealReport:
    """Re-derive each epoch's key from the seed and check every closed epoch: its tag, and
    each event's seal. The first difference is named by epoch and event."""
    row = conn.execute("SELECT started_at FROM audit_generations WHERE generation = ?", (generation,)).fetchone()
    if row is None:
        return SealReport(generation, problem_zh=f"本数据库没有第{generation}代封存记录（被删除，或验证码不属于本库）",
                          problem_en=f"no sealing generation {generation} in this vault")
    key, checked, events = seed, 0, 0
    closed = conn.execute("SELECT epoch, first_seq, last_seq, count, closed_at, tag FROM audit_epochs "
                          "WHERE generation = ? ORDER BY epoch", (generation,)).fetchall()
    for epoch, first, last, count, closed_at, tag in closed:
        if epoch != checked:
            return SealReport(generation, checked, events, None, checked,
                              f"第{checked}时段的封存记录缺失", f"the seal of epoch {checked} is missing")
        problem = _check_epoch(conn, key, generation, epoch, first, last, count, tag)
        if problem:
            return SealReport(generation, checked, events, problem[0], epoch,
                              f"第{epoch}时段（{closed_at[:16].replace('T', ' ')}封存）：{problem[1]}", problem[2])
        key, checked, events = evolve(key), checked + 1, events + count
    stray = _unsealed_inside(conn, generation)
    if stray is not None:
        return SealReport(generation, checked, events, stray, None, f"第{stray}号事件不在封存记录中（被插入）",
                          f"event {stray} is not in the sealed record (inserted)")
    first_open = conn.execute("SELECT MIN(seq) FROM audit_events WHERE generation = ? AND epoch >= ?",
                              (generation, checked)).fetchone()[0]
    state = load(conn)
    since = state.since if state and state.generation == generation else ""
    return SealReport(generation, checked, events, open_from=first_open, open_since=since)


def _check_epoch(conn, key, generation, epoch, first, last, count, tag):
    """None, or (seq, zh, en) of the first event of this epoch that differs from its seal."""
    rows = conn.execute(_SEALED_ROWS, (generation, epoch)).fetchall()
    original = [_original_seq(key, generation, epoch, r, first, last) for r in rows]
    expected = set(range(first, last + 1)) if first is not None else set()
    for row, orig in zip(rows, original):
        if orig is None:
            what = ("被插入", "inserted") if len(rows) > count else ("内容被改动", "altered")
            return row[0], f"第{row[0]}号事件{what[0]}", f"event {row[0]} was {what[1]}"
    gone = sorted(expected - set(original))
    if gone:
        return gone[0], f"第{gone[0]}号事件被删除", f"event {gone[0]} was deleted"
    for row, orig in zip(rows, original):
        if orig != row[0]:
            return row[0], f"第{row[0]}号事件原为第{orig}号（顺序被调换）", f"event {row[0]} was event {orig} (reordered)"
    seals = [r[-1] for r in rows]
    if not hmac.compare_digest(tag, epoch_tag(key, generation, epoch, first, last, seals)):
        return first, "时段封存标记不符（事件被增删）", "the epoch's tag does not match"
    return None


def _original_seq(key, generation, epoch, row, first, last) -> int | None:
    """The number the event had when it was sealed (its own first, then any in the epoch)."""
    seq, content, seal = row[0], tuple(row[1:-1]), row[-1]
    if seal is None:
        return None
    candidates = [seq] + ([q for q in range(first, last + 1) if q != seq] if first is not None else [])
    return next((q for q in candidates
                 if hmac.compare_digest(seal, event_seal(key, generation, epoch, q, content))), None)


def _unsealed_inside(conn, generation: int) -> int | None:
    """An event without this generation's seal inside a closed epoch's range, if any."""
    row = conn.execute(
        "SELECT MIN(a.seq) FROM audit_events a JOIN audit_epochs e ON e.generation = ? "
        "AND a.seq BETWEEN e.first_seq AND e.last_seq "
        "WHERE a.generation IS NOT ? OR a.epoch IS NOT e.epoch", (generation, generation)).fetchone()
    return row[0]
