"""A small hand-built corpus for the query catalog: four articles about the 2010 Kyrgyz crisis.

Built from :mod:`graph.model` objects (no extraction) so that the expected rows of every
catalog query are known exactly. The sentences are written for these tests.
"""

from __future__ import annotations

from functools import partial

from extraction_builder import ActorTable, ExtractionBuilder
from graph.model import Extraction
from graph.vocab import EdgeType, EventType, NodeLabel, Role

__all__ = ["corpus", "ACTORS"]

# Every actor: key, label, name, aliases, kind, iso3 — the same in each article that names it.
ACTORS: ActorTable = {
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


_Article = partial(ExtractionBuilder, ACTORS)


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
