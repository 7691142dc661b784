"""Personnel services: files, masking by role, records, leaving and release, reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft, CarrierType
from secdesk.domain.carriers.terms import Term
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.personnel.model import (
    Clearance, Commitment, CommitmentKind, PersonDraft, Review, Status, Training,
)
from secdesk.domain.personnel.rules import id_check_digit, make_badge
from secdesk.services import carriers, personnel, reminders
from secdesk.storage import carriers as carrier_rows

BODY = "11010519800101123"
ID = BODY + id_check_digit(BODY)
ZHANG = PersonDraft(name="张红", dept="办公室", clearance=Clearance.IMPORTANT, id_number=ID,
                    post="机要员", vetted_on=date(2025, 3, 1), vetting_result="合格", staff_no="A001")


@pytest.fixture
def officer(staffed_vault):
    staffed_vault.close()
    return staffed_vault.sign_in("officer1")


def test_a_new_file_gets_a_badge_and_the_officer_sees_the_full_id(officer):
    """The officer opens a file: a checked badge number, the ID number in full."""
    person = personnel.add_person(officer, ZHANG)
    assert person.badge.startswith("BMS-P") and person.status is Status.ON_DUTY
    assert person.draft.id_number == ID


def test_clerk_and_auditor_see_the_id_masked_and_cannot_write(staffed_vault, officer):
    """Other roles read the file with the ID number masked; they cannot change it."""
    badge = personnel.add_person(officer, ZHANG).badge
    staffed_vault.close()
    for name in ("clerk1", "auditor1"):
        session = staffed_vault.sign_in(name)
        seen = personnel.find_person(session, badge)
        assert seen.draft.id_number == ID[:6] + "*" * 8 + ID[-4:]
        with pytest.raises(PermissionDenied):
            personnel.add_person(session, replace(ZHANG, staff_no="B1"))
        with pytest.raises(PermissionDenied):
            personnel.add_record(session, badge, Review(date(2026, 1, 5), "合格"))
        staffed_vault.close()


def test_bad_input_names_the_field_and_saves_nothing(officer):
    """A wrong check digit is refused at 证件号; a repeated 工号 at 工号; nothing added."""
    wrong = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    with pytest.raises(InvalidInput) as refused:
        personnel.add_person(officer, replace(ZHANG, id_number=wrong))
    assert refused.value.field == "证件号"
    personnel.add_person(officer, ZHANG)
    with pytest.raises(InvalidInput) as refused:
        personnel.add_person(officer, replace(ZHANG, name="李四"))
    assert refused.value.field == "工号"
    assert [p.name for p in personnel.list_persons(officer)] == ["张红"]


def _carrier_kept_by(staffed_vault, person):
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    carrier = carriers.register(clerk, CarrierDraft("文件", Level.CONFIDENTIAL, CarrierType.PAPER,
                                                    Term.years(10)))[0]
    with clerk.vault.transaction() as conn:
        carrier_rows.update(conn, carrier.id, custodian_id=person.id, custodian=person.name)
    staffed_vault.close()
    return carrier


def test_leaving_needs_every_loan_back_and_kept_carriers_handed_over(staffed_vault, officer):
    """A loan still out blocks leaving; kept carriers need a successor; then 脱密期 starts."""
    person = personnel.add_person(officer, ZHANG)
    successor = personnel.add_person(officer, replace(ZHANG, name="李四", staff_no="A002", id_number=""))
    carrier = _carrier_kept_by(staffed_vault, person)
    officer = staffed_vault.sign_in("officer1")
    with officer.vault.transaction() as conn:
        conn.execute("INSERT INTO loans (carrier_id, person_id, lent_at, due_on, clerk) "
                     "VALUES (?, ?, '2026-11-01T09:00:00+08:00', '2026-11-15', 'clerk1')",
                     (carrier.id, person.id))
    with pytest.raises(InvalidInput) as refused:
        personnel.leave(officer, person.badge, "离职", date(2026, 11, 20), date(2026, 11, 20))
    assert refused.value.field == "借阅" and carrier.number in refused.value.zh
    with officer.vault.transaction() as conn:
        conn.execute("UPDATE loans SET returned_at = '2026-11-19T10:00:00+08:00'")
    with pytest.raises(InvalidInput) as refused:
        personnel.leave(officer, person.badge, "离职", date(2026, 11, 20), date(2026, 11, 20))
    assert refused.value.field == "保管载体"
    left = personnel.leave(officer, person.badge, "离职", date(2026, 11, 20), date(2026, 11, 20),
                           handover={carrier.number: successor.badge})
    assert left.status is Status.DECLASSIFYING
    assert (left.declassify_from, left.declassify_until) == (date(2026, 11, 20), date(2028, 11, 20))
    assert personnel.holdings(officer, successor.badge).kept[0][1] == carrier.number
    kinds = [c.kind for c in personnel.records(officer, person.badge).commitments]
    assert CommitmentKind.ON_LEAVING in kinds


@pytest.mark.parametrize("clearance, years, end", [
    (Clearance.CORE, None, date(2029, 11, 20)), (Clearance.CORE, 5, date(2031, 11, 20)),
    (Clearance.GENERAL, None, date(2027, 11, 20)), (Clearance.GENERAL, 2, date(2028, 11, 20)),
])
def test_the_declassification_period_follows_the_level_or_the_chosen_length(officer, clearance, years, end):
    """核心 3 years by default (5 if chosen), 一般 1 (or 2)."""
    person = personnel.add_person(officer, replace(ZHANG, clearance=clearance))
    left = personnel.leave(officer, person.badge, "离岗", date(2026, 11, 20), date(2026, 11, 20), years=years)
    assert left.declassify_until == end


def test_release_only_after_the_period_ends(officer):
    """已解脱 is confirmed by the officer once the 脱密期 is over, not before."""
    person = personnel.add_person(officer, replace(ZHANG, clearance=Clearance.GENERAL))
    personnel.leave(officer, person.badge, "离岗", date(2025, 1, 10), date(2025, 1, 10))
    with pytest.raises(InvalidInput):
        personnel.release(officer, person.badge, today=date(2026, 1, 9))
    assert personnel.release(officer, person.badge, today=date(2026, 1, 10)).status is Status.RELEASED


def test_the_start_of_day_panel_lists_what_needs_doing(officer):
    """An overdue review, a missing undertaking, short training and a 脱密期 ending appear."""
    from secdesk.services import settings

    settings.change_setting(officer, "training_hours_per_year", 8)
    today = date(2026, 11, 23)
    personnel.add_person(officer, replace(ZHANG, vetted_on=date(2025, 10, 1)))
    ok = personnel.add_person(officer, replace(ZHANG, name="王五", staff_no="A003", id_number="",
                                                 vetted_on=date(2026, 6, 1)))
    personnel.add_record(officer, ok.badge, Commitment(CommitmentKind.ON_TAKING_UP, date(2026, 6, 1)))
    personnel.add_record(officer, ok.badge, Training(date(2026, 6, 2), 8, "保密法规"))
    leaving = personnel.add_person(officer, replace(ZHANG, name="赵六", staff_no="A004", id_number="",
                                                    clearance=Clearance.GENERAL))
    personnel.leave(officer, leaving.badge, "离岗", today - timedelta(days=365), today - timedelta(days=365))
    lines = {(r.name, r.kind) for r in reminders.personnel_reminders(officer, today)}
    assert ("张红", "复审") in lines and ("张红", "承诺书") in lines and ("张红", "培训") in lines
    assert ("赵六", "脱密期") in lines
    assert not any(name == "王五" for name, _ in lines)


def test_a_handover_leaves_a_transfer_record_and_the_leaving_is_kept(staffed_vault, officer):
    """The successor, the date and the reason are on file; the leaving sheet prints them."""
    from secdesk.services import personnel_prints
    from secdesk.storage import personnel as repo

    person = personnel.add_person(officer, ZHANG)
    successor = personnel.add_person(officer, replace(ZHANG, name="李四", staff_no="A002", id_number=""))
    carrier = _carrier_kept_by(staffed_vault, person)
    officer = staffed_vault.sign_in("officer1")
    personnel.leave(officer, person.badge, "调离", date(2026, 11, 20), date(2026, 11, 19),
                    handover={carrier.number: successor.badge})
    conn = officer.vault.conn
    assert repo.handovers_from(conn, person.id) == [(carrier.number, carrier.marking, "李四", "2026-11-20")]
    assert repo.leaving(conn, person.id) == ("调离", date(2026, 11, 20), date(2026, 11, 19), 2)
    assert personnel_prints.leaving_sheet(officer, person.badge).startswith(b"%PDF")
    with pytest.raises(InvalidInput) as refused:
        personnel_prints.leaving_sheet(officer, successor.badge)
    assert refused.value.field == "离岗"


def test_leaving_cannot_be_dated_ahead_or_done_twice(officer):
    """A leaving date after today is refused at 离岗日期; a second leaving at 状态."""
    person = personnel.add_person(officer, ZHANG)
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(InvalidInput) as refused:
        personnel.leave(officer, person.badge, "离岗", tomorrow, date.today())
    assert refused.value.field == "离岗日期"
    assert personnel.find_person(officer, person.badge).status is Status.ON_DUTY
    personnel.leave(officer, person.badge, "离岗", date.today(), date.today())
    with pytest.raises(InvalidInput) as refused:
        personnel.leave(officer, person.badge, "离岗", date.today(), date.today())
    assert refused.value.field == "状态"


def test_filters_for_overdue_reviews_and_short_training(officer):
    """Overdue review: never vetted or past due; short training only once a requirement is set."""
    from secdesk.services import settings

    today = date.today()
    personnel.add_person(officer, replace(ZHANG, vetted_on=today - timedelta(days=800)))
    current = personnel.add_person(officer, replace(ZHANG, name="王五", staff_no="A003", id_number="",
                                                    vetted_on=today - timedelta(days=10)))
    personnel.add_person(officer, replace(ZHANG, name="赵六", staff_no="A004", id_number="", vetted_on=None))
    overdue = {p.name for p in personnel.list_persons(officer, review_overdue=True)}
    assert overdue == {"张红", "赵六"}
    assert personnel.list_persons(officer, training_short=True) == []
    settings.change_setting(officer, "training_hours_per_year", 4)
    personnel.add_record(officer, current.badge, Training(today, 4, "保密法规"))
    short = {p.name for p in personnel.list_persons(officer, training_short=True)}
    assert short == {"张红", "赵六"}


def test_the_clerk_sees_what_lending_needs_and_not_training_or_trips(staffed_vault, officer):
    """Undertakings and reviews reach the clerk; training and trips abroad only officer and auditor."""
    from secdesk.domain.personnel.model import TravelApproval

    badge = personnel.add_person(officer, ZHANG).badge
    personnel.add_record(officer, badge, Commitment(CommitmentKind.ON_TAKING_UP, date(2026, 3, 1)))
    personnel.add_record(officer, badge, Training(date(2026, 3, 2), 2, "保密法规"))
    personnel.add_record(officer, badge, TravelApproval(date(2026, 5, 1), date(2026, 5, 8), "新加坡", "王局"))
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    seen = personnel.records(clerk, badge)
    assert len(seen.commitments) == 1 and seen.trainings == [] and seen.travels == []
    staffed_vault.close()
    auditor = staffed_vault.sign_in("auditor1")
    seen = personnel.records(auditor, badge)
    assert len(seen.trainings) == 1 and len(seen.travels) == 1


def test_a_carrier_custodian_named_or_scanned_is_linked_to_the_person(staffed_vault, officer):
    """保管人 by name or badge links the file (so leaving sees it); 档案室 stays text; a
    person cleared below the 密级, or who has left, is refused at 保管人."""
    zhang = personnel.add_person(officer, ZHANG)
    li = personnel.add_person(officer, replace(ZHANG, name="李四", staff_no="A002", id_number="", clearance=Clearance.GENERAL))
    gone = personnel.add_person(officer, replace(ZHANG, name="赵六", staff_no="A003", id_number=""))
    personnel.leave(officer, gone.badge, "离岗", date.today(), date.today())
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    secret = CarrierDraft("文件", Level.SECRET, CarrierType.PAPER, Term.years(10), copy_no=1, copies_total=1)
    by_name = carriers.register(clerk, replace(secret, custodian="张红"))[0]
    by_badge = carriers.register(clerk, replace(secret, custodian=zhang.badge.lower()))[0]
    room = carriers.register(clerk, replace(secret, custodian="档案室"))[0]
    assert (by_badge.draft.custodian, room.draft.custodian) == ("张红", "档案室")
    unknown = make_badge(zhang.badge[:zhang.badge.index("-")], 999)
    for who in (li.name, gone.name, unknown):
        with pytest.raises(InvalidInput) as refused:
            carriers.register(clerk, replace(secret, custodian=who))
        assert refused.value.field == "保管人", who
    carriers.edit(clerk, room.number, {"custodian": zhang.badge})
    held = {n for _, n, _ in personnel.holdings(clerk, zhang.badge).kept}
    assert held == {by_name.number, by_badge.number, room.number}


def test_a_successor_must_be_cleared_for_the_carrier(staffed_vault, officer):
    """A 机密 carrier cannot pass to a 一般 successor; nothing changes when refused."""
    zhang = personnel.add_person(officer, ZHANG)
    li = personnel.add_person(officer, replace(ZHANG, name="李四", staff_no="A002", id_number="", clearance=Clearance.GENERAL))
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    carrier = carriers.register(clerk, CarrierDraft("文件", Level.SECRET, CarrierType.PAPER, Term.years(10),
                                                    copy_no=1, copies_total=1, custodian=zhang.badge))[0]
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    with pytest.raises(InvalidInput) as refused:
        personnel.leave(officer, zhang.badge, "离岗", date.today(), date.today(), handover={carrier.number: li.badge})
    assert refused.value.field == "接替人" and carrier.number in refused.value.zh
    assert personnel.find_person(officer, zhang.badge).status is Status.ON_DUTY
    assert personnel.holdings(officer, zhang.badge).kept[0][1] == carrier.number
