"""Ad-hoc queries cannot change the graph, on either store, however the write is dressed up."""

from __future__ import annotations

import pytest

from graph.errors import PoligraphError, ReadOnlyViolation
from graph.store import Store
from query_corpus import corpus

HOSTILE = [
    "CREATE (:Person {id: 'intruder', name: 'Intruder'})",
    "MERGE (p:Person {id: 'intruder'}) RETURN p",
    "MATCH (p:Person) SET p.name = 'renamed'",
    "MATCH (p:Person) DELETE p",
    "MATCH (n) DETACH DELETE n",
    "MATCH (p:Person) REMOVE p.aliases",
    "DROP TABLE Person",
    "DROP CONSTRAINT person_id IF EXISTS",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL dbms.security.createUser('x', 'y', false)",
    "CALL dbms.components()",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL apoc.create.node(['Person'], {id: 'intruder'})",
    "MATCH (n) RETURN n // harmless\nDETACH DELETE n",
    "MATCH (n) /* just a read */ DETACH DELETE n",
    "MATCH (n) /* multi\nline */ WITH n\nDETACH\nDELETE n",
    "match (n) detach delete n",
    "MaTcH (p:Person) sEt p.name = 'x'",
    "MATCH (p:Person) CALL { WITH p DETACH DELETE p } RETURN count(*)",
    "CALL { MATCH (p:Person) SET p.name = 'x' RETURN p } RETURN p",
    "UNWIND [1, 2] AS i FOREACH (x IN [i] | CREATE (:Person {id: toString(x)}))",
    "COPY Person FROM 'people.csv'",
]

HARMLESS = [
    ("MATCH ()-[r:GRANTED_ASYLUM]->() RETURN r.start AS start, r.`end` AS stop", 1),
    ("RETURN 'create' AS word, 'DETACH DELETE n' AS phrase", 1),
    ("MATCH (p:Person) WHERE p.name <> 'SET' RETURN p.name AS name ORDER BY name", 4),
    ("MATCH (e:Event) WHERE e.type = 'STATEMENT' RETURN e.id AS id // delete later", 2),
]


@pytest.fixture
def loaded(store: Store) -> Store:
    store.write(corpus())
    return store


@pytest.mark.parametrize("cypher", HOSTILE)
def test_writes_are_refused_and_change_nothing(loaded: Store, cypher: str) -> None:
    before = loaded.stats().to_dict()
    with pytest.raises(ReadOnlyViolation, match="refused"):
        loaded.read(cypher)
    assert loaded.stats().to_dict() == before


@pytest.mark.parametrize(("cypher", "count"), HARMLESS)
def test_reads_that_mention_write_words_are_allowed(loaded: Store, cypher: str, count: int) -> None:
    assert len(loaded.read(cypher)) == count


@pytest.mark.neo4j
def test_neo4j_reads_run_in_a_read_only_session(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Even past the text check, the server refuses a write in a read session."""
    from conftest import _open

    store = _open("neo4j", tmp_path)
    try:
        store.write(corpus())
        before = store.stats().to_dict()
        with pytest.raises(PoligraphError):
            store._read("CREATE (:Person {id: 'intruder', name: 'Intruder'})", {})
        assert store.stats().to_dict() == before
    finally:
        store.close()
