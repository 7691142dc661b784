"""Carriers held for checking (待核查): returned damaged or incomplete, out of lending
until the security officer has looked and written what was found."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.roles import Permission
from secdesk.services import lending
from secdesk.services.session import Session
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.worker import Worker


class HoldsDialog(QDialog):
    """The held carriers; the officer clears one with the conclusion of the check."""

    def __init__(self, worker: Worker, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session = worker, session
        self.rows: list[tuple[str, str, str]] = []
        self.setWindowTitle(self.tr("Held for checking"))
        self.resize(640, 360)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Carrier no."), self.tr("Marking"), self.tr("Found on return")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        clear = QPushButton(self.tr("Checked: release for lending…"))
        clear.setVisible(session.actor.can(Permission.APPROVE))
        clear.clicked.connect(self.clear)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(clear, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addWidget(self.note)
        column.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reload the held carriers."""
        self.worker.submit(lending.held, self.session, owner=self, on_done=self._show,
                           on_error=lambda exc: show_error(self, exc))

    def _show(self, rows: list[tuple[str, str, str]]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.note.setText(self.tr("{0} carriers held").format(len(rows)) if rows else self.tr("Nothing is held."))

    def clear(self) -> None:
        """Release the selected carrier with the officer's conclusion."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        number = self.rows[row][0]
        text, ok = QInputDialog.getText(self, self.tr("Release {0}").format(number), self.tr("Conclusion of the check:"))
        if ok:
            self.worker.submit(lending.clear_hold, self.session, number, text, owner=self,
                               on_done=lambda _: self.refresh(), on_error=lambda exc: show_error(self, exc))
