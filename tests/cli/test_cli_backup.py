"""``secdesk backup [now|drill|list]``: a backup to a chosen folder or the backup folder,
the restore drill with its one-line verdict, the list; refusals in one line with an exit
code, never a traceback."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass

import pytest

from secdesk.cli.main import run
from secdesk.domain.errors import PermissionDenied, StorageFull
from secdesk.storage import backup as backup_module


@dataclass
class Result:
    rc: int
    out: str
    err: str


@pytest.fixture
def db(staffed_vault):
    staffed_vault.close()
    return staffed_vault


@pytest.fixture
def secdesk(db, capsys, monkeypatch):
    """``secdesk(user, *argv)`` → :class:`Result`, signed in as ``user`` via stdin."""

    def call(user: str, *argv) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(db.passwords[user] + "\n"))
        capsys.readouterr()
        rc = run([str(a) for a in (*argv, "--db", db.db_path, "--user", user, "--password-stdin")])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return Result(rc, out, err)

    return call


def test_backup_to_a_chosen_folder_and_to_the_backup_folder(secdesk, db, tmp_path):
    usb = secdesk("admin", "backup", "--out", tmp_path / "usb")
    assert usb.rc == 0 and usb.out.startswith("备份完成并已校验：") and str(tmp_path / "usb") in usb.out
    here = secdesk("admin", "backup")
    assert here.rc == 0 and str(db.db_path.parent / "backups") in here.out
    listed = secdesk("admin", "backup", "list")
    assert listed.rc == 0 and "（1份）" in listed.out and "手动\t已校验" in listed.out


def test_the_drill_reports_in_one_line(secdesk):
    secdesk("admin", "backup")
    result = secdesk("admin", "backup", "drill")
    assert result.rc == 0, result.err
    assert result.out.startswith("恢复演练通过：") and "临时副本已删除" in result.out


def test_the_drill_of_a_damaged_backup_fails_in_one_line(secdesk, tmp_path):
    secdesk("admin", "backup", "--out", tmp_path / "usb")
    (folder,) = (tmp_path / "usb").iterdir()
    data = bytearray((folder / "secdesk.db").read_bytes())
    data[5000] ^= 1
    (folder / "secdesk.db").write_bytes(bytes(data))
    result = secdesk("admin", "backup", "drill", "--from", folder)
    assert result.rc == 1 and result.out == ""
    (line,) = result.err.strip().splitlines()
    assert line.startswith("错误：恢复演练未通过") and "备份已损坏" in line


def test_a_full_usb_drive_is_refused_in_one_line(secdesk, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_module, "_free", lambda dest: 512 * 1024)
    result = secdesk("admin", "backup", "--out", tmp_path / "usb")
    assert result.rc == StorageFull.exit_code
    (line,) = result.err.strip().splitlines()
    assert "U盘空间不足：需要" in line and "可用 0.5 MB" in line and not (tmp_path / "usb").exists()


def test_only_the_administrator_backs_up_or_drills(secdesk):
    for action in ((), ("drill",), ("list",)):
        result = secdesk("clerk1", "backup", *action)
        assert result.rc == PermissionDenied.exit_code and len(result.err.strip().splitlines()) == 1
