"""Command-line inventory, missing carriers and the sealed quarterly register (issue 7):
a scripted session from stdin, finish with two checkers, ``print quarterly`` and
``verify-register`` (exit 0 when sealed by this unit and unchanged, 1 with what differs)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from secdesk.domain import clock
from secdesk.services import lending
from secdesk.services.lending import Approval
from tests.cli.test_cli import assert_refused, lines, secdesk
from tests.lending_world import build_world

PASSWORD = "Wq7#rT2kLmZ"


@pytest.fixture
def world(staffed_vault):
    """The world registered yesterday, with one loan made yesterday (so today's quarter
    print, which covers complete days, holds it)."""
    yesterday = datetime.combine(clock.now().date() - timedelta(days=1), datetime.min.time()).astimezone()
    with clock.replaced(lambda: yesterday + timedelta(hours=10)):
        world = build_world(staffed_vault)
        world.loan = lending.lend(world.clerk, world.number("confidential"), world.badge("general"),
                                  Approval(world.badge("head"), "审批-1"))
    world.handle = staffed_vault
    staffed_vault.close()
    world.db = staffed_vault.db_path
    return world


def run_as(world, user, *args, more=()):
    return secdesk(*args, "--db", world.db, "--user", user, "--password-stdin", stdin=lines(PASSWORD, *more))


def test_a_scripted_inventory_from_stdin_to_the_missing_list(world):
    started = run_as(world, "clerk1", "inventory", "start", "--scope", "level", "--value", "秘密")
    assert started.returncode == 0, started.stderr
    number = started.stdout.split("\t")[0]
    assert "应有 2" in started.stdout  # of the three 秘密 carriers one is lent
    scanned = run_as(world, "clerk1", "inventory", "scan", number,
                     more=(world.number("confidential2"), world.number("confidential2"), "NOPE-1"))
    assert scanned.returncode == 0, scanned.stderr
    assert "重复扫描2次" in scanned.stdout and "台账中没有此编号" in scanned.stdout
    assert "应有 2\t已扫 1\t剩余 1" in scanned.stdout
    assert "2名以上" in assert_refused(run_as(world, "clerk1", "inventory", "finish", number, "--checker", "张红"))
    done = run_as(world, "clerk1", "inventory", "finish", number, "--checker", "张红", "--checker",
                  world.badge("head"), "--mark-missing")
    assert done.returncode == 0 and "未找到 1" in done.stdout, done.stderr
    listed = run_as(world, "clerk1", "missing", "list")
    assert world.number("scoped") in listed.stdout and "查找期限" in listed.stdout


def test_print_quarterly_then_verify_register_exits_0_until_a_loan_is_changed(world, tmp_path):
    out = tmp_path / "q.pdf"
    # the quarter of yesterday, the world's day: it always has a complete day to print (on
    # the first day of a quarter, the running one has none yet; the last one is complete)
    yesterday = clock.now().date() - timedelta(days=1)
    quarter = f"{yesterday.year}Q{(yesterday.month - 1) // 3 + 1}"
    printed = run_as(world, "clerk1", "print", "quarterly", quarter, "--out", out)
    assert printed.returncode == 0, printed.stderr
    checked = run_as(world, "auditor1", "verify-register", out)
    assert checked.returncode == 0 and "核验通过" in checked.stdout, checked.stdout + checked.stderr
    session = world.handle.sign_in("clerk1")
    with session.vault.transaction() as conn:  # an edit behind the program's back
        conn.execute("UPDATE loans SET due_on = '2099-01-01' WHERE id = ?", (world.loan.id,))
    world.handle.close()
    changed = run_as(world, "auditor1", "verify-register", out)
    assert changed.returncode == 1 and f"借阅记录 #{world.loan.id}" in changed.stdout
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf")
    broken = run_as(world, "auditor1", "verify-register", tmp_path / "bad.pdf")
    assert broken.returncode == 1 and "无法作为PDF读取" in broken.stdout
