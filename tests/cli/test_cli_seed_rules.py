"""Command line (issue 15): ``transfer out --channel`` records how the carriers travel and
refuses post or a courier; signing in with a password older than the period warns."""

from __future__ import annotations

from datetime import timedelta

import pytest

from secdesk.domain import clock
from secdesk.storage import accounts as account_rows
from tests.cli.test_cli import assert_refused, lines, secdesk
from tests.lending_world import build_world

PASSWORD = "Wq7#rT2kLmZ"


@pytest.fixture
def world(staffed_vault):
    world = build_world(staffed_vault)
    world.handle = staffed_vault
    staffed_vault.close()
    world.db = staffed_vault.db_path
    return world


def run_as(world, user, *args):
    return secdesk(*args, "--db", world.db, "--user", user, "--password-stdin", stdin=lines(PASSWORD))


def transfer_out(world, *more):
    return run_as(world, "clerk1", "transfer", "out", world.number("internal"), "--to", "市局",
                  "--receiver", "刘", "--handed-by", "王保密", *more)


def test_a_courier_as_the_channel_is_refused_and_a_lawful_one_is_recorded(world):
    line = assert_refused(transfer_out(world, "--channel", "顺丰快递"), code=5)
    assert "涉密载体不得通过普通邮政或快递传递" in line
    assert run_as(world, "clerk1", "transfer", "list").stdout == ""
    moved = transfer_out(world, "--channel", "机要通信")
    assert moved.returncode == 0, moved.stderr
    (listed,) = run_as(world, "clerk1", "transfer", "list").stdout.splitlines()
    assert "机要通信" in listed.split("\t")


def test_an_old_password_is_named_on_the_command_line(world):
    session = world.handle.sign_in("admin")
    row = account_rows.by_name(session.vault.conn, "clerk1")
    old = (clock.now() - timedelta(days=120)).isoformat()
    with session.vault.transaction() as conn:
        account_rows.update(conn, row.id, password_changed_at=old)
    world.handle.close()
    listed = run_as(world, "clerk1", "transfer", "list")
    assert listed.returncode == 0
    assert "口令已超过90天未更换" in listed.stderr and "secdesk user passwd" in listed.stderr
