"""Simple pages: a capability that is not built yet says so honestly; a page the role may
not see says who may."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class MessagePage(QWidget):
    """A centred title and explanation."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        body = QLabel(text)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setWordWrap(True)
        body.setStyleSheet("font-size: 12pt; color: #444;")
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(2)
        self.heading, self.body = heading, body


def pending_page(title: str) -> MessagePage:
    """The page of a capability that a later version brings."""
    return MessagePage(title, QCoreApplication.translate(
        "MessagePage", "Not yet available in this version. Until it is, keep this part of the register "
        "on paper as before."))


def no_access_text(who: str) -> str:
    """Why a role may not see a page: who may."""
    return QCoreApplication.translate("MessagePage", "Your role may not open this page ({0} only).").format(who)


def no_access_page(title: str, who: str) -> MessagePage:
    """The page shown to a role that may not see this part."""
    return MessagePage(title, no_access_text(who))
