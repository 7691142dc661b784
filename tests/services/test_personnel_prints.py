"""Personnel printouts from the services: what each role may print, and that it is audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.personnel.model import Clearance, PersonDraft, Training
from secdesk.domain.personnel.rules import id_check_digit
from secdesk.services import personnel, personnel_prints
from secdesk.printing.labels import LabelLayout
from secdesk.storage import audit
from tests.pdf_text import pdf_text

BODY = "11010519800101123"
ID = BODY + id_check_digit(BODY)
ZHANG = PersonDraft(name="张红", dept="办公室", clearance=Clearance.IMPORTANT, id_number=ID,
                    vetted_on=date(2025, 3, 1), vetting_result="合格", vetted_by="李主任")


def text_of(pdf: bytes) -> str:
    """All the PDF's text without any whitespace."""
    return "".join(pdf_text(pdf).split())


@pytest.fixture
def officer(staffed_vault):
    staffed_vault.close()
    return staffed_vault.sign_in("officer1")


def test_the_person_sheet_carries_the_file_and_the_full_id_for_the_officer(officer):
    """The officer's 涉密人员登记表 shows the ID in full, the vetting and the training."""
    badge = personnel.add_person(officer, ZHANG).badge
    personnel.add_record(officer, badge, Training(date(2026, 3, 2), 2.5, "保密法规"))
    text = text_of(personnel_prints.person_sheet(officer, badge))
    assert "涉密人员登记表" in text and ID in text and "2025年3月1日合格" in text
    assert "保密法规" in text and "2.5" in text
    events = audit.events(officer.vault.conn, "event = 'person.print'")
    assert events and events[0].object == f"person:{badge}"


def test_the_clerk_may_not_print_a_file_and_the_auditor_prints_it_masked(staffed_vault, officer):
    """The clerk is refused; the auditor's copy has the ID masked."""
    badge = personnel.add_person(officer, ZHANG).badge
    staffed_vault.close()
    with pytest.raises(PermissionDenied):
        personnel_prints.person_sheet(staffed_vault.sign_in("clerk1"), badge)
    staffed_vault.close()
    text = text_of(personnel_prints.person_sheet(staffed_vault.sign_in("auditor1"), badge))
    assert ID not in text and ID[:6] + "********" + ID[-4:] in text


def test_the_training_record_lists_the_year_asked_for(officer):
    """Form 9 of 2026 holds the 2026 training and not the 2025 one."""
    badge = personnel.add_person(officer, ZHANG).badge
    personnel.add_record(officer, badge, Training(date(2026, 3, 2), 2, "二〇二六年培训"))
    personnel.add_record(officer, badge, Training(date(2025, 3, 2), 3, "二〇二五年培训"))
    text = text_of(personnel_prints.training_sheet(officer, 2026))
    assert "二〇二六年培训" in text and "二〇二五年培训" not in text
    with pytest.raises(InvalidInput) as refused:
        personnel_prints.training_sheet(officer, 1899)
    assert refused.value.field == "年度"


def test_badges_are_printed_by_the_officer_only(staffed_vault, officer):
    """The officer prints badges (audited with the badge numbers); the clerk is refused."""
    badges = [personnel.add_person(officer, replace(ZHANG, name=n, id_number=i)).badge
              for n, i in (("张红", ZHANG.id_number), ("李四", ""))]  # one 证件号, one file
    pdf = personnel_prints.badge_sheet(officer, badges, LabelLayout.A4_3X8)
    assert pdf.startswith(b"%PDF")
    (event,) = audit.events(officer.vault.conn, "event = 'badge.print'")
    assert badges[0] in event.detail and badges[1] in event.detail
    with pytest.raises(InvalidInput):
        personnel_prints.badge_sheet(officer, [], LabelLayout.A4_3X8)
    staffed_vault.close()
    with pytest.raises(PermissionDenied):
        personnel_prints.badge_sheet(staffed_vault.sign_in("clerk1"), badges, LabelLayout.A4_3X8)
