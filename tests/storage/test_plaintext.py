"""The database file, its log and its key file hold nothing readable without the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from secdesk.domain.errors import SignInFailed
from secdesk.domain.roles import Role
from secdesk.services import accounts
from secdesk.storage import accounts as account_rows
from secdesk.storage import audit, settings_repo

UNIT = "华东保密技术研究所"
PERSON = "欧阳明华"
ACCOUNT = "ouyangmh"
TITLE = "关于二〇二六年度涉密载体清查工作的通知"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "gbk")


def _leaks(path: Path, needles: list[str]) -> list[str]:
    """The needles (in any encoding) found in the raw bytes of ``path``."""
    if not path.exists():
        return []
    data = path.read_bytes()
    return [f"{n!r} as {enc} in {path.name}" for n in needles for enc in ENCODINGS
            if n.encode(enc) in data]


def _files(db_path: Path) -> list[Path]:
    return [db_path, db_path.with_name(db_path.name + "-wal"),
            db_path.with_name(db_path.name + ".keys")]


@pytest.fixture
def written(new_vault, tmp_path):
    """A vault holding the unit name, a person, an account and a title; admin signed out."""
    v = new_vault(tmp_path, unit_name=UNIT)
    v.add_user(ACCOUNT, Role.CLERK, full_name=PERSON)
    v.add_user("tempuser", Role.CLERK)
    accounts.disable_account(v.session, "tempuser", TITLE)  # the title goes into the log
    with v.session.vault.transaction() as conn:
        settings_repo.put(conn, "report.title", TITLE)
    v.close()
    return v


def test_the_files_contain_no_plaintext_after_sign_out(written):
    """Unit name, person, account name and title are not in the database or key file."""
    needles = [UNIT, PERSON, ACCOUNT, TITLE]
    assert [leak for f in _files(written.db_path) for leak in _leaks(f, needles)] == []


def test_the_files_contain_no_plaintext_while_the_vault_is_open(written):
    """With the vault open (pages still in the write-ahead log) nothing is readable either."""
    session = written.sign_in()
    with session.vault.transaction() as conn:  # a fresh write that sits in the log
        session.record(conn, "settings.change", f"setting:{TITLE}", detail=TITLE)
    wal = written.db_path.with_name(written.db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    needles = [UNIT, PERSON, ACCOUNT, TITLE]
    assert [leak for f in _files(written.db_path) for leak in _leaks(f, needles)] == []
    # The data is really there, readable through the key.
    conn = session.vault.conn
    assert settings_repo.get_all(conn)["unit.name"] == UNIT
    assert account_rows.by_name(conn, ACCOUNT).full_name == PERSON
    assert any(e.detail == TITLE for e in audit.events(conn))


def test_a_failed_sign_in_leaves_no_account_name_in_the_key_file(written):
    """A mistyped password is journalled in the key file, sealed: the name is not readable."""
    before = written.keys_path.read_bytes()
    with pytest.raises(SignInFailed):
        written.sign_in(ACCOUNT, "Wrong-Pass-99")
    assert written.keys_path.read_bytes() != before  # the attempt was recorded
    assert _leaks(written.keys_path, [ACCOUNT, PERSON, UNIT]) == []
