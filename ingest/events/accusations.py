"""Accusations told by a noun or a manhunt: "charges against X", "a warrant for X",
"X, sought by Turkey for plotting a coup".

(The verbs "accuse", "blame", "charge" are read with the other single-verb events in
``simple.py``.) Whoever brings the charge or seeks the person gets an ``ACCUSED`` edge to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.vocab import EdgeType, EventType, NodeLabel, Role
from ingest.events.drafts import Draft
from ingest.events.lookups import Lookups

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["AccusationRules", "TRIGGERS"]

_CHARGE_NOUNS = {"charge", "accusation", "allegation", "warrant", "indictment"}
_SEEK = {"seek", "want"}
TRIGGERS = frozenset(_CHARGE_NOUNS | _SEEK)


class AccusationRules(Lookups):
    """Rules for charges brought and persons sought for a deed."""

    def read_accusations(self, tok: "Token", lemma: str) -> None:
        if tok.pos_ == "NOUN" and lemma in _CHARGE_NOUNS:
            self.accusation_noun(tok)
        if tok.pos_ == "VERB" and lemma in _SEEK and any(
                c.dep_ == "prep" and c.lower_ == "for" and any(
                    o.dep_ in ("pobj", "pcomp") for o in c.children) for c in tok.children):
            self.wanted_for(tok)

    def accusation_noun(self, noun: "Token") -> None:
        """"charges against X", "a warrant for X": whoever brings or issues them accuses X."""
        targets = [t for t in self.group(self.pobj(noun, "against", "for"))
                   if self.label(t) is NodeLabel.PERSON]
        if not targets:
            return
        verb = self.governing_verb(noun, 2)
        agents: list[str] = []
        if verb is not None and self.child(verb, "nsubjpass") is None and noun.dep_ == "dobj":
            agents = self.group(self.subject(verb))
        if not agents:
            agents = [a for c in noun.children if c.dep_ in ("amod", "compound", "poss")
                      for a in [self.actors.state_at(c.i)] if a]
        self.accuse(noun, verb or noun, agents, targets)

    def wanted_for(self, verb: "Token") -> None:
        """"X, sought by Turkey for plotting a coup": who seeks a person for a deed accuses them."""
        if verb.dep_ == "acl":
            targets, agents = self.group(verb.head), self.group(self.pobj(verb, "by"))
        elif self.child(verb, "nsubjpass") is not None:
            targets, agents = self.group(self.child(verb, "nsubjpass")), self.group(self.pobj(verb, "by"))
        else:
            targets, agents = self.group(self.child(verb, "dobj")), self.group(self.subject(verb))
        targets = [t for t in targets if self.label(t) is NodeLabel.PERSON]
        if targets and agents:
            self.accuse(verb, verb, agents, targets)

    def accuse(self, trigger: "Token", verb: "Token", agents: list[str], targets: list[str]) -> None:
        # a capital standing for its government ("sought by Ankara") is that state
        agents = [self.state_of(a) or a for a in agents]
        agents = [a for a in dict.fromkeys(agents) if a not in targets and not self.actors.is_media(a)
                  and self.label(a) is not NodeLabel.PLACE]
        status = self.status(verb)
        roles = [(a, Role.AGENT) for a in agents] + [(t, Role.SUBJECT) for t in targets]
        draft = self.add(Draft(EventType.ACCUSATION, roles, [self.evidence(trigger)],
                               self.date(verb, EventType.ACCUSATION), status=status,
                               confidence=0.6))
        if status == "asserted":
            draft.link(EdgeType.ACCUSED, agents, targets, 0.65)
