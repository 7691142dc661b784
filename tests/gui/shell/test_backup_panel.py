"""The settings page's backup panel: back up now to a chosen folder, the restore drill;
the administrator's alone; a full drive is a message, never a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog

from secdesk.gui.shell.settings_page import SettingsPage
from secdesk.services import maintenance
from secdesk.storage import backup as backup_module
from secdesk.storage.backup import list_backups


def page_for(qtbot, worker, session) -> SettingsPage:
    page = SettingsPage(worker)
    qtbot.addWidget(page)
    page.set_session(session)
    page.show()
    return page


def test_the_administrator_backs_up_to_a_chosen_folder_and_drills(qtbot, worker, staffed_vault, tmp_path,
                                                                  monkeypatch, message_boxes):
    usb = tmp_path / "usb"
    usb.mkdir()
    page = page_for(qtbot, worker, staffed_vault.session)
    panel = page.backup
    assert panel.isVisible() and panel.backup_button.isEnabled() and panel.drill_button.isEnabled()
    qtbot.waitUntil(lambda: "backups" in panel.state_label.text(), timeout=5000)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    panel.backup_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10000)
    (made,) = list_backups(usb, "secdesk.db")
    assert made.verified and made.path.name in message_boxes[0]
    message_boxes.clear()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (staffed_vault.password, True)))
    worker.run_now(maintenance.backup, staffed_vault.session)  # one in the backup folder
    panel.drill_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=15000)
    assert "恢复演练通过" in message_boxes[0] or "Restore drill passed" in message_boxes[0]


def test_a_full_drive_is_a_message_and_leaves_nothing(qtbot, worker, staffed_vault, tmp_path, monkeypatch,
                                                      message_boxes):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(backup_module, "_free", lambda dest: 100_000)
    page = page_for(qtbot, worker, staffed_vault.session)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    page.backup.backup_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10000)
    assert "U盘空间不足" in message_boxes[0] and list(usb.iterdir()) == []


def test_the_panel_is_hidden_from_other_roles(qtbot, worker, staffed_vault):
    staffed_vault.close()
    page = page_for(qtbot, worker, staffed_vault.sign_in("clerk1"))
    assert not page.backup.isVisible() and not page.backup.backup_button.isEnabled()
