"""清退 in the window: a return to another unit than the issuer asks the security officer
to confirm with a reason (issue 15), and is then recorded."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from secdesk.domain.carriers.model import State
from secdesk.gui.lending.station_dialogs import OverrideDialog
from secdesk.gui.lifecycle import transfers_tab
from secdesk.gui.lifecycle.transfers_tab import TransferTab
from secdesk.services import carriers
from tests.conftest import USER_PASSWORD
from tests.gui.lifecycle.test_movements_page import add_number, errors, open_tab, world  # noqa: F401
from tests.lending_world import BASE


def test_a_return_to_another_unit_asks_the_officer_then_is_recorded(qtbot, worker, world, errors, monkeypatch):
    (held,) = carriers.register(world.clerk, replace(BASE, title="上级来文", origin_unit="省保密局"))
    asked: list[str] = []

    class Confirming(OverrideDialog):
        """The officer fills the dialog in (no modal loop in a test)."""

        def exec(self) -> int:
            asked.append(self.windowTitle())
            self.account.setText("officer1")
            self.password.setText(USER_PASSWORD)
            self.reason.setText("发文单位已撤并")
            return 1

    monkeypatch.setattr(transfers_tab, "OverrideDialog", Confirming)
    tab = open_tab(qtbot, TransferTab(worker), world.clerk)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("清退"))
    add_number(qtbot, tab.numbers, held.number)
    tab.unit_edit.setText("市档案馆")
    tab.receiver_edit.setText("刘接收")
    tab.handed_edit.setText("王保密")
    qtbot.mouseClick(tab.hand_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    assert len(asked) == 1 and errors == []
    assert carriers.find(world.clerk, held.number).state is State.RETURNED
