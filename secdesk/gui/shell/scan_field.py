"""The scan field: a line edit whose Ctrl+Z asks the station to undo the last loan or
return instead of undoing the typing (a scanner never needs that)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit


class ScanField(QLineEdit):
    """Where the scanner types; ``undoRequested`` on Ctrl+Z."""

    undoRequested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Ctrl+Z is the station's undo; every other key types as usual."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoRequested.emit()
            return
        super().keyPressEvent(event)
