"""No two modules of `anapana` import each other, directly or round a longer loop.

A cycle makes the import order matter (the `store` ↔ `rescue` pair needed an import
inside a function to load at all) and means neither module can be understood, tested or
moved without the other. The graph is grimp's (the library `lint-imports` stands on),
so imports inside functions and under `TYPE_CHECKING` count too.
"""

from __future__ import annotations

import grimp

from tests.import_graph import cycles


def test_no_module_of_anapana_is_part_of_an_import_cycle() -> None:
    graph = grimp.build_graph("anapana")
    found = cycles(graph)
    assert found == [], "import cycles: " + "; ".join(" → ".join(c) for c in found)


def test_the_cycle_finder_finds_a_loop_of_three() -> None:
    graph = grimp.ImportGraph()
    for a, b in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")]:
        graph.add_import(importer=a, imported=b)
    assert cycles(graph) == [["p.a", "p.b", "p.c", "p.a"]]
