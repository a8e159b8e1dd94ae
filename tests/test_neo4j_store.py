"""The Neo4j store against a real server: connection errors, real writes, repeatable writes."""

from __future__ import annotations

import datetime
import socket
from collections.abc import Iterator
from dataclasses import replace

import pytest

from graph.errors import AuthenticationFailed, ConfigError, QueryError, StoreUnavailable
from graph.model import (ArticleMeta, Edge, Entity, Event, Evidence, Extraction, Participant)
from graph.store import Store
from graph.vocab import DatePrecision, EdgeType, EventType, NodeLabel, Role
from conftest import neo4j_config, neo4j_or_skip

TEXT = ("Norway granted political asylum to Anna Berg in Oslo on 3 May 2021. "
        "Anna Berg later signed the Nordic Charter.")
SECOND_TEXT = "Officials in Oslo said Anna K. Berg had left for Bergen."


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence=sentence, start=start, end=start + len(sentence))


def asylum_extraction(article_id: str = "a-neo4j-test-1", text: str = TEXT,
                      with_document: bool = True) -> Extraction:
    """A small hand-built article: a state grants asylum to a person in a city."""
    first = text.split(". ")[0] + "."
    entities = [
        Entity(id="e1", key="person:anna-berg", type=NodeLabel.PERSON, name="Anna Berg"),
        Entity(id="e2", key="NOR", type=NodeLabel.STATE, name="Norway", iso3="NOR"),
        Entity(id="e3", key="place:oslo", type=NodeLabel.PLACE, name="Oslo"),
    ]
    edges = [Edge(type=EdgeType.GRANTED_ASYLUM, source="e2", target="e1", event="v1",
                  confidence=0.9, extractor="hand", evidence=[_evidence(text, first)])]
    if with_document:
        entities.append(Entity(id="e4", key="document:nordic-charter", type=NodeLabel.DOCUMENT,
                               name="Nordic Charter", kind="agreement"))
        second = "Anna Berg later signed the Nordic Charter."
        edges.append(Edge(type=EdgeType.SIGNED, source="e1", target="e4",
                          evidence=[_evidence(text, second)]))
    event = Event(id="v1", key=f"ev-{article_id}-asylum", type=EventType.ASYLUM_GRANT,
                  date="2021-05-03", date_precision=DatePrecision.DAY, location="e3",
                  participants=[Participant(entity="e2", role=Role.AGENT),
                                Participant(entity="e1", role=Role.SUBJECT)],
                  extractor="hand", evidence=[_evidence(text, first)])
    return Extraction(article=ArticleMeta(path="samples/asylum.txt", id=article_id,
                                          title="Asylum in Norway", published="2021-05-04",
                                          source="Test Wire", text=text),
                      entities=entities, events=[event], edges=edges, extractor="hand")


def second_article() -> Extraction:
    """Another article naming the same person under a further alias, and no events."""
    return Extraction(
        article=ArticleMeta(path="samples/second.txt", id="a-neo4j-test-2", text=SECOND_TEXT),
        entities=[Entity(id="e1", key="person:anna-berg", type=NodeLabel.PERSON,
                         name="Anna Berg", aliases=["Anna K. Berg"]),
                  Entity(id="e2", key="place:oslo", type=NodeLabel.PLACE, name="Oslo")])


@pytest.fixture
def neo4j_store() -> Iterator[Store]:
    from graph.stores import open_store

    store = open_store(neo4j_or_skip())
    store._clear_all_for_tests()  # type: ignore[attr-defined]
    try:
        yield store
    finally:
        store.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_server_is_store_unavailable_with_a_one_line_message() -> None:
    from graph.stores.neo4j import Neo4jStore

    config = replace(neo4j_config(), neo4j_uri=f"bolt://127.0.0.1:{_free_port()}")
    with pytest.raises(StoreUnavailable) as caught:
        Neo4jStore(config)
    message = str(caught.value)
    assert "\n" not in message
    assert config.neo4j_uri in message
    assert config.neo4j_password not in message


def test_an_address_that_is_not_bolt_is_a_config_error() -> None:
    from graph.stores.neo4j import Neo4jStore

    with pytest.raises(ConfigError, match="invalid Neo4j address"):
        Neo4jStore(replace(neo4j_config(), neo4j_uri="http://127.0.0.1:7474"))


@pytest.mark.neo4j
def test_wrong_password_is_authentication_failed_and_never_echoed() -> None:
    from graph.stores.neo4j import Neo4jStore

    config = neo4j_or_skip()
    wrong = "not-the-password-7f3a"
    with pytest.raises(AuthenticationFailed) as caught:
        Neo4jStore(replace(config, neo4j_password=wrong))
    message = str(caught.value)
    assert wrong not in message
    assert config.neo4j_password not in message
    assert "\n" not in message


@pytest.mark.neo4j
def test_an_unknown_database_is_store_unavailable() -> None:
    from graph.stores.neo4j import Neo4jStore

    with pytest.raises(StoreUnavailable, match="does not exist"):
        Neo4jStore(replace(neo4j_or_skip(), neo4j_database="nosuchdatabase"))


@pytest.mark.neo4j
def test_writes_land_in_the_database(neo4j_store: Store) -> None:
    report = neo4j_store.write([asylum_extraction()])
    assert report.written == ["a-neo4j-test-1"]

    rows = neo4j_store.read(
        "MATCH (s:State {id: 'NOR'})-[r:GRANTED_ASYLUM]->(p:Person) "
        "RETURN p.name AS person, r.article_id AS article, r.sentence AS sentence, "
        "r.confidence AS confidence, r.event_id AS event")
    assert rows == [{"person": "Anna Berg", "article": "a-neo4j-test-1",
                     "sentence": "Norway granted political asylum to Anna Berg in Oslo on 3 May 2021.",
                     "confidence": 0.9, "event": "ev-a-neo4j-test-1-asylum"}]

    roles = neo4j_store.read(
        "MATCH (a)-[r:PARTICIPATED_IN]->(e:Event)-[:OCCURRED_AT]->(pl:Place), "
        "(e)-[:REPORTED_IN]->(art:Article) "
        "RETURN a.id AS actor, r.role AS role, e.type AS type, e.date AS date, "
        "e.cameo AS cameo, pl.name AS place, art.id AS article ORDER BY actor")
    assert roles == [
        {"actor": "NOR", "role": "agent", "type": "ASYLUM_GRANT", "date": "2021-05-03",
         "cameo": "075", "place": "Oslo", "article": "a-neo4j-test-1"},
        {"actor": "person:anna-berg", "role": "subject", "type": "ASYLUM_GRANT",
         "date": "2021-05-03", "cameo": "075", "place": "Oslo", "article": "a-neo4j-test-1"},
    ]
    mentioned = neo4j_store.read("MATCH (:Article {id: $id})-[:MENTIONS]->(n) "
                                 "RETURN n.id AS id ORDER BY id", {"id": "a-neo4j-test-1"})
    assert [r["id"] for r in mentioned] == ["NOR", "document:nordic-charter", "person:anna-berg",
                                           "place:oslo"]
    article = neo4j_store.read("MATCH (a:Article) RETURN a.title AS title, a.text AS text")
    assert article == [{"title": "Asylum in Norway", "text": TEXT}]


@pytest.mark.neo4j
def test_rewriting_is_a_no_op(neo4j_store: Store) -> None:
    extraction = asylum_extraction()
    neo4j_store.write([extraction, second_article()])
    before = neo4j_store.stats().to_dict()
    assert before["nodes"]["Event"] == 1 and before["articles"] == 2

    again = neo4j_store.write([extraction, second_article()])
    assert again.skipped == ["a-neo4j-test-1", "a-neo4j-test-2"] and again.written == []
    forced = neo4j_store.write([extraction, second_article()], force=True)
    assert forced.written == ["a-neo4j-test-1", "a-neo4j-test-2"]
    assert neo4j_store.stats().to_dict() == before


@pytest.mark.neo4j
def test_aliases_accumulate_across_articles_and_survive_a_rewrite(neo4j_store: Store) -> None:
    neo4j_store.write([asylum_extraction(), second_article()])
    neo4j_store.write([asylum_extraction()], force=True)
    rows = neo4j_store.read("MATCH (p:Person {id: 'person:anna-berg'}) "
                            "RETURN p.name AS name, p.aliases AS aliases")
    assert rows == [{"name": "Anna Berg", "aliases": ["Anna Berg", "Anna K. Berg"]}]


@pytest.mark.neo4j
def test_a_forced_rewrite_replaces_the_articles_old_facts(neo4j_store: Store) -> None:
    neo4j_store.write([asylum_extraction()])
    assert neo4j_store.stats().nodes["Document"] == 1

    shorter = asylum_extraction(with_document=False)
    neo4j_store.write([shorter], force=True)
    stats = neo4j_store.stats()
    assert stats.nodes["Document"] == 0  # orphaned by the rewrite
    assert stats.edges["SIGNED"] == 0
    assert stats.edges["GRANTED_ASYLUM"] == 1
    assert stats.edges["MENTIONS"] == 3
    assert stats.articles == 1


@pytest.mark.neo4j
def test_a_rewrite_keeps_a_document_another_article_names(neo4j_store: Store) -> None:
    other_text = "The Nordic Charter was discussed again in Oslo."
    other = Extraction(
        article=ArticleMeta(path="samples/other.txt", id="a-neo4j-test-3", text=other_text),
        entities=[Entity(id="e1", key="document:nordic-charter", type=NodeLabel.DOCUMENT,
                         name="Nordic Charter")])
    neo4j_store.write([asylum_extraction(), other])
    neo4j_store.write([asylum_extraction(with_document=False)], force=True)
    assert neo4j_store.stats().nodes["Document"] == 1


@pytest.mark.neo4j
def test_reads_return_plain_python_values(neo4j_store: Store) -> None:
    neo4j_store.write([asylum_extraction()])
    rows = neo4j_store.read("MATCH (s:State) RETURN s AS state, date('2021-05-03') AS day, "
                            "duration('P2D') AS span")
    assert rows[0]["day"] == datetime.date(2021, 5, 3)
    assert rows[0]["span"] == "P2D"
    assert rows[0]["state"]["iso3"] == "NOR" and isinstance(rows[0]["state"], dict)


@pytest.mark.neo4j
def test_bad_cypher_is_a_query_error(neo4j_store: Store) -> None:
    with pytest.raises(QueryError):
        neo4j_store.read("MATCH (n RETURN n")
    with pytest.raises(QueryError):
        neo4j_store.read("RETURN $missing AS value")


@pytest.mark.neo4j
def test_schema_has_an_id_constraint_for_every_label_and_is_idempotent(
        neo4j_store: Store) -> None:
    neo4j_store.ensure_schema()
    rows = neo4j_store._read("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                             "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes, properties", {})
    constrained = {row["labelsOrTypes"][0] for row in rows if row["properties"] == ["id"]}
    assert constrained >= {label.value for label in NodeLabel}


@pytest.mark.neo4j
def test_stats_match_the_generic_counts(neo4j_store: Store) -> None:
    neo4j_store.write([asylum_extraction(), second_article()])
    fast = neo4j_store.stats()
    generic = Store.stats(neo4j_store)
    assert fast == generic
    assert fast.edges["PARTICIPATED_IN"] == 2
