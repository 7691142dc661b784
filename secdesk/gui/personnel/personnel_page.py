"""The personnel page (人员): the cleared staff by department, filters, and the selected
person's file in tabs — the facts, undertakings, training, trips abroad, reviews and the
carriers they hold. The officer opens and keeps files, takes people through leaving and
confirms release; the others read. ID numbers arrive masked for every role but the
officer; training and trips abroad do not reach the clerk at all (the services decide)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from secdesk.domain import clock
from secdesk.domain.personnel.model import Clearance, Person, Status
from secdesk.domain.roles import Permission
from secdesk.services import personnel, personnel_prints
from secdesk.services.session import Session
from secdesk.gui.forms.ui_personnel_page import Ui_PersonnelPage
from secdesk.gui.shell.label_print import BadgePrintDialog
from secdesk.gui.personnel.leaving_dialog import LeavingDialog
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.pdf_preview import PdfPreviewDialog
from secdesk.gui.personnel.person_dialogs import RECORD_KINDS, PersonDialog, RecordDialog
from secdesk.gui.shell.worker import Worker
from secdesk.gui.transfer.menu import TransferButton

# File tabs in order; the record kind each one adds (None: no records to add there).
TAB_RECORD_KINDS = (None, *RECORD_KINDS, None)


@dataclass(frozen=True)
class FileView:
    """What the file pane shows for one person."""

    records: personnel.Records
    holdings: personnel.Holdings
    standing: personnel.Standing


def load_file(session: Session, badge: str) -> FileView:
    """The person's records, what they hold and where they stand (run on the worker)."""
    rec = personnel.records(session, badge)
    return FileView(rec, personnel.holdings(session, badge),
                    personnel.standings(session)[rec.person.id])


def _table(table: QTableWidget, headings: list[str], rows: list[tuple[str, ...]]) -> None:
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.setItem(i, j, QTableWidgetItem(value))


def _read_only(table: QTableWidget) -> None:
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)


class PersonnelPage(QWidget):
    """List on the left, the file on the right."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PersonnelPage()
        ui.setupUi(self)
        self.worker = worker
        self.session: Session | None = None
        self.people: list[Person] = []
        self.current: FileView | None = None
        self.selected_badge: str | None = None  # kept selected across reloads
        self.departments: list[str] = []
        ui.table.setColumnCount(5)
        ui.table.setHorizontalHeaderLabels([self.tr("Badge"), self.tr("Name"), self.tr("Department"),
                                            self.tr("Clearance"), self.tr("Status")])
        for table in (ui.table, ui.commitmentsTable, ui.trainingsTable, ui.travelsTable, ui.reviewsTable,
                      ui.holdingsTable):
            _read_only(table)
        ui.splitter.setSizes([520, 560])
        ui.levelCombo.addItem(self.tr("All levels"), "")
        for c in Clearance:
            ui.levelCombo.addItem(c.value, c.value)
        ui.statusCombo.addItem(self.tr("All states"), "")
        for s in Status:
            ui.statusCombo.addItem(s.value, s.value)
        ui.deptCombo.addItem(self.tr("All departments"), "")
        self._debounce = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        ui.searchEdit.textChanged.connect(self._debounce.start)
        for combo in (ui.deptCombo, ui.levelCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(self.refresh)
        for box in (ui.reviewOverdueBox, ui.trainingShortBox):
            box.toggled.connect(self.refresh)
        ui.table.currentCellChanged.connect(lambda row, *_: self._show_file(row))
        ui.fileTabs.currentChanged.connect(lambda _: self._update_buttons())
        ui.rosterButton.clicked.connect(self.print_roster)
        ui.newButton.clicked.connect(lambda: self.open_file_dialog(None))
        ui.editButton.clicked.connect(lambda: self.open_file_dialog(self._person()))
        ui.addRecordButton.clicked.connect(self.add_record)
        ui.leaveButton.clicked.connect(self.start_leaving)
        ui.releaseButton.clicked.connect(self.confirm_release)
        self.print_menu = QMenu(self)
        self.print_sheet_action = self.print_menu.addAction(self.tr("Personnel file sheet…"), self.print_sheet)
        self.print_leaving_action = self.print_menu.addAction(self.tr("Leaving review sheet…"),
                                                              self.print_leaving)
        self.print_training_action = self.print_menu.addAction(self.tr("Training record (this year)…"),
                                                               self.print_training)
        self.print_badges_action = self.print_menu.addAction(self.tr("Badges of the selected people…"),
                                                             self.print_badges)
        self.print_menu.aboutToShow.connect(self._update_buttons)
        ui.printButton.setMenu(self.print_menu)
        ui.actions.addWidget(TransferButton(self, "personnel"))  # 导入/导出
        self._update_buttons()

    # -- session and list ---------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        """Show the files of this session (None: clear everything shown)."""
        self.session = session
        self._clear_file()
        whole = session is not None and session.actor.can(Permission.READ_PERSONNEL_FILE)
        for tab in (self.ui.trainingsTab, self.ui.travelsTab):
            self.ui.fileTabs.setTabVisible(self.ui.fileTabs.indexOf(tab), whole)
        self.ui.trainingShortBox.setVisible(whole)
        if not whole:
            self.ui.trainingShortBox.setChecked(False)
        if session is not None:
            self._load_departments()
        self.refresh()

    def _load_departments(self) -> None:
        self.worker.submit(personnel.departments, self.session, owner=self, on_done=self._fill_depts,
                           on_error=lambda exc: None)

    def _can(self, permission: Permission) -> bool:
        return self.session is not None and self.session.actor.can(permission)

    def _fill_depts(self, depts: list[str]) -> None:
        combo = self.ui.deptCombo
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for dept in depts:
            combo.addItem(dept, dept)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self.departments = depts

    def refresh(self) -> None:
        """Reload the list for the filters."""
        if self.session is None:
            self._show([])
            return
        ui = self.ui
        self.worker.submit(personnel.list_persons, self.session, ui.deptCombo.currentData() or "",
                           ui.levelCombo.currentData() or "", ui.statusCombo.currentData() or "",
                           ui.searchEdit.text(), ui.reviewOverdueBox.isChecked(),
                           ui.trainingShortBox.isChecked(), owner=self, on_done=self._show,
                           on_error=lambda exc: show_error(self, exc))

    def _show(self, people: list[Person]) -> None:
        self.people = people
        table = self.ui.table
        table.blockSignals(True)
        table.setRowCount(len(people))
        for i, p in enumerate(people):
            for j, value in enumerate((p.badge, p.name, p.draft.dept, p.draft.clearance.value, p.status.value)):
                table.setItem(i, j, QTableWidgetItem(value))
        row = next((i for i, p in enumerate(people) if p.badge == self.selected_badge), -1)
        table.clearSelection()
        if row >= 0:
            table.selectRow(row)
        table.blockSignals(False)
        self.ui.countLabel.setText(self.tr("{0} people").format(len(people)))
        if row >= 0:
            self._show_file(row)
        else:
            self._clear_file()

    # -- the file pane ------------------------------------------------------------------

    def _person(self) -> Person | None:
        return self.current.records.person if self.current else None

    def _clear_file(self) -> None:
        self.current = self.selected_badge = None
        self.ui.headerLabel.clear()
        self.ui.fileView.clear()
        for table in (self.ui.commitmentsTable, self.ui.trainingsTable, self.ui.travelsTable,
                      self.ui.reviewsTable, self.ui.holdingsTable):
            table.setRowCount(0)
        self._update_buttons()

    def _show_file(self, row: int) -> None:
        if not 0 <= row < len(self.people) or self.session is None:
            return
        self.selected_badge = self.people[row].badge
        self.worker.submit(load_file, self.session, self.people[row].badge, owner=self,
                           on_done=self._render, on_error=lambda exc: self.ui.fileView.setPlainText(error_text(exc)))

    def _render(self, view: FileView) -> None:
        self.current = view
        rec, st = view.records, view.standing
        p = rec.person
        self.ui.headerLabel.setText(f"{p.name}　{p.badge}　{p.status.value}")
        self.ui.fileView.setHtml(self._facts_html(p, st))
        _table(self.ui.commitmentsTable, [self.tr("Kind"), self.tr("Signed on"), self.tr("Note")],
               [(c.kind.value, c.signed_on.isoformat(), c.note) for c in rec.commitments])
        _table(self.ui.trainingsTable, [self.tr("Date"), self.tr("Hours"), self.tr("Subject"), self.tr("Assessment")],
               [(t.held_on.isoformat(), f"{t.hours:g}", t.subject, t.result) for t in rec.trainings])
        _table(self.ui.travelsTable, [self.tr("From"), self.tr("To"), self.tr("Country / region"),
                                      self.tr("Approved by"), self.tr("Passport back")],
               [(t.leave_on.isoformat(), t.return_on.isoformat(), t.destination, t.approved_by,
                 t.passport_returned_on.isoformat() if t.passport_returned_on else "—") for t in rec.travels])
        _table(self.ui.reviewsTable, [self.tr("Date"), self.tr("Result"), self.tr("Reviewer"), self.tr("Note")],
               [(r.held_on.isoformat(), r.result, r.reviewer, r.note) for r in rec.reviews])
        held = view.holdings
        _table(self.ui.holdingsTable, [self.tr("Carrier no."), self.tr("Marking"), self.tr("Held as")],
               [(n, m, self.tr("On loan, due {0}").format(due)) for n, m, due in held.on_loan] +
               [(n, m, self.tr("Custodian")) for _, n, m in held.kept])
        self._update_buttons()

    def _facts_html(self, p: Person, st: personnel.Standing) -> str:
        d, e = p.draft, html.escape
        today = clock.now().date()
        due = st.review_due.isoformat() if st.review_due else self.tr("never vetted")
        if p.status is Status.ON_DUTY and st.review_overdue(today):
            due = f"<span style='color:#b00020'>{e(due)}（{e(self.tr('overdue'))}）</span>"
        else:
            due = e(due)
        vetting = " ".join(x for x in (str(d.vetted_on or ""), d.vetting_result, d.vetted_by) if x)
        rows = [(self.tr("Badge"), e(p.badge)), (self.tr("Name"), e(d.name)), (self.tr("Department"), e(d.dept)),
                (self.tr("Post"), e(d.post)), (self.tr("Staff no."), e(d.staff_no)),
                (self.tr("ID number"), e(f"{d.id_type.value} {d.id_number}".strip())),
                (self.tr("Clearance"), e(self.tr("{0} (may borrow up to {1})").format(
                    d.clearance.value, d.clearance.highest_level.value))),
                (self.tr("Determined on"), e(str(d.clearance_since or ""))),
                (self.tr("Vetting"), e(vetting)), (self.tr("Status"), e(p.status.value)),
                (self.tr("Next review"), due),
                (self.tr("Undertaking"), e(self.tr("signed") if st.signed else self.tr("none on file")))]
        if self._can(Permission.READ_PERSONNEL_FILE):
            rows.append((self.tr("Training this year"), e(f"{st.hours:g}")))
        if p.declassify_until:
            rows.append((self.tr("Declassification period"),
                         e(f"{p.declassify_from} — {p.declassify_until}")))
        if d.remarks:
            rows.append((self.tr("Remarks"), e(d.remarks)))
        return "<table cellpadding='3'>" + "".join(
            f"<tr><td><b>{e(k)}</b></td><td>{v}</td></tr>" for k, v in rows) + "</table>"

    def _update_buttons(self) -> None:
        ui, person = self.ui, self._person()
        manage = self._can(Permission.MANAGE_PERSONNEL)
        for button in (ui.newButton, ui.editButton, ui.leaveButton, ui.releaseButton, ui.addRecordButton):
            button.setVisible(manage)
        ui.printButton.setVisible(self.session is not None)
        ui.editButton.setEnabled(person is not None)
        ui.leaveButton.setEnabled(person is not None and person.status is Status.ON_DUTY)
        ui.releaseButton.setEnabled(person is not None and person.status is Status.DECLASSIFYING
                                    and person.declassify_until is not None
                                    and person.declassify_until <= clock.now().date())
        kind = TAB_RECORD_KINDS[ui.fileTabs.currentIndex()]
        ui.addRecordButton.setEnabled(person is not None and kind is not None)
        self.print_sheet_action.setEnabled(person is not None and self._can(Permission.READ_PERSONNEL_FILE))
        self.print_leaving_action.setEnabled(person is not None and person.declassify_until is not None)
        self.print_training_action.setEnabled(self._can(Permission.READ_PERSONNEL_FILE))
        self.print_badges_action.setEnabled(manage and bool(self._selected_badges()))

    def _selected_badges(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.table.selectedIndexes()})
        return [self.people[r].badge for r in rows if r < len(self.people)]

    # -- actions ------------------------------------------------------------------------

    def _changed(self, person: Person | None) -> None:
        """After a change: reload departments and the list, keeping ``person`` selected."""
        if person is not None:
            self.selected_badge = person.badge
        self._load_departments()
        self.refresh()

    def open_file_dialog(self, person: Person | None) -> None:
        """New file (person None) or corrections to the selected one."""
        dialog = PersonDialog(self.worker, self.session, self.departments, person, self)
        if dialog.exec():
            self._changed(dialog.outcome)

    def add_record(self) -> None:
        """Add a record of the kind of the tab shown."""
        person, kind = self._person(), TAB_RECORD_KINDS[self.ui.fileTabs.currentIndex()]
        if person is None or kind is None:
            return
        if RecordDialog(self.worker, self.session, person, kind, self).exec():
            self._changed(person)

    def start_leaving(self) -> None:
        """The guided leaving flow; afterwards the 离岗保密审查表 to print and sign."""
        person = self._person()
        if person is None:
            return
        dialog = LeavingDialog(self.worker, self.session, person, self)
        if dialog.exec():
            self._changed(dialog.outcome)
            self.print_leaving()

    def confirm_release(self) -> None:
        """The officer confirms 已解脱 once the 脱密期 is over."""
        person = self._person()
        if person is None:
            return
        answer = QMessageBox.question(self, self.tr("Confirm release"), self.tr(
            "The declassification period of {0} ended on {1}. Confirm the release?").format(
                person.name, person.declassify_until))
        if answer == QMessageBox.StandardButton.Yes:
            self.worker.submit(personnel.release, self.session, person.badge, owner=self,
                               on_done=self._changed, on_error=lambda exc: show_error(self, exc))

    def _preview(self, make, *args, title: str, filename: str) -> None:
        self.worker.submit(make, self.session, *args, owner=self,
                           on_done=lambda pdf: PdfPreviewDialog(pdf, title, filename, parent=self).exec(),
                           on_error=lambda exc: show_error(self, exc))

    def print_sheet(self) -> None:
        """涉密人员登记表 of the selected person."""
        person = self._person()
        if person is not None:
            self._preview(personnel_prints.person_sheet, person.badge, title=self.tr("Personnel file sheet"),
                          filename=f"涉密人员登记表-{person.name}.pdf")

    def print_leaving(self) -> None:
        """离岗保密审查表 of the selected person."""
        person = self._person()
        if person is not None:
            self._preview(personnel_prints.leaving_sheet, person.badge, title=self.tr("Leaving review sheet"),
                          filename=f"离岗保密审查表-{person.name}.pdf")

    def print_training(self) -> None:
        """Form 9 for this year, for the department filtered (or all)."""
        self._preview(personnel_prints.training_sheet, clock.now().year, self.ui.deptCombo.currentData() or "",
                      title=self.tr("Training record"), filename="保密教育培训记录.pdf")

    def print_badges(self) -> None:
        """Badges of the people selected in the list."""
        badges = self._selected_badges()
        if badges:
            BadgePrintDialog(self.worker, self.session, badges, self).exec()

    def print_roster(self) -> None:
        """The roster by department, previewed."""
        self._preview(personnel_prints.roster_sheet, title=self.tr("Roster"), filename="涉密人员名册.pdf")
