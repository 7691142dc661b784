"""Showing failures: a known error in its Chinese words, anything else logged and summed
up in one line. No traceback ever reaches the screen."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from secdesk.domain.errors import SecdeskError
from secdesk.errorlog import log_unexpected


def language() -> str:
    """``zh`` or ``en``: the language of the installed translation."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh"


def error_text(exc: BaseException) -> str:
    """What to show for an error: its own message, or a line naming the log file."""
    if isinstance(exc, SecdeskError):
        return exc.text(language())
    path = log_unexpected(exc)
    return QCoreApplication.translate(
        "messages", "An unexpected error occurred; details were written to {0}."
    ).format(path)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A warning dialog with the error's message."""
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "secdesk"), error_text(exc))


def install_excepthook() -> None:
    """Route any uncaught error in a slot to the log and a short dialog."""

    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        show_error(None, exc)

    sys.excepthook = hook
