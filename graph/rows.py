"""An Extraction flattened into the rows both stores write, so they hold identical graphs.

Stores receive :class:`ArticleRows`, group a batch of them with :class:`BatchRows` and send
each group as one ``UNWIND $rows`` statement; all the decisions about what a node or
relationship carries, and how two articles' rows of one node combine, are made here, once.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.ids import edge_key, name_skeleton, normalize_name
from graph.model import Extraction
from graph.vocab import EdgeType, EventType, NodeLabel, Role

__all__ = ["ArticleRows", "BatchRows", "extraction_rows", "match_keys", "fact_key",
           "FATE_TYPES", "fate_subjects",
           "EDGE_PROPERTY_COLUMNS", "EDGE_ENDPOINT_KEYS"]

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
    # The date of the edge's event, copied: readers date an edge without looking its event up
    # (events are never updated, so the copy cannot go stale).
    "event_date": "STRING",
}


# Keys of a typed edge row that say what it links, not what it carries.
EDGE_ENDPOINT_KEYS = ("source", "target", "source_label", "target_label")


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


def fact_key(event_type: str, participants: Iterable[tuple[str, str]]) -> str:
    """What an event tells, as a text that two reports of one fact share: its type and its
    participants' global ids by role — for a STATEMENT, its subjects only — as
    ``TYPE|role:id;role:id`` (sorted), or '' when it has no such participant.

    Stored on each event (``fact_key``), so that grouping reports of one fact is a scan of the
    events. Actor ids never change once written (resolution maps newcomers onto them), so
    the key stays true. The stores fill it in the same form for events written before it
    existed (:mod:`graph.stores.embedded_cypher`, :mod:`graph.stores.neo4j_cypher`). Ids
    hold no ';' (ISO codes, label:slug), so a query may read the members back from the key.
    """
    members = sorted({f"{role}:{actor}" for role, actor in participants
                      if event_type != EventType.STATEMENT.value or role == Role.SUBJECT.value})
    return f"{event_type}|{';'.join(members)}" if members else ""


# The event types a person's ``fates`` list: what befell someone asked for (extradition
# requests show it). The stores keep on each Person node, as ``fates``, the sorted distinct
# ``'DATE TYPE'`` (``'undated TYPE'`` without a date) of the events of these types the person
# is the subject of, refreshed in the transaction that adds or removes such an event, so that
# a page of requests reads one list per person instead of every person's participations.
FATE_TYPES = (EventType.ASYLUM_GRANT.value, EventType.ARREST.value)


def fate_subjects(fact_keys: Iterable[str]) -> list[str]:
    """The subjects of the facts of :data:`FATE_TYPES` among ``fact_keys`` (see
    :func:`fact_key`; sorted): the persons whose fates an event with one of these keys adds
    to or, removed, takes from. Other actors may be among them; a store refreshes only the
    persons."""
    subjects = set()
    for key in fact_keys:
        event_type, _, members = key.partition("|")
        if event_type in FATE_TYPES:
            for member in members.split(";"):
                role, _, actor = member.partition(":")  # ids may hold ':', roles do not
                if role == Role.SUBJECT.value:
                    subjects.add(actor)
    return sorted(subjects)


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
            "match_keys": match_keys(ent.type, ent.name_variants()),
        })
        rows.mentions.append({"article": art.id, "actor": key, "label": ent.type.value})
    event_keys = {v.id: v.key for v in x.events}
    event_dates = {v.id: v.date for v in x.events}
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
            "fact_key": "",  # set below, once every participant of the event is known
        })
        rows.reports.append({"event": ev.key, "article": art.id})
        for part in ev.participants:
            actor = global_key(part.entity)
            rows.participations.append({"actor": actor, "label": labels[actor].value,
                                        "event": ev.key, "role": part.role.value})
        if ev.location:
            place = global_key(ev.location)
            rows.locations.append({"event": ev.key, "place": place, "label": labels[place].value})
    participants: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for part_row in rows.participations:
        participants[part_row["event"]].append((part_row["role"], part_row["actor"]))
    for event_row in rows.events:
        event_row["fact_key"] = fact_key(event_row["type"], participants[event_row["id"]])
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
            "event_date": event_dates.get(edge.event),
        })
    return rows


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


Keyed = dict[Any, Row]


class BatchRows:
    """The rows of several articles grouped by the statement that writes them (labels and
    relationship types cannot be parameters, so each label, or edge type and pair of labels,
    has its own statement), each node and relationship once.

    A node or relationship a later article repeats is merged here as the write statements
    would merge it, so a batch leaves the graph that writing its articles one by one leaves.
    """

    def __init__(self, articles: Iterable[ArticleRows] = ()) -> None:
        self.nodes: dict[NodeLabel, Keyed] = defaultdict(dict)
        self.events: Keyed = {}
        self.participations: dict[NodeLabel, Keyed] = defaultdict(dict)
        self.locations: dict[NodeLabel, Keyed] = defaultdict(dict)
        self.edges: dict[tuple[EdgeType, NodeLabel, NodeLabel], Keyed] = defaultdict(dict)
        self.articles: Keyed = {}
        self.reports: Keyed = {}
        self.mentions: dict[NodeLabel, Keyed] = defaultdict(dict)
        for rows in articles:
            self.add(rows)

    def add(self, rows: ArticleRows) -> None:
        for label, node_rows in rows.nodes.items():
            nodes = self.nodes[label]
            for row in node_rows:
                nodes[row["id"]] = _merge_actor(nodes.get(row["id"]), row)
        for row in rows.events:  # every property is set from the row: the last one wins
            _put_last(self.events, row["id"], row)
        for row in rows.participations:
            self.participations[NodeLabel(row["label"])][
                (row["actor"], row["event"], row["role"])] = row
        for row in rows.locations:
            self.locations[NodeLabel(row["label"])][(row["event"], row["place"])] = row
        for edge_type, edge_rows in rows.edges.items():
            for row in edge_rows:
                key = (edge_type, NodeLabel(row["source_label"]), NodeLabel(row["target_label"]))
                _put_last(self.edges[key], row["id"], row)
        _put_last(self.articles, rows.article["id"], rows.article)
        for row in rows.reports:
            self.reports[(row["event"], row["article"])] = row
        for row in rows.mentions:
            self.mentions[NodeLabel(row["label"])][(row["article"], row["actor"])] = row


def _put_last(keyed: Keyed, key: Any, row: Row) -> None:
    """``row`` replaces any earlier row of ``key`` and takes its place at the end."""
    keyed.pop(key, None)
    keyed[key] = row


def _merge_actor(first: Row | None, row: Row) -> Row:
    """Two rows of one actor as the node statement would leave them written one after the
    other: the first name, the first kind and ISO code known, every alias and match key."""
    if first is None:
        return row
    return {**first,
            "kind": first.get("kind") if first.get("kind") is not None else row.get("kind"),
            "iso3": first.get("iso3") if first.get("iso3") is not None else row.get("iso3"),
            "aliases": sorted({*(first.get("aliases") or []), *(row.get("aliases") or [])}),
            "match_keys": sorted({*(first.get("match_keys") or []),
                                  *(row.get("match_keys") or [])})}
