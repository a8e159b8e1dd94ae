"""Extradition requests: "Spain asked Russia to extradite X", "the extradition of X".

The request gives ``REQUESTED_EXTRADITION`` from the requesting state to the person, with the
state asked (``from``) when the text or the article's asylum events name it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.vocab import EdgeType, EventType, NodeLabel, Role
from ingest.events.drafts import Draft
from ingest.events.lookups import REQUEST, Lookups

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ExtraditionRules", "TRIGGERS"]

_DEMAND = {"demand", "insist"}
TRIGGERS = frozenset({"extradition", "extradite", "hand"})


class ExtraditionRules(Lookups):
    """Rules for extradition asked for, demanded or told as done."""

    def read_extradition(self, tok: "Token", lemma: str) -> None:
        if lemma == "extradition" or (tok.pos_ == "VERB" and lemma == "extradite"):
            self.extradition(tok)
        elif tok.pos_ == "VERB" and lemma == "hand" and self.child(tok, "prt") is not None:
            self.extradition(tok)

    def extradition(self, trigger: "Token") -> None:
        person = requester = asked = None
        demanded = False
        if trigger.pos_ == "VERB":
            person = self.entity(self.child(trigger, "dobj") or self.child(trigger, "nsubjpass"))
            head = trigger.head if trigger.dep_ in ("xcomp", "ccomp", "advcl") else None
            if head is None or head.lemma_.lower() not in REQUEST:
                # "X could be extradited to Spain": only a state that asked receives the person,
                # so the request is told whatever becomes of the extradition itself
                requester = self.destination(trigger)
                if requester is None or person is None:
                    return
                asked = self.entity(self.pobj(trigger, "from"))
                self.add_extradition(trigger, person, requester, asked, False, "asserted", 0.65)
                return
            requester = self.entity(self.subject(head))
            asked = self.entity(self.child(head, "dobj"))
            if asked is None and self.child(trigger, "nsubj") is not None:
                asked = self.entity(self.child(trigger, "nsubj"))
            demanded = head.lemma_.lower() in _DEMAND
            status_token = head
        else:
            person = self.entity(self.pobj(trigger, "of", "for"))
            status_token = trigger
            for node in self.heads(trigger, 5):
                lemma = node.lemma_.lower()
                if node.pos_ == "NOUN" and lemma in ("request", "demand", "application", "bid"):
                    requester = requester or self.entity(self.pobj(node, "from", "by")) or self.entity(
                        self.child(node, "poss", "compound", "amod"))
                    demanded = demanded or lemma == "demand"
                if node.pos_ in ("VERB", "AUX"):
                    status_token = node
                    if lemma == "receive":
                        asked = self.entity(self.subject(node))
                        break
                    if lemma in REQUEST or lemma in ("say", "want"):
                        if requester is None:
                            requester = self.entity(self.subject(node))
                        asked = asked or self.entity(self.child(node, "dobj")) if lemma == "ask" else asked
                        demanded = demanded or lemma in _DEMAND
                        if requester is not None:
                            break
                        continue
                    if requester is None and lemma not in ("be",):
                        requester = self.entity(self.subject(node))
                    break
            if person is None:
                return
        if person is None:
            return
        requester = requester or self.destination(trigger)
        self.add_extradition(trigger, person, requester, asked, demanded, self.status(status_token),
                             0.8 if requester else 0.6)

    def destination(self, trigger: "Token") -> str | None:
        """The state a person is to be extradited to ("extradited to Spain")."""
        local = self.state_of(self.entity(self.pobj(trigger, "to")))
        return local if local is not None and self.label(local) is NodeLabel.STATE else None

    def add_extradition(self, trigger: "Token", person: str, requester: str | None,
                        asked: str | None, demanded: bool, status: str,
                        confidence: float) -> None:
        if self.label(person) is not NodeLabel.PERSON:
            return
        if requester == person:
            requester = None
        if asked is not None:
            asked = self.state_of(asked)
            if asked is not None and self.label(asked) is not NodeLabel.STATE:
                asked = None
        roles = [(person, Role.SUBJECT)]
        if requester:
            roles.append((requester, Role.AGENT))
        if asked:
            roles.append((asked, Role.RECIPIENT))
        props: dict[str, object] = {"demanded": True} if demanded else {}
        draft = self.add(Draft(EventType.EXTRADITION_REQUEST, roles, [self.evidence(trigger)],
                               self.date(trigger, EventType.EXTRADITION_REQUEST),
                               status=status, properties=props, confidence=confidence))
        if requester and status != "denied":
            edge_props: dict[str, object] = {"from": asked} if asked else {}
            if demanded:
                edge_props["demanded"] = True
            draft.edges.append((EdgeType.REQUESTED_EXTRADITION, requester, person, edge_props,
                                confidence))

    def address_to_shelter(self) -> None:
        """An extradition request with no state named is addressed to the state sheltering the
        person, when the article tells of that shelter."""
        shelter = {}
        for d in self.drafts:
            if d.type is EventType.ASYLUM_GRANT:
                for edge_type, source, target, _, _ in d.edges:
                    if edge_type is EdgeType.GRANTED_ASYLUM and self.label(source) is NodeLabel.STATE:
                        shelter[target] = source
        for d in self.drafts:
            if d.type is not EventType.EXTRADITION_REQUEST:
                continue
            for edge_type, source, target, props, conf in d.edges:
                if "from" not in props and target in shelter:
                    props["from"] = shelter[target]
                    if (shelter[target], Role.RECIPIENT) not in d.participants:
                        d.participants.append((shelter[target], Role.RECIPIENT))
