"""A vault too large to be checked at open is checked after sign-in, page by page, off
the writer: damage anywhere is still found and named as opening a damaged file names it,
and once found no write begins. The log is moved into the file when idle, not in a commit."""

from __future__ import annotations

import sqlcipher3
import pytest

from secdesk.domain.errors import DamagedFile
from secdesk.domain.roles import Role
from secdesk.services import integrity
from secdesk.storage import audit, probe, vault as vault_mod

PAGE = 4096


@pytest.fixture
def big(monkeypatch):
    """Every vault counts as too large for the page check at open."""
    monkeypatch.setattr(vault_mod, "INLINE_CHECK_BYTES", 0)


@pytest.fixture
def closed_vault(vault):
    """A signed-out vault of several pages."""
    for i in range(12):
        vault.add_user(f"user{i:02d}", Role.CLERK, full_name="测试人员")
    vault.close()
    assert vault.db_path.stat().st_size >= 8 * PAGE
    return vault


def _flip(path, offset: int) -> bytes:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_sound_vault_passes_the_page_check(big, closed_vault):
    """Signed in without the check at open, the background check finds nothing."""
    session = closed_vault.sign_in()
    assert session.vault.pages_checked is False
    assert integrity.check_pages(session) is None


def test_a_small_vault_is_checked_at_open():
    """Below the size limit every page is checked before anything is written."""
    assert vault_mod.INLINE_CHECK_BYTES >= 16 * 2**20


@pytest.mark.parametrize("where", ["interior", "last"])
def test_damage_is_found_after_sign_in_and_stops_every_write(big, closed_vault, where):
    """A flipped byte in a page sign-in does not read: the page check names it with the
    message a damaged file gets at open, records it, and every later write is refused."""
    original = closed_vault.db_path.read_bytes()
    pages = len(original) // PAGE
    candidates = range(pages // 2, pages) if where == "interior" else [pages]
    for page in candidates:  # the first page the quick open does not read
        _flip(closed_vault.db_path, (page - 1) * PAGE + 2000)
        try:
            session = closed_vault.sign_in()
            break
        except DamagedFile:  # caught at open already: put it back, try the next page
            closed_vault.db_path.write_bytes(original)
    else:
        pytest.fail("every page was read at open")
    found = integrity.check_pages(session)
    assert isinstance(found, DamagedFile)
    assert str(found) == str(probe.damaged(closed_vault.db_path, page=page))
    integrity.report_damage(session, found)
    with pytest.raises(DamagedFile) as caught:
        closed_vault.add_user("late", Role.CLERK)
    assert str(caught.value) == str(found)
    events = audit.events(session.vault.conn, limit=5)
    assert any(e.event == "vault.damaged" and e.result == "failed" for e in events)
    closed_vault.close()  # closes without writing, and releases the file


@pytest.mark.parametrize("where", ["interior", "last"])
def test_verify_still_checks_every_page_at_open(big, closed_vault, where):
    """``full_check`` (secdesk verify) refuses the damaged file before anything is written."""
    from secdesk.services.session import sign_in

    size = closed_vault.db_path.stat().st_size
    offset = (size // PAGE // 2) * PAGE + 2000 if where == "interior" else size - 200
    data = _flip(closed_vault.db_path, offset)
    with pytest.raises(DamagedFile):
        sign_in(closed_vault.db_path, "admin", closed_vault.password, kdf=closed_vault.kdf, full_check=True)
    assert closed_vault.db_path.read_bytes() == data


@pytest.mark.parametrize("offset", [5, 100, PAGE - 80 + 15, PAGE - 10])
def test_header_damage_is_still_refused_at_open(big, closed_vault, offset):
    """The quick open still reads the salt and the header page: damage there is refused
    at sign-in and nothing is written."""
    data = _flip(closed_vault.db_path, offset)
    with pytest.raises(DamagedFile):
        closed_vault.sign_in()
    assert closed_vault.db_path.read_bytes() == data


def test_a_page_that_fails_as_a_write_reads_it_stops_writes(vault):
    """A page failing its HMAC inside a transaction (SQLCipher's bare DatabaseError) is
    reported as damage and no later write begins."""
    with pytest.raises(DamagedFile):
        with vault.session.vault.transaction():
            raise sqlcipher3.DatabaseError("file is not a database")
    assert isinstance(vault.session.vault.refused, DamagedFile)
    with pytest.raises(DamagedFile):
        vault.add_user("late", Role.CLERK)


def _wal_frames(vault) -> int:
    return vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]


def test_commits_leave_the_log_alone_until_idle(vault):
    """No checkpoint inside a commit; the idle checkpoint moves the log into the file."""
    v = vault.session.vault
    assert v.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    v.checkpoint()
    for i in range(3):
        vault.add_user(f"clerk{i}", Role.CLERK)
    assert v.unflushed >= 3
    assert v.checkpoint_if_idle(3600) is False  # the last commit was just now
    assert v.unflushed >= 3
    assert v.checkpoint_if_idle(0) is True
    assert v.unflushed == 0
    assert v.checkpoint_if_idle(0) is False  # nothing new to move


def test_a_large_log_is_checkpointed_after_its_commit(vault, monkeypatch):
    """Past the log limit (long work without a pause), the commit that grew it checkpoints."""
    monkeypatch.setattr(vault_mod, "WAL_LIMIT_BYTES", 1)
    v = vault.session.vault
    v.checkpoint()
    for i in range(4):
        vault.add_user(f"clerk{i}", Role.CLERK)
    assert v.unflushed <= 1  # every second commit finds the log too large
