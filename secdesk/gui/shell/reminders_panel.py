"""The start-of-day panel (今日提醒): a dock beside the pages listing what needs doing;
overdue lines in red. Later capabilities add their kinds through the same service."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from secdesk.domain.roles import Permission
from secdesk.services import reminders
from secdesk.services.session import Session
from secdesk.gui.shell.worker import Worker


class RemindersPanel(QDockWidget):
    """A list of reminders for the signed-in role, refreshed at sign-in and unlock."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Today"), parent)
        self.worker = worker
        self.session: Session | None = None
        self.setObjectName("remindersPanel")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(200)
        self.setWidget(self.list)

    def set_session(self, session: Session | None) -> None:
        """Load the reminders this role may see (None: clear). A role that reads neither
        the register nor the staff (the administrator) sees the panel only while its own
        password is in its last week."""
        self.session = session
        self.list.clear()
        self.setVisible(session is not None and _reads(session))
        if session is not None:
            self.worker.submit(reminders.start_of_day, session, owner=self,
                               on_done=self._show, on_error=lambda exc: None)

    def refresh(self) -> None:
        """Reload after the register changed (a batch executed, a carrier came back) or
        the password was changed."""
        if self.session is not None and self.isVisible():
            self.worker.submit(reminders.start_of_day, self.session, owner=self,
                               on_done=self._show, on_error=lambda exc: None)

    def _show(self, items: list[reminders.Reminder]) -> None:
        self.list.clear()
        if self.session is None:
            return
        if not _reads(self.session):
            self.setVisible(bool(items))
        if not items:
            self.list.addItem(self.tr("Nothing due today."))
        for r in items:
            who = r.name + (f"（{r.dept}）" if r.dept else "")
            item = QListWidgetItem(f"【{r.kind}】{who}{r.text}")
            if r.urgent:
                item.setForeground(QColor("#b00020"))
            self.list.addItem(item)


def _reads(session: Session) -> bool:
    """True if the role reads the register or the staff (and so has a daily list)."""
    return session.actor.can(Permission.READ_PERSONNEL) or session.actor.can(Permission.READ_REGISTER)
