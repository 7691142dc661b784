"""The carrier lifecycle page (销毁与流转): destruction batches, copying, carrying out,
transfer and return, and the declassification review, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from secdesk.services.session import Session
from secdesk.gui.lifecycle.destruction_page import DestructionTab
from secdesk.gui.lifecycle.copying_tab import CopyTab
from secdesk.gui.lifecycle.outings_tab import OutingTab
from secdesk.gui.lifecycle.review_tab import ReviewTab
from secdesk.gui.lifecycle.transfers_tab import TransferTab
from secdesk.gui.shell.worker import Worker


class LifecyclePage(QWidget):
    """销毁 | 复制 | 外出携带 | 移交/清退 | 解密审查."""

    changed = Signal()  # a tab changed the register (the reminders may be stale)

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.destruction = DestructionTab(worker)
        self.copying = CopyTab(worker)
        self.outings = OutingTab(worker)
        self.transfers = TransferTab(worker)
        self.review = ReviewTab(worker)
        self.tabs = QTabWidget()
        for tab, title in ((self.destruction, self.tr("Destruction")), (self.copying, self.tr("Copying")),
                           (self.outings, self.tr("Carrying out")), (self.transfers, self.tr("Transfer and return")),
                           (self.review, self.tr("Declassification review"))):
            self.tabs.addTab(tab, title)
        for tab in self.tab_list():
            tab.changed.connect(self.changed)
        self.tabs.currentChanged.connect(lambda i: self.tabs.widget(i).refresh())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs)

    def tab_list(self) -> list[QWidget]:
        """The tabs, in order."""
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def set_session(self, session: Session | None) -> None:
        """Attach (or clear) every tab."""
        for tab in self.tab_list():
            tab.set_session(session)
