"""The dry run's and the import's table: every source row with its fate (结果), coloured,
filterable by fate. A model, not a widget table: ten thousand rows cost nothing."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from secdesk.domain.carriers.terms import marking
from secdesk.domain.importing.fates import Outcome, RowFate

COLOURS = {  # background of a row by fate
    Outcome.IMPORT: "#e3f4e1",
    Outcome.ERROR: "#fbe0e0",
    Outcome.DUPLICATE: "#fff0c8",
    Outcome.DONE: "#e4ecf7",
    Outcome.SKIP: "#efefef",
}
TEXT_COLOURS = {Outcome.ERROR: "#9b1c1c", Outcome.SKIP: "#606060"}


def what(fate: RowFate) -> str:
    """The carriers (or person) a row makes: ``机密★20年 纸介质 标题 ×3`` / ``张三 办公室 核心``."""
    if not fate.drafts:
        return ""
    d = fate.drafts[0]
    if hasattr(d, "term"):
        count = f" ×{len(fate.drafts)}" if len(fate.drafts) > 1 else ""
        return f"{marking(d.level, d.term)} {d.ctype.value} {d.title}{count}"
    return f"{d.name} {d.dept} {d.clearance.value}"


class FatesModel(QAbstractTableModel):
    """行号 | 结果 | 内容 | 说明 | 编号 of each source row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[RowFate] = []
        self.number_heading = self.tr("Numbers")

    def set_rows(self, rows: list[RowFate], number_heading: str) -> None:
        """Show these rows."""
        self.beginResetModel()
        self.rows, self.number_heading = list(rows), number_heading
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Result"), self.tr("Content"), self.tr("Note"),
                    self.number_heading)[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        fate = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(fate.row_no), fate.outcome.value, what(fate), fate.note(), "、".join(fate.numbers))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3, 4):
            return self.data(index) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[fate.outcome]))
        if role == Qt.ItemDataRole.ForegroundRole and fate.outcome in TEXT_COLOURS and column in (1, 3):
            return QBrush(QColor(TEXT_COLOURS[fate.outcome]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 1):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class FateFilter(QSortFilterProxyModel):
    """Only the rows of one fate (None: all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None

    def show_only(self, outcome: Outcome | None) -> None:
        """Filter to ``outcome`` (None: every row)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.outcome = outcome
            self.endFilterChange()
        else:
            self.outcome = outcome
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        if self.outcome is None:
            return True
        return self.sourceModel().rows[row].outcome is self.outcome
