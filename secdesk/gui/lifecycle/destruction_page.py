"""The destruction tab (销毁): batches on the left; on the right the chosen batch — its
details, its list of carriers (scanned or typed in, each refusal with its reason), the
totals by type, and the step it is at: draft → approved (officer) → executed (clerk, with
two or more 监销人 confirming) — or cancelled."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.lifecycle.rules import BatchState, Method
from secdesk.domain.personnel.model import Person, Status
from secdesk.domain.roles import Permission
from secdesk.services import destruction, lifecycle_prints, personnel
from secdesk.services.destruction import Batch, BatchDraft
from secdesk.services.session import Session
from secdesk.gui.lifecycle.destruction_dialogs import ApproveDialog, ExecuteDialog
from secdesk.gui.shell.field_errors import day_of, set_day
from secdesk.gui.lending.lending_prints import _preview
from secdesk.gui.shell.messages import show_error
from secdesk.gui.shell.scan_field import ScanField
from secdesk.gui.shell.worker import Worker
from secdesk.domain.carriers.model import TYPE_UNITS

RED = "color: #b00020;"
NEXT_STEP = {  # shown as they are: the clerk's words
    BatchState.DRAFT: "下一步：列入载体、填写批次信息并保存，打印审批表，交安全保密管理员批准。",
    BatchState.APPROVED: "已批准。销毁完成后，由保密员登记已销毁，监销人逐一确认。",
    BatchState.EXECUTED: "已执行：载体已销毁。批次及清单永久保存。",
    BatchState.CANCELLED: "已撤销：载体仍在库。批次存档备查。",
}


def type_totals(batch: Batch) -> str:
    """纸介质 3份，U盘 1个 — what the list holds, by type."""
    counts = Counter(c.draft.ctype.value for c in batch.carriers)
    return "，".join(f"{t} {counts[t]}{unit}" for t, unit in TYPE_UNITS.items() if counts[t])


class DestructionTab(QWidget):
    """Destruction batches and the chosen batch."""

    changed = Signal()  # a batch was created, changed, approved, executed or cancelled

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.batch: Batch | None = None
        self.persons: list[Person] = []
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_batch())
        splitter.setSizes([300, 900])
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(splitter)

    # -- building -----------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        box = QWidget()
        self.filter = QComboBox()
        for text, state in ((self.tr("Open batches"), "open"), (self.tr("All batches"), None),
                            *((self.tr(s.value), s) for s in BatchState)):
            self.filter.addItem(text, state)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.batches = QTableWidget(0, 3)
        self.batches.setHorizontalHeaderLabels([self.tr("No."), self.tr("State"), self.tr("Reason")])
        self.batches.verticalHeader().hide()
        self.batches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batches.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.batches.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.batches.itemSelectionChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("New batch"))
        self.new_button.clicked.connect(self.new_batch)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter)
        column.addWidget(self.batches, 1)
        column.addWidget(self.new_button)
        return box

    def _build_batch(self) -> QWidget:
        box = QWidget()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.step = QLabel()
        self.step.setWordWrap(True)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.step)
        column.addWidget(self._build_details())
        column.addWidget(self._build_carriers(), 1)
        column.addLayout(self._build_actions())
        return box

    def _build_details(self) -> QGroupBox:
        group = QGroupBox(self.tr("Details"))
        self.dept, self.applicant, self.reason = QLineEdit(), QLineEdit(), QLineEdit()
        self.method = QComboBox()
        for m in Method:
            self.method.addItem(m.value, m)
        self.place, self.destroyer, self.receiver = QLineEdit(), QLineEdit(), QLineEdit()
        self.place.setPlaceholderText(self.tr("place, or the destruction unit"))
        self.planned = QDateEdit()
        self.planned.setCalendarPopup(True)
        self.planned.setDisplayFormat("yyyy-MM-dd")
        self.planned.setSpecialValueText(" ")  # its minimum date: no batch, no date shown
        self.supervisor_pick = QComboBox()
        self.supervisor_pick.setEditable(True)
        self.supervisor_pick.lineEdit().setPlaceholderText(self.tr("choose, or scan a badge"))
        add, drop = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self._add_supervisor)
        drop.clicked.connect(lambda: self.supervisors.takeItem(self.supervisors.currentRow()))
        self.supervisors = QListWidget()
        self.supervisors.setMaximumHeight(64)
        self.save_button = QPushButton(self.tr("Save details"))
        self.save_button.clicked.connect(self.save)
        grid = QGridLayout(group)
        fields = ((self.tr("Department:"), self.dept), (self.tr("Applicant:"), self.applicant),
                  (self.tr("Reason:"), self.reason), (self.tr("Method:"), self.method),
                  (self.tr("Place / unit:"), self.place), (self.tr("Planned date:"), self.planned),
                  (self.tr("Destroyed by:"), self.destroyer), (self.tr("Received by (unit):"), self.receiver))
        for i, (label, widget) in enumerate(fields):
            grid.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        picker = QHBoxLayout()
        picker.addWidget(self.supervisor_pick, 1)
        picker.addWidget(add)
        picker.addWidget(drop)
        grid.addWidget(QLabel(self.tr("Supervisors (2 or more):")), 4, 0)
        grid.addLayout(picker, 4, 1)
        grid.addWidget(self.supervisors, 4, 2, 1, 2)
        grid.addWidget(self.save_button, 5, 3, Qt.AlignmentFlag.AlignRight)
        self.detail_widgets = [w for _, w in fields] + [self.supervisor_pick, add, drop, self.save_button]
        return group

    def _build_carriers(self) -> QGroupBox:
        group = QGroupBox(self.tr("Carriers to destroy"))
        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scan or type carrier numbers and press Enter"))
        self.scan.returnPressed.connect(self._scanned)
        self.remove_button = QPushButton(self.tr("Take off the list"))
        self.remove_button.clicked.connect(self._remove)
        self.refusals = QLabel()
        self.refusals.setStyleSheet(RED)
        self.refusals.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Carrier no."), self.tr("Marking"), self.tr("Type"),
                                              self.tr("Title"), self.tr("Copy"), self.tr("Custodian"),
                                              self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.scan, 1)
        row.addWidget(self.remove_button)
        column = QVBoxLayout(group)
        column.addLayout(row)
        column.addWidget(self.refusals)
        column.addWidget(self.table, 1)
        column.addWidget(self.totals)
        return group

    def _build_actions(self) -> QHBoxLayout:
        self.print_button = QPushButton(self.tr("Print approval form and list…"))
        self.print_button.clicked.connect(self.print_forms)
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.clicked.connect(self.approve)
        self.execute_button = QPushButton(self.tr("Record destruction…"))
        self.execute_button.clicked.connect(self.execute)
        self.cancel_button = QPushButton(self.tr("Cancel batch…"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        for button in (self.print_button, self.approve_button, self.execute_button):
            row.addWidget(button)
        return row

    # -- session and lists ----------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        """Show this session's batches (None: clear)."""
        self.session, self.batch = session, None
        writes = bool(session and session.actor.can(Permission.WRITE_REGISTER))
        self.new_button.setVisible(writes)
        self._fill_people([])
        if session is not None and session.actor.can(Permission.READ_PERSONNEL):
            self.worker.submit(personnel.list_persons, session, status=Status.ON_DUTY.value, owner=self,
                               on_done=lambda people, s=session: self._fill_people(people) if self.session is s else None,
                               on_error=lambda exc: show_error(self, exc))
        self._show(None)
        self.refresh()

    def _fill_people(self, persons: list[Person]) -> None:
        """The people on duty: the 监销人 to choose from (loaded without holding up sign-in)."""
        self.persons = persons
        self.supervisor_pick.clear()
        for p in persons:
            self.supervisor_pick.addItem(f"{p.name}（{p.draft.dept}，{p.badge}）", p.badge)
        self.supervisor_pick.setCurrentIndex(-1)

    def refresh(self) -> None:
        """Reload the list of batches (and the chosen one)."""
        if self.session is None:
            self._list([])
            return
        wanted = self.filter.currentData()
        state = wanted if isinstance(wanted, BatchState) else None
        self.worker.submit(destruction.batches, self.session, state, owner=self,
                           on_done=lambda rows: self._list([r for r in rows if wanted != "open"
                                                            or r.state in ("草稿", "已批准")]),
                           on_error=lambda exc: show_error(self, exc))

    def _list(self, rows) -> None:
        current = self.batch.number if self.batch else ""
        self.batches.blockSignals(True)
        self.batches.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, value in enumerate((r.number, r.state, r.reason)):
                self.batches.setItem(i, j, QTableWidgetItem(value))
            if r.number == current:
                self.batches.selectRow(i)
        self.batches.blockSignals(False)
        if self.batch is None or self.session is None:
            self._show(None)

    def _chosen(self) -> None:
        row = self.batches.currentRow()
        if row >= 0 and self.session is not None:
            self.load(self.batches.item(row, 0).text())

    def load(self, number: str) -> None:
        """Show one batch."""
        self.worker.submit(destruction.get, self.session, number, owner=self, on_done=self._show,
                           on_error=lambda exc: show_error(self, exc))

    # -- the chosen batch ------------------------------------------------------------------
    def _show(self, batch: Batch | None) -> None:
        self.batch = batch
        self.refusals.clear()
        state = batch.state if batch else None
        self.title.setText(f"{batch.number}　{state.value}" if batch else self.tr("No batch chosen"))
        self.step.setText(NEXT_STEP[state] if batch else "")
        if batch is not None:
            r = batch.row
            self.dept.setText(r.dept)
            self.applicant.setText(r.applicant)
            self.reason.setText(r.reason)
            self.method.setCurrentIndex(max(0, self.method.findText(r.method)))
            self.place.setText(r.place)
            set_day(self.planned, r.destroy_on)
            self.destroyer.setText(r.destroyer)
            self.receiver.setText(r.receiver)
            self.supervisors.clear()
            for p, _ in batch.supervisors:
                self._supervisor_item(p.name, p.draft.dept, p.badge)
        else:
            self._clear_details()
        self._fill_table(batch)
        self._enable(state)

    def _clear_details(self) -> None:
        """No batch chosen: no details of the one shown before, and no date at all."""
        for edit in (self.dept, self.applicant, self.reason, self.place, self.destroyer, self.receiver):
            edit.clear()
        self.planned.setDate(self.planned.minimumDate())
        self.supervisors.clear()

    def _fill_table(self, batch: Batch | None) -> None:
        carriers = batch.carriers if batch else ()
        self.table.setRowCount(len(carriers))
        for i, c in enumerate(carriers):
            values = (c.number, c.marking, c.draft.ctype.value, c.draft.title, c.copy_text, c.draft.custodian,
                      c.state.value)
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.totals.setText(self.tr("Total: {0} carriers — {1}").format(len(carriers), type_totals(batch))
                            if carriers else "")

    def _enable(self, state: BatchState | None) -> None:
        can = self.session.actor.can if self.session else (lambda p: False)
        draft = state is BatchState.DRAFT and can(Permission.WRITE_REGISTER)
        for widget in (*self.detail_widgets, self.scan, self.remove_button):
            widget.setEnabled(draft)
        self.print_button.setEnabled(state is not None)
        self.approve_button.setVisible(can(Permission.APPROVE))
        self.approve_button.setEnabled(state is BatchState.DRAFT)
        self.execute_button.setVisible(can(Permission.WRITE_REGISTER))
        self.execute_button.setEnabled(state is BatchState.APPROVED)
        self.cancel_button.setEnabled(state is BatchState.DRAFT and (can(Permission.WRITE_REGISTER) or can(
            Permission.APPROVE)) or state is BatchState.APPROVED and can(Permission.APPROVE))

    def _supervisor_item(self, name: str, dept: str, badge: str) -> None:
        self.supervisors.addItem(f"{name}（{dept}，{badge}）")
        self.supervisors.item(self.supervisors.count() - 1).setData(Qt.ItemDataRole.UserRole, badge)

    def _add_supervisor(self) -> None:
        text = self.supervisor_pick.currentText().strip()
        index = self.supervisor_pick.findText(text)
        badge = self.supervisor_pick.itemData(index) if index >= 0 else text
        if not badge:
            return
        person = next((p for p in self.persons if p.badge == badge), None)
        self._supervisor_item(person.name if person else badge, person.draft.dept if person else "", badge)
        self.supervisor_pick.setCurrentIndex(-1)

    def draft(self) -> BatchDraft:
        """The details as the form shows them."""
        badges = tuple(self.supervisors.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.supervisors.count()))
        return BatchDraft(self.dept.text(), self.reason.text(), self.applicant.text(), self.method.currentData(),
                          self.place.text(), day_of(self.planned), self.destroyer.text(), self.receiver.text(),
                          badges)

    # -- actions ---------------------------------------------------------------------------
    def new_batch(self) -> None:
        """Start a numbered draft (the details are filled in and saved on it)."""
        self.worker.submit(destruction.create, self.session, BatchDraft(), owner=self, on_done=self._created,
                           on_error=lambda exc: show_error(self, exc))

    def _created(self, batch: Batch) -> None:
        self.changed.emit()
        self.filter.setCurrentIndex(0)
        self._show(batch)
        self.refresh()
        self.scan.setFocus()

    def save(self) -> None:
        """Save the details of the draft."""
        if self.batch is not None:
            self._call(destruction.update, self.batch.number, self.draft())

    def _scanned(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text or self.batch is None:
            return
        numbers = [n for n in text.replace("，", " ").replace(",", " ").split() if n]
        self.worker.submit(destruction.add, self.session, self.batch.number, numbers, owner=self,
                           on_done=self._added, on_error=lambda exc: show_error(self, exc))

    def _added(self, outcome) -> None:
        _, refused = outcome
        reasons = "\n".join(reason for _, reason in refused)
        self.worker.submit(destruction.get, self.session, self.batch.number, owner=self,
                           on_done=lambda batch: (self._show(batch), self.refusals.setText(reasons)),
                           on_error=lambda exc: show_error(self, exc))

    def _remove(self) -> None:
        row = self.table.currentRow()
        if self.batch is not None and row >= 0:
            self._call(destruction.remove, self.batch.number, self.table.item(row, 0).text())

    def print_forms(self) -> None:
        """销毁审批表 and 销毁清单, in the preview (a draft is marked as such)."""
        if self.batch is not None:
            _preview(self, self.worker, lifecycle_prints.destruction_form, self.session, self.batch.number,
                     title=self.tr("Destruction forms"), filename=f"销毁审批表及清单-{self.batch.number}.pdf")

    def approve(self) -> None:
        """The officer approves with the reference of the signed form."""
        if self.batch is None:
            return
        dialog = ApproveDialog(self.worker, self.session, self.batch, self)
        if dialog.exec():
            self._done(dialog.outcome)

    def execute(self) -> None:
        """Record the destruction, with the 监销人's confirmations."""
        if self.batch is None:
            return
        dialog = ExecuteDialog(self.worker, self.session, self.batch, self.persons, self)
        if dialog.exec():
            self._done(dialog.outcome)

    def cancel(self) -> None:
        """Cancel the batch (an approved one needs the officer and a reason)."""
        if self.batch is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel batch"), self.tr("Reason for cancelling:"))
        if ok:
            self._call(destruction.cancel, self.batch.number, reason)

    def _done(self, batch: Batch) -> None:
        self._show(batch)
        self.refresh()
        self.changed.emit()

    def _call(self, fn, *args) -> None:
        self.worker.submit(fn, self.session, *args, owner=self,
                           on_done=self._done,
                           on_error=lambda exc: show_error(self, exc))
