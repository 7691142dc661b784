"""Property tests of lending (issue 5): over random sequences of lends, returns,
overrides, undos and days passing, a carrier is never on two open loans, never lent
while not 在库, 绝密 never leaves the reading room's day, and every open loan that needs
an approval has one."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.errors import SecdeskError
from secdesk.domain.lending.rules import ApprovalBy, approval_needed
from secdesk.services import carriers, lending
from secdesk.services.lending import Approval, Override
from tests.conftest import USER_PASSWORD
from tests.lending_world import CARRIERS, STAFF, build_world

CARRIER_KEYS = sorted(CARRIERS)
BORROWERS = sorted(STAFF)

lend_op = st.tuples(st.just("lend"), st.sampled_from(CARRIER_KEYS), st.sampled_from(BORROWERS),
                    st.booleans(), st.booleans())  # with approval, with override
return_op = st.tuples(st.just("return"), st.sampled_from(CARRIER_KEYS), st.sampled_from([True, False, None]))
undo_op = st.tuples(st.just("undo"))
days_op = st.tuples(st.just("days"), st.integers(1, 20))
ops = st.lists(st.one_of(lend_op, lend_op, return_op, undo_op, days_op), max_size=25)


class Clock:
    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now().astimezone() + self.offset


@pytest.fixture
def world(staffed_vault):
    return build_world(staffed_vault)


def check_invariants(world) -> None:
    conn = world.clerk.vault.conn
    doubled = conn.execute("SELECT carrier_id FROM loans WHERE returned_at IS NULL "
                           "GROUP BY carrier_id HAVING COUNT(*) > 1").fetchall()
    assert doubled == []
    out = {r[0] for r in conn.execute("SELECT id FROM carriers WHERE state = '借出'")}
    open_ = {r[0] for r in conn.execute("SELECT carrier_id FROM loans WHERE returned_at IS NULL")}
    assert out == open_
    values = world.clerk.settings()
    for level, due, lent_at, place, approver, ref in conn.execute(
            "SELECT c.level, l.due_on, l.lent_at, l.reading_place, l.approver, l.approval_ref "
            "FROM loans l JOIN carriers c ON c.id = l.carrier_id WHERE l.undone_at IS NULL"):
        if level == Level.TOP_SECRET.value:
            assert due == lent_at[:10] and place
        if approval_needed(Level(level), values) is not ApprovalBy.NONE:
            assert approver and ref


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops)
def test_lending_invariants_hold_over_any_sequence(world, sequence):
    fake = Clock()
    last = None
    with clock.replaced(fake):
        for op in sequence:
            if op[0] == "days":
                fake.offset += timedelta(days=op[1])
                last = None
                continue
            if op[0] == "undo":
                if last is not None:
                    try:
                        lending.undo(world.clerk, last)
                    except SecdeskError:
                        pass
                    last = None
                continue
            number = world.number(op[1])
            before = carriers.find(world.clerk, number)
            try:
                if op[0] == "lend":
                    _, key, who, approve, override = op
                    loan = lending.lend(world.clerk, number, world.badge(who),
                                        Approval(world.badge("head"), "A-1") if approve else None,
                                        override=Override("officer1", USER_PASSWORD, "演练") if override else None)
                    assert before.state.value == "在库" and not before.extra["lend_hold"]
                    last = loan.id
                else:
                    loan = lending.give_back(world.clerk, number, whole=op[2], note="缺页" if op[2] is False else "")
                    assert before.state.value == "借出"
                    last = loan.id
            except SecdeskError:
                pass
            check_invariants(world)
