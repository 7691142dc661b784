"""The transfer tab offers the three lawful channels (专人送达 / 机要交通 / 机要通信) and
records the one chosen (issue 15: post and couriers are not a channel)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secdesk.gui.lifecycle.transfers_tab import TransferTab
from secdesk.services import transfers
from tests.gui.lifecycle.test_movements_page import add_number, errors, open_tab, world  # noqa: F401 (fixtures)
from tests.gui.shell.test_seed_rules_gui import shoot


def test_the_tab_offers_only_the_lawful_channels_and_records_the_one_chosen(qtbot, worker, world, errors):  # noqa: F811
    tab = open_tab(qtbot, TransferTab(worker), world.clerk)
    offered = [tab.channel_combo.itemData(i) for i in range(tab.channel_combo.count())]
    assert offered == ["专人送达", "机要交通", "机要通信"] and not tab.channel_combo.isEditable()
    assert tab.channel_combo.currentData() == "专人送达"
    add_number(qtbot, tab.numbers, world.number("internal"))
    tab.unit_edit.setText("市档案馆")
    tab.receiver_edit.setText("周接收")
    tab.handed_edit.setText("王保密")
    tab.channel_combo.setCurrentIndex(tab.channel_combo.findData("机要交通"))
    shoot(tab, "transfer-tab-form.png")
    qtbot.mouseClick(tab.hand_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    assert errors == []
    (row,) = transfers.list_transfers(world.clerk)
    assert row.channel == "机要交通"
    headers = [tab.table.horizontalHeaderItem(i).text() for i in range(tab.table.columnCount())]
    assert tab.table.item(0, headers.index("传递方式")).text() == "机要交通"
    assert tab.channel_combo.currentData() == "专人送达"  # the form is cleared for the next one
    shoot(tab, "transfer-tab.png")
