"""Where things live: bundled resources, the per-user state folder, the error log."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` of the checkout, or of the bundle when frozen by PyInstaller."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def state_dir() -> Path:
    """The per-user folder for the error log and the last-used database path."""
    override = os.environ.get("SECDESK_STATE_DIR")
    if override:
        base = Path(override)
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home())) / "secdesk"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "secdesk"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    return base
