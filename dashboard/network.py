"""Drawing a neighbourhood with streamlit-agraph (vis-network), bundled so it works offline."""

from __future__ import annotations

import html

from graph.browse import Neighbourhood
from graph.vocab import EdgeType, NodeLabel

__all__ = ["LABEL_COLOURS", "EDGE_COLOURS", "draw"]

LABEL_COLOURS = {
    NodeLabel.PERSON.value: "#4C78A8",
    NodeLabel.STATE.value: "#F58518",
    NodeLabel.ORGANIZATION.value: "#54A24B",
    NodeLabel.PLACE.value: "#B279A2",
    NodeLabel.DOCUMENT.value: "#9D755D",
}
EDGE_COLOURS = {t.value: ("#2E7D32" if t.spec.sign > 0 else "#C62828" if t.spec.sign < 0
                          else "#757575") for t in EdgeType}


def draw(view: Neighbourhood, height: int = 620) -> str | None:
    """Render the view; returns the id of the node the user clicked, if any."""
    from streamlit_agraph import Config, Edge, Node, agraph

    many = len(view.nodes) > 150
    nodes = []
    for actor_id, actor in view.nodes.items():
        centre = actor_id == view.centre
        nodes.append(Node(
            id=actor_id, label=actor.name if (not many or centre) else _short(actor.name),
            # tooltips may be shown as HTML by the component: names are escaped
            title=html.escape(f"{actor.name} ({actor.label or 'actor'})"),
            color=LABEL_COLOURS.get(actor.label, "#888888"),
            size=30 if centre else (12 if many else 20),
            shape="star" if centre else "dot"))
    edges = []
    for edge in view.edges:
        edges.append(Edge(source=edge.source_id, target=edge.target_id,
                          label=None if many else edge.type,
                          title=html.escape(f"{edge.type} {edge.when or ''}".strip()),
                          color=EDGE_COLOURS.get(edge.type, "#999999"),
                          arrows={"to": {"enabled": EdgeType(edge.type).spec.directed}}))
    config = Config(width="100%", height=height, directed=True, physics=True,
                    hierarchical=False, solver="forceAtlas2Based",
                    stabilization=True, fit=True, minVelocity=2)
    config.width = "100%"
    config.height = f"{height}px"
    config.interaction = {"hover": True, "navigationButtons": True, "tooltipDelay": 150}
    config.physics["stabilization"] = {"enabled": True, "iterations": 200 if many else 400,
                                       "fit": True}
    return agraph(nodes=nodes, edges=edges, config=config)


def _short(name: str, width: int = 18) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"
