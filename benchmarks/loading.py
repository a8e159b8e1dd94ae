"""Loading speed: relationships per second into each store, and the cost of a repeated ingest.

The Neo4j store's batched writer (one transaction per batch of articles, one ``UNWIND $rows``
statement per kind of row carrying the rows of the whole batch) is compared with a per-row
reference written here: the same statements and rows, resolved the same way, but each row
sent as its own statement and committed on its own; a second reference keeps one row per
statement but one transaction per article. Relationships are counted in the graph after the
load, so every path is measured against the same total.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.table import Figure
from graph.errors import AuthenticationFailed, StoreError, StoreUnavailable
from graph.model import Extraction
from graph.rows import extraction_rows
from graph.store import Store

if TYPE_CHECKING:
    from neo4j import ManagedTransaction

    from graph.stores.neo4j import Neo4jStore

__all__ = ["LoadResult", "load_extractions", "load_per_row", "relationship_total",
           "bench_loading", "TARGET_BATCH_RATIO", "TARGET_BATCH_RATE", "TARGET_REINGEST"]

TARGET_BATCH_RATIO = 20.0
TARGET_BATCH_RATE = 10_000.0
TARGET_REINGEST = 0.1  # a second ingest costs at most this share of the first load
# Loaded, then thrown away, before each timed path: a server that has just started runs its
# write plans interpreted for a while (50 articles left Neo4j's batched writer at half speed).
WARM_UP_ARTICLES = 250


@dataclass
class LoadResult:
    seconds: float
    written: int
    refused: list[str]  # messages of articles the store refused
    relationships: int

    @property
    def rate(self) -> float:
        return self.relationships / self.seconds if self.seconds else 0.0


def relationship_total(store: Store) -> int:
    return sum(store.stats().edges.values())


def load_extractions(store: Store, extractions: Sequence[Extraction]) -> LoadResult:
    """Write ``extractions`` with the store's own writer, timed; an article the store refuses
    is noted and the load goes on, as ``poligraph ingest`` does."""
    before = relationship_total(store)
    pending = list(extractions)
    written = 0
    refused: list[str] = []
    started = time.perf_counter()
    while pending:
        done: list[str] = []
        try:
            store.write(pending, on_article=lambda art, _wrote: done.append(art))
            pending = []
        except (StoreUnavailable, AuthenticationFailed):
            raise
        except StoreError as exc:
            refused.append(str(exc))
            pending = pending[len(done) + 1:]
        written += len(done)
    seconds = time.perf_counter() - started
    return LoadResult(seconds, written, refused, relationship_total(store) - before)


def load_per_row(store: "Neo4jStore", extractions: Sequence[Extraction], *,
                 one_transaction_per_article: bool = False) -> LoadResult:
    """The reference path: the rows the store's writer would send, one statement per row
    (and per person whose fates it refreshes).

    By default each statement commits on its own, as a loader that sends rows one by one
    does; ``one_transaction_per_article`` wraps an article's statements in one transaction,
    to show how much of the difference is round trips and how much is commits.
    """
    from graph.stores import neo4j_cypher as cy
    from graph.stores.neo4j import _batch_statements

    before = relationship_total(store)
    started = time.perf_counter()
    aliases = store._alias_index()
    loaded = store.loaded_articles()
    written = 0
    with store._driver.session(database=store._database) as session:
        for extraction in extractions:
            if extraction.article.id in loaded:
                continue
            rows = extraction_rows(extraction, aliases.resolve(extraction))
            statements, fated = _batch_statements([(rows, False)])
            single_rows = [(statement, {"rows": [row]}) for statement, batch in statements
                           for row in batch]
            single_rows += [(cy.refresh_fates(), {"persons": [person]}) for person in fated]
            if one_transaction_per_article:
                session.execute_write(_run_one_by_one, single_rows)
            else:
                for statement, params in single_rows:
                    session.run(statement, params).consume()
            aliases.add(rows)
            loaded.add(extraction.article.id)
            written += 1
    seconds = time.perf_counter() - started
    return LoadResult(seconds, written, [], relationship_total(store) - before)


def _run_one_by_one(tx: "ManagedTransaction", single_rows: list[tuple[str, dict[str, Any]]]) -> None:
    for statement, params in single_rows:
        tx.run(statement, params).consume()


def _reingest(store: Store, corpus: Path) -> tuple[float, int]:
    """Seconds of a second ``ingest`` of ``corpus`` into a store that holds it, and how many
    articles it extracted again (those the store had refused)."""
    from ingest.load import ingest_paths
    from ingest.nlp import load_pipeline

    load_pipeline.cache_clear()  # as in a new process: a model loaded earlier must not help
    started = time.perf_counter()
    report = ingest_paths([corpus], store)
    return time.perf_counter() - started, report.written + report.failed


def bench_loading(extractions: Sequence[Extraction], corpus: Path,
                  open_fresh: dict[str, Callable[[], Store]]) -> list[Figure]:
    """Figures for each store in ``open_fresh`` (backend name -> opener of an empty store)."""
    figures: list[Figure] = []
    n = len(extractions)
    warm = extractions[:WARM_UP_ARTICLES]
    for backend, opener in open_fresh.items():
        with opener() as store:  # every path is timed warm: plans compiled, server code hot
            load_extractions(store, warm)
        with opener() as store:
            batched = load_extractions(store, extractions)
            note = f"{n} articles, {batched.relationships} relationships"
            if batched.refused:
                note += f", {len(batched.refused)} refused by the store"
            if backend == "neo4j":
                figures.append(Figure("loading", "neo4j batched writer", batched.rate,
                                      "relationships/s", target=f">= {TARGET_BATCH_RATE:,.0f}/s",
                                      met=batched.rate >= TARGET_BATCH_RATE, note=note))
            else:
                figures.append(Figure("loading", f"{backend} writer", batched.rate,
                                      "relationships/s", note=note))
            seconds, again = _reingest(store, corpus)
            share = seconds / batched.seconds
            figures.append(Figure(
                "loading", f"{backend} second ingest of the same corpus", seconds, "s",
                reference=batched.seconds, ratio=share,
                target=f"<= {TARGET_REINGEST}x first load", met=share <= TARGET_REINGEST,
                note=f"{n} articles read, {again} extracted again"))
        if backend == "neo4j":
            with opener() as store:
                load_per_row(store, warm)  # type: ignore[arg-type]
            with opener() as store:
                per_row = load_per_row(store, extractions)  # type: ignore[arg-type]
            ratio = batched.rate / per_row.rate if per_row.rate else 0.0
            figures.append(Figure("loading", "neo4j per-row reference", per_row.rate,
                                  "relationships/s", note=f"{n} articles, "
                                  f"{per_row.relationships} relationships, each statement "
                                  "its own transaction"))
            figures.append(Figure("loading", "neo4j batched vs per-row", batched.rate,
                                  "relationships/s", reference=per_row.rate, ratio=ratio,
                                  target=f">= {TARGET_BATCH_RATIO:.0f}x per-row",
                                  met=ratio >= TARGET_BATCH_RATIO))
            with opener() as store:
                per_row_tx = load_per_row(store, extractions,  # type: ignore[arg-type]
                                          one_transaction_per_article=True)
            figures.append(Figure(
                "loading", "neo4j batched vs per-row in one transaction per article",
                batched.rate, "relationships/s", reference=per_row_tx.rate,
                ratio=batched.rate / per_row_tx.rate if per_row_tx.rate else 0.0,
                note=f"{n} articles, {per_row_tx.relationships} relationships"))
    return figures
