"""Network analytics on both stores: projection and its filters, centrality, communities,
ego networks, the signed network, and GraphML/GEXF files that read back."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import networkx as nx
import pytest

from graph.analytics import (CO_PARTICIPATION, centrality, communities, ego, project,
                             resolve_actor, signed_network)
from graph.errors import QueryError
from graph.export import for_graph_tools, write_gexf, write_graphml
from graph.store import Store
from network_corpus import corpus

BAKIYEV = "person:kurmanbek-bakiyev"
DECLARATION = "document:moscow-declaration"
CSTO = "organization:csto"


@pytest.fixture
def loaded(store: Store) -> Store:
    store.write(corpus())
    return store


def _typed(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, v, d["type"]) for u, v, d in g.edges(data=True)}


def test_projection_holds_actors_and_typed_edges(loaded: Store) -> None:
    g = project(loaded)
    assert g.nodes["RUS"] == {"label": "State", "name": "Russia",
                              "aliases": ["Russia", "Russian Federation"], "kind": None,
                              "iso3": "RUS"}
    assert g.nodes[CSTO]["kind"] == "igo"
    grants = [d for _, _, d in g.edges(data=True) if d["type"] == "GRANTED_ASYLUM"]
    assert len(grants) == 1
    grant = grants[0]
    assert (grant["date"], grant["sign"], grant["confidence"], grant["kind"]) == \
        ("2010-04-19", 1, 0.8, "edge")
    assert grant["event"] and grant["article"].startswith("a-")
    assert g.has_edge("BLR", BAKIYEV)
    assert g.number_of_edges() == 18  # 3 + (3 met + 4 signed + 4 member) + 4 met
    assert not any(d["type"] == CO_PARTICIPATION for _, _, d in g.edges(data=True))
    assert "place:minsk" not in g  # no typed edge touches it
    assert "place:minsk" in project(loaded, isolates=True)


def test_projection_filters_dates_and_types(loaded: Store) -> None:
    april = project(loaded, until="2010-04")
    assert _typed(april) == {("BLR", BAKIYEV, "GRANTED_ASYLUM"),
                             ("KGZ", BAKIYEV, "REQUESTED_EXTRADITION"), ("KGZ", "BLR", "ACCUSED")}
    later = project(loaded, since="2010-05-08", until="2010-05")
    assert {t for *_, t in _typed(later)} == {"MET_WITH", "SIGNED"}  # undated MEMBER_OF left out
    only = project(loaded, edge_types=["GRANTED_ASYLUM", "ACCUSED"])
    assert _typed(only) == {("BLR", BAKIYEV, "GRANTED_ASYLUM"), ("KGZ", "BLR", "ACCUSED")}
    none = project(loaded, edge_types=[])
    assert none.number_of_edges() == 0
    with pytest.raises(ValueError):
        project(loaded, edge_types=["GRANTED_ASYLUMM"])


def test_co_participation_edges_for_selected_event_types(loaded: Store) -> None:
    g = project(loaded, edge_types=[], event_types=["SUMMIT"])
    pairs = {frozenset((u, v)) for u, v in g.edges()}
    assert pairs == {frozenset(p) for p in [("RUS", "BLR"), ("RUS", "KAZ"), ("RUS", "ARM"),
                                            ("BLR", "KAZ"), ("BLR", "ARM"), ("KAZ", "ARM")]}
    data = next(d for u, v, d in g.edges(data=True) if {u, v} == {"BLR", "KAZ"})
    assert (data["type"], data["event_type"], data["sign"], data["directed"]) == \
        (CO_PARTICIPATION, "SUMMIT", 1, False)
    signing = project(loaded, edge_types=[], event_types=["SIGNING"])
    # all signatories are agents: same side, so no sign between them
    signs = {(frozenset((u, v)), d["sign"]) for u, v, d in signing.edges(data=True)}
    assert (frozenset(("BLR", "RUS")), 0) in signs
    assert (frozenset(("RUS", DECLARATION)), 1) in signs
    request = project(loaded, edge_types=[], event_types=["EXTRADITION_REQUEST"])
    signs = {frozenset((u, v)): d["sign"] for u, v, d in request.edges(data=True)}
    assert signs == {frozenset(("KGZ", "BLR")): 1, frozenset(("KGZ", BAKIYEV)): 1,
                     frozenset(("BLR", BAKIYEV)): 0}  # asked state and person: no sign


def test_centrality_ranks_the_hub_first(loaded: Store) -> None:
    g = project(loaded)
    for measure in ("degree", "betweenness"):
        rows = centrality(g, top=3, by=measure)
        assert rows[0].id == "RUS" and rows[0].rank == 1, measure
        assert len(rows) == 3
    meetings = project(loaded, edge_types=["MET_WITH"])
    top = centrality(meetings, top=1)[0]
    assert (top.id, top.name, top.degree) == ("RUS", "Russia", 4)
    assert len(centrality(g, top=None)) == g.number_of_nodes()
    with pytest.raises(QueryError):
        centrality(g, by="closeness")


def test_communities_are_deterministic_with_a_seed(loaded: Store) -> None:
    g = project(loaded)
    first = communities(g, seed=0)
    assert first == communities(project(loaded), seed=0)
    groups = [set(c.members) for c in first]
    assert {"FRA", "DEU", "ITA"} in groups
    assert sum(len(c) for c in groups) == g.number_of_nodes()
    assert [c.index for c in first] == list(range(1, len(first) + 1))
    assert [c.size for c in first] == sorted((c.size for c in first), reverse=True)


def test_ego_network_by_radius(loaded: Store) -> None:
    g = project(loaded)
    one = ego(g, BAKIYEV)
    assert set(one.nodes) == {BAKIYEV, "BLR", "KGZ"}
    assert ("KGZ", "BLR", "ACCUSED") in _typed(one)
    two = ego(g, BAKIYEV, radius=2)
    assert {"RUS", DECLARATION, CSTO} <= set(two.nodes)
    assert "FRA" not in two
    with pytest.raises(QueryError):
        ego(g, "person:nobody")


def test_resolve_actor_by_name_alias_or_part(loaded: Store) -> None:
    g = project(loaded)
    assert resolve_actor(g, "Russian Federation") == "RUS"
    assert resolve_actor(g, "bakiyev") == BAKIYEV
    assert resolve_actor(g, "Collective Security") == CSTO
    with pytest.raises(QueryError, match="names 2 actors"):
        resolve_actor(g, "ia")  # Russia, Armenia, ... : ambiguous part
    with pytest.raises(QueryError):
        resolve_actor(g, "Atlantis")


def test_signed_network_separates_cooperation_from_conflict(loaded: Store) -> None:
    s = signed_network(project(loaded))
    assert s["BLR"][BAKIYEV]["sign"] == 1
    assert s["KGZ"][BAKIYEV]["sign"] == -1
    assert s["KGZ"]["BLR"]["sign"] == -1
    assert s["KGZ"]["BLR"]["weight"] == pytest.approx(-0.8)
    assert not s.has_edge("BLR", CSTO)  # membership is neutral
    summit = signed_network(project(loaded, event_types=["SUMMIT"]))
    assert summit["KAZ"]["ARM"]["sign"] == 1  # co-participants of a cooperative event
    # the summit's meeting edge already stands for Russia and Belarus at that event
    assert (summit["RUS"]["BLR"]["positive"], summit["RUS"]["BLR"]["types"]) == (1, ["MET_WITH"])


def test_graphml_and_gexf_read_back(loaded: Store, tmp_path: Path) -> None:
    g = project(loaded, event_types=["SUMMIT"])
    graphml, gexf = tmp_path / "net.graphml", tmp_path / "net.gexf"
    write_graphml(g, graphml)
    write_gexf(g, gexf)
    for back in (nx.read_graphml(graphml), nx.read_gexf(gexf)):
        assert back.number_of_nodes() == g.number_of_nodes()
        assert back.number_of_edges() == g.number_of_edges()
    from_graphml = nx.read_graphml(graphml)
    assert from_graphml.nodes["RUS"]["label"] == "Russia"
    assert from_graphml.nodes["RUS"]["category"] == "State"
    assert from_graphml.nodes["RUS"]["aliases"] == "Russia; Russian Federation"
    relations = {d["relation"] for *_, d in from_graphml.edges(data=True)}
    assert {"GRANTED_ASYLUM", CO_PARTICIPATION} <= relations
    from_gexf = nx.read_gexf(gexf)
    assert from_gexf.nodes["BLR"]["label"] == "Belarus"
    assert all(isinstance(d["weight"], float) for *_, d in from_gexf.edges(data=True))


def test_graph_tools_copy_has_one_type_per_attribute() -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", name="A", iso3=None, score=1)
    g.add_node("b", name="B", score=2.5)
    g.add_edge("a", "b", key="k", type="MET_WITH", confidence=None, sign=1)
    h = for_graph_tools(g)
    assert h.nodes["a"] == {"name": "A", "score": 1.0, "label": "A"}
    assert isinstance(h.nodes["a"]["score"], float)
    assert h.edges["a", "b", "k"] == {"relation": "MET_WITH", "sign": 1, "label": "MET_WITH"}


@pytest.mark.parametrize("name", ["graph.analytics.centrality", "graph.analytics.communities",
                                  "graph.analytics.ego", "graph.analytics.projection",
                                  "graph.analytics.signed", "graph.export", "graph.snapshot",
                                  "graph.rdf"])
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), raise_on_error=False)
    assert result.attempted > 0 and result.failed == 0
