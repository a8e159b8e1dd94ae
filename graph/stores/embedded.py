"""The embedded back end: a LadybugDB (Kuzu-lineage) database in one file, no server.

Dialect notes for anyone writing ``*.embedded.cypher`` variants (checked on LadybugDB 0.22):

- Fixed schema: one node table per label, relationship tables listing their (FROM, TO) pairs,
  typed columns. An undeclared property (``n.nope``) or label pair is a binder error, not null.
  Only the primary key ``id`` is indexed; there are no secondary indexes.
- One label per node or relationship: ``label(x)`` (and ``labels(n)``) return a *string*;
  there is no ``type(r)``, no ``n:Label`` test in WHERE (use ``label(n) = 'Label'``), no
  ``elementId`` (``id(n)`` is an internal struct), no ``db.labels()`` (``CALL show_tables()``).
- Lists are 1-based (``xs[1]`` is the first; ``substring(s, 1, n)`` too). No list
  comprehension, ``reduce`` or map projection ``n{.id}``: use ``list_transform(xs, x -> ...)``,
  ``list_filter``, ``list_sort``, ``list_distinct``, ``list_concat``, ``list_contains``,
  ``list_to_string(sep, xs)``, ``string_split``, ``properties(nodes(p), 'id')``.
  ``any(x IN xs WHERE ...)``, ``size``, ``coalesce``, ``left``, ``toLower`` work as in Neo4j;
  ``toString``/``toInteger`` do not exist: ``CAST(x AS STRING)``, ``CAST(x AS INT64)``.
- Subqueries: ``count { MATCH ... }``, ``EXISTS { MATCH ... }`` and bare pattern predicates
  (``NOT (d)--()``) work; ``COLLECT { }`` and ``exists(n.prop)`` do not (``IS NOT NULL``).
- Paths: ``MATCH p = (a)-[:A|B* SHORTEST 1..6]-(b)`` or ``* ALL SHORTEST``; there is no
  ``shortestPath()``; variable-length patterns have a default upper bound of 30.
- ``start`` and ``end`` are keywords: quote them as ``r.`end```.
- Parameters: a missing one is null (Neo4j raises); an empty list cannot be typed on its own
  (``RETURN $xs`` fails; ``x IN $xs`` works; else ``CAST($xs AS STRING[])``); in
  ``UNWIND $rows AS row`` a field null in every row is typed STRING, so writes ``CAST`` each
  value to its column type. ``CALL table_info('T')`` takes no parameter. A parameter inside
  a list lambda (``any(x IN xs WHERE x = $k)``) trips an engine assertion: bind it first
  (``WITH $k AS k``).
- ``sum`` of integers is a 128-bit integer (a ``Decimal`` in Python; :func:`_plain` makes it
  an ``int``).
- Transactions are statements: ``BEGIN TRANSACTION [READ ONLY]``, ``COMMIT``, ``ROLLBACK``;
  an error inside one rolls it back by itself. One write transaction at a time per database.
- Results: nodes carry ``_ID``/``_LABEL``, relationships ``_SRC``/``_DST``, paths
  ``_NODES``/``_RELS`` and every column of their table (null when unset); :func:`_plain`
  returns the shapes the Neo4j store returns (set properties only; paths as lists).
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from graph.config import DEFAULT_DB_CACHE_MB, DEFAULT_QUERY_TIMEOUT_S
from graph.errors import QueryError, StoreError, StoreUnavailable
from graph.resolution import AliasIndex
from graph.rows import (EDGE_ENDPOINT_KEYS, EDGE_PROPERTY_COLUMNS, ArticleRows, BatchRows,
                        fate_subjects)
from graph.store import STRUCTURAL_RELATIONSHIPS, GraphStats, Store
from graph.stores import embedded_cypher as cy
from graph.stores import embedded_facts as facts
from graph.stores.article_texts import ArticleTexts
from graph.stores.embedded_db import acquire, release
from graph.vocab import OCCURRED_AT, EdgeType, NodeLabel

__all__ = ["EmbeddedStore"]

_INTERNAL_KEYS = ("_ID", "_LABEL", "_SRC", "_DST")
_CACHE_FULL = "buffer pool is full"
_INTERRUPTED = "Interrupted"  # the engine's message when a query outlives its timeout


class EmbeddedStore(Store):
    """A graph in a LadybugDB file; stores opened on one path in one process share it."""

    backend = "embedded"

    def __init__(self, path: Path, cache_mb: int | None = DEFAULT_DB_CACHE_MB,
                 query_timeout_s: float | None = DEFAULT_QUERY_TIMEOUT_S) -> None:
        super().__init__()
        import ladybug

        self.path = Path(path).expanduser()
        self._shared = acquire(self.path, cache_mb)
        try:
            self._conn: Any = ladybug.Connection(self._shared.database)
            if query_timeout_s:  # reads only: the writer has its own connection
                self._conn.set_query_timeout(int(query_timeout_s * 1000))
        except RuntimeError as exc:
            release(self._shared)
            raise StoreUnavailable(f"cannot connect to embedded store {self.path}: "
                                   f"{_first_line(exc)}") from None
        # Writes are many small statements: one thread each is faster than a pool's hand-off.
        self._writer: Any = None
        self._index_commits = -1  # the shared commit count the alias index reflects
        # One statement at a time on these connections (a dashboard may call from threads).
        self._lock = threading.RLock()
        self._timeout_s = query_timeout_s
        self._texts = ArticleTexts(self.path)

    # -- Store primitives ----------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Create the tables, then add the columns and label pairs an older file lacks (with
        the event columns its relationships copy) and the fact keys of the events it holds."""
        with self._shared.write_lock, self._lock:
            for label in NodeLabel:
                self._write(cy.node_table_ddl(label), {})
            for rel in cy.REL_ENDPOINTS:
                self._write(cy.rel_table_ddl(rel), {})
            tables = {**{label.value: cy.NODE_COLUMNS[label] for label in NodeLabel},
                      **cy.REL_COLUMNS}
            for table, columns in tables.items():
                present = {row["name"] for row in self._write(cy.table_columns(table), {})}
                missing = {name: kind for name, kind in columns.items() if name not in present}
                if missing:
                    self._add_columns(table, missing)
            for rel, pairs in cy.REL_ENDPOINTS.items():
                rows = self._write(cy.rel_connections(rel), {})
                linked = {(r["source"], r["target"]) for r in rows}
                for source, target in pairs:
                    if (source.value, target.value) not in linked:
                        self._write(cy.add_connection(rel, source, target), {})
            self._write(cy.fill_fact_keys(), {})  # events an older version wrote
            tables = {row["name"] for row in self._write("CALL show_tables() RETURN name", {})}
            if facts.FACT_TABLE not in tables:
                self._add_fact_table()

    def _add_fact_table(self) -> None:
        """The table of facts, filled from the events already stored, in one transaction: a
        file never holds the table without its facts."""
        with self._transaction():
            self._write(facts.fact_table_ddl(), {})
            self._write_facts([], self._write(facts.all_reports(), {}))

    def _add_columns(self, table: str, columns: Mapping[str, str]) -> None:
        """Columns an older file lacks, with the event copies among them filled, in one
        transaction: a file never holds a copy column without its values."""
        with self._transaction():
            for name, kind in columns.items():
                self._write(cy.add_column(table, name, kind), {})
            for statement in cy.fill_copies(table, columns):
                self._write(statement, {})

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction on the writer: committed at the end, rolled back on any
        exception (which goes on)."""
        self._write("BEGIN TRANSACTION", {})
        try:
            yield
        except BaseException:
            self._rollback(self._writer)
            raise
        self._write("COMMIT", {})

    def _write_article(self, rows: ArticleRows, replace: bool) -> None:
        self._write_batch([(rows, replace)])

    def _write_batch(self, batch: list[tuple[ArticleRows, bool]]) -> None:
        """The whole batch in one transaction, each statement carrying the rows of every
        article: a statement costs milliseconds in the engine whatever its size."""
        if not batch:
            return
        # Checked before anything is written.
        actors, statements, events = _write_statements([rows for rows, _ in batch])
        articles = list(dict.fromkeys(rows.article["id"] for rows, _ in batch))
        with self._shared.write_lock, self._lock:
            # Before the graph: a text without its article is harmless, the reverse is not.
            self._texts.put({rows.article["id"]: rows.article.get("text") or ""
                             for rows, _ in batch})
            with self._transaction():
                # Relationships are created, not merged: whatever an article of the batch
                # already has in the store goes first (``replace``, or another store on the
                # file loading it meanwhile).
                stored = {row["id"] for row in self._write(cy.stored_articles(),
                                                           {"articles": articles})}
                replaced = [art for art in articles if art in stored]
                removed = self._delete_article_facts(replaced) if replaced else []
                for label, actor_rows in actors:
                    self._write_actors(label, actor_rows)
                for statement, statement_rows in statements:
                    self._write(statement, {"rows": statement_rows})
                self._write_facts(removed, events)
                # The fates the removed and the new events told, read from their fact keys.
                persons = fate_subjects(e["fact_key"] for e in [*removed, *events])
                if persons:
                    self._write(cy.refresh_fates(), {"persons": persons})
            index_current = self._index_commits == self._shared.commits
            self._shared.commits += 1
            if index_current:  # the caller adds these rows to the index itself
                self._index_commits = self._shared.commits

    def _read(self, cypher: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Each read runs in a read-only transaction: the engine itself refuses writes."""
        with self._lock:
            self._execute(self._conn, "BEGIN TRANSACTION READ ONLY", {})
            try:
                rows = self._execute(self._conn, cypher, params, reading=True)
            except BaseException:
                self._rollback(self._conn)
                raise
            self._execute(self._conn, "COMMIT", {})
            return rows

    def article_texts(self, ids: Collection[str]) -> dict[str, str]:
        """From the texts file; an older file's articles still hold theirs in a column."""
        found = self._texts.get(ids)
        missing = [art for art in dict.fromkeys(ids) if art not in found]
        return {**super().article_texts(missing), **found} if missing else found

    def close(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is None:
            return
        self._texts.close()
        with self._lock:
            self._conn = None
            if self._writer is not None:
                self._writer.close()
                self._writer = None
            conn.close()
            release(self._shared)

    def stats(self) -> GraphStats:
        """All counts in one round trip."""
        counts = {(r["kind"], r["name"]): int(r["c"]) for r in self._read(cy.stats_query(), {})}
        nodes = {label.value: counts.get(("node", label.value), 0) for label in NodeLabel}
        edges = {rel: counts.get(("edge", rel), 0)
                 for rel in [*(t.value for t in EdgeType), *STRUCTURAL_RELATIONSHIPS]}
        return GraphStats(nodes=nodes, edges=edges, articles=nodes[NodeLabel.ARTICLE.value])

    def _alias_index(self) -> AliasIndex:
        """The alias index, reloaded when another store on this file has written since."""
        commits = self._shared.commits
        if self._aliases is None or self._index_commits != commits:
            self._aliases = None
            index = super()._alias_index()
            self._index_commits = commits
            return index
        return self._aliases

    # -- helpers -------------------------------------------------------------------------

    def _write_actors(self, label: NodeLabel, rows: list[dict[str, Any]]) -> None:
        """Actors merged into their stored nodes, and the others created (see
        :func:`embedded_cypher.node_update` for why not one ``MERGE``)."""
        stored = {row["id"] for row in self._write(cy.node_update(label), {"rows": rows})}
        new = [row for row in rows if row["id"] not in stored]
        if new:
            self._write(cy.node_create(label), {"rows": new})

    def _delete_article_facts(self, articles: list[str]) -> list[dict[str, Any]]:
        """Removes what ``articles`` added; returns their removed events that told a fact."""
        removed = self._write(facts.reports_of_articles(), {"articles": articles})
        documents = [r["id"] for r in self._write(cy.article_documents(), {"articles": articles})]
        for statement in cy.delete_article_facts():
            params: dict[str, Any] = {"articles": articles}
            if "$documents" in statement:
                params["documents"] = documents
            self._write(statement, params)
        return removed

    def _write_facts(self, removed: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
        """The facts that ``removed`` events (id, fact key) and new ``events`` touch, updated
        from their stored rows (see :mod:`graph.stores.embedded_facts`)."""
        keys = sorted({e["fact_key"] for e in [*removed, *events] if e.get("fact_key")})
        if not keys:
            return
        stored = self._write(facts.facts_read(), {"keys": keys})
        changes = facts.fact_changes(stored, [e["id"] for e in removed], events)
        if changes.update:
            self._write(facts.fact_update(), {"rows": changes.update})
        if changes.create:
            self._write(facts.fact_create(), {"rows": changes.create})
        if changes.delete:
            self._write(facts.facts_delete(), {"keys": changes.delete})

    def _write(self, cypher: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """One statement on the single-threaded write connection, opened on first use."""
        if self._writer is None and self._conn is not None:
            import ladybug

            self._writer = ladybug.Connection(self._shared.database, num_threads=1)
        return self._execute(self._writer, cypher, params)

    def _execute(self, conn: Any, cypher: str, params: Mapping[str, Any], *,
                 reading: bool = False) -> list[dict[str, Any]]:
        """One statement; engine errors become QueryError (reads) or StoreError (writes)."""
        if conn is None or self._conn is None:
            raise StoreError(f"embedded store {self.path} is closed")
        try:
            result = conn.execute(cypher, dict(params))
        except (RuntimeError, ValueError, TypeError) as exc:  # engine; parameter conversion
            if _CACHE_FULL in str(exc):
                size = f"of {self._shared.cache_mb} MB " if self._shared.cache_mb else ""
                raise StoreError(f"embedded store {self.path}: its page cache {size}is too "
                                 "small for this work (raise POLIGRAPH_DB_CACHE_MB; 0 lifts "
                                 "the bound)") from None
            if reading and _INTERRUPTED in str(exc) and self._timeout_s:
                raise QueryError(f"the query was stopped after {self._timeout_s:g} s "
                                 "(POLIGRAPH_QUERY_TIMEOUT_S sets the limit)") from None
            if reading:
                raise QueryError(f"the embedded store refused the query: "
                                 f"{_first_line(exc)}") from None
            raise StoreError(f"embedded store {self.path}: {_first_line(exc)}") from None
        if isinstance(result, list):  # several statements separated by ';'
            for part in result:
                part.close()
            raise QueryError("one statement per query, please (found several separated by ';')")
        try:
            columns = result.get_column_names()
            out = []
            while result.has_next():
                out.append({name: _plain(value)
                            for name, value in zip(columns, result.get_next())})
            return out
        finally:
            result.close()

    def _rollback(self, conn: Any) -> None:
        """Roll back if a transaction is still open (an engine error already ended it)."""
        if conn is None:
            return
        try:
            conn.execute("ROLLBACK")
        except RuntimeError as exc:
            if "no active transaction" not in str(exc).lower():
                raise StoreError(f"embedded store {self.path}: rollback failed: "
                                 f"{_first_line(exc)}") from None


Statement = tuple[str, list[dict[str, Any]]]
ActorRows = tuple[NodeLabel, list[dict[str, Any]]]


def _write_statements(batch: ArticleRows | list[ArticleRows]
                      ) -> tuple[list[ActorRows], list[Statement], list[dict[str, Any]]]:
    """The writes of a batch of articles in order: the actor rows by label, then the
    statements of events, their links, typed edges, the Article nodes (the marks of a complete
    load) and the links that need them; and the event rows. Each carries the rows of every
    article, each node and relationship once. Refuses (StoreError) rows the schema cannot
    hold, naming the article, before any write."""
    articles = [batch] if isinstance(batch, ArticleRows) else batch
    for article in articles:
        _check_schema(article)
    rows = BatchRows(articles)
    actors = [(label, list(nodes.values())) for label, nodes in rows.nodes.items() if nodes]
    out: list[Statement] = [(cy.event_create(), list(rows.events.values()))]
    for label, links in rows.participations.items():
        out.append((cy.participation_create(label), list(links.values())))
    for label, links in rows.locations.items():
        out.append((cy.location_create(label), list(links.values())))
    for (edge_type, source_label, target_label), links in rows.edges.items():
        out.append((cy.edge_create(edge_type, source_label, target_label), list(links.values())))
    # The texts go to their own file (graph.stores.article_texts), not to the Article table.
    out.append((cy.article_create(), [{**article, "text": None}
                                      for article in rows.articles.values()]))
    out.append((cy.report_create(), list(rows.reports.values())))
    for label, links in rows.mentions.items():
        out.append((cy.mention_create(label), list(links.values())))
    return actors, [(statement, statement_rows) for statement, statement_rows in out
                    if statement_rows], list(rows.events.values())


def _check_schema(rows: ArticleRows) -> None:
    """Refuses an article whose rows name a column or a pair of labels the tables lack."""
    article_id = rows.article["id"]
    for label, node_rows in rows.nodes.items():
        _check_columns(node_rows, cy.NODE_COLUMNS[label], f"{label.value} node", article_id)
    _check_columns(rows.events, cy.NODE_COLUMNS[NodeLabel.EVENT], "event", article_id)
    for row in rows.locations:
        label = NodeLabel(row["label"])
        if (NodeLabel.EVENT, label) not in cy.REL_ENDPOINTS[OCCURRED_AT]:
            raise StoreError(f"article {article_id}: an event location must be a Place or "
                             f"a State, not a {label.value}")
    for edge_type, edge_rows in rows.edges.items():
        _check_columns(edge_rows, _EDGE_ROW_KEYS, f"{edge_type.value} edge", article_id)
        for row in edge_rows:
            pair = (NodeLabel(row["source_label"]), NodeLabel(row["target_label"]))
            if pair not in cy.REL_ENDPOINTS[edge_type.value]:
                raise StoreError(f"article {article_id}: {edge_type.value} cannot link a "
                                 f"{pair[0].value} to a {pair[1].value}")
    _check_columns([rows.article], cy.NODE_COLUMNS[NodeLabel.ARTICLE], "article", article_id)


_EDGE_ROW_KEYS = {**EDGE_PROPERTY_COLUMNS, **dict.fromkeys(EDGE_ENDPOINT_KEYS)}


def _check_columns(rows: list[dict[str, Any]], columns: Mapping[str, Any], what: str,
                   article_id: str) -> None:
    """A row key without a column would be dropped silently: refuse it instead."""
    unknown = {key for row in rows for key in row} - set(columns)
    if unknown:
        raise StoreError(f"article {article_id}: the embedded schema has no column for "
                         f"{what} properties {sorted(unknown)}")


def _plain(value: Any) -> Any:
    """Engine values as the Neo4j store returns them: nodes and relationships as dicts of
    their set properties, paths as [node, rel, node, ...]."""
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            nodes, rels = value["_NODES"], value["_RELS"]
            if len(nodes) != len(rels) + 1:
                return {"nodes": _plain(nodes), "relationships": _plain(rels)}
            out: list[Any] = [_plain(nodes[0])]
            for rel, node in zip(rels, nodes[1:]):
                out += [_plain(rel), _plain(node)]
            return out
        if "_LABEL" in value and ("_ID" in value or "_SRC" in value):
            return {key: _plain(v) for key, v in value.items()
                    if key not in _INTERNAL_KEYS and v is not None}
        return {key: _plain(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):  # sum() of integers is a 128-bit integer, given as Decimal
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return (lines[0] if lines else type(exc).__name__)[:300]
