"""A backup to media that is too small: refused up front when the free space is known to
be short, and when the disk fills up during the copy (ENOSPC) cleaned up — the live
database unchanged and no half backup left behind under any name."""

from __future__ import annotations

import errno
import hashlib
from collections import namedtuple

import pytest

from secdesk.domain.errors import StorageFull
from secdesk.services import audit_log, maintenance
from secdesk.services.audit_log import AuditFilter
from secdesk.storage import backup as backup_module
from secdesk.storage.atomic import disk_error

Usage = namedtuple("Usage", "total used free")


def fingerprint(vault) -> str:
    """The database file's bytes after a checkpoint (everything committed is in it)."""
    vault.session.vault.checkpoint()
    return hashlib.sha256(vault.db_path.read_bytes()).hexdigest()


def fingerprint_when_refused(vault, monkeypatch) -> list[str]:
    """The fingerprint taken the moment the failure is about to be audited (the audit
    event is the one thing a refused backup adds to the database)."""
    taken = []
    record = maintenance._record_failure
    monkeypatch.setattr(maintenance, "_record_failure",
                        lambda *a: (taken.append(fingerprint(vault)), record(*a)))
    return taken


def enospc() -> OSError:
    return OSError(errno.ENOSPC, "No space left on device")


def half_copy(source, target):
    """The copy of a drive that fills up after the first 8 KiB."""
    with open(target, "wb") as out:
        out.write(source.read_bytes()[:8192])
    raise enospc()


def full_at_the_manifest(path, data):
    raise disk_error(enospc(), path)


@pytest.mark.parametrize("stage", ["copy", "manifest"])
def test_a_disk_filling_up_during_the_backup_leaves_nothing_and_the_vault_unchanged(staffed_vault, tmp_path,
                                                                                      monkeypatch, stage):
    """ENOSPC in the middle of the database copy, or at the very end (the manifest, after
    the copy was verified): a one-line message naming the space needed and the fix; the
    U盘 holds nothing (no partial folder, no temp file); the database is byte for byte as
    before (until the failure is audited) and its chain verifies; the failure is audited."""
    usb = tmp_path / "usb"
    usb.mkdir()
    before = fingerprint(staffed_vault)
    when_refused = fingerprint_when_refused(staffed_vault, monkeypatch)
    if stage == "copy":
        monkeypatch.setattr(backup_module, "_copy_file", half_copy)
    else:
        monkeypatch.setattr(backup_module, "atomic_write", full_at_the_manifest)
    with pytest.raises(StorageFull) as caught:
        maintenance.backup(staffed_vault.session, usb)
    message = caught.value.zh
    assert message.startswith("U盘空间不足：需要 ") and "MB，可用 " in message and "请换一个空间足够的U盘" in message
    assert "\n" not in str(caught.value)
    assert list(usb.iterdir()) == []
    assert when_refused == [before]
    with pytest.raises(StorageFull):  # a folder the backup had to make is not left behind either
        maintenance.backup(staffed_vault.session, usb / "new" / "folder")
    assert list(usb.iterdir()) == []
    monkeypatch.undo()
    assert audit_log.verify(staffed_vault.session).ok
    staffed_vault.close()
    auditor = staffed_vault.sign_in("auditor1")
    found = audit_log.find_events(auditor, AuditFilter(event="backup"))
    assert len(found) == 2 and all(e.result == "failed" and "空间不足" in e.detail for e in found)


def test_too_little_free_space_is_refused_before_anything_is_written(staffed_vault, tmp_path, monkeypatch):
    """``shutil.disk_usage`` says 300 KB free: refused with both figures, nothing copied,
    the chosen folder not even created."""
    copied = []
    monkeypatch.setattr(backup_module.shutil, "disk_usage", lambda path: Usage(10**9, 10**9, 300_000))
    monkeypatch.setattr(backup_module, "_copy_file", lambda s, t: copied.append(t))
    before = fingerprint(staffed_vault)
    when_refused = fingerprint_when_refused(staffed_vault, monkeypatch)
    with pytest.raises(StorageFull, match=r"U盘空间不足：需要 \d+\.\d MB，可用 0\.3 MB。请换一个空间足够的U盘"):
        maintenance.backup(staffed_vault.session, tmp_path / "usb" / "secdesk")
    assert copied == [] and not (tmp_path / "usb").exists()
    assert when_refused == [before]


def test_the_space_needed_is_the_database_and_key_file_with_a_margin(staffed_vault):
    vault = staffed_vault.session.vault
    size = vault.path.stat().st_size
    assert size + backup_module.MARGIN < backup_module.space_needed(vault) < 2 * size + 4 * backup_module.MIB


def test_a_backup_is_written_under_a_temporary_name_and_renamed_when_verified(staffed_vault, tmp_path, monkeypatch):
    """While the copy is checked it lies in a hidden ``.partial`` folder; the backup's own
    name appears only once the manifest is written."""
    seen = []
    check = backup_module._verify_copy
    monkeypatch.setattr(backup_module, "_verify_copy",
                        lambda copy, vault: (seen.append(sorted(p.name for p in copy.parent.parent.iterdir())),
                                             check(copy, vault)))
    folder = maintenance.backup(staffed_vault.session, tmp_path / "usb")
    assert len(seen[0]) == 1 and seen[0][0].startswith(".secdesk-") and seen[0][0].endswith(".partial")
    assert [p.name for p in (tmp_path / "usb").iterdir()] == [folder.name]


def test_two_backups_in_one_second_get_two_names(staffed_vault, tmp_path):
    first = maintenance.backup(staffed_vault.session, tmp_path / "usb")
    second = maintenance.backup(staffed_vault.session, tmp_path / "usb")
    assert first != second and first.is_dir() and second.is_dir()
