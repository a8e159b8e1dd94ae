"""An Extraction flattened into the rows both stores write, so they hold identical graphs.

Stores receive :class:`ArticleRows` and send each list as one ``UNWIND $rows`` statement; all
the decisions about what a node or relationship carries are made here, once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from graph.ids import edge_key, name_skeleton, normalize_name
from graph.model import Extraction
from graph.vocab import EdgeType, NodeLabel

__all__ = ["ArticleRows", "extraction_rows", "match_keys", "EDGE_PROPERTY_COLUMNS"]

Row = dict[str, Any]

# Columns every typed actor edge has in both stores (the embedded store needs them declared).
EDGE_PROPERTY_COLUMNS: dict[str, str] = {
    "id": "STRING",
    "event_id": "STRING",
    "article_id": "STRING",
    "sentence": "STRING",
    "start": "INT64",
    "end": "INT64",
    "confidence": "DOUBLE",
    "extractor": "STRING",
    "status": "STRING",
    "title": "STRING",
    "former": "BOOLEAN",
    "from_state": "STRING",
    "since": "STRING",
    "until": "STRING",
    "date": "STRING",
}


@dataclass
class ArticleRows:
    """Everything one article adds to the graph, as plain rows grouped by statement."""

    article: Row
    nodes: dict[NodeLabel, list[Row]] = field(default_factory=dict)
    events: list[Row] = field(default_factory=list)
    participations: list[Row] = field(default_factory=list)  # actor -> event, with role
    locations: list[Row] = field(default_factory=list)  # event -> place
    reports: list[Row] = field(default_factory=list)  # event -> article
    mentions: list[Row] = field(default_factory=list)  # article -> actor
    edges: dict[EdgeType, list[Row]] = field(default_factory=dict)

    @property
    def relationship_count(self) -> int:
        return (len(self.participations) + len(self.locations) + len(self.reports)
                + len(self.mentions) + sum(len(r) for r in self.edges.values()))


def match_keys(label: NodeLabel, names: list[str]) -> list[str]:
    """Keys under which an actor is found again in another article.

    People are keyed by the transliteration skeleton of their full name (given name + surname),
    so Lukashenka and Lukashenko meet but two people sharing a surname do not; other actors by
    their normalised names and aliases.
    """
    keys: set[str] = set()
    for name in names:
        if label is NodeLabel.PERSON:
            parts = [p for p in normalize_name(name).split("-") if p]
            if len(parts) >= 2:
                keys.add("p:" + name_skeleton(parts[0]) + "." + name_skeleton(parts[-1]))
        else:
            slug = normalize_name(name)
            if slug:
                keys.add(slug)
    return sorted(keys)


def extraction_rows(x: Extraction, keys: dict[str, str]) -> ArticleRows:
    """Rows for one extraction; ``keys`` maps local entity ids to resolved global ids."""
    art = x.article
    rows = ArticleRows(article={
        "id": art.id, "path": art.path, "title": art.title, "published": art.published,
        "source": art.source, "url": art.url, "text": art.text, "extractor": x.extractor,
    })
    labels: dict[str, NodeLabel] = {}

    def global_key(local: str) -> str:
        # looked up in the extraction only when resolution left it alone: that is a scan
        return keys[local] if local in keys else x.entity(local).key

    for ent in x.entities:
        key = keys.get(ent.id, ent.key)
        labels[key] = ent.type
        names = sorted({ent.name, *ent.aliases})
        rows.nodes.setdefault(ent.type, []).append({
            "id": key, "name": ent.name, "aliases": names, "kind": ent.kind, "iso3": ent.iso3,
            "match_keys": match_keys(ent.type, names),
        })
        rows.mentions.append({"article": art.id, "actor": key, "label": ent.type.value})
    event_keys = {v.id: v.key for v in x.events}
    for ev in x.events:
        first = ev.evidence[0] if ev.evidence else None
        codes = ev.type.codes
        demanded = bool(ev.properties.get("demanded"))
        rows.events.append({
            "id": ev.key, "type": ev.type.value, "date": ev.date,
            "date_precision": ev.date_precision.value if ev.date_precision else None,
            "cameo": ev.type.cameo(demanded), "plover": codes.plover,
            "quad_class": int(ev.type.quad(demanded)), "status": ev.status,
            "confidence": ev.confidence, "extractor": ev.extractor, "article_id": art.id,
            "sentence": first.sentence if first else None,
            "start": first.start if first else None, "end": first.end if first else None,
            "properties": json.dumps(ev.properties, sort_keys=True),
        })
        rows.reports.append({"event": ev.key, "article": art.id})
        for part in ev.participants:
            actor = global_key(part.entity)
            rows.participations.append({"actor": actor, "label": labels[actor].value,
                                        "event": ev.key, "role": part.role.value})
        if ev.location:
            place = global_key(ev.location)
            rows.locations.append({"event": ev.key, "place": place, "label": labels[place].value})
    for edge in x.edges:
        source, target = global_key(edge.source), global_key(edge.target)
        event = event_keys.get(edge.event) if edge.event else None
        first = edge.evidence[0] if edge.evidence else None
        props = edge.properties
        from_state = props.get("from")
        if isinstance(from_state, str) and from_state in keys:
            from_state = keys[from_state]
        rows.edges.setdefault(edge.type, []).append({
            "source": source, "source_label": labels[source].value,
            "target": target, "target_label": labels[target].value,
            "id": edge_key(edge.type.value, source, target, event, art.id),
            "event_id": event, "article_id": art.id,
            "sentence": first.sentence if first else None,
            "start": first.start if first else None, "end": first.end if first else None,
            "confidence": edge.confidence, "extractor": edge.extractor,
            "status": str(props.get("status", "asserted")),
            "title": _opt_str(props.get("title")),
            "former": bool(props.get("former", False)),
            "from_state": _opt_str(from_state),
            "since": _opt_str(props.get("since")), "until": _opt_str(props.get("until")),
            "date": _opt_str(props.get("date")),
        })
    return rows


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
