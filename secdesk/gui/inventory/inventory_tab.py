"""The inventory tab (清点): sessions on the left; on the right the chosen session — its
live counts, the scan field with the last scan's result in its colour, and the
reconciliation (未找到 and 异常 first). Each scan runs on the worker; the counts and the
scanned carrier's line change at once, the whole table reloads only on demand. A
finished session is frozen: it can be read and printed, nothing more."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain.inventory.reconcile import Line, Outcome, ScopeKind
from secdesk.domain.personnel.model import Person, Status
from secdesk.domain.roles import Permission
from secdesk.services import carriers, inventory, inventory_prints, personnel
from secdesk.services.inventory import FINISHED, RUNNING, Counts, InventoryView, ScanResult
from secdesk.services.session import Session
from secdesk.gui.inventory.inventory_dialogs import FinishDialog, NewInventoryDialog
from secdesk.gui.inventory.inventory_model import CARRIER, DETAIL, LEVEL, NUMBER, OUTCOME, TITLE, ReconciliationModel, \
    ReconciliationView
from secdesk.gui.shell.messages import error_text, show_error
from secdesk.gui.shell.widgets import fill_row, make_table, preview_pdf, select_key
from secdesk.gui.shell.scan_field import ScanField, guarded_exec
from secdesk.gui.shell.worker import Worker
from secdesk.services.inventory import SessionRow

PANEL_STYLES = {  # background, text: the scan station's colours
    "green": ("#1b7f3b", "#ffffff"),
    "amber": ("#f2a900", "#1a1a1a"),
    "red": ("#b00020", "#ffffff"),
    None: ("#e8e8e8", "#333333"),
}
FILTERS = (None, Outcome.MISSING, Outcome.UNEXPECTED, Outcome.ELSEWHERE, Outcome.FOUND)


def scan_colour(line: Line) -> str:
    """red for 异常, amber for a carrier scanned again, green for 相符."""
    if line.outcome is Outcome.UNEXPECTED:
        return "red"
    if line.scans > 1:
        return "amber"
    return "green" if line.outcome is Outcome.FOUND else None


def short_time(stamp: str | None) -> str:
    """``2026-03-05 14:20`` from a stored time."""
    return stamp.replace("T", " ")[:16] if stamp else ""


class InventoryTab(QWidget):
    """Inventory sessions and the chosen session."""

    changed = Signal()  # a session finished and marked carriers missing, or one started

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.rows: list[SessionRow] = []
        self.view: InventoryView | None = None
        self.people: list[Person] = []
        self.loading = ""  # the session whose view is on its way
        self.colour: str | None = None  # of the result panel: green, amber, red or None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_session())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 700])
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(splitter)
        self._show(None)

    # -- building -----------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        box = QWidget()
        self.sessions = make_table([self.tr("Inventory no."), self.tr("Scope"), self.tr("State"), self.tr("Started")],
                                   stretch=1)
        self.sessions.itemSelectionChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("New inventory…"))
        self.new_button.clicked.connect(self.new_session)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.sessions, 1)
        column.addWidget(self.new_button)
        return box

    def _build_session(self) -> QWidget:
        box = QWidget()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color: #444;")
        self.counts = QLabel()
        self.counts.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.pause_button = QPushButton()
        self.pause_button.clicked.connect(self.pause_or_resume)
        self.finish_button = QPushButton(self.tr("Finish…"))
        self.finish_button.clicked.connect(self.finish)
        self.print_button = QPushButton(self.tr("Print inventory record…"))
        self.print_button.clicked.connect(self.print_record)
        for button in (self.pause_button, self.finish_button, self.print_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.pause_button)
        heading.addWidget(self.finish_button)
        heading.addWidget(self.print_button)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(heading)
        column.addWidget(self.about)
        column.addWidget(self.counts)
        column.addWidget(self._build_scan())
        column.addLayout(self._build_filter())
        column.addWidget(self._build_table(), 1)
        return box

    def _build_scan(self) -> QWidget:
        self.scan_box = QWidget()
        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scan each carrier found (or type its number and press Enter)"))
        self.scan.setStyleSheet("font-size: 13pt; padding: 4px;")
        self.scan.returnPressed.connect(self._entered)
        self.panel = QFrame()
        self.panel.setObjectName("panel")
        self.result_title = QLabel()
        self.result_title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.result_detail = QLabel()
        self.result_detail.setWordWrap(True)
        self.result_detail.setStyleSheet("font-size: 11pt;")
        inside = QVBoxLayout(self.panel)
        inside.setContentsMargins(10, 6, 10, 6)
        inside.setSpacing(2)
        inside.addWidget(self.result_title)
        inside.addWidget(self.result_detail)
        column = QVBoxLayout(self.scan_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.scan)
        column.addWidget(self.panel)
        return self.scan_box

    def _build_filter(self) -> QHBoxLayout:
        self.filter = QComboBox()
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for _ in FILTERS:
            self.filter.addItem("")
        self.filter.currentIndexChanged.connect(lambda i: self.table_view.show_only(FILTERS[i]))
        self.reload_button = QPushButton(self.tr("Refresh list"))
        self.reload_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reload_button.clicked.connect(self.reload)
        self.duplicates = QLabel()
        self.duplicates.setStyleSheet("color: #8a5a00;")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.filter)
        row.addWidget(self.duplicates, 1)
        row.addWidget(self.reload_button)
        return row

    def _build_table(self) -> QTableView:
        self.model = ReconciliationModel([self.tr("No."), self.tr("Carrier no."), self.tr("Title"),
                                          self.tr("Level"), self.tr("Result"), self.tr("Detail")], self)
        self.table_view = ReconciliationView(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.table_view)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 44), (CARRIER, 132), (TITLE, 150), (LEVEL, 44), (OUTCOME, 54)):
            self.table.setColumnWidth(column, width)
        self.model.modelReset.connect(self._tally)
        self.model.rowsInserted.connect(self._tally)
        self.model.dataChanged.connect(self._tally)
        return self.table

    # -- session and list ------------------------------------------------------------------
    def may_write(self) -> bool:
        """Whether the signed-in role counts (the clerk)."""
        return self.session is not None and self.session.actor.can(Permission.WRITE_REGISTER)

    def set_session(self, session: Session | None) -> None:
        """Show this session's inventories (None: clear everything shown)."""
        self.session = session
        self.people = []
        self.new_button.setVisible(self.may_write())
        self._show(None)
        self.refresh()
        if self.may_write() and session.actor.can(Permission.READ_PERSONNEL):
            self.worker.submit(personnel.list_persons, session, status=Status.ON_DUTY.value, owner=self,
                               on_done=lambda people: setattr(self, "people", people),
                               on_error=lambda exc: show_error(self, exc))

    def refresh(self) -> None:
        """Reload the list of sessions (the chosen one stays chosen)."""
        if self.session is None:
            self._list([])
            return
        self.worker.submit(inventory.sessions, self.session, owner=self, on_done=self._list,
                           on_error=lambda exc: show_error(self, exc))

    def _list(self, rows: list[SessionRow]) -> None:
        if self.session is None:
            rows = []  # an answer that came back after the screen locked shows nothing
        current = self.view.row.number if self.view else ""
        self.rows = rows
        self.sessions.blockSignals(True)
        self.sessions.setRowCount(len(rows))
        for i, r in enumerate(rows):
            scope = r.scope_value if r.scope_kind == ScopeKind.LOCATION.value else \
                inventory.scope_text(r.scope_kind, r.scope_value)
            fill_row(self.sessions, i, (r.number, scope, r.state, r.started_at[:10]),
                     red_columns=(2,) if r.state != FINISHED else ())
            self.sessions.item(i, 1).setToolTip(inventory.scope_text(r.scope_kind, r.scope_value))
        self.sessions.clearSelection()
        select_key(self.sessions, [r.number for r in rows], current)
        self.sessions.blockSignals(False)
        if current and current not in [r.number for r in rows]:
            self._show(None)

    def _chosen(self) -> None:
        selected = self.sessions.selectionModel().selectedRows()
        if selected and self.session is not None:
            self.load(self.rows[selected[0].row()].number)

    def load(self, number: str) -> None:
        """Show one session (its reconciliation is worked out on the worker)."""
        if self.session is None:
            return
        self.loading = number
        self.reload_button.setEnabled(False)
        self.worker.submit(inventory.view, self.session, number, owner=self, on_done=self._loaded,
                           on_error=self._load_failed)

    def reload(self) -> None:
        """Reload the chosen session's whole reconciliation."""
        if self.view is not None:
            self.load(self.view.row.number)

    def _loaded(self, view: InventoryView) -> None:
        if self.session is not None and view.row.number == self.loading:
            self.loading = ""
            self._show(view)

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = ""
        self.reload_button.setEnabled(self.view is not None)
        show_error(self, exc)

    # -- the chosen session ------------------------------------------------------------------
    def _show(self, view: InventoryView | None) -> None:
        same = view is not None and self.view is not None and view.row.number == self.view.row.number
        self.view = view
        self.reload_button.setEnabled(view is not None)
        if view is None:
            self.title.setText(self.tr("No inventory chosen"))
            self.about.setText(self.tr("Choose an inventory on the left, or start a new one.") if self.may_write()
                               else self.tr("Choose an inventory on the left."))
            self.counts.clear()
            self.model.set_lines([])
            self._enable()
            return
        row, result = view.row, view.reconciliation
        self.title.setText(f"{row.number}　{row.state}")
        self.about.setText(self._about(view))
        self._counts(Counts(result.expected_here, result.found_here), frozen=row.state == FINISHED)
        self.model.set_lines(result.lines)
        if not same:
            self._paint(None, self.tr("Ready") if row.state == RUNNING else "", "")
        self._enable()
        if row.state == RUNNING and self.may_write():
            self.focus_scan()

    def _about(self, view: InventoryView) -> str:
        row = view.row
        text = self.tr("Scope: {0}. Started {1} by {2}.").format(view.scope_text, short_time(row.started_at),
                                                                  row.started_by)
        if row.state == FINISHED:
            text += "\n" + self.tr("Finished {0}; checkers: {1}.").format(short_time(row.finished_at),
                                                                         "、".join(row.checkers))
            if row.note:
                text += " " + self.tr("Note: {0}").format(row.note)
        return text

    def _counts(self, counts: Counts, frozen: bool = False) -> None:
        text = self.tr("Expected {0}　Found {1}　Not found {2}") if frozen else \
            self.tr("Expected {0}　Scanned {1}　Left {2}")
        self.counts.setText(text.format(counts.expected, counts.found, counts.left))

    def _enable(self) -> None:
        state = self.view.row.state if self.view else None
        writes = self.may_write()
        self.scan_box.setVisible(writes and state is not None and state != FINISHED)
        self.scan.setEnabled(state == RUNNING)
        self.pause_button.setVisible(writes and state is not None and state != FINISHED)
        self.pause_button.setText(self.tr("Pause") if state == RUNNING else self.tr("Resume"))
        self.finish_button.setVisible(writes and state is not None and state != FINISHED)
        self.print_button.setEnabled(state is not None)
        if state is not None and state != RUNNING and state != FINISHED:
            self._paint(None, self.tr("Paused"), self.tr("Resume to go on scanning."))

    def _tally(self, *args) -> None:
        counts = self.model.tally()
        names = (self.tr("All lines ({0})").format(len(self.model.lines)),
                 *(f"{o.value}（{counts[o]}）" for o in FILTERS[1:]))
        for i, text in enumerate(names):
            self.filter.setItemText(i, text)
        twice = sum(1 for line in self.model.lines if line.scans > 1)
        self.duplicates.setText(self.tr("{0} carriers scanned more than once").format(twice) if twice else "")

    # -- scanning ------------------------------------------------------------------------------
    def _entered(self) -> None:
        code = self.scan.text().strip()
        self.scan.setText("")  # clear() would keep every scan in the undo history
        if not code or self.view is None or self.session is None:
            return
        number = self.view.row.number
        self.worker.submit(inventory.scan, self.session, number, code, owner=self,
                           on_done=lambda result: self._scanned(number, result),
                           on_error=lambda exc: self._scan_failed(number, code, exc))

    def _scanned(self, number: str, result: ScanResult) -> None:
        if self.session is None or self.view is None or self.view.row.number != number:
            return
        line = result.line
        details = "　".join(x for x in (line.title, line.level, line.detail) if x)
        self._paint(scan_colour(line), f"{line.outcome.value}　{line.number}", details)
        self._counts(result.counts)
        self.model.upsert(line)

    def _scan_failed(self, number: str, code: str, exc: BaseException) -> None:
        if self.view is None or self.view.row.number != number:
            return
        self._paint("red", self.tr("Not counted: {0}").format(code), error_text(exc))

    def _scan_in_dialog(self, code: str) -> None:
        """A carrier scanned while a dialog is open is neither typed into it nor counted:
        said aloud in red, to be scanned again."""
        self._paint("red", self.tr("Not counted: {0}").format(code),
                    self.tr("A dialog was open: close it, then scan this carrier again."))
        QApplication.beep()

    def _paint(self, colour: str | None, title: str, detail: str) -> None:
        self.colour = colour
        background, text = PANEL_STYLES[colour]
        self.panel.setStyleSheet(f"#panel {{ background: {background}; border-radius: 6px; }} "
                                 f"QLabel {{ color: {text}; }}")
        self.result_title.setText(title)
        self.result_detail.setText(detail)
        self.result_detail.setVisible(bool(detail))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The scan field has the focus whenever a running session is shown."""
        super().showEvent(event)
        if self.scan_box.isVisibleTo(self) and self.scan.isEnabled():
            self.focus_scan()

    def focus_scan(self) -> None:
        """Give the focus to the scan field (and its window, after a dialog)."""
        self.window().activateWindow()
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions -------------------------------------------------------------------------------
    def new_session(self) -> None:
        """Ask the scope and start a session."""
        if self.session is None:
            return
        locations = self.worker.wait_for(carriers.locations, self.session)
        dialog = NewInventoryDialog(self.worker, self.session, locations, self)
        if guarded_exec(dialog, self._scan_in_dialog, self.scan):
            self._started(dialog.outcome)

    def _started(self, view: InventoryView) -> None:
        self._show(view)
        self.refresh()
        self.changed.emit()

    def pause_or_resume(self) -> None:
        """Pause a running session, or go on with a paused one."""
        if self.view is None or self.session is None:
            return
        call = inventory.pause if self.view.row.state == RUNNING else inventory.resume
        self.pause_button.setEnabled(False)
        self.worker.submit(call, self.session, self.view.row.number, owner=self, on_done=self._state_changed,
                           on_error=self._state_failed)

    def _state_changed(self, view: InventoryView) -> None:
        self.pause_button.setEnabled(True)
        self._show(view)
        self.refresh()

    def _state_failed(self, exc: BaseException) -> None:
        self.pause_button.setEnabled(True)
        self.finish_button.setEnabled(True)
        show_error(self, exc)
        self.reload()

    def finish(self) -> None:
        """Ask the 清查人 and finish (the reconciliation as it is now is shown first)."""
        if self.view is None or self.session is None:
            return
        self.finish_button.setEnabled(False)
        self.worker.submit(inventory.view, self.session, self.view.row.number, owner=self,
                           on_done=self._ask_finish, on_error=self._state_failed)

    def _ask_finish(self, view: InventoryView) -> None:
        self.finish_button.setEnabled(True)
        self._show(view)
        dialog = FinishDialog(self.worker, self.session, view, self.people, self)
        if guarded_exec(dialog, self._scan_in_dialog, self.scan):
            self._show(dialog.outcome)
            self.refresh()
            self.changed.emit()

    def print_record(self) -> None:
        """涉密载体清查记录 of the chosen session (a running one prints as a draft)."""
        if self.view is not None and self.session is not None:
            number = self.view.row.number
            preview_pdf(self, self.worker, inventory_prints.inventory_form, self.session, number,
                        title=self.tr("Inventory record"), filename=f"清查记录-{number}.pdf")
