"""What only the embedded store has to get right: one file shared within a process, a file
locked by another process, files that are not databases, and the engine's own read-only guard."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graph.errors import QueryError, StoreError, StoreUnavailable
from graph.rows import extraction_rows
from graph.vocab import EdgeType
from graph.stores.embedded import EmbeddedStore, _write_statements
from factories import asylum_extraction, meeting_extraction, signing_extraction

REPO = Path(__file__).resolve().parent.parent


def _open(path: Path) -> EmbeddedStore:
    store = EmbeddedStore(path)
    store.ensure_schema()
    return store


def _alter(path: Path, *statements: str) -> None:
    """Runs ``statements`` on the file with the engine alone, as an older version left it."""
    import ladybug

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for statement in statements:
        conn.execute(statement)
    conn.close()
    db.close()


def test_two_stores_on_one_path_in_one_process_share_the_file(tmp_path: Path) -> None:
    path = tmp_path / "graph.lbdb"
    first, second = _open(path), _open(path)
    try:
        first.write([signing_extraction()])
        second.write([meeting_extraction()])
        assert first.loaded_articles() == second.loaded_articles()
        assert len(first.loaded_articles()) == 2
        first.close()
        assert second.stats().articles == 2  # the other user keeps the database open
    finally:
        first.close()
        second.close()
    reopened = _open(path)  # the last close released the file
    try:
        assert reopened.stats().articles == 2
    finally:
        reopened.close()


def test_close_is_idempotent_and_a_closed_store_says_so(tmp_path: Path) -> None:
    store = _open(tmp_path / "graph.lbdb")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.loaded_articles()


def test_creates_missing_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "graph.lbdb"
    with _open(path) as store:
        store.write([asylum_extraction()])
    assert path.exists()


_HOLD_LOCK = textwrap.dedent("""
    import sys, ladybug
    db = ladybug.Database(sys.argv[1])
    ladybug.Connection(db).execute("RETURN 1")
    print("locked", flush=True)
    sys.stdin.read()
""")


def test_a_file_locked_by_another_process_is_unavailable_with_a_clear_message(
        tmp_path: Path) -> None:
    path = tmp_path / "graph.lbdb"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(path)], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreUnavailable) as caught:
            EmbeddedStore(path)
        message = str(caught.value)
        assert str(path) in message and "another process" in message
        assert f"PID {holder.pid}" in message and "\n" not in message
    finally:
        holder.communicate("")
    with _open(path) as store:  # the lock goes with the process
        assert store.stats().articles == 0


def test_a_file_that_is_not_a_database_is_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a graph\n" * 500)
    with pytest.raises(StoreUnavailable, match="not an embedded Poligraph database") as caught:
        EmbeddedStore(path)
    assert str(path) in str(caught.value)
    assert path.read_text().startswith("not a graph")  # left untouched


def test_a_folder_is_not_a_database_file(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="is a folder"):
        EmbeddedStore(tmp_path)


def test_the_engine_refuses_writes_that_reach_it_through_read(tmp_path: Path) -> None:
    with _open(tmp_path / "graph.lbdb") as store:
        with pytest.raises(QueryError):
            store._read("CREATE (n:Person {id: 'x'})", {})
        assert store.stats().nodes["Person"] == 0
        assert store.read("RETURN 1 AS one") == [{"one": 1}]  # the connection is still usable


def test_several_statements_in_one_query_are_refused(tmp_path: Path) -> None:
    with _open(tmp_path / "graph.lbdb") as store:
        with pytest.raises(QueryError, match="one statement"):
            store.read("MATCH (n) RETURN n; MATCH (m) RETURN m")


def test_a_malformed_query_is_a_query_error(tmp_path: Path) -> None:
    with _open(tmp_path / "graph.lbdb") as store:
        with pytest.raises(QueryError, match="refused the query"):
            store.read("MATCH (n:Nonexistent) RETURN n")


def test_a_failed_article_leaves_nothing_behind(tmp_path: Path) -> None:
    with _open(tmp_path / "graph.lbdb") as store:
        rows = extraction_rows(asylum_extraction(), {})
        rows.events[-1]["start"] = "not a number"  # fails after the actors are written
        with pytest.raises(StoreError, match="not a number"):
            store._write_article(rows, replace=False)
        assert not any(store.stats().nodes.values())
        store.write([asylum_extraction()])
        assert store.stats().articles == 1


def test_an_edge_between_undeclared_labels_is_refused_before_writing(tmp_path: Path) -> None:
    rows = extraction_rows(signing_extraction(), {})
    rows.edges[next(iter(rows.edges))][0]["target_label"] = "Event"
    with pytest.raises(StoreError, match="cannot link"):
        _write_statements(rows)


def test_a_row_property_without_a_column_is_refused(tmp_path: Path) -> None:
    rows = extraction_rows(signing_extraction(), {})
    rows.events[0]["mood"] = "sunny"
    with pytest.raises(StoreError, match="no column"):
        _write_statements(rows)


def test_schema_adds_columns_missing_from_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "graph.lbdb"
    _alter(path, "CREATE NODE TABLE Article(id STRING PRIMARY KEY, path STRING)")
    with _open(path) as store:
        store.write([asylum_extraction()])
        rows = store.read("MATCH (a:Article) RETURN a.title AS title")
        assert rows == [{"title": "Asylum granted"}]


def test_names_written_through_another_store_on_the_file_are_resolved(tmp_path: Path) -> None:
    path = tmp_path / "graph.lbdb"
    dashboard, ingest = _open(path), _open(path)
    try:
        dashboard.write([asylum_extraction()])  # its alias index is now loaded
        ingest.write([signing_extraction()])  # Alyaksandr Lukashenka, written elsewhere
        dashboard.write([meeting_extraction()])  # Alexander Lukashenko
        people = dashboard.read("MATCH (p:Person) RETURN p.name AS name ORDER BY name")
        assert [row["name"] for row in people] == ["Alyaksandr Lukashenka", "Julian Assange",
                                                   "Vladimir Putin"]
    finally:
        dashboard.close()
        ingest.close()


_COPIES = ("MATCH ()-[p:PARTICIPATED_IN]->(e:Event) RETURN p.role AS role, "
           "[p.event_date, p.event_type, p.article_id] AS copies, "
           "[e.date, e.type, e.article_id] AS event ORDER BY e.id, role")


_LOCATION_COPIES = ("MATCH (e:Event)-[o:OCCURRED_AT]->() "
                    "RETURN o.event_id AS copied, e.id AS id ORDER BY id")
_EDGE_COPIES = ("MATCH ()-[r]->() WHERE r.event_id IS NOT NULL AND r.id IS NOT NULL "
                "OPTIONAL MATCH (e:Event {id: r.event_id}) "
                "RETURN r.id AS id, r.event_date AS copied, e.date AS date ORDER BY id")


_SORT_KEYS = "MATCH (e:Event) RETURN e.sort_key AS key, e.date AS date, e.type AS type, e.id AS id"


def _copies_match_events(store: EmbeddedStore) -> list[dict[str, object]]:
    """Every copy equals its event's column, and every event's sort key its date ('~' when
    unknown), type and id; some dates are copied, not only nulls."""
    events = store.read(_SORT_KEYS)
    assert events and all(row["key"] == f"{row['date'] or '~'} {row['type']} {row['id']}"
                          for row in events)
    assert any(row["date"] is None for row in events) and any(row["date"] for row in events)
    participations = store.read(_COPIES)
    assert participations and all(row["copies"] == row["event"] for row in participations)
    assert any(row["event"][0] for row in participations)
    edges = store.read(_EDGE_COPIES)
    assert edges and all(row["copied"] == row["date"] for row in edges)
    assert any(row["copied"] for row in edges)
    locations = store.read(_LOCATION_COPIES)
    assert locations and all(row["copied"] == row["id"] for row in locations)
    return events + participations + edges + locations


def test_participations_and_typed_edges_carry_copies_of_their_events_columns(
        tmp_path: Path) -> None:
    with _open(tmp_path / "graph.lbdb") as store:
        store.write([asylum_extraction(), signing_extraction()])
        participations = _copies_match_events(store)
        assert {row["event"][1] for row in participations if "event" in row} >= {
            "ASYLUM_GRANT", "SIGNING"}


def test_an_older_file_gets_the_event_copies_it_lacks(tmp_path: Path) -> None:
    path = tmp_path / "graph.lbdb"
    with _open(path) as store:
        store.write([asylum_extraction(), signing_extraction()])
        written = _copies_match_events(store)
    _alter(path, *[f"ALTER TABLE PARTICIPATED_IN DROP {column}"
                   for column in ("event_date", "event_type", "article_id")],
           *[f"ALTER TABLE {edge_type.value} DROP event_date" for edge_type in EdgeType],
           "ALTER TABLE OCCURRED_AT DROP event_id", "ALTER TABLE Event DROP sort_key")
    with _open(path) as store:
        assert _copies_match_events(store) == written
        store.write([meeting_extraction()])  # and the file takes new articles as before
        assert len(_copies_match_events(store)) > len(written)


def test_schema_adds_label_pairs_missing_from_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "graph.lbdb"
    _alter(path, "CREATE NODE TABLE Person(id STRING PRIMARY KEY, name STRING)",
           "CREATE NODE TABLE Document(id STRING PRIMARY KEY, name STRING)",
           "CREATE REL TABLE SIGNED(FROM Document TO Document, id STRING)")
    with _open(path) as store:
        store.write([signing_extraction()])
        assert store.stats().edges["SIGNED"] == 1


def test_page_cache_comes_from_the_environment_and_bad_values_are_refused() -> None:
    from graph.config import DEFAULT_DB_CACHE_MB, INGEST_DB_CACHE_MB, StoreConfig
    from graph.errors import ConfigError

    assert StoreConfig.from_env({}).db_cache_mb == DEFAULT_DB_CACHE_MB is None
    assert StoreConfig.from_env({}, ingesting=True).db_cache_mb == INGEST_DB_CACHE_MB == 128
    assert StoreConfig.from_env({"POLIGRAPH_DB_CACHE_MB": "256"}).db_cache_mb == 256
    assert StoreConfig.from_env({"POLIGRAPH_DB_CACHE_MB": "0"}, ingesting=True).db_cache_mb is None
    for bad in ("lots", "-5", "64", "1.5"):
        with pytest.raises(ConfigError, match="POLIGRAPH_DB_CACHE_MB"):
            StoreConfig.from_env({"POLIGRAPH_DB_CACHE_MB": bad})


@pytest.fixture
def cache_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The page-cache size, in bytes, of every engine database opened during the test."""
    import ladybug

    sizes: list[int] = []
    real = ladybug.Database

    def database(path: str, **options: object) -> object:
        sizes.append(int(options["buffer_pool_size"]))  # type: ignore[call-overload]
        return real(path, **options)

    monkeypatch.setattr(ladybug, "Database", database)
    return sizes


def test_the_engine_is_opened_with_the_configured_page_cache(
        tmp_path: Path, cache_sizes: list[int]) -> None:
    from graph.config import StoreConfig
    from graph.stores import open_store

    config = StoreConfig.from_env({"POLIGRAPH_DB_CACHE_MB": "128"}, db_path=tmp_path / "g.lbdb")
    with open_store(config) as store:  # a small cache still loads and answers
        store.write([asylum_extraction(), meeting_extraction(), signing_extraction()])
        assert store.stats().articles == 3
    assert cache_sizes == [128 * 2**20]


def test_a_page_cache_too_small_for_the_work_is_one_line_naming_the_setting(
        tmp_path: Path) -> None:
    from graph.stores.embedded_db import acquire, release

    shared = acquire(tmp_path / "g.lbdb", cache_mb=32)  # below what the config allows
    try:
        store = EmbeddedStore(tmp_path / "g.lbdb")  # shares the small cache
        with pytest.raises(StoreError, match="page cache of 32 MB is too small.*POLIGRAPH_DB_"):
            store.ensure_schema()
            store.write([asylum_extraction(), meeting_extraction(), signing_extraction()])
            store.stats()
        store.close()
    finally:
        release(shared)


def test_article_texts_live_beside_the_graph_not_in_its_article_table(tmp_path: Path) -> None:
    # A text column is rewritten whole at every checkpoint; a file of its own is written once.
    path = tmp_path / "graph.lbdb"
    article = signing_extraction()
    with _open(path) as store:
        store.write([article])
        assert store.read("MATCH (a:Article) RETURN a.text AS text") == [{"text": None}]
    assert (tmp_path / "graph.lbdb.texts").is_file()
    with _open(path) as reopened:
        assert reopened.article_texts([article.article.id]) == {
            article.article.id: article.article.text}


def test_an_older_file_keeps_serving_the_texts_of_its_article_table(tmp_path: Path) -> None:
    path = tmp_path / "graph.lbdb"
    article = signing_extraction()
    with _open(path) as store:
        store.write([article])
    (tmp_path / "graph.lbdb.texts").unlink()  # as written before texts had a file of their own
    with _open(path) as store:
        store._write("MATCH (a:Article) SET a.text = $text", {"text": "as stored then"})
        assert store.article_texts([article.article.id]) == {article.article.id: "as stored then"}


def test_an_ingest_bounds_the_page_cache_and_other_commands_leave_the_engine_default(
        tmp_path: Path, cache_sizes: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    # An ingest streams its corpus, so its memory must not follow the database file; a path
    # search needs more room than that bound, so reads keep the engine's default.
    from poligraph.cli import main

    monkeypatch.delenv("POLIGRAPH_DB_CACHE_MB", raising=False)
    article = tmp_path / "note.txt"
    article.write_text("Belarus granted asylum to Kurmanbek Bakiyev on April 19, 2010.\n",
                       encoding="utf-8")
    db = str(tmp_path / "g.lbdb")
    assert main(["ingest", str(article), "--db", db, "--quiet"]) == 0
    assert main(["stats", "--db", db]) == 0
    assert cache_sizes == [128 * 2**20, 0]


# What grouping the events at query time gives (the text conflicting_reports ran before the
# table of facts), with '' for facts whose reports agree.
_FACTS_FROM_EVENTS = """
MATCH (e:Event) WHERE e.fact_key <> ''
WITH e.fact_key AS fact_key, min(e.type) AS type, list_sort(collect(e.id)) AS event_ids,
     min(e.article_id) <> max(e.article_id) AS articles_differ,
     coalesce(min(e.date) <> max(e.date), false) AS dates_differ,
     coalesce(min(e.status) <> max(e.status), false) AS statuses_differ
RETURN fact_key, type, event_ids,
       CASE WHEN NOT articles_differ THEN ''
            WHEN type = 'STATEMENT' THEN 'several statements'
            WHEN dates_differ THEN 'dates differ' WHEN statuses_differ THEN 'statuses differ'
            ELSE '' END AS reason
ORDER BY fact_key"""
_FACTS = ("MATCH (f:Fact) RETURN f.fact_key AS fact_key, f.type AS type, "
          "f.event_ids AS event_ids, f.reason AS reason ORDER BY fact_key")


def test_the_table_of_facts_follows_the_events_through_rewrites(tmp_path: Path) -> None:
    from query_corpus import corpus

    articles = corpus()
    with _open(tmp_path / "graph.lbdb") as store:
        store.write(articles[:2])
        store.write(articles[2:])
        assert any(row["reason"] for row in store.read(_FACTS))  # the corpus has conflicts
        assert store.read(_FACTS) == store.read(_FACTS_FROM_EVENTS)
        for article in articles:
            # A rewrite that tells its first event differently: another date and status, one
            # participant fewer (so another fact); its old reports must go.
            first, *rest = article.events
            altered = article.model_copy(update={"events": [first.model_copy(update={
                "date": "1999", "status": "denied",
                "participants": first.participants[:-1] or first.participants})] + rest})
            store.write([altered], force=True)
            assert store.read(_FACTS) == store.read(_FACTS_FROM_EVENTS), article.article.path
        store.write(articles, force=True)
        assert store.read(_FACTS) == store.read(_FACTS_FROM_EVENTS)


def test_an_older_file_gets_the_table_of_facts_it_lacks(tmp_path: Path) -> None:
    from query_corpus import corpus

    path = tmp_path / "graph.lbdb"
    with _open(path) as store:
        store.write(corpus())
        written = store.read(_FACTS)
    _alter(path, "DROP TABLE Fact")
    with _open(path) as store:
        assert store.read(_FACTS) == written
