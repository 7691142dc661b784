"""The 报表 page: the charts show the vault's figures (the widget's data model and the
table under it), each role is offered only the printouts it may make and visiting all of
them writes no refused (red) event, a printout opens the usual preview, the charts print,
the lock drops everything, and the main window carries the page."""

from __future__ import annotations

import pytest

from secdesk.domain.carriers.levels import Level
from secdesk.services import lending, statistics
from secdesk.services.lending import Approval
from secdesk.storage import audit
from secdesk.gui.reports.bar_chart import BarChart
from secdesk.gui.reports.reports_page import ReportsPage
from secdesk.gui.shell.main_window import MainWindow
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from tests.lending_world import build_world
from tests.pdf_text import pdf_text

CLERK_ONLY = {"labels", "slip"}
FILE_READERS = {"person", "training"}  # READ_PERSONNEL_FILE: officer and auditor
OFFICER_ONLY = {"badges"}


@pytest.fixture
def world(staffed_vault):
    """Six carriers (one of each level and more), two of them lent."""
    world = build_world(staffed_vault)
    lending.lend(world.clerk, world.number("internal"), world.badge("general"))
    lending.lend(world.clerk, world.number("secret"), world.badge("important"), Approval(world.badge("head"), "审批-1"))
    return world


@pytest.fixture
def previews(monkeypatch):
    """The PDFs the preview would have shown (the modal dialog is not opened)."""
    shown: list[tuple[str, bytes]] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append((self.title, self.data)) or 0)
    return shown


def page_for(qtbot, worker, vault, account: str) -> ReportsPage:
    vault.close()
    session = vault.sign_in(account)
    page = ReportsPage(worker)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.set_session(session)
    page.show()
    return page


def failed_events(worker, session) -> list[str]:
    return [f"{e.event} {e.detail}" for e in worker.run_now(audit.events, session.vault.conn, "result = 'failed'")]


def test_the_officer_sees_the_charts_with_the_vaults_numbers(qtbot, worker, world, staffed_vault):
    """The officer opens on 统计概况; each chart widget holds the service's figures, the
    table under it the same numbers: 机密 1 借出, 内部 1 借出, 6 on the register."""
    page = page_for(qtbot, worker, staffed_vault, "officer1")
    tab = page.statistics
    assert page.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.sheet is not None, timeout=5000)
    expected = {c.key: c for c in worker.run_now(statistics.room, page.session).charts}
    for card in tab.cards:
        assert isinstance(card.chart_view, BarChart)
        assert card.chart_view.chart == expected[card.key]
    holdings = tab.card("holdings").chart_view.chart
    assert holdings.value("借出", Level.SECRET.value) == 1 and holdings.value("借出", Level.INTERNAL.value) == 1
    assert sum(holdings.total(i) for i in range(4)) == 6
    table = tab.card("holdings").table
    total_row = [table.item(table.rowCount() - 1, c).text() for c in range(table.columnCount())]
    assert total_row == ["合计", "4", "2", "0", "0", "6", "0", "0", "0"]
    loans = tab.card("loans").chart_view.chart
    assert sum(loans.series[0].values) == 2
    chart = tab.card("holdings").chart_view
    assert chart.grab().width() > 0 and chart.category_at(chart.plot_rect().left() + 1) == 0
    assert "借出：1" in chart.tooltip_text(1)


@pytest.mark.parametrize("account, present, absent", [
    ("clerk1", CLERK_ONLY | {"register", "loans", "quarterly", "statistics", "roster"}, FILE_READERS | OFFICER_ONLY),
    ("officer1", FILE_READERS | OFFICER_ONLY | {"register", "destruction"}, CLERK_ONLY),
    ("auditor1", FILE_READERS | {"register", "inventory", "leaving"}, CLERK_ONLY | OFFICER_ONLY),
])
def test_each_role_sees_only_its_printouts_and_visiting_them_refuses_nothing(
        qtbot, worker, world, staffed_vault, account, present, absent):
    """The list holds what the role may make; choosing every entry (which reads its lists
    on the worker) leaves no 失败 event in the audit log."""
    page = page_for(qtbot, worker, staffed_vault, account)
    keys = set(page.catalogue.keys)
    assert present <= keys and not keys & absent
    for key in page.catalogue.keys:
        page.catalogue.choose(key)
        qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    page.tabs.setCurrentWidget(page.statistics)
    qtbot.waitUntil(lambda: page.statistics.sheet is not None, timeout=5000)
    assert failed_events(worker, page.session) == []


def test_the_administrator_is_told_and_nothing_is_asked(qtbot, worker, world, staffed_vault):
    page = page_for(qtbot, worker, staffed_vault, "admin")
    assert page.stack.currentWidget() is page.no_access
    assert page.catalogue.keys == [] and page.statistics.sheet is None
    qtbot.wait(100)
    assert failed_events(worker, page.session) == []


def test_the_clerk_opens_on_the_catalogue_and_a_printout_opens_the_preview(
        qtbot, worker, world, staffed_vault, previews):
    """表2 for the default period: made on the worker by the lending service, shown in the
    preview; a required record left empty is asked for instead."""
    page = page_for(qtbot, worker, staffed_vault, "clerk1")
    assert page.tabs.currentWidget() is page.catalogue
    panel = page.catalogue.choose("loans")
    panel.button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=5000)
    title, pdf = previews[0]
    assert title == panel.printout.title and "涉密载体借阅登记表" in pdf_text(pdf)
    panel = page.catalogue.choose("copy_job")
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    panel.button.click()
    assert panel.message.text().startswith("请先选择或填写") or "first" in panel.message.text()
    assert len(previews) == 1


def test_a_holding_print_uses_the_borrower_chosen(qtbot, worker, world, staffed_vault, previews):
    page = page_for(qtbot, worker, staffed_vault, "clerk1")
    panel = page.catalogue.choose("holdings")
    field = panel.fields["borrower"]
    qtbot.waitUntil(lambda: field.count() == 2, timeout=5000)
    field.setCurrentIndex(field.findData(world.badge("important")))
    panel.button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=5000)
    assert world.number("secret") in pdf_text(previews[0][1])


def test_a_chart_prints_its_report(qtbot, worker, world, staffed_vault, previews):
    """打印此图 makes the statistics report of that chart alone; 打印全部图表 of all five."""
    page = page_for(qtbot, worker, staffed_vault, "officer1")
    tab = page.statistics
    qtbot.waitUntil(lambda: tab.sheet is not None, timeout=5000)
    tab.card("holdings").print_button.click()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=5000)
    text = pdf_text(previews[0][1])
    assert "在册载体（按密级、状态）" in text and "借阅与逾期" not in text
    tab.print_all.click()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=5000)
    assert all(c.title in pdf_text(previews[1][1]) for c in tab.sheet.charts)


def test_the_lock_drops_the_figures_and_the_lists(qtbot, worker, world, staffed_vault):
    page = page_for(qtbot, worker, staffed_vault, "officer1")
    qtbot.waitUntil(lambda: page.statistics.sheet is not None, timeout=5000)
    page.set_session(None)
    assert page.statistics.sheet is None
    assert all(card.chart_view.chart is None and card.table.rowCount() == 0 for card in page.statistics.cards)
    assert page.catalogue.keys == [] and page.catalogue.list.count() == 0


def test_the_main_window_carries_the_page(qtbot, worker, world, staffed_vault, network):
    staffed_vault.close()
    window = MainWindow(worker, staffed_vault.sign_in("auditor1"), network[1], idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("报表"))
    assert window.pages.currentWidget() is window.reports_page
    assert window.reports_page.tabs.currentWidget() is window.reports_page.statistics
    assert "quarterly" in window.reports_page.catalogue.keys
    qtbot.waitUntil(lambda: window.reports_page.statistics.sheet is not None, timeout=5000)
