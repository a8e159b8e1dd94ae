"""The store interface: one small contract, two back ends (Neo4j and the embedded LadybugDB).

Back ends implement the few dialect-specific primitives (``ensure_schema``, ``_write_article``,
``_write_batch``, ``_read``, ``close``); everything else — skipping loaded articles, grouping
articles into write transactions, cross-article resolution through the alias index, stats — is
shared here so both stores behave identically.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from graph.errors import AuthenticationFailed, StoreError, StoreUnavailable
from graph.model import Extraction
from graph.readonly import assert_read_only
from graph.resolution import AliasIndex
from graph.rows import ArticleRows, extraction_rows
from graph.vocab import (ACTOR_LABELS, MENTIONS, OCCURRED_AT, PARTICIPATED_IN, REPORTED_IN,
                         EdgeType, NodeLabel)

__all__ = ["Store", "WriteReport", "GraphStats", "STRUCTURAL_RELATIONSHIPS"]

STRUCTURAL_RELATIONSHIPS = (PARTICIPATED_IN, OCCURRED_AT, REPORTED_IN, MENTIONS)


@dataclass
class WriteReport:
    """What a call to :meth:`Store.write` did, article by article."""

    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already fully loaded
    relationships: int = 0
    nodes: int = 0


@dataclass
class GraphStats:
    nodes: dict[str, int]
    edges: dict[str, int]
    articles: int

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "edges": self.edges, "articles": self.articles}


class Store(ABC):
    """A graph store. Use as a context manager; ``write`` is idempotent per article."""

    backend: str = ""
    #: Articles per write transaction: many rows per statement, few round trips, and a batch
    #: small enough that a failed one costs little to redo.
    batch_articles: int = 100

    def __init__(self) -> None:
        self._aliases: AliasIndex | None = None

    # -- the back end's primitives -------------------------------------------------------

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create constraints, indexes or tables if they do not exist."""

    @abstractmethod
    def _write_article(self, rows: ArticleRows, replace: bool) -> None:
        """Write one article's rows in one transaction; ``replace`` first removes its old facts.

        The Article node is completed last, inside the same transaction: committed with every
        fact of the article, its presence is the mark that the article is fully loaded.
        """

    def _write_batch(self, batch: list[tuple[ArticleRows, bool]]) -> None:
        """Write several articles in one transaction: ``(rows, replace)`` pairs, in order.

        All or nothing: the Article nodes are written after every fact of the batch, inside
        the same transaction, so a batch that fails or is killed leaves no article marked as
        loaded. Back ends override this to send the rows of the whole batch together; this
        default writes the articles one transaction each, which keeps each one whole.
        """
        for rows, replace in batch:
            self._write_article(rows, replace)

    @abstractmethod
    def _read(self, cypher: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Run a read query in the back end's dialect and return rows as dicts."""

    @abstractmethod
    def close(self) -> None: ...

    # -- shared behaviour ----------------------------------------------------------------

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read-only query with parameters; write clauses are refused before execution."""
        assert_read_only(cypher)
        return self._read(cypher, dict(params or {}))

    def article_texts(self, ids: Collection[str]) -> dict[str, str]:
        """The full texts of the articles ``ids`` (an article without one is left out)."""
        rows = self._read("MATCH (a:Article) WHERE a.id IN $ids AND a.text IS NOT NULL "
                          "RETURN a.id AS id, a.text AS text", {"ids": list(ids)})
        return {r["id"]: r["text"] for r in rows}

    def loaded_articles(self) -> set[str]:
        rows = self._read("MATCH (a:Article) RETURN a.id AS id", {})
        return {r["id"] for r in rows}

    def write(self, extractions: Iterable[Extraction], *, force: bool = False,
              on_article: Callable[[str, bool], None] | None = None) -> WriteReport:
        """Write extractions, skipping those already loaded, in transactions of up to
        :attr:`batch_articles` articles.

        ``force`` rewrites an article that is loaded (its old facts are replaced).
        ``on_article(article_id, written)`` is called for each article once its transaction
        has committed, for progress. When the store refuses a batch for a reason other than
        its availability, the batch is written again article by article, so that the one
        article at fault is the one that raises (the articles before it are written).

        One batch is in flight at a time, on a thread of its own: while the store works on
        it, the rows of the next batch are built (and, in an ingest, articles are read and
        parsed). A batch is settled — counted, or redone article by article — before the
        next one is sent, so batches still commit in order.
        """
        report = WriteReport()
        loaded = self.loaded_articles()
        aliases = self._alias_index()
        batch: list[tuple[ArticleRows, bool]] = []
        in_flight: list[tuple[Future[None], list[tuple[ArticleRows, bool]]]] = []

        def settle() -> None:
            if not in_flight:
                return
            future, pending = in_flight.pop()
            try:
                future.result()
            except (StoreUnavailable, AuthenticationFailed):
                self._aliases = None  # it may name nodes the failed batch did not write
                raise
            except StoreError:
                self._aliases = None
                if len(pending) == 1:
                    raise
                self._write_one_by_one(pending, report, on_article)
                return
            for rows, _ in pending:
                self._count(rows, report, on_article)

        def flush() -> None:
            pending = list(batch)
            batch.clear()
            settle()
            if pending:
                in_flight.append((sender.submit(self._write_batch, pending), pending))

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="poligraph-write") as sender:
            try:
                for extraction in extractions:
                    art = extraction.article.id
                    if art in loaded and not force:
                        report.skipped.append(art)
                        if on_article:
                            on_article(art, False)
                        continue
                    keys = aliases.resolve(extraction)
                    rows = extraction_rows(extraction, keys)
                    aliases.add(rows)  # later articles of the same batch resolve to these nodes
                    batch.append((rows, art in loaded))
                    loaded.add(art)
                    if len(batch) >= self.batch_articles:
                        flush()
                flush()
                settle()
            except BaseException:
                # The batch in flight still commits: report it, then let the error go on.
                if in_flight:
                    future, pending = in_flight.pop()
                    if future.exception() is None:
                        for rows, _ in pending:
                            self._count(rows, report, on_article)
                raise
        return report

    def _write_one_by_one(self, pending: list[tuple[ArticleRows, bool]], report: WriteReport,
                          on_article: Callable[[str, bool], None] | None) -> None:
        """The articles of a refused batch, one transaction each; the first refusal raises."""
        aliases = self._alias_index()
        for rows, replace in pending:
            self._write_article(rows, replace)
            aliases.add(rows)
            self._count(rows, report, on_article)

    @staticmethod
    def _count(rows: ArticleRows, report: WriteReport,
               on_article: Callable[[str, bool], None] | None) -> None:
        art = rows.article["id"]
        report.written.append(art)
        report.relationships += rows.relationship_count
        report.nodes += 1 + len(rows.events) + sum(len(n) for n in rows.nodes.values())
        if on_article:
            on_article(art, True)

    def stats(self) -> GraphStats:
        nodes = {}
        for label in NodeLabel:
            rows = self._read(f"MATCH (n:{label.value}) RETURN count(n) AS c", {})
            nodes[label.value] = int(rows[0]["c"]) if rows else 0
        edges = {}
        for rel in [*(t.value for t in EdgeType), *STRUCTURAL_RELATIONSHIPS]:
            rows = self._read(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS c", {})
            edges[rel] = int(rows[0]["c"]) if rows else 0
        return GraphStats(nodes=nodes, edges=edges, articles=nodes[NodeLabel.ARTICLE.value])

    def _alias_index(self) -> AliasIndex:
        """The cross-article alias index, loaded from the store once per session."""
        if self._aliases is None:
            index = AliasIndex()
            for label in ACTOR_LABELS:
                rows = self._read(
                    f"MATCH (n:{label.value}) RETURN n.id AS id, n.name AS name, "
                    "n.match_keys AS match_keys", {})
                for row in rows:
                    index.add_node(label, row["id"], row["name"], row["match_keys"] or [])
            self._aliases = index
        return self._aliases
