"""Loading speed: relationships per second into each store, and the cost of a repeated ingest.

The Neo4j store's batched writer (one ``UNWIND $rows`` statement per kind of row, one
transaction per article) is compared with a per-row reference written here: the same rows,
resolved the same way, in the same transactions, but each row sent as its own statement.
Relationships are counted in the graph after the load, so both paths are measured against
the same total.
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
from graph.rows import ArticleRows, extraction_rows
from graph.store import Store

if TYPE_CHECKING:
    from neo4j import ManagedTransaction

    from graph.stores.neo4j import Neo4jStore

__all__ = ["LoadResult", "load_extractions", "load_per_row", "load_grouped", "relationship_total",
           "bench_loading", "TARGET_BATCH_RATIO", "TARGET_BATCH_RATE", "TARGET_REINGEST"]

TARGET_BATCH_RATIO = 20.0
TARGET_BATCH_RATE = 10_000.0
TARGET_REINGEST = 0.1  # a second ingest costs at most this share of the first load


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


def load_per_row(store: "Neo4jStore", extractions: Sequence[Extraction]) -> LoadResult:
    """The reference path: the rows ``Store.write`` would send, one statement per row."""
    before = relationship_total(store)
    started = time.perf_counter()
    aliases = store._alias_index()
    loaded = store.loaded_articles()
    written = 0
    for extraction in extractions:
        if extraction.article.id in loaded:
            continue
        rows = extraction_rows(extraction, aliases.resolve(extraction))
        with store._driver.session(database=store._database) as session:
            session.execute_write(_write_rows_one_by_one, rows)
        aliases.add(rows)
        loaded.add(extraction.article.id)
        written += 1
    seconds = time.perf_counter() - started
    return LoadResult(seconds, written, [], relationship_total(store) - before)


def load_grouped(store: "Neo4jStore", extractions: Sequence[Extraction],
                 articles_per_transaction: int = 100) -> LoadResult:
    """A what-if path: the store's statements, but each carrying the rows of many articles,
    in one transaction per group, so round trips are paid per group instead of per article."""
    before = relationship_total(store)
    started = time.perf_counter()
    aliases = store._alias_index()
    loaded = store.loaded_articles()
    written = 0
    group: list[ArticleRows] = []

    def flush() -> None:
        with store._driver.session(database=store._database) as session:
            session.execute_write(_write_group, group)
        group.clear()

    for extraction in extractions:
        if extraction.article.id in loaded:
            continue
        rows = extraction_rows(extraction, aliases.resolve(extraction))
        aliases.add(rows)
        loaded.add(extraction.article.id)
        group.append(rows)
        written += 1
        if len(group) >= articles_per_transaction:
            flush()
    if group:
        flush()
    seconds = time.perf_counter() - started
    return LoadResult(seconds, written, [], relationship_total(store) - before)


def _write_group(tx: "ManagedTransaction", group: list[ArticleRows]) -> None:
    """All statements of the group, each once with the rows of every article: nodes first,
    then events, then what links them, as the store does."""
    from graph.vocab import NodeLabel

    facts: dict[str, list[dict[str, Any]]] = {}
    links: dict[str, list[dict[str, Any]]] = {}
    for rows in group:
        for statement, row in _statement_rows(rows):
            (links if _is_link(statement) else facts).setdefault(statement, []).append(row)
    event_merge = f"MERGE (e:{NodeLabel.EVENT.value} "

    def rank(statement: str) -> int:
        return 0 if "MERGE (n:" in statement else 1 if event_merge in statement else 2

    for statement in sorted(facts, key=rank):
        tx.run(statement, rows=facts[statement])
    tx.run(f"UNWIND $rows AS article MERGE (a:{NodeLabel.ARTICLE.value} {{id: article.id}}) "
           "SET a += article",
           rows=[rows.article for rows in group])
    for statement, batch in links.items():
        tx.run(statement, rows=batch)


def _statement_rows(rows: ArticleRows) -> list[tuple[str, dict[str, Any]]]:
    """Every (statement, row) pair of the Neo4j store's writer, in its order, without the
    Article node itself."""
    from graph.stores import neo4j_cypher as cy
    from graph.stores.neo4j import _EDGE_ENDPOINT_KEYS, _by_label
    from graph.vocab import NodeLabel

    out: list[tuple[str, dict[str, Any]]] = []
    for label, node_rows in rows.nodes.items():
        out += [(cy.node_merge(label), row) for row in node_rows]
    out += [(cy.event_merge(), row) for row in rows.events]
    for label, group in _by_label(rows.participations, "label").items():
        out += [(cy.participation_merge(label), row) for row in group]
    for label, group in _by_label(rows.locations, "label").items():
        out += [(cy.location_merge(label), row) for row in group]
    for edge_type, edge_rows in rows.edges.items():
        for row in edge_rows:
            props = {k: v for k, v in row.items() if k not in _EDGE_ENDPOINT_KEYS}
            out.append((cy.edge_merge(edge_type, NodeLabel(row["source_label"]),
                                      NodeLabel(row["target_label"])),
                        {"source": row["source"], "target": row["target"], "id": row["id"],
                         "props": props}))
    out += [(cy.report_merge(), row) for row in rows.reports]
    for label, group in _by_label(rows.mentions, "label").items():
        out += [(cy.mention_merge(label), row) for row in group]
    return out


def _write_rows_one_by_one(tx: "ManagedTransaction", rows: ArticleRows) -> None:
    """The statements of the Neo4j store's writer in its order, each with a single row."""
    from graph.stores import neo4j_cypher as cy

    pairs = _statement_rows(rows)
    for statement, row in pairs:
        if not _is_link(statement):
            tx.run(statement, rows=[row])
    tx.run(cy.article_merge(), article=rows.article)
    for statement, row in pairs:
        if _is_link(statement):
            tx.run(statement, rows=[row])


def _is_link(statement: str) -> bool:
    """Statements that link to the Article node, so come after it."""
    from graph.vocab import MENTIONS, REPORTED_IN

    return f":{MENTIONS}]" in statement or f":{REPORTED_IN}]" in statement


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
    for backend, opener in open_fresh.items():
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
                per_row = load_per_row(store, extractions)  # type: ignore[arg-type]
            ratio = batched.rate / per_row.rate if per_row.rate else 0.0
            figures.append(Figure("loading", "neo4j per-row reference", per_row.rate,
                                  "relationships/s", note=f"{n} articles, "
                                  f"{per_row.relationships} relationships"))
            figures.append(Figure("loading", "neo4j batched vs per-row", batched.rate,
                                  "relationships/s", reference=per_row.rate, ratio=ratio,
                                  target=f">= {TARGET_BATCH_RATIO:.0f}x per-row",
                                  met=ratio >= TARGET_BATCH_RATIO))
            with opener() as store:
                grouped = load_grouped(store, extractions)  # type: ignore[arg-type]
            figures.append(Figure(
                "loading", "what-if: 100 articles per transaction", grouped.rate,
                "relationships/s", reference=per_row.rate,
                ratio=grouped.rate / per_row.rate if per_row.rate else 0.0,
                note=f"{n} articles, {grouped.relationships} relationships; the store's "
                     "statements with the rows of 100 articles each"))
    return figures
