"""No import cycles inside ``datafi_desktop`` (issue 18), counted on the real import graph
(grimp, the library under import-linter), imports inside functions included: a cycle broken
by moving an import into a function is still a cycle. The cycles below are the ones left
to break (none since 2026-12-05); the list may only shrink, and a cycle not on it fails
the test."""

from __future__ import annotations

import grimp

PACKAGE = "datafi_desktop"

KNOWN_CYCLES: list[frozenset[str]] = [frozenset(c.split()) for c in (
)]


def import_cycles() -> list[frozenset[str]]:
    """The package's import cycles."""
    # imports under TYPE_CHECKING exist for the type checker only and make no cycle at run time
    graph = grimp.build_graph(PACKAGE, exclude_type_checking_imports=True)
    return cycles_of({m: {w for w in graph.find_modules_directly_imported_by(m)
                          if w.startswith(PACKAGE + ".")} for m in graph.modules})


def cycles_of(edges: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of two or more modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(root: str) -> None:  # iterative, so deep chains cannot overflow
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member.removeprefix(PACKAGE + "."))
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(frozenset(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def test_the_cycle_finder_finds_cycles() -> None:
    # none is left in the package (issue 18): the finder is checked on a graph of its own
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": {"e"}, "e": {"d"}, "f": {"a"}}
    assert sorted(sorted(c) for c in cycles_of(edges)) == [["a", "b", "c"], ["d", "e"]]
    assert cycles_of({"a": {"b"}, "b": set()}) == []


def test_no_new_import_cycle() -> None:
    new = [sorted(c) for c in import_cycles() if not any(c <= k for k in KNOWN_CYCLES)]
    assert not new, f"import cycles (move the shared part down into a module both use): {new}"


def test_the_cycle_list_only_shrinks() -> None:
    cycles = import_cycles()
    stale = [sorted(k) for k in KNOWN_CYCLES if not any(c <= k and len(c) > 1 for c in cycles)]
    assert not stale, f"no longer a cycle, strike it from KNOWN_CYCLES: {stale}"
