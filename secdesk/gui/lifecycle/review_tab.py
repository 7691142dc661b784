"""解密审查: carriers whose term has ended, declassified or re-marked by the officer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.carriers.model import Carrier
from secdesk.domain.carriers.terms import declassification_date
from secdesk.domain.roles import Permission
from secdesk.gui.lifecycle.movements_page import MovementTab
from secdesk.gui.register.register_page import ReclassifyDialog
from secdesk.gui.shell.field_errors import FieldErrors, FormDialog, ok_buttons
from secdesk.gui.shell.label_print import offer_reprint
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.widgets import RED_TEXT, make_table, fill_row, select_key
from secdesk.gui.shell.worker import Worker
from secdesk.services import carriers
from secdesk.services.session import Session


class DeclassifyDialog(FormDialog):
    """解密: the basis and the approval reference; the carrier stays on the register as 内部."""

    def __init__(self, worker: Worker, session: Session, carrier: Carrier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.carrier = worker, session, carrier
        self.setWindowTitle(self.tr("Declassify {0}").format(carrier.number))
        about = QLabel(self.tr("{0} ({1}) becomes 内部 (a work secret, no longer a state secret). It stays on "
                               "the register.").format(carrier.draft.title, carrier.marking))
        about.setWordWrap(True)
        self.basis = QLineEdit()
        self.basis.setMaxLength(200)
        self.basis.setPlaceholderText(self.tr("e.g. term ended; declassification review"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(40)
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(RED_TEXT)
        self.errors = FieldErrors(message, {"解密": self.basis})
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Basis:"), self.basis)
        form.addRow(self.tr("Approval reference:"), self.reference)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Declassify"), self.submit))
        self.setMinimumWidth(460)

    def submit(self) -> None:
        """Declassify on the worker."""
        self.run(carriers.declassify, self.carrier.number, self.basis.text(), self.reference.text())


class ReviewTab(MovementTab):
    """解密审查: the carriers still held whose term has ended; the officer declassifies them
    or changes their marking, and the label is reprinted."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.carriers: list[Carrier] = []
        about = QLabel(self.tr("Carriers still held whose term of secrecy has ended. The security officer "
                               "decides for each: declassify it, or change its marking (a new level or term)."))
        about.setWordWrap(True)
        self.count = QLabel()
        self.table = make_table([self.tr("Carrier no."), self.tr("Marking"), self.tr("Title"), self.tr("Issued"),
                                 self.tr("Term ended"), self.tr("State"), self.tr("Custodian")], stretch=2)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.declassify_button = QPushButton(self.tr("Declassify…"))
        self.declassify_button.clicked.connect(self.declassify)
        self.reclassify_button = QPushButton(self.tr("Change marking…"))
        self.reclassify_button.clicked.connect(self.reclassify)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.declassify_button)
        buttons.addWidget(self.reclassify_button)
        column = QVBoxLayout(self)
        column.addWidget(about)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        column.addWidget(self.result)
        self._selection_changed()

    def set_session(self, session: Session | None) -> None:
        """Serve this session (None: clear); the decisions only for the officer."""
        self.session = session
        approves = self.may(Permission.APPROVE)
        self.declassify_button.setVisible(approves)
        self.reclassify_button.setVisible(approves)
        self.result.clear()
        self.refresh()

    def refresh(self) -> None:
        """Reload the carriers due for review."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(carriers.due_for_review, self.session, owner=self, on_done=self._show,
                           on_error=lambda exc: show_error(self, exc))

    def _show(self, due: list[Carrier]) -> None:
        key = self.selected().number if self.selected() else ""
        self.carriers = due
        self.table.setRowCount(len(due))
        for i, c in enumerate(due):
            d = c.draft
            ends = declassification_date(d.level, d.term, d.issue_date)
            fill_row(self.table, i, (c.number, c.marking, d.title, d.issue_date.isoformat() if d.issue_date else "",
                                     ends.isoformat() if ends else "", c.state.value, d.custodian))
        self.count.setText(self.tr("{0} carriers due for review").format(len(due)))
        self.table.clearSelection()
        select_key(self.table, [c.number for c in due], key)
        self._selection_changed()

    def selected(self) -> Carrier | None:
        """The carrier selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.carriers[rows[0].row()] if rows and rows[0].row() < len(self.carriers) else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.declassify_button.setEnabled(chosen)
        self.reclassify_button.setEnabled(chosen)

    def declassify(self) -> None:
        """Declassify the selected carrier (it stays on the register as 内部)."""
        carrier = self.selected()
        if carrier is None or self.session is None:
            return
        dialog = DeclassifyDialog(self.worker, self.session, carrier, self)
        if dialog.exec():
            self._changed(carrier, dialog.outcome)

    def reclassify(self) -> None:
        """Change the marking of the selected carrier (the register page's dialog)."""
        carrier = self.selected()
        if carrier is None or self.session is None:
            return
        if ReclassifyDialog(self.worker, self.session, carrier, self).exec():
            self.worker.submit(carriers.find, self.session, carrier.number, owner=self,
                               on_done=lambda after: self._changed(carrier, after),
                               on_error=lambda exc: show_error(self, exc))

    def _changed(self, before: Carrier, after: Carrier) -> None:
        self.changed.emit()
        self.refresh()
        self.say(self.tr("{0}: {1} → {2}.").format(after.number, before.marking, after.marking))
        offer_reprint(self, self.worker, self.session, after.number)
