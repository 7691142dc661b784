"""The reconciliation of an inventory session as a table (清点对账表): one line per carrier,
未找到 and 异常 first as the service orders them; a scan replaces its carrier's line in
place, so the table follows the scanner without reloading the whole session (a
10,000-carrier session stays quick)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from secdesk.domain.inventory.reconcile import Line, Outcome

OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1
OUTCOME_COLOURS = {Outcome.MISSING: QColor("#b00020"), Outcome.UNEXPECTED: QColor("#b00020"),
                   Outcome.ELSEWHERE: QColor("#555555"), Outcome.FOUND: QColor("#1b7f3b")}
UNEXPECTED_BACKGROUND = QColor("#fbe0e4")
DUPLICATE_BACKGROUND = QColor("#fff3d1")
NUMBER, CARRIER, TITLE, LEVEL, OUTCOME, DETAIL = range(6)


class ReconciliationModel(QAbstractTableModel):
    """The lines of a reconciliation; ``upsert`` puts in the line of one scan."""

    def __init__(self, headings: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headings = headings
        self.lines: list[Line] = []
        self.rows: dict[str, int] = {}

    @staticmethod
    def key(number: str) -> str:
        """How a line is found again: its carrier number (or the unknown code), upper case."""
        return number.strip().upper()

    def set_lines(self, lines: tuple[Line, ...] | list[Line]) -> None:
        """Show these lines (a whole reconciliation)."""
        self.beginResetModel()
        self.lines = list(lines)
        self.rows = {self.key(line.number): i for i, line in enumerate(self.lines)}
        self.endResetModel()

    def upsert(self, line: Line) -> None:
        """Replace the carrier's line with this one where it stands, or add it at the top
        (a code not listed yet is news). The order by class comes back on the next reload."""
        row = self.rows.get(self.key(line.number))
        if row is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self.lines.insert(0, line)
            self.rows = {self.key(x.number): i for i, x in enumerate(self.lines)}
            self.endInsertRows()
            return
        self.lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, DETAIL))

    def tally(self) -> Counter:
        """How many lines of each class."""
        return Counter(line.outcome for line in self.lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        """One row per line."""
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        """序号, 载体编号, 名称, 密级, 结果, 说明."""
        return 0 if parent.isValid() else len(self.headings)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt name)
                   role: int = Qt.ItemDataRole.DisplayRole):
        """The column headings."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Texts, the class colours, and the keys the view sorts and filters on."""
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return ("", line.number, line.title, line.level, line.outcome.value, line.detail)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == OUTCOME:
            return OUTCOME_COLOURS[line.outcome]
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.outcome is Outcome.UNEXPECTED:
                return UNEXPECTED_BACKGROUND
            if line.scans > 1:
                return DUPLICATE_BACKGROUND
        if role == OUTCOME_ROLE:
            return line.outcome.value
        return None


class ReconciliationView(QSortFilterProxyModel):
    """The lines as the service ordered them (未找到, 异常, 在外, 相符), one class or all,
    numbered as shown. A line whose class changed leaves a filtered view at once."""

    def __init__(self, model: ReconciliationModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setFilterRole(OUTCOME_ROLE)
        self.setFilterKeyColumn(OUTCOME)

    def show_only(self, outcome: Outcome | None) -> None:
        """Show one class (None: every line)."""
        self.setFilterFixedString(outcome.value if outcome else "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """序号 counts the rows as shown."""
        if index.column() == NUMBER and role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        return super().data(index, role)
