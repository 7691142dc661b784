"""Tell what a file is before SQLCipher touches it: missing, empty, plain SQLite,
someone else's file, or truncated. Reads only; never writes.

SQLCipher 4 page layout (the settings this program uses): 4096-byte pages; page 1 starts
with the 16-byte file salt; each page ends with 80 reserved bytes (16-byte IV, 64-byte
HMAC-SHA512); the rest is AES-256-CBC under the raw database key.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from secdesk.domain.errors import (
    DamagedFile,
    EmptyFile,
    FileMissing,
    NotSecdeskFile,
    PlainDatabase,
    TruncatedFile,
)

PAGE_SIZE = 4096
RESERVE = 80
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SALT_MASK = 0x3A  # SQLCipher 4: the HMAC key's salt is the file salt XOR 0x3a
FAST_KDF_ITER = 2
SQLITE_MAGIC = b"SQLite format 3\x00"


def check_file(path: Path) -> bytes:
    """Refuse a file that cannot be a secdesk database; return its 16-byte salt."""
    path = Path(path)
    if not path.is_file():
        raise FileMissing(
            f"找不到数据库文件 {path}，请检查路径，或先用“初始化”新建",
            f"no database file at {path}; check the path or run init first",
        )
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(
            f"数据库文件 {path.name} 是空文件（0字节），内容已丢失，请从备份中恢复",
            f"{path.name} is an empty file (0 bytes); restore it from a backup",
        )
    with path.open("rb") as f:
        head = f.read(PAGE_SIZE)
    if head.startswith(SQLITE_MAGIC):
        raise PlainDatabase(
            f"{path.name} 是未加密的 SQLite 文件，不是 secdesk 数据库；请选择正确的文件",
            f"{path.name} is a plain unencrypted SQLite file, not a secdesk database",
        )
    if size < PAGE_SIZE:
        raise TruncatedFile(
            f"数据库文件 {path.name} 不完整（只有{size}字节），请从备份中恢复",
            f"{path.name} is truncated ({size} bytes); restore it from a backup",
        )
    return head[:SALT_SIZE]


def file_salt(path: Path) -> bytes:
    """The 16-byte salt at the start of a SQLCipher file."""
    with Path(path).open("rb") as f:
        return f.read(SALT_SIZE)


def check_salt(path: Path, salt: bytes, expected_hex: str) -> None:
    """Refuse a database that does not belong to the key file beside it.

    A salt that differs in one or two bytes is damage to this file, not another file.
    """
    expected = bytes.fromhex(expected_hex)
    differing = sum(a != b for a, b in zip(salt, expected))
    if 0 < differing <= 2:
        raise damaged(path, page=1)
    if differing:
        raise NotSecdeskFile(
            f"{Path(path).name} 不是与本密钥文件配套的 secdesk 数据库，请选择正确的文件",
            f"{Path(path).name} is not the secdesk database that belongs to this key file",
        )


def check_length(path: Path, db_key: bytes) -> None:
    """Refuse a file shorter than the page count its own header records.

    The header (decrypted page 1) holds the database size in pages at offset 28. A
    readable header that claims more pages than the file has means the file was cut.
    A header page whose HMAC fails (one flipped byte of its IV would otherwise change the
    page count it decrypts to) is left to the integrity checks, which call it damaged.
    """
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        return  # pages may still be in the log: recovery completes the file
    size = path.stat().st_size
    with path.open("rb") as f:
        page = f.read(PAGE_SIZE)
    if not _header_authentic(page, db_key):
        return
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
    body = page[SALT_SIZE : PAGE_SIZE - RESERVE]
    decryptor = Cipher(algorithms.AES(db_key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(body) + decryptor.finalize()
    # plain[0] is byte 16 of the logical page; bytes 21..23 are fixed (64, 32, 32).
    if plain[5:8] != b"\x40\x20\x20":
        return
    pages = int.from_bytes(plain[28 - SALT_SIZE : 32 - SALT_SIZE], "big")
    if size > pages * PAGE_SIZE and size % PAGE_SIZE:
        raise _extra_bytes(path, pages, size - pages * PAGE_SIZE)
    if size % PAGE_SIZE or pages * PAGE_SIZE > size:
        raise TruncatedFile(
            f"数据库文件 {path.name} 不完整（应有{pages}页，实有{size // PAGE_SIZE}页），"
            "请从备份中恢复",
            f"{path.name} is truncated ({size // PAGE_SIZE} of {pages} pages); "
            "restore it from a backup",
        )


def check_header(path: Path, db_key: bytes) -> None:
    """Refuse a file whose header page (page 1) fails its HMAC: damaged, or not under
    this key (when the full check at open is left to the background)."""
    with Path(path).open("rb") as f:
        page = f.read(PAGE_SIZE)
    if not _header_authentic(page, db_key):
        raise damaged(path, page=1)


def _extra_bytes(path: Path, pages: int, extra: int) -> DamagedFile:
    """A file longer than its pages: bytes were appended after the database's end."""
    return DamagedFile(
        f"数据库文件 {path.name} 末尾多出{extra}字节（应有{pages}页），文件被改动或损坏，未做任何写入；"
        "请从备份中恢复",
        f"{path.name} has {extra} extra bytes after its {pages} pages: it was altered or damaged; "
        "nothing was written; restore it from a backup",
    )


def _header_authentic(page: bytes, db_key: bytes) -> bool:
    """True if page 1's HMAC-SHA512 (over ciphertext, IV and page number 1) holds."""
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in page[:SALT_SIZE])
    hmac_key = hashlib.pbkdf2_hmac("sha512", db_key, hmac_salt, FAST_KDF_ITER, len(db_key))
    signed = page[SALT_SIZE : PAGE_SIZE - RESERVE + IV_SIZE] + (1).to_bytes(4, "little")
    expected = hmac.new(hmac_key, signed, hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[PAGE_SIZE - RESERVE + IV_SIZE : PAGE_SIZE])


def damaged(path: Path, page: int | None = None) -> DamagedFile:
    """The message for a file whose pages fail their integrity check."""
    zh = f"（第{page}页）" if page else ""
    en = f" (page {page})" if page else ""
    return DamagedFile(
        f"数据库文件 {Path(path).name} 已损坏或被改动{zh}，未做任何写入；请从备份中恢复",
        f"{Path(path).name} is damaged or was altered{en}; nothing was written; "
        "restore it from a backup",
    )
