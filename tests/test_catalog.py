"""The query catalog loads, declares typed parameters, and converts them strictly."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import QueryError
from graph.readonly import assert_read_only
from queries.catalog import CATALOG_DIR, ParamSpec, convert_param, get_query, load_catalog

REQUIRED = {"find_actor", "asylum_grants", "extradition_requests", "documents",
            "member_statements", "actor_profile", "actor_timeline", "events", "meetings",
            "members", "leaders_at", "shortest_connection", "most_active",
            "conflicting_reports", "evidence", "recent_articles"}

# Queries that look up one id and so return at most one row: nothing to order.
SINGLE_ROW = {"evidence"}


def test_catalog_has_every_required_query() -> None:
    catalog = load_catalog()
    assert REQUIRED <= set(catalog)
    assert len(catalog) >= 15


@pytest.mark.parametrize("name", sorted(load_catalog()))
def test_every_query_is_described_and_read_only(name: str) -> None:
    spec = load_catalog()[name]
    assert spec.title and spec.description and spec.example.startswith(f"poligraph query {name}")
    for param in spec.params:
        assert param.description, f"{name}: parameter {param.name} has no description"
        assert f"${param.name}" in spec.text, f"{name}: {param.name} is declared but unused"
    for text in (spec.text, *spec.variants.values()):
        assert_read_only(text)
        if name not in SINGLE_ROW:
            assert "ORDER BY" in text, f"{name}: results must be ordered"
    assert set(spec.variants) <= {"embedded", "neo4j"}
    assert spec.text_for("neo4j") == spec.text
    assert spec.text_for("embedded") == spec.variants.get("embedded", spec.text)


def test_every_file_belongs_to_a_query() -> None:
    names = set(load_catalog())
    for path in Path(CATALOG_DIR).iterdir():
        if path.suffix in {".cypher", ".toml"}:
            assert path.name.split(".")[0] in names, f"stray catalog file {path.name}"


@pytest.mark.parametrize(("kind", "text", "value"), [
    ("int", "12", 12), ("int", " -3 ", -3), ("float", "0.5", 0.5), ("float", "2", 2.0),
    ("bool", "yes", True), ("bool", "FALSE", False), ("bool", "1", True),
    ("date", "2010", "2010"), ("date", "2010-05", "2010-05"), ("date", "2010-05-08", "2010-05-08"),
    ("date", "", ""), ("list", "a, b,,c", ["a", "b", "c"]), ("list", '["x", 2]', ["x", "2"]),
    ("list", "", []), ("str", "Bakiyev", "Bakiyev"), ("str", "a=b", "a=b"),
])
def test_parameters_are_converted_to_their_types(kind: str, text: str, value: object) -> None:
    assert convert_param(ParamSpec("p", kind), text) == value


@pytest.mark.parametrize(("kind", "text"), [
    ("int", "ten"), ("int", "1.5"), ("float", "x"), ("bool", "maybe"), ("date", "2010-13"),
    ("date", "2010-02-30"), ("date", "May 2010"), ("list", "[1"), ("list", '["a",'),
])
def test_bad_parameters_are_query_errors(kind: str, text: str) -> None:
    with pytest.raises(QueryError, match=f"parameter p expects {kind}"):
        convert_param(ParamSpec("p", kind), text)


def test_bind_fills_defaults_and_rejects_unknown_or_missing() -> None:
    spec = get_query("actor_timeline")
    bound = spec.bind({"actor": "Bakiyev", "limit": "5"})
    assert bound == {"actor": "Bakiyev", "since": "", "until": "", "limit": 5}
    with pytest.raises(QueryError, match="missing parameter actor"):
        spec.bind({})
    with pytest.raises(QueryError, match="unknown parameter.*colour"):
        spec.bind({"actor": "x", "colour": "red"})


def test_unknown_query_suggests_close_names() -> None:
    with pytest.raises(QueryError, match="did you mean asylum_grants"):
        get_query("asylum_grant")


def test_parameters_are_never_spliced_into_the_text() -> None:
    class Recorder:
        backend = "embedded"

        def read(self, cypher: str, params: dict) -> list[dict]:
            self.seen = (cypher, params)
            return []

    from queries.catalog import run_query

    store = Recorder()
    run_query(store, "asylum_grants", {"person": "x' OR 1=1 //"})
    cypher, params = store.seen
    assert "OR 1=1" not in cypher and params["person"] == "x' OR 1=1 //"
    assert cypher == get_query("asylum_grants").text_for("embedded")


# Queries that name every typed edge (or every event type) in their text, because a
# relationship type or a per-type branch cannot be a parameter: a type added to the
# vocabulary must reach them too.
EDGE_TYPE_LISTS = ["typed_edges.cypher", "typed_edges.embedded.cypher", "evidence.cypher",
                   "evidence.embedded.cypher", "shortest_connection.cypher",
                   "shortest_connection.embedded.cypher"]
EVENT_TYPE_LISTS = ["conflicting_reports.cypher"]


@pytest.mark.parametrize("file", EDGE_TYPE_LISTS)
def test_queries_that_list_edge_types_list_every_one(file: str) -> None:
    import re

    from graph.vocab import EdgeType

    text = (CATALOG_DIR / file).read_text(encoding="utf-8")
    named = set(re.findall(r"\b[A-Z][A-Z_]+\b", text))
    assert {t.value for t in EdgeType} <= named


@pytest.mark.parametrize("file", EVENT_TYPE_LISTS)
def test_queries_that_list_event_types_list_every_one(file: str) -> None:
    from graph.vocab import EventType

    text = (CATALOG_DIR / file).read_text(encoding="utf-8")
    assert all(f"'{t.value}'" in text for t in EventType)
