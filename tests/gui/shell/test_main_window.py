"""The main window: idle lock, unlock, network warning, role-limited pages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secdesk.services import audit_log
from secdesk.services.audit_log import AuditFilter
from secdesk.domain.errors import VaultInUse
from secdesk.gui.shell.main_window import MainWindow
from secdesk.storage.instance_lock import InstanceLock


def open_window(qtbot, worker, vault, network, name, idle_ms=60_000) -> MainWindow:
    vault.close()
    session = vault.sign_in(name)
    window = MainWindow(worker, session, network[1], idle_ms=idle_ms)
    qtbot.addWidget(window)
    window.show()
    return window


def test_no_input_locks_hides_data_and_closes_the_database(qtbot, worker, staffed_vault, network):
    """With no input the window locks: the lock screen shows, tables are emptied, the vault is closed."""
    window = open_window(qtbot, worker, staffed_vault, network, "auditor1")
    window.nav.setCurrentRow(6)
    qtbot.waitUntil(lambda: len(window.audit_page.model.rows) > 0, timeout=5000)
    window.idle.set_timeout(80)
    vault = window.session.vault
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.session is None
    assert window.audit_page.model.rowCount() == 0
    assert window.settings_page.accounts.table.rowCount() == 0
    assert not window.menuBar().isEnabled()
    qtbot.waitUntil(lambda: not worker.busy, timeout=3000)
    assert _released(vault.path)


def _released(db_path) -> bool:
    """True if another process could open the file now (the vault let go of it)."""
    lock = InstanceLock(db_path)
    try:
        lock.acquire()
    except VaultInUse:
        return False
    lock.release()
    return True


def test_input_keeps_the_window_open(qtbot, worker, staffed_vault, network):
    """Typing now and then keeps the idle timer from locking the window."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1", idle_ms=400)
    for _ in range(8):
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        qtbot.wait(120)
    assert not window.locked
    assert window.session is not None


def test_unlock_needs_the_password_and_is_audited(qtbot, worker, staffed_vault, network):
    """A wrong password keeps the lock with a message; the right one reopens; both are audited."""
    window = open_window(qtbot, worker, staffed_vault, network, "auditor1")
    window.lock()
    ui = window.lock_screen.ui
    qtbot.keyClicks(ui.passwordEdit, "wrong-password")
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.messageLabel.text() != "", timeout=5000)
    assert "口令不正确" in ui.messageLabel.text()
    assert window.locked
    qtbot.keyClicks(ui.passwordEdit, staffed_vault.passwords["auditor1"])
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    events = worker.run_now(audit_log.find_events, window.session, AuditFilter())
    kinds = [e.event for e in events]
    assert "screen.lock" in kinds and "screen.unlock" in kinds
    assert any(e.event == "signin" and e.result == "failed" for e in events)


def test_network_up_shows_the_red_warning(qtbot, worker, staffed_vault, network):
    """An interface coming up turns the banner and the status bar red with the rule."""
    probe, watch = network
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    assert window.banner.isHidden()
    probe.up = ["eth0"]
    watch.poll()
    assert window.banner.isVisible()
    assert "涉密计算机不得联网" in window.banner.text() and "eth0" in window.banner.text()
    assert "已联网" in window.network_label.text()
    probe.up = []
    watch.poll()
    assert window.banner.isHidden()


def test_audit_page_is_closed_to_the_clerk(qtbot, worker, staffed_vault, network):
    """The clerk's side bar has no 审计; asked for in code, the page says who may open it."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    assert window.nav.item(6).isHidden()
    window.nav.setCurrentRow(6)
    assert window.pages.currentWidget() is window.no_access
    assert window.no_access.heading.text() == "审计"
    assert "安全审计员" in window.no_access.body.text()


def test_the_side_bar_opens_each_page(qtbot, worker, staffed_vault, network):
    """销毁与流转 opens the lifecycle page, 清点 the inventory page and 报表 the reports page."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["台账", "借阅", "人员", "销毁与流转", "清点", "报表", "审计", "设置"]
    window.nav.setCurrentRow(3)
    assert window.pages.currentWidget() is window.lifecycle_page
    window.nav.setCurrentRow(4)
    assert window.pages.currentWidget() is window.inventory_page
    tabs = window.inventory_page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["清点", "下落不明与泄密事件", "检查与整改", "季度台账"]
    window.nav.setCurrentRow(5)
    assert window.pages.currentWidget() is window.reports_page


def test_the_clerk_lands_on_the_scan_station_and_the_auditor_on_the_loans(qtbot, worker, staffed_vault, network):
    """借阅 opens the station for the clerk (focus in the scan field); the auditor sees only the loans."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    window.nav.setCurrentRow(1)
    page = window.lending_page
    assert window.pages.currentWidget() is page and page.tabs.currentWidget() is page.station
    qtbot.waitUntil(lambda: page.station.ui.scanEdit.hasFocus(), timeout=3000)
    window.close()
    staffed_vault.close()
    window = open_window(qtbot, worker, staffed_vault, network, "auditor1")
    window.nav.setCurrentRow(1)
    page = window.lending_page
    assert not page.tabs.isTabVisible(0) and page.tabs.currentWidget() is page.loans


def test_status_bar_names_account_role_and_file(qtbot, worker, staffed_vault, network):
    """The status bar shows who is signed in, in which role, on which file."""
    window = open_window(qtbot, worker, staffed_vault, network, "officer1")
    assert "officer1" in window.account_label.text()
    assert "安全保密管理员" in window.account_label.text()
    assert str(staffed_vault.db_path) in window.db_label.text()
