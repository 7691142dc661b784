"""Widgets and helpers the pages share: the titled tables of records with their red cells,
the preview of a print, the compact forms and the person chooser."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from secdesk.domain.personnel.model import Person
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from secdesk.gui.shell.worker import Worker


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
