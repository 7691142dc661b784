"""The restore drill (恢复演练): the newest backup (or a given one) restored to a temporary
place, signed in, every page and the audit chain checked, reported, deleted — and
audited in the live database. A backup with one flipped byte is refused by the drill and
by restore, each with a clear message."""

from __future__ import annotations

import tempfile

import pytest

from secdesk.domain.errors import DamagedFile, InvalidInput, PermissionDenied
from secdesk.services import audit_log, maintenance
from secdesk.services.audit_log import AuditFilter
from secdesk.storage.backup import MANIFEST, _sha256


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """The system's temporary folder, pointed at a folder of the test's own."""
    place = tmp_path / "tmp"
    place.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(place))
    return place


def flip_byte(folder, offset: int = 5000, manifest: bool = False) -> None:
    """Flip one bit of the backup's database; with ``manifest`` also rewrite its checksum
    (damage the manifest cannot show)."""
    copy = folder / "secdesk.db"
    data = bytearray(copy.read_bytes())
    data[offset] ^= 1
    copy.write_bytes(bytes(data))
    if manifest:
        lines = [f"{_sha256(folder / line.split('  ')[1])}  {line.split('  ')[1]}"
                 for line in (folder / MANIFEST).read_text().splitlines()]
        (folder / MANIFEST).write_text("".join(line + "\n" for line in lines))


def drill_events(vault):
    vault.close()
    auditor = vault.sign_in("auditor1")
    return [(e.account, e.object, e.result, e.detail) for e in audit_log.find_events(auditor, AuditFilter(event="backup.drill"))]


def test_a_drill_restores_the_newest_backup_checks_it_and_deletes_it(staffed_vault, scratch):
    """The newest of two backups in the backup folder is drilled: pages and chain sound,
    the accounts counted; the temporary copy is gone; the drill is in the live audit log."""
    admin = staffed_vault.session
    maintenance.backup(admin)
    newest = maintenance.backup(admin)
    report = maintenance.drill(admin, staffed_vault.password)
    assert report.ok and report.folder == newest and report.events > 5 and report.accounts == 4
    assert list(scratch.iterdir()) == []
    ((account, obj, result, detail),) = drill_events(staffed_vault)
    assert (account, obj, result) == ("admin", newest.name, "ok") and "恢复演练通过" in detail


def test_a_drill_of_a_backup_with_one_flipped_byte_fails_with_a_clear_message(staffed_vault, scratch, tmp_path):
    """One flipped bit: the manifest no longer matches — refused before anything is
    restored; the failure is audited; nothing is left in the temporary folder."""
    folder = maintenance.backup(staffed_vault.session, tmp_path / "usb")
    flip_byte(folder)
    report = maintenance.drill(staffed_vault.session, staffed_vault.password, folder)
    assert not report.ok and "备份已损坏" in report.problem and "secdesk.db 与校验和不符" in report.problem
    assert list(scratch.iterdir()) == []
    ((_, obj, result, detail),) = drill_events(staffed_vault)
    assert (obj, result) == (folder.name, "failed") and "备份已损坏" in detail


def test_a_drill_finds_damage_the_manifest_was_made_to_hide(staffed_vault, scratch, tmp_path):
    """The byte flipped and the checksum rewritten to match: the page check at sign-in in
    the restored copy still finds it."""
    folder = maintenance.backup(staffed_vault.session, tmp_path / "usb")
    flip_byte(folder, manifest=True)
    report = maintenance.drill(staffed_vault.session, staffed_vault.password, folder)
    assert not report.ok and "损坏" in report.problem
    assert list(scratch.iterdir()) == []


def test_restore_refuses_a_backup_with_one_flipped_byte(staffed_vault, tmp_path):
    folder = maintenance.backup(staffed_vault.session, tmp_path / "usb")
    flip_byte(folder)
    target = tmp_path / "restored.db"
    with pytest.raises(DamagedFile, match="备份已损坏：secdesk.db 与校验和不符，请换用另一份备份"):
        maintenance.restore(folder, target, "admin", staffed_vault.password, kdf=staffed_vault.kdf)
    assert not target.exists() and not (tmp_path / "restored.db.keys").exists()


def test_a_drill_with_a_wrong_password_says_so(staffed_vault, scratch):
    maintenance.backup(staffed_vault.session)
    report = maintenance.drill(staffed_vault.session, "not-the-password")
    assert not report.ok and "口令不正确" in report.problem
    assert list(scratch.iterdir()) == []


def test_a_drill_needs_a_backup_and_the_backup_right(staffed_vault):
    with pytest.raises(InvalidInput, match="没有本数据库的已校验备份"):
        maintenance.drill(staffed_vault.session, staffed_vault.password)
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    with pytest.raises(PermissionDenied):
        maintenance.drill(clerk, staffed_vault.passwords["clerk1"])
