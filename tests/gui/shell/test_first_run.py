"""First run: a database path that does not exist opens the set-up wizard for that path,
and the wizard's 下一步 accepts the values it proposes itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from secdesk.app import Controller
from secdesk.gui.shell.setup_wizard import SetupWizard


def test_a_missing_database_opens_the_wizard_for_that_path(qtbot, qapp, tmp_path):
    """``secdesk --db missing.db``: the wizard, with that path proposed; no sign-in dialog."""
    path = tmp_path / "unit" / "missing.db"
    controller = Controller(qapp, path)
    seen = {}

    def look() -> None:
        modal = QApplication.activeModalWidget()
        seen["modal"] = modal
        seen["path"] = modal.page(modal.startId()).path_edit.text() if isinstance(modal, SetupWizard) else None
        if modal is not None:
            modal.reject()

    QTimer.singleShot(200, look)
    try:
        started = controller.start()
        qtbot.waitUntil(lambda: "modal" in seen, timeout=3000)
    finally:
        if controller.dialog is not None:
            controller.dialog.close()
        controller.shutdown()
    assert isinstance(seen["modal"], SetupWizard)
    assert seen["path"] == str(path)
    assert started is False  # cancelling the wizard ends the program
    assert not path.exists()


def test_next_accepts_the_proposed_path_and_administrator_name(qtbot, worker, tmp_path, monkeypatch):
    """下一步 is enabled on the proposed database path without editing it, and on the
    administrator page with the proposed name ``admin`` once the password is typed twice."""
    monkeypatch.setattr("secdesk.gui.shell.setup_wizard.default_db_path", lambda: tmp_path / "unit.db")
    wizard = SetupWizard(worker)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.currentPage().path_edit.text() == str(tmp_path / "unit.db")
    assert next_button.isEnabled()
    wizard.currentPage().path_edit.clear()
    assert not next_button.isEnabled()  # an empty path still waits
    wizard.currentPage().path_edit.setText(str(tmp_path / "unit.db"))
    wizard.next()
    wizard.currentPage().name_edit.setText("示范单位保密办公室")
    wizard.currentPage().code_edit.setText("BMS")
    wizard.next()
    admin = wizard.currentPage()
    assert admin.name_edit.text() == "admin"
    assert not next_button.isEnabled()  # no password yet
    admin.password_edit.setText("Strong#2026pw")
    admin.repeat_edit.setText("Strong#2026pw")
    assert next_button.isEnabled()
