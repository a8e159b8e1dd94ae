"""Every statement the embedded (LadybugDB) store sends, in one place.

LadybugDB has a fixed schema: one node table per label, relationship tables that list every
(FROM, TO) pair they link, typed columns. The columns below are those :mod:`graph.rows` writes.
Labels and relationship types are spliced in only from :mod:`graph.vocab`; values are always
parameters. A struct field that is null in every row of a batch is typed STRING by the engine,
so each value is ``CAST`` to its column type on the way in.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.rows import EDGE_PROPERTY_COLUMNS, FATE_TYPES
from graph.vocab import (ACTOR_LABELS, MENTIONS, OCCURRED_AT, PARTICIPATED_IN, REPORTED_IN,
                         EdgeType, NodeLabel, Role)

__all__ = ["NODE_COLUMNS", "REL_ENDPOINTS", "REL_COLUMNS", "PARTICIPATION_COPIES", "EDGE_COPIES",
           "LOCATION_COPIES", "node_table_ddl", "rel_table_ddl", "table_columns", "add_column",
           "rel_connections", "add_connection", "node_update", "node_create", "event_create",
           "article_create", "participation_create", "location_create", "report_create",
           "mention_create", "edge_create", "stored_articles", "article_documents",
           "delete_article_facts", "fill_fact_keys", "fill_copies", "refresh_fates",
           "stats_query"]

ACTOR_COLUMNS: dict[str, str] = {
    "id": "STRING", "name": "STRING", "aliases": "STRING[]", "kind": "STRING",
    "iso3": "STRING", "match_keys": "STRING[]",
}
EVENT_COLUMNS: dict[str, str] = {
    "id": "STRING", "type": "STRING", "date": "STRING", "date_precision": "STRING",
    "cameo": "STRING", "plover": "STRING", "quad_class": "INT64", "status": "STRING",
    "confidence": "DOUBLE", "extractor": "STRING", "article_id": "STRING", "sentence": "STRING",
    "start": "INT64", "end": "INT64", "properties": "STRING", "fact_key": "STRING",
}
ARTICLE_COLUMNS: dict[str, str] = {
    "id": "STRING", "path": "STRING", "title": "STRING", "published": "STRING",
    "source": "STRING", "url": "STRING", "text": "STRING", "extractor": "STRING",
}
# A person's fates (see graph.rows.FATE_TYPES), kept by the writer.
PERSON_COLUMNS: dict[str, str] = {**ACTOR_COLUMNS, "fates": "STRING[]"}
# An event's page key for `events` (this store only): its date ('~' when unknown), type and
# id in one text, joined by spaces (which sort before every character of the three, so the
# key sorts as the three would). Computed from the row as the event is created; events are
# never updated, so it cannot go stale. Reading it costs the engine less than joining the
# three texts for every event at each run (about 8% of the query at 90,000 events).
EVENT_SORT_KEY = "coalesce({e}.date, '~') + ' ' + {e}.type + ' ' + {e}.id"
NODE_COLUMNS: dict[NodeLabel, dict[str, str]] = {
    **{label: ACTOR_COLUMNS for label in ACTOR_LABELS},
    NodeLabel.PERSON: PERSON_COLUMNS,
    NodeLabel.EVENT: {**EVENT_COLUMNS, "sort_key": "STRING"},
    NodeLabel.ARTICLE: ARTICLE_COLUMNS,
}

_EVENT, _ARTICLE = NodeLabel.EVENT, NodeLabel.ARTICLE
# Structural relationships: which node tables they link.
_STRUCTURAL_ENDPOINTS: dict[str, list[tuple[NodeLabel, NodeLabel]]] = {
    PARTICIPATED_IN: [(label, _EVENT) for label in ACTOR_LABELS],
    OCCURRED_AT: [(_EVENT, NodeLabel.PLACE), (_EVENT, NodeLabel.STATE)],
    REPORTED_IN: [(_EVENT, _ARTICLE)],
    MENTIONS: [(_ARTICLE, label) for label in ACTOR_LABELS],
}
REL_ENDPOINTS: dict[str, list[tuple[NodeLabel, NodeLabel]]] = {
    **_STRUCTURAL_ENDPOINTS,
    **{t.value: [(s, d) for s in t.spec.sources for d in t.spec.targets] for t in EdgeType},
}
# Copies of event columns (copy -> the event's column) on the relationships that name the
# event: a participation carries its event's date, type and article, a location its event's
# id (this store only), a typed edge its event's date (both stores: ``event_date`` of
# graph.rows). LadybugDB reads the columns of events reached from other rows at the cost of
# a scan of every event, while a relationship's own columns come with it. Events are never
# updated (a rewritten article's events are deleted with their relationships, then created
# again), so the copies cannot go stale.
PARTICIPATION_COPIES: dict[str, str] = {"event_date": "date", "event_type": "type",
                                        "article_id": "article_id"}
EDGE_COPIES: dict[str, str] = {"event_date": "date"}
LOCATION_COPIES: dict[str, str] = {"event_id": "id"}  # the events placed at given sites
REL_COLUMNS: dict[str, dict[str, str]] = {
    PARTICIPATED_IN: {"role": "STRING", **dict.fromkeys(PARTICIPATION_COPIES, "STRING")},
    OCCURRED_AT: dict.fromkeys(LOCATION_COPIES, "STRING"),
    REPORTED_IN: {},
    MENTIONS: {},
    **{t.value: EDGE_PROPERTY_COLUMNS for t in EdgeType},
}


def _q(name: str) -> str:
    """A column name quoted (``end`` and ``start`` are keywords in this dialect)."""
    return f"`{name}`"


def _columns_ddl(columns: dict[str, str]) -> list[str]:
    return [f"{_q(name)} {kind}" for name, kind in columns.items()]


def node_table_ddl(label: NodeLabel) -> str:
    columns = _columns_ddl(NODE_COLUMNS[label])
    columns[0] += " PRIMARY KEY"  # id comes first in every table
    return f"CREATE NODE TABLE IF NOT EXISTS {NodeLabel(label).value}({', '.join(columns)})"


def rel_table_ddl(rel: str) -> str:
    pairs = [f"FROM {s.value} TO {d.value}" for s, d in REL_ENDPOINTS[rel]]
    return (f"CREATE REL TABLE IF NOT EXISTS {rel}"
            f"({', '.join(pairs + _columns_ddl(REL_COLUMNS[rel]))})")


def table_columns(table: str) -> str:
    """Column names of one table (the dialect takes no parameter here; names come from above)."""
    if table not in REL_ENDPOINTS and table not in {label.value for label in NodeLabel}:
        raise ValueError(f"unknown table {table!r}")
    return f"CALL table_info('{table}') RETURN name"


def rel_connections(rel: str) -> str:
    """The (FROM, TO) pairs a relationship table links, as ``source`` and ``target``."""
    if rel not in REL_ENDPOINTS:
        raise ValueError(f"unknown relationship table {rel!r}")
    return (f"CALL show_connection('{rel}') "
            "RETURN `source table name` AS source, `destination table name` AS target")


def add_connection(rel: str, source: NodeLabel, target: NodeLabel) -> str:
    """Adds a (FROM, TO) pair a file made by an older version lacks."""
    return f"ALTER TABLE {rel} ADD IF NOT EXISTS FROM {source.value} TO {target.value}"


def add_column(table: str, name: str, kind: str) -> str:
    """Adds a column a database made by an older version lacks."""
    return f"ALTER TABLE {table} ADD IF NOT EXISTS {_q(name)} {kind}"


def _cast(name: str, kind: str) -> str:
    return f"CAST(row.{_q(name)} AS {kind})"


def _sorted_union(prop: str) -> str:
    """The stored list and the row's list merged, deduplicated and sorted (a no-op on repeat)."""
    return (f"n.{prop} = list_sort(list_distinct(list_concat(coalesce(n.{prop}, []), "
            f"{_cast(prop, 'STRING[]')})))")


# Nodes are looked up by primary key only from a MATCH on one node whose key comes from the
# row: LadybugDB plans a MERGE, or a MATCH of two nodes at once, as a scan of the whole table
# joined with the rows, a cost that grows with the graph at every batch. So actors are updated
# where they exist (``node_update``, which returns their ids) and created where they do not
# (``node_create``), and every link matches its two ends one after the other.


def _actor_sets() -> str:
    """The first name wins, kind/iso3 fill gaps, aliases and match keys accumulate."""
    return (f"n.kind = coalesce(n.kind, {_cast('kind', 'STRING')}), "
            f"n.iso3 = coalesce(n.iso3, {_cast('iso3', 'STRING')}), "
            f"{_sorted_union('aliases')}, {_sorted_union('match_keys')}")


def node_update(label: NodeLabel) -> str:
    """Actors of the rows that are stored already, merged with their rows; returns their ids."""
    return (f"UNWIND $rows AS row MATCH (n:{NodeLabel(label).value} {{id: row.id}}) "
            f"SET {_actor_sets()} RETURN n.id AS id")


def node_create(label: NodeLabel) -> str:
    """Actors not stored yet (the rows :func:`node_update` did not find)."""
    return (f"UNWIND $rows AS row CREATE (n:{NodeLabel(label).value} {{id: row.id}}) "
            f"SET n.name = row.name, {_actor_sets()}")


def _create_with_all_columns(label: NodeLabel, columns: dict[str, str]) -> str:
    sets = ", ".join(f"n.{_q(name)} = {_cast(name, kind)}"
                     for name, kind in columns.items() if name != "id")
    return f"UNWIND $rows AS row CREATE (n:{label.value} {{id: row.id}}) SET {sets}"


def event_create() -> str:
    """Events are new: their ids name their article, whose old facts the writer removed."""
    return (_create_with_all_columns(_EVENT, EVENT_COLUMNS)
            + ", n.sort_key = " + EVENT_SORT_KEY.format(e="row"))


def article_create() -> str:
    """Article nodes are new: the writer removed those of the articles it rewrites."""
    return _create_with_all_columns(_ARTICLE, ARTICLE_COLUMNS)


def _link(first: str, second: str, create: str) -> str:
    """A relationship for each row between two nodes found by id, one after the other.

    ``CREATE``, not ``MERGE``: every relationship the writer sends belongs to an article of
    the batch (its events, mentions and typed edges carry the article), the writer removes
    what an article already in the store had before writing it again, and it sends each
    relationship once per batch. A ``MERGE`` would look for a twin along every relationship
    of both endpoints, a cost that grows with the most mentioned actors.
    """
    first_var = first[1:first.index(":")]
    return f"UNWIND $rows AS row MATCH {first} WITH {first_var}, row MATCH {second} CREATE {create}"


def _copies(copies: dict[str, str], event: str) -> str:
    """Property map entries of ``copies`` read from the node ``event``."""
    return ", ".join(f"{copy}: {event}.{column}" for copy, column in copies.items())


def participation_create(actor_label: NodeLabel) -> str:
    """The event is created earlier in the same batch: its copied columns are read from it."""
    return _link(f"(a:{NodeLabel(actor_label).value} {{id: row.actor}})",
                 f"(e:{_EVENT.value} {{id: row.event}})",
                 f"(a)-[:{PARTICIPATED_IN} {{role: row.role, "
                 f"{_copies(PARTICIPATION_COPIES, 'e')}}}]->(e)")


def location_create(place_label: NodeLabel) -> str:
    return _link(f"(e:{_EVENT.value} {{id: row.event}})",
                 f"(p:{NodeLabel(place_label).value} {{id: row.place}})",
                 f"(e)-[:{OCCURRED_AT} {{{_copies(LOCATION_COPIES, 'e')}}}]->(p)")


def report_create() -> str:
    return _link(f"(e:{_EVENT.value} {{id: row.event}})",
                 f"(a:{_ARTICLE.value} {{id: row.article}})",
                 f"(e)-[:{REPORTED_IN}]->(a)")


def mention_create(actor_label: NodeLabel) -> str:
    return _link(f"(a:{_ARTICLE.value} {{id: row.article}})",
                 f"(n:{NodeLabel(actor_label).value} {{id: row.actor}})",
                 f"(a)-[:{MENTIONS}]->(n)")


def edge_create(edge_type: EdgeType, source_label: NodeLabel, target_label: NodeLabel) -> str:
    """Typed actor edges, one per content-derived ``id``, every column set from the row."""
    sets = ", ".join(f"{_q(name)}: {_cast(name, kind)}"
                     for name, kind in EDGE_PROPERTY_COLUMNS.items())
    return _link(f"(s:{NodeLabel(source_label).value} {{id: row.source}})",
                 f"(t:{NodeLabel(target_label).value} {{id: row.target}})",
                 f"(s)-[:{EdgeType(edge_type).value} {{{sets}}}]->(t)")


def stored_articles() -> str:
    """Which of ``$articles`` the store holds (looked up by key, not by a scan)."""
    return (f"UNWIND CAST($articles AS STRING[]) AS id "
            f"MATCH (a:{_ARTICLE.value} {{id: id}}) RETURN a.id AS id")


def article_documents() -> str:
    """Ids of the documents the articles ``$articles`` name."""
    return (f"UNWIND CAST($articles AS STRING[]) AS id "
            f"MATCH (:{_ARTICLE.value} {{id: id}})-[:{MENTIONS}]->"
            f"(d:{NodeLabel.DOCUMENT.value}) RETURN DISTINCT d.id AS id")


def delete_article_facts() -> list[str]:
    """Statements (``$articles``, ``$documents``) that remove what those articles added.

    Their events with their relationships, their typed edges, their mentions, their Article
    nodes (written again whole), and those of ``$documents`` that nothing links to any more.
    Shared actors stay.
    """
    articles = "CAST($articles AS STRING[])"
    statements = [f"MATCH (e:{_EVENT.value}) WHERE e.article_id IN {articles} DETACH DELETE e"]
    statements += [f"MATCH ()-[r:{t.value}]->() WHERE r.article_id IN {articles} DELETE r"
                   for t in EdgeType]
    statements.append(f"UNWIND {articles} AS id "
                      f"MATCH (:{_ARTICLE.value} {{id: id}})-[m:{MENTIONS}]->() DELETE m")
    statements.append(f"UNWIND {articles} AS id MATCH (a:{_ARTICLE.value} {{id: id}}) DELETE a")
    statements.append(f"MATCH (d:{NodeLabel.DOCUMENT.value}) "
                      "WHERE d.id IN CAST($documents AS STRING[]) AND NOT EXISTS { MATCH (d)--() } "
                      "DELETE d")
    return statements


def fill_fact_keys() -> str:
    """``fact_key`` (see :func:`graph.rows.fact_key`) for the events that lack it: those a
    version before it wrote. The same text the writer computes, from the stored participants.
    (A null member is kept out by hand: here ``NULL + ':'`` is ':', not null.)"""
    return (f"MATCH (e:{_EVENT.value}) WHERE e.fact_key IS NULL "
            f"OPTIONAL MATCH (x)-[p:{PARTICIPATED_IN}]->(e) "
            "WHERE e.type <> 'STATEMENT' OR p.role = 'subject' "
            "WITH e, list_sort(collect(DISTINCT CASE WHEN x IS NULL THEN NULL "
            "ELSE p.role + ':' + x.id END)) AS members "
            "SET e.fact_key = CASE WHEN size(members) = 0 THEN '' "
            "ELSE e.type + '|' + list_to_string(';', members) END")


def fill_copies(table: str, added: Iterable[str]) -> list[str]:
    """Statements that fill the event copies among ``added``, columns just added to
    ``table`` (an older version wrote its rows without them), the persons' fates and the
    events' sort keys."""
    added = set(added)
    if table == NodeLabel.PERSON.value and "fates" in added:
        return [f"MATCH (p:{NodeLabel.PERSON.value}) {_set_fates('p')}"]
    if table == _EVENT.value and "sort_key" in added:
        return [f"MATCH (e:{_EVENT.value}) SET e.sort_key = {EVENT_SORT_KEY.format(e='e')}"]
    if table == PARTICIPATED_IN:
        copies, match = PARTICIPATION_COPIES, f"MATCH ()-[r:{PARTICIPATED_IN}]->(e:{_EVENT.value})"
    elif table == OCCURRED_AT:
        copies, match = LOCATION_COPIES, f"MATCH (e:{_EVENT.value})-[r:{OCCURRED_AT}]->()"
    elif table in {t.value for t in EdgeType}:
        copies = EDGE_COPIES
        match = f"MATCH ()-[r:{table}]->() MATCH (e:{_EVENT.value} {{id: r.event_id}})"
    else:
        return []
    sets = ", ".join(f"r.{copy} = e.{column}" for copy, column in copies.items() if copy in added)
    return [f"{match} SET {sets}"] if sets else []


_FATES = f"s.role = '{Role.SUBJECT.value}' AND s.event_type IN {list(FATE_TYPES)!r}"


def _set_fates(person: str) -> str:
    """Sets ``fates`` of the persons bound to ``person`` from their participations' copies
    of their events' type and date. (A missing event is kept out by hand: here
    ``NULL + ' '`` is ' ', not null.)"""
    return (f"OPTIONAL MATCH ({person})-[s:{PARTICIPATED_IN}]->() WHERE {_FATES} "
            f"WITH {person}, list_sort(collect(DISTINCT CASE WHEN s IS NULL THEN NULL "
            "ELSE coalesce(s.event_date, 'undated') + ' ' + s.event_type END)) AS fates "
            f"SET {person}.fates = fates")


def refresh_fates() -> str:
    """``fates`` of the persons ``$persons``, from what the graph now holds: run after a
    batch's events are written and its rewritten ones removed."""
    return (f"UNWIND CAST($persons AS STRING[]) AS id MATCH (p:{NodeLabel.PERSON.value} {{id: id}}) "
            + _set_fates("p"))


def stats_query() -> str:
    """Every count in one round trip."""
    parts = [f"MATCH (n:{label.value}) RETURN 'node' AS kind, '{label.value}' AS name, "
             "count(n) AS c" for label in NodeLabel]
    parts += [f"MATCH ()-[r:{rel}]->() RETURN 'edge' AS kind, '{rel}' AS name, count(r) AS c"
              for rel in REL_ENDPOINTS]
    return " UNION ALL ".join(parts)
