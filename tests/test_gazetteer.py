"""The curated gazetteer: states keyed by ISO code, adjectives, places, organizations, titles."""

from __future__ import annotations

from graph.vocab import NodeLabel, OrgKind
from ingest.gazetteer import load_gazetteer, lookup_key


def test_states_are_keyed_by_iso3_under_every_common_name() -> None:
    gaz = load_gazetteer()
    for name, iso3 in [("Russia", "RUS"), ("Russian Federation", "RUS"), ("U.S.", "USA"),
                       ("United States", "USA"), ("America", "USA"), ("South Korea", "KOR"),
                       ("Bolivia", "BOL"), ("Plurinational State of Bolivia", "BOL")]:
        entry = gaz.lookup(name)
        assert entry is not None, name
        assert entry.label is NodeLabel.STATE
        assert entry.key == iso3 and entry.iso3 == iso3


def test_adjectives_and_demonyms_point_to_their_state() -> None:
    gaz = load_gazetteer()
    assert gaz.state_of_adjective("Belarusian").key == "BLR"
    assert gaz.state_of_adjective("Kyrgyz").key == "KGZ"
    assert gaz.state_of_adjective("Americans").key == "USA"
    assert gaz.state_of_adjective("Moscow") is None


def test_cities_are_places_in_their_state_and_territories_are_not_states() -> None:
    gaz = load_gazetteer()
    bishkek = gaz.lookup("Bishkek")
    assert bishkek.label is NodeLabel.PLACE and bishkek.iso3 == "KGZ"
    assert gaz.lookup("Hong Kong").label is NodeLabel.PLACE


def test_organizations_carry_kind_and_acronyms() -> None:
    gaz = load_gazetteer()
    csto = gaz.lookup("CSTO")
    assert csto.name == "Collective Security Treaty Organization"
    assert csto.kind == OrgKind.IGO.value
    assert gaz.lookup("Interfax").kind == OrgKind.MEDIA.value
    kremlin = gaz.lookup("the Kremlin")
    assert kremlin.kind == OrgKind.GOVERNMENT.value and kremlin.iso3 == "RUS"


def test_ambiguous_aliases_are_looked_up_but_never_ruled() -> None:
    gaz = load_gazetteer()
    assert gaz.lookup("Trend") is not None
    patterns = {p["pattern"] for p in gaz.ruler_patterns()}
    assert "Trend" not in patterns and "Victoria" not in patterns
    assert "Kyrgyzstan" in patterns and "Belarusian" in patterns


def test_lookup_key_ignores_case_article_and_possessive() -> None:
    assert lookup_key("the Kremlin's") == lookup_key("Kremlin")
    assert lookup_key("Mexico’s") == "mexico"


def test_titles_include_compound_offices() -> None:
    titles = load_gazetteer().titles
    assert {"president", "prime minister", "foreign minister", "governor"} <= titles
