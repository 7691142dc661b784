"""The lending page (借阅): the scan station for the clerk, and the loans — open, overdue,
due today, recent — for everyone who reads the register. Overdue loans and 绝密 still out
are red."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secdesk.domain import clock
from secdesk.domain.roles import Permission
from secdesk.services import lending
from secdesk.services.session import Session
from secdesk.gui.lending import lending_prints
from secdesk.gui.lending.holds_dialog import HoldsDialog
from secdesk.gui.shell.messages import show_error
from secdesk.gui.lending.scan_station import ScanStation
from secdesk.gui.shell.worker import Worker
from secdesk.services.lending import LoanRow

RED = QColor("#b00020")


def loan_state(loan: LoanRow, today) -> str:
    """在借 / 逾期N天 / 已归还 / 已撤销, as the list shows it."""
    if loan.undone_at:
        return "已撤销"
    if not loan.open:
        return "已归还" + ("（有缺损）" if loan.whole is False else "")
    if loan.overdue(clock.now()):
        return f"逾期{(today - loan.due_on).days}天" if today > loan.due_on else "逾期（当日未还）"
    return "在借（当日归还）" if loan.level == "绝密" else "在借"


class LoansView(QWidget):
    """Loans by filter, with the prints that go with them."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.loans: list[LoanRow] = []
        self.filter = QComboBox()
        for key, text in (("open", self.tr("Out now")), ("due", self.tr("Overdue or due today")),
                          ("overdue", self.tr("Overdue")), ("recent", self.tr("Latest 200 loans"))):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.table = QTableWidget()
        headings = [self.tr("Carrier no."), self.tr("Title"), self.tr("Marking"), self.tr("Borrower"),
                    self.tr("Lent"), self.tr("Due"), self.tr("State"), self.tr("Approved by"),
                    self.tr("Reading place")]
        self.table.setColumnCount(len(headings))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        register = QPushButton(self.tr("Print lending register…"))
        register.clicked.connect(lambda: lending_prints.print_register(self, self.worker, self.session))
        notices = QPushButton(self.tr("Print overdue reminders…"))
        notices.clicked.connect(lambda: lending_prints.show_notices(self, self.worker, self.session))
        self.holdings_button = holdings = QPushButton(self.tr("Borrower's holdings…"))
        holdings.setToolTip(self.tr("Select a loan first: prints what its borrower holds now"))
        holdings.setEnabled(False)
        holdings.clicked.connect(self._print_holdings)
        self.table.itemSelectionChanged.connect(
            lambda: holdings.setEnabled(0 <= self.table.currentRow() < len(self.loans)
                                        and bool(self.table.selectedItems())))
        held = QPushButton(self.tr("Held for checking…"))
        held.clicked.connect(lambda: HoldsDialog(self.worker, self.session, self).run())
        top = QHBoxLayout()
        for widget in (self.filter, self.count):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (held, holdings, notices, register):
            top.addWidget(widget)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.table, 1)

    def set_session(self, session: Session | None) -> None:
        """Show this session's loans (None: clear)."""
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Reload the list for the filter."""
        if self.session is None:
            self._show([])
            return
        self.worker.submit(lending.list_loans, self.session, self.filter.currentData(), owner=self,
                           on_done=self._show, on_error=lambda exc: show_error(self, exc))

    def _show(self, loans: list[LoanRow]) -> None:
        self.loans = loans
        self.table.clearSelection()
        self.holdings_button.setEnabled(False)
        today = clock.now().date()
        self.table.setRowCount(len(loans))
        for i, loan in enumerate(loans):
            state = loan_state(loan, today)
            values = (loan.number, loan.title, loan.marking, f"{loan.borrower}（{loan.dept}）",
                      loan.lent_at[:16].replace("T", " "), loan.due_on.isoformat(), state,
                      loan.approver, loan.reading_place)
            red = loan.open and (loan.overdue(clock.now()) or loan.level == "绝密")
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if red:
                    item.setForeground(RED)
                self.table.setItem(i, j, item)
        self.count.setText(self.tr("{0} loans").format(len(loans)))

    def _print_holdings(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.loans):
            lending_prints.show_holdings(self, self.worker, self.session, self.loans[row].badge)


class LendingPage(QWidget):
    """借阅台 and 借阅记录 in two tabs; the station only for roles that lend."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = ScanStation(worker)
        self.loans = LoansView(worker)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.station, self.tr("Scan station"))
        self.tabs.addTab(self.loans, self.tr("Loans"))
        self.tabs.currentChanged.connect(self._tab_changed)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs)

    def set_session(self, session: Session | None) -> None:
        """Attach (or clear) both tabs; the station is hidden from roles that do not lend."""
        lends = session is not None and session.actor.can(Permission.WRITE_REGISTER)
        self.station.set_session(session if lends else None)
        self.tabs.setTabVisible(0, lends)
        self.tabs.setCurrentIndex(0 if lends else 1)
        self.loans.set_session(session)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.loans:
            self.loans.refresh()
        else:
            self.station.focus_scan()
