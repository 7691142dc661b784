"""The local error log: unexpected failures are written here, never shown as a traceback.

Only the exception's type and stack are logged; messages are kept out because they may
quote data (a title, a name). Nothing leaves the PC.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from secdesk.paths import state_dir

_logger = logging.getLogger("secdesk")


def log_path() -> Path:
    """The error log file."""
    return state_dir() / "secdesk-errors.log"


def log_unexpected(exc: BaseException) -> Path:
    """Record an unexpected exception (type and stack, no message); return the log path."""
    path = log_path()
    if not _logger.handlers:
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        _logger.addHandler(handler)
        _logger.setLevel(logging.ERROR)
        _logger.propagate = False
    frames = "".join(traceback.format_tb(exc.__traceback__))
    _logger.error("unexpected %s\n%s", type(exc).__name__, frames)
    return path
