"""Every import by name in the dependencies the program loads is known and decided
(packaging/dynamic_imports.py), so that the bundle cannot miss a module PyInstaller does
not see — as it missed ReportLab's barcode symbologies."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DYNAMIC_CALLS = {"__import__", "import_module", "exec", "rl_exec", "spec_from_file_location"}

# Imports every secdesk module in a clean interpreter (no pytest, no hypothesis loaded)
# and prints the third-party source files that are then loaded.
LOADED_FILES = """
import importlib, json, pkgutil, sys, sysconfig
import secdesk
for info in pkgutil.walk_packages(secdesk.__path__, "secdesk."):
    importlib.import_module(info.name)
site = sysconfig.get_paths()["purelib"]
print(json.dumps(sorted({m.__file__[len(site) + 1:] for m in list(sys.modules.values())
                         if (getattr(m, "__file__", None) or "").startswith(site)
                         and m.__file__.endswith(".py")})))
"""


def load_decisions():
    """packaging/dynamic_imports.py, loaded by path (a package named "packaging" exists)."""
    spec = importlib.util.spec_from_file_location(
        "secdesk_dynamic_imports", ROOT / "packaging" / "dynamic_imports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def loaded_dependency_files(not_shipped) -> list[str]:
    """Third-party .py files (relative to site-packages) loaded by importing all of secdesk."""
    out = subprocess.run([sys.executable, "-c", LOADED_FILES], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    return [f for f in json.loads(out.stdout) if not f.startswith(not_shipped)
            and not f.startswith("secdesk")]


def dynamic_calls(source: str) -> list[str]:
    """The calls in a module's source that import (or may import) by name, as written."""
    calls = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in DYNAMIC_CALLS:
                calls.append(ast.unparse(node))
    return calls


def test_every_dynamic_import_the_program_reaches_is_decided():
    """A dependency upgrade that adds an import by name fails here until it is decided."""
    decisions = load_decisions()
    site = Path(sysconfig.get_paths()["purelib"])
    found = [(f, call) for f in loaded_dependency_files(decisions.NOT_SHIPPED)
             for call in dynamic_calls((site / f).read_text(encoding="utf-8", errors="replace"))]
    assert len(found) > 10, "the scan found too little to be trusted"
    undecided = [(f, c) for f, c in found
                 if not any(s.file == f and c.startswith(s.call) for s in decisions.SITES)]
    stale = [s for s in decisions.SITES
             if not any(s.file == f and c.startswith(s.call) for f, c in found)]
    assert undecided == [], "add these to packaging/dynamic_imports.py with a decision"
    assert stale == [], "these sites are gone from the dependencies: remove them"


def test_every_barcode_symbology_module_is_bundled():
    """ReportLab's widgets.py names each symbology module in a _BCW(...) call."""
    import reportlab.graphics.barcode.widgets as widgets

    tree = ast.parse(Path(widgets.__file__).read_text(encoding="utf-8"))
    named = {node.args[3].value for node in ast.walk(tree)
             if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_BCW"}
    assert named and named == set(load_decisions().BARCODE_SYMBOLOGIES)


def test_every_module_to_bundle_imports_and_the_spec_uses_the_list():
    """The hidden imports exist, and the spec passes them to the analysis."""
    decisions = load_decisions()
    for module in decisions.HIDDEN_IMPORTS:
        importlib.import_module(module)
    spec = (ROOT / "packaging" / "secdesk.spec").read_text(encoding="utf-8")
    assert "dynamic_imports.HIDDEN_IMPORTS" in spec
