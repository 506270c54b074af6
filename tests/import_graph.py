"""Finds import cycles in a grimp graph (Tarjan's strongly connected components)."""

from __future__ import annotations

import grimp


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Each group of modules that import one another, as one loop through the group.

    A group is shown as a path that starts and ends at its first module (by name), so a
    failure reads as the chain of imports to break.
    """
    modules = sorted(graph.modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so a long chain of imports can't exhaust the recursion limit.
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            module, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    imported = sorted(graph.find_modules_directly_imported_by(child))
                    work.append((child, iter(imported)))
                elif child in on_stack:
                    low[module] = min(low[module], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
            if low[module] == index[module]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return [_loop(graph, group[0], set(group)) for group in sorted(groups)]


def _loop(graph: grimp.ImportGraph, start: str, group: set[str]) -> list[str]:
    """The shortest way from `start` back to itself inside its group."""
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for module in frontier:
            for child in sorted(graph.find_modules_directly_imported_by(module)):
                if child == start:
                    return [*paths[module], start]
                if child in group and child not in paths:
                    paths[child] = [*paths[module], child]
                    following.append(child)
        frontier = following
    return [start, start]
