"""The neighbourhood of one actor, and finding an actor in a projection by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.errors import QueryError
from graph.ids import normalize_name

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ego", "resolve_actor"]


def ego(g: "nx.MultiDiGraph", actor_id: str, radius: int = 1) -> "nx.MultiDiGraph":
    """Actors within ``radius`` steps of ``actor_id`` (either direction) and every edge among them.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> sorted(ego(g, "b").nodes)
    ['a', 'b', 'c']
    >>> sorted(ego(g, "b", radius=2).nodes)
    ['a', 'b', 'c', 'd']
    """
    import networkx as nx

    if actor_id not in g:
        raise QueryError(f"actor {actor_id!r} is not in the network")
    if radius < 0:
        raise QueryError("radius must be 0 or more")
    return nx.ego_graph(g, actor_id, radius=radius, undirected=True)


def resolve_actor(g: "nx.MultiDiGraph", text: str) -> str:
    """The id of the actor that ``text`` names: its id, name or an alias, else a unique part.

    Case, accents and punctuation are ignored. Raises :class:`QueryError` when nothing or
    more than one actor matches.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("BLR", name="Belarus", aliases=["Republic of Belarus"])
    >>> g.add_node("RUS", name="Russia", aliases=[])
    >>> resolve_actor(g, "republic of belarus")
    'BLR'
    """
    if text in g:
        return text
    wanted = normalize_name(text)
    if not wanted:
        raise QueryError("an actor name is needed")
    exact, partial = [], []
    for node, data in g.nodes(data=True):
        names = {normalize_name(n) for n in [data.get("name") or "", *(data.get("aliases") or [])]}
        names.add(normalize_name(node))
        if wanted in names:
            exact.append(node)
        elif any(wanted in n for n in names if n):
            partial.append(node)
    found = sorted(exact or partial)
    if not found:
        raise QueryError(f"no actor named {text!r} in the network")
    if len(found) > 1:
        shown = ", ".join(f"{g.nodes[n].get('name') or n} ({n})" for n in found[:5])
        raise QueryError(f"{text!r} names {len(found)} actors: {shown}; give one of the ids")
    return found[0]
