"""Power: interventions asked for ("X asked Russia to send troops") and changes of power
("the coup", "the ousted president", "seized power", "an uprising ended his rule").

Both are read around who holds or lends force in a state: the request gives
``REQUESTED_INTERVENTION`` from the state that asked to the state or bloc asked; a change of
power is one event per article, its subject the ruler who lost power.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.vocab import EdgeType, EventType, NodeLabel, Role
from ingest.events.drafts import Draft
from ingest.events.lookups import REQUEST, Lookups

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["PowerRules", "TRIGGER_FORMS", "TRIGGERS"]

_FORCES = {"troop", "force", "peacekeeper", "intervention", "soldier", "contingent",
           "peacekeeping"}
_DEPLOY = {"send", "deploy", "dispatch"}
_REQUEST_NOUNS = {"request", "invitation", "appeal", "behest", "call", "plea"}
_POWER_NOUNS = {"coup", "ouster", "overthrow", "revolution", "takeover", "putsch", "ousting",
                "toppling", "resignation"}
_POWER_VERBS = {"oust", "overthrow", "topple", "depose", "resign", "unseat"}
_POWER_OBJECT_VERBS = {"remove", "seize", "take", "grab", "assume", "oust", "drive"}
_OUSTED = {"ousted", "deposed", "toppled", "overthrown", "unseated"}
_END_VERBS = {"end", "topple", "overthrow", "terminate"}
_RULE_NOUNS = {"rule", "regime", "reign", "presidency", "premiership", "dictatorship"}
TRIGGERS = frozenset(_FORCES | _POWER_NOUNS | {"change"} | _POWER_VERBS | _POWER_OBJECT_VERBS
                     | _END_VERBS)
TRIGGER_FORMS = frozenset(_OUSTED)  # words read as written, whatever their lemma


class PowerRules(Lookups):
    """Rules for interventions asked for and changes of power."""

    def read_power(self, tok: "Token", lemma: str) -> None:
        if tok.pos_ in ("NOUN",) and lemma in _FORCES:
            self.intervention(tok)
        if (tok.pos_ == "NOUN" and lemma in _POWER_NOUNS) or (
                tok.pos_ == "NOUN" and lemma == "change" and self.pobj(tok, "of") is not None
                and self.pobj(tok, "of").lemma_.lower() == "power"):
            self.change_of_power(tok, None)
        elif (lemma in _POWER_VERBS and tok.pos_ in ("VERB", "ADJ")) or (
                tok.dep_ == "amod" and tok.lower_ in _OUSTED):
            self.change_of_power(tok, tok)
        elif (tok.pos_ == "VERB" and lemma in _POWER_OBJECT_VERBS
              and any(t.lemma_.lower() == "power" and t.dep_ in ("dobj", "pobj")
                      for c in tok.children for t in (c, *c.children))):
            self.change_of_power(tok, tok)
        elif (tok.pos_ == "VERB" and lemma in _END_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _RULE_NOUNS for c in tok.children)):
            self.change_of_power(tok, tok)  # "an uprising ended his rule"

    def intervention(self, trigger: "Token") -> None:
        asker_verb = None
        for node in self.heads(trigger, 5):
            lemma = node.lemma_.lower()
            if node.pos_ == "VERB" and lemma in _DEPLOY:
                self.intervention_on_request(trigger, node)
                return
            if node.pos_ in ("VERB", "AUX") and (lemma in REQUEST or (
                    lemma == "put" and self.child(node, "dobj") is not None
                    and self.child(node, "dobj").lemma_.lower() in ("question", "request"))):
                asker_verb = node
                break
        if asker_verb is None:
            return
        agent = self.entity(self.subject(asker_verb))
        target = None
        for c in trigger.children:
            if c.dep_ in ("compound", "amod", "poss", "nmod"):
                target = target or self.actors.entity_at(c.i)
        target = target or self.entity(self.pobj(trigger, "from", "of"))
        if target is None and asker_verb.lemma_.lower() in ("ask", "urge", "call"):
            target = self.entity(self.child(asker_verb, "dobj")) or self.entity(
                self.pobj(asker_verb, "on", "upon"))
        if agent is None:
            return
        if target is not None and self.label(target) not in (NodeLabel.STATE, NodeLabel.ORGANIZATION):
            target = None
        roles = [(agent, Role.AGENT)] + ([(target, Role.RECIPIENT)] if target else [])
        draft = self.add(Draft(EventType.INTERVENTION_REQUEST, roles, [self.evidence(trigger)],
                               self.dates.date_for(asker_verb), confidence=0.7))
        if target is not None:
            draft.link(EdgeType.REQUESTED_INTERVENTION, [agent], [target], 0.75)

    def intervention_on_request(self, trigger: "Token", verb: "Token") -> None:
        """"X sends troops at Y's request" / "at the request of Y": Y asked X to intervene."""
        request = None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "upon", "on", "following", "after"):
                request = next((o for o in prep.children if o.dep_ == "pobj"
                                and o.lemma_.lower() in _REQUEST_NOUNS), None)
                if request is not None:
                    break
        if request is None:
            return
        asker = self.entity(self.child(request, "poss")) or self.entity(self.pobj(request, "of", "from"))
        target = self.entity(self.subject(verb))
        if asker is None:
            return
        roles = [(asker, Role.AGENT)] + ([(target, Role.RECIPIENT)] if target else [])
        draft = self.add(Draft(EventType.INTERVENTION_REQUEST, roles, [self.evidence(trigger)],
                               self.date(verb, EventType.INTERVENTION_REQUEST), confidence=0.7))
        if target is not None and self.label(target) in (NodeLabel.STATE, NodeLabel.ORGANIZATION):
            draft.link(EdgeType.REQUESTED_INTERVENTION, [asker], [target], 0.75)

    def change_of_power(self, trigger: "Token", verb: "Token | None") -> None:
        subject = None
        if verb is not None:
            if verb.dep_ == "amod":  # "the ousted president"
                subject = self.entity(verb.head)
            elif verb.lemma_.lower() == "resign":
                subject = self.entity(self.subject(verb))
            elif verb.lemma_.lower() in _END_VERBS and verb.lemma_.lower() not in _POWER_VERBS:
                subject = self.entity(self.child(self.child(verb, "dobj"), "poss"))
            elif verb.lemma_.lower() in ("seize", "take", "grab", "assume"):
                subject = None  # who took power is the agent; the subject is whom it was taken from
            else:
                subject = self.entity(self.child(verb, "dobj") or self.child(verb, "nsubjpass"))
        else:
            subject = self.entity(self.pobj(trigger, "of", "against")) or self.entity(
                self.child(trigger, "poss"))
        roles = []
        if subject and self.label(subject) in (NodeLabel.PERSON, NodeLabel.STATE):
            roles.append((subject, Role.SUBJECT))
        place = self.location(trigger) or self.entity(self.pobj(trigger, "in"))
        if verb is not None and verb.dep_ == "amod":  # "the ousted president": told as past
            when = self.phrase_date(verb.head)
        else:
            when = self.dates.date_for(trigger, 6) or (
                self.date(verb, EventType.CHANGE_OF_POWER)
                if verb is not None and verb.pos_ == "VERB" else None)
        self.add(Draft(EventType.CHANGE_OF_POWER, roles, [self.evidence(trigger)],
                       when, location=place
                       if place and self.label(place) in (NodeLabel.PLACE, NodeLabel.STATE) else None,
                       confidence=0.6))
