"""The boundary object between extraction and storage: one article's facts as plain data.

An :class:`Extraction` is what ``poligraph extract --json`` prints (one per line) and the only
thing a store's ``write`` accepts. Entity and event ids inside it (``e1``, ``v1``) are local to
the article; ``key`` carries the global, content-derived id used by the stores.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graph.vocab import DatePrecision, EdgeType, EventType, NodeLabel, Role

__all__ = ["Evidence", "Entity", "Participant", "Event", "Edge", "ArticleMeta", "Extraction",
           "PropertyValue"]

PropertyValue = str | int | float | bool | None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


class Evidence(_Strict):
    """A sentence of the article and its character offsets into the article's text."""

    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Entity(_Strict):
    id: str  # local: e1, e2, ...
    key: str  # global: ISO alpha-3 for states, else label:normalised-name
    type: NodeLabel
    name: str
    aliases: list[str] = Field(default_factory=list)
    # Role phrases the article uses for the entity ("Kyrgyz president"), also among its
    # aliases; never a key to find it in another article, since an office passes from one
    # holder to the next.
    descriptions: list[str] = Field(default_factory=list)
    kind: str | None = None  # OrgKind for organizations, DocumentKind for documents
    iso3: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    def name_variants(self) -> list[str]:
        """The name and the aliases that name the entity rather than describe it."""
        return [self.name, *(a for a in self.aliases if a not in self.descriptions)]


class Participant(_Strict):
    entity: str
    role: Role


class Event(_Strict):
    id: str  # local: v1, v2, ...
    key: str
    type: EventType
    date: str | None = None
    date_precision: DatePrecision | None = None
    location: str | None = None  # local entity id of a Place (or State)
    participants: list[Participant] = Field(default_factory=list)
    status: str = "asserted"  # asserted | denied | proposed | reported
    properties: dict[str, PropertyValue] = Field(default_factory=dict)
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    extractor: str = ""
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def cameo(self) -> str | None:
        return self.type.cameo(bool(self.properties.get("demanded")))


class Edge(_Strict):
    type: EdgeType
    source: str  # local entity id
    target: str  # local entity id
    event: str | None = None  # local event id
    properties: dict[str, PropertyValue] = Field(default_factory=dict)
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    extractor: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class ArticleMeta(_Strict):
    path: str
    id: str
    title: str | None = None
    published: str | None = None  # ISO date
    source: str | None = None  # outlet
    url: str | None = None
    text: str = ""


class Extraction(_Strict):
    """One article's actors, events and typed edges, every fact with its evidence."""

    article: ArticleMeta
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)
    extractor: str = ""

    @model_validator(mode="after")
    def _check_references(self) -> "Extraction":
        """Reject dangling local ids and evidence that does not index the article's text."""
        entity_ids = {e.id for e in self.entities}
        event_ids = {v.id for v in self.events}
        if len(entity_ids) != len(self.entities) or len(event_ids) != len(self.events):
            raise ValueError("duplicate local ids in extraction")
        text = self.article.text
        for event in self.events:
            refs = [p.entity for p in event.participants]
            if event.location:
                refs.append(event.location)
            _require(refs, entity_ids, f"event {event.id}")
            _check_evidence(event.evidence, text, f"event {event.id}")
        labels = {e.id: e.type for e in self.entities}
        for edge in self.edges:
            _require([edge.source, edge.target], entity_ids, f"edge {edge.type.value}")
            if not edge.type.spec.allows(labels[edge.source], labels[edge.target]):
                raise ValueError(f"edge {edge.type.value} cannot link {labels[edge.source].value} "
                                 f"to {labels[edge.target].value}")
            if edge.event is not None and edge.event not in event_ids:
                raise ValueError(f"edge {edge.type.value} points to unknown event {edge.event}")
            _check_evidence(edge.evidence, text, f"edge {edge.type.value}")
        return self

    def entity(self, local_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == local_id:
                return entity
        raise KeyError(local_id)

    def to_json_dict(self) -> dict[str, Any]:
        """The JSON contract of ``extract --json``."""
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        return self.model_dump_json()


def _require(refs: list[str], known: set[str], what: str) -> None:
    missing = [r for r in refs if r not in known]
    if missing:
        raise ValueError(f"{what} refers to unknown entities {missing}")


def _check_evidence(evidence: list[Evidence], text: str, what: str) -> None:
    for ev in evidence:
        if not (0 <= ev.start <= ev.end <= len(text)) or text[ev.start:ev.end] != ev.sentence:
            raise ValueError(f"{what}: evidence offsets {ev.start}-{ev.end} do not index the text")
