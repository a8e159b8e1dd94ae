"""Store-level reads for browsing the graph: find an actor, its profile, events, evidence.

The dashboard pages and any other front end call these instead of writing Cypher. Every query
here is written in the subset of Cypher both stores understand (labels and relationship types
come from :mod:`graph.vocab`, values are parameters), and the shaping — sorting, date ranges
over partial dates, fuzzy name matching — is done in Python so that the two back ends agree.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.ids import name_skeleton, normalize_name
from graph.snapshot import within_dates
from graph.store import Store
from graph.vocab import ACTOR_LABELS, EdgeType

__all__ = ["Actor", "ActorHit", "EdgeRecord", "EventRecord", "ActorProfile", "Evidence",
           "Neighbourhood", "actor_directory", "search_actors", "actor_profile", "find_events",
           "event_dates", "evidence_for", "neighbourhood", "within_dates", "edge_records"]

# Columns read from every typed edge; `end` is a keyword in Cypher, hence the backquotes.
_EDGE_RETURN = (
    "s.id AS source_id, s.name AS source, t.id AS target_id, t.name AS target, r.id AS id, "
    "r.date AS date, r.status AS status, r.title AS title, r.since AS since, r.until AS until, "
    "r.former AS former, r.from_state AS from_state, r.event_id AS event_id, "
    "r.article_id AS article_id, r.sentence AS sentence, r.start AS start_offset, r.`end` AS end_offset, "
    "r.confidence AS confidence"
)
_EVENT_RETURN = (
    "e.id AS id, e.type AS type, e.date AS date, e.date_precision AS date_precision, "
    "e.status AS status, e.cameo AS cameo, e.plover AS plover, e.article_id AS article_id, "
    "e.sentence AS sentence, e.start AS start_offset, e.`end` AS end_offset, e.confidence AS confidence"
)


@dataclass(frozen=True)
class Actor:
    """An actor node as listed in the directory."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    iso3: str | None = None
    events: int = 0  # how many events it took part in, to rank equally good matches


@dataclass(frozen=True)
class ActorHit:
    actor: Actor
    score: float  # 100 exact, 80 substring, 70 same transliteration skeleton, <70 close spelling
    matched: str  # the name or alias that matched


@dataclass(frozen=True)
class EdgeRecord:
    """A typed actor edge with its evidence; ``date`` falls back to its event's date."""

    id: str
    type: str
    source_id: str
    source: str
    target_id: str
    target: str
    date: str | None = None
    status: str | None = None
    title: str | None = None
    since: str | None = None
    until: str | None = None
    former: bool = False
    from_state: str | None = None
    event_id: str | None = None
    article_id: str | None = None
    sentence: str | None = None
    confidence: float | None = None

    @property
    def when(self) -> str | None:
        """The date to place the edge in time: its own, its event's, or when a role began."""
        return self.date or self.since


@dataclass(frozen=True)
class EventRecord:
    id: str
    type: str
    date: str | None
    status: str | None
    article_id: str | None
    sentence: str | None
    cameo: str | None = None
    plover: str | None = None
    place_id: str | None = None
    place: str | None = None
    role: str | None = None  # the role of the actor it was listed for, if any
    participants: tuple[tuple[str, str, str], ...] = ()  # (role, actor id, actor name)


@dataclass
class ActorProfile:
    actor: Actor
    roles: list[EdgeRecord] = field(default_factory=list)  # HOLDS_ROLE, by start date
    edges_out: list[EdgeRecord] = field(default_factory=list)
    edges_in: list[EdgeRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)


@dataclass(frozen=True)
class Evidence:
    """The sentence behind an edge or an event, inside its article's full text."""

    kind: str  # "edge" | "event"
    id: str
    type: str
    summary: str  # "Belarus GRANTED_ASYLUM Kurmanbek Bakiyev" or "ASYLUM_GRANT: agent Belarus, ..."
    sentence: str | None
    start: int | None
    end: int | None
    date: str | None
    status: str | None
    confidence: float | None
    article_id: str | None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    text: str = ""

    @property
    def located(self) -> bool:
        """Whether the offsets index the sentence in the text (so it can be highlighted)."""
        return (self.start is not None and self.end is not None and self.sentence is not None
                and 0 <= self.start <= self.end <= len(self.text)
                and self.text[self.start:self.end] == self.sentence)


@dataclass
class Neighbourhood:
    """Actors around a centre and the typed edges between them."""

    centre: str
    nodes: dict[str, Actor] = field(default_factory=dict)
    edges: list[EdgeRecord] = field(default_factory=list)
    truncated: bool = False  # the node cap was reached


# -- actors ------------------------------------------------------------------------------------


def actor_directory(store: Store) -> list[Actor]:
    """Every actor with its names and event count, in name order."""
    actors = []
    for label in ACTOR_LABELS:
        counts = {row["id"]: int(row["n"]) for row in store.read(
            f"MATCH (a:{label.value})-[:PARTICIPATED_IN]->(e:Event) "
            "RETURN a.id AS id, count(e) AS n")}
        for row in store.read(f"MATCH (a:{label.value}) RETURN a.id AS id, a.name AS name, "
                              "a.aliases AS aliases, a.kind AS kind, a.iso3 AS iso3"):
            actors.append(Actor(id=row["id"], label=label.value, name=row["name"] or row["id"],
                                aliases=tuple(row["aliases"] or ()), kind=row["kind"],
                                iso3=row["iso3"], events=counts.get(row["id"], 0)))
    actors.sort(key=lambda a: (a.name.lower(), a.id))
    return actors


def _tokens(text: str) -> list[str]:
    return [t for t in normalize_name(text).split("-") if t]


def _name_score(query: str, query_tokens: list[str], name: str) -> float:
    """How well one name answers the query, 0 when it does not."""
    norm = normalize_name(name)
    if not norm:
        return 0.0
    if norm == query:
        return 100.0
    if query in norm:
        return 80.0 + 10.0 * len(query) / len(norm)
    tokens = norm.split("-")
    skeletons = {name_skeleton(t) for t in tokens if len(t) >= 3}
    long_query = [t for t in query_tokens if len(t) >= 3]
    if long_query and all(name_skeleton(t) in skeletons for t in long_query):
        return 70.0
    ratio = difflib.SequenceMatcher(None, query, norm).ratio()
    best_token = max((difflib.SequenceMatcher(None, q, t).ratio()
                      for q in long_query for t in tokens), default=0.0)
    if len(query_tokens) == 1 and best_token >= 0.8:
        ratio = max(ratio, best_token)
    return 60.0 * ratio if ratio >= 0.8 else 0.0


def search_actors(actors: Iterable[Actor], text: str, limit: int = 20,
                  labels: Sequence[str] = ()) -> list[ActorHit]:
    """Actors whose id, name or any alias matches ``text``, best first.

    Tolerant of case, accents, punctuation and the usual transliteration variants
    (Lukashenka/Lukashenko, Bakiev/Bakiyev) and of small misspellings; an empty text lists
    the most active actors.
    """
    query = normalize_name(text)
    pool = [a for a in actors if not labels or a.label in labels]
    if not query:
        ranked = sorted(pool, key=lambda a: (-a.events, a.name.lower(), a.id))
        return [ActorHit(a, 0.0, a.name) for a in ranked[:limit]]
    query_tokens = _tokens(text)
    hits = []
    for actor in pool:
        best, matched = 0.0, ""
        for name in (actor.name, *actor.aliases, actor.id):
            score = _name_score(query, query_tokens, name)
            if score > best:
                best, matched = score, name
        if best > 0:
            hits.append(ActorHit(actor, best, matched))
    hits.sort(key=lambda h: (-h.score, -h.actor.events, h.actor.name.lower(), h.actor.id))
    return hits[:limit]


def _find_actor(store: Store, actor_id: str) -> Actor | None:
    for label in ACTOR_LABELS:
        rows = store.read(f"MATCH (a:{label.value}) WHERE a.id = $id RETURN a.name AS name, "
                          "a.aliases AS aliases, a.kind AS kind, a.iso3 AS iso3", {"id": actor_id})
        if rows:
            row = rows[0]
            counts = store.read(f"MATCH (a:{label.value})-[:PARTICIPATED_IN]->(e:Event) "
                                "WHERE a.id = $id RETURN count(e) AS n", {"id": actor_id})
            return Actor(id=actor_id, label=label.value, name=row["name"] or actor_id,
                         aliases=tuple(row["aliases"] or ()), kind=row["kind"], iso3=row["iso3"],
                         events=int(counts[0]["n"]) if counts else 0)
    return None


# -- edges -------------------------------------------------------------------------------------


def _edge(edge_type: str, row: Mapping[str, Any], event_dates: Mapping[str, str | None]) -> EdgeRecord:
    date = row["date"] or (event_dates.get(row["event_id"]) if row["event_id"] else None)
    return EdgeRecord(
        id=row["id"], type=edge_type, source_id=row["source_id"],
        source=row["source"] or row["source_id"], target_id=row["target_id"],
        target=row["target"] or row["target_id"], date=date, status=row["status"],
        title=row["title"], since=row["since"], until=row["until"], former=bool(row["former"]),
        from_state=row["from_state"], event_id=row["event_id"], article_id=row["article_id"],
        sentence=row["sentence"],
        confidence=None if row["confidence"] is None else float(row["confidence"]))


def _event_dates(store: Store, event_ids: Iterable[str | None]) -> dict[str, str | None]:
    ids = sorted({e for e in event_ids if e})
    if not ids:
        return {}
    rows = store.read("MATCH (e:Event) WHERE e.id IN $ids RETURN e.id AS id, e.date AS date",
                      {"ids": ids})
    return {row["id"]: row["date"] for row in rows}


def _records(store: Store, rows_by_type: list[tuple[str, list[dict[str, Any]]]]) -> list[EdgeRecord]:
    dates = _event_dates(store, (row["event_id"] for _, rows in rows_by_type for row in rows))
    return [_edge(edge_type, row, dates) for edge_type, rows in rows_by_type for row in rows]


def edge_records(store: Store, actor_ids: Iterable[str],
                 edge_types: Iterable[EdgeType] = tuple(EdgeType)) -> list[EdgeRecord]:
    """Typed edges that start or end at any of ``actor_ids``."""
    ids = sorted(set(actor_ids))
    if not ids:
        return []
    found = []
    for edge_type in edge_types:
        rows = store.read(f"MATCH (s)-[r:{EdgeType(edge_type).value}]->(t) "
                          f"WHERE s.id IN $ids OR t.id IN $ids RETURN {_EDGE_RETURN}", {"ids": ids})
        found.append((EdgeType(edge_type).value, rows))
    return _records(store, found)


def _sort_key(edge: EdgeRecord) -> tuple[str, str, str, str]:
    return (edge.when or "~", edge.type, edge.source.lower(), edge.target.lower())


# -- events ------------------------------------------------------------------------------------


def _participants(store: Store, event_ids: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    if not event_ids:
        return {}
    rows = store.read("MATCH (x)-[p:PARTICIPATED_IN]->(e:Event) WHERE e.id IN $ids "
                      "RETURN e.id AS event, p.role AS role, x.id AS id, x.name AS name",
                      {"ids": event_ids})
    found: dict[str, list[tuple[str, str, str]]] = {}
    for row in rows:
        found.setdefault(row["event"], []).append((row["role"], row["id"], row["name"] or row["id"]))
    for parts in found.values():
        parts.sort()
    return found


def _places(store: Store, event_ids: list[str]) -> dict[str, tuple[str, str, str | None]]:
    if not event_ids:
        return {}
    rows = store.read("MATCH (e:Event)-[:OCCURRED_AT]->(p) WHERE e.id IN $ids "
                      "RETURN e.id AS event, p.id AS id, p.name AS name, p.iso3 AS iso3",
                      {"ids": event_ids})
    return {row["event"]: (row["id"], row["name"] or row["id"], row["iso3"]) for row in rows}


def _event(row: Mapping[str, Any], place: tuple[str, str, str | None] | None,
           parts: list[tuple[str, str, str]], role: str | None = None) -> EventRecord:
    return EventRecord(id=row["id"], type=row["type"], date=row["date"], status=row["status"],
                       article_id=row["article_id"], sentence=row["sentence"], cameo=row["cameo"],
                       plover=row["plover"], place_id=place[0] if place else None,
                       place=place[1] if place else None, role=role, participants=tuple(parts))


def _event_order(event: EventRecord) -> tuple[str, str, str]:
    return (event.date or "~", event.type, event.id)


def find_events(store: Store, *, types: Sequence[str] = (), country: str = "",
                actor: str = "", since: str = "", until: str = "",
                limit: int = 1000) -> list[EventRecord]:
    """Events filtered by type, country, actor and date range, in date order (undated last).

    ``country`` is a State id (ISO alpha-3): an event is kept when it took place in that state
    (at the state or at a place of it) or the state took part in it. ``actor`` is an actor id.
    Dates are partial ISO dates compared as in :func:`within_dates`.
    """
    params: dict[str, Any] = {"since": since or "", "until": until or ""}
    match = "MATCH (e:Event)"
    if actor:
        match = "MATCH (a)-[:PARTICIPATED_IN]->(e:Event)"
    where = ["($since = '' OR e.date >= left($since, size(e.date)))",
             "($until = '' OR left(e.date, size($until)) <= $until)"]
    if actor:
        where.append("a.id = $actor")
        params["actor"] = actor
    if types:
        where.append("e.type IN $types")
        params["types"] = [str(t) for t in types]
    rows = store.read(f"{match} WHERE {' AND '.join(where)} RETURN DISTINCT {_EVENT_RETURN}",
                      params)
    ids = [row["id"] for row in rows]
    places = _places(store, ids)
    parts = _participants(store, ids)
    events = []
    for row in rows:
        place = places.get(row["id"])
        event_parts = parts.get(row["id"], [])
        if country and not (
                (place and (place[0] == country or place[2] == country))
                or any(pid == country for _, pid, _ in event_parts)):
            continue
        events.append(_event(row, place, event_parts))
    events.sort(key=_event_order)
    return events[:limit]


def event_dates(store: Store) -> list[tuple[str, str]]:
    """(date, type) of every dated event, for charts of events over time."""
    rows = store.read("MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.date AS date, e.type AS type")
    return sorted((row["date"], row["type"]) for row in rows)


# -- profile -----------------------------------------------------------------------------------


def actor_profile(store: Store, actor_id: str) -> ActorProfile | None:
    """Aliases, roles over time, typed edges out and in, and events of one actor."""
    actor = _find_actor(store, actor_id)
    if actor is None:
        return None
    profile = ActorProfile(actor=actor)
    for edge in sorted(edge_records(store, [actor_id]), key=_sort_key):
        if edge.type == EdgeType.HOLDS_ROLE.value and edge.source_id == actor_id:
            profile.roles.append(edge)
        elif edge.source_id == actor_id:
            profile.edges_out.append(edge)
        else:
            profile.edges_in.append(edge)
    rows = store.read(f"MATCH (a)-[p:PARTICIPATED_IN]->(e:Event) WHERE a.id = $id "
                      f"RETURN p.role AS role, {_EVENT_RETURN}", {"id": actor_id})
    ids = [row["id"] for row in rows]
    places, parts = _places(store, ids), _participants(store, ids)
    profile.events = sorted((_event(row, places.get(row["id"]), parts.get(row["id"], []),
                                    row["role"]) for row in rows), key=_event_order)
    return profile


# -- neighbourhood -----------------------------------------------------------------------------


def neighbourhood(store: Store, actor_id: str, *, hops: int = 1,
                  edge_types: Sequence[str] = (), since: str = "", until: str = "",
                  include_undated: bool = True, max_nodes: int = 400,
                  directory: Mapping[str, Actor] | None = None) -> Neighbourhood:
    """The actors within ``hops`` typed edges of ``actor_id`` and the edges between them.

    Edges are kept when their type is among ``edge_types`` (all when empty) and their date is
    within the range (undated ones when ``include_undated``). At most ``max_nodes`` actors are
    kept, nearest first, so that a hub does not flood the view.
    """
    if directory is None:
        directory = {a.id: a for a in actor_directory(store)}
    types = [EdgeType(t) for t in edge_types] or list(EdgeType)
    centre = directory.get(actor_id) or _find_actor(store, actor_id)
    result = Neighbourhood(centre=actor_id)
    if centre is None:
        return result
    result.nodes[actor_id] = centre
    seen_edges: dict[str, EdgeRecord] = {}
    frontier = {actor_id}
    for _ in range(max(1, hops)):
        found = [e for e in edge_records(store, frontier, types) if _keep(e, since, until, include_undated)]
        found.sort(key=lambda e: (e.id,))
        nxt: set[str] = set()
        for edge in found:
            for end_id, end_name in ((edge.source_id, edge.source), (edge.target_id, edge.target)):
                if end_id in result.nodes:
                    continue
                if len(result.nodes) >= max_nodes:
                    result.truncated = True
                    continue
                result.nodes[end_id] = directory.get(end_id) or Actor(end_id, "", end_name)
                nxt.add(end_id)
            if edge.source_id in result.nodes and edge.target_id in result.nodes:
                seen_edges[edge.id] = edge
        frontier = nxt
        if not frontier:
            break
    result.edges = sorted(seen_edges.values(), key=_sort_key)
    return result


def _keep(edge: EdgeRecord, since: str, until: str, include_undated: bool) -> bool:
    if not edge.when:
        return include_undated
    return within_dates(edge.when, since, until)


# -- evidence ----------------------------------------------------------------------------------


def evidence_for(store: Store, item_id: str) -> Evidence | None:
    """The evidence behind a typed edge (``ed-...``) or an event (``ev-...``), with its article."""
    item_id = item_id.strip()
    if not item_id:
        return None
    if not item_id.startswith("ed-"):
        rows = store.read(f"MATCH (e:Event) WHERE e.id = $id RETURN {_EVENT_RETURN}", {"id": item_id})
        if rows:
            row = rows[0]
            parts = _participants(store, [item_id]).get(item_id, [])
            who = ", ".join(f"{role} {name}" for role, _, name in parts)
            summary = row["type"] + (f": {who}" if who else "")
            return _with_article(store, "event", row, row["type"], summary, row["date"])
    for edge_type in EdgeType:
        rows = store.read(f"MATCH (s)-[r:{edge_type.value}]->(t) WHERE r.id = $id "
                          f"RETURN {_EDGE_RETURN}", {"id": item_id})
        if rows:
            row = rows[0]
            edge = _records(store, [(edge_type.value, rows)])[0]
            summary = f"{edge.source} {edge.type} {edge.target}"
            return _with_article(store, "edge", row, edge.type, summary, edge.when)
    return None


def _with_article(store: Store, kind: str, row: Mapping[str, Any], item_type: str, summary: str,
                  date: str | None) -> Evidence:
    article: Mapping[str, Any] = {}
    if row["article_id"]:
        found = store.read("MATCH (a:Article) WHERE a.id = $id RETURN a.title AS title, "
                           "a.published AS published, a.source AS source, a.url AS url, "
                           "a.path AS path", {"id": row["article_id"]})
        if found:
            texts = store.article_texts([row["article_id"]])
            article = {**found[0], "text": texts.get(row["article_id"])}
    return Evidence(kind=kind, id=row["id"], type=item_type, summary=summary,
                    sentence=row["sentence"], start=row["start_offset"],
                    end=row["end_offset"], date=date,
                    status=row["status"],
                    confidence=None if row["confidence"] is None else float(row["confidence"]),
                    article_id=row["article_id"], title=article.get("title"),
                    published=article.get("published"), outlet=article.get("source"),
                    url=article.get("url"), path=article.get("path"),
                    text=article.get("text") or "")
