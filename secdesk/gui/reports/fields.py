"""The filters a printout of the catalogue asks for: a period, a date, a year, a fixed
choice, a record or person chosen from a list read on the worker, or numbers scanned one
per line. Each field has a ``label`` and ``value()``; a field whose choices come from the
register loads them with ``load()`` (only called for a printout the role may make)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from secdesk.domain import clock
from secdesk.services.session import Session
from secdesk.gui.shell.field_errors import date_edit, day_of
from secdesk.gui.shell.widgets import PersonField
from secdesk.gui.shell.worker import Worker

Source = Callable[[Session], list[tuple[str, Any]]]  # runs on the worker: (text shown, value)


def quarter_start(today: date) -> date:
    """The first day of the quarter of ``today``."""
    return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)


class PeriodField(QWidget):
    """From … to … (default: this quarter up to today); value (first, last)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        today = clock.now().date()
        self.first, self.last = date_edit(quarter_start(today)), date_edit(today)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.last)
        row.addStretch(1)

    def value(self) -> tuple[date, date]:
        return day_of(self.first), day_of(self.last)

    def load(self, worker: Worker, session: Session, on_error: Callable[[BaseException], None]) -> None:
        """Nothing to read."""


class AsOfField(QWidget):
    """An optional date: unticked means now (value None)."""

    def __init__(self, label: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.box = QCheckBox(text)
        self.day = date_edit(clock.now().date())
        self.day.setEnabled(False)
        self.box.toggled.connect(self.day.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        row.addWidget(self.day)
        row.addStretch(1)

    def value(self) -> date | None:
        return day_of(self.day) if self.box.isChecked() else None

    def load(self, worker: Worker, session: Session, on_error: Callable[[BaseException], None]) -> None:
        """Nothing to read."""


class YearField(QSpinBox):
    """A year, this one by default."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        year = clock.now().year
        self.setRange(2000, year + 1)
        self.setValue(year)

    def value(self) -> int:  # type: ignore[override]
        return super().value()

    def load(self, worker: Worker, session: Session, on_error: Callable[[BaseException], None]) -> None:
        """Nothing to read."""


class ChoiceField(QComboBox):
    """One of fixed choices (text shown, value)."""

    def __init__(self, label: str, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        for text, data in choices:
            self.addItem(text, data)

    def value(self) -> Any:
        return self.currentData()

    def load(self, worker: Worker, session: Session, on_error: Callable[[BaseException], None]) -> None:
        """Nothing to read."""


class RecordField(QComboBox):
    """A record (batch, outing, inventory, notice…) chosen from the list ``source`` reads on
    the worker, newest first; a number may also be typed or scanned. Empty means none
    unless ``optional``."""

    def __init__(self, label: str, source: Source, optional_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label, self.source, self.optional_text = label, source, optional_text
        self.setEditable(not optional_text)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def load(self, worker: Worker, session: Session, on_error: Callable[[BaseException], None]) -> None:
        """Read the choices again."""
        worker.submit(self.source, session, owner=self, on_done=self._fill, on_error=on_error)

    def _fill(self, choices: list[tuple[str, Any]]) -> None:
        chosen = self.currentData()
        self.clear()
        if self.optional_text:
            self.addItem(self.optional_text, "")
        for text, data in choices:
            self.addItem(text, data)
        index = self.findData(chosen) if chosen is not None else -1
        self.setCurrentIndex(index if index >= 0 else 0 if self.count() else -1)
        if self.isEditable():
            self.lineEdit().setPlaceholderText(self.tr("type or scan a number") if self.count()
                                               else self.tr("none recorded yet"))

    def value(self) -> Any:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return self.itemData(index)
        return text


class PersonChoice(PersonField):
    """A person from the files ``source`` reads (by badge), typed, chosen or scanned."""

    def __init__(self, label: str, placeholder: str, source: Callable[[Session], list],
                 parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent)
        self.label, self.source = label, source

    def load(self, worker: Worker, session: Session, on_error: Callable[[BaseException], None]) -> None:
        """Read the people again."""
        worker.submit(self.source, session, owner=self, on_done=self.set_people, on_error=on_error)

    def value(self) -> str:
        return self.badge()


class CodesField(QPlainTextEdit):
    """Numbers typed or scanned, one a line (a scanner ends each with Enter)."""

    def __init__(self, label: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setFixedHeight(110)

    def value(self) -> list[str]:
        seen: list[str] = []
        for code in re.split(r"[\s,，;；]+", self.toPlainText()):
            if code and code not in seen:
                seen.append(code)
        return seen

    def load(self, worker: Worker, session: Session, on_error: Callable[[BaseException], None]) -> None:
        """Nothing to read."""


def blank(value: Any) -> bool:
    """True for a value that chooses nothing (an empty text or list)."""
    return value is None or value == "" or value == [] or (isinstance(value, QDate) and value.isNull())
