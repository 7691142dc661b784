"""Inventory sessions (issue 7): a scripted session through every class of the
reconciliation, live counts, pause and resume, two 清查人, the result frozen, and the
carriers not found registered 下落不明."""

from __future__ import annotations

from dataclasses import replace

import pytest

from secdesk.domain.carriers.model import State
from secdesk.domain.errors import InvalidInput
from secdesk.domain.inventory.reconcile import Outcome, ScopeKind
from secdesk.domain.lifecycle.rules import Method
from secdesk.services import carriers, destruction, inventory, lending, missing
from secdesk.services.destruction import BatchDraft, Confirmation
from secdesk.services.lending import Approval
from secdesk.storage import audit
from tests.lending_world import BASE, build_world


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    for key, location in (("a1", "A柜"), ("a2", "A柜"), ("a3", "A柜"), ("b1", "B柜")):
        (w.carriers[key],) = carriers.register(w.clerk, replace(BASE, title=f"柜中文件{key}", location=location))
    return w


def destroy(world, key: str) -> None:
    """Destroy one carrier through the whole flow (officer approves, two supervisors)."""
    draft = BatchDraft("办公室", "过期", "王保密", Method.SHRED, "保密室", destroyer="王保密",
                       supervisors=(world.badge("head"), world.badge("core")))
    batch = destruction.create(world.clerk, draft)
    destruction.add(world.clerk, batch.number, [world.number(key)])
    world.handle.close()
    destruction.approve(world.handle.sign_in("officer1"), batch.number, "审-1")
    world.handle.close()
    world.clerk = world.handle.sign_in("clerk1")
    destruction.execute(world.clerk, batch.number, [Confirmation(world.badge("head"), paper=True),
                                                   Confirmation(world.badge("core"), paper=True)])


def test_a_cabinet_session_sorts_every_carrier_into_its_class(world):
    """A柜 holds a1, a2, a3. a2 is lent; a3 is not on the shelf; b1 (registered in B柜)
    is found here; a destroyed carrier turns up; a code nobody registered is scanned; a1
    is scanned twice."""
    destroy(world, "confidential")
    lending.lend(world.clerk, world.number("a2"), world.badge("general"), Approval(world.badge("head"), "审批-1"))
    session = inventory.start(world.clerk, ScopeKind.LOCATION, "A柜")
    number = session.row.number
    assert number.startswith("PD-") and inventory.counts(world.clerk, number).expected == 2  # a1, a3 in the room
    first = inventory.scan(world.clerk, number, world.number("a1"))
    assert first.line.outcome is Outcome.FOUND and first.counts.found == 1 and first.counts.left == 1
    again = inventory.scan(world.clerk, number, world.number("a1"))
    assert "重复扫描2次" in again.line.detail and again.counts.found == 1
    wrong = inventory.scan(world.clerk, number, world.number("b1"))
    assert wrong.line.outcome is Outcome.UNEXPECTED and "台账为B柜" in wrong.line.detail
    dead = inventory.scan(world.clerk, number, world.number("confidential"))
    assert dead.line.outcome is Outcome.UNEXPECTED and "已销毁的载体出现在清点中" in dead.line.detail
    stranger = inventory.scan(world.clerk, number, "XYZ-123")
    assert stranger.line.outcome is Outcome.UNEXPECTED and "台账中没有此编号" in stranger.line.detail

    result = inventory.view(world.clerk, number).reconciliation
    by_number = {line.number: line for line in result.lines}
    assert by_number[world.number("a1")].outcome is Outcome.FOUND
    assert by_number[world.number("a3")].outcome is Outcome.MISSING
    elsewhere = by_number[world.number("a2")]
    assert elsewhere.outcome is Outcome.ELSEWHERE and "孙丽" in elsewhere.detail and "应还" in elsewhere.detail
    assert {line.number for line in result.of(Outcome.UNEXPECTED)} == {
        world.number("b1"), world.number("confidential"), "XYZ-123"}
    assert result.duplicates == ((world.number("a1"), 2),)
    assert (result.expected_here, result.found_here, result.left) == (2, 1, 1)


def test_a_misread_number_is_refused_and_not_stored(world):
    number = inventory.start(world.clerk, ScopeKind.ALL).row.number
    good = world.number("a1")
    misread = good[:-1] + ("A" if good[-1] != "A" else "B")
    with pytest.raises(InvalidInput, match="校验"):
        inventory.scan(world.clerk, number, misread)
    assert inventory.view(world.clerk, number).reconciliation.found_here == 0


def test_a_paused_session_takes_no_scans_until_it_resumes(world):
    number = inventory.start(world.clerk, ScopeKind.LEVEL, "秘密").row.number
    inventory.pause(world.clerk, number)
    with pytest.raises(InvalidInput, match="已暂停"):
        inventory.scan(world.clerk, number, world.number("a1"))
    inventory.resume(world.clerk, number)
    assert inventory.scan(world.clerk, number, world.number("a1")).line.outcome is Outcome.FOUND
    assert inventory.scan(world.clerk, number, world.number("top")).line.detail == "不在本次清点范围（绝密）"


def test_finishing_needs_two_distinct_checkers_and_freezes_the_result(world):
    number = inventory.start(world.clerk, ScopeKind.LOCATION, "A柜").row.number
    inventory.scan(world.clerk, number, world.number("a1"))
    with pytest.raises(InvalidInput, match="2名以上"):
        inventory.finish(world.clerk, number, [world.badge("core")])
    with pytest.raises(InvalidInput, match="重复"):
        inventory.finish(world.clerk, number, [world.badge("core"), world.badge("core")])
    done = inventory.finish(world.clerk, number, [world.badge("core"), world.badge("head")], mark_missing=True)
    assert done.row.state == "已完成" and done.row.checkers == ("张红", "李主任")
    missed = {world.number("a2"), world.number("a3")}
    assert {line.number for line in done.reconciliation.of(Outcome.MISSING)} == missed
    for n in missed:
        assert carriers.find(world.clerk, n).state is State.MISSING
    assert all("已登记下落不明" in line.detail for line in done.reconciliation.of(Outcome.MISSING))
    records = {m.number: m for m in missing.list_missing(world.clerk)}
    assert records[world.number("a2")].inventory == number
    # the frozen result does not follow later changes of the register
    missing.found(world.clerk, world.number("a3"), "在B柜夹层中找到")
    later = inventory.view(world.clerk, number).reconciliation
    assert {line.number for line in later.of(Outcome.MISSING)} == missed
    with pytest.raises(InvalidInput, match="已完成"):
        inventory.scan(world.clerk, number, world.number("a1"))
    events = [e.event for e in audit.events(world.clerk.vault.conn, limit=5000)]
    assert events.count("inventory.finish") == 1 and events.count("carrier.missing") == 2


def test_a_carrier_returned_during_the_session_counts_as_found(world):
    lending.lend(world.clerk, world.number("a2"), world.badge("general"), Approval(world.badge("head"), "审批-1"))
    number = inventory.start(world.clerk, ScopeKind.LOCATION, "A柜").row.number
    lending.give_back(world.clerk, world.number("a2"), whole=True)
    inventory.scan(world.clerk, number, world.number("a2"))
    line = next(x for x in inventory.view(world.clerk, number).reconciliation.lines if x.number == world.number("a2"))
    assert line.outcome is Outcome.FOUND and "清点中已归还" in line.detail


def test_a_scope_with_nothing_on_the_register_is_refused_and_leaves_no_session(world):
    assert carriers.locations(world.clerk) == ["A柜", "B柜"]
    with pytest.raises(InvalidInput, match="没有在册的载体"):
        inventory.start(world.clerk, ScopeKind.LOCATION, "A拒")  # mistyped
    assert inventory.sessions(world.clerk) == []
