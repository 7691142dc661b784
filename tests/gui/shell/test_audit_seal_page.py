"""The audit page checks the sealed log with the auditor's 审计验证码 (issue 16)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from secdesk.domain.roles import Role
from secdesk.gui.shell.audit_page import AuditPage


def test_the_auditor_checks_the_sealed_log_from_the_audit_page(qtbot, worker, vault, monkeypatch):
    code = vault.session.audit_seed
    vault.add_user("auditor1", Role.AUDITOR)
    vault.close()
    auditor = vault.sign_in("auditor1")
    page = AuditPage(worker)
    qtbot.addWidget(page)
    page.set_session(auditor)
    shown = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (code, True)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append("!" + text)))
    page.ui.sealButton.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "均与封存时一致" in shown[0] and "尚未封存的当前时段" in shown[0]
    shown.clear()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (code[:-2] + "AA", True)))
    page.ui.sealButton.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].startswith("!") and "审计验证码" in shown[0]
