"""Hostile queries through every door a user has — ``poligraph cypher``, the dashboard's Cypher
box and the catalog's parameters — on both stores: refused (or harmless), the graph unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import Store
from query_corpus import corpus
from test_readonly import HOSTILE

INJECTIONS = ["x' OR 1=1 //", "}) DETACH DELETE n //", "\" OR true RETURN 1 //",
              "'); MATCH (n) DETACH DELETE n; //", "$person", "`Person`) DELETE n //"]


@pytest.fixture
def loaded(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The query corpus in a store of each back end, which the CLI and dashboard also open."""
    store.write(corpus())
    monkeypatch.setenv("POLIGRAPH_STORE", store.backend)
    if store.backend == "embedded":
        monkeypatch.setenv("POLIGRAPH_DB", str(store.path))  # type: ignore[attr-defined]
    else:
        config = store._config  # type: ignore[attr-defined]
        for name, value in (("NEO4J_URI", config.neo4j_uri), ("NEO4J_USER", config.neo4j_user),
                            ("NEO4J_PASSWORD", config.neo4j_password),
                            ("NEO4J_DATABASE", config.neo4j_database)):
            monkeypatch.setenv(name, value)
    yield store


def test_cli_cypher_refuses_every_hostile_query(loaded: Store,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from poligraph.cli import main

    before = loaded.stats().to_dict()
    for cypher in HOSTILE:
        assert main(["cypher", cypher]) == 1, cypher
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("poligraph: error: refused"), (cypher, err)
    assert loaded.stats().to_dict() == before


def test_catalog_parameters_are_values_never_query_text(loaded: Store) -> None:
    from graph.errors import QueryError
    from queries.catalog import load_catalog, run_query

    before = loaded.stats().to_dict()
    ran = 0
    for name, spec in load_catalog().items():
        text_params = [p for p in spec.params if p.type in ("str", "list")]
        for param in text_params:
            for value in INJECTIONS:
                given = {p.name: "Belarus" for p in spec.params if p.required and p.type == "str"}
                given[param.name] = [value] if param.type == "list" else value
                try:
                    rows = run_query(loaded, name, given)
                except QueryError:
                    continue  # e.g. a value outside a closed vocabulary: refused, not run
                ran += 1
                assert len(rows) < 1000, (name, param.name, value)
    assert ran > 10
    assert loaded.stats().to_dict() == before
    assert len(loaded.read("MATCH (p:Person) RETURN p.id AS id")) == before["nodes"]["Person"]


def test_dashboard_cypher_box_refuses_every_hostile_query(loaded: Store) -> None:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    before = loaded.stats().to_dict()
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        at = AppTest.from_file(str(app), default_timeout=120)
        at.run()
        at.switch_page("views/queries.py").run()
        assert not at.exception, at.exception
        for cypher in HOSTILE:
            at.text_area(key="cypher_text").input(cypher)
            at.button[1].click().run()
            assert not at.exception, (cypher, at.exception)
            errors = [e.value for e in at.error]
            assert len(errors) == 1 and errors[0].startswith("Write refused"), (cypher, errors)
        at.text_area(key="cypher_text").input("MATCH (p:Person) RETURN p.name AS name")
        at.text_area(key="cypher_params").input('{"x": "}) DETACH DELETE n //"}')
        at.button[1].click().run()
        assert not at.error
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
    assert loaded.stats().to_dict() == before
