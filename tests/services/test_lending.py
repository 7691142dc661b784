"""Lending rules at scan time (issue 5): every refusal, approvals, due dates, 绝密 on-site
reading, return with the count check, holds, undo, overrides — each audited."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.model import State
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.lending.rules import NeedsApproval, NeedsCount, Refused
from secdesk.services import carriers, lending
from secdesk.services.lending import Approval, Override
from secdesk.storage import audit
from secdesk.storage import loans as loan_rows
from tests.conftest import USER_PASSWORD
from tests.lending_world import build_world


@pytest.fixture
def world(staffed_vault):
    return build_world(staffed_vault)


def approved(world) -> Approval:
    return Approval(world.badge("head"), "审批-001")


def refusal(world, key, badge_key, **kw) -> Refused:
    with pytest.raises(Refused) as caught:
        lending.lend(world.clerk, world.number(key), world.badge(badge_key), **kw)
    return caught.value


def test_a_confidential_loan_needs_the_heads_approval_then_goes_out_for_15_days(world):
    """秘密 without approval asks for it (nothing written); with it the carrier is 借出, due in
    15 days, the approver and the form reference on the loan and in the audit event."""
    with pytest.raises(NeedsApproval) as asked:
        lending.lend(world.clerk, world.number("confidential"), world.badge("general"))
    assert asked.value.by.zh == "部门负责人"
    assert carriers.find(world.clerk, world.number("confidential")).state is State.IN_ROOM
    loan = lending.lend(world.clerk, world.number("confidential"), world.badge("general"), approved(world))
    today = clock.now().date()
    assert loan.due_on == today + timedelta(days=15) and loan.approver == "李主任"
    assert loan.approval_ref == "审批-001" and loan.approval_by == "部门负责人"
    assert carriers.find(world.clerk, loan.number).state is State.LENT
    (event,) = audit.events(world.clerk.vault.conn, "event = 'loan.lend'")
    assert event.object == f"carrier:{loan.number}" and world.badge("general") in event.after


def test_internal_configured_without_approval_and_secret_is_due_in_7_days(world):
    """内部, where the unit configured no approval, goes out at once for 15 days (like
    秘密); 机密 needs the officer's approval and 7 days."""
    loan = lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    assert loan.due_on == clock.now().date() + timedelta(days=15) and loan.approver == ""
    with pytest.raises(NeedsApproval) as asked:
        lending.lend(world.clerk, world.number("secret"), world.badge("important"))
    assert asked.value.by.zh == "保密工作负责人"
    loan = lending.lend(world.clerk, world.number("secret"), world.badge("important"), approved(world))
    assert loan.due_on == clock.now().date() + timedelta(days=7)


def test_top_secret_is_read_on_site_and_due_the_same_day(world):
    """绝密: due today, the reading place recorded; a later due date is refused."""
    with pytest.raises(Refused) as refused:
        lending.lend(world.clerk, world.number("top"), world.badge("core"), approved(world),
                     due=clock.now().date() + timedelta(days=1))
    assert refused.value.code == "due"
    loan = lending.lend(world.clerk, world.number("top"), world.badge("core"), approved(world))
    assert loan.due_on == clock.now().date() and loan.reading_place == "保密室阅览区"


@pytest.mark.parametrize("text", ["BMS-2026-000001Z", "XYZ-1", ""])
def test_unknown_or_misread_numbers_are_refused_at_the_number(world, text):
    """A wrong check character or an unknown number names 载体编号; nothing is lent."""
    with pytest.raises(InvalidInput) as refused:
        lending.lend(world.clerk, text, world.badge("general"))
    assert refused.value.field == "载体编号"
    assert loan_rows.open_loans(world.clerk.vault.conn) == []


def test_a_carrier_out_to_one_person_is_not_passed_to_another(world):
    """不得转借: refused, naming the holder and the date; the same holder is told it is out."""
    lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    other = refusal(world, "internal", "core")
    assert other.code == "lent_to_other" and "孙丽" in other.zh and "不得转借" in other.zh


@pytest.mark.parametrize("state", [State.DESTROYED, State.MISSING, State.TRANSFERRED, State.OUT])
def test_a_carrier_not_in_the_room_is_refused_with_its_state(world, state):
    """销毁, 下落不明, 已移交, 外出: each refused, the state named."""
    from secdesk.storage import carriers as carrier_rows

    with world.clerk.vault.transaction() as conn:
        carrier_rows.update(conn, world.carriers["internal"].id, state=state.value)
    refused = refusal(world, "internal", "general")
    assert refused.code == "state" and state.value in refused.zh


def test_a_borrower_not_on_duty_or_cleared_too_low_is_refused(world):
    """A person in 脱密期 borrows nothing; 一般 cannot take 机密; 重要 cannot take 绝密."""
    assert refusal(world, "internal", "left").code == "status"
    assert refusal(world, "secret", "general", approval=approved(world)).code == "clearance"
    assert refusal(world, "top", "important", approval=approved(world)).code == "clearance"


def test_outside_the_scope_is_refused_unless_the_officer_overrides_with_a_reason(world, staffed_vault):
    """知悉范围 科研一部: 孙丽 (科研二部) is refused; the officer's wrong password is refused and
    counted; the right one with a reason lends, audited with the reason."""
    refused = refusal(world, "scoped", "general", approval=approved(world))
    assert refused.code == "scope" and refused.overridable
    wrong = Override("officer1", "wrong-password", "项目评审需要")
    assert refusal(world, "scoped", "general", approval=approved(world), override=wrong).code == "override"
    assert world.clerk.keyfile.find("officer1").failed == 1
    clerk_as_officer = Override("clerk1", USER_PASSWORD, "理由")
    own = refusal(world, "scoped", "general", approval=approved(world), override=clerk_as_officer)
    assert own.code == "own_approval"  # the acting clerk cannot consent to their own request
    no_reason = Override("officer1", USER_PASSWORD, " ")
    assert refusal(world, "scoped", "general", approval=approved(world), override=no_reason).code == "override"
    loan = lending.lend(world.clerk, world.number("scoped"), world.badge("general"), approved(world),
                        override=Override("officer1", USER_PASSWORD, "项目评审需要"))
    assert loan.overridden_by == "officer1" and loan.override_reason == "项目评审需要"
    inside = refusal(world, "scoped", "important", approval=approved(world))  # now out to 孙丽
    assert inside.code == "lent_to_other"


def test_a_status_or_clearance_block_cannot_be_overridden(world):
    """The officer's override lifts scope and overdue only."""
    override = Override("officer1", USER_PASSWORD, "急需")
    assert refusal(world, "secret", "general", approval=approved(world), override=override).code == "clearance"
    assert refusal(world, "internal", "left", override=override).code == "status"


def test_a_borrower_with_an_overdue_carrier_gets_nothing_more(world):
    """A loan made 31 days ago is overdue; the next loan is refused until it is back."""
    past = datetime.now().astimezone() - timedelta(days=31)
    with clock.replaced(lambda: past):
        lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    refused = refusal(world, "confidential", "general", approval=approved(world))
    assert refused.code == "overdue" and world.number("internal") in refused.zh
    lending.give_back(world.clerk, world.number("internal"), whole=True)
    assert lending.lend(world.clerk, world.number("confidential"), world.badge("general"), approved(world))


def test_the_approver_is_someone_else_cleared_for_the_level(world):
    """Self-approval and an approver cleared below the level are refused."""
    self_approved = Approval(world.badge("general"), "A-1")
    assert refusal(world, "confidential", "general", approval=self_approved).code == "approver"
    low = Approval(world.badge("general"), "A-2")
    assert refusal(world, "secret", "important", approval=low).code == "approver"


def test_return_asks_for_the_count_and_a_damaged_carrier_is_held(world, staffed_vault):
    """Paper needs the count check; 'not whole' needs a note and holds the carrier until
    the officer clears it; a USB drive returns without the check."""
    number = world.number("confidential")
    lending.lend(world.clerk, number, world.badge("general"), approved(world))
    with pytest.raises(NeedsCount):
        lending.give_back(world.clerk, number)
    with pytest.raises(InvalidInput):
        lending.give_back(world.clerk, number, whole=False)
    back = lending.give_back(world.clerk, number, whole=False, note="缺第5页")
    assert back.whole is False and carriers.find(world.clerk, number).state is State.IN_ROOM
    assert refusal(world, "confidential", "important", approval=approved(world)).code == "hold"
    with pytest.raises(PermissionDenied):
        lending.clear_hold(world.clerk, number, "已核实")
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    lending.clear_hold(officer, number, "缺页系原件印刷问题，已核实")
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    assert lending.lend(clerk, number, world.badge("important"), approved(world))
    usb = world.number("internal")
    lending.lend(clerk, usb, world.badge("general"))
    assert lending.give_back(clerk, usb).whole is None


def test_returning_a_carrier_that_is_not_out_is_refused(world):
    with pytest.raises(Refused) as refused:
        lending.give_back(world.clerk, world.number("internal"))
    assert refused.value.code == "not_lent"


def test_undo_within_a_minute_is_a_correction_and_later_is_refused(world):
    """Undoing a lend puts the carrier back and leaves the loan as undone (not deleted,
    not in the register); undoing a return reopens it; after 60 s undo is refused."""
    number = world.number("internal")
    loan = lending.lend(world.clerk, number, world.badge("general"))
    undone = lending.undo(world.clerk, loan.id)
    assert undone.undone_at and carriers.find(world.clerk, number).state is State.IN_ROOM
    today = clock.now().date()
    assert list(loan_rows.lent_between(world.clerk.vault.conn, today, today)) == []
    loan = lending.lend(world.clerk, number, world.badge("general"))
    lending.give_back(world.clerk, number)
    assert lending.undo(world.clerk, loan.id).open
    assert carriers.find(world.clerk, number).state is State.LENT
    later = datetime.now().astimezone() + timedelta(seconds=61)
    with clock.replaced(lambda: later), pytest.raises(InvalidInput):
        lending.undo(world.clerk, loan.id)
    events = [e.event for e in audit.events(world.clerk.vault.conn, "event LIKE 'loan.%'")]
    assert events.count("loan.undo") == 2


def test_every_refusal_is_audited(world):
    """A refused scan leaves a failed loan.refused event naming the reason."""
    refusal(world, "secret", "general", approval=approved(world))
    (event,) = audit.events(world.clerk.vault.conn, "event = 'loan.refused'")
    assert event.result == "failed" and "机密" in event.detail


MORNING = datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)


def test_overdue_and_due_lists(world):
    """The lists the start-of-day panel and the lending page use."""
    past = datetime.now().astimezone() - timedelta(days=31)
    with clock.replaced(lambda: past):
        lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    with clock.replaced(lambda: MORNING):  # before the evening a 绝密 loan falls due
        lending.lend(world.clerk, world.number("top"), world.badge("core"), approved(world))
        assert [r.number for r in lending.list_loans(world.clerk, "overdue")] == [world.number("internal")]
        assert {r.number for r in lending.list_loans(world.clerk, "due")} == {world.number("internal"),
                                                                              world.number("top")}
        assert len(lending.list_loans(world.clerk, "open", world.badge("core"))) == 1


def test_the_start_of_day_panel_lists_overdue_and_due_today(world):
    """An overdue loan is red on the panel; a 绝密 loan is due today."""
    from secdesk.services import reminders

    past = datetime.now().astimezone() - timedelta(days=31)
    with clock.replaced(lambda: past):
        lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    with clock.replaced(lambda: MORNING):  # before the evening a 绝密 loan falls due
        lending.lend(world.clerk, world.number("top"), world.badge("core"), approved(world))
        lines = {(r.name, r.urgent, r.text.split("（")[0]) for r in reminders.today_reminders(world.clerk)
                 if r.kind == "借阅"}
    assert ("孙丽", True, world.number("internal")) in lines
    assert ("张红", False, world.number("top")) in lines
