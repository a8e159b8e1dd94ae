"""More phrasings of the core facts, each pinned with a sentence written for this test."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import article_extractor
from graph.model import Extraction


@pytest.fixture(scope="module")
def extract():
    return article_extractor(date(2021, 9, 15))


def _edges(x: Extraction, edge_type: str) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in x.entities}
    return {(names[e.source], names[e.target]) for e in x.edges if e.type.value == edge_type}


def test_asylum_offered_by_a_government_and_accepted(extract) -> None:
    x = extract("Ashraf Ghani accepted the humanitarian asylum offered by the Emirati government.")
    assert ("United Arab Emirates", "Ashraf Ghani") in _edges(x, "GRANTED_ASYLUM")


def test_headline_is_read_apart_from_the_line_above(extract) -> None:
    x = extract("Share this story\n\nBrazil asks Paraguay to extradite Mario Abdo\n\nMore soon.")
    assert ("Brazil", "Mario Abdo") in _edges(x, "REQUESTED_EXTRADITION")


def test_extradited_to_a_state_tells_that_state_asked(extract) -> None:
    x = extract("A London court ruled that Julian Assange could be extradited to Sweden from "
                "Britain.")
    edge = next(e for e in x.edges if e.type.value == "REQUESTED_EXTRADITION")
    assert (x.entity(edge.source).name, x.entity(edge.target).name) == ("Sweden", "Julian Assange")
    assert x.entity(str(edge.properties["from"])).name == "United Kingdom"


def test_agreement_between_two_states_was_signed_by_both(extract) -> None:
    x = extract("Critics said the 2019 agreement between Chile and Bolivia was unfair.")
    assert {s for s, _ in _edges(x, "SIGNED")} == {"Chile", "Bolivia"}
    y = extract("Critics said the Chilean agreement was unfair.")
    assert not _edges(y, "SIGNED")


def test_counterpart_of_a_signed_accord_signs_too(extract) -> None:
    x = extract("Kenya signed a trade accord with Ethiopia in March 2020.")
    assert {s for s, _ in _edges(x, "SIGNED")} == {"Kenya", "Ethiopia"}


def test_talks_of_two_heads_of_state_are_a_summit_dated_by_their_signing(extract) -> None:
    x = extract("Chinese President Xi Jinping and Brazilian President Lula da Silva signed a "
                "trade pact in Beijing on April 14, 2023.\n\n"
                "Xi and Lula held talks that lasted three hours.")
    summit = next(v for v in x.events if v.type.value == "SUMMIT")
    assert summit.date == "2023-04-14"
    assert not [v for v in x.events if v.type.value == "MEETING"]


def test_a_minister_meeting_a_governor_stays_a_meeting(extract) -> None:
    x = extract("Foreign Minister Sergei Lavrov met with Governor Alexander Beglov on Monday.")
    assert [v.type.value for v in x.events if v.type.value in ("SUMMIT", "MEETING")] == ["MEETING"]


def test_abstract_nouns_are_not_events(extract) -> None:
    x = extract("Officials spoke of the threat to stability and warned of protests.")
    assert not [v for v in x.events if v.type.value in ("THREAT", "PROTEST")]


def test_a_possible_extension_joins_the_grant_it_extends(extract) -> None:
    x = extract("Chad granted asylum to Idriss Deby on 3 May 2021.\n\n"
                "The asylum of Idriss Deby may be extended next year.")
    grants = [v for v in x.events if v.type.value == "ASYLUM_GRANT"]
    assert len(grants) == 1 and grants[0].status == "asserted"
    assert grants[0].date == "2021-05-03"


def test_the_summit_takes_the_date_of_the_gathering_told_before(extract) -> None:
    x = extract("On Monday, Foreign Minister Cesar Landa met Foreign Minister Carolina Urrejola "
                "in Lima.\n\nA statement issued the following day praised the summit.")
    summits = [v for v in x.events if v.type.value == "SUMMIT"]
    assert [v.date for v in summits] == ["2021-09-13"]
    assert summits[0].location and x.entity(summits[0].location).name == "Lima"


def test_counterparts_listed_by_name_meet_each_other(extract) -> None:
    x = extract("Ghana's foreign minister Shirley Ayorkor Botchwey and her Kenyan counterpart, "
                "Raychelle Omamo, met in Accra on Friday.")
    pairs = _edges(x, "MET_WITH")
    assert {frozenset(p) for p in pairs} == {frozenset({"Shirley Ayorkor Botchwey", "Raychelle Omamo"})}


def test_troops_sent_at_a_leaders_request(extract) -> None:
    x = extract("NATO sends troops to Kosovo at Vjosa Osmani's request.")
    assert ("Vjosa Osmani", "NATO") in {(s, t) for s, t in _edges(x, "REQUESTED_INTERVENTION")} or \
        ("Vjosa Osmani", "North Atlantic Treaty Organization") in _edges(x, "REQUESTED_INTERVENTION")
    y = extract("NATO sends troops to Kosovo.")
    assert not [v for v in y.events if v.type.value == "INTERVENTION_REQUEST"]


def test_an_uprising_that_ended_a_rule_is_a_change_of_power_dated_by_its_clause(extract) -> None:
    x = extract("Omar al-Bashir was arrested on April 11, 2019, after protests that ended "
                "his 30-year rule.")
    change = next(v for v in x.events if v.type.value == "CHANGE_OF_POWER")
    assert change.date == "2019-04-11"
    assert [x.entity(p.entity).name for p in change.participants] == ["Omar al-Bashir"]


def test_the_ousted_leader_is_not_dated_by_the_sentence_that_mentions_him(extract) -> None:
    x = extract("On Monday, Mali's government charged the ousted president with treason.")
    changes = [v for v in x.events if v.type.value == "CHANGE_OF_POWER"]
    assert changes and all(v.date is None for v in changes)


def test_a_statement_reporting_a_recorded_event_is_its_evidence_only(extract) -> None:
    x = extract("Jacinda Ardern said that Fiji and Samoa signed a fisheries treaty.")
    assert {s for s, _ in _edges(x, "SIGNED")} == {"Fiji", "Samoa"}
    assert not [v for v in x.events if v.type.value == "STATEMENT"]
    y = extract("Jacinda Ardern said that the fisheries talks were useful.")
    assert [v.type.value for v in y.events] == ["STATEMENT"]


def test_words_inside_a_quotation_are_not_a_second_speaker(extract) -> None:
    x = extract('"I want to say that we are ready," Reuters quoted Keir Starmer as saying.')
    speakers = {x.entity(p.entity).name for v in x.events if v.type.value == "STATEMENT"
                for p in v.participants if p.role.value == "agent"}
    assert speakers == {"Keir Starmer"}


def test_an_outlet_reporting_is_a_source_not_a_speaker(extract) -> None:
    x = extract("Reuters reported on Friday that the talks had stalled.")
    assert not [v for v in x.events if v.type.value == "STATEMENT"]


def test_a_statement_made_on_a_day_is_dated_by_its_verb(extract) -> None:
    x = extract("Olaf Scholz made the announcement on Tuesday in Berlin.")
    statement = next(v for v in x.events if v.type.value == "STATEMENT")
    assert statement.date == "2021-09-14"


def test_blaming_oneself_accuses_no_one(extract) -> None:
    x = extract("Viktor Orban has only himself to blame, Donald Tusk said.")
    assert not _edges(x, "ACCUSED")
    assert not [v for v in x.events if v.type.value == "ACCUSATION"]


def test_charges_and_warrants_accuse_the_person_named(extract) -> None:
    x = extract("France has charged Carlos Ghosn with fraud.")
    assert ("France", "Carlos Ghosn") in _edges(x, "ACCUSED")
    y = extract("Argentina issued an arrest warrant for Cristina Kirchner on Monday.")
    assert ("Argentina", "Cristina Kirchner") in _edges(y, "ACCUSED")


def test_a_person_sought_by_a_capital_for_a_deed_is_accused_by_its_state(extract) -> None:
    x = extract("Talks focused on Julian Assange, the publisher sought by Washington for "
                "leaking secrets.")
    assert ("United States", "Julian Assange") in _edges(x, "ACCUSED")


def test_an_upcoming_visit_is_proposed(extract) -> None:
    x = extract("The row will not affect Joe Biden's upcoming visit to Warsaw.")
    visits = [v for v in x.events if v.type.value == "VISIT"]
    assert visits and all(v.status == "proposed" for v in visits)


def test_today_inside_a_quotation_is_not_the_publication_day(extract) -> None:
    x = extract('"The accord signed today ends the war," Nikol Pashinyan was quoted as saying.')
    assert all(v.date is None for v in x.events if v.type.value == "SIGNING")
    y = extract("Armenia and Azerbaijan signed an accord today.")
    assert [v.date for v in y.events if v.type.value == "SIGNING"] == ["2021-09-15"]


_WORDS = ["Chile", "Peru", "Gabriel Boric", "asked", "granted", "asylum", "to", "extradite",
          "signed", "a", "treaty", "summit", "met", "the", "following", "day", "on", "May", "8",
          "said", "that", "not", "\n\n", '"', "himself", "charges", "against", "sent", "troops",
          "at", "request", "ousted", "today", ",", "."]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_any_sequence_of_trigger_words_extracts_without_error(extract, words) -> None:
    x = extract(" ".join(words))
    ids = {e.id for e in x.entities}
    assert all(e.source in ids and e.target in ids for e in x.edges)
    assert all(v.date is None or len(v.date) in (4, 7, 10) for v in x.events)
