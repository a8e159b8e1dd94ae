"""A small hand-built corpus for the query catalog: four articles about the 2010 Kyrgyz crisis.

Built from :mod:`graph.model` objects (no extraction) so that the expected rows of every
catalog query are known exactly. The sentences are written for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.ids import article_id
from graph.model import ArticleMeta, Edge, Entity, Event, Evidence, Extraction, Participant
from graph.vocab import DatePrecision, EdgeType, EventType, NodeLabel, Role

__all__ = ["corpus", "ACTORS"]

# Every actor: key, label, name, aliases, kind, iso3 — the same in each article that names it.
ACTORS: dict[str, tuple[str, NodeLabel, str, list[str], str | None, str | None]] = {
    "blr": ("BLR", NodeLabel.STATE, "Belarus", ["Republic of Belarus"], None, "BLR"),
    "kgz": ("KGZ", NodeLabel.STATE, "Kyrgyzstan", ["Kyrgyz Republic"], None, "KGZ"),
    "rus": ("RUS", NodeLabel.STATE, "Russia", ["Russian Federation"], None, "RUS"),
    "bakiyev": ("person:kurmanbek-bakiyev", NodeLabel.PERSON, "Kurmanbek Bakiyev",
                ["Bakiyev", "Bakiev"], None, None),
    "lukashenko": ("person:alexander-lukashenko", NodeLabel.PERSON, "Alexander Lukashenko",
                   ["Lukashenko", "Lukashenka", "Alyaksandr Lukashenka"], None, None),
    "otunbayeva": ("person:roza-otunbayeva", NodeLabel.PERSON, "Roza Otunbayeva",
                   ["Otunbayeva"], None, None),
    "medvedev": ("person:dmitry-medvedev", NodeLabel.PERSON, "Dmitry Medvedev",
                 ["Medvedev"], None, None),
    "csto": ("organization:csto", NodeLabel.ORGANIZATION, "CSTO",
             ["Collective Security Treaty Organization"], "igo", None),
    "declaration": ("document:moscow-declaration", NodeLabel.DOCUMENT, "Moscow Declaration",
                    [], "declaration", None),
    "joint": ("document:joint-statement-on-kyrgyzstan", NodeLabel.DOCUMENT,
              "Joint Statement on Kyrgyzstan", [], "statement", None),
    "minsk": ("place:minsk", NodeLabel.PLACE, "Minsk", [], None, "BLR"),
    "moscow": ("place:moscow", NodeLabel.PLACE, "Moscow", [], None, "RUS"),
    "bishkek": ("place:bishkek", NodeLabel.PLACE, "Bishkek", [], None, "KGZ"),
}


@dataclass
class _Article:
    """Collects sentences, actors, events and edges of one article, offsets computed here."""

    path: str
    title: str
    published: str | None
    source: str | None
    sentences: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    used: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    def evidence(self, n: int) -> list[Evidence]:
        start = sum(len(s) + 1 for s in self.sentences[:n])
        sentence = self.sentences[n]
        return [Evidence(sentence=sentence, start=start, end=start + len(sentence))]

    def local(self, actor: str) -> str:
        if actor not in self.used:
            self.used.append(actor)
        return f"e{self.used.index(actor) + 1}"

    def event(self, n: int, kind: EventType, date: str | None, roles: list[tuple[str, Role]],
              place: str | None = None, status: str = "asserted", **props: Any) -> str:
        local = f"v{len(self.events) + 1}"
        precision = None
        if date:
            precision = {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}.get(len(date), DatePrecision.DAY)
        self.events.append(Event(
            id=local, key=f"ev-{self.path}-{local}", type=kind, date=date,
            date_precision=precision, location=self.local(place) if place else None,
            participants=[Participant(entity=self.local(a), role=r) for a, r in roles],
            status=status, properties=props, confidence=0.9, extractor="hand-built",
            evidence=self.evidence(n)))
        return local

    def edge(self, n: int, kind: EdgeType, source: str, target: str, event: str | None = None,
             **props: Any) -> None:
        if isinstance(props.get("from"), str) and props["from"] in ACTORS:
            props["from"] = self.local(props["from"])
        self.edges.append(Edge(type=kind, source=self.local(source), target=self.local(target),
                               event=event, properties=props, confidence=0.8,
                               extractor="hand-built", evidence=self.evidence(n)))

    def build(self) -> Extraction:
        text = self.text
        entities = []
        for i, actor in enumerate(self.used, start=1):
            key, label, name, aliases, kind, iso3 = ACTORS[actor]
            entities.append(Entity(id=f"e{i}", key=key, type=label, name=name, aliases=aliases,
                                   kind=kind, iso3=iso3))
        meta = ArticleMeta(path=self.path, id=article_id(text), title=self.title,
                           published=self.published, source=self.source, text=text)
        return Extraction(article=meta, entities=entities, events=self.events, edges=self.edges,
                          extractor="hand-built")


def corpus() -> list[Extraction]:
    """The four articles, in the order they are written to a store."""
    return [_asylum(), _refusal(), _summit(), _protest()]


def _asylum() -> Extraction:
    art = _Article("ledger-2010-04-20.txt", "Minsk shelters ousted Kyrgyz leader", "2010-04-20",
                   "Daily Ledger", sentences=[
                       "Belarus granted asylum to Kurmanbek Bakiyev on April 19, 2010.",
                       "Alexander Lukashenko, the president of Belarus, said Minsk would protect him.",
                       "Kyrgyzstan has asked Belarus this month to hand Bakiyev over.",
                   ])
    grant = art.event(0, EventType.ASYLUM_GRANT, "2010-04-19",
                      [("blr", Role.AGENT), ("bakiyev", Role.SUBJECT)], place="minsk")
    art.edge(0, EdgeType.GRANTED_ASYLUM, "blr", "bakiyev", grant)
    art.event(1, EventType.STATEMENT, "2010-04-20",
              [("lukashenko", Role.AGENT), ("bakiyev", Role.SUBJECT)])
    art.edge(1, EdgeType.HOLDS_ROLE, "lukashenko", "blr", title="president", since="1994-07-20")
    request = art.event(2, EventType.EXTRADITION_REQUEST, "2010-04",
                        [("kgz", Role.AGENT), ("blr", Role.RECIPIENT), ("bakiyev", Role.SUBJECT)])
    art.edge(2, EdgeType.REQUESTED_EXTRADITION, "kgz", "bakiyev", request, **{"from": "blr"})
    return art.build()


def _refusal() -> Extraction:
    art = _Article("wire-2010-04-28.txt", "Lukashenka refuses to hand over Bakiyev", "2010-04-28",
                   "Evening Wire", sentences=[
                       "On April 27, 2010 Kyrgyzstan demanded that Minsk extradite Bakiyev, and Lukashenka refused.",
                       "Lukashenka called the demand an insult to Bakiyev.",
                       "Roza Otunbayeva, who leads the interim government of Kyrgyzstan, met Dmitry Medvedev in Moscow that day.",
                       "Bakiyev had been the president of Kyrgyzstan until his ouster.",
                       "Medvedev, the Russian president, promised help.",
                   ])
    request = art.event(0, EventType.EXTRADITION_REQUEST, "2010-04-27",
                        [("kgz", Role.AGENT), ("blr", Role.RECIPIENT), ("bakiyev", Role.SUBJECT)],
                        status="denied", demanded=True)
    art.edge(0, EdgeType.REQUESTED_EXTRADITION, "kgz", "bakiyev", request,
             **{"from": "blr", "status": "denied"})
    art.event(1, EventType.STATEMENT, "2010-04-28",
              [("lukashenko", Role.AGENT), ("bakiyev", Role.SUBJECT)])
    meeting = art.event(2, EventType.MEETING, "2010-04-27",
                        [("otunbayeva", Role.PARTICIPANT), ("medvedev", Role.PARTICIPANT)],
                        place="moscow")
    art.edge(2, EdgeType.MET_WITH, "otunbayeva", "medvedev", meeting)
    art.edge(2, EdgeType.HOLDS_ROLE, "otunbayeva", "kgz", title="interim president",
             since="2010-04-07")
    art.edge(3, EdgeType.HOLDS_ROLE, "bakiyev", "kgz", title="president", since="2005",
             until="2010-04-15", former=True)
    art.edge(4, EdgeType.HOLDS_ROLE, "medvedev", "rus", title="president", since="2008-05-07",
             until="2012-05-07")
    return art.build()


def _summit() -> Extraction:
    art = _Article("ledger-2010-05-10.txt", "CSTO leaders sign Moscow Declaration", "2010-05-10",
                   "Daily Ledger", sentences=[
                       "Belarus and Russia signed the Moscow Declaration at a CSTO summit in Moscow on May 8, 2010.",
                       "Both states are members of the CSTO.",
                       "Lukashenko met Medvedev at the summit.",
                       "Russia also signed a joint statement on Kyrgyzstan.",
                       "Belarus accused Kyrgyzstan of persecuting Bakiyev's relatives.",
                   ])
    summit = art.event(0, EventType.SUMMIT, "2010-05-08",
                       [("medvedev", Role.AGENT), ("lukashenko", Role.PARTICIPANT),
                        ("blr", Role.PARTICIPANT), ("rus", Role.PARTICIPANT)], place="moscow")
    signing = art.event(0, EventType.SIGNING, "2010-05-08",
                        [("blr", Role.AGENT), ("rus", Role.AGENT), ("declaration", Role.SUBJECT)],
                        place="moscow")
    art.edge(0, EdgeType.SIGNED, "blr", "declaration", signing)
    art.edge(0, EdgeType.SIGNED, "rus", "declaration", signing)
    art.edge(1, EdgeType.MEMBER_OF, "blr", "csto")
    art.edge(1, EdgeType.MEMBER_OF, "rus", "csto")
    art.edge(2, EdgeType.MET_WITH, "lukashenko", "medvedev", summit)
    statement = art.event(3, EventType.SIGNING, "2010-05-08",
                          [("rus", Role.AGENT), ("joint", Role.SUBJECT)])
    art.edge(3, EdgeType.SIGNED, "rus", "joint", statement)
    accusation = art.event(4, EventType.ACCUSATION, "2010-05-08",
                           [("blr", Role.AGENT), ("kgz", Role.RECIPIENT)])
    art.edge(4, EdgeType.ACCUSED, "blr", "kgz", accusation)
    return art.build()


def _protest() -> Extraction:
    art = _Article("note-undated.txt", "Crowds in Bishkek", None, None, sentences=[
        "Protesters gathered in Bishkek to demand a new constitution.",
    ])
    art.event(0, EventType.PROTEST, None, [], place="bishkek")
    return art.build()
