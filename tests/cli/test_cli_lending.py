"""Command-line lending: lend, return, loans, print loans — the station's rules; a refusal
exits non-zero with the reason on one line."""

from __future__ import annotations

from datetime import date

import pytest

from tests.cli.test_cli import assert_refused, lines, secdesk
from tests.lending_world import build_world

PASSWORD = "Wq7#rT2kLmZ"


@pytest.fixture
def world(staffed_vault):
    world = build_world(staffed_vault)
    staffed_vault.close()
    world.db = staffed_vault.db_path
    return world


def as_clerk(world, *args):
    return secdesk(*args, "--db", world.db, "--user", "clerk1", "--password-stdin", stdin=lines(PASSWORD))


def test_lend_with_approval_list_and_return(world, tmp_path):
    """Two carriers out with the head's approval, listed, back with the count check, on form 2."""
    numbers = [world.number("confidential"), world.number("confidential2")]
    out = as_clerk(world, "lend", "--borrower", world.badge("general"), "--approver", world.badge("head"),
                   "--approval-ref", "SP-1", *numbers)
    assert out.returncode == 0, out.stderr
    assert all(f"{n}\t借出\t孙丽" in out.stdout for n in numbers)
    listed = as_clerk(world, "loans")
    assert all(n in listed.stdout for n in numbers) and "在借" in listed.stdout
    back = as_clerk(world, "return", "--whole", *numbers)
    assert back.returncode == 0, back.stderr
    assert as_clerk(world, "loans").stdout == ""
    today = date.today().isoformat()
    pdf = tmp_path / "loans.pdf"
    printed = as_clerk(world, "print", "loans", "--from", today, "--to", today, "--out", pdf)
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_refused_loan_exits_non_zero_with_the_reason(world):
    """No approval for 秘密; 一般 borrowing 机密; a misread number — each one line, nothing lent."""
    line = assert_refused(as_clerk(world, "lend", "--borrower", world.badge("general"), world.number("confidential")))
    assert "部门负责人批准" in line
    line = assert_refused(as_clerk(world, "lend", "--borrower", world.badge("general"), "--approver",
                                   world.badge("head"), "--approval-ref", "SP-2", world.number("secret")))
    assert "不能借阅机密载体" in line
    line = assert_refused(as_clerk(world, "lend", "--borrower", world.badge("general"), "BMS-2026-000001Z"))
    assert "载体编号" in line
    assert as_clerk(world, "loans").stdout == ""


def test_a_paper_return_needs_the_count_answer(world):
    """Without --whole or --damaged the paper carrier stays out and the reason says why."""
    number = world.number("confidential")
    as_clerk(world, "lend", "--borrower", world.badge("general"), "--approver", world.badge("head"),
             "--approval-ref", "SP-3", number)
    line = assert_refused(as_clerk(world, "return", number))
    assert "核对" in line
    held = as_clerk(world, "return", "--damaged", "缺第5页", number)
    assert held.returncode == 0 and "待核查" in held.stdout
