"""The cooperation/conflict network: each pair of actors with a summed, weighted sign.

A typed edge contributes its type's sign (:attr:`graph.vocab.EdgeSpec.sign`); two actors on
different sides of an event contribute the sign of the event's CAMEO quad class
(:attr:`graph.vocab.QuadClass.sign`), unless a typed edge between them already stands for that
event. Each contribution is weighted by the fact's confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["SignedPair", "signed_network", "signed_pairs"]


@dataclass
class SignedPair:
    source: str
    target: str
    weight: float = 0.0  # sum of sign x confidence
    positive: int = 0
    negative: int = 0
    types: set[str] = field(default_factory=set)

    @property
    def sign(self) -> int:
        return (self.weight > 0) - (self.weight < 0)


def signed_network(g: "nx.MultiDiGraph") -> "nx.Graph":
    """An undirected graph of actor pairs with ``weight``, ``sign``, ``positive``, ``negative``.

    Neutral facts (sign 0) add nothing; a pair appears once it has a signed fact. Node
    attributes are copied from ``g``.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("BLR", "person:x", type="GRANTED_ASYLUM", sign=1, confidence=0.9)
    >>> _ = g.add_edge("KGZ", "person:x", type="REQUESTED_EXTRADITION", sign=-1, confidence=0.8)
    >>> s = signed_network(g)
    >>> s["BLR"]["person:x"]["sign"], s["KGZ"]["person:x"]["sign"]
    (1, -1)
    """
    import networkx as nx

    pairs: dict[tuple[str, str], SignedPair] = {}
    typed_events = {(frozenset((u, v)), d.get("event")) for u, v, d in g.edges(data=True)
                    if d.get("kind", "edge") == "edge" and d.get("event")}
    for u, v, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        sign = int(data.get("sign") or 0)
        if u == v or sign == 0:
            continue
        if data.get("kind") == "event" and (frozenset((u, v)), data.get("event")) in typed_events:
            continue
        a, b = sorted((u, v))
        pair = pairs.setdefault((a, b), SignedPair(a, b))
        confidence = data.get("confidence")
        pair.weight += sign * (1.0 if confidence is None else float(confidence))
        pair.positive += sign > 0
        pair.negative += sign < 0
        pair.types.add(str(data.get("event_type") or data.get("type") or ""))
    s = nx.Graph()
    for node in sorted({n for pair in pairs for n in pair}):
        s.add_node(node, **g.nodes[node])
    for (a, b), pair in sorted(pairs.items()):
        s.add_edge(a, b, weight=round(pair.weight, 6), sign=pair.sign, positive=pair.positive,
                   negative=pair.negative, types=sorted(pair.types))
    return s


def signed_pairs(s: "nx.Graph", top: int | None = None) -> list[dict[str, Any]]:
    """Rows of a signed network, strongest ties first (by absolute weight)."""
    rows = []
    for a, b, data in s.edges(data=True):
        rows.append({"source": s.nodes[a].get("name") or a, "target": s.nodes[b].get("name") or b,
                     "sign": data["sign"], "weight": data["weight"],
                     "positive": data["positive"], "negative": data["negative"],
                     "types": list(data["types"]), "source_id": a, "target_id": b})
    rows.sort(key=lambda r: (-abs(r["weight"]), r["source"], r["target"]))
    return rows if top is None else rows[:top]
