"""The store's actors and their relations as a networkx multigraph.

Nodes are actors keyed by their graph id, with ``label`` (Person, State, ...), ``name``,
``aliases``, ``kind`` and ``iso3``. Edges are keyed by the fact they come from and carry
``type``, ``kind`` (``"edge"`` for a typed actor edge, ``"event"`` for co-participation in an
event), ``date``, ``event``, ``article``, ``confidence``, ``sign``, ``status`` and ``directed``.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING

from graph.snapshot import Snapshot, SnapshotFilter, read_snapshot
from graph.store import Store
from graph.vocab import EdgeType, EventType, QuadClass, Role

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["project", "project_snapshot", "simple_graph", "CO_PARTICIPATION"]

CO_PARTICIPATION = "CO_PARTICIPATION"  # edge type of two actors taking part in one event


def project(store: Store, *, since: str | None = None, until: str | None = None,
            edge_types: Iterable[EdgeType | str] | None = None,
            event_types: Iterable[EventType | str] | None = None,
            isolates: bool = False) -> "nx.MultiDiGraph":
    """Project the store's actor network into a :class:`networkx.MultiDiGraph`.

    Parameters
    ----------
    store : Store
        Any back end; it is only read.
    since, until : str, optional
        Partial ISO dates; only facts dated within the range are kept.
    edge_types : iterable of EdgeType, optional
        Typed actor edges to keep; ``None`` keeps all of them, an empty list none.
    event_types : iterable of EventType, optional
        Events whose participants are linked pairwise by a ``CO_PARTICIPATION`` edge;
        ``None`` (the default) adds no such edges.
    isolates : bool
        Also add actors that no kept edge touches.

    Returns
    -------
    networkx.MultiDiGraph
    """
    flt = SnapshotFilter.of(since=since, until=until, edge_types=edge_types,
                            event_types=() if event_types is None else event_types)
    return project_snapshot(read_snapshot(store, flt, all_actors=isolates), isolates=isolates)


def project_snapshot(snap: Snapshot, *, isolates: bool = False) -> "nx.MultiDiGraph":
    """The multigraph of a snapshot (see :func:`project`); its events become co-participation."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for edge in snap.edges:
        g.add_edge(edge.source, edge.target, key=edge.id, type=edge.type.value, kind="edge",
                   date=edge.when, event=edge.event_id, article=edge.article_id,
                   confidence=edge.confidence, sign=edge.type.spec.sign, status=edge.status,
                   directed=edge.type.spec.directed, title=edge.title)
    grouped = snap.participants_by_event()
    for event_id, event in snap.events.items():
        parts = [p for p in grouped.get(event_id, []) if p.role != Role.SOURCE.value]
        for first, second in combinations(sorted(parts, key=lambda p: p.actor), 2):
            if first.actor == second.actor:
                continue
            g.add_edge(first.actor, second.actor, key=f"{event_id}:{first.actor}:{second.actor}",
                       type=CO_PARTICIPATION, kind="event", event_type=event.type.value,
                       date=event.date, event=event_id, article=event.article_id,
                       confidence=event.confidence, status=event.status, directed=False,
                       sign=_pair_sign(first.role, second.role, event.quad_class))
    for actor_id in list(g.nodes) if not isolates else snap.actors:
        actor = snap.actors.get(actor_id)
        if actor is None:  # an edge end missing from the store: keep the id as its name
            g.add_node(actor_id, label="", name=actor_id, aliases=[], kind=None, iso3=None)
            continue
        g.add_node(actor_id, label=actor.label.value, name=actor.name,
                   aliases=list(actor.aliases), kind=actor.kind, iso3=actor.iso3)
    return g


def _pair_sign(role_a: str, role_b: str, quad_class: int) -> int:
    """Sign between two participants: the event's quad class sign between its two sides.

    The CAMEO code describes what the agent does to the others, so the sign links an agent
    to a non-agent, or two symmetric participants (a meeting's sides). Two agents of one
    accusation, or the state asked and the person it is asked to hand over, are not set
    against (or with) each other by the event: 0.
    """
    agent, participant = Role.AGENT.value, Role.PARTICIPANT.value
    across = (role_a == agent) != (role_b == agent)
    if not (across or role_a == role_b == participant):
        return 0
    try:
        return QuadClass(quad_class).sign
    except ValueError:
        return 0


def simple_graph(g: "nx.MultiDiGraph", *, directed: bool = False) -> "nx.Graph":
    """Collapse parallel edges into one with ``weight`` = their count; nodes in id order.

    Undirected relations (meetings, co-participation) go both ways in the directed form.
    The node and edge order is sorted so that seeded algorithms give the same answer
    whichever store the graph was read from.

    Examples
    --------
    >>> import networkx as nx
    >>> m = nx.MultiDiGraph()
    >>> _ = m.add_edge("BLR", "person:x", type="GRANTED_ASYLUM")
    >>> _ = m.add_edge("BLR", "person:x", type="MET_WITH")
    >>> simple_graph(m)["BLR"]["person:x"]["weight"]
    2
    """
    import networkx as nx

    h: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    for node in sorted(g.nodes):
        h.add_node(node, **g.nodes[node])
    for u, v, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        if u == v:
            continue
        pairs = [(u, v)]
        if directed and not data.get("directed", True):
            pairs.append((v, u))
        for a, b in pairs:
            if h.has_edge(a, b):
                h[a][b]["weight"] += 1
            else:
                h.add_edge(a, b, weight=1)
    return h
