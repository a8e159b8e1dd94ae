"""``poligraph analyze`` and ``poligraph export`` on an embedded store."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from graph.config import StoreConfig
from graph.rdf import actor_uri
from graph.rdf_vocab import PG
from graph.stores import open_store
from network_corpus import corpus
from poligraph.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "graph.lbdb"
    with open_store(StoreConfig(backend="embedded", db_path=path)) as store:
        store.write(corpus())
    return str(path)


def test_centrality_table_and_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "centrality", "--by", "degree", "--top", "2", "--db", db]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("Central actors by degree")
    assert lines[3].split()[:3] == ["1", "RUS", "Russia"]
    assert "(2 rows)" in out
    assert main(["analyze", "centrality", "--by", "degree", "--json", "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == "RUS" and rows[0]["degree"] == 6


def test_communities_ego_and_signed(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "communities", "--json", "--db", db]) == 0
    groups = [set(c["members"]) for c in json.loads(capsys.readouterr().out)]
    assert {"FRA", "DEU", "ITA"} in groups
    assert main(["analyze", "ego", "--actor", "Bakiyev", "--json", "--db", db]) == 0
    edges = {(r["source_id"], r["type"], r["target_id"])
             for r in json.loads(capsys.readouterr().out)}
    assert edges == {("BLR", "GRANTED_ASYLUM", "person:kurmanbek-bakiyev"),
                     ("KGZ", "REQUESTED_EXTRADITION", "person:kurmanbek-bakiyev"),
                     ("KGZ", "ACCUSED", "BLR")}
    assert main(["analyze", "signed", "--until", "2010-04", "--json", "--db", db]) == 0
    signs = {(r["source_id"], r["target_id"]): r["sign"]
             for r in json.loads(capsys.readouterr().out)}
    assert signs == {("BLR", "person:kurmanbek-bakiyev"): 1, ("BLR", "KGZ"): -1,
                     ("KGZ", "person:kurmanbek-bakiyev"): -1}


def test_analyze_errors_are_one_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "ego", "--db", db]) == 1
    assert main(["analyze", "ego", "--actor", "Atlantis", "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "no actor named 'Atlantis'" in err
    with pytest.raises(SystemExit):
        main(["analyze", "centrality", "--edge-type", "HUGGED", "--db", db])


def test_export_formats(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gexf, ttl = tmp_path / "net.gexf", tmp_path / "graph.ttl"
    assert main(["export", "-o", str(gexf), "--edge-type", "MET_WITH", "--db", db]) == 0
    assert nx.read_gexf(gexf).number_of_edges() == 7
    assert main(["export", "-o", str(ttl), "--until", "2010-04", "--db", db]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"wrote {ttl} (turtle)"
    g = Graph()
    g.parse(ttl, format="turtle")
    assert (actor_uri("BLR"), PG.grantedAsylum, actor_uri("person:kurmanbek-bakiyev")) in g
    assert (actor_uri("FRA"), None, None) not in g
    nt = tmp_path / "graph.out"
    assert main(["export", "--format", "nt", "-o", str(nt), "--db", db]) == 0
    assert nt.read_text(encoding="utf-8").count(" .\n") > 100
    assert main(["export", "-o", str(tmp_path / "graph.xyz"), "--db", db]) == 1
    assert "give --format" in capsys.readouterr().err
