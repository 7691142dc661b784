"""What a 保密局 inspector checks (issue 15), one test per rule: who may approve, 三员分立
and no self-approval, the first password, 绝密 never out and overdue the same evening,
下落不明 not bypassed, leaving with nothing held, vetting before access, overdue blocks,
内部 defaults, and the incident's clocks from the deadline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import State
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.inventory.deadlines import close_due
from secdesk.domain.lending.rules import ApprovalBy, NeedsApproval, Refused
from secdesk.domain.lifecycle.rules import Method
from secdesk.domain.personnel.model import Clearance, PersonDraft
from secdesk.domain.roles import Role
from secdesk.services import (
    accounts,
    carriers,
    destruction,
    inspections,
    lending,
    missing,
    outings,
    personnel,
    reminders,
)
from secdesk.services import settings as settings_service
from secdesk.services.destruction import BatchDraft
from secdesk.services.inspections import InspectionDraft, Kind
from secdesk.services.lending import Approval, Override
from secdesk.services.outings import OutingRequest
from tests.conftest import USER_PASSWORD
from tests.lending_world import build_world


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


def as_role(world, name: str):
    """Sign the current session out and ``name`` in."""
    world.handle.close()
    world.clerk = world.handle.sign_in(name)
    return world.clerk


def clerk_and_officer(world):
    """A small unit's account that is both clerk and officer, signed in."""
    world.handle.close()
    admin = world.handle.sign_in("admin")
    world.handle.add_user("solo", Role.CLERK, Role.OFFICER, full_name="孤保密")
    admin.close()
    return world.handle.sign_in("solo")


def new_person(world, name: str, dept: str, clearance=Clearance.CORE, **fields) -> str:
    """Open a file as the officer (then the clerk again); return the badge."""
    officer = as_role(world, "officer1")
    badge = personnel.add_person(officer, PersonDraft(name, dept, clearance, **fields)).badge
    as_role(world, "clerk1")
    return badge


def vetted(world, name: str, dept: str, clearance=Clearance.CORE, **fields) -> str:
    """A vetted person with the 上岗 undertaking signed."""
    officer = as_role(world, "officer1")
    badge = personnel.add_person(officer, PersonDraft(name, dept, clearance, vetted_on=date(2026, 1, 5),
                                                      vetting_result="合格", **fields),
                                 undertaking_on=date(2026, 1, 5)).badge
    as_role(world, "clerk1")
    return badge


# 1. Approvers need the authority the level needs ---------------------------------------

def test_a_researcher_of_another_department_cannot_approve_a_secret_loan(world):
    """机密 needs the security officer's approval: a cleared 重要 colleague is refused, and
    the refusal names the missing authority; the 保密办 leader's approval stands."""
    colleague = vetted(world, "周工", "科研二部", Clearance.CORE)
    with pytest.raises(Refused) as caught:
        lending.lend(world.clerk, world.number("secret"), world.badge("important"), Approval(colleague, "SP-1"))
    assert caught.value.code == "authority" and "保密工作负责人" in caught.value.zh
    assert carriers.find(world.clerk, world.number("secret")).state is State.IN_ROOM
    loan = lending.lend(world.clerk, world.number("secret"), world.badge("important"),
                        Approval(world.badge("head"), "SP-2"))
    assert loan.approver == world.people["head"].name


def test_only_the_head_of_the_borrowers_own_department_approves_a_confidential_loan(world):
    """秘密 → the head of the borrower's own department: another department's head is refused."""
    own_head = vetted(world, "钱主任", "科研二部", head_of="科研二部")
    other_head = vetted(world, "吴主任", "科研一部", head_of="科研一部")
    with pytest.raises(Refused) as caught:
        lending.lend(world.clerk, world.number("confidential"), world.badge("general"), Approval(other_head, "B-1"))
    assert caught.value.code == "authority" and "科研二部的部门负责人" in caught.value.zh
    loan = lending.lend(world.clerk, world.number("confidential"), world.badge("general"), Approval(own_head, "B-2"))
    assert loan.approver == "钱主任"


def test_the_approval_list_offers_only_those_with_the_authority(world):
    from secdesk.services import approvals

    vetted(world, "钱主任", "科研二部", head_of="科研二部")
    vetted(world, "周工", "科研二部")
    for_secret = {p.name for p in approvals.eligible(world.clerk, Level.SECRET, ApprovalBy.OFFICER,
                                                     world.badge("general"))}
    assert for_secret == {world.people["head"].name}
    for_confidential = {p.name for p in approvals.eligible(world.clerk, Level.CONFIDENTIAL,
                                                           ApprovalBy.DEPARTMENT_HEAD, world.badge("general"))}
    assert for_confidential == {"钱主任", world.people["head"].name}


def test_the_head_of_department_and_approval_levels_are_kept_on_file_and_audited(world):
    officer = as_role(world, "officer1")
    badge = personnel.add_person(officer, PersonDraft("郑主任", "财务部", Clearance.IMPORTANT)).badge
    person = personnel.edit_person(officer, badge, replace(personnel.find_person(officer, badge).draft,
                                                           head_of="财务部", approves=frozenset({Level.CONFIDENTIAL})))
    assert person.draft.head_of == "财务部" and person.draft.approves == {Level.CONFIDENTIAL}
    event = [e for e in _events(officer) if e.event == "person.edit"][-1]
    assert "财务部" in event.after and "秘密" in event.after


def _events(session):
    from secdesk.storage import audit
    return list(audit.events(session.vault.conn))


# 2. 三员分立 and no self-approval ---------------------------------------------------------

def test_a_clerk_who_is_also_the_officer_cannot_approve_their_own_destruction_batch(world):
    solo = clerk_and_officer(world)
    batch = destruction.create(solo, BatchDraft(
        dept="办公室", reason="已过保管期限", applicant="孤保密", method=Method.SHRED, place="保密室碎纸机",
        destroyer="王保密", supervisors=(world.badge("head"), world.badge("core"))))
    destruction.add(solo, batch.number, [world.number("confidential")])
    with pytest.raises(PermissionDenied, match="不能由同一账户批准"):
        destruction.approve(solo, batch.number, "XH-审-1")
    solo.close()
    officer = world.handle.sign_in("officer1")
    assert destruction.approve(officer, batch.number, "XH-审-1").row.approver == "李主任"


def test_the_account_that_recorded_an_inspection_cannot_issue_its_notice(world):
    solo = clerk_and_officer(world)
    row = inspections.record(solo, InspectionDraft(clock.now().date(), Kind.SELF, "孤保密、李主任", "全部",
                                                   "月度自查", (("科研一部", "借阅登记不全"),)))
    (finding,) = row.findings
    with pytest.raises(PermissionDenied, match="不能由同一账户批准"):
        inspections.issue_notice(solo, finding.id, "补齐登记", clock.now().date() + timedelta(days=10))


def test_a_clerk_who_is_also_the_officer_cannot_consent_to_their_own_override(world):
    """The account at the counter cannot lift its own block with its own password."""
    solo = clerk_and_officer(world)
    with pytest.raises(Refused) as caught:
        lending.lend(solo, world.number("scoped"), world.badge("general"), Approval(world.badge("head"), "A"),
                     override=Override("solo", USER_PASSWORD, "急需"))
    assert caught.value.code == "own_approval"
    loan = lending.lend(solo, world.number("scoped"), world.badge("general"), Approval(world.badge("head"), "A"),
                        override=Override("officer1", USER_PASSWORD, "急需"))
    assert loan.overridden_by == "officer1"


# 3. The first password is changed before any work ----------------------------------------

def test_an_account_with_the_administrators_password_may_do_nothing_until_it_changes_it(world):
    world.handle.close()
    admin = world.handle.sign_in("admin")
    world.handle.add_user("newclerk", Role.CLERK, ready=False)
    admin.close()
    session = world.handle.sign_in("newclerk")
    with pytest.raises(PermissionDenied, match="user passwd"):
        carriers.find(session, world.number("confidential"))
    accounts.change_own_password(session, USER_PASSWORD, "Changed#Clerk9")
    assert carriers.find(session, world.number("confidential")).number == world.number("confidential")


# 4. 绝密 is overdue the same evening ----------------------------------------------------------

def test_a_top_secret_loan_not_back_by_the_evening_is_overdue_that_day(world):
    today = clock.now().date()
    morning = datetime.combine(today, time(9, 0)).astimezone()
    evening = datetime.combine(today, time(18, 30)).astimezone()
    with clock.replaced(lambda: morning):
        lending.lend(world.clerk, world.number("top"), world.badge("core"), Approval(world.badge("head"), "A"))
        assert lending.list_loans(world.clerk, "overdue") == []
    with clock.replaced(lambda: evening):
        (late,) = lending.list_loans(world.clerk, "overdue")
        assert late.number == world.number("top")
        (line,) = [r for r in reminders.lending_reminders(world.clerk) if world.number("top") in r.text]
        assert line.urgent and "逾期" in line.text
        with pytest.raises(Refused) as caught:  # and the borrower gets nothing more
            lending.lend(world.clerk, world.number("confidential"), world.badge("core"),
                         Approval(world.badge("head"), "B"))
        assert caught.value.code == "overdue"


# 5. A missing carrier comes back only through 找回 --------------------------------------------

def test_a_missing_carrier_cannot_be_returned_or_brought_back_only_found(world):
    lent = world.number("confidential")
    lending.lend(world.clerk, lent, world.badge("general"), Approval(world.badge("head"), "A"))
    missing.mark_missing(world.clerk, lent, note="借阅人称遗失")
    with pytest.raises(Refused) as caught:
        lending.give_back(world.clerk, lent, whole=True)
    assert caught.value.code == "missing" and "找回" in caught.value.zh
    assert carriers.find(world.clerk, lent).state is State.MISSING
    with pytest.raises(InvalidInput, match="已登记为下落不明"):
        missing.mark_missing(world.clerk, lent)  # a clear refusal, never an IntegrityError
    missing.found(world.clerk, lent, "借阅人在抽屉中找到")
    assert lending.give_back(world.clerk, lent, whole=True).returned_at
    assert missing.list_missing(world.clerk) == []


def test_a_missing_carrier_out_on_an_outing_is_not_brought_back_before_it_is_found(world):
    number = world.number("confidential")
    outings.carry_out(world.clerk, OutingRequest((number,), world.badge("general"), "北京", "评审",
                                                 clock.now().date() + timedelta(days=2),
                                                 Approval(world.badge("head"), "WC-1")))
    missing.mark_missing(world.clerk, number)
    with pytest.raises(Refused) as caught:
        outings.bring_back(world.clerk, number, whole=True)
    assert caught.value.code == "missing"
    assert carriers.find(world.clerk, number).state is State.MISSING


# 6. Leaving with anything held is refused ------------------------------------------------------

def test_leaving_is_refused_while_a_carrier_is_out_with_the_person(world):
    number = world.number("confidential")
    outings.carry_out(world.clerk, OutingRequest((number,), world.badge("general"), "北京", "评审",
                                                 clock.now().date() + timedelta(days=2),
                                                 Approval(world.badge("head"), "WC-1")))
    officer = as_role(world, "officer1")
    with pytest.raises(InvalidInput, match="携带外出未带回"):
        personnel.leave(officer, world.badge("general"), "离职", clock.now().date(), clock.now().date())
    assert personnel.find_person(officer, world.badge("general")).status.value == "在岗"


def test_leaving_is_refused_while_the_person_supervises_an_open_destruction(world):
    destruction.create(world.clerk, BatchDraft(
        dept="办公室", reason="已过保管期限", applicant="王保密", method=Method.SHRED, place="保密室碎纸机",
        destroyer="王保密", supervisors=(world.badge("head"), world.badge("core"))))
    officer = as_role(world, "officer1")
    with pytest.raises(InvalidInput, match="监销人"):
        personnel.leave(officer, world.badge("core"), "离职", clock.now().date(), clock.now().date())


# 7. Vetting before access ---------------------------------------------------------------------

def test_a_new_core_person_without_vetting_or_undertaking_cannot_borrow(world):
    newcomer = new_person(world, "新人", "科研一部", Clearance.CORE)
    with pytest.raises(Refused) as caught:
        lending.lend(world.clerk, world.number("secret"), newcomer, Approval(world.badge("head"), "A"))
    assert caught.value.code == "vetting" and "上岗审查" in caught.value.zh and "上岗保密承诺书" in caught.value.zh
    officer = as_role(world, "officer1")
    settings_service.change_setting(officer, "personnel.require_vetting", False)  # a unit may relax it
    clerk = as_role(world, "clerk1")
    assert lending.lend(clerk, world.number("secret"), newcomer, Approval(world.badge("head"), "A")).approver


def test_an_unvetted_approver_is_refused(world):
    unvetted = new_person(world, "未审", "办公室", Clearance.CORE, approves=frozenset(Level))
    with pytest.raises(Refused) as caught:
        lending.lend(world.clerk, world.number("secret"), world.badge("important"), Approval(unvetted, "A"))
    assert caught.value.code == "vetting" and "批准人" in caught.value.zh


# 8. Overdue blocks; the override is a setting ------------------------------------------------

def _overdue_world(world):
    past = clock.now() - timedelta(days=40)
    with clock.replaced(lambda: past):
        lending.lend(world.clerk, world.number("internal"), world.badge("general"))


def test_an_overdue_borrower_gets_no_loan_even_with_the_officers_password_by_default(world):
    _overdue_world(world)
    with pytest.raises(Refused) as caught:
        lending.lend(world.clerk, world.number("confidential"), world.badge("general"),
                     Approval(world.badge("head"), "A"), override=Override("officer1", USER_PASSWORD, "急需"))
    assert caught.value.code == "overdue" and not caught.value.overridable


def test_with_the_setting_on_the_overdue_block_is_lifted_with_a_password_and_a_reason(world):
    _overdue_world(world)
    officer = as_role(world, "officer1")
    settings_service.change_setting(officer, "lending.overdue_override", True)
    clerk = as_role(world, "clerk1")
    with pytest.raises(Refused) as caught:
        lending.lend(clerk, world.number("confidential"), world.badge("general"), Approval(world.badge("head"), "A"))
    assert caught.value.code == "overdue" and caught.value.overridable
    loan = lending.lend(clerk, world.number("confidential"), world.badge("general"),
                        Approval(world.badge("head"), "A"), override=Override("officer1", USER_PASSWORD, "急需"))
    assert loan.override_reason == "急需"


# 9. 内部 like 秘密 by default ---------------------------------------------------------------------

def test_internal_needs_the_department_heads_approval_and_15_days_by_default(vault):
    values = vault.session.settings()
    assert values["lending.approval.内部"] == ApprovalBy.DEPARTMENT_HEAD and values["lending.days.内部"] == 15


def test_an_internal_loan_asks_for_the_department_head_where_not_configured_otherwise(world):
    officer = as_role(world, "officer1")
    settings_service.change_setting(officer, "lending.approval.内部", 1)  # back to the default
    clerk = as_role(world, "clerk1")
    with pytest.raises(NeedsApproval) as asked:
        lending.lend(clerk, world.number("internal"), world.badge("general"))
    assert asked.value.by is ApprovalBy.DEPARTMENT_HEAD


# 10. The incident's clocks run from the deadline -----------------------------------------------

def test_the_incident_clocks_count_from_the_deadline_not_from_the_escalation_run(world):
    number = world.number("confidential")  # 秘密: 60 days
    since = clock.now().date() - timedelta(days=90)
    record = missing.mark_missing(world.clerk, number, since=since)
    late_run = datetime.combine(record.deadline + timedelta(days=20), time(9, 0)).astimezone()
    with clock.replaced(lambda: late_run):
        (incident,) = missing.escalate_due(world.clerk)
    passed = datetime.combine(record.deadline + timedelta(days=1), time(0, 0)).astimezone()
    assert datetime.fromisoformat(incident.report_due) == passed + timedelta(hours=24)
    assert incident.close_due == close_due(passed.date())
