"""A hand-built corpus for network analytics and the linked-data export.

Three articles: an asylum grant and the quarrel it caused (April 2010), a summit hosted by
Russia (May 2010), and a second, western cluster of meetings (March 2011) tied to the first by
one meeting. Russia is the hub. The sentences are written for these tests.
"""

from __future__ import annotations

from extraction_builder import ActorTable, ExtractionBuilder
from graph.model import Extraction
from graph.vocab import EdgeType, EventType, NodeLabel, Role

__all__ = ["corpus", "ACTORS", "EXTRACTOR", "ASYLUM_HEADLINE"]

EXTRACTOR = "hand-built 1.0"
ASYLUM_HEADLINE = "Belarus shelters the ousted Kyrgyz president"

# short name -> (key, label, name, aliases, kind, iso3)
ACTORS: ActorTable = {
    "blr": ("BLR", NodeLabel.STATE, "Belarus", ["Republic of Belarus"], None, "BLR"),
    "kgz": ("KGZ", NodeLabel.STATE, "Kyrgyzstan", [], None, "KGZ"),
    "rus": ("RUS", NodeLabel.STATE, "Russia", ["Russian Federation"], None, "RUS"),
    "kaz": ("KAZ", NodeLabel.STATE, "Kazakhstan", [], None, "KAZ"),
    "arm": ("ARM", NodeLabel.STATE, "Armenia", [], None, "ARM"),
    "fra": ("FRA", NodeLabel.STATE, "France", [], None, "FRA"),
    "deu": ("DEU", NodeLabel.STATE, "Germany", [], None, "DEU"),
    "ita": ("ITA", NodeLabel.STATE, "Italy", [], None, "ITA"),
    "bakiyev": ("person:kurmanbek-bakiyev", NodeLabel.PERSON, "Kurmanbek Bakiyev",
                ["Bakiyev"], None, None),
    "csto": ("organization:csto", NodeLabel.ORGANIZATION, "CSTO",
             ["Collective Security Treaty Organization"], "igo", None),
    "declaration": ("document:moscow-declaration", NodeLabel.DOCUMENT, "Moscow Declaration",
                    [], "declaration", None),
    "minsk": ("place:minsk", NodeLabel.PLACE, "Minsk", [], None, "BLR"),
    "moscow": ("place:moscow", NodeLabel.PLACE, "Moscow", [], None, "RUS"),
    "rome": ("place:rome", NodeLabel.PLACE, "Rome", [], None, "ITA"),
}


def _article(path: str, title: str, published: str, sentences: list[str],
             url: str | None = None) -> ExtractionBuilder:
    """A builder for one article of this corpus, its actors taken from :data:`ACTORS`."""
    return ExtractionBuilder(ACTORS, path, title, published, source="Test Courier",
                             sentences=sentences, url=url, extractor=EXTRACTOR)


def corpus() -> list[Extraction]:
    return [asylum(), summit(), western()]


def asylum() -> Extraction:
    art = _article("courier-2010-04-23.txt", ASYLUM_HEADLINE, "2010-04-23", [
        "Belarus gave Kurmanbek Bakiyev asylum in Minsk on 19 April 2010.",
        "Three days later Kyrgyzstan asked Belarus to send Bakiyev back.",
        "Kyrgyzstan accused Belarus of harbouring a fugitive.",
    ], url="https://news.example.org/2010/04/23/asylum")
    grant = art.event(0, EventType.ASYLUM_GRANT, "2010-04-19",
                      [("blr", Role.AGENT), ("bakiyev", Role.SUBJECT)], place="minsk")
    art.edge(0, EdgeType.GRANTED_ASYLUM, "blr", "bakiyev", grant)
    request = art.event(1, EventType.EXTRADITION_REQUEST, "2010-04-22",
                        [("kgz", Role.AGENT), ("blr", Role.RECIPIENT), ("bakiyev", Role.SUBJECT)])
    art.edge(1, EdgeType.REQUESTED_EXTRADITION, "kgz", "bakiyev", request, **{"from": "blr"})
    accusation = art.event(2, EventType.ACCUSATION, "2010-04-22",
                           [("kgz", Role.AGENT), ("blr", Role.RECIPIENT)])
    art.edge(2, EdgeType.ACCUSED, "kgz", "blr", accusation)
    return art.build()


def summit() -> Extraction:
    art = _article("courier-2010-05-09.txt", "Russia hosts a security summit", "2010-05-09", [
        "Russia received Belarus, Kazakhstan and Armenia at a CSTO summit in Moscow on 8 May 2010.",
        "The four states put their names to the Moscow Declaration.",
        "All four belong to the CSTO.",
    ])
    summit_event = art.event(0, EventType.SUMMIT, "2010-05-08",
                             [("rus", Role.AGENT), ("blr", Role.PARTICIPANT),
                              ("kaz", Role.PARTICIPANT), ("arm", Role.PARTICIPANT)],
                             place="moscow")
    for guest in ("blr", "kaz", "arm"):
        art.edge(0, EdgeType.MET_WITH, "rus", guest, summit_event)
    signing = art.event(1, EventType.SIGNING, "2010-05-08",
                        [("rus", Role.AGENT), ("blr", Role.AGENT), ("kaz", Role.AGENT),
                         ("arm", Role.AGENT), ("declaration", Role.SUBJECT)], place="moscow")
    for state in ("rus", "blr", "kaz", "arm"):
        art.edge(1, EdgeType.SIGNED, state, "declaration", signing)
        art.edge(2, EdgeType.MEMBER_OF, state, "csto")
    return art.build()


def western() -> Extraction:
    art = _article("courier-2011-03-15.txt", "Rome talks", "2011-03-15", [
        "France and Germany held talks in Rome on 14 March 2011.",
        "Germany and Italy met the same day.",
        "Italy and France also met there.",
        "France met Russia a week earlier.",
    ])
    pairs = [(0, "fra", "deu", "2011-03-14", "rome"), (1, "deu", "ita", "2011-03-14", "rome"),
             (2, "ita", "fra", "2011-03-14", "rome"), (3, "fra", "rus", "2011-03-07", None)]
    for n, a, b, date, place in pairs:
        meeting = art.event(n, EventType.MEETING, date,
                            [(a, Role.PARTICIPANT), (b, Role.PARTICIPANT)], place=place)
        art.edge(n, EdgeType.MET_WITH, a, b, meeting)
    return art.build()
