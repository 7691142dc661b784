"""The idle lock closes every other window: a print preview of the register, a question,
a dialog with its exec() running, a modeless window; none opens again until unlocked."""

from __future__ import annotations

import io
import time

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from reportlab.pdfgen import canvas

from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from tests.gui.shell.test_main_window import open_window


def _pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "BMS-2026-000001K")
    page.save()
    return out.getvalue()


def _other_windows(window) -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def _run_with_lock(qtbot, window, call, lock_after_ms=150):
    """Start a modal call; lock the window while it runs. Returns the call's result and
    the other windows on screen just before and just after the lock fell. A call still
    running 3 s later (the lock left it open) is closed so the test fails, not hangs."""
    seen = {}

    def lock():
        seen["before"] = _other_windows(window)
        window.lock()
        seen["after"] = _other_windows(window)

    QTimer.singleShot(lock_after_ms, lock)
    rescue = QTimer(singleShot=True, interval=3000)
    rescue.timeout.connect(lambda: [w.close() for w in _other_windows(window)])
    rescue.start()
    result = call()
    rescue.stop()
    return result, seen["before"], seen["after"]


def test_the_lock_rejects_a_running_preview_and_drops_its_pdf(qtbot, worker, staffed_vault, network):
    """A preview of the whole register open (exec running) when the lock falls is rejected,
    and deleted with its PDF once its exec() has returned."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    preview = PdfPreviewDialog(_pdf(), "涉密载体登记台账", "台账.pdf", parent=window.register_page)
    result, before, after = _run_with_lock(qtbot, window, preview.exec)
    assert preview in before and after == []  # on screen when the lock fell, gone with it
    assert result == QDialog.DialogCode.Rejected
    assert window.locked and _other_windows(window) == []
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview), timeout=2000)


def test_the_lock_closes_a_question_and_a_modeless_window(qtbot, worker, staffed_vault, network):
    """A message box waiting for an answer returns with no answer; a modeless window goes."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    modeless = QDialog(window)
    modeless.setWindowTitle("modeless")
    modeless.show()
    answer, before, after = _run_with_lock(
        qtbot, window, lambda: QMessageBox.question(window, "作废", "确定作废？"))
    assert modeless in before and len(before) == 2 and after == []
    assert answer != QMessageBox.StandardButton.Yes
    assert not modeless.isVisible()
    assert _other_windows(window) == []


def test_a_rejected_dialog_leaves_its_caller_with_nothing_to_do(qtbot, worker, staffed_vault, network, message_boxes):
    """The register's 登记 dialog open when the lock falls: rejected, nothing registered,
    no error shown, the closed database not touched."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    _, before, after = _run_with_lock(qtbot, window, window.register_page.add)
    assert len(before) == 1 and after == []
    assert window.locked and _other_windows(window) == []
    qtbot.wait(100)
    assert message_boxes == []


def test_a_window_opened_while_locked_closes_until_unlocked(qtbot, worker, staffed_vault, network):
    """A preview arriving after the lock (its PDF was still being made) is closed at once;
    after unlocking, dialogs open as before."""
    window = open_window(qtbot, worker, staffed_vault, network, "clerk1")
    window.lock()
    late = PdfPreviewDialog(_pdf(), "涉密载体登记台账", "台账.pdf", parent=window)
    QTimer.singleShot(3000, late.reject)  # fails rather than hangs if the guard let it stay
    started = time.monotonic()
    assert late.exec() == QDialog.DialogCode.Rejected
    assert time.monotonic() - started < 1.0  # closed at once, not by the rescue
    assert _other_windows(window) == []
    window.lock_screen.ui.passwordEdit.setText(staffed_vault.passwords["clerk1"])
    window._unlock()
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    staffed_vault.opened.append(window.session)
    after = QDialog(window)
    after.show()
    qtbot.wait(50)
    assert after.isVisible()
    after.close()
