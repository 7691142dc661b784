"""Backups are verified copies that open on their own; a schema upgrade is preceded by an
automatic verified backup, and a failed upgrade leaves the file as it was."""

from __future__ import annotations

import stat

import pytest
import sqlcipher3

from secdesk.domain.errors import DamagedFile, InvalidInput, MigrationFailed, PermissionDenied, SignInFailed
from secdesk.domain.roles import Role
from secdesk.services import accounts, audit_log, maintenance
from secdesk.services.audit_log import AuditFilter
from secdesk.services.session import sign_in
from secdesk.storage import schema
from secdesk.storage import vault as vault_module
from secdesk.storage.backup import MANIFEST, verify_backup
from secdesk.storage.keyfile import db_key_from_recovery


def test_a_backup_is_a_verified_folder_that_opens_with_the_same_password(staffed_vault, tmp_path):
    """The backup folder holds the database, its key file and a manifest that checks out;
    the copy opens on its own with the same password, intact, with the same accounts."""
    folder = maintenance.backup(staffed_vault.session, tmp_path / "backups")
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["secdesk.db", "secdesk.db.keys", MANIFEST])
    assert verify_backup(folder) == []
    copy = sign_in(folder / "secdesk.db", "auditor1", staffed_vault.passwords["auditor1"],
                   kdf=staffed_vault.kdf)
    try:
        assert audit_log.verify(copy).ok
        assert {a.name for a in _accounts(copy)} == {"admin", "clerk1", "officer1", "auditor1"}
    finally:
        copy.close()


def test_a_backup_is_private(staffed_vault, tmp_path):
    """Backup files are readable by their owner only."""
    folder = maintenance.backup(staffed_vault.session, tmp_path / "backups")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for item in folder.iterdir():
        assert stat.S_IMODE(item.stat().st_mode) == 0o600, item.name


def test_a_backup_is_audited(staffed_vault, tmp_path):
    """Making a backup leaves an event naming the folder."""
    folder = maintenance.backup(staffed_vault.session, tmp_path / "backups")
    staffed_vault.close()
    auditor = staffed_vault.sign_in("auditor1")
    events = audit_log.find_events(auditor, AuditFilter(event="backup"))
    assert [(e.account, e.object, e.result) for e in events] == [("admin", folder.name, "ok")]


def test_a_changed_backup_file_is_found_by_its_manifest(vault, tmp_path):
    """A backup file altered afterwards no longer matches its SHA256SUMS line."""
    folder = maintenance.backup(vault.session, tmp_path / "backups")
    copy = folder / "secdesk.db"
    data = bytearray(copy.read_bytes())
    data[5000] ^= 1
    copy.write_bytes(bytes(data))
    assert verify_backup(folder) == ["secdesk.db"]


OLD = schema.CURRENT_VERSION  # the version files of this program are written at
NEW = OLD + 1  # the version a pretended newer program knows
MIGRATION_2 = """
CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE);
INSERT INTO settings (key, value) VALUES ('probe.next', '1');
"""
BAD_MIGRATION_2 = """
CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
"""


def _pretend_newer_program(monkeypatch, script: str) -> None:
    """Make this program know one schema version more than the file on disk has."""
    migrations = [*schema.MIGRATIONS, script]
    for module in (schema, vault_module):
        monkeypatch.setattr(module, "MIGRATIONS", migrations)
        monkeypatch.setattr(module, "CURRENT_VERSION", len(migrations))


def _version_and_tables(db_path, secret) -> tuple[int, set[str]]:
    conn = sqlcipher3.connect(str(db_path))
    conn.execute(f"PRAGMA key = \"x'{db_key_from_recovery(secret).hex()}'\"")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    return version, tables


@pytest.fixture
def old_vault(staffed_vault):
    """A signed-out vault written at schema version 1."""
    staffed_vault.close()
    assert _version_and_tables(staffed_vault.db_path, staffed_vault.secret)[0] == OLD
    return staffed_vault


def test_opening_an_older_file_backs_it_up_then_upgrades_it(old_vault, monkeypatch):
    """The first sign-in with a newer program makes a verified backup of the old file in
    ``backups/`` beside it, then upgrades the file; data and audit chain are intact."""
    _pretend_newer_program(monkeypatch, MIGRATION_2)
    session = old_vault.sign_in("admin")
    assert session.vault.version == NEW
    assert session.vault.conn.execute(
        "SELECT value FROM settings WHERE key = 'probe.next'").fetchone() == ("1",)
    old_vault.close()

    backups = list((old_vault.db_path.parent / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.endswith("-before-migration")
    assert verify_backup(backups[0]) == []
    version, tables = _version_and_tables(backups[0] / "secdesk.db", old_vault.secret)
    assert version == OLD and "upgrade_probe" not in tables  # the copy is the file as it was

    version, tables = _version_and_tables(old_vault.db_path, old_vault.secret)
    assert version == NEW and "upgrade_probe" in tables
    auditor = old_vault.sign_in("auditor1")
    assert audit_log.verify(auditor).ok
    upgrades = audit_log.find_events(auditor, AuditFilter(event="vault.migrate"))
    assert [(e.account, e.before, e.after) for e in upgrades] == [
        ("admin", f'{{"version":{OLD}}}', f'{{"version":{NEW}}}')]
    assert len([a for a in _accounts(auditor) if Role.CLERK in a.roles]) == 1


def test_an_up_to_date_file_is_not_backed_up_again(old_vault, monkeypatch):
    """Once upgraded, later sign-ins make no further automatic backup."""
    _pretend_newer_program(monkeypatch, MIGRATION_2)
    old_vault.sign_in("admin")
    old_vault.close()
    old_vault.sign_in("admin")
    old_vault.close()
    assert len(list((old_vault.db_path.parent / "backups").iterdir())) == 1


def test_a_failed_upgrade_leaves_the_file_at_its_old_version(old_vault, monkeypatch):
    """A migration that fails is rolled back: the file stays at its version with its data,
    the user gets a message (not an internal error), and the vault is not left in use."""
    _pretend_newer_program(monkeypatch, BAD_MIGRATION_2)
    with pytest.raises(MigrationFailed) as caught:
        old_vault.sign_in("admin")
    assert f"第{OLD}版" in caught.value.zh and "\n" not in str(caught.value)
    version, tables = _version_and_tables(old_vault.db_path, old_vault.secret)
    assert version == OLD and "upgrade_probe" not in tables
    monkeypatch.undo()
    auditor = old_vault.sign_in("auditor1")  # not "in use", and the data is all there
    assert audit_log.verify(auditor).ok
    assert {a.name for a in _accounts(auditor)} == {"admin", "clerk1", "officer1", "auditor1"}


def _accounts(session):
    return accounts.list_accounts(session)


def test_a_backup_is_restored_to_a_new_file_and_proved_by_signing_in(staffed_vault, tmp_path):
    """restore: the backup's database and key file land at a new path, the administrator
    signs in there (the integrity check runs) and the restore is in the restored chain."""
    folder = maintenance.backup(staffed_vault.session, tmp_path / "backups")
    target = tmp_path / "restored" / "secdesk.db"
    target.parent.mkdir()
    with maintenance.restore(folder, target, "admin", staffed_vault.passwords["admin"], kdf=staffed_vault.kdf) as s:
        assert {a.name for a in _accounts(s)} == {"admin", "clerk1", "officer1", "auditor1"}
    auditor = sign_in(target, "auditor1", staffed_vault.passwords["auditor1"], kdf=staffed_vault.kdf)
    try:
        events = audit_log.find_events(auditor, AuditFilter(event="restore"))
        assert [(e.account, e.object) for e in events] == [("admin", folder.name)] and audit_log.verify(auditor).ok
    finally:
        auditor.close()


def test_a_restore_never_overwrites_and_leaves_nothing_when_refused(staffed_vault, tmp_path):
    """An existing file is never overwritten; a wrong password, a role without backup
    rights or a damaged backup leaves no file behind."""
    folder = maintenance.backup(staffed_vault.session, tmp_path / "backups")
    with pytest.raises(InvalidInput, match="不会覆盖"):
        maintenance.restore(folder, staffed_vault.db_path, "admin", staffed_vault.passwords["admin"])
    target = tmp_path / "new.db"
    with pytest.raises(SignInFailed):
        maintenance.restore(folder, target, "admin", "wrong password", kdf=staffed_vault.kdf)
    with pytest.raises(PermissionDenied):
        maintenance.restore(folder, target, "clerk1", staffed_vault.passwords["clerk1"], kdf=staffed_vault.kdf)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("new.db")] == []
    copy = folder / "secdesk.db"
    data = bytearray(copy.read_bytes())
    data[5000] ^= 1
    copy.write_bytes(bytes(data))
    with pytest.raises(DamagedFile, match="备份已损坏"):
        maintenance.restore(folder, target, "admin", staffed_vault.passwords["admin"], kdf=staffed_vault.kdf)
    assert not target.exists()
