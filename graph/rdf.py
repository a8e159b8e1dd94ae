"""The graph as linked data: rdflib triples aligned with SEM, PROV-O and schema.org.

Modelling choices:

- Actors are ``sem:Actor`` plus their own class (``pg:Person`` ...) and the schema.org class
  that fits (``schema:Person``, ``schema:Country``, ``schema:Organization``, ``schema:Place``,
  ``schema:CreativeWork``); names are ``schema:name``/``rdfs:label``, aliases
  ``schema:alternateName``. A state's IRI is made from its ISO 3166-1 alpha-3 code
  (``/id/state/BLR``), which is also given as the literal ``pg:iso3``.
- Events are ``sem:Event`` with ``sem:eventType`` (an individual such as ``pg:ASYLUM_GRANT``,
  itself carrying its CAMEO and PLOVER codes), ``sem:hasTimeStamp`` (``xsd:date``,
  ``xsd:gYearMonth`` or ``xsd:gYear`` by precision), ``sem:hasPlace``, and one role property
  per participant (``pg:hasAgent`` ...; each a sub-property of ``sem:hasActor``, which is also
  stated so that queries need no inference). CAMEO and PLOVER codes are plain literals.
- A typed edge is both a direct triple (``<BLR> pg:grantedAsylum <bakiyev>``), for simple
  queries, and an ``rdf:Statement`` reifying that triple (IRI from the edge's content id),
  which carries the evidence, confidence, status, properties and ``pg:event``.
- Provenance: every event and statement is a ``prov:Entity`` that ``prov:wasDerivedFrom`` its
  article (a ``schema:NewsArticle``), ``prov:wasGeneratedBy`` the extraction of that article
  (a ``prov:Activity`` that ``prov:used`` the article and ``prov:wasAssociatedWith`` the
  extractor) and ``prov:wasAttributedTo`` the extractor, a ``prov:SoftwareAgent`` named by
  its name and version.
- Instance IRIs come from the content ids under ``https://poligraph.dev/id/``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, SDO

from graph.errors import ConfigError
from graph.rdf_vocab import (EDGE_PREDICATES, EVENT_TYPE_TERMS, ID_BASE, LABEL_CLASSES, PG,
                             ROLE_PREDICATES, SEM)
from graph.snapshot import ActorRecord, ArticleRecord, EdgeRecord, EventRecord, Snapshot
from graph.vocab import EdgeType, EventType, NodeLabel, Role

if TYPE_CHECKING:
    from rdflib.term import Node

__all__ = ["RDF_FORMATS", "PREFIXES", "actor_uri", "event_uri", "article_uri", "edge_uri",
           "to_rdf", "serialise", "write_rdf"]

RDF_FORMATS = {"turtle": "turtle", "json-ld": "json-ld", "nt": "nt"}
PREFIXES = {"pg": str(PG._NS), "sem": str(SEM._NS), "schema": str(SDO._NS),
            "prov": str(PROV._NS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
            "owl": str(OWL)}

_SCHEMA_CLASSES = {
    NodeLabel.PERSON: SDO.Person,
    NodeLabel.STATE: SDO.Country,
    NodeLabel.ORGANIZATION: SDO.Organization,
    NodeLabel.PLACE: SDO.Place,
    NodeLabel.DOCUMENT: SDO.CreativeWork,
}
_DATE_TYPES = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
               (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
               (re.compile(r"^\d{4}$"), XSD.gYear))
_SAFE = "-._~"


def _segment(text: str) -> str:
    return quote(text, safe=_SAFE)


def actor_uri(actor_id: str, label: NodeLabel | None = None) -> URIRef:
    """IRI of an actor: ``person:kurmanbek-bakiyev`` -> ``.../id/person/kurmanbek-bakiyev``.

    A bare id is an ISO alpha-3 state code: ``BLR`` -> ``.../id/state/BLR``.

    Examples
    --------
    >>> str(actor_uri("BLR"))
    'https://poligraph.dev/id/state/BLR'
    >>> str(actor_uri("organization:csto"))
    'https://poligraph.dev/id/organization/csto'
    """
    if ":" in actor_id:
        return URIRef(ID_BASE + "/".join(_segment(p) for p in actor_id.split(":")))
    kind = (label or NodeLabel.STATE).value.lower()
    return URIRef(f"{ID_BASE}{kind}/{_segment(actor_id)}")


def event_uri(event_id: str) -> URIRef:
    return URIRef(f"{ID_BASE}event/{_segment(event_id)}")


def article_uri(article_id: str) -> URIRef:
    return URIRef(f"{ID_BASE}article/{_segment(article_id)}")


def edge_uri(edge_id: str) -> URIRef:
    return URIRef(f"{ID_BASE}statement/{_segment(edge_id)}")


def _agent_uri(extractor: str) -> URIRef:
    return URIRef(f"{ID_BASE}agent/{_segment(extractor)}")


def _activity_uri(article_id: str, extractor: str) -> URIRef:
    return URIRef(f"{ID_BASE}extraction/{_segment(article_id)}/{_segment(extractor)}")


def _date(text: str) -> Literal:
    for pattern, datatype in _DATE_TYPES:
        if pattern.match(text):
            return Literal(text, datatype=datatype)
    return Literal(text)


class _Builder:
    """Adds one snapshot's triples to a graph; knows each actor's label for its IRI."""

    def __init__(self, graph: Graph, snap: Snapshot) -> None:
        self.g = graph
        self.snap = snap
        self.agents: set[str] = set()
        self.activities: set[tuple[str, str]] = set()

    def add(self, s: "Node", p: "Node", o: "Node | str | int | float | bool | None") -> None:
        if o is None:
            return
        self.g.add((s, p, o if isinstance(o, (URIRef, BNode, Literal)) else Literal(o)))

    def actor(self, actor_id: str) -> URIRef:
        known = self.snap.actors.get(actor_id)
        return actor_uri(actor_id, known.label if known else None)

    def add_actor(self, actor: ActorRecord) -> None:
        node = self.actor(actor.id)
        for cls in (SEM.Actor, LABEL_CLASSES[actor.label], _SCHEMA_CLASSES[actor.label]):
            self.add(node, RDF.type, cls)
        if actor.label is NodeLabel.PLACE:
            self.add(node, RDF.type, SEM.Place)
        self.add(node, PG.id, actor.id)
        self.add(node, RDFS.label, actor.name)
        self.add(node, SDO.name, actor.name)
        for alias in actor.aliases:
            if alias != actor.name:
                self.add(node, SDO.alternateName, alias)
        self.add(node, PG.kind, actor.kind)
        if actor.iso3:
            self.add(node, PG.iso3, actor.iso3)
            if actor.label is not NodeLabel.STATE:
                self.add(node, SDO.containedInPlace, actor_uri(actor.iso3))

    def add_article(self, article: ArticleRecord) -> None:
        node = article_uri(article.id)
        self.add(node, RDF.type, SDO.NewsArticle)
        self.add(node, RDF.type, PROV.Entity)
        self.add(node, PG.id, article.id)
        self.add(node, SDO.headline, article.title)
        if article.published:
            self.add(node, SDO.datePublished, _date(article.published))
        if article.url:
            url = article.url.strip()
            self.add(node, SDO.url, URIRef(url) if re.match(r"^https?://\S+$", url) else Literal(url))
        self.add(node, PG.outlet, article.source)
        self.add(node, PG.path, article.path)
        self.add(node, SDO.text, article.text)

    def provenance(self, node: URIRef, article_id: str | None, extractor: str | None) -> None:
        self.add(node, RDF.type, PROV.Entity)
        if article_id:
            self.add(node, PROV.wasDerivedFrom, article_uri(article_id))
        if not extractor:
            return
        agent = _agent_uri(extractor)
        self.add(node, PROV.wasAttributedTo, agent)
        if extractor not in self.agents:
            self.agents.add(extractor)
            self.add(agent, RDF.type, PROV.SoftwareAgent)
            self.add(agent, RDFS.label, extractor)
        if article_id:
            activity = _activity_uri(article_id, extractor)
            self.add(node, PROV.wasGeneratedBy, activity)
            if (article_id, extractor) not in self.activities:
                self.activities.add((article_id, extractor))
                self.add(activity, RDF.type, PROV.Activity)
                self.add(activity, PROV.used, article_uri(article_id))
                self.add(activity, PROV.wasAssociatedWith, agent)

    def evidence(self, node: URIRef, fact: EventRecord | EdgeRecord) -> None:
        self.add(node, PG.sentence, fact.sentence)
        self.add(node, PG.start, fact.start)
        self.add(node, PG.end, fact.end)
        self.add(node, PG.status, fact.status)
        if fact.confidence is not None:
            self.add(node, PG.confidence, Literal(fact.confidence, datatype=XSD.double))

    def add_event(self, event: EventRecord, roles: list[tuple[str, str]], place: str | None) -> None:
        node = event_uri(event.id)
        self.add(node, RDF.type, SEM.Event)
        self.add(node, RDF.type, PG.Event)
        self.add(node, PG.id, event.id)
        self.add(node, SEM.eventType, EVENT_TYPE_TERMS[event.type])
        self.add(node, RDFS.label, f"{event.type.value} {event.date or ''}".strip())
        if event.date:
            self.add(node, SEM.hasTimeStamp, _date(event.date))
        self.add(node, PG.datePrecision, event.date_precision)
        self.add(node, PG.cameo, event.cameo)
        self.add(node, PG.plover, event.plover)
        self.add(node, PG.quadClass, event.quad_class)
        if place:
            self.add(node, SEM.hasPlace, self.actor(place))
        for role, actor_id in roles:
            actor = self.actor(actor_id)
            self.add(node, SEM.hasActor, actor)
            self.add(node, ROLE_PREDICATES[Role(role)], actor)
        self.evidence(node, event)
        self.provenance(node, event.article_id, event.extractor)

    def add_edge(self, edge: EdgeRecord) -> None:
        source, target = self.actor(edge.source), self.actor(edge.target)
        predicate = EDGE_PREDICATES[edge.type]
        self.add(source, predicate, target)
        node = edge_uri(edge.id)
        self.add(node, RDF.type, RDF.Statement)
        self.add(node, RDF.subject, source)
        self.add(node, RDF.predicate, predicate)
        self.add(node, RDF.object, target)
        self.add(node, PG.id, edge.id)
        if edge.event_id:
            self.add(node, PG.event, event_uri(edge.event_id))
        if edge.date:
            self.add(node, PG.date, _date(edge.date))
        if edge.when:
            self.add(node, SEM.hasTimeStamp, _date(edge.when))
        self.add(node, PG.title, edge.title)
        if edge.former:
            self.add(node, PG.former, True)
        if edge.from_state:
            self.add(node, PG.fromState, self.actor(edge.from_state))
        if edge.since:
            self.add(node, PG.since, _date(edge.since))
            self.add(node, SEM.hasBeginTimeStamp, _date(edge.since))
        if edge.until:
            self.add(node, PG.until, _date(edge.until))
            self.add(node, SEM.hasEndTimeStamp, _date(edge.until))
        self.evidence(node, edge)
        self.provenance(node, edge.article_id, edge.extractor)

    def add_vocabulary(self) -> None:
        """The terms' own descriptions: codes of event types, signs of edges, role hierarchy."""
        for event_type in EventType:
            term, codes = EVENT_TYPE_TERMS[event_type], event_type.codes
            self.add(term, RDF.type, SEM.EventType)
            self.add(term, RDFS.label, event_type.value)
            self.add(term, RDFS.comment, codes.description)
            self.add(term, PG.cameo, codes.cameo)
            self.add(term, PG.plover, codes.plover)
            self.add(term, PG.quadClass, int(codes.quad))
        for edge_type in EdgeType:
            term, spec = EDGE_PREDICATES[edge_type], edge_type.spec
            self.add(term, RDF.type, OWL.ObjectProperty)
            if not spec.directed:
                self.add(term, RDF.type, OWL.SymmetricProperty)
            self.add(term, RDFS.label, edge_type.value)
            self.add(term, RDFS.comment, spec.description)
            self.add(term, PG.sign, spec.sign)
        for role, term in ROLE_PREDICATES.items():
            self.add(term, RDF.type, OWL.ObjectProperty)
            self.add(term, RDFS.label, role.value)
            self.add(term, RDFS.subPropertyOf, SEM.hasActor)
        for label, cls in LABEL_CLASSES.items():
            self.add(cls, RDF.type, OWL.Class)
            self.add(cls, RDFS.label, label.value)
            self.add(cls, RDFS.subClassOf, SEM.Event if label is NodeLabel.EVENT else SEM.Actor)


def to_rdf(snap: Snapshot, *, vocabulary: bool = True) -> Graph:
    """The snapshot as an rdflib graph; ``vocabulary`` adds the terms' own descriptions."""
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, override=True)
    build = _Builder(g, snap)
    if vocabulary:
        build.add_vocabulary()
    for actor in snap.actors.values():
        build.add_actor(actor)
    for article in snap.articles.values():
        build.add_article(article)
    for article_id, actor_id in snap.mentions:
        build.add(article_uri(article_id), SDO.mentions, build.actor(actor_id))
    grouped = snap.participants_by_event()
    for event_id, event in snap.events.items():
        roles = [(p.role, p.actor) for p in grouped.get(event_id, [])]
        build.add_event(event, roles, snap.locations.get(event_id))
    for edge in snap.edges:
        build.add_edge(edge)
    return g


def serialise(g: Graph, fmt: str) -> str:
    """Turtle, JSON-LD (compacted with the project's prefixes) or N-Triples."""
    if fmt not in RDF_FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r}: choose one of {', '.join(RDF_FORMATS)}")
    if fmt == "json-ld":
        return g.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    return g.serialize(format=RDF_FORMATS[fmt])


def write_rdf(g: Graph, path: str | Path, fmt: str) -> None:
    text = serialise(g, fmt)
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write: {exc.strerror or exc}") from None
