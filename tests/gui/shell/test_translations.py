"""The shipped Simplified Chinese translation is complete and current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "secdesk_zh_CN.ts"


def sources() -> list[str]:
    files = [ROOT / "secdesk" / "app.py", *sorted(p for p in (ROOT / "secdesk" / "gui").glob("**/*.py") if "forms" not in p.parts),
             *sorted((ROOT / "forms").glob("*.ui"))]
    return [str(f) for f in files]


def test_every_string_in_the_code_has_a_finished_translation(tmp_path):
    """lupdate over today's sources adds nothing new and finds nothing unfinished."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-no-obsolete", *sources(), "-ts", str(copy)],
                   check=True, capture_output=True)
    unfinished = [m.findtext("source") for m in ET.parse(copy).getroot().iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_the_window_speaks_chinese(qapp):
    """The installed translation turns the English source strings into Chinese."""
    assert QCoreApplication.translate("SignInDialog", "Sign in") == "登录"
    assert QCoreApplication.translate("MainWindow", "Register") == "台账"
