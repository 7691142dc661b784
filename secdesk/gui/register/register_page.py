"""The register page (台账): filters, search as you type, the lazily loaded table, the
selected carrier's history, and the actions the role allows."""

from __future__ import annotations

import html
import json
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QInputDialog, QMessageBox, QWidget

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import Carrier, CarrierType, State
from secdesk.domain.carriers.query import RegisterQuery
from secdesk.domain.carriers.terms import marking, parse_term
from secdesk.domain.errors import SecdeskError
from secdesk.domain.events import event_zh
from secdesk.domain.roles import Permission
from secdesk.services import carriers
from secdesk.services.session import Session
from secdesk.gui.register.carrier_dialog import CarrierDialog
from secdesk.gui.forms.ui_reclassify_dialog import Ui_ReclassifyDialog
from secdesk.gui.forms.ui_register_page import Ui_RegisterPage
from secdesk.gui.shell.label_print import LabelPrintDialog, offer_reprint, print_register
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.register.register_columns import RegisterColumns
from secdesk.gui.register.register_model import RegisterModel
from secdesk.gui.register.to_destruction import ToDestructionDialog
from secdesk.gui.shell.widgets import FlowLayout, flowing, ui_settings
from secdesk.gui.shell.worker import Worker
from secdesk.gui.transfer.menu import TransferButton


class RegisterPage(QWidget):
    """The whole register, for the clerk (who writes) and the officer and auditor (who read)."""

    open_batch = Signal(str)  # the clerk asked to see a destruction batch

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegisterPage()
        self.ui.setupUi(self)
        self.worker = worker
        self.session: Session | None = None
        self.model = RegisterModel(worker, self)
        table = self.ui.table
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.setSelectionMode(table.SelectionMode.ExtendedSelection)
        self.columns = RegisterColumns(table)
        self.columns.restore(ui_settings())
        self.ui.splitter.setSizes([520, 140])
        self.ui.historyView.setPlaceholderText(self.tr("Select a carrier to see its history here."))
        self._wrap_rows()
        self._fill_filters()
        self._debounce = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        for edit in (self.ui.searchEdit, self.ui.locationEdit, self.ui.custodianEdit):
            edit.textChanged.connect(self._debounce.start)
        for combo in (self.ui.levelCombo, self.ui.typeCombo, self.ui.stateCombo):
            combo.currentIndexChanged.connect(self.refresh)
        self.ui.dateBox.toggled.connect(self.refresh)
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.dateChanged.connect(lambda _: self.ui.dateBox.isChecked() and self.refresh())
        self.model.total_changed.connect(self._show_total)
        self.model.estimate_changed.connect(self._show_estimate)
        table.selectionModel().currentRowChanged.connect(self._show_history)
        table.selectionModel().selectionChanged.connect(self._enable_actions)
        self.model.modelReset.connect(self._enable_actions)
        table.doubleClicked.connect(lambda _: self.edit())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.voidButton.clicked.connect(self.void)
        self.ui.reclassifyButton.clicked.connect(self.reclassify)
        self.ui.labelsButton.clicked.connect(self.print_labels)
        self.ui.destroyButton.clicked.connect(self.to_destruction)
        self.ui.printButton.clicked.connect(self.print_register)
        self.ui.actions.addWidget(TransferButton(self, "register"))  # 导入/导出

    def _wrap_rows(self) -> None:
        """The filter bar and the buttons wrap onto a second row on a narrow screen."""
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.ui.dateBox, self.ui.fromDate, self.ui.toLabel, self.ui.toDate):
            self.ui.filters.removeWidget(widget)
            row.addWidget(widget)
        self.ui.filters.addWidget(dates)  # the date range wraps as one piece
        self.ui.searchEdit.setMinimumWidth(240)  # room for a title's words when the row has it
        self.filter_bar = flowing(self.ui.filters)
        self.button_bar = QWidget()
        flow = FlowLayout(self.button_bar, right=True)
        self.ui.actions.removeItem(self.ui.spacer)
        for button in self._buttons():
            self.ui.actions.removeWidget(button)
            flow.addWidget(button)
        self.ui.actions.addWidget(self.button_bar, 1)

    def _buttons(self):
        return (self.ui.addButton, self.ui.editButton, self.ui.voidButton, self.ui.reclassifyButton,
                self.ui.labelsButton, self.ui.destroyButton, self.ui.printButton)

    def save_columns(self, settings: QSettings) -> None:
        """Remember the table's columns (the main window calls this as it closes)."""
        self.columns.save(settings)

    def _enable_actions(self, *_) -> None:
        """What needs a carrier is enabled only while one is selected."""
        some = bool(self.selected())
        one = some and self.model.carrier(self.ui.table.currentIndex().row()) is not None
        for button, enabled in ((self.ui.editButton, one), (self.ui.voidButton, one),
                                (self.ui.reclassifyButton, one), (self.ui.labelsButton, some),
                                (self.ui.destroyButton, some), (self.ui.printButton, self.session is not None)):
            button.setEnabled(enabled)
        hint = "" if some else self.tr("Select a carrier in the table first.")
        for button in (self.ui.editButton, self.ui.voidButton, self.ui.reclassifyButton,
                       self.ui.labelsButton, self.ui.destroyButton):
            button.setToolTip(hint)

    def _fill_filters(self) -> None:
        for combo, label, enum in ((self.ui.levelCombo, self.tr("All levels"), Level),
                                   (self.ui.typeCombo, self.tr("All types"), CarrierType),
                                   (self.ui.stateCombo, self.tr("All states"), State)):
            combo.addItem(label, None)
            for member in enum:
                combo.addItem(member.value, member.value)
        today = QDate.currentDate()
        self.ui.fromDate.setDate(today.addMonths(-3))
        self.ui.toDate.setDate(today)

    def set_session(self, session: Session | None) -> None:
        """Show the register of this session (None: hide everything)."""
        self.session = session
        can_write = bool(session and session.actor.can(Permission.WRITE_REGISTER))
        for button in (self.ui.addButton, self.ui.editButton, self.ui.voidButton,
                       self.ui.labelsButton, self.ui.destroyButton):
            button.setVisible(can_write)
        self.ui.reclassifyButton.setVisible(bool(session and session.actor.can(Permission.APPROVE)))
        self.ui.printButton.setVisible(session is not None)
        self.ui.historyView.clear()
        self.refresh()
        self._enable_actions()

    def query(self) -> RegisterQuery:
        """The query the filters describe, keeping the current sort."""
        def chosen(combo, enum):
            value = combo.currentData()
            return frozenset({enum(value)}) if value is not None else frozenset()

        dated = self.ui.dateBox.isChecked()
        return replace(
            self.model.query,
            search=self.ui.searchEdit.text().strip(),
            levels=chosen(self.ui.levelCombo, Level), types=chosen(self.ui.typeCombo, CarrierType),
            states=chosen(self.ui.stateCombo, State),
            location=self.ui.locationEdit.text().strip(),
            custodian=self.ui.custodianEdit.text().strip(),
            registered_from=_day(self.ui.fromDate.date()) if dated else None,
            registered_to=_day(self.ui.toDate.date()) if dated else None,
        )

    def refresh(self) -> None:
        """Reload the table for the filters."""
        self.ui.countLabel.setText(self.tr("Counting…"))
        self.model.reload(self.session, self.query())

    def _show_total(self, total: int) -> None:
        self.ui.countLabel.setText(self.tr("{0} carriers").format(f"{total:,}"))

    def _show_estimate(self, total: int) -> None:
        self.ui.countLabel.setText(self.tr("About {0} carriers (counting…)").format(f"{total:,}"))

    def selected(self) -> list[Carrier]:
        """The carriers of the selected rows, in table order."""
        rows = sorted({i.row() for i in self.ui.table.selectionModel().selectedRows()})
        return [c for c in (self.model.carrier(r) for r in rows) if c is not None]

    def _current(self) -> Carrier | None:
        carrier = self.model.carrier(self.ui.table.currentIndex().row())
        if carrier is None:
            QMessageBox.information(self, self.tr("Register"), self.tr("Select a carrier first."))
        return carrier

    def _show_history(self, current, previous=None) -> None:
        carrier = self.model.carrier(current.row())
        if carrier is None or self.session is None:
            self.ui.historyView.clear()
            return
        self.worker.submit(carriers.history, self.session, carrier.number, owner=self,
                           on_done=lambda events: self._render_history(carrier, events),
                           on_error=lambda exc: self.ui.historyView.setPlainText(error_text(exc)))

    def _render_history(self, carrier: Carrier, events) -> None:
        lines = [f"<b>{html.escape(carrier.number)}</b> {html.escape(carrier.marking)} "
                 f"{html.escape(carrier.copy_text)} — {html.escape(carrier.draft.title)}"]
        if carrier.void_reason:
            lines.append(html.escape(self.tr("Voided: {0}").format(carrier.void_reason)))
        for e in events:
            line = "  ".join(html.escape(p) for p in (e.at.replace("T", " ")[:16], e.account,
                                                       event_zh(e.event)))
            change = change_html(e.before, e.after) if e.event != "carrier.register" else ""
            lines.append("  ".join(p for p in (line, change, html.escape(e.detail)) if p))
        self.ui.historyView.setHtml("<br>".join(lines))

    # -- actions ------------------------------------------------------------------------
    def add(self) -> None:
        """Register new carriers; offer their labels straight away."""
        dialog = CarrierDialog(self.worker, self.session, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            made = dialog.result_carriers
            numbers = "\n".join(c.number for c in made[:10]) + ("\n…" if len(made) > 10 else "")
            answer = QMessageBox.question(
                self, self.tr("Registered"),
                self.tr("{0} carriers registered:\n{1}\n\nPrint their labels now?").format(len(made), numbers))
            if answer == QMessageBox.StandardButton.Yes:
                self._labels_for(made)

    def edit(self) -> None:
        """Correct the descriptive fields of the current carrier."""
        carrier = self._current()
        if carrier is None or not self.session.actor.can(Permission.WRITE_REGISTER):
            return
        if CarrierDialog(self.worker, self.session, carrier, parent=self).exec():
            self.refresh()

    def void(self) -> None:
        """Void a wrong entry with a reason (it stays, struck through)."""
        carrier = self._current()
        if carrier is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void entry"), self.tr(
            "Reason for voiding {0} (the entry stays in the register):").format(carrier.number))
        if ok:
            self.worker.submit(carriers.void, self.session, carrier.number, reason, owner=self,
                               on_done=lambda _: self.refresh(), on_error=lambda e: show_error(self, e))

    def reclassify(self) -> None:
        """定密变更 by the officer, with basis and approval reference."""
        carrier = self._current()
        if carrier is not None:
            if ReclassifyDialog(self.worker, self.session, carrier, self).exec():
                self.refresh()
                offer_reprint(self, self.worker, self.session, carrier.number)

    def print_labels(self) -> None:
        """Labels of the selected carriers."""
        chosen = self.selected()
        if not chosen:
            QMessageBox.information(self, self.tr("Labels"), self.tr("Select the carriers first."))
            return
        self._labels_for(chosen)

    def _labels_for(self, chosen: list[Carrier]) -> None:
        LabelPrintDialog(self.worker, self.session, [c.number for c in chosen], self).exec()

    def to_destruction(self) -> None:
        """List the selected carriers on a draft destruction batch (or a new one)."""
        chosen = self.selected()
        if not chosen:
            QMessageBox.information(self, self.tr("Destruction"), self.tr("Select the carriers first."))
            return
        dialog = ToDestructionDialog(self.worker, self.session, [c.number for c in chosen], self)
        if not dialog.exec():
            return
        number = dialog.outcome[0]
        if not number:
            QMessageBox.warning(self, self.tr("Destruction"), dialog.summary())
            return
        answer = QMessageBox.question(self, self.tr("Destruction"),
                                      dialog.summary() + "\n\n" + self.tr("Open the batch now?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_batch.emit(number)

    def print_register(self) -> None:
        """Form 1 for the current filters."""
        print_register(self, self.worker, self.session, self.query())


class ReclassifyDialog(QDialog):
    """New 密级 and 期限 with the basis and the approval reference."""

    def __init__(self, worker: Worker, session: Session, carrier: Carrier, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReclassifyDialog()
        self.ui.setupUi(self)
        self.worker, self.session, self.carrier = worker, session, carrier
        self.ui.currentLabel.setText(self.tr("{0}: now {1}").format(carrier.number, carrier.marking))
        for level in Level:
            self.ui.levelCombo.addItem(level.value, level.value)
        self.ui.levelCombo.setCurrentIndex(self.ui.levelCombo.findData(carrier.draft.level.value))
        self.ui.termEdit.setText(carrier.draft.term.text())
        self.ui.levelCombo.currentIndexChanged.connect(self._preview)
        self.ui.termEdit.textChanged.connect(self._preview)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._preview()

    def _preview(self) -> None:
        level = Level(self.ui.levelCombo.currentData())
        try:
            self.ui.markingLabel.setText(marking(level, parse_term(self.ui.termEdit.text(), level)))
        except SecdeskError as exc:
            self.ui.markingLabel.setText(exc.text())

    def submit(self) -> None:
        """Record the change on the worker."""
        level = Level(self.ui.levelCombo.currentData())
        try:
            term = parse_term(self.ui.termEdit.text(), level)
        except SecdeskError as exc:
            self.ui.messageLabel.setText(exc.text())
            return
        self.worker.submit(carriers.reclassify, self.session, self.carrier.number, level, term,
                           self.ui.basisEdit.text(), self.ui.refEdit.text(), owner=self,
                           on_done=lambda _: self.accept(),
                           on_error=lambda exc: self.ui.messageLabel.setText(error_text(exc)))


FIELD_ZH = {"title": "名称", "origin_unit": "发文单位", "doc_no": "文号", "extent": "页数或容量",
            "scope": "知悉范围", "no_copy": "不准复制", "source_detail": "来源", "custodian": "保管人",
            "location": "存放位置", "remarks": "备注", "issue_date": "制发日", "ctype": "类别",
            "marking": "密级标志", "state": "状态"}


def change_html(before: str | None, after: str | None) -> str:
    """``存放位置 <s>A柜</s> → B柜`` for each changed field of an audit event."""
    old, new = json.loads(before or "{}"), json.loads(after or "{}")
    parts = []
    for key in new:
        label = html.escape(FIELD_ZH.get(key, key))
        if key in old:
            parts.append(f"{label} <s>{html.escape(str(old[key]))}</s> → {html.escape(str(new[key]))}")
        else:
            parts.append(f"{label} {html.escape(str(new[key]))}")
    return "；".join(parts)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
