"""Writing the actor network for Gephi and Cytoscape (GraphML, GEXF) and as linked data.

GraphML and GEXF take only strings, numbers and booleans, one type per attribute: lists are
joined with ``"; "``, missing values are left out, and an attribute seen with several types
is written as the widest one. Each node's ``label`` is the actor's name (what Gephi shows);
its node label (Person, State, ...) is the ``category`` attribute, and an edge's type is
``relation`` (GEXF reserves ``type`` for directedness).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.errors import ConfigError

if TYPE_CHECKING:
    import networkx as nx

    from graph.store import Store

__all__ = ["NETWORK_FORMATS", "EXPORT_FORMATS", "for_graph_tools", "write_graphml",
           "write_gexf", "export_store"]

NETWORK_FORMATS = ("graphml", "gexf")
EXPORT_FORMATS = (*NETWORK_FORMATS, "turtle", "json-ld", "nt")
LIST_SEPARATOR = "; "
_WIDTH = {bool: 0, int: 1, float: 2, str: 3}


def _plain(value: Any) -> bool | int | float | str | None:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return LIST_SEPARATOR.join(str(v) for v in items if v is not None)
    return str(value)


def _widen(items: Iterable[dict[str, Any]]) -> None:
    """Give each attribute one type over all items: the widest of bool < int < float < str."""
    items = list(items)
    widest: dict[str, type] = {}
    for data in items:
        for key, value in data.items():
            kind = type(value)
            if key not in widest or _WIDTH[kind] > _WIDTH[widest[key]]:
                widest[key] = kind
    for data in items:
        for key, value in data.items():
            kind = widest[key]
            if type(value) is not kind:
                data[key] = str(value) if kind is str else kind(value)


def _clean(data: Mapping[str, Any], renames: Mapping[str, str]) -> dict[str, Any]:
    clean = {}
    for key, value in data.items():
        value = _plain(value)
        if value is not None:
            clean[renames.get(key, key)] = value
    return clean


def for_graph_tools(g: "nx.MultiDiGraph") -> "nx.MultiDiGraph":
    """A copy of a projection whose attributes GraphML and GEXF writers accept.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("BLR", label="State", name="Belarus", aliases=["Belarus", "RB"], iso3=None)
    >>> _ = g.add_edge("BLR", "BLR", key="e1", type="MET_WITH", confidence=None)
    >>> h = for_graph_tools(g)
    >>> h.nodes["BLR"]
    {'category': 'State', 'name': 'Belarus', 'aliases': 'Belarus; RB', 'label': 'Belarus'}
    >>> h.edges["BLR", "BLR", "e1"]
    {'relation': 'MET_WITH', 'label': 'MET_WITH'}
    """
    import networkx as nx

    h = nx.MultiDiGraph()
    h.graph.update(_clean(g.graph, {}))
    nodes = []
    for node, data in g.nodes(data=True):
        clean = _clean(data, {"label": "category"})
        clean["label"] = str(clean.get("name") or node)
        nodes.append((str(node), clean))
    edges = []
    for u, v, key, data in g.edges(keys=True, data=True):
        clean = _clean(data, {"type": "relation", "label": "edge_label", "id": "edge_id"})
        if "relation" in clean:
            clean["label"] = str(clean["relation"])
        edges.append((str(u), str(v), str(key), clean))
    _widen(data for _, data in nodes)
    _widen(data for *_, data in edges)
    h.add_nodes_from(nodes)
    for u, v, key, data in edges:
        h.add_edge(u, v, key=key, **data)
    return h


@contextmanager
def _writing(path: str | Path) -> Iterator[None]:
    """Turn a failed write into the project's error, naming the file."""
    try:
        yield
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write: {exc.strerror or exc}") from None


def write_graphml(g: "nx.MultiDiGraph", path: str | Path) -> None:
    """GraphML for Cytoscape, Gephi, yEd; attributes become typed columns."""
    import networkx as nx

    h = for_graph_tools(g)
    with _writing(path):
        nx.write_graphml(h, str(path), named_key_ids=True)


def write_gexf(g: "nx.MultiDiGraph", path: str | Path) -> None:
    """GEXF 1.2 for Gephi; an edge's ``weight`` is its confidence (1 when unknown)."""
    import networkx as nx

    h = for_graph_tools(g)
    for _, _, data in h.edges(data=True):
        data["weight"] = float(data.get("confidence", 1.0))
    with _writing(path):
        nx.write_gexf(h, str(path), version="1.2draft")


def export_store(store: "Store", path: str | Path, fmt: str, *, since: str | None = None,
                 until: str | None = None, edge_types: Iterable[str] | None = None,
                 event_types: Iterable[str] | None = None) -> None:
    """Write the (filtered) graph of ``store`` to ``path`` in one of :data:`EXPORT_FORMATS`.

    The network formats hold the actor projection of :func:`graph.analytics.project`; the
    RDF formats hold actors, events, typed edges and articles (see :mod:`graph.rdf`).
    """
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt in NETWORK_FORMATS:
        from graph.analytics import project

        g = project(store, since=since, until=until, edge_types=edge_types,
                    event_types=event_types)
        (write_graphml if fmt == "graphml" else write_gexf)(g, path)
        return
    from graph.rdf import to_rdf, write_rdf
    from graph.snapshot import SnapshotFilter, read_snapshot

    flt = SnapshotFilter.of(since=since, until=until, edge_types=edge_types,
                            event_types=event_types)
    write_rdf(to_rdf(read_snapshot(store, flt)), path, fmt)
