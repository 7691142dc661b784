"""The 报表 page: 统计概况 (the state of the room in charts, each printable) and 打印目录
(every printout the role may make, with its filters). The clerk opens on the catalogue,
the officer and the auditor on the charts; a role that may read neither (the
administrator) is told so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from secdesk.domain.roles import Permission
from secdesk.services.session import Session
from secdesk.gui.reports.catalogue_tab import CatalogueTab
from secdesk.gui.reports.statistics_tab import StatisticsTab
from secdesk.gui.shell.worker import Worker


class ReportsPage(QWidget):
    """Statistics and the printout catalogue, for the signed-in role."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.statistics = StatisticsTab(worker)
        self.catalogue = CatalogueTab(worker)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.statistics, self.tr("Statistics"))
        self.tabs.addTab(self.catalogue, self.tr("Printouts"))
        self.no_access = QLabel(self.tr("Your role may not open this page (clerk, security officer, auditor only)."))
        self.no_access.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_access.setStyleSheet("font-size: 12pt; color: #444;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.no_access)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)

    def set_session(self, session: Session | None) -> None:
        """Serve this session (None: drop every figure and list, as the lock does)."""
        self.session = session
        readable = bool(session and session.actor.can(Permission.READ_REGISTER))
        self.statistics.set_session(session if readable else None)
        self.catalogue.set_session(session if readable else None)
        self.stack.setCurrentWidget(self.tabs if readable or session is None else self.no_access)
        if readable:
            clerk = session.actor.can(Permission.WRITE_REGISTER)
            self.tabs.setCurrentWidget(self.catalogue if clerk else self.statistics)
