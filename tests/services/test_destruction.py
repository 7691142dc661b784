"""Destruction batches (issue 6): what may be listed, the flow draft → approved → executed,
two or more distinct 监销人 who are not the 销毁人, and destroyed is final."""

from __future__ import annotations

from datetime import timedelta

import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.model import State
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.lending.rules import Refused
from secdesk.domain.lifecycle.rules import BatchState, Method
from secdesk.services import carriers, destruction, lending
from secdesk.services.destruction import BatchDraft, Confirmation
from secdesk.services.lending import Approval
from secdesk.storage import audit
from tests.conftest import USER_PASSWORD
from tests.lending_world import build_world


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


def as_role(world, name: str):
    """Sign the current session out and ``name`` in (the vault has one session at a time)."""
    world.handle.close()
    world.clerk = world.handle.sign_in(name)
    return world.clerk


def draft(world, **changes) -> BatchDraft:
    values = dict(dept="办公室", reason="已过保管期限", applicant="王保密", method=Method.SHRED,
                  place="保密室碎纸机", destroyer="王保密",
                  supervisors=(world.badge("head"), world.badge("core")))
    values.update(changes)
    return BatchDraft(**values)


def approved_batch(world, keys=("confidential", "internal")) -> str:
    batch = destruction.create(world.clerk, draft(world))
    added, refused = destruction.add(world.clerk, batch.number, [world.number(k) for k in keys])
    assert refused == []
    as_role(world, "officer1")
    destruction.approve(world.clerk, batch.number, "保销审〔2026〕3号")
    as_role(world, "clerk1")
    return batch.number


PAPER = [lambda w: Confirmation(w.badge("head"), paper=True), lambda w: Confirmation(w.badge("core"), paper=True)]


def paper(world) -> list[Confirmation]:
    return [make(world) for make in PAPER]


def test_only_carriers_in_the_room_can_be_listed_and_each_refusal_says_why(world):
    """A lent carrier is refused (naming the borrower), so is one already on another open
    batch and one that is not in the register; the others are listed."""
    lending.lend(world.clerk, world.number("confidential2"), world.badge("general"),
                 Approval(world.badge("head"), "审批-1"))
    first = destruction.create(world.clerk, draft(world))
    destruction.add(world.clerk, first.number, [world.number("internal")])
    second = destruction.create(world.clerk, draft(world))
    added, refused = destruction.add(world.clerk, second.number, [
        world.number("confidential"), world.number("confidential2"), world.number("internal"), "不存在的编号"])
    assert [c.number for c in added] == [world.number("confidential")]
    reasons = dict(refused)
    assert "孙丽" in reasons[world.number("confidential2")] and "须先归还" in reasons[world.number("confidential2")]
    assert first.number in reasons[world.number("internal")]
    assert "台账中没有" in reasons["不存在的编号"]
    assert second.number != first.number and second.number.startswith(f"XH-{clock.now().year}-")


def test_a_carrier_on_an_open_batch_cannot_be_lent(world):
    """Once listed for destruction, the carrier stays in the room."""
    batch = destruction.create(world.clerk, draft(world))
    destruction.add(world.clerk, batch.number, [world.number("internal")])
    with pytest.raises(Refused) as caught:
        lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    assert batch.number in caught.value.zh


def test_the_flow_draft_approved_executed_makes_every_carrier_destroyed_and_audits_it(world):
    number = approved_batch(world)
    batch = destruction.execute(world.clerk, number, paper(world), destroyed_on=clock.now().date())
    assert batch.state is BatchState.EXECUTED and batch.row.approver == "李主任"
    assert batch.row.approval_ref == "保销审〔2026〕3号"
    for key in ("confidential", "internal"):
        assert carriers.find(world.clerk, world.number(key)).state is State.DESTROYED
        (event,) = audit.events(world.clerk.vault.conn, "event = 'carrier.destroy' AND object = ?",
                                (f"carrier:{world.number(key)}",))
        assert number in event.detail
    assert [how for _, how in batch.supervisors] == ["paper", "paper"]
    assert carriers.find(world.clerk, world.number("secret")).state is State.IN_ROOM


def test_fewer_than_two_distinct_supervisors_cannot_execute(world):
    number = approved_batch(world)
    one = [Confirmation(world.badge("head"), paper=True)]
    twice = [Confirmation(world.badge("head"), paper=True), Confirmation(world.badge("head"), paper=True)]
    for confirmations in (one, twice, []):
        with pytest.raises(Refused) as caught:
            destruction.execute(world.clerk, number, confirmations)
        assert caught.value.code == "supervisors"
    assert destruction.get(world.clerk, number).state is BatchState.APPROVED
    assert carriers.find(world.clerk, world.number("confidential")).state is State.IN_ROOM


def test_the_destroyer_cannot_be_a_supervisor(world):
    """Neither in the draft the officer approves, nor at execution."""
    batch = destruction.create(world.clerk, draft(world, destroyer="张红"))
    destruction.add(world.clerk, batch.number, [world.number("confidential")])
    as_role(world, "officer1")
    with pytest.raises(Refused) as caught:
        destruction.approve(world.clerk, batch.number, "审-1")
    assert caught.value.code == "destroyer" and "张红" in caught.value.zh
    as_role(world, "clerk1")
    number = approved_batch(world, ("internal",))
    with pytest.raises(Refused) as caught:
        destruction.execute(world.clerk, number, paper(world), destroyer=world.badge("head"))
    assert caught.value.code == "destroyer"


def test_a_supervisor_confirms_with_their_own_password_and_only_their_own(world):
    """李主任 has the account officer1: its password confirms; the clerk's account does not
    belong to 张红; a wrong password is refused and audited as a failure."""
    number = approved_batch(world)
    wrong = [Confirmation(world.badge("head"), "officer1", "not-the-password"),
             Confirmation(world.badge("core"), paper=True)]
    with pytest.raises(Refused):
        destruction.execute(world.clerk, number, wrong)
    not_theirs = [Confirmation(world.badge("head"), paper=True),
                  Confirmation(world.badge("core"), "clerk1", USER_PASSWORD)]
    with pytest.raises(Refused) as caught:
        destruction.execute(world.clerk, number, not_theirs)
    assert "不是监销人张红本人的账户" in caught.value.zh
    failures = audit.events(world.clerk.vault.conn, "event = 'destruction.confirm' AND result = 'failed'")
    assert len(failures) == 1 and "not-the-password" not in failures[0].detail
    good = [Confirmation(world.badge("head"), "officer1", USER_PASSWORD), Confirmation(world.badge("core"), paper=True)]
    batch = destruction.execute(world.clerk, number, good)
    assert [how for _, how in batch.supervisors] == ["account:officer1", "paper"]


def test_destroyed_is_final_no_service_and_no_sql_can_change_it_back(world):
    number = approved_batch(world)
    destruction.execute(world.clerk, number, paper(world))
    carrier = world.number("confidential")
    attempts = [
        lambda: carriers.edit(world.clerk, carrier, {"remarks": "恢复"}),
        lambda: carriers.void(world.clerk, carrier, "误销毁"),
        lambda: lending.lend(world.clerk, carrier, world.badge("general"), Approval(world.badge("head"), "x")),
        lambda: lending.give_back(world.clerk, carrier, True),
        lambda: destruction.cancel(world.clerk, number, "撤回"),
    ]
    for attempt in attempts:
        with pytest.raises((InvalidInput, Refused, PermissionDenied)):
            attempt()
    added, refused = destruction.add(world.clerk, destruction.create(world.clerk, draft(world)).number, [carrier])
    assert added == [] and "已销毁" in refused[0][1]
    with pytest.raises(Exception, match="destroyed carrier is final"):
        with world.clerk.vault.transaction() as conn:
            conn.execute("UPDATE carriers SET state = '在库' WHERE number = ?", (carrier,))
    assert carriers.find(world.clerk, carrier).state is State.DESTROYED


def test_approval_is_the_officers_and_needs_a_complete_draft(world):
    batch = destruction.create(world.clerk, draft(world, reason="", supervisors=()))
    with pytest.raises(PermissionDenied):
        destruction.approve(world.clerk, batch.number, "审-1")
    as_role(world, "officer1")
    with pytest.raises(InvalidInput) as caught:
        destruction.approve(world.clerk, batch.number, "审-1")
    assert "销毁原因" in caught.value.zh
    as_role(world, "clerk1")
    destruction.update(world.clerk, batch.number, draft(world, supervisors=(world.badge("head"),)))
    destruction.add(world.clerk, batch.number, [world.number("confidential")])
    as_role(world, "officer1")
    with pytest.raises(Refused) as caught:
        destruction.approve(world.clerk, batch.number, "审-1")
    assert caught.value.code == "supervisors"


def test_a_supervisor_must_be_cleared_for_the_batchs_highest_level(world):
    batch = destruction.create(world.clerk, draft(world, supervisors=(world.badge("head"), world.badge("general"))))
    destruction.add(world.clerk, batch.number, [world.number("secret")])
    as_role(world, "officer1")
    with pytest.raises(Refused) as caught:
        destruction.approve(world.clerk, batch.number, "审-1")
    assert "孙丽" in caught.value.zh


def test_a_draft_can_be_cancelled_an_approved_batch_only_by_the_officer_with_a_reason(world):
    mine = destruction.create(world.clerk, draft(world))
    assert destruction.cancel(world.clerk, mine.number, "").state is BatchState.CANCELLED
    number = approved_batch(world, ("internal",))
    with pytest.raises(PermissionDenied):
        destruction.cancel(world.clerk, number, "不销毁了")
    as_role(world, "officer1")
    with pytest.raises(InvalidInput):
        destruction.cancel(world.clerk, number, "  ")
    batch = destruction.cancel(world.clerk, number, "该批载体需继续保存")
    assert batch.state is BatchState.CANCELLED and batch.row.cancel_reason == "该批载体需继续保存"
    assert [c.number for c in batch.carriers] == [world.number("internal")]  # the list is kept
    as_role(world, "clerk1")
    assert carriers.find(world.clerk, world.number("internal")).state is State.IN_ROOM
    lending.lend(world.clerk, world.number("internal"), world.badge("general"))  # free again


def test_the_list_of_an_approved_batch_cannot_change(world):
    number = approved_batch(world)
    with pytest.raises(InvalidInput):
        destruction.add(world.clerk, number, [world.number("secret")])
    with pytest.raises(InvalidInput):
        destruction.remove(world.clerk, number, world.number("internal"))
    with pytest.raises(Exception, match="cannot change"):
        with world.clerk.vault.transaction() as conn:
            conn.execute("DELETE FROM destruction_items")


def test_execution_is_confirmed_after_the_day_not_before(world):
    number = approved_batch(world)
    with pytest.raises(InvalidInput) as caught:
        destruction.execute(world.clerk, number, paper(world), destroyed_on=clock.now().date() + timedelta(days=1))
    assert "不能晚于今天" in caught.value.zh
    batch = destruction.get(world.clerk, number)
    assert batch.state is BatchState.APPROVED and all(c.state is State.IN_ROOM for c in batch.carriers)


def test_a_listed_carrier_cannot_be_voided_while_its_batch_is_open(world):
    batch = destruction.create(world.clerk, draft(world))
    destruction.add(world.clerk, batch.number, [world.number("internal")])
    with pytest.raises(InvalidInput) as caught:
        carriers.void(world.clerk, world.number("internal"), "登记错误")
    assert batch.number in caught.value.zh


def test_carriers_chosen_in_the_register_go_on_a_new_batch_only_if_one_of_them_can(world):
    lent = world.number("confidential2")
    lending.lend(world.clerk, lent, world.badge("general"), Approval(world.badge("head"), "审批-1"))
    number, added, refused = destruction.add_from_register(world.clerk, "", [lent])
    assert (number, added) == ("", []) and "须先归还" in refused[0][1]
    assert destruction.batches(world.clerk) == []  # no empty batch left behind
    number, added, refused = destruction.add_from_register(world.clerk, "", [world.number("internal"), lent])
    assert [c.number for c in added] == [world.number("internal")] and [n for n, _ in refused] == [lent]
    batch = destruction.get(world.clerk, number)
    assert batch.state is BatchState.DRAFT and [c.number for c in batch.carriers] == [world.number("internal")]
    again, added, _ = destruction.add_from_register(world.clerk, number, [world.number("confidential")])
    assert again == number and len(destruction.get(world.clerk, number).carriers) == 2
