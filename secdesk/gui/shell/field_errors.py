"""Field-level messages: a refusal from a service names its field (``InvalidInput.field``);
the dialog outlines that widget in red, focuses it and shows the message."""

from __future__ import annotations

from datetime import date

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QWidget

from secdesk.gui.shell.messages import error_text

ERROR_STYLE = "border: 2px solid #b00020;"


class FieldErrors:
    """The widgets of a form by the Chinese field names the services use."""

    def __init__(self, message: QLabel, fields: dict[str, QWidget]) -> None:
        self.message, self.fields = message, fields

    def show(self, exc: BaseException) -> None:
        """Show the message; outline and focus the field it names, if it is on the form."""
        self.message.setText(error_text(exc))
        widget = self.fields.get(getattr(exc, "field", ""))
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()

    def clear(self) -> None:
        """Remove the message and every outline."""
        self.message.clear()
        for widget in self.fields.values():
            widget.setStyleSheet("")


def day_of(edit: QDateEdit) -> date:
    """The date shown in a date edit."""
    qd = edit.date()
    return date(qd.year(), qd.month(), qd.day())


def set_day(edit: QDateEdit, day: date | None) -> None:
    """Show ``day`` (today when None) in a date edit."""
    edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())


def date_edit(day: date | None = None) -> QDateEdit:
    """A date field as the forms show dates (yyyy-MM-dd, calendar pop-up) holding ``day``
    (today when None)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    set_day(edit, day)
    return edit


class FormDialog(QDialog):
    """A dialog whose OK runs one service call on the worker: accepted with the call's
    result in ``outcome``, or left open with the refusal shown at its field.
    Subclasses set ``worker``, ``session`` and ``errors``."""

    outcome: Any = None

    def run(self, fn: Callable[..., Any], *args: Any) -> None:
        """Call ``fn(session, *args)`` on the worker, the form disabled meanwhile."""
        self.errors.clear()
        self.setEnabled(False)
        self.worker.submit(fn, self.session, *args, owner=self, on_done=self._done, on_error=self._failed)

    def _done(self, value: Any) -> None:
        self.outcome = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.errors.show(exc)


def ok_buttons(dialog: QDialog, ok_text: str, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK (with its own text) and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons
