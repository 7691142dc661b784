"""The audit log holds only real attempts: signing in as each role on the demo database and
opening every page and tab writes no 失败 event; a real refusal is explained in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from secdesk.demo.main import DEMO_PASSWORD, build_demo
from secdesk.domain.errors import PermissionDenied
from secdesk.gui.shell.main_window import MainWindow
from secdesk.services import accounts, audit_log
from secdesk.services.session import sign_in
from secdesk.storage.keyfile import KdfParams


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The demo database (cheap key derivation), built once for this file."""
    path = tmp_path_factory.mktemp("demo") / "secdesk-demo.db"
    build_demo(path, kdf=KdfParams.minimal())
    return path


def _failures(worker, db) -> list:
    session = worker.run_now(sign_in, db, "auditor", DEMO_PASSWORD, kdf=KdfParams.minimal())
    try:
        return worker.run_now(audit_log.find_events, session, audit_log.AuditFilter(result="failed"), 10_000)
    finally:
        worker.run_now(session.close)


def _visit_every_page(qtbot, worker, window: MainWindow) -> list[str]:
    seen = []
    for row in range(window.nav.count()):
        if window.nav.item(row).isHidden():
            continue
        window.nav.setCurrentRow(row)
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        seen.append(window.nav.item(row).text())
        for tabs in window.pages.currentWidget().findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    return seen


@pytest.mark.parametrize("role", ["clerk", "officer", "auditor", "admin"])
def test_visiting_every_page_writes_no_failure(qtbot, worker, network, demo_db, role):
    """No page asks a service for what the role may not do (the clerk's 设置 no longer
    lists the accounts: no red 查看账户 失败 at every sign-in)."""
    before = {e.seq for e in _failures(worker, demo_db)}
    session = worker.run_now(sign_in, demo_db, role, DEMO_PASSWORD, kdf=KdfParams.minimal())
    window = MainWindow(worker, session, network[1])
    qtbot.addWidget(window)
    window.show()
    seen = _visit_every_page(qtbot, worker, window)
    window.sign_out()
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    new = [(e.account, e.event, e.detail) for e in _failures(worker, demo_db) if e.seq not in before]
    assert seen and new == []


def test_the_clerks_settings_page_says_why_there_are_no_accounts(qtbot, worker, staffed_vault, network):
    """The clerk's 设置: no accounts table, one line naming who manages accounts."""
    staffed_vault.close()
    session = staffed_vault.sign_in("clerk1")
    window = MainWindow(worker, session, network[1])
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(7)
    panel = window.settings_page.accounts
    assert panel.closed_label.isVisible() and not panel.table.isVisible()
    assert not panel.add_button.isVisible()


def test_a_refusal_is_recorded_in_chinese_only(worker, staffed_vault):
    """A real refusal's 说明 in the audit log is the Chinese message, without the English gloss."""
    staffed_vault.close()
    clerk = staffed_vault.sign_in("clerk1")
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(clerk)
    clerk.close()
    auditor = staffed_vault.sign_in("auditor1")
    events = audit_log.find_events(auditor, audit_log.AuditFilter(result="failed"))
    detail = next(e.detail for e in events if e.event == "account.list")
    assert detail.startswith("当前账户（保密员）无权执行此操作")
    assert "(" not in detail and "allow" not in detail
