"""Extraction composed: parse, actors, dates, events — one :class:`Extraction` per article.

Articles stream through ``nlp.pipe`` in batches; each parsed ``Doc`` is turned into plain data
at once, so nothing spaCy leaves this module. With several ``workers``, chunks of articles are
parsed and extracted in other processes (:mod:`ingest.parallel`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from graph.errors import ExtractionError, PoligraphError
from graph.model import Edge, Event, Extraction
from ingest.actor_table import ActorTable
from ingest.actors import build_actor_table
from ingest.article import Article
from ingest.datelines import doc_source_text
from ingest.events import find_events
from ingest.provenance import EXTRACTOR
from ingest.time import DateResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ingest.parallel import ParserPool

__all__ = ["extract_articles", "extract_article", "EXTRACTOR"]


def extract_articles(articles: Iterable[Article], *, workers: int = 1, batch_size: int = 64,
                     on_error: Callable[[ExtractionError], None] | None = None,
                     pool: "ParserPool | None" = None) -> Iterator[Extraction]:
    """Extractions of ``articles``, streamed in input order.

    With ``workers`` above one (or a ``pool`` of parser processes already started), whole
    chunks of articles are parsed and extracted in other processes; with one, here. The model
    is loaded (or the workers started) only once there is an article to parse, so a run with
    nothing new (a second ingest of the same folder) costs nothing. An article the extraction
    fails on raises :class:`ExtractionError`; with ``on_error`` it is reported there and
    skipped, so one odd article cannot stop (or, on every re-run, block) a whole batch.
    """
    remaining = iter(articles)
    first = next(remaining, None)
    if first is None:
        return
    stream = itertools.chain([first], remaining)
    if pool is not None:
        outcomes = pool.extract(stream)
    elif workers > 1:
        outcomes = _in_new_pool(stream, workers)
    else:
        outcomes = _in_process(stream, batch_size)
    for outcome in outcomes:
        if isinstance(outcome, ExtractionError):
            if on_error is None:
                raise outcome
            on_error(outcome)
            continue
        yield outcome


def _in_process(articles: Iterable[Article], batch_size: int
                ) -> Iterator[Extraction | ExtractionError]:
    from ingest.nlp import load_pipeline

    nlp = load_pipeline()
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        try:
            yield extract_article(article, doc)
        except ExtractionError as exc:
            yield exc


def _in_new_pool(articles: Iterable[Article], workers: int
                 ) -> Iterator[Extraction | ExtractionError]:
    from ingest.parallel import ParserPool

    with ParserPool(workers) as pool:
        yield from pool.extract(articles)


def extract_article(article: Article, doc: "Doc") -> Extraction:
    """One article's entities, events and edges from its parsed ``doc``; any failure is an
    :class:`ExtractionError` naming the article."""
    try:
        return _extract(article, doc)
    except PoligraphError:
        raise
    except Exception as exc:  # a fault in a rule must name its article, not end the run
        raise ExtractionError(f"{article.path}: extraction failed: {type(exc).__name__}: "
                              f"{exc}") from exc


def _extract(article: Article, doc: "Doc") -> Extraction:
    if doc_source_text(doc) != article.text:
        raise ExtractionError(f"{article.path}: the parsed text differs from the article's text")
    actors = build_actor_table(doc, article)
    events, event_edges = _events(doc, actors, article)
    labels = {e.id: e.type for e in actors.entities}
    edges = [e for e in actors.edges + event_edges
             if e.type.spec.allows(labels[e.source], labels[e.target])]
    return Extraction(article=article.meta(), entities=actors.entities, events=events,
                      edges=edges, extractor=EXTRACTOR)


def _events(doc: "Doc", actors: ActorTable, article: Article) -> tuple[list[Event], list[Edge]]:
    """Dates and events of the article, read with the actors already found."""
    dates = DateResolver(article.text, article.published, doc)
    return find_events(doc, actors, dates, article.id)
