"""Hand-built extractions for store and query tests: small articles whose facts are known.

Each factory returns a valid :class:`Extraction` (evidence offsets index the article's text,
ids are derived from content as the extractor derives them). The sentences are written for
these tests.
"""

from __future__ import annotations

from graph.ids import actor_key, article_id, event_key
from graph.model import (ArticleMeta, Edge, Entity, Event, Evidence, Extraction, Participant,
                         PropertyValue)
from graph.vocab import DatePrecision, EdgeType, EventType, NodeLabel, Role

__all__ = ["evidence", "person", "state", "place", "organization", "document", "make_event",
           "make_edge", "make_extraction", "asylum_extraction", "signing_extraction",
           "meeting_extraction", "namesake_extractions", "EXTRACTOR"]

EXTRACTOR = "factory/1"

ASYLUM_TEXT = (
    "Ecuador granted political asylum to Julian Assange on 16 August 2012. "
    "Sweden had asked Britain to extradite Julian Assange for questioning. "
    "The decision was announced at the embassy in London."
)
SIGNING_TEXT = (
    "President Alyaksandr Lukashenka of Belarus signed the Union State Treaty in Moscow "
    "on 8 December 1999. Lukashenka has led Belarus since 1994."
)
MEETING_TEXT = "Alexander Lukashenko met Vladimir Putin in Sochi on 14 September 2020."
FIDEL_TEXT = "Fidel Castro addressed a rally in Havana in July 1998."
RAUL_TEXT = "Raul Castro addressed the National Assembly in Havana in July 2008."


def evidence(text: str, sentence: str) -> Evidence:
    """Evidence for a sentence of ``text`` (its first occurrence)."""
    start = text.index(sentence)
    return Evidence(sentence=sentence, start=start, end=start + len(sentence))


def _sentence(text: str, index: int) -> str:
    """The index-th sentence of a factory text (they end with '. ')."""
    parts = [p if p.endswith(".") else p + "." for p in text.split(". ")]
    return parts[index]


def person(local: str, name: str, aliases: list[str] | None = None) -> Entity:
    return Entity(id=local, key=actor_key(NodeLabel.PERSON, name), type=NodeLabel.PERSON,
                  name=name, aliases=aliases or [])


def state(local: str, name: str, iso3: str) -> Entity:
    return Entity(id=local, key=actor_key(NodeLabel.STATE, name, iso3=iso3),
                  type=NodeLabel.STATE, name=name, iso3=iso3)


def place(local: str, name: str, iso3: str | None = None) -> Entity:
    return Entity(id=local, key=actor_key(NodeLabel.PLACE, name), type=NodeLabel.PLACE,
                  name=name, iso3=iso3)


def organization(local: str, name: str, kind: str = "igo",
                 aliases: list[str] | None = None) -> Entity:
    return Entity(id=local, key=actor_key(NodeLabel.ORGANIZATION, name),
                  type=NodeLabel.ORGANIZATION, name=name, kind=kind, aliases=aliases or [])


def document(local: str, name: str, kind: str = "agreement") -> Entity:
    return Entity(id=local, key=actor_key(NodeLabel.DOCUMENT, name), type=NodeLabel.DOCUMENT,
                  name=name, kind=kind)


def make_event(local: str, event_type: EventType, text: str, sentence: str, art_id: str,
               entities: list[Entity], roles: list[tuple[str, Role]], *,
               date: str | None = None, precision: DatePrecision | None = None,
               location: str | None = None, confidence: float = 0.8,
               properties: dict[str, PropertyValue] | None = None) -> Event:
    """An event whose key is derived like the extractor's: type, role ids, date, article."""
    keys = {e.id: e.key for e in entities}
    return Event(
        id=local, type=event_type, date=date, date_precision=precision, location=location,
        key=event_key(event_type.value, [(role.value, keys[ent]) for ent, role in roles],
                      date, art_id),
        participants=[Participant(entity=ent, role=role) for ent, role in roles],
        confidence=confidence, extractor=EXTRACTOR, evidence=[evidence(text, sentence)],
        properties=properties or {})


def make_edge(edge_type: EdgeType, source: str, target: str, text: str, sentence: str, *,
              event: str | None = None, confidence: float = 0.8,
              properties: dict[str, PropertyValue] | None = None) -> Edge:
    return Edge(type=edge_type, source=source, target=target, event=event,
                confidence=confidence, extractor=EXTRACTOR,
                evidence=[evidence(text, sentence)], properties=properties or {})


def make_extraction(text: str, entities: list[Entity], events: list[Event] | None = None,
                    edges: list[Edge] | None = None, *, title: str | None = None,
                    published: str | None = None, source: str | None = "Test Wire",
                    path: str = "test-article.txt") -> Extraction:
    return Extraction(
        article=ArticleMeta(path=path, id=article_id(text), title=title, published=published,
                            source=source, text=text),
        entities=entities, events=events or [], edges=edges or [], extractor=EXTRACTOR)


def asylum_extraction(*, with_extradition: bool = True) -> Extraction:
    """Ecuador grants asylum to a person in London; Sweden asked Britain (`from`) to extradite
    him. Without the extradition, the same article as a later, corrected extraction."""
    text, art = ASYLUM_TEXT, article_id(ASYLUM_TEXT)
    entities = [person("e1", "Julian Assange"), state("e2", "Ecuador", "ECU"),
                place("e3", "London", "GBR")]
    first = _sentence(text, 0)
    events = [make_event("v1", EventType.ASYLUM_GRANT, text, first, art, entities,
                         [("e2", Role.AGENT), ("e1", Role.SUBJECT)], date="2012-08-16",
                         precision=DatePrecision.DAY, location="e3", confidence=0.9)]
    edges = [make_edge(EdgeType.GRANTED_ASYLUM, "e2", "e1", text, first, event="v1",
                       confidence=0.9)]
    if with_extradition:
        entities += [state("e4", "Sweden", "SWE"), state("e5", "United Kingdom", "GBR")]
        second = _sentence(text, 1)
        events.append(make_event("v2", EventType.EXTRADITION_REQUEST, text, second, art,
                                 entities, [("e4", Role.AGENT), ("e5", Role.RECIPIENT),
                                            ("e1", Role.SUBJECT)], confidence=0.7))
        edges.append(make_edge(EdgeType.REQUESTED_EXTRADITION, "e4", "e1", text, second,
                               event="v2", confidence=0.7, properties={"from": "e5"}))
    return make_extraction(text, entities, events, edges, title="Asylum granted",
                           published="2012-08-17", path="asylum.txt")


def signing_extraction(*, with_document: bool = True) -> Extraction:
    """A president signs a treaty (a Document) in a city and holds a role in his state."""
    text, art = SIGNING_TEXT, article_id(SIGNING_TEXT)
    entities = [person("e1", "Alyaksandr Lukashenka", ["Lukashenka"]),
                state("e2", "Belarus", "BLR"), place("e3", "Moscow", "RUS")]
    first, second = _sentence(text, 0), _sentence(text, 1)
    events, edges = [], []
    if with_document:
        entities.append(document("e4", "Union State Treaty"))
        events.append(make_event("v1", EventType.SIGNING, text, first, art, entities,
                                 [("e1", Role.AGENT)], date="1999-12-08",
                                 precision=DatePrecision.DAY, location="e3"))
        edges.append(make_edge(EdgeType.SIGNED, "e1", "e4", text, first, event="v1",
                               properties={"date": "1999-12-08"}))
    edges.append(make_edge(EdgeType.HOLDS_ROLE, "e1", "e2", text, second,
                           properties={"title": "President", "since": "1994",
                                       "former": False}))
    return make_extraction(text, entities, events, edges, title="Treaty signed",
                           published="1999-12-09", path="signing.txt")


def meeting_extraction() -> Extraction:
    """The same president as :func:`signing_extraction`, spelt the Russian way, at a meeting."""
    text, art = MEETING_TEXT, article_id(MEETING_TEXT)
    entities = [person("e1", "Alexander Lukashenko"), person("e2", "Vladimir Putin"),
                place("e3", "Sochi", "RUS")]
    events = [make_event("v1", EventType.MEETING, text, text, art, entities,
                         [("e1", Role.PARTICIPANT), ("e2", Role.PARTICIPANT)],
                         date="2020-09-14", precision=DatePrecision.DAY, location="e3")]
    edges = [make_edge(EdgeType.MET_WITH, "e1", "e2", text, text, event="v1")]
    return make_extraction(text, entities, events, edges, published="2020-09-14",
                           path="meeting.txt")


def namesake_extractions(described_as: str | None = None) -> tuple[Extraction, Extraction]:
    """Two articles about two different people who share a surname (and, when given, the
    role phrase each article also calls its person by)."""
    out = []
    for text, name, date in ((FIDEL_TEXT, "Fidel Castro", "1998-07"),
                             (RAUL_TEXT, "Raul Castro", "2008-07")):
        art = article_id(text)
        someone = person("e1", name)
        if described_as:
            someone.aliases.append(described_as)
            someone.descriptions.append(described_as)
        entities = [someone, place("e2", "Havana", "CUB")]
        events = [make_event("v1", EventType.STATEMENT, text, text, art, entities,
                             [("e1", Role.AGENT)], date=date, precision=DatePrecision.MONTH,
                             location="e2")]
        out.append(make_extraction(text, entities, events, path=f"{name.split()[0]}.txt"))
    return out[0], out[1]
