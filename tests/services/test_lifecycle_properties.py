"""The counting invariant (issue 6): over any sequence of registering, lending, returning,
copying, carrying out and back, transferring, returning to the issuer, destroying and
declassifying, the register accounts for every carrier, per 密级:

    registered = 在库 + 借出 + 外出 + 已移交 + 已清退 + 已销毁 + 下落不明

and each carrier is exactly where the operations that succeeded put it (a refused one
changes nothing)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import State
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.carriers.terms import Term
from secdesk.domain.errors import SecdeskError
from secdesk.domain.lifecycle.rules import Method, TransferKind
from secdesk.services import carriers, copying, destruction, lending, outings, transfers
from secdesk.services.copying import CopyRequest
from secdesk.services.destruction import BatchDraft, Confirmation
from secdesk.services.lending import Approval, Override
from secdesk.services.outings import OutingRequest
from secdesk.services.transfers import TransferRequest
from tests.conftest import USER_PASSWORD
from tests.lending_world import BASE, build_world

COUNTED = (State.IN_ROOM, State.LENT, State.OUT, State.TRANSFERRED, State.RETURNED, State.DESTROYED, State.MISSING)
LEVEL_TERMS = {Level.TOP_SECRET: Term.years(30), Level.SECRET: Term.years(20),
               Level.CONFIDENTIAL: Term.years(10), Level.INTERNAL: Term.none()}

pick = st.integers(0, 10_000)  # which carrier: an index into the ones registered so far
ops = st.lists(st.one_of(
    st.tuples(st.just("register"), st.sampled_from(list(LEVEL_TERMS))),
    st.tuples(st.just("lend"), pick), st.tuples(st.just("return"), pick),
    st.tuples(st.just("copy"), pick, st.integers(1, 3)),
    st.tuples(st.just("out"), pick), st.tuples(st.just("back"), pick, st.booleans()),
    st.tuples(st.just("transfer"), pick, st.sampled_from(list(TransferKind))),
    st.tuples(st.just("destroy"), st.lists(pick, min_size=1, max_size=3)),
    st.tuples(st.just("declassify"), pick),
), max_size=15)


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


class Model:
    """Where each carrier should be, by number: (密级, state)."""

    def __init__(self, world) -> None:
        """Start from the register as the earlier examples left it."""
        self.where = {c.number: (c.draft.level, c.state)
                      for c in carriers.page(world.clerk, RegisterQuery(), limit=100_000)}

    def pick(self, index: int) -> str:
        """Mostly a carrier still held (so that operations go through), sometimes any."""
        held = sorted(n for n, (_, s) in self.where.items() if not s.closed)
        numbers = held if held and index % 3 else sorted(self.where)
        return numbers[index % len(numbers)]

    def move(self, number: str, state: State) -> None:
        self.where[number] = (self.where[number][0], state)


def switch(world, name: str) -> None:
    world.handle.close()
    world.clerk = world.handle.sign_in(name)


def run(world, model: Model, op: tuple) -> None:
    w, clerk, head, core = world, world.clerk, world.badge("head"), world.badge("core")
    kind = op[0]
    if kind == "register":
        (made,) = carriers.register(clerk, replace(BASE, level=op[1], term=LEVEL_TERMS[op[1]], copy_no=1,
                                                   copies_total=1))
        model.where[made.number] = (op[1], State.IN_ROOM)
    elif kind == "lend":
        number = model.pick(op[1])
        lending.lend(clerk, number, core, Approval(head, "A-1"))
        model.move(number, State.LENT)
    elif kind == "return":
        number = model.pick(op[1])
        lending.give_back(clerk, number, True)
        model.move(number, State.IN_ROOM)
    elif kind == "copy":
        number = model.pick(op[1])
        _, made = copying.copy(clerk, CopyRequest(number, op[2], "学习", "保密室", core, Approval(head, "C-1")))
        for c in made:
            model.where[c.number] = (c.draft.level, State.IN_ROOM)
    elif kind == "out":
        number = model.pick(op[1])
        officer = Override("officer1", USER_PASSWORD, "上级调阅")
        outings.carry_out(clerk, OutingRequest((number,), core, "会议", "汇报", clock.now().date() + timedelta(days=1),
                                               Approval(head, "W-1"), officer))
        model.move(number, State.OUT)
    elif kind == "back":
        number = model.pick(op[1])
        outings.bring_back(clerk, number, op[2], "" if op[2] else "缺页")
        model.move(number, State.IN_ROOM)
    elif kind == "transfer":
        number = model.pick(op[1])
        transfers.transfer(clerk, TransferRequest(op[2], (number,), "上级机关", "刘接收", "王保密"))
        model.move(number, op[2].state)
    elif kind == "destroy":
        destroy(w, model, sorted({model.pick(i) for i in op[1]}))
    elif kind == "declassify":
        number = model.pick(op[1])
        switch(w, "officer1")
        try:
            carriers.declassify(w.clerk, number, "期满", "J-1")
            model.where[number] = (Level.INTERNAL, model.where[number][1])
        finally:
            switch(w, "clerk1")


def destroy(w, model: Model, numbers: list[str]) -> None:
    batch = destruction.create(w.clerk, BatchDraft("办公室", "过期", "王保密", Method.SHRED, "保密室", None, "王保密",
                                                   "", (w.badge("head"), w.badge("core"))))
    added, _ = destruction.add(w.clerk, batch.number, numbers)
    switch(w, "officer1")
    try:
        destruction.approve(w.clerk, batch.number, "XS-1")
    finally:
        switch(w, "clerk1")
    destruction.execute(w.clerk, batch.number, [Confirmation(w.badge("head"), paper=True),
                                                Confirmation(w.badge("core"), paper=True)])
    for c in added:
        model.move(c.number, State.DESTROYED)


def check(world, model: Model) -> None:
    clerk = world.clerk
    expected = Counter(model.where.values())
    for level in Level:
        registered = carriers.count(clerk, RegisterQuery(levels=frozenset({level})))
        by_state = {s: carriers.count(clerk, RegisterQuery(levels=frozenset({level}), states=frozenset({s})))
                    for s in COUNTED}
        assert registered == sum(by_state.values()), level
        assert by_state == {s: expected[(level, s)] for s in COUNTED}, level
        assert registered == sum(n for (lv, _), n in expected.items() if lv is level)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops)
def test_every_carrier_is_accounted_for_per_level_after_any_sequence(world, sequence):
    model = Model(world)
    for op in sequence:
        try:
            run(world, model, op)
        except SecdeskError:
            pass  # refused: nothing may have changed
        check(world, model)
