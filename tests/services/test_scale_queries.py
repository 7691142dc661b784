"""The queries rewritten to stay fast at a million carriers (issue 18) answer exactly what
the plain queries they replace answer: the issuers offered for a 清退 list, the count of
carriers whose term has ended (今日提醒), a borrower's overdue carriers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.model import Source
from secdesk.domain.carriers.terms import Term
from secdesk.domain.lifecycle.rules import TransferKind
from secdesk.services import carriers, lending, reminders, transfers
from secdesk.services.lending import Approval
from secdesk.services.transfers import TransferRequest
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import loans as loan_rows
from tests.lending_world import BASE, build_world


@pytest.fixture
def world(staffed_vault):
    return build_world(staffed_vault)


def _plain_issuers(conn) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT origin_unit FROM carriers NOT INDEXED WHERE source = ? AND origin_unit != '' "
        "AND state = '在库' ORDER BY origin_unit", (Source.RECEIVED.value,))]


def test_the_issuers_offered_are_the_units_with_a_received_carrier_still_in_the_room(world):
    clerk = world.clerk
    received = replace(BASE, source=Source.RECEIVED)
    for unit, copies in (("省保密局", 2), ("B单位", 1), ("A单位", 3), ("Z单位", 1)):
        carriers.register(clerk, replace(received, title=f"{unit}来文", origin_unit=unit), copies=copies)
    carriers.register(clerk, replace(BASE, source=Source.SELF_MADE, title="自制件", origin_unit="自己单位"))
    (gone,) = carriers.register(clerk, replace(received, title="清退件", origin_unit="C单位"))
    (out,) = carriers.register(clerk, replace(received, title="借出件", origin_unit="D单位"))
    transfers.transfer(clerk, TransferRequest(TransferKind.RETURN, (gone.number,), "C单位", "刘接收", "王保密",
                                              "李主任"))
    lending.lend(clerk, out.number, world.badge("general"), Approval(world.badge("head"), "审批-1"))
    found = transfers.issuers(clerk)
    assert found == _plain_issuers(clerk.vault.conn)
    assert {"省保密局", "B单位", "A单位", "Z单位"} <= set(found) and found == sorted(found)
    assert {"C单位", "D单位", "自己单位"}.isdisjoint(found)


def test_the_term_reminder_counts_what_the_review_list_lists(world):
    clerk = world.clerk
    for year in (2020, 2021, 2024):
        carriers.register(clerk, replace(BASE, title=f"{year}年旧文件", term=Term.years(1),
                                         issue_date=date(year, 1, 1)))
    listed = carriers.due_for_review(clerk)
    assert carrier_rows.term_ended_count(clerk.vault.conn, clock.now().date()) == len(listed) >= 3
    texts = [r.text for r in reminders.lifecycle_reminders(clerk) if r.kind == "解密审查"]
    assert texts == [f"{len(listed)}件载体保密期限已届满，待解密审查"]


def test_a_borrowers_overdue_carriers_are_those_past_due(world):
    clerk = world.clerk
    badge, approval = world.badge("general"), Approval(world.badge("head"), "审批-2")
    numbers = [world.number(k) for k in ("confidential", "confidential2", "internal")]
    for number in numbers:
        lending.lend(clerk, number, badge, approval)
    person = lending.borrower(clerk, badge)
    conn = clerk.vault.conn
    with clerk.vault.transaction() as c:  # the first two fell due yesterday and the day before
        for days, number in ((1, numbers[0]), (2, numbers[1])):
            c.execute("UPDATE loans SET due_on = date(?, ?) WHERE returned_at IS NULL AND carrier_id = "
                      "(SELECT id FROM carriers WHERE number = ?)", (clock.now().date().isoformat(),
                                                                     f"-{days} days", number))
    assert loan_rows.overdue_numbers(conn, person.id, clock.now()) == [numbers[1], numbers[0]]
