"""The shape DESIGN.md fixes: only gui/ touches Qt, gui/ runs no SQL, nothing opens a socket."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "secdesk"
NETWORK_MODULES = {"socket", "urllib", "http", "ftplib", "smtplib", "requests", "ssl", "asyncio"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def python_files(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


def test_core_storage_printing_do_not_import_qt():
    """core/, storage/ and printing/ run without Qt."""
    offenders = [str(p) for part in ("core", "storage", "printing") for p in python_files(part)
                 if any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imported_modules(p))]
    assert offenders == []


def test_gui_runs_no_sql():
    """gui/ calls services; it neither imports sqlcipher3 nor executes statements."""
    offenders = []
    for path in python_files("gui"):
        text = path.read_text(encoding="utf-8")
        if "sqlcipher3" in imported_modules(path) or ".execute(" in text or ".executemany(" in text:
            offenders.append(str(path))
    assert offenders == []


def test_no_network_module_is_imported():
    """The product imports no module that opens sockets."""
    offenders = [f"{p}: {m}" for p in python_files() for m in imported_modules(p)
                 if m.split(".")[0] in NETWORK_MODULES]
    assert offenders == []
