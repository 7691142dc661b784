"""The window side of issue 15's seed rules: an expired password is asked for at sign-in;
今日提醒 shows the inspection calendar and the password's last week, also to an
administrator who reads no register."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta

import secdesk.app as app_module
from secdesk.app import Controller
from secdesk.domain import clock
from secdesk.gui.shell.dialogs import ChangePasswordDialog
from secdesk.gui.shell.main_window import MainWindow
from secdesk.storage import accounts as account_rows

SHOTS = os.environ.get("SECDESK_SHOTS", "")  # a folder: save what the tests show, to look at


def shoot(widget, name: str) -> None:
    """Save a picture of ``widget`` when SECDESK_SHOTS names a folder."""
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def set_age(handle, name: str, days: int, now: datetime | None = None) -> None:
    """Date the account's password ``days`` before ``now`` (the clock's time if None)."""
    session = handle.session
    row = account_rows.by_name(session.vault.conn, name)
    changed = (now or clock.now()) - timedelta(days=days)
    with session.vault.transaction() as conn:
        account_rows.update(conn, row.id, password_changed_at=changed.isoformat())


def texts(panel) -> list[str]:
    return [panel.item(i).text() for i in range(panel.count())]


def test_an_expired_password_is_asked_for_at_sign_in(qapp, staffed_vault, monkeypatch):
    """Signing in with a password older than 90 days opens the forced change; cancelling it
    signs out again, changing it opens the main window."""
    set_age(staffed_vault, "clerk1", 100)
    staffed_vault.close()
    asked, answers, opened, again = [], [0, 1], [], []

    class Dialog:
        def __init__(self, worker, session, forced=False, parent=None):
            asked.append(forced)

        def exec(self):
            return answers.pop(0)

    monkeypatch.setattr(app_module, "ChangePasswordDialog", Dialog)
    controller = Controller(qapp, staffed_vault.db_path)
    monkeypatch.setattr(controller, "show_sign_in", lambda account="": again.append(account))
    monkeypatch.setattr(controller, "open_main", lambda session: opened.append(session))
    try:
        controller._signed_in(staffed_vault.sign_in("clerk1"))
        assert asked == [True] and again == ["clerk1"] and opened == []
        session = staffed_vault.sign_in("clerk1")
        controller._signed_in(session)
        assert asked == [True, True] and opened == [session]
    finally:
        controller.worker.shutdown()


def test_the_forced_change_says_why(qtbot, worker, staffed_vault):
    set_age(staffed_vault, "clerk1", 100)
    staffed_vault.close()
    dialog = ChangePasswordDialog(worker, staffed_vault.sign_in("clerk1"), forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "90" in dialog.ui.introLabel.text() and "管理员" not in dialog.ui.introLabel.text()
    shoot(dialog, "password-expired-dialog.png")


def test_the_panel_shows_the_calendar_and_the_passwords_last_week(qtbot, worker, staffed_vault, network):
    """Three days before the year's end: self-check, quarterly inspection and 清退 due; the
    clerk's password has five days left."""
    now = clock.now()
    today = date(now.year if now.date() <= date(now.year, 12, 28) else now.year + 1, 12, 28)
    moment = datetime.combine(today, time(9)).astimezone()
    set_age(staffed_vault, "clerk1", 85, moment)
    staffed_vault.close()
    with clock.replaced(lambda: moment):
        window = MainWindow(worker, staffed_vault.sign_in("clerk1"), network[1])
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        panel = window.reminders.list
        qtbot.waitUntil(lambda: len(texts(panel)) >= 4, timeout=5000)
        lines = texts(panel)
        for kind in ("【月度自查】", "【季度检查】", "【年度清退】", "【口令】"):
            assert any(line.startswith(kind) for line in lines), lines
        assert any("还剩3天" in line for line in lines if line.startswith("【年度清退】"))
        shoot(window, "reminders-panel.png")


def test_the_administrator_sees_the_panel_only_for_the_password_and_the_backups(qtbot, worker, staffed_vault,
                                                                                network):
    """The administrator reads neither register nor staff: the panel shows the password's
    last week, and (issue 19) that the backup folder shares the database's disk."""
    set_age(staffed_vault, "admin", 86)
    staffed_vault.close()
    window = MainWindow(worker, staffed_vault.sign_in("admin"), network[1])
    qtbot.addWidget(window)
    window.show()
    panel = window.reminders.list
    qtbot.waitUntil(lambda: panel.count() == 2, timeout=5000)
    lines = texts(panel)
    assert window.reminders.isVisible() and any(line.startswith("【口令】") and "还剩4天" in line for line in lines)
    assert [line for line in lines if not line.startswith("【口令】")][0].startswith("【备份】")
