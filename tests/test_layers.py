"""The layers of docs/ARCHITECTURE.md, as the folders show them: imports only go down, never
in a circle, and the Qt-free layers stay Qt-free."""
from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "parsers", "exports", "widgets")

# Lowest first. A module may import its own layer and the layers below it, never above.
LAYERS: list[tuple[str, ...]] = [
    ("app.core",),                       # domain types, errors, text and tokens, the JSON contract
    ("parsers", "exports"),              # files -> domain, domain -> files
    ("app.store",),                      # the only SQL
    ("app.services",),                   # search, suggestions, similar comments, keywords, signatures
    ("app.api",),                        # the use cases: Workbench
    ("app.qt",),                         # the Qt bridge: undo commands, jobs, settings
    ("widgets",),                        # windows and dialogs
    ("app.cli", "app.__main__"),         # entry points: the command line and the window's start-up
]
# Standalone: runs before anything is installed, imports nothing of the project.
STANDALONE = ("app.bootstrap",)
QT_ENTRY = ("app.qt", "app.cli.gui", "app.bootstrap", "app.__main__")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}


def imported_modules(path: Path, name: str, known: set[str]) -> set[str]:
    """Every project module `path` imports, at the top or inside a function; `from a import b`
    counts as importing a.b when that is a module, else a."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in known else base)
    return {m for m in found if m in known and m != name}


def layer_of(name: str) -> int | None:
    for index, prefixes in enumerate(LAYERS):
        if any(name == p or name.startswith(p + ".") for p in prefixes):
            return index
    return None


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    known = set(modules)
    return {name: imported_modules(path, name, known) for name, path in modules.items()}


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    bad = []
    for name, targets in graph.items():
        if name in STANDALONE:
            bad += [f"{name} -> {t}" for t in targets]
            continue
        mine = layer_of(name)
        for target in targets:
            theirs = layer_of(target)
            if mine is None or theirs is None or theirs > mine:
                bad.append(f"{name} -> {target}")
    return sorted(bad)


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted.

    A package's ``__init__`` that re-exports its own submodules is not a circle of its own: the
    edges from a submodule to its parent package are left out."""
    edges = {n: {t for t in ts if not n.startswith(t + ".")} for n, ts in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return circles


def test_every_module_has_a_layer() -> None:
    unplaced = [n for n in project_modules() if layer_of(n) is None and n not in STANDALONE
                and n not in PACKAGES and n != "app"]
    assert unplaced == []


def test_no_import_goes_up_a_layer() -> None:
    assert upward_imports(import_graph()) == []


def test_no_import_circles() -> None:
    assert import_circles(import_graph()) == []


def test_checks_catch_an_upward_import_and_a_circle() -> None:
    graph = {"parsers.minutes": {"app.store.core"}, "app.store.core": {"app.core.domain"},
             "app.core.domain": set(), "exports.a": {"exports.b"}, "exports.b": {"exports.a"}}
    assert upward_imports(graph) == ["parsers.minutes -> app.store.core"]
    assert import_circles(graph) == [["exports.a", "exports.b"]]


def test_relative_and_from_imports_are_resolved(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text("from . import tags\nfrom ..core import domain\nimport app.core.text\n"
                      "def f():\n    from app.api import Workbench\n", encoding="utf-8")
    known = {"app.store.tags", "app.core.domain", "app.core.text", "app.api", "app.store.m"}
    assert imported_modules(source, "app.store.m", known) == {
        "app.store.tags", "app.core.domain", "app.core.text", "app.api"}


def qt_free_modules() -> list[str]:
    names = []
    for package in ("app", "parsers", "exports"):
        names.append(package)
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=package + "."):
            if not info.name.startswith(QT_ENTRY):
                names.append(info.name)
    return names


def test_qt_free_packages_import_no_qt() -> None:
    modules = qt_free_modules()
    assert "app.store.documents" in modules and "parsers.readers" in modules
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_widgets_reach_data_only_through_app() -> None:
    graph = import_graph()
    reach = sorted(f"{n} -> {t}" for n, ts in graph.items() if n.startswith("widgets")
                   for t in ts if t.startswith(("app.store", "parsers", "exports")))
    assert reach == []
    raw = [p.name for p in (ROOT / "widgets").rglob("*.py")
           if any(w in p.read_text(encoding="utf-8") for w in ("import sqlite3", "sqlite_utils"))]
    assert raw == []
