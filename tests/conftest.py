"""Shared fixtures: every test runs in its own folders and never touches real user files.

``new_vault(tmp_path)`` makes a fresh vault (cheap Argon2id parameters) and returns a
:class:`VaultHandle`, which unpacks as ``db_path, session, secret`` and knows the
passwords of the accounts it added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlcipher3

from secdesk.domain.roles import Role
from secdesk.services import accounts, setup
from secdesk.services.session import Session, keyfile_path, sign_in
from secdesk.storage import accounts as account_rows
from secdesk.storage.keyfile import KdfParams, db_key_from_recovery

UNIT_NAME = "测试单位"
UNIT_CODE = "BMS"
ADMIN = "admin"
ADMIN_PASSWORD = "Adm1n#Secret"  # 12 characters, 4 classes, does not contain "admin"
USER_PASSWORD = "Wq7#rT2kLmZ"  # for every further account


@pytest.fixture(autouse=True)
def _private_state_dir(tmp_path_factory, monkeypatch):
    """The error log and last-used paths go to a temporary folder, never the user's."""
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("SECDESK_STATE_DIR", str(state))
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    return state


@pytest.fixture
def kdf() -> KdfParams:
    """The cheapest Argon2id parameters (tests only)."""
    return KdfParams.minimal()


def raw_connect(db_path: Path, secret: bytes) -> sqlcipher3.Connection:
    """A plain SQLCipher connection with the database key, as a tamperer would open it."""
    conn = sqlcipher3.connect(str(db_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{db_key_from_recovery(secret).hex()}'\"")
    return conn


@dataclass
class VaultHandle:
    """A vault made for one test: its path, the open admin session and the recovery secret."""

    db_path: Path
    session: Session | None
    secret: bytes
    kdf: KdfParams
    passwords: dict[str, str] = field(default_factory=lambda: {ADMIN: ADMIN_PASSWORD})
    opened: list[Session] = field(default_factory=list)

    def __iter__(self):
        return iter((self.db_path, self.session, self.secret))

    @property
    def password(self) -> str:
        """The administrator's password."""
        return self.passwords[ADMIN]

    @property
    def keys_path(self) -> Path:
        """The key file beside the database."""
        return keyfile_path(self.db_path)

    def add_user(self, name: str, *roles: Role, full_name: str = "",
                 password: str = USER_PASSWORD, ready: bool = True) -> str:
        """Add an account through the open session; ``ready`` skips the forced change."""
        accounts.add_account(self.session, name, frozenset(roles), password, full_name)
        if ready:
            row = account_rows.by_name(self.session.vault.conn, name)
            with self.session.vault.transaction() as conn:
                account_rows.update(conn, row.id, must_change_password=0)
        self.passwords[name] = password
        return password

    def sign_in(self, name: str = ADMIN, password: str | None = None) -> Session:
        """Sign in as ``name`` (with its known password unless one is given)."""
        session = sign_in(self.db_path, name, password or self.passwords[name], kdf=self.kdf)
        self.opened.append(session)
        self.session = session
        return session

    def close(self) -> None:
        """Sign the current session out, if it is open."""
        if self.session is not None and _is_open(self.session):
            self.session.close()
        self.session = None

    def raw(self) -> sqlcipher3.Connection:
        """A raw keyed connection (close the session first)."""
        return raw_connect(self.db_path, self.secret)

    def cleanup(self) -> None:
        for session in [self.session, *self.opened]:
            if session is not None and _is_open(session):
                try:
                    session.vault.close()
                except Exception:
                    session.vault._lock.release()


def _is_open(session: Session) -> bool:
    try:
        session.vault.conn.execute("SELECT 1")
    except sqlcipher3.ProgrammingError:
        return False
    return True


@pytest.fixture
def new_vault(kdf):
    """Factory: ``new_vault(folder, name="secdesk.db")`` → a fresh :class:`VaultHandle`."""
    made: list[VaultHandle] = []

    def make(folder: Path, name: str = "secdesk.db", unit_name: str = UNIT_NAME) -> VaultHandle:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / name
        session, secret = setup.initialise(db_path, unit_name, UNIT_CODE, ADMIN,
                                           ADMIN_PASSWORD, kdf=kdf)
        handle = VaultHandle(db_path, session, secret, kdf)
        made.append(handle)
        return handle

    yield make
    for handle in made:
        handle.cleanup()


@pytest.fixture
def vault_factory(new_vault):
    """The same factory under its other name."""
    return new_vault


@pytest.fixture
def vault(new_vault, tmp_path) -> VaultHandle:
    """One fresh vault in the test's folder, admin signed in."""
    return new_vault(tmp_path)


@pytest.fixture
def staffed_vault(vault) -> VaultHandle:
    """A vault with one account per role (admin, clerk1, officer1, auditor1), admin signed in."""
    vault.add_user("clerk1", Role.CLERK, full_name="王保密")
    vault.add_user("officer1", Role.OFFICER, full_name="李主任")
    vault.add_user("auditor1", Role.AUDITOR, full_name="赵审计")
    return vault
