"""A table model that loads its rows a page at a time from the worker as the view
scrolls; a new query starts a new generation so late pages of an old one are dropped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from secdesk.services.session import Session
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.worker import Worker


class PagedModel(QAbstractTableModel):
    """Subclasses set ``headers`` and ``page_size`` and implement :meth:`fetch` (runs on
    the worker) and :meth:`cell`."""

    page_size = 200

    def __init__(self, worker: Worker, query: Any, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.query = query
        self.rows: list = []
        self.headers: list[str] = []
        self._more = False
        self._loading = False
        self._generation = 0

    def fetch(self, session: Session, query: Any, limit: int, offset: int) -> list:
        """One page of rows (called on the worker thread)."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What one cell shows for a role."""
        raise NotImplementedError

    def reload(self, session: Session | None, query: Any) -> None:
        """Start again with a new query (None session: show nothing)."""
        self.beginResetModel()
        self.session, self.query, self.rows = session, query, []
        self._more, self._loading = session is not None, False
        self._generation += 1
        self.endResetModel()
        if session is not None:
            self.fetchMore(QModelIndex())

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self.cell(self.rows[index.row()], index.column(), role)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return self._more and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        self.worker.submit(self.fetch, self.session, self.query, self.page_size, len(self.rows),
                           owner=self, on_done=lambda rows: self._append(generation, rows),
                           on_error=lambda exc: self._failed(generation, exc))

    def _append(self, generation: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(rows) == self.page_size
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading, self._more = False, False
            show_error(None, exc)
