"""No import cycles inside the package.

Every ``import``/``from … import`` of a ``storyline`` module counts: at module
level, inside functions (lazy imports) and under ``TYPE_CHECKING``.  A lazy
import hides a cycle from the interpreter, not from the design: two modules
that need each other are one module split in the wrong place (issue 14 found
cli ↔ cli_search, service ↔ service_stories, readers ↔ web/warc and
features ↔ model).  A package's ``__init__`` importing its own submodules is
not counted as the submodule depending on the package.
"""
from __future__ import annotations

import ast
from pathlib import Path

import storyline

PACKAGE_DIR = Path(storyline.__file__).parent


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` under ``root``."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the package's modules it imports (anywhere in its source)."""
    modules = module_names(root, package)

    def known(name: str) -> str | None:
        while name and name not in modules:  # `from pkg.mod import func` names pkg.mod
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str | None] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                deps.update(known(a.name) for a in node.names if a.name.split(".")[0] == package)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: resolved against this module's package
                    parent = here.split(".")[:len(here.split(".")) - node.level + 1]
                    base = ".".join(parent + ([base] if base else []))
                if base.split(".")[0] != package:
                    continue
                for alias in node.names:  # `from pkg import submodule` names the submodule
                    full = f"{base}.{alias.name}"
                    deps.add(full if full in modules else known(base))
        graph[name] = {d for d in deps if d and d != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan,
    iterative), each sorted; empty when the graph is acyclic."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_package_has_no_import_cycles():
    graph = import_graph(PACKAGE_DIR, "storyline")
    assert len(graph) > 100, "the walk found too few modules to be the package"
    assert graph["storyline.service"] >= {"storyline.store", "storyline.service_links"}
    assert cycles(graph) == []


def test_cycles_through_lazy_and_type_checking_imports_are_found(tmp_path):
    """The check above can fail: a cycle hidden in a function or under
    TYPE_CHECKING, and one through a relative import, are each reported."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("from pkg import a\n")
    (pkg / "a.py").write_text("def f():\n    from pkg.b import g\n    return g\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                              "    from pkg.a import f\ndef g():\n    pass\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "c.py").write_text("from . import d\n")
    (pkg / "sub" / "d.py").write_text("from ..sub.c import x\n")
    (pkg / "e.py").write_text("import pkg.a\n")
    graph = import_graph(pkg, "pkg")
    assert graph["pkg"] == {"pkg.a"} and graph["pkg.e"] == {"pkg.a"}
    assert cycles(graph) == [["pkg.a", "pkg.b"], ["pkg.sub.c", "pkg.sub.d"]]
    (pkg / "b.py").write_text("def g():\n    pass\n")
    (pkg / "sub" / "d.py").write_text("x = 1\n")
    assert cycles(import_graph(pkg, "pkg")) == []
