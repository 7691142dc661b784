"""The inventory page (清点): inventory sessions, missing carriers and incidents,
inspections with their rectification, and the sealed quarterly register, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from secdesk.services.session import Session
from secdesk.gui.inventory.incidents_tab import IncidentsTab
from secdesk.gui.inventory.inspections_tab import InspectionsTab
from secdesk.gui.inventory.inventory_tab import InventoryTab
from secdesk.gui.inventory.quarterly_tab import QuarterlyTab
from secdesk.gui.shell.worker import Worker


class InventoryPage(QWidget):
    """清点 | 下落不明与泄密事件 | 检查与整改 | 季度台账."""

    changed = Signal()  # a tab changed the register (the reminders may be stale)

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.session: Session | None = None
        self.inventory = InventoryTab(worker)
        self.incidents = IncidentsTab(worker)
        self.inspections = InspectionsTab(worker)
        self.quarterly = QuarterlyTab(worker)
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._tab_shown)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs)
        for tab, title in ((self.inventory, self.tr("Inventory")),
                           (self.incidents, self.tr("Missing carriers and incidents")),
                           (self.inspections, self.tr("Inspections and rectification")),
                           (self.quarterly, self.tr("Quarterly register"))):
            self.add_tab(tab, title)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Append a tab: it has ``set_session`` and ``refresh``, and a ``changed`` signal
        if it changes the register. It gets the current session at once."""
        self.tabs.addTab(widget, title)
        changed = getattr(widget, "changed", None)
        if changed is not None:
            changed.connect(self.changed)
        if self.session is not None:
            widget.set_session(self.session)

    def _tab_shown(self, index: int) -> None:
        if self.session is not None and index >= 0:
            self.tabs.widget(index).refresh()

    def tab_list(self) -> list[QWidget]:
        """The tabs, in order."""
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def set_session(self, session: Session | None) -> None:
        """Attach (or clear) every tab."""
        self.session = session
        for tab in self.tab_list():
            tab.set_session(session)
