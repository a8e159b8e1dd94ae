"""The store the dashboard tests browse: the query corpus plus an article carrying markup.

The extra article's text contains a ``<script>`` element and a ``<b>`` tag, so a page that
rendered article text as live HTML would show it.
"""

from __future__ import annotations

from pathlib import Path

from graph.config import StoreConfig
from graph.ids import article_id
from graph.model import ArticleMeta, Edge, Entity, Event, Evidence, Extraction, Participant
from graph.vocab import DatePrecision, EdgeType, EventType, NodeLabel, Role
from query_corpus import corpus

__all__ = ["MARKUP_SENTENCE", "MARKUP_EDGE_TYPE", "build_store", "markup_article"]

MARKUP_SENTENCE = "Russia criticized Belarus over the <b>shelter</b> it gave Bakiyev."
MARKUP_EDGE_TYPE = EdgeType.CRITICIZED


def markup_article() -> Extraction:
    """One article whose text holds markup around the sentence behind a CRITICIZED edge."""
    before = "Commentary <script>alert('owned')</script> from Moscow. "
    text = before + MARKUP_SENTENCE + " More to follow."
    start = len(before)
    evidence = [Evidence(sentence=MARKUP_SENTENCE, start=start, end=start + len(MARKUP_SENTENCE))]
    entities = [
        Entity(id="e1", key="RUS", type=NodeLabel.STATE, name="Russia",
               aliases=["Russian Federation"], iso3="RUS"),
        Entity(id="e2", key="BLR", type=NodeLabel.STATE, name="Belarus",
               aliases=["Republic of Belarus"], iso3="BLR"),
    ]
    event = Event(id="v1", key="ev-markup-v1", type=EventType.ACCUSATION, date="2010-05-12",
                  date_precision=DatePrecision.DAY,
                  participants=[Participant(entity="e1", role=Role.AGENT),
                                Participant(entity="e2", role=Role.RECIPIENT)],
                  confidence=0.9, extractor="hand-built", evidence=evidence)
    edge = Edge(type=MARKUP_EDGE_TYPE, source="e1", target="e2", event="v1",
                extractor="hand-built", evidence=evidence)
    meta = ArticleMeta(path="markup.html", id=article_id(text), title="A <i>tagged</i> title",
                       published="2010-05-13", source="Markup Monitor", text=text)
    return Extraction(article=meta, entities=entities, events=[event], edges=[edge],
                      extractor="hand-built")


def build_store(path: Path) -> None:
    """Write the corpus into a fresh embedded store at ``path`` and close it again."""
    from graph.stores import open_store

    with open_store(StoreConfig(backend="embedded", db_path=path)) as store:
        store.write([*corpus(), markup_article()])
