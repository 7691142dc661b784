"""The register table on a small screen: a clerk's eight columns by default, the others from
the header's menu, remembered; long titles elided with a tooltip; buttons that need a
carrier disabled until one is selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from secdesk.gui.register.register_page import RegisterPage
from tests.gui.register.test_register_page import clerk_window  # noqa: F401  (the fixture)

CLERKS_COLUMNS = ["载体编号", "文件资料名称", "密级", "载体类别", "份号", "状态", "存放位置", "保管人"]


def _shown(page) -> list[str]:
    header = page.ui.table.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    return [page.model.headers[c] for c in columns if not header.isSectionHidden(c)]


def test_the_clerks_columns_show_by_default(clerk_window):  # noqa: F811
    """编号, 名称, 密级, 类别, 份号, 状态, 位置, 保管人 — the other five wait in the menu."""
    page = clerk_window.register_page
    assert _shown(page) == CLERKS_COLUMNS
    menu = page.columns.menu()
    entries = [a for a in menu.actions() if a.isCheckable()]
    assert len(entries) == 13
    assert [a.text() for a in entries if a.isChecked()] == CLERKS_COLUMNS
    doc_no = next(a for a in entries if a.text() == "文号或编号")
    doc_no.setChecked(True)
    assert "文号或编号" in _shown(page)


def test_the_columns_are_remembered(qtbot, worker, clerk_window):  # noqa: F811
    """Shown columns and widths chosen by the clerk come back in the next session."""
    from secdesk.gui.shell.widgets import ui_settings

    page = clerk_window.register_page
    header = page.ui.table.horizontalHeader()
    remarks = page.model.headers.index("备注")
    header.setSectionHidden(remarks, False)
    header.resizeSection(0, 210)
    page.save_columns(ui_settings())
    again = RegisterPage(worker)
    qtbot.addWidget(again)
    assert "备注" in _shown(again)
    assert again.ui.table.horizontalHeader().sectionSize(0) == 210


def test_a_long_title_is_elided_with_the_whole_title_in_a_tooltip(clerk_window):  # noqa: F811
    page = clerk_window.register_page
    assert page.ui.table.textElideMode() == Qt.TextElideMode.ElideRight
    title = page.model.headers.index("文件资料名称")
    cell = page.model.index(0, title)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == page.model.carrier(0).draft.title


def test_buttons_that_need_a_carrier_wait_for_a_selection(clerk_window):  # noqa: F811
    """修改, 作废, 打印标签, 列入销毁批次 are disabled with nothing selected and say why;
    selecting a row enables them. 登记 and 打印台账 always work."""
    page = clerk_window.register_page
    needs = (page.ui.editButton, page.ui.voidButton, page.ui.labelsButton, page.ui.destroyButton)
    page.ui.table.clearSelection()
    assert not any(b.isEnabled() for b in needs)
    assert all(b.toolTip() for b in needs)
    assert page.ui.addButton.isEnabled() and page.ui.printButton.isEnabled()
    page.ui.table.selectionModel().setCurrentIndex(
        page.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert all(b.isEnabled() for b in needs)
