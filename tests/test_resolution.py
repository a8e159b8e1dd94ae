"""Cross-article resolution keys: what lets an actor be found again, and what must not."""

from __future__ import annotations

from factories import namesake_extractions
from graph.resolution import AliasIndex
from graph.rows import extraction_rows, match_keys
from graph.vocab import NodeLabel

CUBAN_PRESIDENT = match_keys(NodeLabel.PERSON, ["Cuban president"])[0]


def test_a_role_phrase_is_an_alias_of_the_node_but_not_one_of_its_keys() -> None:
    fidel, _ = namesake_extractions(described_as="Cuban president")
    node = extraction_rows(fidel, {}).nodes[NodeLabel.PERSON][0]
    assert "Cuban president" in node["aliases"]
    assert node["match_keys"] == match_keys(NodeLabel.PERSON, ["Fidel Castro"])
    assert CUBAN_PRESIDENT not in node["match_keys"]


def test_a_role_phrase_finds_no_node_keyed_by_it() -> None:
    # a node written before role phrases were told apart holds the phrase's key
    index = AliasIndex()
    index.add_node(NodeLabel.PERSON, "person:fidel-castro", "Fidel Castro",
                   match_keys(NodeLabel.PERSON, ["Fidel Castro", "Cuban president"]))
    _, raul = namesake_extractions(described_as="Cuban president")
    assert index.resolve(raul)["e1"] == raul.entities[0].key
    # while a name the node is keyed by still finds it
    fidel, _ = namesake_extractions()
    fidel.entities[0].key = "person:fidel-alejandro-castro"
    assert index.resolve(fidel)["e1"] == "person:fidel-castro"
