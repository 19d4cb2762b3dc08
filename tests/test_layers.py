"""The layers point one way, read from the source itself: every import, module-level or inside
a function (deferred), walked with `ast` — `if TYPE_CHECKING:` blocks excepted, since they never
run, and modules named by string (the window's scene table) count as imported. The core
reaches no shell (command line, window, audio, speedrun); nothing under game/speedrun/ reaches
pygame; the packages import each other without a cycle, and no module imports itself back
through any chain (module level, deferred, or inside one package)."""

from __future__ import annotations

import ast
from pathlib import Path

GAME = Path(__file__).resolve().parents[1] / "game"
SHELLS = ("game.cli", "game.commands", "game.ui", "game.audio", "game.speedrun", "game.text")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(GAME.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in GAME.rglob("*.py")}


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(name: str, path: Path) -> set[str]:
    """Every module `name` imports, anywhere in its body, as dotted names."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking_only(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            submodules = {f"{target}.{alias.name}" for alias in node.names
                          if f"{target}.{alias.name}" in MODULES}
            if len(submodules) < len(node.names) or not name.startswith(target + "."):
                found.add(target)  # `from . import sibling` needs the sibling, not the package
            found.update(submodules)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                node.value in MODULES and node.value.startswith("game.")):
            found.add(node.value)  # a module named by string (a table of scenes) counts too
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _own(target: str) -> str | None:
    """The game module a dotted import name lands in (the longest known prefix)."""
    parts = target.split(".")
    while parts:
        if ".".join(parts) in MODULES:
            return ".".join(parts)
        parts.pop()
    return None


IMPORTS = {name: _imports(name, path) for name, path in MODULES.items()}
GRAPH = {name: {own for t in targets if (own := _own(t)) and own != name}
         for name, targets in IMPORTS.items()}


def _reach(start: str) -> dict[str, list[str]]:
    """Every game module `start` reaches, with one import chain to it."""
    chains = {start: [start]}
    todo = [start]
    while todo:
        here = todo.pop()
        for there in GRAPH[here]:
            if there not in chains:
                chains[there] = [*chains[here], there]
                todo.append(there)
    return chains


def _package(name: str) -> str:
    parts = name.split(".")
    if len(parts) >= 3 and parts[1] == "ui" and parts[2] == "speedrun":
        return "game.ui"
    return ".".join(parts[:2])


def test_the_walk_sees_modules_named_in_the_scene_table():
    assert "game.ui.scenes.play" in GRAPH["game.ui.scene_table"]


def test_the_walk_sees_deferred_imports():
    # game.commands.play imports the window inside a function: the walk must see it
    assert "game.ui.speedrun.controller" in GRAPH["game.commands.play"]


def test_the_core_reaches_no_shell():
    bad = []
    for name in MODULES:
        if not name.startswith("game.core"):
            continue
        for reached, chain in _reach(name).items():
            if reached.startswith(SHELLS):
                bad.append(" -> ".join(chain))
    assert bad == []


def test_nothing_under_speedrun_reaches_pygame():
    bad = []
    for name in MODULES:
        if not name.startswith("game.speedrun"):
            continue
        for reached, chain in _reach(name).items():
            if reached.startswith(("game.ui", "game.audio")) or any(
                    t == "pygame" or t.startswith("pygame.") for t in IMPORTS[reached]):
                bad.append(" -> ".join(chain))
    assert bad == []


def test_packages_import_each_other_without_a_cycle():
    layers: dict[str, set[str]] = {}
    for name, targets in GRAPH.items():
        layers.setdefault(_package(name), set()).update(
            _package(t) for t in targets if _package(t) != _package(name))
    seen: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(layer: str, path: list[str]) -> None:
        seen[layer] = 1
        for below in sorted(layers.get(layer, ())):
            assert seen.get(below) != 1, "cycle: " + " -> ".join([*path, below])
            if below not in seen:
                visit(below, [*path, below])
        seen[layer] = 2

    for layer in sorted(layers):
        if layer not in seen:
            visit(layer, [layer])


def test_speedrun_modules_have_no_cycle():
    for name in MODULES:
        if name.startswith("game.speedrun."):
            for reached, chain in _reach(name).items():
                if reached != name and name in GRAPH[reached]:
                    raise AssertionError("cycle: " + " -> ".join([*chain, name]))


def _cycles() -> list[list[str]]:
    """Every strongly connected group of modules (Tarjan), deferred imports and imports inside
    one package included: a group of more than one module is an import cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = [0]

    def strong(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for there in sorted(GRAPH[node]):
            if there not in index:
                strong(there)
                low[node] = min(low[node], low[there])
            elif there in on_stack:
                low[node] = min(low[node], index[there])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for name in sorted(GRAPH):
        if name not in index:
            strong(name)
    return groups


def test_no_module_imports_itself_back():
    # module level, deferred (function-level) imports and edges inside one package included
    cycles = _cycles()
    assert cycles == [], "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)
