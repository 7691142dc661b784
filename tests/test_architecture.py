"""The shape DESIGN.md fixes. The tree reads the way data flows, and every import arrow
points down it:

    domain  ←  storage, printing  ←  services  ←  gui, cli, demo  ←  app, __main__

``domain/`` imports nothing of secdesk; ``storage/`` and ``printing/`` only ``domain/``;
``services/`` those three; ``gui/``, ``cli/`` and ``demo/`` only ``services/`` and
``domain/`` (the window registers the printing font with Qt: its one arrow into
``printing/``; the command line's ``demo`` command runs ``demo/``). ``paths``/``errorlog``/``hardening`` are leaves that import nothing above
them; ``app`` and ``__main__`` put the program together. No import circle anywhere, only
``gui/`` touches Qt, ``gui/`` runs no SQL, nothing opens a socket, no module over 700 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "secdesk"
NETWORK_MODULES = {"socket", "urllib", "http", "ftplib", "smtplib", "requests", "ssl", "asyncio"}
MAX_LINES = 700

# What each layer may import (besides itself).
LEAVES = "leaves"  # secdesk (its version), paths, errorlog, hardening
ALLOWED = {
    "domain": set(),
    "storage": {"domain", LEAVES},
    "printing": {"domain", LEAVES},
    "services": {"domain", "storage", "printing", LEAVES},
    "gui": {"domain", "services", LEAVES},
    "cli": {"domain", "services", "demo", LEAVES},  # ``secdesk demo`` builds the demo
    "demo": {"domain", "services"},
    LEAVES: set(),
    "entry": {"domain", "storage", "printing", "services", "gui", "cli", "demo", LEAVES},
}
# Arrows outside the table, each with its reason.
EXCEPTIONS = {
    ("secdesk.gui.shell.i18n", "secdesk.printing.fonts"):
        "the window shows the same CJK font the prints embed; it registers it with Qt",
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def product_files() -> dict[str, Path]:
    """Every module of secdesk/ by dotted name (not the forms compiled from forms/*.ui)."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))
            if "forms" not in p.relative_to(PACKAGE).parts}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """module → the secdesk modules it imports, anywhere in its code (from the AST)."""
    return {name: {m for m in imported_modules(path) if m in modules} - {name}
            for name, path in modules.items()}


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in ("paths", "errorlog", "hardening"):
        return LEAVES
    if parts[1] in ("app", "__main__"):
        return "entry"
    return parts[1]


def arrows_against_the_layers(graph: dict[str, set[str]]) -> list[str]:
    """Every import of a module in a layer its importer may not use."""
    wrong = []
    for module, targets in graph.items():
        for target in targets:
            here, there = layer(module), layer(target)
            if here != there and there not in ALLOWED[here] and (module, target) not in EXCEPTIONS:
                wrong.append(f"{module} ({here}) imports {target} ({there})")
    return sorted(wrong)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles (strongly connected groups of two or more modules)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_every_import_arrow_points_down_the_layers():
    """domain ← storage, printing ← services ← gui, cli, demo ← app, __main__."""
    modules = product_files()
    assert {layer(m) for m in modules} >= {"domain", "storage", "printing", "services", "gui", "cli", "demo"}
    assert arrows_against_the_layers(import_graph(modules)) == []


def test_a_storage_module_importing_a_service_is_caught():
    """The check itself: an upward arrow (storage → services) is named."""
    modules = product_files()
    graph = import_graph(modules)
    graph["secdesk.storage.carriers"] = graph["secdesk.storage.carriers"] | {"secdesk.services.lending"}
    assert arrows_against_the_layers(graph) == [
        "secdesk.storage.carriers (storage) imports secdesk.services.lending (services)"]


def test_there_is_no_import_circle():
    modules = product_files()
    assert cycles(import_graph(modules)) == []


def test_an_import_circle_is_caught():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_only_gui_and_the_entry_points_import_qt():
    """domain/, storage/, printing/, services/, cli/ and demo/ run without Qt."""
    offenders = [name for name, path in product_files().items()
                 if layer(name) not in ("gui", "entry")
                 and any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imported_modules(path))]
    assert offenders == []


def test_gui_runs_no_sql():
    """gui/ calls services; it neither imports sqlcipher3 nor executes statements."""
    offenders = []
    for name, path in product_files().items():
        if layer(name) != "gui":
            continue
        text = path.read_text(encoding="utf-8")
        if "sqlcipher3" in imported_modules(path) or ".execute(" in text or ".executemany(" in text:
            offenders.append(name)
    assert offenders == []


def test_no_network_module_is_imported():
    """The product imports no module that opens sockets."""
    offenders = [f"{name}: {m}" for name, path in product_files().items()
                 for m in imported_modules(path) if m.split(".")[0] in NETWORK_MODULES]
    assert offenders == []


def test_no_module_is_over_700_lines():
    long = {name: n for name, path in product_files().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
