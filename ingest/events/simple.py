"""Events told by one verb or noun and its arguments: "X criticized Y", "X threatened Y",
"police arrested X", "the protest in Minsk", "the election".

Each verb names its event type and, where the act relates two actors, its typed edge
(``CRITICIZED``, ``ACCUSED``, ``THREATENED``); the nouns give events without edges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.vocab import EdgeType, EventType, NodeLabel, Role
from ingest.events.drafts import Draft
from ingest.events.lookups import Lookups

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SimpleEventRules", "TRIGGERS"]

_SIMPLE_VERBS: dict[str, tuple[EventType, EdgeType | None]] = {
    "accuse": (EventType.ACCUSATION, EdgeType.ACCUSED),
    "blame": (EventType.ACCUSATION, EdgeType.ACCUSED),
    "charge": (EventType.ACCUSATION, EdgeType.ACCUSED),
    "indict": (EventType.ACCUSATION, EdgeType.ACCUSED),
    "criticize": (EventType.STATEMENT, EdgeType.CRITICIZED),
    "criticise": (EventType.STATEMENT, EdgeType.CRITICIZED),
    "condemn": (EventType.STATEMENT, EdgeType.CRITICIZED),
    "denounce": (EventType.STATEMENT, EdgeType.CRITICIZED),
    "slam": (EventType.STATEMENT, EdgeType.CRITICIZED),
    "rebuke": (EventType.STATEMENT, EdgeType.CRITICIZED),
    "threaten": (EventType.THREAT, EdgeType.THREATENED),
    "arrest": (EventType.ARREST, None),
    "detain": (EventType.ARREST, None),
    "sanction": (EventType.SANCTION, None),
    "visit": (EventType.VISIT, None),
}
# "accusation" is not among these nouns: the accusation rules read it ("accusations against X")
_NOUN_EVENTS = {"protest": EventType.PROTEST, "demonstration": EventType.PROTEST,
                "rally": EventType.PROTEST, "election": EventType.ELECTION,
                "referendum": EventType.ELECTION, "sanction": EventType.SANCTION,
                "embargo": EventType.SANCTION, "arrest": EventType.ARREST,
                "visit": EventType.VISIT, "threat": EventType.THREAT}
_REFLEXIVE = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
TRIGGERS = frozenset(_SIMPLE_VERBS.keys() | _NOUN_EVENTS.keys())


class SimpleEventRules(Lookups):
    """Rules for events a single verb or noun tells."""

    def read_simple(self, tok: "Token", lemma: str) -> None:
        if tok.pos_ == "VERB" and lemma in _SIMPLE_VERBS:
            self.simple_verb(tok, *_SIMPLE_VERBS[lemma])
        elif tok.pos_ == "NOUN" and lemma in _NOUN_EVENTS:
            self.noun_event(tok, _NOUN_EVENTS[lemma])

    def simple_verb(self, verb: "Token", event_type: EventType, edge_type: EdgeType | None) -> None:
        agents = self.group(self.subject(verb)) if self.child(verb, "nsubjpass") is None else \
            self.group(self.pobj(verb, "by"))
        targets = self.group(self.child(verb, "dobj")) if self.child(verb, "nsubjpass") is None else \
            self.group(self.child(verb, "nsubjpass"))
        if event_type is EventType.THREAT and not targets:
            targets = self.group(self.pobj(verb, "against", "to"))
        # "he has only himself to blame": no one else is accused
        targets = [t for t in targets if t not in agents]
        holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for h in holders for c in h.children):
            return
        if not agents and not targets:
            return
        status = self.status(verb)
        roles = [(a, Role.AGENT) for a in agents] + [(t, Role.SUBJECT) for t in targets if t not in agents]
        draft = self.add(Draft(event_type, roles, [self.evidence(verb)], self.date(verb, event_type),
                               location=self.location(verb), status=status))
        if edge_type is not None and status == "asserted":
            draft.link(edge_type, agents, targets, 0.7)

    def noun_event(self, trigger: "Token", event_type: EventType) -> None:
        actors = []
        for c in trigger.children:
            if c.dep_ in ("compound", "amod", "poss", "nmod"):
                local = self.actors.entity_at(c.i)
                if local and local not in actors:
                    actors.append(local)
        actors += [a for a in self.group(self.pobj(trigger, "of", "by", "against", "on", "to"))
                   if a not in actors]
        own_date = self.dates.date_for(trigger)
        location = self.location(trigger)
        if location is None:  # "a visit to Pyongyang": the place named is where it happens
            location = next((a for a in actors if self.label(a) is NodeLabel.PLACE), None)
        actors = [a for a in actors if a != location]
        if not actors and own_date is None and location is None:
            return  # "the threat to security": an abstract noun, not a told event
        self.add(Draft(event_type, [(a, Role.PARTICIPANT) for a in actors],
                       [self.evidence(trigger)], own_date or self.date(trigger, event_type),
                       location=location, status=self.status(trigger), confidence=0.5))
