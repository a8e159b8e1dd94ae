"""The store contract: every back end behaves the same on the same extractions.

Runs over the ``store`` fixture (a fresh, empty store of each back end). Queries here use only
Cypher that both dialects share.
"""

from __future__ import annotations

import threading

import pytest

from graph.config import StoreConfig
from graph.errors import ReadOnlyViolation
from graph.ids import actor_key
from graph.store import STRUCTURAL_RELATIONSHIPS, Store
from graph.vocab import EdgeType, NodeLabel
from factories import (asylum_extraction, meeting_extraction, namesake_extractions,
                       signing_extraction)

LUKASHENKA = actor_key(NodeLabel.PERSON, "Alyaksandr Lukashenka")
ASSANGE = actor_key(NodeLabel.PERSON, "Julian Assange")


def _counts(store: Store) -> dict:
    return store.stats().to_dict()


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {name: n for name, n in counts.items() if n}


def _people(store: Store) -> list[dict]:
    return store.read("MATCH (n:Person) RETURN n.id AS id, n.name AS name, "
                      "n.aliases AS aliases ORDER BY id")


# -- schema and counts ---------------------------------------------------------------------


def test_empty_store_counts_every_label_and_relationship_as_zero(store: Store) -> None:
    stats = _counts(store)
    assert stats["nodes"] == {label.value: 0 for label in NodeLabel}
    assert set(stats["edges"]) == {t.value for t in EdgeType} | set(STRUCTURAL_RELATIONSHIPS)
    assert not any(stats["edges"].values())
    assert stats["articles"] == 0
    assert store.loaded_articles() == set()


def test_schema_creation_is_idempotent(store: Store) -> None:
    store.ensure_schema()
    store.ensure_schema()
    store.write([asylum_extraction()])
    store.ensure_schema()
    assert _counts(store)["articles"] == 1


def test_write_then_stats_counts_nodes_edges_and_articles(store: Store) -> None:
    report = store.write([asylum_extraction()])
    stats = _counts(store)
    assert _nonzero(stats["nodes"]) == {"Person": 1, "State": 3, "Place": 1, "Event": 2,
                                        "Article": 1}
    assert _nonzero(stats["edges"]) == {
        "GRANTED_ASYLUM": 1, "REQUESTED_EXTRADITION": 1,
        "PARTICIPATED_IN": 5,  # 2 in the asylum grant, 3 in the extradition request
        "OCCURRED_AT": 1, "REPORTED_IN": 2, "MENTIONS": 5,
    }
    assert stats["articles"] == 1
    assert report.written == [asylum_extraction().article.id] and report.skipped == []
    assert report.relationships == sum(stats["edges"].values())
    assert report.nodes == sum(stats["nodes"].values())


def test_every_edge_type_and_label_is_written(store: Store) -> None:
    store.write([asylum_extraction(), signing_extraction(), meeting_extraction()])
    stats = _counts(store)
    assert _nonzero(stats["nodes"]) == {"Person": 3, "State": 4, "Place": 3, "Document": 1,
                                        "Event": 4, "Article": 3}
    for edge_type in ("GRANTED_ASYLUM", "REQUESTED_EXTRADITION", "SIGNED", "HOLDS_ROLE",
                      "MET_WITH"):
        assert stats["edges"][edge_type] == 1, edge_type


# -- idempotence, skipping and replacement --------------------------------------------------


def test_writing_the_same_extraction_twice_changes_nothing(store: Store) -> None:
    extractions = [asylum_extraction(), signing_extraction()]
    store.write(extractions)
    before, people = _counts(store), _people(store)
    again = store.write(extractions)
    assert again.written == [] and len(again.skipped) == 2
    forced = store.write(extractions, force=True)
    assert len(forced.written) == 2
    assert _counts(store) == before
    assert _people(store) == people


def test_loaded_articles_lists_written_articles(store: Store) -> None:
    asylum, signing = asylum_extraction(), signing_extraction()
    store.write([asylum])
    assert store.loaded_articles() == {asylum.article.id}
    store.write([signing])
    assert store.loaded_articles() == {asylum.article.id, signing.article.id}


def test_loaded_article_is_skipped_and_force_replaces_its_facts(store: Store) -> None:
    store.write([asylum_extraction()])
    corrected = asylum_extraction(with_extradition=False)
    assert corrected.article.id == asylum_extraction().article.id

    skipped = store.write([corrected])
    assert skipped.skipped == [corrected.article.id]
    assert _counts(store)["edges"]["REQUESTED_EXTRADITION"] == 1

    store.write([corrected], force=True)
    stats = _counts(store)
    assert stats["edges"]["REQUESTED_EXTRADITION"] == 0
    assert stats["edges"]["GRANTED_ASYLUM"] == 1
    assert stats["nodes"]["Event"] == 1 and stats["nodes"]["Article"] == 1
    assert stats["edges"]["PARTICIPATED_IN"] == 2
    assert stats["edges"]["REPORTED_IN"] == 1
    assert stats["edges"]["MENTIONS"] == 3  # the two states no longer named are not mentioned
    types = store.read("MATCH (e:Event) RETURN e.type AS type")
    assert [row["type"] for row in types] == ["ASYLUM_GRANT"]


def test_force_removes_documents_only_the_article_named(store: Store) -> None:
    store.write([signing_extraction()])
    assert _counts(store)["nodes"]["Document"] == 1
    store.write([signing_extraction(with_document=False)], force=True)
    stats = _counts(store)
    assert stats["nodes"]["Document"] == 0
    assert stats["edges"]["SIGNED"] == 0 and stats["nodes"]["Event"] == 0
    assert stats["edges"]["HOLDS_ROLE"] == 1
    assert stats["nodes"]["Person"] == 1  # actors stay: other articles may name them


def test_force_keeps_facts_of_other_articles(store: Store) -> None:
    store.write([signing_extraction(), meeting_extraction()])
    store.write([signing_extraction(with_document=False)], force=True)
    stats = _counts(store)
    assert stats["edges"]["MET_WITH"] == 1
    assert stats["nodes"]["Event"] == 1 and stats["articles"] == 2


# -- cross-article resolution --------------------------------------------------------------


def test_spelling_variants_in_two_articles_merge_into_one_person(store: Store) -> None:
    store.write([signing_extraction()])
    store.write([meeting_extraction()])
    people = {row["id"]: row for row in _people(store)}
    assert set(people) == {LUKASHENKA, actor_key(NodeLabel.PERSON, "Vladimir Putin")}
    merged = people[LUKASHENKA]
    assert merged["name"] == "Alyaksandr Lukashenka"  # the first name stays
    assert merged["aliases"] == sorted(["Alexander Lukashenko", "Alyaksandr Lukashenka",
                                        "Lukashenka"])
    events = store.read("MATCH (p:Person {id: $id})-[:PARTICIPATED_IN]->(e:Event) "
                        "RETURN e.type AS type ORDER BY type", {"id": LUKASHENKA})
    assert [row["type"] for row in events] == ["MEETING", "SIGNING"]


def test_resolution_survives_reopening_the_store_session(store: Store) -> None:
    store.write([signing_extraction()])
    store._aliases = None  # as if a new process opened the store: the index comes from it
    store.write([meeting_extraction()])
    assert _counts(store)["nodes"]["Person"] == 2


def test_namesakes_sharing_a_surname_stay_apart(store: Store) -> None:
    fidel, raul = namesake_extractions()
    store.write([fidel])
    store.write([raul])
    names = [row["name"] for row in _people(store)]
    assert names == ["Fidel Castro", "Raul Castro"]
    assert _counts(store)["edges"]["OCCURRED_AT"] == 2
    assert _counts(store)["nodes"]["Place"] == 1  # Havana is one place



def test_a_role_phrase_shared_by_two_holders_does_not_merge_them(store: Store) -> None:
    fidel, raul = namesake_extractions(described_as="Cuban president")
    store.write([fidel])
    store.write([raul])
    people = _people(store)
    assert [row["name"] for row in people] == ["Fidel Castro", "Raul Castro"]
    # the phrase stays an alias of each: a query by it finds both
    assert all("Cuban president" in row["aliases"] for row in people)

# -- reads -----------------------------------------------------------------------------------


def test_read_takes_parameters(store: Store) -> None:
    store.write([asylum_extraction(), signing_extraction()])
    rows = store.read("MATCH (s:State) WHERE s.iso3 IN $codes RETURN s.name AS name "
                      "ORDER BY name", {"codes": ["ECU", "BLR", "XXX"]})
    assert rows == [{"name": "Belarus"}, {"name": "Ecuador"}]
    rows = store.read("MATCH (e:Event) WHERE e.date >= $since RETURN e.type AS type, "
                      "e.quad_class AS quad, e.cameo AS cameo", {"since": "2000"})
    assert rows == [{"type": "ASYLUM_GRANT", "quad": 2, "cameo": "075"}]


def test_read_returns_nodes_as_plain_property_dicts(store: Store) -> None:
    store.write([signing_extraction()])
    rows = store.read("MATCH (d:Document) RETURN d")
    assert rows == [{"d": {"id": "document:union-state-treaty", "name": "Union State Treaty",
                           "aliases": ["Union State Treaty"], "kind": "agreement",
                           "match_keys": ["union-state-treaty"]}}]


def test_aggregates_come_back_as_plain_numbers(store: Store) -> None:
    store.write([asylum_extraction()])
    rows = store.read("MATCH (e:Event) RETURN sum(e.quad_class) AS total, count(e) AS n, "
                      "avg(e.confidence) AS mean")
    assert rows == [{"total": 2 + 1, "n": 2, "mean": pytest.approx(0.8)}]
    assert type(rows[0]["total"]) is int and type(rows[0]["n"]) is int


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Person {id: 'x'})",
    "MATCH (n:Person) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "merge (n:Person {id: 'x'}) RETURN n",
])
def test_read_only_guard_refuses_writes(store: Store, cypher: str) -> None:
    store.write([signing_extraction()])
    before = _counts(store)
    names = _people(store)
    with pytest.raises(ReadOnlyViolation):
        store.read(cypher)
    assert _counts(store) == before
    assert _people(store) == names


# -- evidence and properties ---------------------------------------------------------------


def _article_text(store: Store, article_id: str) -> str:
    return store.article_texts([article_id])[article_id]


def test_article_texts_come_back_by_id(store: Store) -> None:
    extractions = [asylum_extraction(), signing_extraction()]
    store.write(extractions)
    wanted = [x.article.id for x in extractions]
    assert store.article_texts([*wanted, "no-such-article"]) == {
        x.article.id: x.article.text for x in extractions}
    assert store.article_texts([]) == {}


def test_typed_edges_carry_evidence_that_indexes_the_article(store: Store) -> None:
    extractions = [asylum_extraction(), signing_extraction(), meeting_extraction()]
    store.write(extractions)
    texts = {x.article.id: x.article.text for x in extractions}
    seen = 0
    for edge_type in EdgeType:
        rows = store.read(
            f"MATCH ()-[r:{edge_type.value}]->() RETURN r.id AS id, r.article_id AS article_id, "
            "r.sentence AS sentence, r.start AS start, r.`end` AS stop, "
            "r.confidence AS confidence, r.extractor AS extractor")
        for row in rows:
            seen += 1
            assert row["id"].startswith("ed-")
            assert row["extractor"] == "factory/1"
            assert 0 < row["confidence"] <= 1
            assert _article_text(store, row["article_id"]) == texts[row["article_id"]]
            assert texts[row["article_id"]][row["start"]:row["stop"]] == row["sentence"]
    assert seen == 5


def test_events_carry_evidence_codes_and_their_links(store: Store) -> None:
    asylum = asylum_extraction()
    store.write([asylum])
    rows = store.read(
        "MATCH (e:Event {type: 'ASYLUM_GRANT'}) RETURN e.article_id AS article_id, "
        "e.sentence AS sentence, e.start AS start, e.`end` AS stop, e.confidence AS confidence, "
        "e.extractor AS extractor, e.date AS date, e.date_precision AS precision, "
        "e.cameo AS cameo, e.plover AS plover, e.status AS status")
    assert len(rows) == 1
    row = rows[0]
    assert row["article_id"] == asylum.article.id
    assert asylum.article.text[row["start"]:row["stop"]] == row["sentence"]
    assert row["sentence"].startswith("Ecuador granted political asylum")
    assert (row["confidence"], row["extractor"]) == (0.9, "factory/1")
    assert (row["date"], row["precision"]) == ("2012-08-16", "day")
    assert (row["cameo"], row["plover"], row["status"]) == ("075", "AID", "asserted")
    roles = store.read("MATCH (a)-[p:PARTICIPATED_IN]->(e:Event {type: 'ASYLUM_GRANT'}) "
                       "RETURN a.id AS actor, p.role AS role ORDER BY role")
    assert roles == [{"actor": "ECU", "role": "agent"}, {"actor": ASSANGE, "role": "subject"}]
    place = store.read("MATCH (e:Event {type: 'ASYLUM_GRANT'})-[:OCCURRED_AT]->(p) "
                       "RETURN p.name AS name")
    assert place == [{"name": "London"}]
    report = store.read("MATCH (e:Event)-[:REPORTED_IN]->(a:Article) RETURN count(e) AS n")
    assert report == [{"n": 2}]


def test_edge_properties_are_stored(store: Store) -> None:
    store.write([asylum_extraction(), signing_extraction()])
    extradition = store.read("MATCH (s)-[r:REQUESTED_EXTRADITION]->(p) "
                             "RETURN s.id AS source, p.id AS target, r.from_state AS asked, "
                             "r.status AS status, r.event_id AS event_id")
    assert len(extradition) == 1
    assert extradition[0]["source"] == "SWE" and extradition[0]["target"] == ASSANGE
    assert extradition[0]["asked"] == "GBR"  # the local id of `from` resolved to the state
    assert extradition[0]["status"] == "asserted" and extradition[0]["event_id"].startswith("ev-")
    role = store.read("MATCH (p:Person)-[r:HOLDS_ROLE]->(s:State) RETURN r.title AS title, "
                      "r.former AS former, r.since AS since, r.event_id AS event_id, "
                      "s.id AS state")
    assert role == [{"title": "President", "former": False, "since": "1994", "event_id": None,
                     "state": "BLR"}]
    signed = store.read("MATCH (p:Person)-[r:SIGNED]->(d:Document) RETURN r.date AS date, "
                        "d.kind AS kind")
    assert signed == [{"date": "1999-12-08", "kind": "agreement"}]


def test_article_properties_are_stored(store: Store) -> None:
    asylum = asylum_extraction()
    store.write([asylum])
    rows = store.read("MATCH (a:Article) RETURN a.id AS id, a.title AS title, "
                      "a.published AS published, a.source AS source, a.path AS path, "
                      "a.extractor AS extractor")
    assert rows == [{"id": asylum.article.id, "title": "Asylum granted",
                     "published": "2012-08-17", "source": "Test Wire", "path": "asylum.txt",
                     "extractor": "factory/1"}]


# -- batches -------------------------------------------------------------------------------


def _graph(store: Store) -> tuple[list, list]:
    """Every node and relationship with its properties, in a stable order."""
    nodes = []
    for label in NodeLabel:
        rows = store.read(f"MATCH (n:{label.value}) RETURN n ORDER BY n.id")
        nodes += [(label.value, sorted(row["n"].items())) for row in rows]
    rels = []
    for rel in [*(t.value for t in EdgeType), *STRUCTURAL_RELATIONSHIPS]:
        rows = store.read(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id AS a, b.id AS b, r")
        rels += sorted((rel, row["a"], row["b"], sorted((k, repr(v)) for k, v in
                                                        row["r"].items())) for row in rows)
    return nodes, rels


def _batch_corpus() -> list:
    """Articles that share actors, so a batch carries one node in the rows of several."""
    from network_corpus import corpus as network
    from query_corpus import corpus as queries

    return [*network(), *queries(), asylum_extraction(), signing_extraction()]


def _count_batches(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    write_batch = store._write_batch
    monkeypatch.setattr(store, "_write_batch",
                        lambda batch: (sizes.append(len(batch)), write_batch(batch)))
    return sizes


def test_a_batch_writes_the_graph_that_article_by_article_writes(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _batch_corpus()
    batches = _count_batches(store, monkeypatch)
    monkeypatch.setattr(store, "batch_articles", len(corpus))
    store.write(corpus)
    assert batches == [len(corpus)]
    in_one_batch = _graph(store)
    monkeypatch.setattr(store, "batch_articles", 1)
    store.write(corpus, force=True)  # every article replaced, one transaction each
    assert batches == [len(corpus)] + [1] * len(corpus)
    assert _graph(store) == in_one_batch


def test_a_forced_batch_holding_an_article_twice_writes_it_once(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _batch_corpus()
    monkeypatch.setattr(store, "batch_articles", 1)
    store.write(corpus)
    one_by_one = _graph(store)
    monkeypatch.setattr(store, "batch_articles", 2 * len(corpus))
    batches = _count_batches(store, monkeypatch)
    store.write([*corpus, *corpus], force=True)
    assert batches == [2 * len(corpus)]
    assert _graph(store) == one_by_one


def _another_store_on(store: Store) -> Store:
    """A second store on the same graph: its own connection, as another process would have."""
    from graph.stores import open_store

    if store.backend == "neo4j":
        return open_store(store._config)  # type: ignore[attr-defined]
    return open_store(StoreConfig(backend="embedded", db_path=store.path))  # type: ignore[attr-defined]


def test_two_writers_loading_the_same_articles_at_once_write_each_once(store: Store) -> None:
    corpus = _batch_corpus()
    other = _another_store_on(store)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def load(writer: Store) -> None:
        start.wait()
        try:
            writer.write(corpus)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            errors.append(exc)

    try:
        threads = [threading.Thread(target=load, args=(w,)) for w in (store, other)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        other.close()
    assert errors == []
    at_once = _graph(store)
    store.batch_articles = 1  # type: ignore[misc]
    store.write(corpus, force=True)  # each article rewritten alone: the graph of one load
    assert _graph(store) == at_once


def test_the_next_batch_is_built_while_one_is_written(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _batch_corpus()[:4]
    monkeypatch.setattr(store, "batch_articles", 2)
    next_batch_read = threading.Event()
    overlapped: list[bool] = []
    write_batch = store._write_batch

    def first_waits_for_the_next(batch: list) -> None:
        if not overlapped:  # the first batch: is the third article read before it is written?
            overlapped.append(next_batch_read.wait(timeout=10))
        write_batch(batch)

    def articles():
        for i, extraction in enumerate(corpus):
            if i == 2:
                next_batch_read.set()
            yield extraction

    monkeypatch.setattr(store, "_write_batch", first_waits_for_the_next)
    done: list[str] = []
    report = store.write(articles(), on_article=lambda art, _wrote: done.append(art))
    assert overlapped == [True]
    assert report.written == done == [x.article.id for x in corpus]  # still in order
    assert store.loaded_articles() == set(done)
