"""Copying, carrying out, transfer and return, declassification (issue 6): the rules,
the states reached, the records kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Source, State
from secdesk.domain.carriers.terms import Term
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.lending.rules import NeedsApproval, Refused
from secdesk.domain.lifecycle.rules import TransferKind
from secdesk.services import carriers, copying, lending, outings, printouts, reminders, transfers
from secdesk.services.copying import CopyRequest
from secdesk.services.lending import Approval, Override
from secdesk.services.outings import OutingRequest
from secdesk.services.transfers import TransferRequest
from secdesk.printing.labels import LabelLayout
from secdesk.storage import audit
from tests.conftest import USER_PASSWORD
from tests.lending_world import BASE, build_world


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


def approval(world) -> Approval:
    return Approval(world.badge("head"), "审批-9")


def copy_request(world, key: str, copies: int = 3, **changes) -> CopyRequest:
    values = dict(source=world.number(key), copies=copies, purpose="会议学习", maker="本单位保密室",
                  applicant=world.badge("core"), approval=approval(world), pages_each="12")
    values.update(changes)
    return CopyRequest(**values)


# -- copying ---------------------------------------------------------------------------------


def test_copying_top_secret_is_refused_and_audited(world):
    with pytest.raises(Refused) as caught:
        copying.copy(world.clerk, copy_request(world, "top"))
    assert caught.value.code == "top_secret" and "不允许复制" in caught.value.zh
    (event,) = audit.events(world.clerk.vault.conn, "event = 'copy.refused'")
    assert event.result == "failed"
    assert carriers.count(world.clerk, carriers.RegisterQuery()) == len(world.carriers)


def test_copying_a_no_copy_carrier_is_refused(world):
    (marked,) = carriers.register(world.clerk, replace(BASE, title="不准复制的文件", no_copy=True))
    with pytest.raises(Refused) as caught:
        copying.copy(world.clerk, copy_request(world, "confidential", source=marked.number))
    assert caught.value.code == "no_copy"


def test_copies_continue_the_sets_copy_numbers_and_link_to_the_source(world):
    """A document registered in 5 copies: 3 copies of copy 2 are 第6–8份, same 密级 and term,
    来源 复制 of the source; 3 more of one of those copies are 第9–11份."""
    five = carriers.register(world.clerk, replace(BASE, level=Level.SECRET, term=Term.years(20),
                                                  title="五份文件"), copies=5)
    job, made = copying.copy(world.clerk, copy_request(world, "secret", source=five[1].number))
    assert [c.draft.copy_no for c in made] == [6, 7, 8] and job.first_copy == 6
    assert all(c.marking == "机密★20年" and c.draft.source is Source.COPY for c in made)
    assert all(c.draft.source_detail == f"复制自{five[1].number}" and c.state is State.IN_ROOM for c in made)
    assert made[0].draft.extent == "12页" and made[0].copy_text == "第6份 共8份"
    assert job.approver == "李主任" and job.approval_ref == "审批-9" and job.applicant == "张红"
    _, more = copying.copy(world.clerk, copy_request(world, "secret", source=made[0].number))
    assert [c.draft.copy_no for c in more] == [9, 10, 11]
    assert [j.first_copy for j in copying.jobs(world.clerk, five[1].number)] == [6]


def test_copying_needs_the_officers_approval_by_default(world):
    with pytest.raises(NeedsApproval) as asked:
        copying.copy(world.clerk, copy_request(world, "confidential", approval=None))
    assert asked.value.by.zh == "保密工作负责人"
    with pytest.raises(Refused) as caught:
        copying.copy(world.clerk, copy_request(world, "confidential", approval=Approval(world.badge("core"), "x")))
    assert "申请人不能自己批准" in caught.value.zh


def test_a_lent_carrier_is_not_copied(world):
    lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    with pytest.raises(Refused) as caught:
        copying.copy(world.clerk, copy_request(world, "internal"))
    assert caught.value.code == "lent"


# -- carrying out ----------------------------------------------------------------------------


def outing(world, keys=("confidential",), person="core", **changes) -> OutingRequest:
    values = dict(numbers=tuple(world.number(k) for k in keys), person=world.badge(person),
                  destination="市保密局会议室", purpose="汇报工作", return_on=clock.now().date() + timedelta(days=2),
                  approval=approval(world))
    values.update(changes)
    return OutingRequest(**values)


def test_carrying_out_makes_the_carriers_out_and_the_check_brings_them_back(world):
    row = outings.carry_out(world.clerk, outing(world, ("confidential", "internal")))
    assert row.number.startswith("WC-") and {i.number for i in row.items} == {
        world.number("confidential"), world.number("internal")}
    assert carriers.find(world.clerk, world.number("confidential")).state is State.OUT
    with pytest.raises(Refused):  # out is not in the room: no loan
        lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    row = outings.bring_back(world.clerk, world.number("confidential"), True)
    assert row.closed_at is None  # one carrier still out
    with pytest.raises(InvalidInput):
        outings.bring_back(world.clerk, world.number("internal"), False)  # a problem needs a description
    row = outings.bring_back(world.clerk, world.number("internal"), False, "外壳破损")
    assert row.closed_at is not None
    back = carriers.find(world.clerk, world.number("internal"))
    assert back.state is State.IN_ROOM and back.extra["lend_hold"] == "外壳破损"
    assert [i.whole for i in sorted(row.items, key=lambda i: i.number != world.number("confidential"))] == [True, False]


def test_top_secret_never_goes_out_not_even_with_the_officers_consent(world):
    """绝密级的不准借出机要室: refused always, with or without the officer's password; the
    carrier stays in the room and the refusal is audited."""
    for officer in (None, Override("officer1", USER_PASSWORD, "上级调阅")):
        with pytest.raises(Refused) as caught:
            outings.carry_out(world.clerk, outing(world, ("top",), officer=officer))
        assert caught.value.code == "top_secret" and "不准携带外出" in caught.value.zh
    assert carriers.find(world.clerk, world.number("top")).state is State.IN_ROOM
    assert outings.list_outings(world.clerk, "open") == []


def test_carrying_out_needs_a_cleared_person_on_duty_and_an_approval(world):
    with pytest.raises(Refused) as caught:
        outings.carry_out(world.clerk, outing(world, ("secret",), person="general"))
    assert caught.value.code == "clearance"
    with pytest.raises(Refused) as caught:
        outings.carry_out(world.clerk, outing(world, person="left"))
    assert caught.value.code == "status"
    with pytest.raises(NeedsApproval):
        outings.carry_out(world.clerk, outing(world, approval=None))
    assert carriers.find(world.clerk, world.number("confidential")).state is State.IN_ROOM


def test_an_outing_past_its_return_date_is_overdue(world):
    outings.carry_out(world.clerk, outing(world))
    assert outings.list_outings(world.clerk, "overdue") == []
    later = clock.now() + timedelta(days=3)
    with clock.replaced(lambda: later):
        (late,) = outings.list_outings(world.clerk, "overdue")
        assert late.overdue(later.date())


# -- transfer and return ---------------------------------------------------------------------


def request(world, kind=TransferKind.TRANSFER, keys=("confidential", "internal"), **changes) -> TransferRequest:
    values = dict(kind=kind, numbers=tuple(world.number(k) for k in keys), to_unit="市国家保密局",
                  receiver="刘接收", handed_by="王保密", witness="李主任")
    values.update(changes)
    return TransferRequest(**values)


def test_a_transfer_without_the_receipt_stays_outstanding(world):
    row = transfers.transfer(world.clerk, request(world))
    assert row.outstanding and row.number.startswith("YJ-")
    assert carriers.find(world.clerk, world.number("confidential")).state is State.TRANSFERRED
    assert [t.number for t in transfers.list_transfers(world.clerk, outstanding=True)] == [row.number]
    row = transfers.record_receipt(world.clerk, row.number, note="接收人签字回执")
    assert not row.outstanding and transfers.list_transfers(world.clerk, outstanding=True) == []
    with pytest.raises(InvalidInput):
        transfers.record_receipt(world.clerk, row.number)


def test_a_return_to_the_issuer_closes_the_carriers_and_the_yearly_list_shows_what_is_still_held(world):
    held = carriers.register(world.clerk, replace(BASE, title="上级来文", origin_unit="省保密局"), copies=3)
    year = clock.now().year
    assert [c.number for c in transfers.clearance_list(world.clerk, "省保密局", year)] == [c.number for c in held]
    assert "省保密局" in transfers.issuers(world.clerk)
    row = transfers.transfer(world.clerk, request(world, TransferKind.RETURN, (), numbers=(held[0].number,),
                                                   to_unit="省保密局"))
    assert row.kind == "清退" and row.number.startswith("QT-")
    assert carriers.find(world.clerk, held[0].number).state is State.RETURNED
    assert [c.number for c in transfers.clearance_list(world.clerk, "省保密局", year)] == [
        c.number for c in held[1:]]


def test_a_lent_carrier_cannot_be_transferred_and_nothing_is_half_done(world):
    lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    with pytest.raises(Refused):
        transfers.transfer(world.clerk, request(world))
    assert carriers.find(world.clerk, world.number("confidential")).state is State.IN_ROOM
    assert transfers.list_transfers(world.clerk) == []


# -- 定密变更 / 解密 ------------------------------------------------------------------------------


def test_declassification_is_the_officers_keeps_the_old_marking_in_history(world):
    number = world.number("secret")
    with pytest.raises(PermissionDenied):
        carriers.declassify(world.clerk, number, "保密期限届满", "解审〔2026〕1号")
    world.handle.close()
    officer = world.handle.sign_in("officer1")
    with pytest.raises(InvalidInput):
        carriers.declassify(officer, number, "", "")
    carrier = carriers.declassify(officer, number, "保密期限届满", "解审〔2026〕1号")
    assert carrier.marking == "内部" and carrier.draft.level is Level.INTERNAL
    events = [e for e in carriers.history(officer, number) if e.event == "carrier.declassify" and e.result == "ok"]
    assert "机密★20年" in events[0].before and "解审〔2026〕1号" in events[0].detail


def test_carriers_whose_term_ended_are_listed_for_review(world):
    (old,) = carriers.register(world.clerk, replace(BASE, title="旧文件", term=Term.years(1),
                                                    issue_date=date(2024, 1, 1)))
    (fresh,) = carriers.register(world.clerk, replace(BASE, title="新文件", issue_date=date(2026, 1, 1)))
    due = [c.number for c in carriers.due_for_review(world.clerk)]
    assert old.number in due and fresh.number not in due


def label_reminders(session) -> list[str]:
    return [r.text for r in reminders.lifecycle_reminders(session) if r.kind == "标签"]


def test_a_changed_marking_asks_for_a_new_label_until_one_is_printed(world):
    number = world.number("secret")
    printouts.record_labels(world.clerk, printouts.label_sheet(world.clerk, [number], LabelLayout.ROLL_50X30))
    assert label_reminders(world.clerk) == []
    world.handle.close()
    officer = world.handle.sign_in("officer1")
    carriers.reclassify(officer, number, Level.SECRET, Term.years(10), "定密变更", "定审〔2026〕2号")
    world.handle.close()
    clerk = world.handle.sign_in("clerk1")
    (text,) = label_reminders(clerk)
    assert "1件" in text and number in text
    sheet = printouts.label_sheet(clerk, [number], LabelLayout.ROLL_50X30)
    assert number in sheet.reprints  # the new label is marked 补
    printouts.record_labels(clerk, sheet)
    assert label_reminders(clerk) == []


def test_raising_the_level_needs_a_custodian_cleared_for_it(world):
    (doc,) = carriers.register(world.clerk, replace(BASE, title="项目方案", copy_no=1, copies_total=1,
                                                    custodian=world.badge("general")))
    world.handle.close()
    officer = world.handle.sign_in("officer1")
    with pytest.raises(InvalidInput, match="孙丽.*请先更换保管人"):
        carriers.reclassify(officer, doc.number, Level.SECRET, Term.years(20), "内容升级", "定审-3")
    assert carriers.find(officer, doc.number).marking == "秘密★10年"
    world.handle.close()
    clerk = world.handle.sign_in("clerk1")
    carriers.edit(clerk, doc.number, {"custodian": world.badge("core")})
    world.handle.close()
    officer = world.handle.sign_in("officer1")
    assert carriers.reclassify(officer, doc.number, Level.SECRET, Term.years(20), "内容升级", "定审-3").marking \
        == "机密★20年"
