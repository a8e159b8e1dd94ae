"""The lookups every event rule shares: who a token stands for, how its verb reads.

Rules of every family fill roles the same way — the entity behind a subject, an object or a
pronoun, the status and date of the clause, the place "in/at X" — so these lookups are written
once here, as the base class the rule families extend (see ``reader.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import Evidence
from graph.vocab import EventType, NodeLabel
from ingest.actor_table import ActorTable
from ingest.actors import evidence_of
from ingest.events.drafts import Draft
from ingest.time import DateResolver, ResolvedDate

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

__all__ = ["Lookups", "REQUEST", "told_as_news"]

# verbs of asking for something: asylum, extradition and intervention are all asked for
REQUEST = {"ask", "request", "urge", "call", "demand", "insist", "seek", "want", "press", "push",
           "appeal", "petition", "file", "submit", "send", "prepare", "apply", "plan", "vow",
           "pursue", "issue", "make", "renew", "reiterate"}
_REFUSE = {"refuse", "deny", "reject", "decline", "rule", "dismiss", "turn"}
_HYPOTHETICAL = {"may", "might", "could", "propose", "consider", "if", "whether", "possible"}
_PLANNED = {"upcoming", "planned", "forthcoming", "scheduled", "expected", "proposed",
            "possible", "future", "potential", "prospective"}
_PRESENT_TAGS = {"VBZ", "VBP"}
# Events whose undated present-tense report is taken to happen on the day of publication.
_NEWS_OF_THE_DAY = {EventType.STATEMENT, EventType.ASYLUM_GRANT, EventType.EXTRADITION_REQUEST,
                    EventType.ACCUSATION, EventType.THREAT, EventType.ARREST,
                    EventType.CHANGE_OF_POWER, EventType.SIGNING, EventType.INTERVENTION_REQUEST}


class Lookups:
    """One parsed article and the lookups every rule shares; the rule families extend it."""

    def __init__(self, doc: "Doc", actors: ActorTable, dates: DateResolver,
                 article_id: str) -> None:
        self.doc, self.actors, self.dates, self.article_id = doc, actors, dates, article_id
        self.drafts: list[Draft] = []
        self.current = -1
        from ingest.gazetteer import load_gazetteer

        self.gazetteer = load_gazetteer()

    # -- entity lookups ----------------------------------------------------------------

    def entity(self, tok: "Token | None") -> str | None:
        """The actor a token stands for: itself, its modifiers, or a pronoun's antecedent."""
        if tok is None:
            return None
        local = self.actors.entity_at(tok.i)
        if local is not None:
            return local
        if tok.pos_ == "PRON" or tok.lower_ in ("who", "which", "that"):
            return self.antecedent(tok)
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod", "appos"):
                local = self.actors.entity_at(child.i) or self.actors.state_at(child.i)
                if local is not None:
                    return local
                if child.dep_ == "poss" and child.pos_ == "PRON":
                    return self.antecedent(child)
        if tok.dep_ == "appos" and tok.pos_ == "NOUN":  # "X, the cult leader sought by ..."
            local = self.actors.entity_at(tok.head.i)
            if local is not None:
                return local
        if tok.pos_ != "ADP":  # a name the parser hung below its title as an object
            for child in tok.children:
                if child.dep_ == "pobj" and child.i == tok.i + 1 + sum(
                        1 for t in tok.doc[tok.i + 1:child.i] if t.dep_ == "compound"):
                    local = self.actors.entity_at(child.i)
                    if local is not None:
                        return local
        for child in tok.children:  # "head of the Kyrgyz government" -> the government's state
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        local = self.actors.entity_at(obj.i)
                        if local is not None:
                            return local
        return self.actors.state_at(tok.i)

    def antecedent(self, pron: "Token") -> str | None:
        """A relative pronoun's noun, or a personal pronoun's nearest earlier person."""
        if pron.lower_ in ("who", "which", "that") and pron.head.dep_ == "relcl":
            return self.entity(pron.head.head)
        if pron.lower_ in ("it", "its"):
            wanted = (NodeLabel.STATE, NodeLabel.ORGANIZATION)
        else:
            wanted = (NodeLabel.PERSON,)
        sent_root = pron.sent.root
        for child in sent_root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < pron.i:
                local = self.actors.entity_at(child.i)
                if local and self.actors.get(local).type in wanted:
                    return local
        for i in range(pron.i - 1, max(-1, pron.i - 120), -1):
            local = self.actors.entity_at(i)
            if local and self.actors.get(local).type in wanted and not self.actors.is_media(local):
                return local
        return None

    def entities_under(self, tok: "Token", labels: tuple[NodeLabel, ...]) -> list[str]:
        """Entities named in a phrase (with its conjuncts), in order, each once."""
        found: list[str] = []
        for t in tok.subtree:
            local = self.actors.entity_at(t.i)
            if local and local not in found and self.actors.get(local).type in labels:
                found.append(local)
        return found

    def group(self, tok: "Token | None") -> list[str]:
        """An argument and its conjuncts ("X and Y") as entities."""
        if tok is None:
            return []
        members = [tok, *tok.conjuncts]
        # "X and his Greek and French counterparts, Y and Z": the names listed in apposition
        # stand for the titles they follow
        by_apposition = False
        for t in members:  # grows while read; bounded by the phrase
            for c in t.children:
                if c.dep_ in ("appos", "conj") and c not in members:
                    members.append(c)
                    by_apposition = by_apposition or c.dep_ == "appos"
        if by_apposition:
            members = [t for t in members if self.actors.entity_at(t.i) is not None]
        out = []
        for t in members:
            local = self.entity(t)
            if local and local not in out and not self.actors.is_media(local):
                out.append(local)
        return out

    def state_of(self, local: str | None) -> str | None:
        """A place given as a state's seat ("in New Delhi") stands for that state."""
        if local is None:
            return None
        ent = self.actors.get(local)
        if ent.type in (NodeLabel.STATE, NodeLabel.PERSON, NodeLabel.ORGANIZATION):
            return local
        entry = self.gazetteer.lookup(ent.name)
        if entry is None or not entry.iso3:
            return None
        state = self.gazetteer.get(entry.iso3)
        if state is None:
            return None
        return self.actors.add(NodeLabel.STATE, state.name, key=state.key, iso3=entry.iso3)

    def label(self, local: str) -> NodeLabel:
        return self.actors.get(local).type

    # -- syntax helpers ----------------------------------------------------------------

    @staticmethod
    def child(tok: "Token", *deps: str) -> "Token | None":
        for c in tok.children:
            if c.dep_ in deps:
                return c
        return None

    @staticmethod
    def pobj(tok: "Token", *preps: str) -> "Token | None":
        for c in tok.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in preps:
                for o in c.children:
                    if o.dep_ == "pobj":
                        return o
        return None

    def subject(self, verb: "Token") -> "Token | None":
        """The subject of a verb, inherited through xcomp/conj chains and relative clauses."""
        node = verb
        for _ in range(4):
            subj = self.child(node, "nsubj", "nsubjpass")
            if subj is not None:
                if subj.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                    return node.head
                return subj
            if node.dep_ in ("xcomp", "conj", "advcl", "acomp", "pcomp") and node.head is not node:
                node = node.head
                continue
            if node.dep_ == "relcl":
                return node.head
            break
        return None

    @staticmethod
    def heads(tok: "Token", limit: int) -> "Iterator[Token]":
        """The tokens above one in the parse, nearest first, at most ``limit`` of them."""
        node = tok
        for _ in range(limit):
            if node.head is node:
                return
            node = node.head
            yield node

    @staticmethod
    def governing_verb(tok: "Token", limit: int = 4) -> "Token | None":
        node = tok
        for _ in range(limit):
            if node.head is node:
                return node if node.pos_ in ("VERB", "AUX") else None
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node
        return None

    def status(self, tok: "Token") -> str:
        if any(c.dep_ == "amod" and c.lower_ in _PLANNED for c in tok.children):
            return "proposed"  # "the upcoming visit", "a planned summit"
        node = tok
        for _ in range(3):
            for c in node.children:
                if c.dep_ == "neg":
                    return "denied"
                if c.lower_ in _HYPOTHETICAL and c.dep_ in ("aux", "mark", "advmod"):
                    return "proposed"
            if node.lemma_.lower() in _REFUSE and node is not tok:
                return "denied"
            if node.head is node:
                break
            node = node.head
        return "asserted"

    # -- dates, evidence, place --------------------------------------------------------

    def date(self, trigger: "Token", event_type: EventType) -> ResolvedDate | None:
        found = self.dates.date_for(trigger)
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else self.governing_verb(trigger)
        if found is None and verb is not None and verb is not trigger:
            found = self.dates.date_for(verb)
        if found is not None or event_type not in _NEWS_OF_THE_DAY or verb is None:
            return found
        return self.dates.assumed_news_day() if told_as_news(verb) else None

    def phrase_date(self, noun: "Token") -> ResolvedDate | None:
        """A date named inside a noun's own phrase ("the talks on 3 May")."""
        start, end = noun.left_edge.i, noun.right_edge.i
        for ent in self.dates.sentence_dates(noun):
            if ent.label_ == "DATE" and start <= ent.root.i <= end:
                found = self.dates.resolve_span(ent)
                if found is not None:
                    return found
        return None

    def evidence(self, tok: "Token") -> Evidence:
        return evidence_of(tok.sent)

    def location(self, *toks: "Token | None") -> str | None:
        """The place "in/at X" attached to a predicate, or misread as attached to a person it
        governs ("met Y in Lima": people have no location of their own)."""
        for tok in toks:
            if tok is None:
                continue
            people = [c for c in tok.children if c.dep_ == "dobj" and self.actors.entity_at(c.i)
                      and self.label(self.actors.entity_at(c.i)) is NodeLabel.PERSON]
            for holder in (tok, *people):
                obj = self.pobj(holder, "in", "at")
                local = self.actors.entity_at(obj.i) if obj is not None else None
                if local and self.label(local) in (NodeLabel.PLACE, NodeLabel.STATE):
                    return local
        return None

    def add(self, draft: Draft) -> Draft:
        if draft.trigger < 0:
            draft.trigger = self.current
        self.drafts.append(draft)
        return draft


def told_as_news(verb: "Token") -> bool:
    """Whether a clause reports something of the day: present or present perfect tense in it
    or in the clauses that govern it ("says it is preparing to seek extradition"), or a bare
    past tense of a main clause ("Ukraine asked Russia to extradite ...")."""
    node = verb
    for _ in range(5):
        auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if node.tag_ in _PRESENT_TAGS or auxes & {"has", "have", "is", "are"}:
            return True
        if node.tag_ == "VBD" and node.dep_ == "ROOT" and not auxes & {"had"}:
            return True
        if node.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or node.head is node:
            return False
        node = node.head
    return False
