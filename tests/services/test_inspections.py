"""Inspections and rectification (issue 7): findings recorded, a notice issued by the
officer, the written report, a failed re-check keeps it open with a new due date, a passed
one closes it; forms 7, 8 and 10 carry what the records hold."""

from __future__ import annotations

from datetime import timedelta

import pytest

from secdesk.domain import clock
from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.domain.inventory.reconcile import ScopeKind
from secdesk.services import inspections, inventory, inventory_prints, missing
from secdesk.services.inspections import InspectionDraft, Kind
from tests.lending_world import build_world
from tests.pdf_text import pdf_text


@pytest.fixture
def world(staffed_vault):
    w = build_world(staffed_vault)
    w.handle = staffed_vault
    return w


def as_role(world, name):
    world.handle.close()
    world.clerk = world.handle.sign_in(name)
    return world.clerk


def test_a_finding_goes_from_notice_to_report_to_recheck_and_closes(world):
    today = clock.now().date()
    draft = InspectionDraft(today, Kind.QUARTERLY, "市保密局 赵六、钱七", "全单位", "季度检查",
                            (("办公室", "A柜钥匙一人保管"), ("科研一部", "2份载体未登记"), ("", " ")))
    done = inspections.record(world.clerk, draft)
    assert done.number.startswith("JC-") and [f.problem for f in done.findings] == ["A柜钥匙一人保管", "2份载体未登记"]
    first = done.findings[0]
    with pytest.raises(PermissionDenied):
        inspections.issue_notice(world.clerk, first.id, "建立双人保管制度", today + timedelta(days=20))
    officer = as_role(world, "officer1")
    with pytest.raises(InvalidInput, match="整改要求"):
        inspections.issue_notice(officer, first.id, " ", today + timedelta(days=20))
    issued = inspections.issue_notice(officer, first.id, "建立双人保管制度", today + timedelta(days=20))
    assert issued.notice.startswith("ZG-") and issued.issued_by
    with pytest.raises(InvalidInput, match="尚未交回"):
        inspections.recheck(officer, issued.notice, True, "合格")
    clerk = as_role(world, "clerk1")
    inspections.record_report(clerk, issued.notice, "已改为双人保管，钥匙分存")
    officer = as_role(world, "officer1")
    with pytest.raises(InvalidInput, match="新的整改期限"):
        inspections.recheck(officer, issued.notice, False, "登记本未建立")
    again = inspections.recheck(officer, issued.notice, False, "登记本未建立", new_due=today + timedelta(days=7))
    assert again.closed_on is None and again.due_on == today + timedelta(days=7)
    assert [f.notice for f in inspections.open_notices(officer)] == [issued.notice]
    with pytest.raises(InvalidInput, match="尚未交回"):  # a failed re-check waits for a new written report
        inspections.recheck(officer, issued.notice, True, "复查合格")
    clerk = as_role(world, "clerk1")
    inspections.record_report(clerk, issued.notice, "已建立钥匙登记本")
    officer = as_role(world, "officer1")
    closed = inspections.recheck(officer, issued.notice, True, "复查合格")
    assert closed.closed_on == today and inspections.open_notices(officer) == []
    text = pdf_text(inventory_prints.rectification_form(officer, issued.notice))
    assert issued.notice in text and "建立双人保管制度" in text and "复查合格" in text and "回执" in text


def test_the_inventory_and_incident_forms_carry_the_records(world):
    number = inventory.start(world.clerk, ScopeKind.ALL).row.number
    inventory.scan(world.clerk, number, world.number("secret"))
    draft = pdf_text(inventory_prints.inventory_form(world.clerk, number))
    assert "草稿" in draft and world.number("secret") in draft and world.number("top") in draft
    inventory.finish(world.clerk, number, [world.badge("core"), world.badge("head")])
    final = pdf_text(inventory_prints.inventory_form(world.clerk, number))
    assert "草稿" not in final and "张红" in final and "李主任" in final
    top = world.number("top")
    missing.mark_missing(world.clerk, top, place="机要室", finder="王保密")
    later = clock.now() + timedelta(days=11)
    with clock.replaced(lambda: later):
        (incident,) = missing.escalate_due(world.clerk)
    text = pdf_text(inventory_prints.incident_form(world.clerk, incident.number))
    assert incident.number in text and top in text and "机要室" in text and "文件" not in text.split(top)[1][:20]
