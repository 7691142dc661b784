"""外出携带: carry carriers out with approval, bring them back checked, 外出携带审批表 (form 4)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain import clock
from secdesk.domain.lending.rules import NeedsApproval
from secdesk.domain.roles import Permission
from secdesk.gui.lending.station_dialogs import CountDialog
from secdesk.gui.lifecycle.movements_page import ask_approval, NumberList, MovementTab
from secdesk.gui.shell.field_errors import FieldErrors, day_of, set_day
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.scan_field import guarded_exec
from secdesk.gui.shell.widgets import (
    make_table,
    fill_row,
    select_key,
    preview_pdf,
    compact,
    PersonField,
)
from secdesk.gui.shell.worker import Worker
from secdesk.services import approvals, lifecycle_prints, outings
from secdesk.services.lending import Approval, Override
from secdesk.services.outings import OutingRequest
from secdesk.services.outings import OutingRow


def outing_state(row: OutingRow, today: date) -> str:
    """外出 / 外出（已带回1/2） / 逾期N天 / 已带回 / 已带回（有异常）, as the list shows it."""
    still_out = [i for i in row.items if not i.returned_at]
    if not still_out:
        return "已带回" + ("（有异常）" if any(i.whole is False for i in row.items) else "")
    if row.overdue(today):
        return f"逾期{(today - row.return_on).days}天"
    back = len(row.items) - len(still_out)
    return "外出" + (f"（已带回{back}/{len(row.items)}）" if back else "")


class BringBackDialog(CountDialog):
    """The check of one carrier back from an outing: whole and nothing added, or what is
    wrong — or not back yet (the next one is asked)."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(reason, parent)
        self.setWindowTitle(self.tr("Check on bringing back"))
        self.note.setPlaceholderText(self.tr("e.g. page 5 missing, a paper added"))
        later = QPushButton(self.tr("Not back yet"))
        later.setAutoDefault(False)
        later.clicked.connect(self.reject)
        self.layout().addRow(later)

    def _answer(self, whole: bool) -> None:
        if not whole and not self.note.text().strip():
            self.note.setStyleSheet("border: 2px solid #b00020;")
            self.note.setFocus()
            return
        super()._answer(whole)


class OutingTab(MovementTab):
    """外出携带: approved carrying out (never 绝密: it is read in the room); the
    outings below, overdue ones red, with the check on bringing back and the form."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.outings: list[OutingRow] = []
        self.approval: Approval | None = None
        self.officer: Override | None = None
        self.numbers = NumberList(worker)
        self.person = PersonField(self.tr("choose, or scan the badge"))
        self.destination_edit = QLineEdit()
        self.destination_edit.setMaxLength(100)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setMaxLength(100)
        self.return_edit = QDateEdit()
        self.return_edit.setCalendarPopup(True)
        self.return_edit.setDisplayFormat("yyyy-MM-dd")
        self.approver = PersonField(self.tr("choose, or scan the badge"))
        self.person_fields = [self.person, self.approver]
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(40)
        self.reference_edit.setPlaceholderText(self.tr("number of the signed approval form"))
        self.carry_button = QPushButton(self.tr("Carry out"))
        self.carry_button.clicked.connect(self.carry_out)
        self.errors = FieldErrors(self.result, {
            "载体编号": self.numbers.edit, "携带外出": self.destination_edit, "返回日期": self.return_edit})

        carried = compact(QFormLayout())
        carried.addRow(self.tr("Carriers:"), self.numbers)
        who = compact(QFormLayout())
        who.addRow(self.tr("Carried by:"), self.person)
        who.addRow(self.tr("Destination:"), self.destination_edit)
        who.addRow(self.tr("Purpose:"), self.purpose_edit)
        approval = compact(QFormLayout())
        approval.addRow(self.tr("Back by:"), self.return_edit)
        approval.addRow(self.tr("Approved by:"), self.approver)
        approval.addRow(self.tr("Approval form no.:"), self.reference_edit)
        self.form_box = QGroupBox(self.tr("Carry out"))
        columns = QHBoxLayout()
        columns.addLayout(carried, 4)
        columns.addLayout(who, 3)
        columns.addLayout(approval, 3)
        action = QHBoxLayout()
        action.addWidget(self.result, 1)
        action.addWidget(self.carry_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.form_box)
        box.addLayout(columns)
        box.addLayout(action)

        self.filter = QComboBox()
        for key, text in (("open", self.tr("Out now")), ("overdue", self.tr("Overdue")),
                          ("all", self.tr("All outings"))):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.table = make_table([self.tr("No."), self.tr("Carriers"), self.tr("Carried by"), self.tr("Destination"),
                                 self.tr("Back by"), self.tr("State")], stretch=1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.back_button = QPushButton(self.tr("Bring back…"))
        self.back_button.clicked.connect(self.bring_back)
        self.form_button = QPushButton(self.tr("Print approval form…"))
        self.form_button.clicked.connect(self.print_form)
        self.lay_out(self.tr("Outings"), [self.filter, self.count], [self.back_button, self.form_button])
        self.writer_only = [self.back_button]
        self._selection_changed()

    def refresh(self) -> None:
        """Reload the outings for the filter (and the people on duty for the form)."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(outings.list_outings, self.session, self.filter.currentData(), owner=self,
                           on_done=self._show, on_error=lambda exc: show_error(self, exc))
        if self.may(Permission.WRITE_REGISTER):
            self.load_people()

    def clear_form(self) -> None:
        """Empty the form; back by tomorrow."""
        self.numbers.clear()
        for edit in (self.destination_edit, self.purpose_edit, self.reference_edit):
            edit.setText("")
        self.person.reset()
        self.approver.reset()
        today = clock.now().date()
        self.return_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        set_day(self.return_edit, today + timedelta(days=1))
        self.errors.clear()

    def carry_out(self) -> None:
        """Record the outing on the worker; an approval or the officer's consent is asked
        when the rules call for it, then the request is made again."""
        if self.session is None:
            return
        self.officer = None
        badge, reference = self.approver.badge(), self.reference_edit.text().strip()
        self._submit(Approval(badge, reference) if badge or reference else None)

    def _submit(self, approval: Approval | None) -> None:
        self.approval = approval
        self.errors.clear()
        self.carry_button.setEnabled(False)
        request = OutingRequest(numbers=self.numbers.numbers(), person=self.person.badge(),
                                destination=self.destination_edit.text(), purpose=self.purpose_edit.text(),
                                return_on=day_of(self.return_edit), approval=approval, officer=self.officer)
        self.worker.submit(outings.carry_out, self.session, request, owner=self, on_done=self._carried,
                           on_error=self._carry_failed)

    def _carry_failed(self, exc: BaseException) -> None:
        self.carry_button.setEnabled(True)
        if isinstance(exc, NeedsApproval):
            people = self.worker.wait_for(approvals.eligible, self.session, exc.level, exc.by, self.person.badge())
            approval = ask_approval(self, error_text(exc), people, self.person.badge(),
                                    self.tr("Carry out"), self.approval)
            if approval is not None:
                self.approver.set_badge(approval.approver)
                self.reference_edit.setText(approval.reference)
                self._submit(approval)
            return
        self.failed(exc)

    def _carried(self, row: OutingRow) -> None:
        self.carry_button.setEnabled(True)
        self.officer = None
        self.clear_form()
        self.say(self.tr("{0}: {1} carriers out with {2} to {3}, back by {4}.").format(
            row.number, len(row.items), row.person, row.destination, row.return_on.isoformat()))
        self.select_after = row.number
        self.changed.emit()
        self.refresh()

    def _show(self, rows: list[OutingRow]) -> None:
        key = self.select_after or (self.selected().number if self.selected() else "")
        self.select_after = ""
        self.outings = rows
        today = clock.now().date()
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            fill_row(self.table, i, (row.number, "、".join(item.number for item in row.items),
                                     f"{row.person}（{row.dept}）", row.destination, row.return_on.isoformat(),
                                     outing_state(row, today)),
                     red_columns=(4, 5) if row.overdue(today) else ())
        self.count.setText(self.tr("{0} outings").format(len(rows)))
        self.table.clearSelection()
        select_key(self.table, [r.number for r in rows], key)
        self._selection_changed()

    def selected(self) -> OutingRow | None:
        """The outing selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.outings[rows[0].row()] if rows and rows[0].row() < len(self.outings) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.back_button.setEnabled(row is not None and row.closed_at is None)
        self.form_button.setEnabled(row is not None)

    def bring_back(self) -> None:
        """Check each carrier of the selected outing that is still out, one after another."""
        row = self.selected()
        if row is None or self.session is None:
            return
        self._bring_back_next(row, [i.number for i in row.items if not i.returned_at])

    def _bring_back_next(self, row: OutingRow, waiting: list[str]) -> None:
        while waiting:
            number = waiting.pop(0)
            dialog = BringBackDialog(self.tr("{0} back from {1} ({2}): complete, with nothing added?").format(
                number, row.destination, row.person), self)
            guarded_exec(dialog, dialog.take_own_scan)
            if dialog.whole is None:
                continue  # not back yet
            self.worker.submit(outings.bring_back, self.session, number, dialog.whole, dialog.note.text(),
                               owner=self, on_done=lambda done: self._brought_back(done, waiting),
                               on_error=self._back_failed)
            return
        self.refresh()

    def _brought_back(self, row: OutingRow, waiting: list[str]) -> None:
        back = sum(1 for i in row.items if i.returned_at)
        self.say(self.tr("{0}: {1} of {2} carriers back.").format(row.number, back, len(row.items)))
        self.select_after = row.number
        self.changed.emit()
        self._bring_back_next(row, waiting)

    def _back_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()

    def print_form(self) -> None:
        """外出携带审批表 of the selected outing."""
        row = self.selected()
        if row is not None and self.session is not None:
            preview_pdf(self, self.worker, lifecycle_prints.outing_form, self.session, row.number,
                        title=self.tr("Carrying-out approval form"), filename=f"外出携带审批表-{row.number}.pdf")
