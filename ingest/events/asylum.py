"""Asylum: "granted X asylum", "X sought refuge in Y", "the state sheltering X".

A granted asylum gives the typed edge ``GRANTED_ASYLUM`` from the state to the person; a
request without a grantor is kept as a requested asylum.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.vocab import EdgeType, EventType, NodeLabel, Role
from ingest.events.drafts import Draft
from ingest.events.lookups import REQUEST, Lookups

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["AsylumRules", "TRIGGERS"]

_ASYLUM_NOUNS = {"asylum", "shelter", "refuge", "sanctuary"}
_SHELTER_VERBS = {"shelter", "harbor", "harbour"}
_GIVE = {"grant", "give", "offer", "provide", "extend", "award", "accord", "approve"}
_RECEIVE = {"receive", "get", "obtain", "find", "take", "seek", "accept", "enjoy", "be", "live"}
TRIGGERS = frozenset(_ASYLUM_NOUNS | _SHELTER_VERBS)


class AsylumRules(Lookups):
    """Rules for asylum given, received or asked for."""

    def read_asylum(self, tok: "Token", lemma: str) -> None:
        if tok.pos_ in ("NOUN", "PROPN") and lemma in _ASYLUM_NOUNS:
            self.asylum_noun(tok)
        elif tok.pos_ == "VERB" and lemma in _SHELTER_VERBS:
            self.asylum_verb(tok)

    def asylum_noun(self, trigger: "Token") -> None:
        verb = self.governing_verb(trigger, 3)
        if verb is None:
            return
        vlemma = verb.lemma_.lower()
        grantor = person = None
        passive = self.child(verb, "nsubjpass") is not None or self.child(verb, "auxpass") is not None
        place = self.pobj(trigger, "in", "from", "by") or self.pobj(verb, "in", "from", "by", "to")
        if vlemma in _GIVE:
            if passive:
                person = self.entity(self.subject(verb))
                grantor = self.entity(self.pobj(verb, "by")) or self.entity(place)
            else:
                grantor = self.entity(self.subject(verb))
                target = (self.child(verb, "dative", "iobj") or self.pobj(verb, "to", "for")
                          or self.pobj(trigger, "to", "for"))
                if target is None:
                    obj = self.child(verb, "dobj")
                    target = obj if obj is not None and obj is not trigger else None
                if target is not None and target.pos_ == "ADP":
                    target = self.child(target, "pobj")
                person = self.entity(target)
        elif vlemma in _RECEIVE or vlemma in REQUEST:
            if verb.dep_ == "acl" and self.child(verb, "dobj") is not None:
                person = self.entity(verb.head)  # "X, accepted the asylum": a misread clause
            else:
                person = self.entity(self.subject(verb))
            grantor = self.entity(place) or self.offered_by(trigger)
            if vlemma in ("seek", "request", "ask", "apply", "want") and grantor is None:
                self.add_asylum(trigger, grantor, person, status="requested")
                return
        else:
            return
        self.add_asylum(trigger, grantor, person)

    def offered_by(self, trigger: "Token") -> str | None:
        """The grantor of "the asylum offered by X" (a participle hung on the noun)."""
        for c in trigger.children:
            if c.dep_ == "acl" and c.lemma_.lower() in _GIVE:
                return self.entity(self.pobj(c, "by"))
        return None

    def asylum_verb(self, verb: "Token") -> None:
        if self.child(verb, "nsubjpass") is not None:
            person = self.entity(self.subject(verb))
            grantor = self.entity(self.pobj(verb, "by", "in"))
        else:
            grantor = self.entity(self.subject(verb))
            person = self.entity(self.child(verb, "dobj"))
        if person is not None:
            self.add_asylum(verb, grantor, person)

    def add_asylum(self, trigger: "Token", grantor: str | None, person: str | None,
                   status: str | None = None) -> None:
        if person is None or self.label(person) is not NodeLabel.PERSON:
            return
        grantor = self.state_of(grantor)
        status = status or self.status(trigger)
        roles = [(person, Role.SUBJECT)] + ([(grantor, Role.AGENT)] if grantor else [])
        draft = self.add(Draft(EventType.ASYLUM_GRANT, roles, [self.evidence(trigger)],
                               self.date(trigger, EventType.ASYLUM_GRANT), status=status,
                               confidence=0.8 if grantor else 0.6))
        if grantor and status == "asserted":
            draft.link(EdgeType.GRANTED_ASYLUM, [grantor], [person], 0.85)
