"""Signing in through the dialog, and the first-run set-up wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from secdesk.services.session import keyfile_path
from secdesk.gui.shell.setup_wizard import SetupWizard
from secdesk.gui.shell.signin import SignInDialog


def test_wrong_password_is_explained_in_the_dialog(qtbot, worker, staffed_vault, network):
    """A wrong password leaves the dialog open with the reason and the attempts left."""
    staffed_vault.close()
    dialog = SignInDialog(worker, staffed_vault.db_path, network[1])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.accountEdit, "clerk1")
    qtbot.keyClicks(dialog.ui.passwordEdit, "not-the-password")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "口令不正确" in dialog.ui.messageLabel.text(), timeout=5000)
    assert "4次" in dialog.ui.messageLabel.text()
    assert dialog.session is None and dialog.ui.passwordEdit.text() == ""


def test_right_password_gives_a_session(qtbot, worker, staffed_vault, network):
    """The right password closes the dialog with a signed-in session for that account."""
    staffed_vault.close()
    dialog = SignInDialog(worker, staffed_vault.db_path, network[1])
    qtbot.addWidget(dialog)
    dialog.ui.accountEdit.setText("clerk1")
    dialog.ui.passwordEdit.setText(staffed_vault.passwords["clerk1"])
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.session.actor.name == "clerk1"
    staffed_vault.opened.append(dialog.session)


def test_network_warning_on_the_sign_in_dialog(qtbot, worker, staffed_vault, network):
    """With an interface up the sign-in dialog says the PC must not be networked."""
    probe, watch = network
    dialog = SignInDialog(worker, staffed_vault.db_path, watch)
    qtbot.addWidget(dialog)
    probe.up = ["wlan0"]
    watch.poll()
    assert "涉密计算机不得联网" in dialog.ui.unitLabel.text()


def test_wizard_creates_the_vault_and_insists_on_the_recovery_sheet(qtbot, worker, tmp_path, monkeypatch):
    """The wizard creates database and key file; Finish waits for the sheet confirmation."""
    monkeypatch.setattr("secdesk.gui.shell.setup_wizard.default_db_path", lambda: tmp_path / "unit.db")
    wizard = SetupWizard(worker)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    unit = wizard.currentPage()
    unit.name_edit.setText("示范单位保密办公室")
    unit.code_edit.setText("BMS")
    wizard.next()
    admin = wizard.currentPage()
    admin.password_edit.setText("weak")
    admin.repeat_edit.setText("weak")
    wizard.next()
    assert wizard.currentPage() is admin
    assert "至少需要10个字符" in admin.error.text()
    admin.password_edit.setText("Strong#2026pw")
    admin.repeat_edit.setText("Strong#2026pw")
    wizard.next()
    recovery = wizard.currentPage()
    assert (tmp_path / "unit.db").exists() and keyfile_path(tmp_path / "unit.db").exists()
    assert wizard.sheet().startswith(b"%PDF")
    assert not recovery.isComplete()
    recovery.done_box.setChecked(True)
    assert recovery.isComplete()
    assert wizard.session.settings()["unit.code"] == "BMS"
    wizard.session.close()
