"""Command-line lifecycle (issue 6): destroy, copy, carry-out, transfer and their prints,
with the window's rules; a refusal exits non-zero with the reason on one line."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.cli.test_cli import assert_refused, lines, secdesk
from tests.lending_world import build_world
from tests.pdf_text import pdf_text

PASSWORD = "Wq7#rT2kLmZ"


@pytest.fixture
def world(staffed_vault):
    world = build_world(staffed_vault)
    staffed_vault.close()
    world.db = staffed_vault.db_path
    return world


def run_as(world, user, *args, more=()):
    return secdesk(*args, "--db", world.db, "--user", user, "--password-stdin", stdin=lines(PASSWORD, *more))


def test_a_destruction_run_from_the_command_line(world, tmp_path):
    """new → add (a lent carrier refused with its reason) → approve (officer) → execute with one
    paper signature and one password → carriers 已销毁; the printed list names every carrier."""
    lent = world.number("confidential2")
    assert run_as(world, "clerk1", "lend", "--borrower", world.badge("general"), "--approver", world.badge("head"),
                  "--approval-ref", "SP-1", lent).returncode == 0
    made = run_as(world, "clerk1", "destroy", "new", "--dept", "办公室", "--reason", "过期", "--applicant", "王保密",
                  "--method", "粉碎", "--place", "保密室", "--destroyer", "王保密",
                  "--supervisor", world.badge("head"), "--supervisor", world.badge("core"))
    assert made.returncode == 0, made.stderr
    batch = made.stdout.split("\t")[0]
    numbers = [world.number("confidential"), world.number("internal")]
    added = run_as(world, "clerk1", "destroy", "add", batch, *numbers, lent)
    assert added.returncode == 7 and f"{lent}" in added.stderr and "须先归还" in added.stderr
    assert all(f"{n}\t列入" in added.stdout for n in numbers)
    refused = run_as(world, "clerk1", "destroy", "approve", batch, "--ref", "XS-1")
    assert refused.returncode != 0 and "\n" not in refused.stderr.strip()
    assert run_as(world, "officer1", "destroy", "approve", batch, "--ref", "XS-1").returncode == 0
    line = assert_refused(run_as(world, "clerk1", "destroy", "execute", batch, "--signed-paper", world.badge("core")))
    assert "2名以上监销人" in line
    done = run_as(world, "clerk1", "destroy", "execute", batch, "--signed-paper", world.badge("core"),
                  "--confirm", f"{world.badge('head')}=officer1", more=(PASSWORD,))
    assert done.returncode == 0, done.stderr
    assert "已执行" in done.stdout and all(f"{n}\t" in done.stdout and "已销毁" in done.stdout for n in numbers)
    out = tmp_path / "xh.pdf"
    assert run_as(world, "clerk1", "print", "destruction", batch, "--out", out).returncode == 0
    text = pdf_text(out)
    assert all(n in text for n in numbers) and "销毁清单" in text


def test_copy_carry_out_and_transfer_from_the_command_line(world, tmp_path):
    copied = run_as(world, "clerk1", "copy", world.number("secret"), "--copies", "2", "--purpose", "学习",
                    "--maker", "保密室", "--applicant", world.badge("core"), "--approver", world.badge("head"),
                    "--approval-ref", "FZ-1", "--pages", "12")
    assert copied.returncode == 0, copied.stderr
    assert "第3份 共4份" in copied.stdout and "第4份 共4份" in copied.stdout  # the source is 第1份 共2份
    line = assert_refused(run_as(world, "clerk1", "copy", world.number("top"), "--copies", "1", "--purpose", "x",
                                 "--maker", "y", "--applicant", world.badge("core")))
    assert "不允许复制" in line
    back_on = (date.today() + timedelta(days=1)).isoformat()
    out = run_as(world, "clerk1", "carry-out", "out", world.number("confidential"), "--person", world.badge("core"),
                 "--to", "市保密局", "--purpose", "汇报", "--return-on", back_on, "--approver", world.badge("head"),
                 "--approval-ref", "WC-1")
    assert out.returncode == 0, out.stderr
    sheet = out.stdout.strip().split("\t")[-1]
    assert world.number("confidential") in run_as(world, "clerk1", "carry-out", "list").stdout
    form = tmp_path / "wc.pdf"
    assert run_as(world, "clerk1", "print", "outing", sheet, "--out", form).returncode == 0
    assert run_as(world, "clerk1", "carry-out", "back", "--whole", world.number("confidential")).returncode == 0
    assert run_as(world, "clerk1", "carry-out", "list").stdout == ""
    moved = run_as(world, "clerk1", "transfer", "out", world.number("internal"), "--to", "市局", "--receiver", "刘",
                   "--handed-by", "王保密", "--witness", "李主任")
    assert moved.returncode == 0 and "回执未回" in moved.stdout
    sheet = moved.stdout.split("\t")[0]
    assert sheet in run_as(world, "clerk1", "transfer", "list", "--outstanding").stdout
    receipt = tmp_path / "yj.pdf"
    assert run_as(world, "clerk1", "print", "transfer", sheet, "--out", receipt).returncode == 0
    assert run_as(world, "clerk1", "transfer", "receipt", sheet).returncode == 0
    assert run_as(world, "clerk1", "transfer", "list", "--outstanding").stdout == ""


def test_a_return_to_another_unit_than_the_issuer_needs_the_officer_and_a_reason(world):
    """``transfer out --kind 清退`` to a unit that did not issue the carrier is refused; with
    ``--officer`` (password asked) and ``--officer-reason`` it is recorded."""
    args = ("transfer", "out", world.number("confidential"), "--kind", "清退", "--to", "市档案馆",
            "--receiver", "刘接收", "--handed-by", "王保密")
    assert "安全保密管理员" in assert_refused(run_as(world, "clerk1", *args))
    done = run_as(world, "clerk1", *args, "--officer", "officer1", "--officer-reason", "发文单位已撤并",
                  more=(PASSWORD,))
    assert done.returncode == 0, done.stderr
    assert "清退\t市档案馆" in done.stdout
