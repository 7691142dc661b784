"""移交/清退: hand carriers over or return them to the issuer, track the 回执 (form 5), the
yearly 清退 list."""

from __future__ import annotations


from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain import clock
from secdesk.domain.lending.rules import Refused
from secdesk.domain.lifecycle.rules import Channel, TransferKind
from secdesk.domain.roles import Permission
from secdesk.gui.lending.station_dialogs import OverrideDialog
from secdesk.gui.lifecycle.movements_page import NumberList, MovementTab
from secdesk.gui.shell.field_errors import FieldErrors, FormDialog, day_of, ok_buttons, set_day
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from secdesk.gui.shell.widgets import (
    RED_TEXT,
    make_table,
    fill_row,
    select_key,
    preview_pdf,
    compact,
)
from secdesk.gui.shell.worker import Worker
from secdesk.services import lifecycle_prints, transfers
from secdesk.services.lending import Override
from secdesk.services.session import Session
from secdesk.services.transfers import TransferRequest
from secdesk.services.transfers import TransferRow


def receipt_state(row: TransferRow) -> str:
    """回执未回, or the day the signed receipt came back."""
    return "回执未回" if row.outstanding else row.receipt_on.isoformat()


class ReceiptDialog(FormDialog):
    """The signed 回执 of a transfer is back: the day it came and a note."""

    def __init__(self, worker: Worker, session: Session, row: TransferRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session, self.row = worker, session, row
        self.setWindowTitle(self.tr("Receipt received"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumDate(QDate(row.on_day.year, row.on_day.month, row.on_day.day))
        set_day(self.day, clock.now().date())
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("e.g. signed by the receiver, filed with the form"))
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(RED_TEXT)
        self.errors = FieldErrors(message, {"回执日期": self.day, "回执": self.note})
        form = QFormLayout(self)
        about = QLabel(self.tr("{0}: {1} carriers to {2} ({3}), {4}.").format(
            row.number, len(row.carrier_ids), row.to_unit, row.receiver, row.on_day.isoformat()))
        about.setWordWrap(True)
        form.addRow(about)
        form.addRow(self.tr("Receipt back on:"), self.day)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(message)
        form.addRow(ok_buttons(self, self.tr("Record receipt"), self.submit))

    def submit(self) -> None:
        """Record the receipt on the worker."""
        self.run(transfers.record_receipt, self.row.number, day_of(self.day), self.note.text())


class ClearanceListDialog(QDialog):
    """The yearly 清退 list: an issuing unit (those whose carriers are still held are
    offered) and the year, then the preview."""

    def __init__(self, worker: Worker, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.session = worker, session
        self.setWindowTitle(self.tr("Yearly return list"))
        self.issuer = QComboBox()
        self.issuer.setEditable(True)
        self.issuer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.issuer.setMinimumContentsLength(20)
        self.issuer.lineEdit().setPlaceholderText(self.tr("the issuing unit"))
        self.year = QSpinBox()
        this_year = clock.now().year
        self.year.setRange(1990, this_year)
        self.year.setValue(this_year)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED_TEXT)
        form = QFormLayout(self)
        form.addRow(self.tr("Issued by:"), self.issuer)
        form.addRow(self.tr("Received up to the end of:"), self.year)
        form.addRow(self.message)
        form.addRow(ok_buttons(self, self.tr("Preview…"), self.preview))
        worker.submit(transfers.issuers, session, owner=self, on_done=self._issuers,
                      on_error=lambda exc: self.message.setText(error_text(exc)))

    def _issuers(self, names: list[str]) -> None:
        self.issuer.addItems(names)
        self.issuer.setCurrentIndex(0 if names else -1)

    def preview(self) -> None:
        """Make the list on the worker and show it."""
        self.setEnabled(False)
        self.worker.submit(lifecycle_prints.clearance_form, self.session, self.issuer.currentText(),
                           self.year.value(), owner=self, on_done=self._show, on_error=self._failed)

    def _show(self, pdf: bytes) -> None:
        self.setEnabled(True)
        issuer = self.issuer.currentText().strip()
        PdfPreviewDialog(pdf, self.tr("Yearly return list"), f"{self.year.value()}年度清退清单-{issuer}.pdf",
                         parent=self).exec()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.message.setText(error_text(exc))


class TransferTab(MovementTab):
    """移交 to another unit and 清退 to the issuer, witnessed; the batches below stay
    回执未回 (red) until the signed receipt is back and recorded."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.transfers: list[TransferRow] = []
        self.kind_combo = QComboBox()
        for kind, text in ((TransferKind.TRANSFER, self.tr("Transfer to another unit")),
                           (TransferKind.RETURN, self.tr("Return to the issuer"))):
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.numbers = NumberList(worker)
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(100)
        self.unit_completer = QCompleter([], self.unit_edit)
        self.unit_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit_edit.setCompleter(self.unit_completer)
        self.receiver_edit = QLineEdit()
        self.receiver_edit.setMaxLength(40)
        self.handed_edit = QLineEdit()
        self.handed_edit.setMaxLength(40)
        self.handed_label = QLabel()
        self.witness_edit = QLineEdit()
        self.witness_edit.setMaxLength(40)
        self.remarks_edit = QLineEdit()
        self.remarks_edit.setMaxLength(200)
        self.channel_combo = QComboBox()  # never post or courier: only the lawful channels are offered
        for channel, text in ((Channel.BY_HAND, self.tr("By hand")),
                              (Channel.CONFIDENTIAL_TRANSPORT, self.tr("Confidential transport")),
                              (Channel.CONFIDENTIAL_POST, self.tr("Confidential post"))):
            self.channel_combo.addItem(text, channel.value)
        self.channel_combo.setToolTip(self.tr("Secret carriers never travel by ordinary post or courier."))
        self.hand_button = QPushButton(self.tr("Hand over"))
        self.hand_button.clicked.connect(self.hand_over)
        self.errors = FieldErrors(self.result, {"载体编号": self.numbers.edit, "移交": self.unit_edit,
                                                "清退": self.unit_edit, "传递方式": self.channel_combo})

        carried = compact(QFormLayout())
        carried.addRow(self.tr("Kind:"), self.kind_combo)
        carried.addRow(self.tr("Carriers:"), self.numbers)
        receiver = compact(QFormLayout())
        receiver.addRow(self.tr("Receiving unit:"), self.unit_edit)
        receiver.addRow(self.tr("Receiver:"), self.receiver_edit)
        receiver.addRow(self.tr("Remarks:"), self.remarks_edit)
        hands = compact(QFormLayout())
        hands.addRow(self.handed_label, self.handed_edit)
        hands.addRow(self.tr("Witness:"), self.witness_edit)
        hands.addRow(self.tr("Channel:"), self.channel_combo)
        self.form_box = QGroupBox(self.tr("Transfer or return"))
        columns = QHBoxLayout()
        columns.addLayout(carried, 4)
        columns.addLayout(receiver, 3)
        columns.addLayout(hands, 3)
        action = QHBoxLayout()
        action.addWidget(self.result, 1)
        action.addWidget(self.hand_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.form_box)
        box.addLayout(columns)
        box.addLayout(action)

        self.filter = QComboBox()
        for key, text in (("outstanding", self.tr("Receipt outstanding")), ("all", self.tr("All"))):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.table = make_table([self.tr("No."), self.tr("Kind"), self.tr("Receiving unit"), self.tr("Receiver"),
                                 self.tr("Date"), self.tr("Items"), self.tr("Receipt"), self.tr("Channel")],
                                stretch=2)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.receipt_button = QPushButton(self.tr("Receipt received…"))
        self.receipt_button.clicked.connect(self.receipt_received)
        self.form_button = QPushButton(self.tr("Print form and receipt…"))
        self.form_button.clicked.connect(self.print_form)
        yearly = QPushButton(self.tr("Yearly return list…"))
        yearly.clicked.connect(self.yearly_list)
        self.lay_out(self.tr("Transfers and returns"), [self.filter, self.count],
                     [self.receipt_button, self.form_button, yearly])
        self.writer_only = [self.receipt_button]
        self._kind_changed()
        self._selection_changed()

    def kind(self) -> TransferKind:
        """移交 or 清退, as chosen."""
        return TransferKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        returning = self.kind() is TransferKind.RETURN
        self.handed_label.setText(self.tr("Returned by:") if returning else self.tr("Handed over by:"))
        self.unit_edit.setPlaceholderText(self.tr("the issuer the carriers go back to") if returning else "")
        self.errors.fields[self.kind().value] = self.unit_edit

    def refresh(self) -> None:
        """Reload the list for the filter (and the issuers offered for a return)."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(transfers.list_transfers, self.session, self.filter.currentData() == "outstanding",
                           owner=self, on_done=self._show, on_error=lambda exc: show_error(self, exc))
        if self.may(Permission.WRITE_REGISTER):
            self.worker.submit(transfers.issuers, self.session, owner=self,
                               on_done=lambda names: self.unit_completer.model().setStringList(names),
                               on_error=lambda exc: show_error(self, exc))

    def clear_form(self) -> None:
        """Empty the form (the kind stays)."""
        self.numbers.clear()
        for edit in (self.unit_edit, self.receiver_edit, self.handed_edit, self.witness_edit, self.remarks_edit):
            edit.setText("")
        self.channel_combo.setCurrentIndex(0)
        self.errors.clear()

    def hand_over(self) -> None:
        """Record the transfer or return on the worker."""
        self._submit(None)

    def _submit(self, officer: Override | None) -> None:
        """Submit the form, with the officer's consent to another receiver when given."""
        if self.session is None:
            return
        self.errors.clear()
        self.hand_button.setEnabled(False)
        request = TransferRequest(kind=self.kind(), numbers=self.numbers.numbers(), to_unit=self.unit_edit.text(),
                                  receiver=self.receiver_edit.text(), handed_by=self.handed_edit.text(),
                                  witness=self.witness_edit.text(), remarks=self.remarks_edit.text(),
                                  channel=self.channel_combo.currentData(), officer=officer)
        self.worker.submit(transfers.transfer, self.session, request, owner=self, on_done=self._handed,
                           on_error=self._hand_failed)

    def _hand_failed(self, exc: BaseException) -> None:
        self.hand_button.setEnabled(True)
        if isinstance(exc, Refused) and exc.code == "other_receiver":
            dialog = OverrideDialog(error_text(exc), self, self.tr("Record the return"))
            if dialog.exec():
                self._submit(dialog.override())
            return
        self.failed(exc)

    def _handed(self, row: TransferRow) -> None:
        self.hand_button.setEnabled(True)
        self.clear_form()
        self.say(self.tr("{0}: {1} carriers to {2} ({3}). Print the form and the receipt for the receiver "
                         "to sign; record the receipt when it is back.").format(
            row.number, len(row.carrier_ids), row.to_unit, row.receiver))
        self.select_after = row.number
        self.changed.emit()
        self.refresh()

    def _show(self, rows: list[TransferRow]) -> None:
        key = self.select_after or (self.selected().number if self.selected() else "")
        self.select_after = ""
        self.transfers = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            fill_row(self.table, i, (row.number, row.kind, row.to_unit, row.receiver, row.on_day.isoformat(),
                                     str(len(row.carrier_ids)), receipt_state(row), row.channel or "—"),
                     red_columns=(6,) if row.outstanding else ())
        self.count.setText(self.tr("{0} transfers and returns").format(len(rows)))
        self.table.clearSelection()
        select_key(self.table, [r.number for r in rows], key)
        self._selection_changed()

    def selected(self) -> TransferRow | None:
        """The transfer selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.transfers[rows[0].row()] if rows and rows[0].row() < len(self.transfers) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.receipt_button.setEnabled(row is not None and row.outstanding)
        self.form_button.setEnabled(row is not None)

    def receipt_received(self) -> None:
        """Record the signed receipt of the selected transfer."""
        row = self.selected()
        if row is None or self.session is None:
            return
        dialog = ReceiptDialog(self.worker, self.session, row, self)
        if dialog.exec():
            self.say(self.tr("{0}: receipt recorded ({1}).").format(row.number, dialog.outcome.receipt_on.isoformat()))
            self.select_after = row.number
            self.changed.emit()
            self.refresh()

    def print_form(self) -> None:
        """移交/清退登记表 with its 回执, of the selected row."""
        row = self.selected()
        if row is not None and self.session is not None:
            preview_pdf(self, self.worker, lifecycle_prints.transfer_form, self.session, row.number,
                        title=self.tr("Transfer form and receipt"), filename=f"{row.kind}登记表-{row.number}.pdf")

    def yearly_list(self) -> None:
        """The yearly 清退 list of one issuer."""
        if self.session is not None:
            ClearanceListDialog(self.worker, self.session, self).exec()
