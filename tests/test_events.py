"""Events and typed edges read from the parse, pinned with sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_extractor
from graph.model import Extraction


@pytest.fixture(scope="module")
def extract():
    return article_extractor(date(2020, 3, 4))


def _edges(x: Extraction, edge_type: str) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in x.entities}
    return {(names[e.source], names[e.target]) for e in x.edges if e.type.value == edge_type}


def test_active_grant_of_asylum(extract) -> None:
    x = extract("Ecuador granted asylum to Julian Assange in August 2012.")
    assert ("Ecuador", "Julian Assange") in _edges(x, "GRANTED_ASYLUM")
    event = next(v for v in x.events if v.type.value == "ASYLUM_GRANT")
    assert event.date == "2012-08"


def test_relative_clause_and_passive_grant(extract) -> None:
    x = extract("Viktor Yanukovych, who received political shelter in Russia, stayed silent.")
    assert ("Russia", "Viktor Yanukovych") in _edges(x, "GRANTED_ASYLUM")
    y = extract("Edward Snowden has been granted temporary asylum in Russia.")
    assert ("Russia", "Edward Snowden") in _edges(y, "GRANTED_ASYLUM")


def test_denied_grant_gives_no_edge(extract) -> None:
    x = extract("Sweden did not grant asylum to Julian Assange.")
    assert not _edges(x, "GRANTED_ASYLUM")
    assert all(v.status == "denied" for v in x.events if v.type.value == "ASYLUM_GRANT")


def test_extradition_request_nominal_form_with_the_state_asked(extract) -> None:
    x = extract("The United States asked Britain to extradite Julian Assange.")
    edges = [e for e in x.edges if e.type.value == "REQUESTED_EXTRADITION"]
    assert [(x.entity(e.source).name, x.entity(e.target).name) for e in edges] == [
        ("United States", "Julian Assange")]
    assert x.entity(str(edges[0].properties["from"])).name == "United Kingdom"


def test_demanded_extradition_is_coded_1013(extract) -> None:
    x = extract("Spain demanded the extradition of Carles Puigdemont on Monday.")
    event = next(v for v in x.events if v.type.value == "EXTRADITION_REQUEST")
    assert event.cameo == "1013" and event.date == "2020-03-02"
    assert ("Spain", "Carles Puigdemont") in _edges(x, "REQUESTED_EXTRADITION")


def test_signing_active_and_participle(extract) -> None:
    x = extract("Vladimir Putin and Kim Jong Un signed a strategic partnership treaty in Pyongyang.")
    signers = {s for s, _ in _edges(x, "SIGNED")}
    assert signers == {"Vladimir Putin", "Kim Jong Un"}
    assert any(e.type.value == "Document" for e in x.entities)
    y = extract("The declaration signed by Nikol Pashinyan was published.")
    assert {s for s, _ in _edges(y, "SIGNED")} == {"Nikol Pashinyan"}


def test_summit_takes_its_date_and_place(extract) -> None:
    x = extract("Leaders met at a NATO summit in Vilnius on July 11, 2023.")
    summit = next(v for v in x.events if v.type.value == "SUMMIT")
    assert summit.date == "2023-07-11"
    assert summit.location and x.entity(summit.location).name == "Vilnius"


def test_reported_speech_is_a_statement_with_its_speaker(extract) -> None:
    x = extract("Emmanuel Macron said that France would send more aid.")
    statement = next(v for v in x.events if v.type.value == "STATEMENT")
    assert [x.entity(p.entity).name for p in statement.participants] == ["Emmanuel Macron"]


def test_evidence_indexes_the_article_text(extract) -> None:
    text = "Mexico granted asylum to Evo Morales. He arrived on Tuesday."
    x = extract(text)
    for edge in x.edges:
        for ev in edge.evidence:
            assert text[ev.start:ev.end] == ev.sentence


def test_period_bounds_do_not_date_events(extract) -> None:
    x = extract("Vladimir Putin visited North Korea in June 2024, his first visit since 2000.")
    visits = [v for v in x.events if v.type.value == "VISIT"]
    assert visits and all(v.date != "2000" for v in visits)
    assert visits[0].date == "2024-06"
