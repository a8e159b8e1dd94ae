"""Every catalog query on both stores over one hand-built corpus: the expected rows, and the
same rows from Neo4j and from the embedded store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.model import Extraction
from graph.store import Store
from queries.catalog import load_catalog, run_query
from query_corpus import corpus

BAKIYEV = "person:kurmanbek-bakiyev"
LUKASHENKO = "person:alexander-lukashenko"
MEDVEDEV = "person:dmitry-medvedev"
OTUNBAYEVA = "person:roza-otunbayeva"

# name -> (parameters, columns compared, expected rows in the query's own order)
EXPECTED: dict[str, tuple[dict[str, str], tuple[str, ...], list[tuple[Any, ...]]]] = {
    "find_actor": ({"name": "LUKASH"}, ("id", "label", "exact", "events"),
                   [(LUKASHENKO, "Person", False, 3)]),
    "asylum_grants": ({"person": "bakiev"}, ("grantor", "person", "date", "source", "published"),
                      [("Belarus", "Kurmanbek Bakiyev", "2010-04-19", "Daily Ledger", "2010-04-20")]),
    "extradition_requests": (
        {"requester": "KGZ"}, ("requester", "person", "asked", "date", "status", "afterwards"),
        [("Kyrgyzstan", "Kurmanbek Bakiyev", "Belarus", "2010-04", "asserted", ["2010-04-19 ASYLUM_GRANT"]),
         ("Kyrgyzstan", "Kurmanbek Bakiyev", "Belarus", "2010-04-27", "denied", ["2010-04-19 ASYLUM_GRANT"])]),
    "documents": ({}, ("document", "kind", "signatories", "reports", "first_date"),
                  [("Joint Statement on Kyrgyzstan", "statement", ["Russia"], 1, "2010-05-08"),
                   ("Moscow Declaration", "declaration", ["Belarus", "Russia"], 2, "2010-05-08")]),
    "member_statements": ({"organization": "collective security treaty organization",
                           "kind": "Statement"}, ("organization", "member", "document"),
                          [("CSTO", "Russia", "Joint Statement on Kyrgyzstan")]),
    "actor_profile": ({"actor": "Bakiyev"},
                      ("id", "aliases", "roles", "edges_out", "edges_in", "events_by_type", "events"),
                      [(BAKIYEV, ["Bakiev", "Bakiyev", "Kurmanbek Bakiyev"],
                        ["[2005 → 2010-04-15] president, Kyrgyzstan"], [],
                        ["GRANTED_ASYLUM ← Belarus", "REQUESTED_EXTRADITION ← Kyrgyzstan"],
                        ["ASYLUM_GRANT: 1", "EXTRADITION_REQUEST: 2", "STATEMENT: 2"], 5)]),
    "actor_timeline": ({"actor": "lukashenka", "since": "2010-04-21"},
                       ("date", "type", "role", "others", "place"),
                       [("2010-04-28", "STATEMENT", "agent", ["subject Kurmanbek Bakiyev"], None),
                        ("2010-05-08", "SUMMIT", "participant",
                         ["agent Dmitry Medvedev", "participant Belarus", "participant Russia"], "Moscow")]),
    "events": ({"country": "Russia", "until": "2010-05"}, ("date", "type", "place", "participants"),
               [("2010-04-27", "MEETING", "Moscow", ["participant Dmitry Medvedev", "participant Roza Otunbayeva"]),
                ("2010-05-08", "SIGNING", "Moscow", ["agent Belarus", "agent Russia", "subject Moscow Declaration"]),
                ("2010-05-08", "SUMMIT", "Moscow", ["agent Dmitry Medvedev", "participant Alexander Lukashenko",
                                                    "participant Belarus", "participant Russia"])]),
    "meetings": ({"actor": "Medvedev"}, ("actor", "met", "date", "event_type"),
                 [("Dmitry Medvedev", "Roza Otunbayeva", "2010-04-27", "MEETING"),
                  ("Dmitry Medvedev", "Alexander Lukashenko", "2010-05-08", "SUMMIT")]),
    "members": ({"organization": "CSTO"}, ("member", "member_label", "reports"),
                [("Belarus", "State", 1), ("Russia", "State", 1)]),
    "leaders_at": ({"state": "Kyrgyz Republic", "date": "2010-04-10", "title": "president"},
                   ("person", "title", "since", "until", "basis"),
                   [("Kurmanbek Bakiyev", "president", "2005", "2010-04-15", "dated"),
                    ("Roza Otunbayeva", "interim president", "2010-04-07", None, "dated")]),
    "shortest_connection": ({"from": "otunbayeva", "to": "lukashenko"}, ("hops", "steps", "relations"),
                            [(2, ["Roza Otunbayeva", "Dmitry Medvedev", "Alexander Lukashenko"],
                              ["MET_WITH", "MET_WITH"])]),
    "most_active": ({"label": "person", "limit": "2"}, ("id", "events", "articles", "first_date"),
                    [(BAKIYEV, 5, 2, "2010-04"), (LUKASHENKO, 3, 3, "2010-04-20")]),
    "conflicting_reports": ({}, ("fact", "reason", "date", "status", "source"),
                            [("EXTRADITION_REQUEST: agent Kyrgyzstan; recipient Belarus; subject Kurmanbek Bakiyev",
                              "dates differ", "2010-04", "asserted", "Daily Ledger"),
                             ("EXTRADITION_REQUEST: agent Kyrgyzstan; recipient Belarus; subject Kurmanbek Bakiyev",
                              "dates differ", "2010-04-27", "denied", "Evening Wire"),
                             ("STATEMENT: subject Kurmanbek Bakiyev", "several statements", "2010-04-20",
                              "asserted", "Daily Ledger"),
                             ("STATEMENT: subject Kurmanbek Bakiyev", "several statements", "2010-04-28",
                              "asserted", "Evening Wire")]),
    "recent_articles": ({"limit": "10"}, ("published", "source", "events", "actors"),
                        [("2010-05-10", "Daily Ledger", 4, 9), ("2010-04-28", "Evening Wire", 3, 8),
                         ("2010-04-20", "Daily Ledger", 3, 5), (None, None, 1, 1)]),
    "typed_edges": ({"type": "signed", "actor": "russian federation"}, ("type", "source", "target"),
                    [("SIGNED", "Russia", "Joint Statement on Kyrgyzstan"),
                     ("SIGNED", "Russia", "Moscow Declaration")]),
}

# Queries run with these parameters for the comparison of the two stores.
COMPARE_PARAMS: dict[str, dict[str, str]] = {
    **{name: params for name, (params, _, _) in EXPECTED.items()},
    "find_actor": {"name": "a"},
    "actor_profile": {"actor": "Belarus"},
    "actor_timeline": {"actor": "BLR"},
    "events": {},
    "meetings": {},
    "shortest_connection": {"from": "Bakiyev", "to": "Medvedev"},
    "most_active": {"limit": "50"},
    "typed_edges": {},
    "leaders_at": {"state": "Russia", "date": "2010"},
}


def _loaded(store: Store) -> Store:
    report = store.write(corpus())
    assert len(report.written) == 4
    return store


def _project(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    return [tuple(row[c] for c in columns) for row in rows]


@pytest.fixture
def loaded(store: Store) -> Store:
    return _loaded(store)


def test_expectations_cover_the_catalog() -> None:
    assert set(load_catalog()) - set(EXPECTED) == {"evidence"}  # evidence needs an id: below


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_gives_the_expected_rows(loaded: Store, name: str) -> None:
    params, columns, expected = EXPECTED[name]
    rows = run_query(loaded, name, params)
    assert _project(rows, columns) == expected


@pytest.mark.parametrize("name", sorted(
    name for name, spec in load_catalog().items() if any(p.name == "limit" for p in spec.params)))
def test_a_limit_keeps_the_first_rows_of_the_full_answer(loaded: Store, name: str) -> None:
    params = dict(EXPECTED[name][0])
    full = run_query(loaded, name, params)
    assert len(full) >= 1
    assert run_query(loaded, name, {**params, "limit": "1"}) == full[:1]


def test_evidence_of_an_edge_and_of_an_event(loaded: Store) -> None:
    grant = run_query(loaded, "asylum_grants", {})[0]
    rows = run_query(loaded, "evidence", {"id": grant["edge_id"]})
    assert len(rows) == 1
    row = rows[0]
    assert (row["kind"], row["type"], row["source"], row["target"]) == (
        "edge", "GRANTED_ASYLUM", "Belarus", "Kurmanbek Bakiyev")
    text = corpus()[0].article.text
    assert text[row["start_offset"]:row["end_offset"]] == row["sentence"]
    assert row["sentence"].startswith("Belarus granted asylum")
    event = run_query(loaded, "evidence", {"id": "ev-ledger-2010-04-20.txt-v1"})
    assert [(r["kind"], r["type"], r["published"]) for r in event] == [
        ("event", "ASYLUM_GRANT", "2010-04-20")]
    assert run_query(loaded, "evidence", {"id": "ed-missing"}) == []



def test_typed_edges_of_one_actor_come_in_both_directions(loaded: Store) -> None:
    rows = run_query(loaded, "typed_edges", {"actor": "kyrgyz republic"})
    assert _project(rows, ("type", "source", "target", "date")) == [
        ("ACCUSED", "Belarus", "Kyrgyzstan", "2010-05-08"),
        ("HOLDS_ROLE", "Kurmanbek Bakiyev", "Kyrgyzstan", None),
        ("HOLDS_ROLE", "Roza Otunbayeva", "Kyrgyzstan", None),
        ("REQUESTED_EXTRADITION", "Kyrgyzstan", "Kurmanbek Bakiyev", "2010-04"),
        ("REQUESTED_EXTRADITION", "Kyrgyzstan", "Kurmanbek Bakiyev", "2010-04-27"),
    ]
    only = run_query(loaded, "typed_edges", {"actor": "KGZ", "type": "holds_role"})
    assert [(r["source"], r["target"]) for r in only] == [
        ("Kurmanbek Bakiyev", "Kyrgyzstan"), ("Roza Otunbayeva", "Kyrgyzstan")]
    assert run_query(loaded, "typed_edges", {"actor": "nobody of that name"}) == []


def test_an_edge_between_two_actors_of_one_name_is_listed_once(store: Store) -> None:
    from extraction_builder import ExtractionBuilder
    from graph.vocab import EdgeType, EventType, Role
    from query_corpus import ACTORS

    actors = dict(ACTORS)
    for handle in ("otunbayeva", "medvedev"):
        key, label, name, aliases, kind, iso3 = actors[handle]
        actors[handle] = (key, label, name, [*aliases, "the envoy"], kind, iso3)
    art = ExtractionBuilder(actors, "wire-2010-05-01.txt", "Envoys meet", "2010-05-01",
                            "Evening Wire", sentences=["Otunbayeva met Medvedev on May 1, 2010."])
    meeting = art.event(0, EventType.MEETING, "2010-05-01",
                        [("otunbayeva", Role.PARTICIPANT), ("medvedev", Role.PARTICIPANT)])
    art.edge(0, EdgeType.MET_WITH, "otunbayeva", "medvedev", meeting)
    store.write([art.build()])
    rows = run_query(store, "typed_edges", {"actor": "The Envoy"})
    assert _project(rows, ("type", "source", "target")) == [
        ("MET_WITH", "Roza Otunbayeva", "Dmitry Medvedev")]

def test_rows_hold_plain_values(loaded: Store) -> None:
    def plain(value: Any) -> bool:
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or isinstance(value, (str, int, float, bool))

    for name, params in COMPARE_PARAMS.items():
        for row in run_query(loaded, name, params):
            assert all(plain(v) for v in row.values()), (name, row)


def test_queries_run_on_an_empty_store(store: Store) -> None:
    for name, params in COMPARE_PARAMS.items():
        assert run_query(store, name, params) == [], name


# -- the two stores agree ---------------------------------------------------------------

@pytest.fixture
def both_stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    from conftest import _open

    embedded = _open("embedded", tmp_path)
    try:
        neo4j = _open("neo4j", tmp_path)
    except BaseException:
        embedded.close()
        raise
    try:
        yield _loaded(embedded), _loaded(neo4j)
    finally:
        embedded.close()
        neo4j.close()


def _sortable(rows: list[dict[str, Any]]) -> list[str]:
    import json

    return sorted(json.dumps(row, sort_keys=True, default=str) for row in rows)


@pytest.mark.neo4j
def test_both_stores_give_identical_rows(both_stores: tuple[Store, Store]) -> None:
    embedded, neo4j = both_stores
    grant = run_query(embedded, "asylum_grants", {})[0]["edge_id"]
    for name, params in [*COMPARE_PARAMS.items(), ("evidence", {"id": grant}),
                         ("typed_edges", {"actor": "kyrgyz republic"})]:
        from_embedded = run_query(embedded, name, params)
        from_neo4j = run_query(neo4j, name, params)
        assert from_embedded, f"{name} gave no rows to compare"
        assert _sortable(from_embedded) == _sortable(from_neo4j), name
        assert from_embedded == from_neo4j, f"{name}: same rows, different order"


# -- a database written before events carried their fact key, or typed edges their event's
#    date --------------------------------------------------------------------------------

_FACT_KEYS = "MATCH (e:Event) RETURN e.id AS id, e.fact_key AS fact_key ORDER BY id"
_FATES = ("MATCH (p:Person) RETURN p.id AS person, coalesce(p.fates, []) AS fates "
          "ORDER BY person")
_EDGE_DATES = ("MATCH ()-[r]->() WHERE r.event_id IS NOT NULL AND r.id IS NOT NULL "
               "OPTIONAL MATCH (e:Event {id: r.event_id}) "
               "RETURN r.id AS id, r.event_date AS copied, e.date AS date ORDER BY id")


def _as_older_version(store: Store, tmp_path: Path, neo4j_statement: str,
                      embedded_statements: list[str]) -> Store:
    """The store as a version before a property left it, opened again by this version."""
    from conftest import _open

    if store.backend == "neo4j":
        with store._driver.session() as session:  # type: ignore[attr-defined]
            session.run(neo4j_statement).consume()
        from graph.stores import open_store
        from conftest import neo4j_config

        store.close()
        return open_store(neo4j_config())
    import ladybug

    store.close()
    db = ladybug.Database(str(tmp_path / "graph.lbdb"))
    conn = ladybug.Connection(db)
    for statement in embedded_statements:
        conn.execute(statement)
    conn.close()
    db.close()
    return _open("embedded", tmp_path)


def test_an_older_database_gets_the_fact_keys_its_events_lack(
        loaded: Store, tmp_path: Path) -> None:
    written = loaded.read(_FACT_KEYS)
    assert {row["fact_key"] for row in written} >= {
        "", "STATEMENT|subject:" + BAKIYEV,
        "EXTRADITION_REQUEST|agent:KGZ;recipient:BLR;subject:" + BAKIYEV}
    reopened = _as_older_version(loaded, tmp_path, "MATCH (e:Event) REMOVE e.fact_key",
                                 ["ALTER TABLE Event DROP fact_key", "DROP TABLE Fact"])
    try:
        assert reopened.read(_FACT_KEYS) == written  # what the writer gave, from the graph
        params, columns, expected = EXPECTED["conflicting_reports"]
        assert _project(run_query(reopened, "conflicting_reports", params), columns) == expected
    finally:
        reopened.close()


def test_an_older_database_gets_its_persons_fates(loaded: Store, tmp_path: Path) -> None:
    written = loaded.read(_FATES)
    assert {"person": BAKIYEV, "fates": ["2010-04-19 ASYLUM_GRANT"]} in written
    reopened = _as_older_version(loaded, tmp_path, "MATCH (p:Person) REMOVE p.fates",
                                 ["ALTER TABLE Person DROP fates"])
    try:
        assert reopened.read(_FATES) == written  # what the writer kept, from the graph
        params, columns, expected = EXPECTED["extradition_requests"]
        assert _project(run_query(reopened, "extradition_requests", params),
                        columns) == expected
    finally:
        reopened.close()


def test_typed_edges_carry_their_events_date_and_an_older_database_gets_it(
        loaded: Store, tmp_path: Path) -> None:
    from graph.vocab import EdgeType

    written = loaded.read(_EDGE_DATES)
    assert written and all(row["copied"] == row["date"] for row in written)
    assert any(row["copied"] for row in written)
    reopened = _as_older_version(
        loaded, tmp_path, "MATCH ()-[r]->() REMOVE r.event_date",
        [f"ALTER TABLE {edge_type.value} DROP event_date" for edge_type in EdgeType])
    try:
        assert reopened.read(_EDGE_DATES) == written
        for name in ("meetings", "asylum_grants", "extradition_requests", "typed_edges"):
            params, columns, expected = EXPECTED[name]
            assert _project(run_query(reopened, name, params), columns) == expected, name
    finally:
        reopened.close()


def test_most_active_finds_a_quiet_actor_when_the_busiest_are_out_of_range(store: Store) -> None:
    # Two actors with four events each and one with two: in 2021 the first has three and the
    # quiet one two, so the page of two holds both, although the quiet one's four-event
    # rivals outnumber it overall.
    from extraction_builder import ExtractionBuilder
    from graph.vocab import EventType, NodeLabel, Role

    actors = {handle: (f"person:{handle}", NodeLabel.PERSON, handle.title(), [], None, None)
              for handle in ("ana", "bea", "cleo")}
    dates = {"ana": ["2021-01-05", "2021-02-05", "2021-03-05", "2020-01-05"],
             "bea": ["2020-02-05", "2020-03-05", "2020-04-05", "2020-05-05"],
             "cleo": ["2021-04-05", "2021-05-05"]}
    article = ExtractionBuilder(actors, "diary.txt", "A year of statements", "2021-06-01",
                                "Test Wire")
    for handle, days in dates.items():
        for day in days:
            article.sentences.append(f"{handle.title()} spoke on {day}.")
            article.event(len(article.sentences) - 1, EventType.STATEMENT, day,
                          [(handle, Role.AGENT)])
    store.write([article.build()])
    rows = run_query(store, "most_active", {"since": "2021", "limit": "2"})
    assert [(row["name"], row["events"]) for row in rows] == [("Ana", 3), ("Cleo", 2)]


def test_extradition_requests_list_each_persons_own_later_events(store: Store) -> None:
    # Two requested persons: one later arrested (as subject) and granted asylum, the other
    # only the agent of an arrest, asked for twice; an undated grant reads 'undated'.
    from extraction_builder import ExtractionBuilder
    from graph.vocab import EdgeType, EventType, NodeLabel, Role

    actors = {"ana": ("person:ana", NodeLabel.PERSON, "Ana", [], None, None),
              "bo": ("person:bo", NodeLabel.PERSON, "Bo", [], None, None),
              "north": ("NTH", NodeLabel.STATE, "Northland", [], None, "NTH"),
              "south": ("STH", NodeLabel.STATE, "Southland", [], None, "STH")}
    article = ExtractionBuilder(actors, "requests.txt", "Two requests", "2022-03-01",
                                "Test Wire")
    for n, (person, day) in enumerate((("bo", "2022-01-09"), ("ana", "2022-01-10"),
                                       ("bo", "2022-01-11"))):
        article.sentences.append(f"Northland asked for {person.title()} on {day}.")
        request = article.event(n, EventType.EXTRADITION_REQUEST, day,
                                [("north", Role.AGENT), (person, Role.SUBJECT)])
        article.edge(n, EdgeType.REQUESTED_EXTRADITION, "north", person, event=request)
    later = [(EventType.ARREST, "2022-02-01", [("south", Role.AGENT), ("ana", Role.SUBJECT)]),
             (EventType.ASYLUM_GRANT, None, [("south", Role.AGENT), ("ana", Role.SUBJECT)]),
             (EventType.ARREST, "2022-02-03", [("bo", Role.AGENT), ("south", Role.SUBJECT)])]
    for kind, day, roles in later:
        article.sentences.append(f"Something happened on {day}.")
        article.event(len(article.sentences) - 1, kind, day, roles)
    store.write([article.build()])
    rows = run_query(store, "extradition_requests", {})
    assert [(row["person"], row["afterwards"]) for row in rows] == [
        ("Bo", []), ("Ana", ["2022-02-01 ARREST", "undated ASYLUM_GRANT"]), ("Bo", [])]


def test_extradition_requests_follow_rewritten_articles(store: Store) -> None:
    # Ana is asked for in one article; another tells of her arrest. Rewriting that one with
    # no day, then with Bo as the one arrested, changes what befell her each time; a third
    # article, written with the second's rewrite, adds a second arrest.
    from extraction_builder import ExtractionBuilder
    from graph.vocab import EdgeType, EventType, NodeLabel, Role

    actors = {"ana": ("person:ana", NodeLabel.PERSON, "Ana", [], None, None),
              "north": ("NTH", NodeLabel.STATE, "Northland", [], None, "NTH")}
    article = ExtractionBuilder(actors, "request.txt", "A request", "2022-03-01", "Test Wire")
    article.sentences.append("Northland asked for Ana.")
    request = article.event(0, EventType.EXTRADITION_REQUEST, "2022-01-09",
                            [("north", Role.AGENT), ("ana", Role.SUBJECT)])
    article.edge(0, EdgeType.REQUESTED_EXTRADITION, "north", "ana", event=request)

    def afterwards() -> list[list[str]]:
        return [row["afterwards"] for row in run_query(store, "extradition_requests", {})]

    store.write([article.build(), _arrest_report("arrest.txt", "2022-01-10")])
    assert afterwards() == [["2022-01-10 ARREST"]]
    store.write([_arrest_report("arrest.txt", None)], force=True)
    assert afterwards() == [["undated ARREST"]]
    store.write([_arrest_report("arrest.txt", "2022-01-12", subject="bo")], force=True)
    assert afterwards() == [[]]
    store.write([_arrest_report("other.txt", "2022-01-13"),
                 _arrest_report("arrest.txt", "2022-01-10")], force=True)
    assert afterwards() == [["2022-01-10 ARREST", "2022-01-13 ARREST"]]


def _arrest_report(path: str, day: str | None, status: str = "asserted",
                   subject: str = "ana") -> Extraction:
    """One article telling that Northland arrested ``subject`` (Ana or Bo) on ``day`` (its
    text names neither the day nor the person, so a rewrite is the same article)."""
    from extraction_builder import ExtractionBuilder
    from graph.vocab import EventType, NodeLabel, Role

    actors = {"ana": ("person:ana", NodeLabel.PERSON, "Ana", [], None, None),
              "bo": ("person:bo", NodeLabel.PERSON, "Bo", [], None, None),
              "north": ("NTH", NodeLabel.STATE, "Northland", [], None, "NTH")}
    article = ExtractionBuilder(actors, path, "An arrest", "2022-03-01", "Test Wire")
    article.sentences.append(f"Northland made an arrest, says {path}.")
    article.event(0, EventType.ARREST, day, [("north", Role.AGENT), (subject, Role.SUBJECT)],
                  status=status)
    return article.build()


def test_conflicting_reports_follow_rewritten_articles(store: Store) -> None:
    # Two articles tell one arrest on different days; rewriting one to agree ends the
    # conflict, and rewriting it with another status starts a new one.
    def reasons() -> list[tuple[str, str | None, str]]:
        rows = run_query(store, "conflicting_reports", {"type": "arrest"})
        return [(row["reason"], row["date"], row["status"]) for row in rows]

    first = _arrest_report("one.txt", "2022-01-10")
    store.write([first, _arrest_report("two.txt", "2022-01-12")])
    assert reasons() == [("dates differ", "2022-01-10", "asserted"),
                         ("dates differ", "2022-01-12", "asserted")]
    store.write([_arrest_report("two.txt", "2022-01-10")], force=True)
    assert reasons() == []
    store.write([_arrest_report("two.txt", "2022-01-10", status="denied")], force=True)
    assert reasons() == [("statuses differ", "2022-01-10", "asserted"),
                         ("statuses differ", "2022-01-10", "denied")]
    store.write([_arrest_report("two.txt", None)], force=True)  # an unknown day agrees
    assert reasons() == []
