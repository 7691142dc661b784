"""Anchors of the audit chain outside the database (审计链尾锚点).

A database copied back over the current one, or a ``-wal`` file lost after a crash,
opens cleanly and verifies: its chain is whole, only shorter. What gives it away is a
record kept *outside* the file of the newest chain head seen: the key file's anchor
(written at every sign-in and sign-out, with the key file's fsync) and ``<db>.head``
(rewritten in place after every commit, cheaply: no fsync, so a killed process leaves it right;
after a power cut it may lag, and then it proves less, never something wrong).

An anchor is ``(seq, mac prefix)``: the number of the newest event and the start of its
chain MAC. A database whose head is below an anchor, or whose event at the anchor's
number has another MAC, has lost events that were once written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PREFIX = 16  # hex digits of the MAC kept: enough to tell two chains apart
SEQ_WIDTH = 12  # digits of the event number in <db>.head (fixed: rewritten in place)


@dataclass(frozen=True)
class Anchor:
    """The newest chain head seen: event number and the start of its MAC."""

    seq: int
    mac: str

    def text(self) -> str:
        """``seq:mac`` as stored."""
        return f"{self.seq}:{self.mac}"

    @classmethod
    def parse(cls, text: str) -> "Anchor | None":
        """An anchor from ``seq:mac``; None when unreadable."""
        seq, _, mac = (text or "").strip().partition(":")
        if not seq.isdigit() or len(mac) != PREFIX or not all(c in "0123456789abcdef" for c in mac):
            return None
        return cls(int(seq), mac)


def head(conn) -> Anchor:
    """The chain head of an open database (0 for an empty log)."""
    row = conn.execute("SELECT seq, mac FROM audit_head WHERE id = 1").fetchone()
    return Anchor(row[0], row[1][:PREFIX]) if row else Anchor(0, "0" * PREFIX)


def head_path(db_path: Path) -> Path:
    """``<db>.head`` beside the database."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".head")


def write_head(db_path: Path, anchor: Anchor) -> None:
    """Rewrite ``<db>.head`` in place (no fsync, no rename: see the module note).

    The record has a fixed width, so each write overwrites the whole of the last one in
    a single small ``pwrite``: about 2 µs. (A temp file renamed over the old one made
    ext4 start writing the file back at every commit: up to 16 ms now and then.)
    """
    text = f"{anchor.seq:0{SEQ_WIDTH}d}:{anchor.mac}\n".encode("ascii")
    try:
        fd = os.open(head_path(db_path), os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            os.pwrite(fd, text, 0)
            if os.fstat(fd).st_size > len(text):  # an older, longer record
                os.ftruncate(fd, len(text))
        finally:
            os.close(fd)
    except OSError:
        pass  # the anchor is a witness, never a reason to refuse a commit


def read_head(db_path: Path) -> Anchor | None:
    """The anchor ``<db>.head`` holds, if readable."""
    try:
        return Anchor.parse(head_path(db_path).read_text(encoding="ascii"))
    except OSError:
        return None


def behind(conn, anchor: Anchor | None) -> str:
    """Why the open database is behind ``anchor`` (empty when it is not): its head is older,
    or the event at the anchor's number is another one."""
    if anchor is None or anchor.seq == 0:
        return ""
    now = head(conn)
    if now.seq < anchor.seq:
        return f"审计链止于第{now.seq}号事件，而此前已记录到第{anchor.seq}号"
    row = conn.execute("SELECT mac FROM audit_events WHERE seq = ?", (anchor.seq,)).fetchone()
    if row is None or row[0][:PREFIX] != anchor.mac:
        return f"第{anchor.seq}号事件与此前记录的不是同一条"
    return ""
