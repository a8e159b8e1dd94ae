"""The linked-data export: a hand-built graph exported from both stores, read back with rdflib,
and the SPARQL queries of docs/sparql.md run exactly as documented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib.namespace as ns
from rdflib import Graph, Literal, URIRef

from graph.export import export_store
from graph.ids import article_id
from graph.rdf import actor_uri, article_uri, serialise, to_rdf
from graph.rdf_vocab import EDGE_PREDICATES, EVENT_TYPE_TERMS, LABEL_CLASSES, PG, ROLE_PREDICATES, SEM
from graph.snapshot import SnapshotFilter, read_snapshot
from graph.store import Store
from graph.vocab import EdgeType, EventType, NodeLabel, Role
from network_corpus import ASYLUM_HEADLINE, asylum, corpus

DOC = Path(__file__).resolve().parent.parent / "docs" / "sparql.md"
BAKIYEV = actor_uri("person:kurmanbek-bakiyev")
BELARUS = actor_uri("BLR")


def documented_queries() -> dict[str, str]:
    """Each ```sparql block of the document under the heading above it."""
    text = DOC.read_text(encoding="utf-8")
    found = {}
    for section in re.split(r"^## ", text, flags=re.M)[1:]:
        heading, _, body = section.partition("\n")
        block = re.search(r"```sparql\n(.*?)```", body, re.S)
        if block:
            found[heading.strip()] = block.group(1)
    return found


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Graph:
    store.write(corpus())
    path = tmp_path / "graph.ttl"
    export_store(store, path, "turtle")
    parsed = Graph()
    parsed.parse(path, format="turtle")
    return parsed


def test_the_document_holds_the_three_queries() -> None:
    assert set(documented_queries()) == {"Asylum grants", "Everything derived from one article",
                                         "Events by CAMEO code"}


def test_asylum_grants_query(exported: Graph) -> None:
    rows = list(exported.query(documented_queries()["Asylum grants"]))
    assert [(str(r.grantor), str(r.person), r.date, str(r.headline), r.url) for r in rows] == [
        ("Belarus", "Kurmanbek Bakiyev", Literal("2010-04-19", datatype=ns.XSD.date),
         ASYLUM_HEADLINE, URIRef("https://news.example.org/2010/04/23/asylum"))]


def test_everything_derived_from_one_article_query(exported: Graph) -> None:
    article = article_uri(asylum().article.id)
    rows = list(exported.query(documented_queries()["Everything derived from one article"],
                               initBindings={"article": article}))
    found = [(str(r.kind), r.what, int(r.start)) for r in rows]
    text = asylum().article.text
    second = text.index("Three days later")
    third = text.index("Kyrgyzstan accused")
    assert found == [
        ("edge", PG.grantedAsylum, 0), ("event", PG.ASYLUM_GRANT, 0),
        ("edge", PG.requestedExtradition, second), ("event", PG.EXTRADITION_REQUEST, second),
        ("edge", PG.accused, third), ("event", PG.ACCUSATION, third)]
    assert all(text[int(r.start):].startswith(str(r.sentence)) for r in rows)


def test_events_by_cameo_code_query(exported: Graph) -> None:
    rows = list(exported.query(documented_queries()["Events by CAMEO code"]))
    counts = {(str(r.cameo), r.type): int(r.events) for r in rows}
    assert counts == {
        ("0213", PG.EXTRADITION_REQUEST): 1, ("040", PG.MEETING): 4, ("044", PG.SUMMIT): 1,
        ("057", PG.SIGNING): 1, ("075", PG.ASYLUM_GRANT): 1, ("112", PG.ACCUSATION): 1}
    assert [str(r.cameo) for r in rows] == sorted(str(r.cameo) for r in rows)


def test_actors_events_and_provenance(exported: Graph) -> None:
    g = exported
    assert (BELARUS, ns.RDF.type, ns.SDO.Country) in g
    assert (BELARUS, ns.RDF.type, SEM.Actor) in g
    assert (BELARUS, PG.iso3, Literal("BLR")) in g
    assert (BAKIYEV, ns.RDF.type, ns.SDO.Person) in g
    assert (BAKIYEV, ns.SDO.alternateName, Literal("Bakiyev")) in g
    assert (actor_uri("place:minsk"), ns.SDO.containedInPlace, BELARUS) in g
    assert (BELARUS, PG.grantedAsylum, BAKIYEV) in g
    statements = list(g.subjects(ns.RDF.predicate, PG.requestedExtradition))
    assert len(statements) == 1
    statement = statements[0]
    assert (statement, ns.RDF.subject, actor_uri("KGZ")) in g
    assert (statement, PG.fromState, BELARUS) in g
    event = g.value(statement, PG.event)
    assert (event, PG.hasRecipient, BELARUS) in g
    assert (event, SEM.hasActor, BELARUS) in g
    assert (event, PG.cameo, Literal("0213")) in g
    article = article_uri(asylum().article.id)
    for fact in (statement, event):
        assert (fact, ns.PROV.wasDerivedFrom, article) in g
        activity = g.value(fact, ns.PROV.wasGeneratedBy)
        assert (activity, ns.RDF.type, ns.PROV.Activity) in g
        assert (activity, ns.PROV.used, article) in g
        agent = g.value(activity, ns.PROV.wasAssociatedWith)
        assert (agent, ns.RDF.type, ns.PROV.SoftwareAgent) in g
    assert (article, ns.RDF.type, ns.SDO.NewsArticle) in g
    assert (article, ns.SDO.datePublished, Literal("2010-04-23", datatype=ns.XSD.date)) in g
    assert (article, ns.SDO.mentions, BAKIYEV) in g
    assert (PG.ASYLUM_GRANT, PG.cameo, Literal("075")) in g
    assert (PG.accused, PG.sign, Literal(-1)) in g


def test_filters_cut_the_export(store: Store) -> None:
    store.write(corpus())
    g = to_rdf(read_snapshot(store, SnapshotFilter.of(until="2010-04")), vocabulary=False)
    assert set(g.subjects(ns.RDF.type, SEM.Event)) and all(
        str(d).startswith("2010-04") for d in g.objects(None, SEM.hasTimeStamp))
    assert (actor_uri("FRA"), None, None) not in g
    headlines = {str(h) for h in g.objects(None, ns.SDO.headline)}
    assert headlines == {ASYLUM_HEADLINE}


@pytest.mark.parametrize("fmt,parse_as", [("json-ld", "json-ld"), ("nt", "nt")])
def test_other_serialisations_parse_back(store: Store, tmp_path: Path, fmt: str,
                                         parse_as: str) -> None:
    store.write([asylum()])
    path = tmp_path / f"graph.{fmt}"
    export_store(store, path, fmt)
    back = Graph()
    back.parse(path, format=parse_as)
    assert (BELARUS, PG.grantedAsylum, BAKIYEV) in back
    if fmt == "json-ld":
        assert json.loads(path.read_text(encoding="utf-8"))["@context"]["pg"] == str(PG._NS)


def test_vocabulary_covers_every_enum_and_rejects_misspellings() -> None:
    assert set(EDGE_PREDICATES) == set(EdgeType)
    assert set(EVENT_TYPE_TERMS) == set(EventType)
    assert set(ROLE_PREDICATES) == set(Role)
    assert set(LABEL_CLASSES) == set(NodeLabel) - {NodeLabel.ARTICLE}
    with pytest.raises(AttributeError):
        PG.grantedAsylm  # noqa: B018
    with pytest.raises(AttributeError):
        SEM.hasActors  # noqa: B018


def test_instance_iris_are_url_safe() -> None:
    assert str(actor_uri("person:jean-luc:paris")) == "https://poligraph.dev/id/person/jean-luc/paris"
    assert str(actor_uri("document:a b/c")) == "https://poligraph.dev/id/document/a%20b%2Fc"
    assert str(article_uri(article_id("x"))).startswith("https://poligraph.dev/id/article/a-")
    assert serialise(Graph(), "nt").strip() == ""
