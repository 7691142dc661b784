"""Opening a broken, foreign, newer or busy file gives its own clear message and writes
nothing; the command line says it in one line, without a traceback."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from secdesk.domain.errors import (
    DamagedFile,
    EmptyFile,
    FileMissing,
    KeyFileError,
    NewerVersion,
    NotSecdeskFile,
    PlainDatabase,
    TruncatedFile,
    VaultInUse,
)
from secdesk.domain.roles import Role
from secdesk.storage.schema import CURRENT_VERSION

PAGE = 4096
RESERVE = 80


def _secdesk() -> list[str]:
    script = Path(sys.executable).with_name("secdesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "secdesk"]


def cli_verify(db_path: Path, password: str, user: str = "admin") -> subprocess.CompletedProcess:
    """``secdesk verify`` on ``db_path`` with the password on stdin."""
    return subprocess.run(
        [*_secdesk(), "verify", "--db", str(db_path), "--user", user, "--password-stdin"],
        input=password + "\n", capture_output=True, text=True, timeout=60,
    )


def assert_one_line_refusal(result: subprocess.CompletedProcess) -> None:
    """Non-zero exit, exactly one line on stderr, no traceback."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr


@pytest.fixture
def closed_vault(vault):
    """A signed-out vault of several pages (enough for interior pages to exist)."""
    for i in range(36):
        vault.add_user(f"user{i:02d}", Role.CLERK, full_name="测试人员" * 10)
    vault.close()
    assert vault.db_path.stat().st_size >= 8 * PAGE
    return vault


def _flip(data: bytes, offset: int) -> bytes:
    out = bytearray(data)
    out[offset] ^= 0xFF
    return bytes(out)


def _plain_sqlite(path: Path) -> bytes:
    other = path.with_name("plain-source.sqlite")
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE carriers (number TEXT, title TEXT)")
    conn.execute("INSERT INTO carriers VALUES ('BMS-0001', '普通文件')")
    conn.commit()
    conn.close()
    data = other.read_bytes()
    other.unlink()
    return data


def _pages(data: bytes) -> int:
    return len(data) // PAGE


# name → (how to spoil the file's bytes, the error the user gets)
BROKEN = {
    "cut at a page boundary": (lambda d, p: d[: (_pages(d) // 2) * PAGE], TruncatedFile),
    "cut in the middle of a page": (
        lambda d, p: d[: (_pages(d) // 2) * PAGE + 1234], TruncatedFile),
    "cut inside the first page": (lambda d, p: d[:1000], TruncatedFile),
    "last byte missing": (lambda d, p: d[:-1], TruncatedFile),
    "zero bytes": (lambda d, p: b"", EmptyFile),
    "plain SQLite file": (lambda d, p: _plain_sqlite(p), PlainDatabase),
    "random bytes": (lambda d, p: random.Random(7).randbytes(len(d)), NotSecdeskFile),
    "byte flipped in the file salt": (lambda d, p: _flip(d, 5), DamagedFile),
    "byte flipped in the header page": (lambda d, p: _flip(d, 100), DamagedFile),
    "byte flipped in the header page's IV": (
        lambda d, p: _flip(d, PAGE - RESERVE + 15), DamagedFile),
    "byte flipped in the header page's HMAC": (lambda d, p: _flip(d, PAGE - 10), DamagedFile),
    "byte flipped in an interior page": (
        lambda d, p: _flip(d, (_pages(d) // 2) * PAGE + 2000), DamagedFile),
    "byte flipped in the last page": (lambda d, p: _flip(d, len(d) - 200), DamagedFile),
}


def _spoil(vault, case: str) -> bytes:
    make, _ = BROKEN[case]
    data = make(vault.db_path.read_bytes(), vault.db_path)
    vault.db_path.write_bytes(data)
    return data


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_file_gets_its_own_message_and_is_left_untouched(closed_vault, case):
    """Each kind of broken file raises its own error with a message, and is not written."""
    expected = BROKEN[case][1]
    data = _spoil(closed_vault, case)
    keys = closed_vault.keys_path.read_bytes()
    with pytest.raises(expected) as caught:
        closed_vault.sign_in()
    assert type(caught.value) is expected
    assert caught.value.zh and caught.value.en and "\n" not in str(caught.value)
    assert closed_vault.db_path.read_bytes() == data
    assert closed_vault.keys_path.read_bytes() == keys
    assert not closed_vault.db_path.with_name(closed_vault.db_path.name + "-wal").exists()


@pytest.mark.parametrize("case", list(BROKEN))
def test_verify_on_a_broken_file_prints_one_line_and_fails(closed_vault, case):
    """``secdesk verify`` on a broken file exits non-zero with one line and no traceback."""
    data = _spoil(closed_vault, case)
    result = cli_verify(closed_vault.db_path, closed_vault.password)
    assert_one_line_refusal(result)
    assert closed_vault.db_path.read_bytes() == data


def test_every_single_byte_flip_in_the_header_page_is_reported_as_damage(closed_vault):
    """Whichever byte of page 1 (after the salt) is flipped, the user is told 'damaged'."""
    original = closed_vault.db_path.read_bytes()
    verdicts = {}
    offsets = set(range(16, PAGE, 11)) | set(range(PAGE - RESERVE, PAGE))  # all of IV and HMAC
    for offset in sorted(offsets):
        closed_vault.db_path.write_bytes(_flip(original, offset))
        try:
            closed_vault.sign_in()
        except Exception as exc:  # noqa: BLE001 - we record which class it was
            verdicts[offset] = type(exc).__name__
        else:
            closed_vault.close()
            verdicts[offset] = "opened"
    wrong = {o: v for o, v in verdicts.items() if v != "DamagedFile"}
    assert wrong == {}


@pytest.fixture
def newer_vault(vault):
    """A vault whose schema version is above what this program knows."""
    vault.close()
    conn = vault.raw()
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    return vault


def test_a_file_from_a_newer_program_is_refused_and_unchanged(newer_vault):
    """A newer schema version is refused with its own message; the file stays as it was."""
    data = newer_vault.db_path.read_bytes()
    with pytest.raises(NewerVersion) as caught:
        newer_vault.sign_in()
    assert str(CURRENT_VERSION + 1) in caught.value.zh
    assert newer_vault.db_path.read_bytes() == data


def test_verify_on_a_newer_file_prints_one_line(newer_vault):
    """``secdesk verify`` on a newer file exits non-zero with one line."""
    data = newer_vault.db_path.read_bytes()
    assert_one_line_refusal(cli_verify(newer_vault.db_path, newer_vault.password))
    assert newer_vault.db_path.read_bytes() == data


def test_a_missing_key_file_is_named(vault):
    """Without its key file the database cannot be opened, and the message says so."""
    vault.close()
    vault.keys_path.unlink()
    data = vault.db_path.read_bytes()
    with pytest.raises(KeyFileError) as caught:
        vault.sign_in()
    assert vault.keys_path.name in caught.value.zh
    assert vault.db_path.read_bytes() == data
    assert_one_line_refusal(cli_verify(vault.db_path, vault.password))


def test_a_garbled_key_file_is_named(vault):
    """A key file that is not ours (or half-overwritten) is reported as damaged."""
    vault.close()
    vault.keys_path.write_bytes(b'{"format": "secdesk-keyfile", "slots": [')
    with pytest.raises(KeyFileError):
        vault.sign_in()


def test_a_missing_database_file_is_named(vault):
    """A path with no file gets 'not found', not a crash."""
    vault.close()
    vault.db_path = vault.db_path.with_name("elsewhere.db")
    with pytest.raises(FileMissing):
        vault.sign_in()


def test_a_second_open_while_the_first_is_open_is_refused(vault):
    """While one session has the vault open, a second sign-in gets 'in use'."""
    with pytest.raises(VaultInUse):
        vault.sign_in("admin")
    # The first session keeps working.
    assert vault.opened == [] and vault.session.settings()["unit.code"] == "BMS"


def test_a_second_process_is_refused_while_the_vault_is_open(vault):
    """``secdesk verify`` from another process gets one line saying the vault is in use."""
    result = cli_verify(vault.db_path, vault.password)
    assert_one_line_refusal(result)
    assert "另一个" in result.stderr
