"""The layers of docs/architecture.md, checked on the source itself.

Every module in kiosk/ is parsed with `ast`; every import counts, at module level
or inside a function, since either runs sooner or later. Importing `kiosk.ui.logs`
also runs `kiosk/ui/__init__.py` and `kiosk/__init__.py`, so a module imports
its parent packages too.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from pathlib import Path

import kiosk

KIOSK = Path(kiosk.__file__).parent
QT_PACKAGES = ("PySide6", "shiboken6")


def module_name(path: Path, root: Path = KIOSK) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def parents(name: str) -> list[str]:
    """The packages Python initialises before `name`: kiosk.ui.logs -> kiosk, kiosk.ui."""
    parts = name.split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts))]


def imported_names(path: Path, name: str, *, inside_functions: bool = True) -> set[str]:
    """The modules `path` imports: for `from package import name`, the submodule when there is one."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    nodes: Iterable[ast.AST] = ast.walk(tree) if inside_functions else _outside_functions(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _outside_functions(tree: ast.AST) -> Iterable[ast.AST]:
    """The nodes that run when the module is imported (not function bodies)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(
            child
            for child in ast.iter_child_nodes(node)
            if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
        )


def import_graph(root: Path = KIOSK, *, inside_functions: bool = True) -> dict[str, set[str]]:
    """Each kiosk module and what it imports: the kiosk modules among them (with their parent packages)
    and every other top-level name as it is written (PySide6.QtCore, markdown, ...)."""
    paths = {module_name(path, root): path for path in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        targets: set[str] = set(parents(name))
        for imported in imported_names(path, name, inside_functions=inside_functions):
            if imported.split(".")[0] == root.name:
                if imported in paths:
                    targets.update([imported, *parents(imported)])
            else:
                targets.add(imported)
        targets.discard(name)
        graph[name] = targets
    return graph


def path_to(graph: dict[str, set[str]], start: str, wanted: Callable[[str], bool]) -> list[str] | None:
    """The shortest import chain from `start` to a module that is `wanted`, or None."""
    came_from: dict[str, str | None] = {start: None}
    queue = [start]
    while queue:
        current = queue.pop(0)
        if wanted(current):
            chain = [current]
            while (previous := came_from[chain[-1]]) is not None:
                chain.append(previous)
            return chain[::-1]
        for target in sorted(graph.get(current, ())):
            if target not in came_from:
                came_from[target] = current
                queue.append(target)
    return None


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import one another in a circle (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = lowest[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in graph:
                continue
            if target not in index:
                visit(target)
                lowest[node] = min(lowest[node], lowest[target])
            elif target in on_stack:
                lowest[node] = min(lowest[node], index[target])
        if lowest[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def layer(name: str) -> str:
    """kiosk.ui.window -> kiosk.ui, kiosk.doctor -> kiosk.doctor: a subpackage is one layer."""
    parts = name.split(".")
    return ".".join(parts[:2])


def layer_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    layers: dict[str, set[str]] = {}
    for name, targets in graph.items():
        here = layer(name)
        imported = {layer(target) for target in targets if target in graph and layer(target) != here}
        layers.setdefault(here, set()).update(imported)
    return layers


def is_qt(name: str) -> bool:
    return name.split(".")[0] in QT_PACKAGES


def test_every_module_in_kiosk_is_in_the_graph() -> None:
    """The checks below see the whole package, or they prove nothing."""
    graph = import_graph()
    assert {"kiosk", "kiosk.content.loader", "kiosk.ui.window", "kiosk.doctor", "kiosk.qt_platform"} <= set(graph)
    assert "PySide6.QtQuick" in graph["kiosk.ui.window"]
    assert "kiosk.qt_platform" in graph["kiosk.ui.qt_app"]


def test_the_content_layer_imports_no_qt_even_through_other_kiosk_modules() -> None:
    graph = import_graph()
    content = sorted(name for name in graph if name == "kiosk.content" or name.startswith("kiosk.content."))
    assert content
    chains = [chain for name in content if (chain := path_to(graph, name, is_qt))]
    assert chains == [], "content/ must never import Qt: " + "; ".join(" -> ".join(chain) for chain in chains)


def test_the_statistics_store_and_report_import_no_qt() -> None:
    """kiosk/stats is what the writer thread and `kiosk stats` share: plain Python and sqlite3 only."""
    graph = import_graph()
    stats = sorted(name for name in graph if name == "kiosk.stats" or name.startswith("kiosk.stats."))
    assert "kiosk.stats.recorder" in stats
    chains = [chain for name in stats if (chain := path_to(graph, name, is_qt))]
    assert chains == [], "stats/ must never import Qt: " + "; ".join(" -> ".join(chain) for chain in chains)


def test_the_fleet_status_and_report_import_no_qt() -> None:
    """kiosk/fleet is what `kiosk fleet` runs at HQ, where no display is needed: plain Python only."""
    graph = import_graph()
    fleet = sorted(name for name in graph if name == "kiosk.fleet" or name.startswith("kiosk.fleet."))
    assert "kiosk.fleet.status" in fleet and "kiosk.fleet.report" in fleet
    chains = [chain for name in fleet if (chain := path_to(graph, name, is_qt))]
    assert chains == [], "fleet/ must never import Qt: " + "; ".join(" -> ".join(chain) for chain in chains)


def test_no_kiosk_module_imports_itself_back() -> None:
    assert cycles(import_graph()) == []


def test_no_two_layers_import_each_other() -> None:
    """The layers form a ladder (content, qt_platform, ui, doctor, cli ...): none reaches back up,
    e.g. kiosk.ui never imports kiosk.doctor, which imports from kiosk.ui."""
    assert cycles(layer_graph(import_graph())) == []


def test_the_commands_that_need_no_display_load_no_qt() -> None:
    """`kiosk check`, `kiosk new`, and the doctor's own process (which must survive a Qt abort,
    and explain it) import Qt only inside the functions that start it."""
    graph = import_graph(inside_functions=False)
    for name in ("kiosk.cli", "kiosk.doctor", "kiosk.qt_platform"):
        assert path_to(graph, name, is_qt) is None, name
