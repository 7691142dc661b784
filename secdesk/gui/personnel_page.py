"""The personnel page (人员): the cleared staff by department, filters, and the selected
person's whole file. ID numbers arrive masked for every role but the officer."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from secdesk.core.personnel.model import Clearance, Person, Status
from secdesk.core.services import personnel, printouts
from secdesk.core.services.session import Session
from secdesk.gui.forms.ui_personnel_page import Ui_PersonnelPage
from secdesk.gui.messages import error_text, show_error
from secdesk.gui.pdf_preview import PdfPreviewDialog
from secdesk.gui.worker import Worker


class PersonnelPage(QWidget):
    """List on the left, the file on the right."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonnelPage()
        self.ui.setupUi(self)
        self.worker = worker
        self.session: Session | None = None
        self.people: list[Person] = []
        table = self.ui.table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("Badge"), self.tr("Name"), self.tr("Department"),
                                         self.tr("Clearance"), self.tr("Status")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setSizes([520, 480])
        self.ui.levelCombo.addItem(self.tr("All levels"), "")
        for c in Clearance:
            self.ui.levelCombo.addItem(c.value, c.value)
        self.ui.statusCombo.addItem(self.tr("All states"), "")
        for s in Status:
            self.ui.statusCombo.addItem(s.value, s.value)
        self.ui.deptCombo.addItem(self.tr("All departments"), "")
        self._debounce = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        self.ui.searchEdit.textChanged.connect(self._debounce.start)
        for combo in (self.ui.deptCombo, self.ui.levelCombo, self.ui.statusCombo):
            combo.currentIndexChanged.connect(self.refresh)
        table.currentCellChanged.connect(lambda row, *_: self._show_file(row))
        self.ui.rosterButton.clicked.connect(self.print_roster)

    def set_session(self, session: Session | None) -> None:
        """Show the files of this session (None: clear everything shown)."""
        self.session = session
        self.ui.fileView.clear()
        if session is not None:
            self.worker.submit(personnel.departments, session, owner=self, on_done=self._fill_depts,
                               on_error=lambda exc: None)
        self.refresh()

    def _fill_depts(self, depts: list[str]) -> None:
        current = self.ui.deptCombo.currentData()
        self.ui.deptCombo.blockSignals(True)
        while self.ui.deptCombo.count() > 1:
            self.ui.deptCombo.removeItem(1)
        for dept in depts:
            self.ui.deptCombo.addItem(dept, dept)
        self.ui.deptCombo.setCurrentIndex(max(0, self.ui.deptCombo.findData(current)))
        self.ui.deptCombo.blockSignals(False)

    def refresh(self) -> None:
        """Reload the list for the filters."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(personnel.list_persons, self.session, self.ui.deptCombo.currentData() or "",
                           self.ui.levelCombo.currentData() or "", self.ui.statusCombo.currentData() or "",
                           self.ui.searchEdit.text(), owner=self, on_done=self._show,
                           on_error=lambda exc: show_error(self, exc))

    def _show(self, people: list[Person]) -> None:
        self.people = people
        self.ui.table.setRowCount(len(people))
        for i, p in enumerate(people):
            for j, value in enumerate((p.badge, p.name, p.draft.dept, p.draft.clearance.value, p.status.value)):
                self.ui.table.setItem(i, j, QTableWidgetItem(value))
        self.ui.countLabel.setText(self.tr("{0} people").format(len(people)))

    def _show_file(self, row: int) -> None:
        if not 0 <= row < len(self.people) or self.session is None:
            return
        self.worker.submit(personnel.records, self.session, self.people[row].badge, owner=self,
                           on_done=self._render, on_error=lambda exc: self.ui.fileView.setPlainText(error_text(exc)))

    def _render(self, rec: personnel.Records) -> None:
        p, d = rec.person, rec.person.draft
        e = html.escape
        rows = [("证卡号", p.badge), ("姓名", d.name), ("部门", d.dept), ("岗位", d.post), ("工号", d.staff_no),
                ("证件号", d.id_number), ("涉密等级", f"{d.clearance.value}（可借阅至{d.clearance.highest_level.value}）"),
                ("确定时间", str(d.clearance_since or "")), ("上岗审查", f"{d.vetted_on or ''} {d.vetting_result} {d.vetted_by}"),
                ("状态", p.status.value)]
        if p.declassify_until:
            rows.append(("脱密期", f"{p.declassify_from} 至 {p.declassify_until}"))
        out = ["<table>"] + [f"<tr><td><b>{e(k)}</b></td><td>{e(str(v))}</td></tr>" for k, v in rows] + ["</table>"]
        sections = (("保密承诺书", [f"{c.kind.value} {c.signed_on}" for c in rec.commitments]),
                    ("保密教育培训", [f"{t.held_on} {t.hours:g}学时 {t.subject} {t.result}" for t in rec.trainings]),
                    ("出国（境）", [f"{t.leave_on}至{t.return_on} {t.destination} 审批人{t.approved_by}" for t in rec.travels]),
                    ("复审", [f"{r.held_on} {r.result} {r.reviewer}" for r in rec.reviews]))
        for title, lines in sections:
            out.append(f"<h4>{e(title)}</h4>" + ("<br>".join(e(x) for x in lines) or "无"))
        self.ui.fileView.setHtml("".join(out))

    def print_roster(self) -> None:
        """The roster by department, previewed."""
        self.worker.submit(printouts.roster_sheet, self.session, owner=self,
                           on_done=lambda pdf: PdfPreviewDialog(pdf, self.tr("Roster"), "涉密人员名册.pdf",
                                                                parent=self).exec(),
                           on_error=lambda exc: show_error(self, exc))
