"""Groups of actors more tied to each other than to the rest (Louvain, seeded)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graph.analytics.projection import simple_graph

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Community", "communities"]


@dataclass(frozen=True)
class Community:
    index: int  # 1 = the largest
    members: tuple[str, ...]  # actor ids, most connected first
    names: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.members)

    def to_dict(self) -> dict[str, Any]:
        return {"community": self.index, "size": self.size, "members": list(self.members),
                "names": list(self.names)}


def communities(g: "nx.MultiDiGraph", seed: int | None = 0, *,
                resolution: float = 1.0) -> list[Community]:
    """Louvain communities of the actor network, largest first.

    Parallel edges count as weight. With the same ``seed`` the same graph gives the same
    communities, whichever store it was read from (the graph is traversed in id order).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> for u, v in [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"),
    ...              ("c", "x")]:
    ...     _ = g.add_edge(u, v)
    >>> [c.members for c in communities(g, seed=0)]
    [('c', 'a', 'b'), ('x', 'y', 'z')]
    """
    import networkx as nx

    simple = simple_graph(g)
    if simple.number_of_nodes() == 0:
        return []
    groups = nx.community.louvain_communities(simple, weight="weight", resolution=resolution,
                                              seed=seed)
    degree = dict(simple.degree(weight="weight"))
    ordered = []
    for group in groups:
        members = sorted(group, key=lambda n: (-degree[n], n))
        ordered.append(tuple(members))
    ordered.sort(key=lambda members: (-len(members), min(members)))
    return [Community(index=i, members=members,
                      names=tuple(str(g.nodes[m].get("name") or m) for m in members))
            for i, members in enumerate(ordered, start=1)]
