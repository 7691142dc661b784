"""The statistics of the room (报表 → 统计概况): a vault seeded with known carriers, loans
(late, on time, a 绝密 loan back after 18:00, one undone), a missing carrier, a voided
entry, an inventory and an overdue rectification notice — every figure counted as the
rules say, and only for roles that may read the register."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pypdfium2
import pytest

from secdesk.domain import clock
from secdesk.domain.carriers.model import CarrierType
from secdesk.domain.errors import PermissionDenied
from secdesk.domain.inventory.reconcile import ScopeKind
from secdesk.services import carriers, inspections, inventory, lending, missing, statistics
from secdesk.services.inspections import InspectionDraft
from secdesk.services.lending import Approval
from secdesk.storage import audit
from tests.lending_world import BASE, build_world

TZ = timezone(timedelta(hours=8))
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=TZ)


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


def lend(world, key: str, who: str, when: datetime, approved: bool = False):
    with clock.replaced(lambda: when):
        approval = Approval(world.badge("head"), "审批-1") if approved else None
        return lending.lend(world.clerk, world.number(key), world.badge(who), approval)


def give_back(world, key: str, when: datetime) -> None:
    with clock.replaced(lambda: when):
        lending.give_back(world.clerk, world.number(key), whole=True)


@pytest.fixture
def seeded(staffed_vault):
    """The lending world with a known history (see the module docstring)."""
    world = build_world(staffed_vault)
    clerk = world.clerk
    lend(world, "internal", "general", at(2, 10))  # due 02-25, back 03-02: late (due month 2)
    give_back(world, "internal", at(3, 2))
    lend(world, "confidential", "general", at(3, 5, 9), approved=True)  # due 03-20, back 03-10
    give_back(world, "confidential", at(3, 10))
    lend(world, "top", "core", at(4, 8), approved=True)  # 绝密, due the same day, back 19:00: late
    give_back(world, "top", at(4, 8, 19))
    lend(world, "top", "core", at(4, 9, 9), approved=True)  # back 17:00: in time
    give_back(world, "top", at(4, 9, 17))
    lend(world, "secret", "important", at(5, 20), approved=True)  # due 05-27, still out: late
    lend(world, "confidential2", "general", at(6, 10), approved=True)  # due 06-25, out, in time
    undone = lend(world, "confidential", "core", at(6, 11), approved=True)
    with clock.replaced(lambda: at(6, 11) + timedelta(seconds=20)):
        lending.undo(clerk, undone.id)  # not a loan
    void = carriers.register(clerk, BASE)[0]
    carriers.void(clerk, void.number, "登记错误")
    with clock.replaced(lambda: at(6, 12)):
        missing.mark_missing(clerk, world.number("scoped"), place="A柜")  # 秘密: 60 days to 08-11
    with clock.replaced(lambda: at(6, 13)):
        run = inventory.start(clerk, ScopeKind.ALL)
        inventory.scan(clerk, run.row.number, world.number("top"))
        inventory.scan(clerk, run.row.number, world.number("internal"))
        inventory.finish(clerk, run.row.number, [world.badge("core"), world.badge("head")])
    with clock.replaced(lambda: at(5, 1)):
        row = inspections.record(clerk, InspectionDraft(date(2026, 5, 1), "自查", "李主任",
                                                        problems=(("办公室", "钥匙一人保管"),)))
    staffed_vault.close()
    officer = staffed_vault.sign_in("officer1")
    with clock.replaced(lambda: at(5, 1)):
        inspections.issue_notice(officer, row.findings[0].id, "双人管理", date(2026, 5, 20))  # overdue by 06-15
    return world, officer, run.row.number


def charts(session):
    return {c.key: c for c in statistics.room(session, NOW).charts}


def test_carriers_by_level_and_state_leave_out_the_voided_entry(seeded):
    """在册载体: 绝密 1 在库; 机密 1 借出; 秘密 1 在库, 1 借出, 1 下落不明; 内部 1 在库 — the
    voided 秘密 entry nowhere; the 合计 row adds up."""
    world, officer, _ = seeded
    chart = charts(officer)["holdings"]
    assert chart.categories == ("绝密", "机密", "秘密", "内部")
    assert {s.name: s.values for s in chart.series} == {
        "在库": (1, 0, 1, 1), "借出": (0, 1, 1, 0), "外出": (0, 0, 0, 0), "下落不明": (0, 0, 1, 0)}
    assert chart.rows[-1] == ("合计", "3", "2", "0", "1", "6", "0", "0", "0")
    assert chart.rows[2] == ("秘密", "1", "1", "0", "1", "3", "0", "0", "0")


def test_carriers_by_type_and_level(seeded):
    """在册载体 by 类别: 纸介质 1 绝密 + 1 机密 + 3 秘密; U盘 1 内部; every other type 0."""
    world, officer, _ = seeded
    chart = charts(officer)["types"]
    assert chart.categories == tuple(t.value for t in CarrierType)
    assert [chart.value(lv, "纸介质") for lv in ("绝密", "机密", "秘密", "内部")] == [1, 1, 3, 0]
    assert chart.value("内部", "U盘") == 1
    assert sum(chart.total(i) for i in range(len(chart.categories))) == 6
    assert chart.rows[-1] == ("合计", "1", "1", "3", "1", "6")


def test_loans_and_overdue_per_month(seeded):
    """Loans made by month (the undone one not counted) and loans not back in time by the
    month they were due: the late return of February, the 绝密 loan back after 18:00 in
    April, the 机密 loan still out since May; two out now, one of them overdue."""
    world, officer, _ = seeded
    chart = charts(officer)["loans"]
    assert len(chart.categories) == 12 and chart.categories[0] == "7月\n2025" and chart.categories[-1] == "6月"
    lent, late = (dict(zip(chart.categories, s.values)) for s in chart.series)
    assert [lent[m] for m in ("2月", "3月", "4月", "5月", "6月")] == [1, 1, 2, 1, 1]
    assert [late[m] for m in ("2月", "3月", "4月", "5月", "6月")] == [1, 0, 1, 1, 0]
    assert sum(lent.values()) == 6 and sum(late.values()) == 3
    assert chart.rows[0][-1] == "6" and chart.rows[1][-1] == "3"
    assert "当前在借2件，其中逾期1件" in chart.note


def test_inventory_results_counted_from_the_frozen_result(seeded):
    """The finished inventory: 2 scanned and matching, 2 lent (在外), 2 not found (the one
    left in the room and the one already 下落不明), nothing unexpected; 应有 and 实有 as the
    session froze them."""
    world, officer, number = seeded
    chart = charts(officer)["inventory"]
    view = inventory.view(officer, number)
    assert chart.categories == (f"{number}\n2026-06-13",)
    assert {s.name: s.values[0] for s in chart.series} == {"相符": 2, "在外": 2, "未找到": 2, "异常": 0}
    assert chart.rows == ((number, "2026-06-13", "全部载体", str(view.reconciliation.expected_here),
                           str(view.reconciliation.found_here), "2", "2", "2", "0"),)
    assert view.reconciliation.found_here == 2


def test_open_matters_with_their_deadlines(seeded):
    """One carrier 下落不明 within its 60 days, no incident, one notice past its due date."""
    world, officer, _ = seeded
    chart = charts(officer)["open"]
    assert chart.categories == ("下落不明", "泄密事件", "整改通知书")
    assert {s.name: s.values for s in chart.series} == {"期限内": (1, 0, 0), "已逾期": (0, 0, 1)}
    assert chart.rows[0] == ("下落不明", "1", "0", "2026-08-11")
    assert [d[:2] for d in chart.details] == [("下落不明", world.number("scoped")), ("整改通知书", "ZG-2026-001")]
    assert chart.details[1][-1] == "已逾期"


def test_an_empty_vault_has_zeros_and_no_inventory(staffed_vault):
    """Nothing registered: every count 0, no inventory bar, the value axis still 0 to 1."""
    staffed_vault.close()
    auditor = staffed_vault.sign_in("auditor1")
    found = charts(auditor)
    assert all(v == 0 for s in found["holdings"].series for v in s.values)
    assert found["inventory"].categories == () and found["inventory"].rows == ()
    assert found["loans"].scale() == (1, 1)


@pytest.mark.parametrize("peak, expected", [(1, (1, 1)), (7, (8, 2)), (46, (50, 10)), (79, (80, 20)),
                                            (118, (150, 50)), (1003, (1500, 500))])
def test_the_value_axis_has_round_steps(peak, expected):
    """At most five steps of 1, 2 or 5 × 10ⁿ, the top at or above the tallest bar."""
    chart = statistics.StatChart("k", "t", ("a",), (statistics.ChartSeries("s", (peak,)),))
    top, step = chart.scale()
    assert str(step).strip("0") in ("1", "2", "5") and top >= peak and top % step == 0 and top // step <= 5
    assert (top, step) == expected


def test_the_administrator_may_not_read_them_and_the_refusal_is_audited(staffed_vault):
    """The service refuses a role without the register (the page never asks: see the GUI test)."""
    with pytest.raises(PermissionDenied):
        statistics.room(staffed_vault.session)
    events = audit.events(staffed_vault.session.vault.conn, "event = 'statistics.read'")
    assert [e.result for e in events] == ["failed"]


def test_the_printed_report_is_audited_with_what_it_holds(seeded):
    """统计报表 printed: one event naming the charts."""
    world, officer, _ = seeded
    with clock.replaced(lambda: NOW):
        pdf = statistics.report_pdf(officer, ("loans",))
    text = " ".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf))
    assert "借阅（次） 0 0 0 0 0 0 0 1 1 2 1 1 6" in " ".join(text.split())  # 2025-07 … 2026-06, 合计
    assert "逾期（次）" in text and "统计截至" in text
    (event,) = audit.events(officer.vault.conn, "event = 'statistics.print'")
    assert event.detail == "统计报表：借阅与逾期（近12个月）"
