"""Widgets and helpers the pages share: the titled tables of records with their red cells,
the preview of a print, the compact forms, the person chooser, rows of controls that wrap
on a small screen and the file where the window's layout is remembered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QLayout,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from secdesk.domain.personnel.model import Person
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from secdesk.gui.shell.worker import Worker
from secdesk.paths import state_dir


RED = QColor("#b00020")


RED_TEXT = "color: #b00020;"


GREY_TEXT = "color: #555;"


def make_table(headings: list[str], stretch: int) -> QTableWidget:
    """A read-only list, one row selected at a time; column ``stretch`` takes the room left."""
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_row(table: QTableWidget, row: int, values: tuple[str, ...], red_columns: tuple[int, ...] = ()) -> None:
    """Put one row's texts in; the ``red_columns`` in red."""
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        if column in red_columns:
            item.setForeground(RED)
        table.setItem(row, column, item)


def select_key(table: QTableWidget, keys: list[str], key: str) -> None:
    """Select the row whose key (a record number) is ``key``, if it is listed."""
    if key in keys:
        table.selectRow(keys.index(key))


def preview_pdf(parent: QWidget, worker: Worker, make: Callable[..., bytes], *args,
                title: str, filename: str) -> None:
    """Make a print on the worker and show it in the preview (print or save from there)."""
    worker.submit(make, *args, owner=parent,
                  on_done=lambda pdf: PdfPreviewDialog(pdf, title, filename, parent=parent).exec(),
                  on_error=lambda exc: show_error(parent, exc))


def compact(form: QFormLayout) -> QFormLayout:
    """A form whose fields grow and whose labels sit on the left, tightly spaced."""
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(6)
    return form


class PersonField(QComboBox):
    """A person by badge: chosen from those on duty, found by typing part of the name, or
    scanned (a typed badge is taken as it is; the service checks it)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(placeholder)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_people(self, people: list[Person]) -> None:
        """Offer these people; what is typed stays."""
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for p in people:
            self.addItem(f"{p.name}（{p.draft.dept}，{p.badge}）", p.badge)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def badge(self) -> str:
        """The chosen person's badge, or the text as typed or scanned."""
        text = self.currentText().strip()
        index = self.findText(text)
        return self.itemData(index) if index >= 0 else text

    def set_badge(self, badge: str) -> None:
        """Show this person (by badge)."""
        index = self.findData(badge)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(badge)

    def reset(self) -> None:
        """Empty the field."""
        self.setCurrentIndex(-1)
        self.setEditText("")


def ui_settings() -> QSettings:
    """Where the window's size, place and columns are remembered: ``window.ini`` in the
    program's per-user state folder (nothing of the register is written there)."""
    return QSettings(str(state_dir() / "window.ini"), QSettings.Format.IniFormat)


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto more rows when the row is too narrow (a toolbar or
    a filter bar on a 1280-pixel screen); ``right`` aligns each row to the right."""

    def __init__(self, parent: QWidget | None = None, right: bool = False, spacing: int = 6) -> None:
        super().__init__(parent)
        self.items = []
        self.right = right
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 (Qt names from here on)
        self.items.append(item)

    def count(self) -> int:
        return len(self.items)

    def itemAt(self, index: int):
        return self.items[index] if 0 <= index < len(self.items) else None

    def takeAt(self, index: int):
        return self.items.pop(index) if 0 <= index < len(self.items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        visible = [i for i in self.items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self.spacing() * max(0, len(visible) - 1)
        return QSize(width, max((i.sizeHint().height() for i in visible), default=0))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self.items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out row by row in ``rect``; the height used."""
        rows, row, width = [], [], 0
        for item in (i for i in self.items if not i.isEmpty()):
            w = item.sizeHint().width()
            if row and width + self.spacing() + w > rect.width():
                rows.append(row)
                row, width = [], 0
            width += (self.spacing() if row else 0) + w
            row.append(item)
        if row:
            rows.append(row)
        y = rect.y()
        for row in rows:
            height = max(i.sizeHint().height() for i in row)
            used = sum(min(i.sizeHint().width(), rect.width()) for i in row) + self.spacing() * (len(row) - 1)
            x = rect.x() + (max(0, rect.width() - used) if self.right else 0)
            for item in row:
                hint = item.sizeHint()
                w = min(hint.width(), rect.width())
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), QSize(w, hint.height())))
                x += w + self.spacing()
            y += height + self.spacing()
        return y - rect.y() - (self.spacing() if rows else 0)


def flowing(row: QBoxLayout, right: bool = False) -> QWidget:
    """Move the widgets of a row made in Designer into a :class:`FlowLayout` that wraps,
    put where the row was; spacers are dropped. Returns the new holder."""
    outer = row.parent()
    holder = QWidget()
    flow = FlowLayout(holder, right=right, spacing=row.spacing() if row.spacing() >= 0 else 6)
    while row.count():
        item = row.takeAt(0)
        if item.widget() is not None:
            flow.addWidget(item.widget())
    if isinstance(outer, QBoxLayout):
        index = outer.indexOf(row)
        outer.takeAt(index)
        outer.insertWidget(index, holder)
    return holder
