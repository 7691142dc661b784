"""The register table's columns (台账列): a clerk's eight by default, the others shown from
the header's menu, widths, order and choice remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

# Logical columns of RegisterModel.COLUMNS in the order shown by default: 编号, 名称, 密级,
# 类别, 份号, 状态, 位置, 保管人. 制发单位, 文号, 页数, 知悉范围 and 备注 wait in the header's menu.
DEFAULT_ORDER = (0, 1, 5, 3, 7, 11, 10, 9)
TITLE = 1  # takes the width left over; long titles are elided, the full text in a tooltip
WIDTHS = (150, 260, 130, 76, 120, 96, 80, 88, 110, 76, 88, 88, 120)
SETTINGS_KEY = "register/columns"


class RegisterColumns(QObject):
    """Which columns of the register table show, in what order and width."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.header: QHeaderView = table.horizontalHeader()
        self.header.setSectionsMovable(True)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self.show_menu)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.reset()

    def reset(self) -> None:
        """The clerk's columns, in their order and widths."""
        header = self.header
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(header.count()):
            header.setSectionHidden(column, column not in DEFAULT_ORDER)
            if column < len(WIDTHS):
                header.resizeSection(column, WIDTHS[column])
        for visual, logical in enumerate(DEFAULT_ORDER):
            header.moveSection(header.visualIndex(logical), visual)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)

    def restore(self, settings: QSettings) -> None:
        """The columns as they were left; the sort always starts from the register's own."""
        state = settings.value(SETTINGS_KEY)
        if state is not None and not self.header.restoreState(state):
            self.reset()
        if self.header.hiddenSectionCount() >= self.header.count():
            self.reset()
        self.header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)

    def save(self, settings: QSettings) -> None:
        """Remember the columns for the next session."""
        settings.setValue(SETTINGS_KEY, self.header.saveState())

    def menu(self) -> QMenu:
        """One checkable entry a column (the last one shown cannot be hidden), then 恢复默认列."""
        header, model = self.header, self.table.model()
        menu = QMenu(header)
        shown = header.count() - header.hiddenSectionCount()
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            action = QAction(str(model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(header.isSectionHidden(column) or shown > 1)
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self.reset)
        return menu

    def show_menu(self, pos: QPoint) -> None:
        """The header's context menu."""
        menu = self.menu()
        menu.exec(self.header.mapToGlobal(pos))
        menu.deleteLater()
