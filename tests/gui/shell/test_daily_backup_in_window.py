"""The day's first sign-in through the window does not wait for the automatic backup
(issue 18: sign-in ≤ 1.5 s at any size): the window shows, then the backup is made on the
worker behind the pages' first queries, verified and audited (issue 19)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from secdesk.domain import clock
from secdesk.gui.shell.main_window import MainWindow
from secdesk.services.session import sign_in
from secdesk.storage.backup import list_backups



def tomorrow_morning() -> datetime:
    """8 o'clock of the day after the test runs (read when it runs, not at import)."""
    return datetime.combine(date.today() + timedelta(days=1), time(8)).astimezone()


def test_the_window_shows_first_and_the_days_backup_follows_on_the_worker(qtbot, worker, staffed_vault, network):
    staffed_vault.close()
    folder = staffed_vault.db_path.parent / "backups"
    morning = tomorrow_morning()
    with clock.replaced(lambda: morning):
        session = worker.run_now(sign_in, staffed_vault.db_path, "clerk1", staffed_vault.passwords["clerk1"],
                                 kdf=staffed_vault.kdf, defer_backup=True)
        assert session.backup_due and list_backups(folder, "secdesk.db") == []  # not made by the sign-in
        window = MainWindow(worker, session, network[1])
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: len(list_backups(folder, "secdesk.db")) == 1 and not worker.busy, timeout=20_000)
    (made,) = list_backups(folder, "secdesk.db")
    assert made.verified and made.reason == "auto" and not session.backup_due
    window.sign_out()
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
