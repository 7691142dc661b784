"""The page check (页面校验) of a vault that is open: every page's SQLCipher HMAC,
recomputed from the file on disk, without a database connection.

It is what ``PRAGMA cipher_integrity_check`` does — each 4096-byte page ends with its
IV and an HMAC-SHA512 over its ciphertext, IV and page number, keyed from the database
key — done in Python from a thread of its own, so that the one writer connection is never
held while a 2 GB file is read. A page the writer's checkpoint is rewriting at that
moment can be read half-old, half-new: a page that fails is read again while the vault
holds its checkpoint lock, and only a page that fails then too is reported.

Pages still in the ``-wal`` log (written by this program since the last checkpoint) are
checked after they are moved into the file, by the next check.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from contextlib import nullcontext
from pathlib import Path

from secdesk.storage.probe import FAST_KDF_ITER, HMAC_SALT_MASK, PAGE_SIZE, RESERVE, SALT_SIZE

IV_SIZE = 16
CHUNK_PAGES = 256  # read 1 MiB at a time


def hmac_key(db_key: bytes, file_salt: bytes) -> bytes:
    """The key of the page HMACs (SQLCipher 4 with a raw key: PBKDF2, 2 rounds)."""
    salt = bytes(b ^ HMAC_SALT_MASK for b in file_salt)
    return hashlib.pbkdf2_hmac("sha512", db_key, salt, FAST_KDF_ITER, len(db_key))


def page_ok(key: bytes, page: bytes, number: int) -> bool:
    """True if one page (numbered from 1) carries the HMAC its content needs."""
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if number == 1 else 0
    signed = page[start:PAGE_SIZE - RESERVE + IV_SIZE] + number.to_bytes(4, "little")
    expected = hmac.digest(key, signed, "sha512")
    return hmac.compare_digest(expected, page[PAGE_SIZE - RESERVE + IV_SIZE:])


def bad_pages(path: Path, db_key: bytes, stop: threading.Event | None = None,
              lock=None, limit: int = 10) -> list[int]:
    """The numbers of pages whose HMAC fails (at most ``limit``), in file order; empty for
    a sound file. ``stop`` ends the check early (nothing is reported then); ``lock`` is
    the vault's checkpoint lock, held while a failing page is read a second time."""
    path = Path(path)
    found: list[int] = []
    with path.open("rb", buffering=0) as f:
        key = hmac_key(db_key, f.read(SALT_SIZE))
        f.seek(0)
        number = 1
        while len(found) < limit:
            if stop is not None and stop.is_set():
                return []
            chunk = f.read(PAGE_SIZE * CHUNK_PAGES)
            if not chunk:
                break
            for at in range(0, len(chunk) - PAGE_SIZE + 1, PAGE_SIZE):
                if not page_ok(key, chunk[at:at + PAGE_SIZE], number) and _still_bad(path, key, number, lock):
                    found.append(number)
                number += 1
            if len(chunk) % PAGE_SIZE:  # a torn end: the next check reads it again
                break
    return found[:limit]


def _still_bad(path: Path, key: bytes, number: int, lock) -> bool:
    """Read one page again with no checkpoint running; True if it still fails."""
    with lock if lock is not None else nullcontext():
        with path.open("rb", buffering=0) as f:
            f.seek((number - 1) * PAGE_SIZE)
            page = f.read(PAGE_SIZE)
    return len(page) == PAGE_SIZE and not page_ok(key, page, number)
