"""Automatic backups: once at the first sign-in of a day (not at the second), before a
migration, into the backup folder of the settings, rotated; a failure never blocks the
sign-in, is audited and shows on 今日提醒, as do an old backup and a folder on the
database's own disk."""

from __future__ import annotations

import shutil
from datetime import date, datetime, time, timedelta

import pytest

from secdesk.domain import clock
from secdesk.domain.backup_rotation import BackupEntry, to_keep
from secdesk.domain.errors import StorageFull
from secdesk.services import audit_log, backups, reminders, settings
from secdesk.services.audit_log import AuditFilter
from secdesk.storage import schema
from secdesk.storage import vault as vault_module
from secdesk.storage.backup import list_backups, verify_backup

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today():
    """The day the test runs, read when it starts: a suite that crosses midnight must not
    date its vaults one day and its expectations the day before."""
    global TODAY
    TODAY = date.today()


def at(day_offset: int, hour: int = 8):
    """A clock for ``day_offset`` days from today at ``hour`` o'clock."""
    moment = datetime.combine(TODAY + timedelta(days=day_offset), time(hour)).astimezone()
    return lambda: moment


def sign_in_on(vault, day_offset: int, name: str, hour: int = 8):
    """Sign in as ``name`` on that day and sign out again; returns the session (closed)."""
    with clock.replaced(at(day_offset, hour)):
        session = vault.sign_in(name)
        vault.close()
    return session


def events(vault, event: str):
    vault.close()
    auditor = vault.sign_in("auditor1")
    found = audit_log.find_events(auditor, AuditFilter(event=event))
    vault.close()
    return [(e.account, e.result, e.detail) for e in found]


def folder_of(vault):
    return vault.db_path.parent / "backups"


def test_the_first_sign_in_of_a_day_backs_up_once(staffed_vault):
    """The next morning the clerk's sign-in makes a verified backup beside the database;
    the officer's sign-in an hour later makes none; the backup is audited."""
    staffed_vault.close()
    sign_in_on(staffed_vault, 1, "clerk1", 8)
    made = list_backups(folder_of(staffed_vault), "secdesk.db")
    assert [(b.reason, b.verified, b.taken.date()) for b in made] == [("auto", True, TODAY + timedelta(1))]
    assert verify_backup(made[0].path) == []
    sign_in_on(staffed_vault, 1, "officer1", 9)
    assert len(list_backups(folder_of(staffed_vault), "secdesk.db")) == 1
    sign_in_on(staffed_vault, 2, "officer1", 9)  # the day after: one more
    assert len(list_backups(folder_of(staffed_vault), "secdesk.db")) == 2
    with clock.replaced(at(2, 10)):
        assert [(a, r) for a, r, _ in events(staffed_vault, "backup.auto")] == [("officer1", "ok"), ("clerk1", "ok")]


def test_the_day_the_database_is_made_counts_as_used(staffed_vault):
    """Set-up is the day's first use: signing in again that day makes no backup."""
    staffed_vault.close()
    staffed_vault.sign_in("clerk1")
    assert not folder_of(staffed_vault).exists()


def test_the_backup_folder_setting_is_used_and_old_backups_are_rotated(staffed_vault, tmp_path):
    """An absolute folder from the settings; with 40 old daily backups there, rotation
    leaves what the rule keeps and never touches a manual or pre-migration backup."""
    elsewhere = tmp_path / "second-disk" / "secdesk-backups"
    settings.change_setting(staffed_vault.session, "backup.folder", str(elsewhere))
    staffed_vault.close()
    sign_in_on(staffed_vault, 1, "clerk1")
    (seed,) = list_backups(elsewhere, "secdesk.db")
    for n in range(1, 41):  # copies named as the automatic backups of 40 earlier days
        day = TODAY + timedelta(1 - n)
        shutil.copytree(seed.path, elsewhere / f"secdesk-{day:%Y%m%d}-080000-auto")
    shutil.copytree(seed.path, elsewhere / f"secdesk-{TODAY - timedelta(90):%Y%m%d}-080000-manual")
    shutil.copytree(seed.path, elsewhere / f"secdesk-{TODAY - timedelta(91):%Y%m%d}-080000-before-migration")
    sign_in_on(staffed_vault, 2, "clerk1")
    left = list_backups(elsewhere, "secdesk.db")
    autos = [b.taken.date() for b in left if b.reason == "auto"]
    assert {b.reason for b in left} == {"auto", "manual", "before-migration"}
    assert autos[-7:] == [TODAY + timedelta(n) for n in range(-4, 3)]  # 7 days with backups
    every = [BackupEntry(str(d), datetime.combine(d, time(8))) for d in
             (TODAY + timedelta(n) for n in range(-39, 3))]
    assert sorted(autos) == sorted(date.fromisoformat(name) for name in to_keep(every))
    assert not folder_of(staffed_vault).exists()
    with clock.replaced(at(2, 10)):
        details = [d for _, _, d in events(staffed_vault, "backup.auto")]
    assert "按轮换规则删除旧备份" in details[0]


def test_a_failed_automatic_backup_does_not_block_sign_in_and_shows_on_the_panel(staffed_vault, tmp_path):
    """The backup folder cannot be written (a file stands in its place): the clerk is
    signed in all the same, told so, the failure is in the audit log and on 今日提醒 in red
    until a backup succeeds."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings.change_setting(staffed_vault.session, "backup.folder", str(blocker))
    staffed_vault.close()
    with clock.replaced(at(1)):
        clerk = staffed_vault.sign_in("clerk1")
        assert clerk.actor.name == "clerk1"
        assert any("今日自动备份失败" in w for w in clerk.warnings)
        lines = [r for r in reminders.today_reminders(clerk) if r.kind == "备份"]
        assert len(lines) == 1 and lines[0].urgent and "自动备份失败" in lines[0].text
        staffed_vault.close()
        failed = events(staffed_vault, "backup.auto")
    assert [(a, r) for a, r, _ in failed] == [("clerk1", "failed")]
    with clock.replaced(at(2)):  # the administrator puts it right; the next day's backup works
        admin = staffed_vault.sign_in("admin")
        settings.change_setting(admin, "backup.folder", "backups")
        staffed_vault.close()
    with clock.replaced(at(3)):
        clerk = staffed_vault.sign_in("clerk1")
        assert clerk.warnings == []
        assert [r for r in reminders.today_reminders(clerk) if r.kind == "备份"] == []


def test_a_full_backup_disk_does_not_block_sign_in(staffed_vault, monkeypatch):
    """Too little free space: refused before anything is written, sign-in goes on."""
    monkeypatch.setattr("secdesk.storage.backup._free", lambda dest: 1000)
    staffed_vault.close()
    with clock.replaced(at(1)):
        clerk = staffed_vault.sign_in("clerk1")
    assert any("空间不足" in w and "需要" in w for w in clerk.warnings)
    assert not folder_of(staffed_vault).exists() or not any(folder_of(staffed_vault).iterdir())


def test_the_panel_warns_of_an_old_backup_and_of_none_at_all(staffed_vault):
    """No backup: quiet for the first ``backup.warn_days`` days, then a warning; a backup
    older than that many days: a warning naming its age."""
    admin = staffed_vault.session
    settings.change_setting(admin, "backup.warn_days", 3)
    texts = lambda day: [r.text for r in reminders.backup_reminders(admin, TODAY + timedelta(day))  # noqa: E731
                         if "同一磁盘" not in r.text]
    assert texts(3) == []
    assert any("还没有已校验的备份" in t for t in texts(4))
    from secdesk.services import maintenance
    maintenance.backup(admin)  # into the backup folder
    assert texts(3) == []
    (line,) = texts(5)
    assert "5天前" in line and "超过3天" in line


def test_the_administrator_is_told_when_the_backup_folder_shares_the_databases_disk(staffed_vault, monkeypatch):
    """Compared by st_dev; only whoever may change the folder is told."""
    same = lambda: [r for r in reminders.backup_reminders(staffed_vault.session) if "同一磁盘" in r.text]  # noqa: E731
    assert len(same()) == 1 and "设置" in same()[0].text
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    assert same() == []
    staffed_vault.close()
    admin = staffed_vault.sign_in("admin")
    monkeypatch.setattr(backups, "same_disk", lambda a, b: False)
    assert same() == [] and admin.actor.name == "admin" and clerk.actor.name == "clerk1"


OLD = schema.CURRENT_VERSION
BASE = list(schema.MIGRATIONS)
MIGRATION = "CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY);"
MIGRATION_2 = "CREATE TABLE upgrade_probe_2 (id INTEGER PRIMARY KEY);"


def _pretend_newer_program(monkeypatch, *scripts: str) -> None:
    """Make this program know the given migrations beyond the current ones."""
    migrations = [*BASE, *(scripts or (MIGRATION,))]
    for module in (schema, vault_module):
        monkeypatch.setattr(module, "MIGRATIONS", migrations)
        monkeypatch.setattr(module, "CURRENT_VERSION", len(migrations))


def test_a_migration_is_preceded_by_a_backup_into_the_backup_folder(staffed_vault, tmp_path, monkeypatch):
    """The pre-migration backup goes to the configured folder (here on the same day as the
    set-up, so it is the only backup made)."""
    elsewhere = tmp_path / "elsewhere"
    settings.change_setting(staffed_vault.session, "backup.folder", str(elsewhere))
    staffed_vault.close()
    _pretend_newer_program(monkeypatch)
    session = staffed_vault.sign_in("admin")
    assert session.vault.version == OLD + 1
    (made,) = list_backups(elsewhere, "secdesk.db")
    assert made.reason == "before-migration" and verify_backup(made.path) == []
    ((account, result, detail),) = events(staffed_vault, "backup.auto")  # audited once signed in
    assert (account, result) == ("admin", "ok") and "升级前" in detail and str(elsewhere) in detail


def test_a_migration_on_the_days_first_sign_in_makes_both_backups(staffed_vault, monkeypatch):
    """Before the upgrade the file as it was; after it, the day's backup of the new file."""
    staffed_vault.close()
    _pretend_newer_program(monkeypatch)
    with clock.replaced(at(1)):
        staffed_vault.sign_in("clerk1")
    made = list_backups(folder_of(staffed_vault), "secdesk.db")
    assert sorted(b.reason for b in made) == ["auto", "before-migration"]  # the same second here


def test_an_unwritable_backup_folder_falls_back_beside_the_database_before_a_migration(
        staffed_vault, tmp_path, monkeypatch):
    """The configured folder is not there (a removed drive): the pre-migration backup goes
    to ``backups`` beside the database; if that cannot be written either, the file is not
    upgraded and the sign-in says why."""
    blocker = tmp_path / "gone"
    blocker.write_text("x")
    settings.change_setting(staffed_vault.session, "backup.folder", str(blocker / "sub"))
    staffed_vault.close()
    _pretend_newer_program(monkeypatch)
    staffed_vault.sign_in("admin")
    staffed_vault.close()
    assert [b.reason for b in list_backups(folder_of(staffed_vault), "secdesk.db")] == ["before-migration"]

    _pretend_newer_program(monkeypatch, MIGRATION, MIGRATION_2)  # one more; now nothing can be written
    monkeypatch.setattr("secdesk.storage.backup._free", lambda dest: 0)
    with pytest.raises(StorageFull, match="空间不足"):
        staffed_vault.sign_in("admin")
    monkeypatch.undo()
    _pretend_newer_program(monkeypatch)
    session = staffed_vault.sign_in("admin")  # still at the version before
    assert session.vault.version == OLD + 1
