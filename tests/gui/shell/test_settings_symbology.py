"""The settings page offers the label symbology of each stock as named choices."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from secdesk.gui.shell.settings_page import SettingsPage

KEY = "labels.symbology.roll40x20"


def test_the_administrator_switches_the_small_labels_to_code128(qtbot, worker, staffed_vault):
    staffed_vault.close()
    session = staffed_vault.sign_in("admin")
    page = SettingsPage(worker)
    qtbot.addWidget(page)
    page.set_session(session)
    combo = page.editors[KEY]
    assert isinstance(combo, QComboBox) and combo.isEnabled()
    qtbot.waitUntil(lambda: page._stored.get(KEY) == "datamatrix", timeout=5000)
    assert combo.currentText() == "二维码（DataMatrix）"
    assert [combo.itemText(i) for i in range(combo.count())] == ["一维条码（Code 128）", "二维码（DataMatrix）"]
    combo.setCurrentIndex(combo.findData("code128"))
    with qtbot.waitSignal(page.settings_changed, timeout=5000) as changed:
        page.save()
    assert changed.args[0][KEY] == "code128"
    assert combo.currentData() == "code128"
