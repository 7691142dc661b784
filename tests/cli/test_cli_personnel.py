"""The personnel commands: person add|show|list and print roster|person|training|badges —
the service rules, one line and a non-zero exit on any refusal."""

from __future__ import annotations

import pytest

from tests.conftest import USER_PASSWORD as PASSWORD
from tests.cli.test_cli import as_user, assert_refused, lines, secdesk


@pytest.fixture
def db(staffed_vault):
    staffed_vault.close()
    return staffed_vault.db_path


def test_add_prints_the_badge_and_show_and_list_find_the_person(db):
    """The officer opens a file; the badge number is printed; the clerk lists and shows it."""
    added = as_user(db, "officer1", "person", "add", "--name", "张红", "--dept", "办公室", "--level", "核心",
                    "--post", "机要员")
    assert added.returncode == 0, added.stderr
    badge = added.stdout.strip()
    assert badge.startswith("BMS-P")
    listed = as_user(db, "clerk1", "person", "list")
    assert f"{badge}\t张红\t办公室\t核心\t在岗" in listed.stdout
    shown = as_user(db, "clerk1", "person", "show", badge)
    assert "机要员" in shown.stdout


def test_a_bad_id_number_and_a_clerks_add_are_refused_in_one_line(db):
    """A wrong check digit names 证件号; the clerk may not open files."""
    line = assert_refused(as_user(db, "officer1", "person", "add", "--name", "张红", "--dept", "办公室",
                                  "--level", "核心", "--id-number", "110105198001011230"))
    assert "证件号" in line
    assert_refused(as_user(db, "clerk1", "person", "add", "--name", "李四", "--dept", "办公室", "--level", "一般"))
    assert as_user(db, "officer1", "person", "list").stdout == ""


def test_the_personnel_prints_write_pdfs(db, tmp_path):
    """Roster, the person's sheet, the training record and badges are written as PDFs."""
    badge = as_user(db, "officer1", "person", "add", "--name", "张红", "--dept", "办公室",
                    "--level", "重要").stdout.strip()
    for args in (("roster",), ("person", badge), ("training", "--year", "2026"),
                 ("badges", badge, "--layout", "roll40x20")):
        out = tmp_path / f"{args[0]}.pdf"
        result = as_user(db, "officer1", "print", *args, "--out", out)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"%PDF")
    line = assert_refused(as_user(db, "officer1", "print", "badges", badge, "--layout", "big",
                                  "--out", tmp_path / "x.pdf"))
    assert "标签纸" in line and not (tmp_path / "x.pdf").exists()
    assert_refused(as_user(db, "clerk1", "print", "person", badge, "--out", tmp_path / "y.pdf"))
    assert not (tmp_path / "y.pdf").exists()


def test_authority_and_vetting_are_recorded_from_the_command_line_and_lending_follows(db):
    """person add/edit record 部门负责人, the levels a 保密办 leader approves, the 上岗审查 and
    the 上岗 承诺书 in one step each; a borrower without them is refused, with them lent;
    an approver without the authority is refused and the refusal names who may approve."""
    add = ["person", "add", "--dept", "科研一部", "--level", "核心"]
    leader = as_user(db, "officer1", "person", "add", "--name", "李建国", "--dept", "办公室", "--level", "核心",
                     "--approves", "绝密,机密,秘密", "--vetted", "2026-01-05", "--undertaking", "2026-01-05")
    assert leader.returncode == 0, leader.stderr
    leader = leader.stdout.strip()
    peer = as_user(db, "officer1", *add, "--name", "刘工", "--vetted", "2026-01-05",
                   "--undertaking", "2026-01-05").stdout.strip()
    newcomer = as_user(db, "officer1", *add, "--name", "新人").stdout.strip()
    shown = as_user(db, "clerk1", "person", "show", leader).stdout
    assert "审批密级\t绝密、机密、秘密" in shown and "上岗审查\t2026-01-05 合格" in shown
    number = secdesk("carrier", "add", "--title", "文件", "--level", "机密", "--type", "纸介质", "--copy-no", "1",
                     "--copies-total", "1", "--db", db, "--user", "clerk1", "--password-stdin",
                     stdin=lines(PASSWORD)).stdout.split()[0]
    lend = ["lend", "--approval-ref", "SP-1", number]
    refused = assert_refused(as_user(db, "clerk1", *lend, "--borrower", newcomer, "--approver", leader))
    assert "上岗审查" in refused and "上岗保密承诺书" in refused
    refused = assert_refused(as_user(db, "clerk1", *lend, "--borrower", peer, "--approver", newcomer))
    assert "没有此审批权限" in refused or "上岗" in refused
    asked = assert_refused(as_user(db, "clerk1", "lend", number, "--borrower", peer))
    assert f"可批准人：李建国（{leader}）" in asked
    edited = as_user(db, "officer1", "person", "edit", newcomer, "--vetted", "2026-02-01", "--undertaking",
                     "2026-02-01", "--head-of", "科研一部")
    assert edited.returncode == 0, edited.stderr
    assert "部门负责人\t科研一部" in as_user(db, "clerk1", "person", "show", newcomer).stdout
    lent = as_user(db, "clerk1", *lend, "--borrower", newcomer, "--approver", leader)
    assert lent.returncode == 0, lent.stderr
