"""Carriers held for checking (待核查): returned damaged or incomplete, out of lending
until the security officer has looked and written what was found. Scanner-proof: a
scanned carrier number selects its line; nothing is typed or confirmed by a scan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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

from secdesk.domain.barcodes import scanned_text
from secdesk.domain.roles import Permission
from secdesk.services import lending
from secdesk.services.session import Session
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.scan_field import guarded_exec
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
        self.note.setWordWrap(True)
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
        box = QInputDialog(self)
        box.setWindowTitle(self.tr("Release {0}").format(number))
        box.setLabelText(self.tr("Conclusion of the check:"))
        box.setOkButtonText(self.tr("Release for lending"))
        box.resize(480, box.sizeHint().height())
        refuse = self.tr("Scanned {0}: not taken while the conclusion is written")
        ok = guarded_exec(box, lambda code: self._say(refuse.format(code), red=True))
        text = box.textValue()
        if ok:
            self.worker.submit(lending.clear_hold, self.session, number, text, owner=self,
                               on_done=lambda _: self.refresh(), on_error=lambda exc: show_error(self, exc))

    def run(self) -> int:
        """Show the dialog modally, scanner-proof."""
        return guarded_exec(self, self.take_scan)

    def take_scan(self, code: str) -> None:
        """A scanned carrier number selects its line, or is refused aloud."""
        number = scanned_text(code).upper()
        for i, row in enumerate(self.rows):
            if row[0].upper() == number:
                self.table.selectRow(i)
                self._say(self.tr("Scanned {0}: selected").format(row[0]), red=False)
                return
        self._say(self.tr("Scanned {0}: not held for checking").format(code), red=True)

    def _say(self, text: str, red: bool) -> None:
        self.note.setStyleSheet("color: #b00020; font-weight: bold;" if red else "")
        self.note.setText(text)
        if red:
            QApplication.beep()
