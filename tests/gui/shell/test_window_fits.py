"""The window on a small screen: it fits 1280×720 with every button inside it, starts
maximised and comes back as it was left; 视图 reopens 今日提醒; each role sees only its
pages and starts on the first; approvals are chosen by name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QScrollArea, QTabWidget

from secdesk.domain.roles import Role
from tests.gui.shell.test_main_window import open_window

ROLES = ["clerk1", "officer1", "auditor1", "admin"]
PAGES = ["台账", "借阅", "人员", "销毁与流转", "清点", "报表", "审计", "设置"]


def _buttons_outside(window) -> list[str]:
    """Visible buttons (and scrolled areas) of the current page that do not lie wholly
    inside the window; a button in a scrolled area is reached by scrolling."""
    inside = QRect(QPoint(0, 0), window.size())
    outside = []
    page = window.pages.currentWidget()
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QScrollArea):
        if not widget.isVisible() or widget.width() == 0 or _scrolled(widget, page):
            continue
        box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not inside.contains(box):
            outside.append(getattr(widget, "text", widget.objectName)() or type(widget).__name__)
    return outside


def _scrolled(widget, page) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("name", ROLES)
def test_every_page_fits_1280_by_720(qtbot, worker, staffed_vault, network, name):
    """The window may be as small as 1280×720 (less the taskbar); at that size no button
    of any page or tab falls outside it."""
    window = open_window(qtbot, worker, staffed_vault, network, name)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 680
    window.resize(1280, 680)
    for row in range(window.nav.count()):
        if window.nav.item(row).isHidden():
            continue
        window.nav.setCurrentRow(row)
        tab_sets = window.pages.currentWidget().findChildren(QTabWidget) or [None]
        for tabs in tab_sets:
            for index in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(index)
                QApplication.processEvents()
                assert _buttons_outside(window) == [], window.nav.item(row).text()


def test_the_window_starts_maximised_then_as_it_was_left(qtbot, worker, staffed_vault, network):
    """First start: maximised. Closed at 1100×650, it opens again at that size, not maximised
    (the offscreen test screen is 800 wide, so only the height is restored exactly)."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    window.hide()
    window.show_restored()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.showNormal()
    window.resize(1100, 650)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1100, 650), timeout=2000)
    window.close()
    again = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    again.hide()
    again.show_restored()
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.height() == 650


def test_the_view_menu_reopens_today_closed_with_the_cross(qtbot, worker, staffed_vault, network):
    """今日提醒 closed with × comes back from 视图 → 今日提醒 (checkable) or with F9."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    assert window.reminders.isVisible()
    window.reminders.close()
    action = window.reminders_action
    assert action.isCheckable() and not action.isChecked()
    assert action in window.menuBar().actions()[1].menu().actions()
    assert action.shortcut().toString() == "F9"
    action.trigger()
    assert window.reminders.isVisible()
    window.reminders.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.nav, Qt.Key.Key_F9)
    assert window.reminders.isVisible()


@pytest.mark.parametrize("name, pages", [
    ("admin", ["设置"]),
    ("clerk1", ["台账", "借阅", "人员", "销毁与流转", "清点", "报表", "设置"]),
    ("officer1", ["台账", "借阅", "人员", "销毁与流转", "清点", "报表", "设置"]),
    ("auditor1", PAGES),
])
def test_each_role_sees_only_its_pages_and_starts_on_the_first(qtbot, worker, staffed_vault, network, name, pages):
    """The side bar lists only the pages the role may use; the window opens on the first
    (the administrator on 设置, not on a 无权 page)."""
    window = open_window(qtbot, worker, staffed_vault, network, name)
    shown = [window.nav.item(r).text() for r in range(window.nav.count()) if not window.nav.item(r).isHidden()]
    assert shown == pages
    assert window.nav.currentItem().text() == pages[0]
    assert window.pages.currentWidget() is window.pages_by_title[pages[0]]


def test_a_page_asked_for_without_the_right_carries_its_own_title(qtbot, worker, staffed_vault, network):
    """借阅 and 清点 asked for by the administrator say 借阅 and 清点, not 涉密载体台账."""
    window = open_window(qtbot, worker, staffed_vault, network, "admin")
    for title in ("借阅", "清点"):
        window.nav.setCurrentRow(PAGES.index(title))
        assert window.pages.currentWidget() is window.no_access
        assert window.no_access.heading.text() == title


def test_approvals_are_chosen_by_name(qtbot, worker, staffed_vault, network):
    """The officer's approval settings are named choices, only those the level allows."""
    from secdesk.gui.shell.settings_page import approval_names

    staffed_vault.add_user("officer2", Role.OFFICER)
    window = open_window(qtbot, worker, staffed_vault, network, "officer1")
    editors = window.settings_page.editors
    names = approval_names()
    secret = editors["lending.approval.秘密"]
    assert isinstance(secret, QComboBox)
    assert [secret.itemText(i) for i in range(secret.count())] == list(names.values())
    assert [secret.itemData(i) for i in range(secret.count())] == [0, 1, 2]
    top = editors["lending.approval.绝密"]
    assert [top.itemData(i) for i in range(top.count())] == [2]
    qtbot.waitUntil(lambda: secret.currentData() == 1, timeout=3000)  # the default: department head
    assert not window.settings_page.save_button.isEnabled()  # nothing changed yet
    secret.setCurrentIndex(secret.findData(2))
    assert window.settings_page.save_button.isEnabled()
