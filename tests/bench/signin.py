"""Sign-in with the default KDF: the whole service call, the KDF alone, the vault alone."""

from __future__ import annotations

import os
from pathlib import Path

from secdesk.services import setup
from secdesk.services.session import keyfile_path, sign_in
from secdesk.demo.main import build_demo
from secdesk.storage.keyfile import KdfParams, KeyFile, db_key_from_recovery, derive
from secdesk.storage.vault import Vault

from .timing import RUNS, Row, timed

PASSWORD = "Bench#2026pw"
DEMO_SIZE = 5  # the demo database grows as capabilities land; so does this measure


def kdf_label() -> str:
    """The default Argon2id cost, for the report."""
    p = KdfParams()
    return f"Argon2id {p.memory_kib // 1024} MiB, {p.iterations} passes, {p.lanes} lanes"


def make_vault(folder: Path) -> tuple[Path, bytes]:
    """A fresh vault with the default KdfParams; its path and database key."""
    db = folder / "bench.db"
    session, _secret = setup.initialise(db, "基准测试单位", "BMS", "admin", PASSWORD)
    db_key = session.db_key
    session.close()
    return db, db_key


def open_ms(db: Path, db_key: bytes) -> list[float]:
    """RUNS times Vault.open (with its integrity checks), closed outside the timing."""
    db_salt = KeyFile.load(keyfile_path(db)).db_salt
    runs = []
    for _ in range(RUNS):
        ms, vault = timed(lambda: Vault.open(db, db_key, db_salt))
        vault.close()
        runs.append(ms)
    return runs


def demo_open(folder: Path) -> Row:
    """Vault.open on the demo database (built with the cheap test KDF: only the open counts)."""
    db = folder / "demo.db"
    secret = build_demo(db, PASSWORD, size=DEMO_SIZE, kdf=KdfParams.minimal())
    size_kb = db.stat().st_size // 1024
    return Row(f"  vault open + verify, demo --size {DEMO_SIZE}",
               open_ms(db, db_key_from_recovery(secret)), f"{size_kb} KB file")


def measure(db: Path, db_key: bytes) -> list[Row]:
    """Median of RUNS calls each: sign_in, the KDF, Vault.open (with its checks)."""
    signin_ms = []
    for _ in range(RUNS):
        ms, session = timed(lambda: sign_in(db, "admin", PASSWORD))
        session.close()
        signin_ms.append(ms)

    salt = os.urandom(16)
    kdf_ms = [timed(lambda: derive(PASSWORD.encode(), salt, KdfParams()))[0] for _ in range(RUNS)]

    return [
        Row("sign-in (sign_in: KDF + open + verify + audit)", signin_ms, kdf_label()),
        Row("  KDF alone (Argon2id, default KdfParams)", kdf_ms),
        Row("  vault open + verify alone (Vault.open)", open_ms(db, db_key),
            "cipher_integrity_check + quick_check"),
    ]
