"""The demo's inventory and inspection: this week a cabinet was counted (one carrier not
found and registered 下落不明, its clock running) and a self-inspection found a problem
the officer has issued a 整改通知书 for."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from secdesk.domain import clock
from secdesk.domain.carriers.model import State
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.inventory.reconcile import ScopeKind
from secdesk.domain.personnel.model import Status
from secdesk.services import carriers, inspections, inventory, personnel
from secdesk.services.inspections import InspectionDraft, Kind
from secdesk.services.session import Session


def count_a_cabinet(clerk: Session) -> None:
    """An inventory of the fullest cabinet; every carrier but one (classified) is scanned."""
    held = carriers.page(clerk, RegisterQuery(states=frozenset({State.IN_ROOM})), limit=2000)
    location = Counter(c.draft.location for c in held if c.draft.location).most_common(1)[0][0]
    number = inventory.start(clerk, ScopeKind.LOCATION, location).row.number
    here = [c for c in held if c.draft.location == location]
    lost = next((c for c in reversed(here) if c.draft.level.rank >= 1), here[-1])  # a state secret: its clock runs
    for carrier in here:
        if carrier is not lost:
            inventory.scan(clerk, number, carrier.number)
    staff = [p.badge for p in personnel.list_persons(clerk, status=Status.ON_DUTY.value)][:2]
    inventory.finish(clerk, number, staff, "月度自查", mark_missing=True)


def self_inspection(clerk: Session) -> int:
    """A self-inspection with two findings; returns the first finding's id."""
    today = clock.now().date()
    done = inspections.record(clerk, InspectionDraft(
        today - timedelta(days=2), Kind.SELF, "王保密、李建国", "保密室及各部门", "月度保密自查",
        (("办公室", "A柜钥匙由一人保管，未实行双人管理"), ("科研一部", "2名涉密人员本年度培训学时不足"))))
    return done.findings[0].id


def issue_notice(officer: Session, finding_id: int) -> None:
    """The officer's 整改通知书 for the first finding, due in two weeks."""
    inspections.issue_notice(officer, finding_id, "建立钥匙双人保管制度，钥匙分人保管并登记",
                             clock.now().date() + timedelta(days=14))
