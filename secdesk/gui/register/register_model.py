"""The register table (台账表格): a lazily loaded model over a million carriers.

Rows arrive a page at a time from the worker as the view scrolls; sorting asks the
database for the new order instead of sorting in memory; the total comes separately.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont

from secdesk.domain.carriers.model import Carrier, State
from secdesk.domain.carriers.query import RegisterQuery, SortKey
from secdesk.services import carriers, lending, register_counts
from secdesk.services.session import Session
from secdesk.gui.shell.paged_model import PagedModel
from secdesk.gui.shell.worker import Worker

PAGE_SIZE = 200
LEVEL_COLORS = {3: "#8b0000", 2: "#b00020", 1: "#c75000", 0: "#444444"}

# (header, sort key, value of a carrier)
STATE_COLORS = {State.LENT: "#1f5fa8", State.OUT: "#8a5a00", State.MISSING: "#b00020"}  # blue, amber, red

COLUMNS = [
    (QT_TRANSLATE_NOOP("RegisterModel", "Number"), SortKey.NUMBER, lambda c: c.number),
    (QT_TRANSLATE_NOOP("RegisterModel", "Title"), SortKey.TITLE, lambda c: c.draft.title),
    (QT_TRANSLATE_NOOP("RegisterModel", "Issuing unit"), SortKey.ORIGIN, lambda c: c.draft.origin_unit),
    (QT_TRANSLATE_NOOP("RegisterModel", "Type"), SortKey.TYPE, lambda c: c.draft.ctype.value),
    (QT_TRANSLATE_NOOP("RegisterModel", "Document no."), SortKey.DOC_NO, lambda c: c.draft.doc_no),
    (QT_TRANSLATE_NOOP("RegisterModel", "Marking"), SortKey.LEVEL, lambda c: c.marking),
    (QT_TRANSLATE_NOOP("RegisterModel", "Pages / capacity"), None, lambda c: c.draft.extent),
    (QT_TRANSLATE_NOOP("RegisterModel", "Copy"), None, lambda c: c.copy_text),
    (QT_TRANSLATE_NOOP("RegisterModel", "Scope"), None, lambda c: c.draft.scope),
    (QT_TRANSLATE_NOOP("RegisterModel", "Custodian"), SortKey.CUSTODIAN, lambda c: c.draft.custodian),
    (QT_TRANSLATE_NOOP("RegisterModel", "Location"), SortKey.LOCATION, lambda c: c.draft.location),
    (QT_TRANSLATE_NOOP("RegisterModel", "State"), SortKey.STATE, lambda c: c.state.value),  # + 逾期
    (QT_TRANSLATE_NOOP("RegisterModel", "Remarks"), None, lambda c: c.draft.remarks),
]

LONG_TEXT = {1, 2, 4, 8, 12}  # 名称, 制发单位, 文号, 知悉范围, 备注: elided in the table, whole in a tooltip


class RegisterModel(PagedModel):
    """Carriers matching a query, in the query's order, fetched as needed; the total
    arrives separately."""

    total_changed = Signal(int)
    estimate_changed = Signal(int)  # shown as 约 N until the exact total arrives
    page_size = PAGE_SIZE

    def __init__(self, worker: Worker, parent=None) -> None:
        super().__init__(worker, RegisterQuery(), parent)
        self.total: int | None = None
        self.headers = [QCoreApplication.translate("RegisterModel", h) for h, _, _ in COLUMNS]
        self.overdue: set[int] = set()  # carriers out past their due date, among those fetched

    def reload(self, session: Session | None, query: RegisterQuery) -> None:
        """Start again with a new query, and count it (None session: show nothing)."""
        self.total = None
        super().reload(session, query)
        if session is None:
            self.total_changed.emit(0)
            return
        generation = self._generation
        self.worker.submit(register_counts.first_count, session, query, owner=self,
                           on_done=lambda found: self._first_count(generation, *found),
                           on_error=lambda exc: None)

    def fetch(self, session: Session, query: RegisterQuery, limit: int, offset: int) -> list[Carrier]:
        """One page of the register (worker thread), noting which lent carriers are overdue."""
        rows = carriers.page(session, query, limit, offset)
        lent = [c.id for c in rows if c.state is State.LENT]
        late = lending.overdue_among(session, lent)
        self.overdue = (self.overdue - set(lent)) | late
        return rows

    def carrier(self, row: int) -> Carrier | None:
        """The carrier shown in ``row``."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def cell(self, carrier: Carrier, column: int, role: int):
        """Form 1 columns; closed carriers grey, voided struck through, markings coloured."""
        late = carrier.id in self.overdue and COLUMNS[column][1] is SortKey.STATE
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{carrier.state.value}（逾期）" if late else COLUMNS[column][2](carrier)
        if role == Qt.ItemDataRole.ToolTipRole and column in LONG_TEXT:
            return COLUMNS[column][2](carrier) or None  # the whole text of an elided cell
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QColor(STATE_COLORS[State.MISSING])  # red
        if role == Qt.ItemDataRole.ForegroundRole:
            if carrier.state.closed:
                return QColor("#888888")
            if COLUMNS[column][1] is SortKey.LEVEL:
                return QColor(LEVEL_COLORS[carrier.draft.level.rank])
            if COLUMNS[column][1] is SortKey.STATE and carrier.state in STATE_COLORS:
                return QColor(STATE_COLORS[carrier.state])
        if role == Qt.ItemDataRole.FontRole and carrier.state in (State.VOID, State.MISSING):
            font = QFont()
            font.setStrikeOut(carrier.state is State.VOID)
            font.setBold(carrier.state is State.MISSING)
            return font
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the register in this column's order."""
        key = COLUMNS[column][1]
        if key is None or self.session is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.reload(self.session, replace(self.query, sort=key, descending=descending))

    def _first_count(self, generation: int, total: int, exact: bool) -> None:
        if generation != self._generation:
            return
        if exact:
            self._counted(generation, total)
            return
        self.estimate_changed.emit(total)
        self.worker.submit(register_counts.slices, self.session, owner=self,
                           on_done=lambda ranges: self._count_on(generation, ranges, 0),
                           on_error=lambda exc: None)

    def _count_on(self, generation: int, ranges: list, subtotal: int) -> None:
        """One slice at a time, each its own job: other work never waits long."""
        if generation != self._generation:
            return  # a newer query: this count is dropped
        if not ranges:
            self._counted(generation, subtotal)
            return
        (low, high), rest = ranges[0], ranges[1:]
        self.worker.submit(register_counts.count_slice, self.session, self.query, low, high, owner=self,
                           on_done=lambda n: self._count_on(generation, rest, subtotal + n),
                           on_error=lambda exc: None)

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.total_changed.emit(total)
