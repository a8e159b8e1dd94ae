"""Every Cypher statement the Neo4j store sends, in one place.

Labels and relationship types are spliced in only from the enums of :mod:`graph.vocab` (Cypher
cannot take them as parameters); everything else is a parameter. Writes are ``UNWIND $rows``
batches. Nodes are merged on content-derived ids. The relationships of an article are created,
not merged: a write transaction first claims its articles' nodes (:func:`claim_articles`, which
waits for any other transaction loading one of them) and removes whatever a claimed article
already had, so no relationship it creates can exist yet; merging instead would search the
relationships between two hub actors for a twin, row by row.
"""

from __future__ import annotations

from graph.rows import FATE_TYPES
from graph.vocab import (MENTIONS, OCCURRED_AT, PARTICIPATED_IN, REPORTED_IN, EdgeType,
                         NodeLabel, Role)

__all__ = ["schema_statements", "node_merge", "event_create", "claim_articles",
           "participation_create", "location_create", "article_merge", "report_create",
           "mention_create", "edge_create", "article_documents", "delete_article_facts",
           "fill_fact_keys", "fill_edge_event_dates", "fate_fact_keys_of_articles",
           "refresh_fates", "fill_fates", "stats_query", "clear_all"]

# Node properties that get an index for lookups by the query catalog and the dashboard.
_INDEXED_NODE_PROPERTIES: dict[NodeLabel, tuple[str, ...]] = {
    NodeLabel.PERSON: ("name",),
    NodeLabel.STATE: ("name", "iso3"),
    NodeLabel.ORGANIZATION: ("name",),
    NodeLabel.PLACE: ("name",),
    NodeLabel.DOCUMENT: ("name",),
    NodeLabel.EVENT: ("type", "date", "article_id"),
    NodeLabel.ARTICLE: ("published",),
}


def _label(label: NodeLabel) -> str:
    return NodeLabel(label).value


def _rel(edge_type: EdgeType) -> str:
    return EdgeType(edge_type).value


def schema_statements() -> list[str]:
    """Uniqueness of ``id`` on every label, plus indexes on the properties queries filter on."""
    statements = []
    for label in NodeLabel:
        name = label.value.lower()
        statements.append(f"CREATE CONSTRAINT {name}_id IF NOT EXISTS "
                          f"FOR (n:{label.value}) REQUIRE n.id IS UNIQUE")
        for prop in _INDEXED_NODE_PROPERTIES.get(label, ()):
            statements.append(f"CREATE INDEX {name}_{prop} IF NOT EXISTS "
                              f"FOR (n:{label.value}) ON (n.{prop})")
    for edge_type in EdgeType:
        name = edge_type.value.lower()
        for prop in ("id", "article_id"):
            statements.append(f"CREATE INDEX {name}_{prop} IF NOT EXISTS "
                              f"FOR ()-[r:{edge_type.value}]-() ON (r.{prop})")
    return statements


def _sorted_union(prop: str) -> str:
    """The stored list and the row's list merged, deduplicated and sorted (a no-op on repeat)."""
    return (f"n.{prop} = COLLECT {{ UNWIND coalesce(n.{prop}, []) + coalesce(row.{prop}, []) AS x "
            f"RETURN DISTINCT x ORDER BY x }}")


def node_merge(label: NodeLabel) -> str:
    """Actors: the first name wins, kind/iso3 fill gaps, aliases and match keys accumulate."""
    fates = ", n.fates = []" if label is NodeLabel.PERSON else ""  # see refresh_fates
    return (f"UNWIND $rows AS row MERGE (n:{_label(label)} {{id: row.id}}) "
            f"ON CREATE SET n.name = row.name{fates} "
            "SET n.kind = coalesce(n.kind, row.kind), n.iso3 = coalesce(n.iso3, row.iso3), "
            f"{_sorted_union('aliases')}, {_sorted_union('match_keys')}")


def event_create() -> str:
    """Events are new: their ids name their article, whose old facts the writer removed."""
    return f"UNWIND $rows AS row CREATE (e:{NodeLabel.EVENT.value}) SET e = row"


def claim_articles() -> str:
    """The Article nodes of ``$articles`` (sorted, so that two writers lock them in one
    order), each returned with whether it was stored before this transaction.

    ``MERGE`` on the unique id locks the node: a transaction loading the same article at the
    same time waits here until the other one commits, and then finds it stored. A node this
    transaction creates carries ``loading`` until :func:`article_merge` fills it.
    """
    return (f"UNWIND $articles AS id MERGE (a:{NodeLabel.ARTICLE.value} {{id: id}}) "
            "ON CREATE SET a.loading = true "
            "RETURN id, a.loading IS NULL AS stored")


def participation_create(actor_label: NodeLabel) -> str:
    return (f"UNWIND $rows AS row "
            f"MATCH (a:{_label(actor_label)} {{id: row.actor}}) "
            f"MATCH (e:{NodeLabel.EVENT.value} {{id: row.event}}) "
            f"CREATE (a)-[:{PARTICIPATED_IN} {{role: row.role}}]->(e)")


def location_create(place_label: NodeLabel) -> str:
    return (f"UNWIND $rows AS row "
            f"MATCH (e:{NodeLabel.EVENT.value} {{id: row.event}}) "
            f"MATCH (p:{_label(place_label)} {{id: row.place}}) "
            f"CREATE (e)-[:{OCCURRED_AT}]->(p)")


def article_merge() -> str:
    return (f"UNWIND $rows AS row MERGE (a:{NodeLabel.ARTICLE.value} {{id: row.id}}) "
            "SET a += row REMOVE a.loading")


def report_create() -> str:
    return (f"UNWIND $rows AS row "
            f"MATCH (e:{NodeLabel.EVENT.value} {{id: row.event}}) "
            f"MATCH (a:{NodeLabel.ARTICLE.value} {{id: row.article}}) "
            f"CREATE (e)-[:{REPORTED_IN}]->(a)")


def mention_create(actor_label: NodeLabel) -> str:
    return (f"UNWIND $rows AS row "
            f"MATCH (a:{NodeLabel.ARTICLE.value} {{id: row.article}}) "
            f"MATCH (n:{_label(actor_label)} {{id: row.actor}}) "
            f"CREATE (a)-[:{MENTIONS}]->(n)")


def edge_create(edge_type: EdgeType, source_label: NodeLabel, target_label: NodeLabel) -> str:
    """Typed actor edges, one per content-derived ``id``; ``row.props`` holds their properties."""
    return (f"UNWIND $rows AS row "
            f"MATCH (s:{_label(source_label)} {{id: row.source}}) "
            f"MATCH (t:{_label(target_label)} {{id: row.target}}) "
            f"CREATE (s)-[r:{_rel(edge_type)} {{id: row.id}}]->(t) "
            "SET r += row.props")


def article_documents() -> str:
    """Ids of the documents the articles ``$articles`` name."""
    return (f"UNWIND $articles AS id MATCH (:{NodeLabel.ARTICLE.value} {{id: id}})-[:{MENTIONS}]->"
            f"(d:{NodeLabel.DOCUMENT.value}) RETURN collect(DISTINCT d.id) AS ids")


def delete_article_facts() -> list[str]:
    """Statements (``$articles``, ``$documents``) that remove what those articles added.

    Their events with their relationships, their typed edges, their mentions, and those of
    ``$documents`` (see :func:`article_documents`) that nothing links to any more. Shared
    actors stay: other articles may name them. Each lookup goes through an index.
    """
    article, document = NodeLabel.ARTICLE.value, NodeLabel.DOCUMENT.value
    statements = [f"UNWIND $articles AS id MATCH (e:{NodeLabel.EVENT.value} {{article_id: id}}) "
                  "DETACH DELETE e"]
    statements += [f"UNWIND $articles AS id MATCH ()-[r:{t.value} {{article_id: id}}]->() "
                   "DELETE r" for t in EdgeType]
    statements.append(f"UNWIND $articles AS id MATCH (:{article} {{id: id}})-[m:{MENTIONS}]->() "
                      "DELETE m")
    statements.append(f"MATCH (d:{document}) WHERE d.id IN $documents AND NOT (d)--() DELETE d")
    return statements


def fill_fact_keys() -> str:
    """``fact_key`` (see :func:`graph.rows.fact_key`) for the events that lack it: those a
    version before it wrote. The same text the writer computes, from the stored participants;
    in batches (an auto-commit transaction), so that a large database is not one transaction."""
    return (f"MATCH (e:{NodeLabel.EVENT.value}) WHERE e.fact_key IS NULL "
            "CALL (e) { "
            f"OPTIONAL MATCH (x)-[p:{PARTICIPATED_IN}]->(e) "
            "WHERE e.type <> 'STATEMENT' OR p.role = 'subject' "
            "WITH e, p.role + ':' + x.id AS member ORDER BY member "
            "WITH e, collect(DISTINCT member) AS members "
            "SET e.fact_key = CASE WHEN size(members) = 0 THEN '' ELSE e.type + '|' + "
            "reduce(k = '', m IN members | k + CASE WHEN k = '' THEN '' ELSE ';' END + m) END "
            "} IN TRANSACTIONS OF 10000 ROWS")


def fill_edge_event_dates() -> str:
    """``event_date`` (the date of the edge's event, see graph.rows) for typed edges a version
    before it wrote; in batches (an auto-commit transaction), as :func:`fill_fact_keys`."""
    types = "|".join(t.value for t in EdgeType)
    return (f"MATCH ()-[r:{types}]->() WHERE r.event_id IS NOT NULL AND r.event_date IS NULL "
            "CALL (r) { "
            f"MATCH (e:{NodeLabel.EVENT.value} {{id: r.event_id}}) WHERE e.date IS NOT NULL "
            "SET r.event_date = e.date "
            "} IN TRANSACTIONS OF 10000 ROWS")


def fate_fact_keys_of_articles() -> str:
    """The fact keys (``keys``) of the events of :data:`graph.rows.FATE_TYPES` that
    ``$articles`` told: read before those events are removed, for the subjects whose fates
    to refresh (:func:`graph.rows.fate_subjects`)."""
    return (f"UNWIND $articles AS id MATCH (e:{NodeLabel.EVENT.value} {{article_id: id}}) "
            f"WHERE e.type IN {list(FATE_TYPES)!r} "
            "RETURN collect(e.fact_key) AS keys")


def _fates_of(person: str) -> str:
    """A ``CALL`` subquery that sets the person's ``fates`` from its participations. It writes
    the node before reading them: the write lock makes a second writer refreshing the same
    person wait for this one's commit, so that its read sees this one's events."""
    return (f"CALL ({person}) {{ "
            f"SET {person}.fates = coalesce({person}.fates, []) "
            f"WITH {person} OPTIONAL MATCH ({person})-[s:{PARTICIPATED_IN}]->(e:{NodeLabel.EVENT.value}) "
            f"WHERE s.role = '{Role.SUBJECT.value}' AND e.type IN {list(FATE_TYPES)!r} "
            "WITH coalesce(e.date, 'undated') + ' ' + e.type AS fate ORDER BY fate "
            f"WITH collect(DISTINCT fate) AS fates SET {person}.fates = fates }}")


def refresh_fates() -> str:
    """``fates`` (see :data:`graph.rows.FATE_TYPES`) of the persons ``$persons``, from what the
    graph now holds: run after a batch's events are written and its rewritten ones removed."""
    return (f"UNWIND $persons AS id MATCH (p:{NodeLabel.PERSON.value} {{id: id}}) "
            + _fates_of("p"))


def fill_fates() -> str:
    """``fates`` for the persons a version before it wrote (every person written since has
    the list, empty or not); in batches, as :func:`fill_fact_keys`."""
    return (f"MATCH (p:{NodeLabel.PERSON.value}) WHERE p.fates IS NULL "
            + _fates_of("p") + " IN TRANSACTIONS OF 10000 ROWS")


def stats_query(relationship_types: list[str]) -> str:
    """One round trip for every count; each branch is answered from the count store."""
    parts = [f"MATCH (n:{label.value}) RETURN 'node' AS kind, '{label.value}' AS name, "
             "count(n) AS c" for label in NodeLabel]
    known = {t.value for t in EdgeType} | {PARTICIPATED_IN, OCCURRED_AT, REPORTED_IN, MENTIONS}
    for rel in relationship_types:
        if rel not in known:
            raise ValueError(f"unknown relationship type {rel!r}")
        parts.append(f"MATCH ()-[r:{rel}]->() RETURN 'edge' AS kind, '{rel}' AS name, "
                     "count(r) AS c")
    return " UNION ALL ".join(parts)


def clear_all() -> list[str]:
    """Everything deleted in batches (needs auto-commit transactions): relationships first,
    then nodes, so that no batch has to hold the thousands of relationships of a hub."""
    return ["MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
            "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS"]
