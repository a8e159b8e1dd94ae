"""The Neo4j back end, through the official driver.

Each batch of articles is one managed write transaction (the driver retries transient faults);
every session names its database. Driver errors become the project's errors with one-line messages
that never contain the password.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from graph.config import StoreConfig
from graph.errors import AuthenticationFailed, ConfigError, QueryError, StoreError, StoreUnavailable
from graph.rows import EDGE_ENDPOINT_KEYS, ArticleRows, BatchRows, fate_subjects
from graph.store import STRUCTURAL_RELATIONSHIPS, GraphStats, Store
from graph.stores import neo4j_cypher as cy
from graph.vocab import EdgeType, NodeLabel

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

__all__ = ["Neo4jStore"]

_CONNECTION_TIMEOUT_S = 10.0
_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jStore(Store):
    """A graph in a Neo4j 5 database, reached over Bolt."""

    backend = "neo4j"

    def __init__(self, config: StoreConfig) -> None:
        super().__init__()
        import neo4j

        _quiet_driver_logging()
        self._config = config
        self._database = config.neo4j_database
        scheme = config.neo4j_uri.split("://", 1)[0].lower() if "://" in config.neo4j_uri else ""
        if scheme not in _SCHEMES:
            raise ConfigError(f"invalid Neo4j address {config.neo4j_uri!r}: "
                              f"use one of {', '.join(s + '://' for s in _SCHEMES)}")
        try:
            self._driver: Driver = neo4j.GraphDatabase.driver(
                config.neo4j_uri, auth=(config.neo4j_user, config.neo4j_password),
                connection_timeout=_CONNECTION_TIMEOUT_S,
                notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
                user_agent="poligraph")
        except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
            raise ConfigError(f"invalid Neo4j address {config.neo4j_uri!r}: "
                              f"{self._clean(exc)}") from None
        try:
            self._probe()
        except BaseException:
            self._driver.close()
            raise

    # -- Store primitives ----------------------------------------------------------------

    def ensure_schema(self) -> None:
        with self._errors():
            with self._driver.session(database=self._database) as session:
                for statement in cy.schema_statements():
                    session.run(statement).consume()
                session.run(cy.fill_fact_keys()).consume()  # events an older version wrote
                session.run(cy.fill_edge_event_dates()).consume()  # and its typed edges
                session.run(cy.fill_fates()).consume()  # and its persons

    def _write_article(self, rows: ArticleRows, replace: bool) -> None:
        self._write_batch([(rows, replace)])

    def _write_batch(self, batch: list[tuple[ArticleRows, bool]]) -> None:
        """The whole batch in one managed transaction (retried by the driver on transient
        faults), each statement carrying the rows of every article: a round trip costs far
        more than the rows it carries. Whether an article replaces a stored one is decided
        inside the transaction (see :func:`_write_statements`), not by the caller's flag."""
        if not batch:
            return
        statements, fated = _batch_statements(batch)
        articles = sorted({rows.article["id"] for rows, _replace in batch})
        with self._errors():
            with self._driver.session(database=self._database) as session:
                session.execute_write(_write_statements, articles, statements, fated)

    def _read(self, cypher: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        return self._run_read(cypher, params)

    def close(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()
            self._driver = None  # type: ignore[assignment]

    def stats(self) -> GraphStats:
        """All counts in one round trip, answered from Neo4j's count store."""
        rels = [*(t.value for t in EdgeType), *STRUCTURAL_RELATIONSHIPS]
        rows = self._run_read(cy.stats_query(rels), {})
        counts = {(r["kind"], r["name"]): int(r["c"]) for r in rows}
        nodes = {label.value: counts.get(("node", label.value), 0) for label in NodeLabel}
        edges = {rel: counts.get(("edge", rel), 0) for rel in rels}
        return GraphStats(nodes=nodes, edges=edges, articles=nodes[NodeLabel.ARTICLE.value])

    def _clear_all_for_tests(self) -> None:
        """Delete every node and relationship, in batches (the schema stays)."""
        with self._errors():
            with self._driver.session(database=self._database) as session:
                for statement in cy.clear_all():
                    session.run(statement).consume()
        self._aliases = None

    # -- helpers -------------------------------------------------------------------------

    def _probe(self) -> None:
        """One plain round trip, without the retries of managed transactions, so that a
        server that is down or refuses the credentials is reported at once."""
        import neo4j

        with self._errors():
            with self._driver.session(database=self._database,
                                      default_access_mode=neo4j.READ_ACCESS) as session:
                session.run("RETURN 1 AS ok").consume()

    def _run_read(self, cypher: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        import neo4j

        @neo4j.unit_of_work(timeout=self._config.query_timeout_s)
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(cypher, dict(params))
            keys = result.keys()  # rows as value lists: cheaper than a Record per row
            return [dict(zip(keys, map(_plain, values))) for values in result.values()]

        with self._errors():
            with self._driver.session(database=self._database,
                                      default_access_mode=neo4j.READ_ACCESS) as session:
                return session.execute_read(work)

    def _errors(self) -> "_DriverErrors":
        return _DriverErrors(self)

    def _clean(self, exc: BaseException) -> str:
        """The first line of an error message, with the password blanked should it appear."""
        message = getattr(exc, "message", None) or str(exc)
        lines = [line.strip() for line in str(message).splitlines() if line.strip()]
        text = " ".join(lines[:2]) if lines else type(exc).__name__
        password = self._config.neo4j_password
        if password:
            text = text.replace(password, "***")
        return text[:300]


class _DriverErrors:
    """Context manager that turns driver exceptions into the project's exceptions."""

    def __init__(self, store: Neo4jStore) -> None:
        self._store = store

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> bool:
        if exc is None or isinstance(exc, StoreError) or not isinstance(exc, Exception):
            return False
        from neo4j import exceptions as nx

        config, reason = self._store._config, self._store._clean(exc)
        where = config.describe()
        if isinstance(exc, nx.AuthError) or _code(exc).startswith("Neo.ClientError.Security."):
            if not config.neo4j_password:
                reason = "no password was given"
            raise AuthenticationFailed(
                f"Neo4j at {config.neo4j_uri} refused user {config.neo4j_user!r}: {reason} "
                "(check NEO4J_USER and NEO4J_PASSWORD)") from None
        if _code(exc) == "Neo.ClientError.Database.DatabaseNotFound":
            raise StoreUnavailable(f"{where}: the database does not exist "
                                   "(check NEO4J_DATABASE)") from None
        if "TransactionTimedOut" in _code(exc):
            raise QueryError(f"the query was stopped after {config.query_timeout_s:g} s "
                             "(POLIGRAPH_QUERY_TIMEOUT_S sets the limit)") from None
        if isinstance(exc, (nx.ServiceUnavailable, nx.SessionExpired, nx.DatabaseUnavailable,
                            nx.TransientError, OSError)):
            raise StoreUnavailable(f"cannot reach {where}: {reason}") from None
        if isinstance(exc, nx.ClientError):
            raise QueryError(f"Neo4j refused the query: {reason}") from None
        if isinstance(exc, (nx.Neo4jError, nx.DriverError)):
            raise StoreError(f"{where}: {reason}") from None
        return False


def _quiet_driver_logging() -> None:
    """The driver logs each retried transaction as a warning; without a handler of the
    application's, Python would print those to stderr. A null handler keeps them out of the
    terminal while still letting them reach any logging the application sets up."""
    import logging

    logger = logging.getLogger("neo4j")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


def _code(exc: BaseException) -> str:
    return str(getattr(exc, "code", "") or "")


Statement = tuple[str, list[dict[str, Any]]]


def _batch_statements(batch: list[tuple[ArticleRows, bool]]) -> tuple[list[Statement], list[str]]:
    """The statements of a batch of articles in write order, each carrying the rows of every
    article: actors, events, their links, typed edges, then the Article nodes (the marks of a
    complete load) and the links that need them; and the persons whose fates it adds to."""
    rows = BatchRows(article for article, _replace in batch)
    out: list[Statement] = [(cy.node_merge(label), list(nodes.values()))
                            for label, nodes in rows.nodes.items()]
    out.append((cy.event_create(), list(rows.events.values())))
    out += [(cy.participation_create(label), list(links.values()))
            for label, links in rows.participations.items()]
    out += [(cy.location_create(label), list(links.values()))
            for label, links in rows.locations.items()]
    out += [(cy.edge_create(*key), [_edge_params(row) for row in links.values()])
            for key, links in rows.edges.items()]
    out.append((cy.article_merge(), list(rows.articles.values())))
    out.append((cy.report_create(), list(rows.reports.values())))
    out += [(cy.mention_create(label), list(links.values()))
            for label, links in rows.mentions.items()]
    return ([(statement, statement_rows) for statement, statement_rows in out if statement_rows],
            fate_subjects(row["fact_key"] for row in rows.events.values()))


def _edge_params(row: dict[str, Any]) -> dict[str, Any]:
    """An edge row as :func:`neo4j_cypher.edge_create` takes it: endpoints, id, properties."""
    return {"source": row["source"], "target": row["target"], "id": row["id"],
            "props": {k: v for k, v in row.items() if k not in EDGE_ENDPOINT_KEYS}}


def _write_statements(tx: "ManagedTransaction", articles: list[str],
                      statements: list[Statement], fated: list[str]) -> None:
    """One batch inside one transaction. Its articles are claimed first; those already stored
    (rewritten, or loaded by another writer meanwhile) lose their old facts, so that every
    relationship of the batch can be created without looking for a twin. Last, the fates of
    the persons ``fated`` and of those whose removed events were fates are refreshed."""
    claimed = tx.run(cy.claim_articles(), articles=articles)
    stored = [record["id"] for record in claimed if record["stored"]]
    persons = set(fated)
    if stored:
        removed = tx.run(cy.fate_fact_keys_of_articles(), articles=stored).single(strict=True)
        persons.update(fate_subjects(removed["keys"]))
        documents = tx.run(cy.article_documents(), articles=stored).single(strict=True)["ids"]
        for statement in cy.delete_article_facts():
            tx.run(statement, articles=stored, documents=documents)
    for statement, rows in statements:
        _send(tx, statement, rows)
    if persons:
        tx.run(cy.refresh_fates(), persons=sorted(persons))


def _send(tx: "ManagedTransaction", statement: str, rows: list[dict[str, Any]]) -> None:
    """Run a write batch. Its (empty) result is not awaited here: the driver collects it with
    the next statement or at commit, which saves a round trip; errors still fail the
    transaction."""
    if rows:
        tx.run(statement, rows=rows)


_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """Driver values as plain Python: nodes and relationships as property dicts, paths as
    lists of them, temporal values as ``datetime`` objects (durations as ISO text).

    Text and numbers, nearly every value of a page of rows, return at once: the checks
    below cost more than the rest of decoding a row."""
    if type(value) in _SCALARS:
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {key: _plain(v) for key, v in value.items()}
    from neo4j import graph, time

    if isinstance(value, (graph.Node, graph.Relationship)):
        return {key: _plain(v) for key, v in value.items()}
    if isinstance(value, graph.Path):
        out: list[Any] = [_plain(value.nodes[0])]
        for rel, node in zip(value.relationships, value.nodes[1:]):
            out += [_plain(rel), _plain(node)]
        return out
    if isinstance(value, time.Duration):
        return value.iso_format()
    if isinstance(value, (time.Date, time.DateTime, time.Time)):
        return value.to_native()
    return value
