"""A builder of hand-written extractions whose rows tests know exactly.

Test corpora describe an article sentence by sentence and name actors by short handles from
their own actor table; the builder numbers local ids in order of first use and computes the
evidence offsets, so each corpus states only its facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.ids import article_id
from graph.model import ArticleMeta, Edge, Entity, Event, Evidence, Extraction, Participant
from graph.vocab import DatePrecision, EdgeType, EventType, NodeLabel, Role

__all__ = ["ActorRecord", "ActorTable", "ExtractionBuilder"]

# key, label, name, aliases, kind, iso3 — the same in every article that names the actor.
ActorRecord = tuple[str, NodeLabel, str, list[str], str | None, str | None]
# short handle used by a corpus -> the actor it stands for
ActorTable = dict[str, ActorRecord]

_PRECISION_BY_LENGTH = {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}


@dataclass
class ExtractionBuilder:
    """Collects sentences, actors, events and edges of one article; offsets computed here."""

    actors: ActorTable
    path: str
    title: str
    published: str | None
    source: str | None
    sentences: list[str] = field(default_factory=list)
    url: str | None = None
    extractor: str = "hand-built"
    events: list[Event] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    used: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    def evidence(self, n: int) -> list[Evidence]:
        """The n-th sentence with its offsets in the joined text."""
        start = sum(len(s) + 1 for s in self.sentences[:n])
        sentence = self.sentences[n]
        return [Evidence(sentence=sentence, start=start, end=start + len(sentence))]

    def local(self, actor: str) -> str:
        """The article-local entity id of an actor handle, numbered in order of first use."""
        if actor not in self.used:
            self.used.append(actor)
        return f"e{self.used.index(actor) + 1}"

    def event(self, n: int, kind: EventType, date: str | None, roles: list[tuple[str, Role]],
              place: str | None = None, status: str = "asserted", **props: Any) -> str:
        """Adds an event evidenced by sentence n; its precision follows the date's length."""
        local = f"v{len(self.events) + 1}"
        precision = None
        if date:
            precision = _PRECISION_BY_LENGTH.get(len(date), DatePrecision.DAY)
        self.events.append(Event(
            id=local, key=f"ev-{self.path}-{local}", type=kind, date=date,
            date_precision=precision, location=self.local(place) if place else None,
            participants=[Participant(entity=self.local(a), role=r) for a, r in roles],
            status=status, properties=props, confidence=0.9, extractor=self.extractor,
            evidence=self.evidence(n)))
        return local

    def edge(self, n: int, kind: EdgeType, source: str, target: str, event: str | None = None,
             **props: Any) -> None:
        """Adds an edge evidenced by sentence n; a ``from`` naming an actor becomes its id."""
        if isinstance(props.get("from"), str) and props["from"] in self.actors:
            props["from"] = self.local(props["from"])
        self.edges.append(Edge(type=kind, source=self.local(source), target=self.local(target),
                               event=event, properties=props, confidence=0.8,
                               extractor=self.extractor, evidence=self.evidence(n)))

    def build(self) -> Extraction:
        text = self.text
        entities = []
        for i, actor in enumerate(self.used, start=1):
            key, label, name, aliases, kind, iso3 = self.actors[actor]
            entities.append(Entity(id=f"e{i}", key=key, type=label, name=name, aliases=aliases,
                                   kind=kind, iso3=iso3))
        meta = ArticleMeta(path=self.path, id=article_id(text), title=self.title,
                           published=self.published, source=self.source, url=self.url,
                           text=text)
        return Extraction(article=meta, entities=entities, events=self.events, edges=self.edges,
                          extractor=self.extractor)
