"""The graph read out of a store as plain records, optionally cut to a date range and types.

Analytics (networkx) and the linked-data export both start from a :class:`Snapshot`, so they
see the same facts. The reads are one simple Cypher query per label or relationship type, in
the subset both stores understand; filtering and shaping happen here in Python, so that the
two back ends give identical snapshots.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from graph.store import Store
from graph.vocab import (ACTOR_LABELS, MENTIONS, OCCURRED_AT, PARTICIPATED_IN, EdgeType,
                         EventType, NodeLabel)

__all__ = ["ActorRecord", "EventRecord", "EdgeRecord", "ArticleRecord", "Participation",
           "Snapshot", "SnapshotFilter", "read_snapshot", "within_dates"]


@dataclass(frozen=True)
class ActorRecord:
    id: str
    label: NodeLabel
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    iso3: str | None = None


@dataclass(frozen=True)
class EventRecord:
    id: str
    type: EventType
    date: str | None = None
    date_precision: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int = 0
    status: str | None = None
    confidence: float | None = None
    extractor: str | None = None
    article_id: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class EdgeRecord:
    """A typed actor edge; ``when`` is the date that places it in time."""

    id: str
    type: EdgeType
    source: str
    target: str
    when: str | None = None  # its own date, else its event's date, else when a role began
    date: str | None = None
    event_id: str | None = None
    article_id: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float | None = None
    extractor: str | None = None
    status: str | None = None
    title: str | None = None
    former: bool = False
    from_state: str | None = None
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class ArticleRecord:
    id: str
    path: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Participation:
    actor: str
    event: str
    role: str


@dataclass(frozen=True)
class SnapshotFilter:
    """Which facts to keep. ``None`` keeps every type; an empty tuple keeps none.

    Dates are partial ISO dates compared as in :func:`within_dates` (the rule of the query
    catalog): with a range, undated facts are left out.
    """

    since: str | None = None
    until: str | None = None
    edge_types: tuple[EdgeType, ...] | None = None
    event_types: tuple[EventType, ...] | None = None

    @classmethod
    def of(cls, *, since: str | None = None, until: str | None = None,
           edge_types: Iterable[EdgeType | str] | None = None,
           event_types: Iterable[EventType | str] | None = None) -> "SnapshotFilter":
        """A filter from loose arguments (strings are checked against the vocabularies)."""
        return cls(
            since=since or None, until=until or None,
            edge_types=None if edge_types is None else tuple(EdgeType(t) for t in edge_types),
            event_types=None if event_types is None else tuple(EventType(t) for t in event_types))

    def keeps_date(self, date: str | None) -> bool:
        return within_dates(date, self.since or "", self.until or "")

    @property
    def is_open(self) -> bool:
        return (self.since is None and self.until is None and self.edge_types is None
                and self.event_types is None)


@dataclass
class Snapshot:
    """Actors, events, typed edges and articles; every reference inside points to a record here."""

    actors: dict[str, ActorRecord] = field(default_factory=dict)
    events: dict[str, EventRecord] = field(default_factory=dict)
    participations: list[Participation] = field(default_factory=list)
    locations: dict[str, str] = field(default_factory=dict)  # event id -> place id
    edges: list[EdgeRecord] = field(default_factory=list)
    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    mentions: list[tuple[str, str]] = field(default_factory=list)  # (article id, actor id)

    def participants_by_event(self) -> dict[str, list[Participation]]:
        """Participations grouped by event, in one pass."""
        grouped: dict[str, list[Participation]] = {}
        for part in self.participations:
            grouped.setdefault(part.event, []).append(part)
        return grouped


def within_dates(date: str | None, since: str = "", until: str = "") -> bool:
    """Whether a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) overlaps the range.

    The same rule as the query catalog: an undated fact is within only an open range.

    Examples
    --------
    >>> within_dates("2010-05", since="2010-05-08")
    True
    >>> within_dates("2010-04-19", until="2010-03")
    False
    >>> within_dates(None, since="2010")
    False
    """
    if not since and not until:
        return True
    if not date:
        return False
    if since and date < since[: len(date)]:
        return False
    if until and date[: len(until)] > until:
        return False
    return True


_ACTOR_RETURN = "a.id AS id, a.name AS name, a.aliases AS aliases, a.kind AS kind, a.iso3 AS iso3"
_EVENT_RETURN = (
    "e.id AS id, e.type AS type, e.date AS date, e.date_precision AS date_precision, "
    "e.cameo AS cameo, e.plover AS plover, e.quad_class AS quad_class, e.status AS status, "
    "e.confidence AS confidence, e.extractor AS extractor, e.article_id AS article_id, "
    "e.sentence AS sentence, e.start AS start, e.`end` AS `end`"
)
_EDGE_RETURN = (
    "s.id AS source, t.id AS target, r.id AS id, r.date AS date, r.event_id AS event_id, "
    "r.article_id AS article_id, r.sentence AS sentence, r.start AS start, r.`end` AS `end`, "
    "r.confidence AS confidence, r.extractor AS extractor, r.status AS status, "
    "r.title AS title, r.former AS former, r.from_state AS from_state, r.since AS since, "
    "r.until AS until"
)
_ARTICLE_RETURN = ("a.id AS id, a.path AS path, a.title AS title, a.published AS published, "
                   "a.source AS source, a.url AS url")


def read_snapshot(store: Store, flt: SnapshotFilter | None = None, *,
                  with_text: bool = False, all_actors: bool | None = None) -> Snapshot:
    """The facts of ``store`` that pass ``flt``, with the actors and articles they refer to.

    With an open filter every actor and article is kept, even one no fact refers to;
    ``all_actors`` overrides that choice for actors. ``with_text`` also reads the articles'
    full texts (large; off by default).
    """
    flt = flt or SnapshotFilter()
    snap = Snapshot()
    actors = _read_actors(store)
    all_events = {row.id: row for row in map(_event, store.read(
        f"MATCH (e:{NodeLabel.EVENT.value}) RETURN {_EVENT_RETURN}"))}
    for event in sorted(all_events.values(), key=lambda e: e.id):
        if (flt.event_types is None or event.type in flt.event_types) and flt.keeps_date(event.date):
            snap.events[event.id] = event
    for row in store.read(f"MATCH (x)-[p:{PARTICIPATED_IN}]->(e:{NodeLabel.EVENT.value}) "
                          "RETURN x.id AS actor, e.id AS event, p.role AS role"):
        if row["event"] in snap.events:
            snap.participations.append(Participation(row["actor"], row["event"], row["role"]))
    snap.participations.sort(key=lambda p: (p.event, p.role, p.actor))
    for row in store.read(f"MATCH (e:{NodeLabel.EVENT.value})-[:{OCCURRED_AT}]->(p) "
                          "RETURN e.id AS event, p.id AS place"):
        if row["event"] in snap.events:
            snap.locations[row["event"]] = row["place"]
    for edge_type in flt.edge_types if flt.edge_types is not None else tuple(EdgeType):
        rows = store.read(f"MATCH (s)-[r:{edge_type.value}]->(t) RETURN {_EDGE_RETURN}")
        for row in rows:
            edge = _edge(edge_type, row, all_events)
            if flt.keeps_date(edge.when):
                snap.edges.append(edge)
    snap.edges.sort(key=lambda e: (e.type.value, e.source, e.target, e.id))
    _keep_articles(store, snap, flt, with_text)
    _keep_actors(snap, actors, flt.is_open if all_actors is None else all_actors)
    return snap


def _read_actors(store: Store) -> dict[str, ActorRecord]:
    actors = {}
    for label in ACTOR_LABELS:
        for row in store.read(f"MATCH (a:{label.value}) RETURN {_ACTOR_RETURN}"):
            actors[row["id"]] = ActorRecord(
                id=row["id"], label=label, name=row["name"] or row["id"],
                aliases=tuple(sorted(row["aliases"] or ())), kind=row["kind"], iso3=row["iso3"])
    return actors


def _keep_articles(store: Store, snap: Snapshot, flt: SnapshotFilter, with_text: bool) -> None:
    cited = {e.article_id for e in snap.events.values()} | {e.article_id for e in snap.edges}
    for row in store.read(f"MATCH (a:{NodeLabel.ARTICLE.value}) RETURN {_ARTICLE_RETURN}"):
        if flt.is_open or row["id"] in cited:
            snap.articles[row["id"]] = ArticleRecord(
                id=row["id"], path=row["path"], title=row["title"], published=row["published"],
                source=row["source"], url=row["url"])
    if with_text:  # each store keeps its texts where it reads them best
        texts = store.article_texts(list(snap.articles))
        snap.articles = {article_id: replace(record, text=texts.get(article_id))
                         for article_id, record in snap.articles.items()}
    snap.articles = dict(sorted(snap.articles.items()))
    for row in store.read(f"MATCH (a:{NodeLabel.ARTICLE.value})-[:{MENTIONS}]->(x) "
                          "RETURN a.id AS article, x.id AS actor"):
        if row["article"] in snap.articles:
            snap.mentions.append((row["article"], row["actor"]))
    snap.mentions.sort()


def _keep_actors(snap: Snapshot, all_actors: dict[str, ActorRecord], everyone: bool) -> None:
    """Actors the kept facts refer to, or every actor."""
    if everyone:
        wanted = set(all_actors)
    else:
        wanted = {p.actor for p in snap.participations} | set(snap.locations.values())
        wanted |= {e.source for e in snap.edges} | {e.target for e in snap.edges}
        wanted |= {e.from_state for e in snap.edges if e.from_state}
    snap.actors = {key: all_actors[key] for key in sorted(wanted) if key in all_actors}


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _event(row: Mapping[str, Any]) -> EventRecord:
    return EventRecord(
        id=row["id"], type=EventType(row["type"]), date=row["date"],
        date_precision=row["date_precision"], cameo=row["cameo"], plover=row["plover"],
        quad_class=int(row["quad_class"] or 0), status=row["status"],
        confidence=_opt_float(row["confidence"]), extractor=row["extractor"],
        article_id=row["article_id"], sentence=row["sentence"], start=_opt_int(row["start"]),
        end=_opt_int(row["end"]))


def _edge(edge_type: EdgeType, row: Mapping[str, Any], events: Mapping[str, EventRecord]) -> EdgeRecord:
    event = events.get(row["event_id"]) if row["event_id"] else None
    when = row["date"] or (event.date if event else None) or row["since"]
    return EdgeRecord(
        id=row["id"], type=edge_type, source=row["source"], target=row["target"], when=when,
        date=row["date"], event_id=row["event_id"], article_id=row["article_id"],
        sentence=row["sentence"], start=_opt_int(row["start"]), end=_opt_int(row["end"]),
        confidence=_opt_float(row["confidence"]), extractor=row["extractor"],
        status=row["status"], title=row["title"], former=bool(row["former"]),
        from_state=row["from_state"], since=row["since"], until=row["until"])
