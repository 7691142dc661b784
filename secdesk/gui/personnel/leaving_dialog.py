"""The guided leaving flow (离岗/离职/调离): what the person holds, a successor for each
carrier in their keeping, the leaving undertaking, the 脱密期 — then the 离岗保密审查表.

The dialog will not finish while a carrier is still on loan or a kept carrier has no
successor; the service refuses the same, so the rule holds without the dialog too.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from secdesk.domain.carriers.terms import add_months
from secdesk.domain.personnel.model import Person, Status
from secdesk.services import personnel
from secdesk.services.session import Session
from secdesk.gui.shell.field_errors import FieldErrors, FormDialog, day_of, set_day
from secdesk.gui.forms.ui_leaving_dialog import Ui_LeavingDialog
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.worker import Worker

RED = QColor("#b00020")


class LeavingDialog(FormDialog):
    """Takes ``person`` (on duty) through leaving; ``outcome`` holds them afterwards."""

    def __init__(self, worker: Worker, session: Session, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_LeavingDialog()
        ui.setupUi(self)
        self.worker, self.session, self.person = worker, session, person
        self.holdings: personnel.Holdings | None = None
        self.successor_combos: dict[str, QComboBox] = {}
        d = person.draft
        self.setWindowTitle(self.tr("Leaving: {0}").format(person.name))
        ui.personLabel.setText(f"{person.name}　{person.badge}　{d.dept}　{d.post}　涉密等级：{d.clearance.value}")
        for kind in personnel.LEAVING_KINDS:
            ui.kindCombo.addItem(kind, kind)
        default, shortest, longest = d.clearance.declassification_years
        ui.yearsSpin.setRange(shortest, longest)
        ui.yearsSpin.setValue(session.settings()[f"declassify_years.{d.clearance.value}"])
        set_day(ui.leftEdit, None)
        ui.commitmentEdit.setMinimumDate(QDate(1950, 1, 1))  # shown as the special text below
        ui.commitmentEdit.setSpecialValueText(self.tr("enter the day it was signed"))
        ui.commitmentEdit.setDate(ui.commitmentEdit.minimumDate())  # never assumed signed today
        ui.commitmentEdit.dateChanged.connect(self._check_ready)
        ui.leftEdit.dateChanged.connect(self._show_period)
        ui.yearsSpin.valueChanged.connect(self._show_period)
        table = ui.holdingsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Carrier no."), self.tr("Marking"), self.tr("Held as"),
                                         self.tr("What happens to it")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Complete leaving"))
        self.ok.setEnabled(False)
        self.errors = FieldErrors(ui.messageLabel, {"离岗日期": ui.leftEdit, "承诺书日期": ui.commitmentEdit,
                                                    "脱密期": ui.yearsSpin, "离岗类型": ui.kindCombo})
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        self._show_period()
        worker.submit(self._load, owner=self, on_done=self._show_holdings,
                      on_error=lambda exc: show_error(self, exc))

    def _load(self) -> tuple[personnel.Holdings, list[Person]]:
        held = personnel.holdings(self.session, self.person.badge)
        others = [p for p in personnel.list_persons(self.session, status=Status.ON_DUTY.value)
                  if p.id != self.person.id]
        return held, others

    def _show_period(self) -> None:
        start = day_of(self.ui.leftEdit)
        end = add_months(start, self.ui.yearsSpin.value() * 12)
        self.ui.periodLabel.setText(self.tr("Declassification period: {0} to {1}").format(
            start.isoformat(), end.isoformat()))

    def _show_holdings(self, loaded: tuple[personnel.Holdings, list[Person]]) -> None:
        held, others = loaded
        self.holdings = held
        table = self.ui.holdingsTable
        table.setRowCount(len(held.on_loan) + len(held.missing) + len(held.kept))
        for row, (number, marking, due) in enumerate(held.on_loan):
            self._row(row, number, marking, self.tr("On loan, due {0}").format(due))
            self._red(row, self.tr("Must be returned first"))
        for row, (number, marking) in enumerate(held.missing, len(held.on_loan)):
            self._row(row, number, marking, self.tr("Custodian, missing"))
            self._red(row, self.tr("Cannot be handed over: it must be found first"))
        for row, (_, number, marking) in enumerate(held.kept, len(held.on_loan) + len(held.missing)):
            self._row(row, number, marking, self.tr("Custodian"))
            combo = self._successor_combo(others)
            combo.currentIndexChanged.connect(self._check_ready)
            table.setCellWidget(row, 3, combo)
            self.successor_combos[number] = combo
        self._fill_successors(self.ui.allCombo, others)
        self.ui.allCombo.currentIndexChanged.connect(self._hand_all_to)
        for widget in (self.ui.allLabel, self.ui.allCombo):
            widget.setVisible(len(held.kept) > 1)
        if not held.outstanding:
            self.ui.holdingsLabel.setText(self.tr("The person holds no classified carrier."))
        self._check_ready()

    def _successor_combo(self, others: list[Person]) -> QComboBox:
        combo = QComboBox()
        self._fill_successors(combo, others)
        return combo

    def _fill_successors(self, combo: QComboBox, others: list[Person]) -> None:
        combo.addItem(self.tr("Choose the successor…"), "")
        for p in others:
            combo.addItem(f"{p.name}（{p.draft.dept}，{p.draft.clearance.value}，{p.badge}）", p.badge)

    def _hand_all_to(self, index: int) -> None:
        """One successor for every kept carrier (each row can still be changed)."""
        if index > 0:
            for combo in self.successor_combos.values():
                combo.setCurrentIndex(index)

    def _red(self, row: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setForeground(RED)
        self.ui.holdingsTable.setItem(row, 3, item)

    def _row(self, row: int, number: str, marking: str, held_as: str) -> None:
        for col, text in enumerate((number, marking, held_as)):
            self.ui.holdingsTable.setItem(row, col, QTableWidgetItem(text))

    def handover(self) -> dict[str, str]:
        """Carrier number → successor's badge, for the carriers given one."""
        return {n: c.currentData() for n, c in self.successor_combos.items() if c.currentData()}

    def _check_ready(self) -> None:
        """Enable 办理离岗 only when nothing is out or missing, every kept carrier has a
        successor and the day the undertaking was signed is entered."""
        held = self.holdings
        if held is None:
            return
        waiting = [n for n in self.successor_combos if n not in self.handover()]
        if held.on_loan:
            text = self.tr("{0} carrier(s) still on loan: they must be returned at the scan station "
                           "before leaving can be completed.").format(len(held.on_loan))
        elif held.missing:
            text = self.tr("{0} carrier(s) in the person's keeping are missing: they cannot be handed "
                           "over until found or the incident is closed.").format(len(held.missing))
        elif waiting:
            text = self.tr("{0} of the {1} carriers in the person's keeping have no successor yet.").format(
                len(waiting), len(self.successor_combos))
        elif self.ui.commitmentEdit.date() == self.ui.commitmentEdit.minimumDate():
            text = self.tr("Enter the date the leaving undertaking was signed.")
        else:
            text = ""
        self.ui.messageLabel.setText(text)
        self.ok.setEnabled(not text)

    def submit(self) -> None:
        """Record the leaving on the worker; then show the 离岗保密审查表 to print."""
        ui = self.ui
        self.run(personnel.leave, self.person.badge, ui.kindCombo.currentData(), day_of(ui.leftEdit),
                 day_of(ui.commitmentEdit), self.handover(), ui.yearsSpin.value())
