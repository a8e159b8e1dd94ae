"""Events and typed edges from the dependency parse.

Each trigger (a verb or a nominalisation: "granted asylum", "extradition of X", "signed a
statement", "summit") is read through its syntactic neighbours — subject, object, dative,
passive agent, prepositional objects, the antecedent of a relative clause, the clause that
governs an infinitive or a noun — never through word proximity. Roles are filled with the
entities the actor stage mapped to tokens (``ActorTable``). Denied or refused acts are recorded
with their status and give no typed edge; mentions of one event across an article merge into
one event with several evidence sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.ids import actor_key, event_key
from graph.model import Edge, Event, Evidence, Participant
from graph.vocab import DocumentKind, EdgeType, EventType, NodeLabel, Role
from ingest.actor_table import ActorTable
from ingest.provenance import EXTRACTOR
from ingest.time import DateResolver, ResolvedDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_events"]

_ASYLUM_NOUNS = {"asylum", "shelter", "refuge", "sanctuary"}
_GIVE = {"grant", "give", "offer", "provide", "extend", "award", "accord", "approve"}
_RECEIVE = {"receive", "get", "obtain", "find", "take", "seek", "accept", "enjoy", "be", "live"}
_REQUEST = {"ask", "request", "urge", "call", "demand", "insist", "seek", "want", "press", "push",
            "appeal", "petition", "file", "submit", "send", "prepare", "apply", "plan", "vow",
            "pursue", "issue", "make", "renew", "reiterate"}
_DEMAND = {"demand", "insist"}
_REFUSE = {"refuse", "deny", "reject", "decline", "rule", "dismiss", "turn"}
_HYPOTHETICAL = {"may", "might", "could", "propose", "consider", "if", "whether", "possible"}
_DOCUMENT_NOUNS = {"statement": DocumentKind.STATEMENT, "declaration": DocumentKind.DECLARATION,
                   "agreement": DocumentKind.AGREEMENT, "treaty": DocumentKind.AGREEMENT,
                   "accord": DocumentKind.AGREEMENT, "pact": DocumentKind.AGREEMENT,
                   "deal": DocumentKind.AGREEMENT, "memorandum": DocumentKind.AGREEMENT,
                   "protocol": DocumentKind.AGREEMENT, "charter": DocumentKind.AGREEMENT,
                   "convention": DocumentKind.AGREEMENT, "document": DocumentKind.STATEMENT,
                   "communique": DocumentKind.STATEMENT, "letter": DocumentKind.LETTER,
                   "appeal": DocumentKind.LETTER, "resolution": DocumentKind.DECLARATION}
_AGREEMENT_NOUNS = {"agreement", "treaty", "accord", "pact", "deal", "memorandum", "protocol",
                    "convention"}
_SIGN_VERBS = {"sign", "ink", "adopt", "conclude", "reach", "initial", "endorse", "countersign"}
_FORCES = {"troop", "force", "peacekeeper", "intervention", "soldier", "contingent",
           "peacekeeping"}
_POWER_NOUNS = {"coup", "ouster", "overthrow", "revolution", "takeover", "putsch", "ousting",
                "toppling", "resignation"}
_POWER_VERBS = {"oust", "overthrow", "topple", "depose", "resign", "unseat"}
_SPEECH = {"say", "state", "announce", "declare", "tell", "stress", "emphasize", "emphasise",
           "add", "note", "claim", "confirm", "insist", "warn", "quote", "write", "report",
           "explain", "assert", "argue", "reiterate", "comment", "deny"}
_SIMPLE: dict[str, tuple[EventType, EdgeType | None]] = {
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
_NOUN_EVENTS = {"protest": EventType.PROTEST, "demonstration": EventType.PROTEST,
                "rally": EventType.PROTEST, "election": EventType.ELECTION,
                "referendum": EventType.ELECTION, "sanction": EventType.SANCTION,
                "embargo": EventType.SANCTION, "arrest": EventType.ARREST,
                "visit": EventType.VISIT, "accusation": EventType.ACCUSATION,
                "threat": EventType.THREAT}
_MEET_NOUNS = {"meeting", "talk", "talks", "negotiation"}
_PRESENT_TAGS = {"VBZ", "VBP"}
_ONE_PER_ARTICLE = {EventType.SUMMIT, EventType.CHANGE_OF_POWER}
_QUANTITY = {"number", "series", "package", "set", "couple", "raft", "host", "pair"}
_POWER_OBJECT_VERBS = {"remove", "seize", "take", "grab", "assume", "oust", "drive"}
# Events whose undated present-tense report is taken to happen on the day of publication.
_NEWS_OF_THE_DAY = {EventType.STATEMENT, EventType.ASYLUM_GRANT, EventType.EXTRADITION_REQUEST,
                    EventType.ACCUSATION, EventType.THREAT, EventType.ARREST,
                    EventType.CHANGE_OF_POWER, EventType.SIGNING, EventType.INTERVENTION_REQUEST}
_PLANNED = {"upcoming", "planned", "forthcoming", "scheduled", "expected", "proposed",
            "possible", "future", "potential", "prospective"}
_REMOTE = {"video", "phone", "telephone", "virtual", "online", "remote"}
_OUSTED = {"ousted", "deposed", "toppled", "overthrown", "unseated"}
_END_VERBS = {"end", "topple", "overthrow", "terminate"}
_RULE_NOUNS = {"rule", "regime", "reign", "presidency", "premiership", "dictatorship"}
_SPEECH_NOUNS = {"statement", "announcement", "speech", "address", "remarks", "declaration"}
_DELIVER = {"make", "issue", "deliver", "give", "release", "read", "publish"}
_FIRST_PERSON = {"i", "we"}
_REFLEXIVE = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
_CHARGE_NOUNS = {"charge", "accusation", "allegation", "warrant", "indictment"}
_SEEK = {"seek", "want"}
_DEPLOY = {"send", "deploy", "dispatch"}
_REQUEST_NOUNS = {"request", "invitation", "appeal", "behest", "call", "plea"}
_GATHER_VERBS = {"meet", "gather", "convene", "assemble"}
_GATHERINGS = (EventType.SUMMIT, EventType.MEETING, EventType.VISIT, EventType.SIGNING)
_LEADER_TITLE = re.compile(r"\b(president|prime minister|premier|chancellor|king|queen|emir|"
                           r"sultan|monarch|leader|ruler|head of (state|government))\b", re.I)
_NOT_LEADER = re.compile(r"\b(vice|deputy|opposition|party|former|ex-)", re.I)
# every lemma some rule starts from: other words are skipped at once
_TRIGGER_LEMMAS = frozenset().union(
    _ASYLUM_NOUNS, {"shelter", "harbor", "harbour", "extradition", "extradite", "hand", "summit",
                    "change"},
    _SIGN_VERBS, _AGREEMENT_NOUNS, _GATHER_VERBS, _MEET_NOUNS, _FORCES, _POWER_NOUNS,
    _POWER_VERBS, _POWER_OBJECT_VERBS, _END_VERBS, _SIMPLE, _CHARGE_NOUNS, _NOUN_EVENTS, _SEEK,
    _SPEECH, _SPEECH_NOUNS, {"call"})


@dataclass
class _Draft:
    type: EventType
    participants: list[tuple[str, Role]]
    evidence: list[Evidence]
    date: ResolvedDate | None = None
    location: str | None = None
    status: str = "asserted"
    properties: dict[str, object] = field(default_factory=dict)
    confidence: float = 0.7
    edges: list[tuple[EdgeType, str, str, dict[str, object], float]] = field(default_factory=list)
    trigger: int = -1  # token index of the word that told the event
    content: tuple[int, int] | None = None  # token span of what a statement reports


class _Reader:
    """Reads one parsed article; holds the lookups every rule shares."""

    def __init__(self, doc: "Doc", actors: ActorTable, dates: DateResolver,
                 article_id: str) -> None:
        self.doc, self.actors, self.dates, self.article_id = doc, actors, dates, article_id
        self.drafts: list[_Draft] = []
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

    def date(self, trigger: "Token", event_type: EventType) -> ResolvedDate | None:
        found = self.dates.date_for(trigger)
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else self.governing_verb(trigger)
        if found is None and verb is not None and verb is not trigger:
            found = self.dates.date_for(verb)
        if found is not None or event_type not in _NEWS_OF_THE_DAY or verb is None:
            return found
        return self.dates.assumed_news_day() if _told_as_news(verb) else None

    def gathering_date(self, trigger: "Token") -> ResolvedDate | None:
        """A summit's or meeting's date: attached to it, else to its clause, else the one date
        its sentence names."""
        found = self.dates.date_for(trigger)
        verb = trigger if trigger.pos_ == "VERB" else self.governing_verb(trigger, 3)
        if trigger.pos_ == "NOUN" and any(c.lower_ == "the" for c in trigger.children):
            # "the conclusions of the summit, issued on Friday": a summit told before keeps
            # only a date of its own phrase
            found = self.phrase_date(trigger)
        else:
            if found is None and verb is not None:
                found = self.dates.date_for(verb)
            found = found or self.dates.date_for(trigger, 99)
        if found is None and verb is not None and _told_as_news(verb):
            return self.dates.assumed_news_day()
        return found

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
        sent = tok.sent
        return Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char)

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

    def add(self, draft: _Draft) -> _Draft:
        if draft.trigger < 0:
            draft.trigger = self.current
        self.drafts.append(draft)
        return draft

    # -- rules -------------------------------------------------------------------------

    def read(self) -> None:
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if lemma not in _TRIGGER_LEMMAS and tok.lower_ not in _OUSTED:
                continue
            self.current = tok.i
            if tok.pos_ in ("NOUN", "PROPN") and lemma in _ASYLUM_NOUNS:
                self.asylum_noun(tok)
            elif tok.pos_ == "VERB" and lemma in ("shelter", "harbor", "harbour"):
                self.asylum_verb(tok)
            if lemma == "extradition" or (tok.pos_ == "VERB" and lemma == "extradite"):
                self.extradition(tok)
            elif tok.pos_ == "VERB" and lemma == "hand" and self.child(tok, "prt") is not None:
                self.extradition(tok)
            if tok.pos_ == "VERB" and lemma in _SIGN_VERBS:
                self.signing(tok)
            elif tok.dep_ == "acl" and lemma == "sign":
                self.signing(tok)
            if tok.pos_ == "NOUN" and lemma in _AGREEMENT_NOUNS:
                self.agreement(tok)
            if lemma == "summit" and tok.pos_ in ("NOUN", "PROPN"):
                self.summit(tok)
            if (tok.pos_ == "VERB" and lemma in _GATHER_VERBS) or (tok.pos_ == "NOUN" and lemma in _MEET_NOUNS):
                self.meeting(tok)
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
            if tok.pos_ == "VERB" and lemma in _SIMPLE:
                self.simple_verb(tok, *_SIMPLE[lemma])
            elif tok.pos_ == "NOUN" and lemma in _CHARGE_NOUNS:
                self.accusation_noun(tok)
            elif tok.pos_ == "NOUN" and lemma in _NOUN_EVENTS:
                self.noun_event(tok, _NOUN_EVENTS[lemma])
            if tok.pos_ == "VERB" and lemma in _SEEK and any(
                    c.dep_ == "prep" and c.lower_ == "for" and any(
                        o.dep_ in ("pobj", "pcomp") for o in c.children) for c in tok.children):
                self.wanted_for(tok)
            if tok.pos_ == "VERB" and (lemma in _SPEECH or (lemma == "call" and any(
                    c.dep_ == "oprd" for c in tok.children))):  # "called the deal a betrayal"
                self.statement(tok)
            elif tok.pos_ == "NOUN" and lemma in _SPEECH_NOUNS and tok.head.lemma_.lower() in _DELIVER:
                self.statement_made(tok)

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
        elif vlemma in _RECEIVE or vlemma in _REQUEST:
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
        draft = self.add(_Draft(EventType.ASYLUM_GRANT, roles, [self.evidence(trigger)],
                                self.date(trigger, EventType.ASYLUM_GRANT), status=status,
                                confidence=0.8 if grantor else 0.6))
        if grantor and status == "asserted" and grantor != person:
            draft.edges.append((EdgeType.GRANTED_ASYLUM, grantor, person, {}, 0.85))

    def extradition(self, trigger: "Token") -> None:
        person = requester = asked = None
        demanded = False
        if trigger.pos_ == "VERB":
            person = self.entity(self.child(trigger, "dobj") or self.child(trigger, "nsubjpass"))
            head = trigger.head if trigger.dep_ in ("xcomp", "ccomp", "advcl") else None
            if head is None or head.lemma_.lower() not in _REQUEST:
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
            node = trigger
            status_token = trigger
            for _ in range(5):
                if node.head is node:
                    break
                node = node.head
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
                    if lemma in _REQUEST or lemma in ("say", "want"):
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
        draft = self.add(_Draft(EventType.EXTRADITION_REQUEST, roles, [self.evidence(trigger)],
                                self.date(trigger, EventType.EXTRADITION_REQUEST),
                                status=status, properties=props, confidence=confidence))
        if requester and status != "denied":
            edge_props: dict[str, object] = {"from": asked} if asked else {}
            if demanded:
                edge_props["demanded"] = True
            draft.edges.append((EdgeType.REQUESTED_EXTRADITION, requester, person, edge_props,
                                confidence))

    def document(self, noun: "Token") -> str | None:
        lemma = noun.lemma_.lower()
        if lemma not in _DOCUMENT_NOUNS:
            return None
        words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "amod")
                 and t.head is noun] + [noun.text]
        name = " ".join(words)
        key = actor_key(NodeLabel.DOCUMENT, name, disambiguator=self.article_id)
        return self.actors.add(NodeLabel.DOCUMENT, name[0].upper() + name[1:], key=key,
                               kind=_DOCUMENT_NOUNS[lemma].value)

    def signing(self, verb: "Token") -> None:
        lemma = verb.lemma_.lower()
        if verb.dep_ == "acl":  # "the statement signed by X"
            doc_token = verb.head
            signers_tok = self.pobj(verb, "by")
        elif self.child(verb, "nsubjpass") is not None:
            doc_token = self.child(verb, "nsubjpass")
            signers_tok = self.pobj(verb, "by")
        else:
            doc_token = self.child(verb, "dobj")
            signers_tok = self.subject(verb)
        if doc_token is not None and doc_token.lemma_.lower() in _QUANTITY:
            doc_token = self.pobj(doc_token, "of") or doc_token
        if doc_token is None:
            return
        if lemma != "sign" and doc_token.lemma_.lower() not in _DOCUMENT_NOUNS:
            return
        if lemma in ("adopt", "endorse") and doc_token.lemma_.lower() not in (
                "statement", "declaration", "resolution", "communique"):
            return
        document = self.document(doc_token)
        if document is None:
            return
        signers: list[str] = []
        if signers_tok is not None:
            labels = (NodeLabel.PERSON,)
            signers = [s for s in self.entities_under(signers_tok, labels)]
            if not signers:
                signers = self.entities_under(signers_tok, (NodeLabel.STATE, NodeLabel.ORGANIZATION))
            if not signers:
                signers = self.group(signers_tok)
        if not signers:  # "all heads of state signed ... at a CSTO summit": the gathering's members
            for prep in verb.children:
                if prep.dep_ == "prep":
                    signers += [s for s in self.entities_under(prep, (NodeLabel.ORGANIZATION,))
                                if s not in signers]
        # "X signed an accord with Y", "a deal between X and Y": the other parties signed too
        signers += [p for p in self.parties(doc_token) + self.group(self.pobj(verb, "with"))
                    if p not in signers and self.label(p) is not NodeLabel.PLACE]
        signers = [s for s in signers if self.label(s) is not NodeLabel.DOCUMENT
                   and not self.actors.is_media(s)]
        status = self.status(verb)
        roles = [(s, Role.AGENT) for s in signers] + [(document, Role.SUBJECT)]
        draft = self.add(_Draft(EventType.SIGNING, roles, [self.evidence(verb)],
                                self.date(verb, EventType.SIGNING),
                                location=self.location(verb), status=status,
                                confidence=0.8 if signers else 0.5))
        if status != "denied":
            for s in signers:
                draft.edges.append((EdgeType.SIGNED, s, document, {}, 0.8))

    def parties(self, noun: "Token") -> list[str]:
        """The parties an agreement names: "between X and Y", "with Y", "the X-Y deal"."""
        found = self.group(self.pobj(noun, "between", "with"))
        named = [self.actors.entity_at(c.i) or self.actors.state_at(c.i)
                 for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        if len({n for n in named if n}) >= 2:  # one name alone is the document's subject
            found += [n for n in dict.fromkeys(named) if n and n not in found]
        return [p for p in found if self.label(p) in (NodeLabel.STATE, NodeLabel.ORGANIZATION,
                                                      NodeLabel.PERSON)]

    def agreement(self, noun: "Token") -> None:
        """An agreement between named parties tells that they signed it."""
        parties = self.parties(noun)
        if len(parties) < 2:
            return
        document = self.document(noun)
        if document is None:
            return
        roles = [(p, Role.AGENT) for p in parties] + [(document, Role.SUBJECT)]
        draft = self.add(_Draft(EventType.SIGNING, roles, [self.evidence(noun)],
                                self.dates.date_for(noun, 1), confidence=0.6))
        for p in parties:
            draft.edges.append((EdgeType.SIGNED, p, document, {}, 0.65))

    def summit(self, trigger: "Token") -> None:
        members = []
        for c in trigger.children:
            if c.dep_ in ("compound", "amod", "poss", "nmod"):
                local = self.actors.entity_at(c.i)
                if local and self.label(local) in (NodeLabel.ORGANIZATION, NodeLabel.STATE):
                    members.append(local)
        of = self.pobj(trigger, "of")
        members += [m for m in self.group(of) if m not in members]
        verb = self.governing_verb(trigger, 2)
        self.add(_Draft(EventType.SUMMIT, [(m, Role.PARTICIPANT) for m in members],
                        [self.evidence(trigger)], self.gathering_date(trigger),
                        location=self.location(trigger, verb), confidence=0.75))

    def meeting(self, trigger: "Token") -> None:
        sides: list[str] = []
        if trigger.pos_ == "VERB":
            sides = self.group(self.subject(trigger))
            sides += [s for s in self.group(self.child(trigger, "dobj") or self.pobj(trigger, "with"))
                      if s not in sides]
        else:
            other = self.pobj(trigger, "with", "between")
            sides = self.group(other)
            verb = self.governing_verb(trigger, 3)
            if verb is not None:
                sides = [s for s in self.group(self.subject(verb)) if s not in sides] + sides
        persons = [s for s in sides if self.label(s) in (NodeLabel.PERSON, NodeLabel.STATE,
                                                          NodeLabel.ORGANIZATION)]
        if len(persons) < 2:
            return
        remote = any(c.lower_ in _REMOTE for c in trigger.children
                     if c.dep_ in ("compound", "amod", "nmod"))
        draft = self.add(_Draft(EventType.MEETING, [(p, Role.PARTICIPANT) for p in persons],
                                [self.evidence(trigger)], self.gathering_date(trigger),
                                location=self.location(trigger, self.governing_verb(trigger, 3)),
                                status=self.status(trigger),
                                properties={"remote": True} if remote else {}))
        if draft.status == "asserted":
            first = persons[0]
            for other in persons[1:]:
                draft.edges.append((EdgeType.MET_WITH, first, other, {}, 0.75))

    def intervention(self, trigger: "Token") -> None:
        node = trigger
        asker_verb = None
        for _ in range(5):
            if node.head is node:
                break
            node = node.head
            lemma = node.lemma_.lower()
            if node.pos_ == "VERB" and lemma in _DEPLOY:
                self.intervention_on_request(trigger, node)
                return
            if node.pos_ in ("VERB", "AUX") and (lemma in _REQUEST or (
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
        draft = self.add(_Draft(EventType.INTERVENTION_REQUEST, roles, [self.evidence(trigger)],
                                self.dates.date_for(asker_verb), confidence=0.7))
        if target is not None and target != agent:
            draft.edges.append((EdgeType.REQUESTED_INTERVENTION, agent, target, {}, 0.75))

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
        draft = self.add(_Draft(EventType.INTERVENTION_REQUEST, roles, [self.evidence(trigger)],
                                self.date(verb, EventType.INTERVENTION_REQUEST), confidence=0.7))
        if target is not None and target != asker and self.label(target) in (
                NodeLabel.STATE, NodeLabel.ORGANIZATION):
            draft.edges.append((EdgeType.REQUESTED_INTERVENTION, asker, target, {}, 0.75))

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
        self.add(_Draft(EventType.CHANGE_OF_POWER, roles, [self.evidence(trigger)],
                        when, location=place
                        if place and self.label(place) in (NodeLabel.PLACE, NodeLabel.STATE) else None,
                        confidence=0.6))

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
        draft = self.add(_Draft(EventType.ACCUSATION, roles, [self.evidence(trigger)],
                                self.date(verb, EventType.ACCUSATION), status=status,
                                confidence=0.6))
        if status == "asserted":
            for a in agents:
                for t in targets:
                    draft.edges.append((EdgeType.ACCUSED, a, t, {}, 0.65))

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
        draft = self.add(_Draft(event_type, roles, [self.evidence(verb)], self.date(verb, event_type),
                                location=self.location(verb), status=status))
        if edge_type is not None and status == "asserted":
            for a in agents:
                for t in targets:
                    if a != t:
                        draft.edges.append((edge_type, a, t, {}, 0.7))

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
        self.add(_Draft(event_type, [(a, Role.PARTICIPANT) for a in actors],
                        [self.evidence(trigger)], own_date or self.date(trigger, event_type),
                        location=location, status=self.status(trigger), confidence=0.5))

    def statement_made(self, noun: "Token") -> None:
        """"X made an announcement", "issued a statement": X spoke, when the verb says."""
        verb = noun.head
        speaker = self.entity(self.subject(verb))
        if speaker is None or self.actors.is_media(speaker) or noun.dep_ != "dobj":
            return
        self.add(_Draft(EventType.STATEMENT, [(speaker, Role.AGENT)], [self.evidence(noun)],
                        self.date(verb, EventType.STATEMENT), location=self.location(verb),
                        status="reported", confidence=0.6))

    def statement(self, verb: "Token") -> None:
        if not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) and not any(
                c.dep_ == "dobj" for c in verb.children):
            return  # reported speech has content: a clause, a quotation or an object
        speaker_tok = self.subject(verb)
        if speaker_tok is not None and speaker_tok.lower_ in _FIRST_PERSON:
            return  # "I'd like to say ...": words inside a quotation, attributed where quoted
        speaker = self.entity(speaker_tok)
        if speaker is None or self.actors.is_media(speaker):
            if verb.lemma_.lower() != "quote":
                return  # an outlet reporting is a source, not a speaker
        roles: list[tuple[str, Role]] = []
        if verb.lemma_.lower() == "quote":  # "the agency X quotes Y": Y speaks, X is the source
            quoted_tok = self.child(verb, "dobj")  # a name, not "Saudi sources"
            quoted = self.actors.entity_at(quoted_tok.i) if quoted_tok is not None else None
            if quoted:
                roles.append((quoted, Role.AGENT))
            if speaker:
                roles.append((speaker, Role.SOURCE))
        elif speaker:
            roles.append((speaker, Role.AGENT))
        if not roles or roles[0][1] is not Role.AGENT:
            return
        first, last = self.dates.sentence_bounds(verb)
        for t in self.doc[first:last]:
            local = self.actors.entity_at(t.i)
            if local and self.actors.is_media(local) and (local, Role.SOURCE) not in roles:
                roles.append((local, Role.SOURCE))
        said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        content = (min(c.left_edge.i for c in said), max(c.right_edge.i for c in said)) \
            if said else None
        self.add(_Draft(EventType.STATEMENT, roles, [self.evidence(verb)],
                        self.date(verb, EventType.STATEMENT), location=self.location(verb),
                        status="reported", confidence=0.6, content=content))

    # -- output ------------------------------------------------------------------------

    def leaders(self) -> dict[str, str]:
        """Person -> the state they lead now, from the roles the actor stage found."""
        out: dict[str, str] = {}
        for edge in self.actors.edges:
            title = str(edge.properties.get("title") or "")
            if (edge.type is EdgeType.HOLDS_ROLE and not edge.properties.get("former")
                    and _LEADER_TITLE.search(title) and not _NOT_LEADER.search(title)
                    and self.label(edge.target) is NodeLabel.STATE):
                out.setdefault(edge.source, edge.target)
        return out

    def finish(self) -> tuple[list[Event], list[Edge]]:
        _leaders_meet_at_summits(self.drafts, self.leaders())
        self.drafts = _without_carriers(self.drafts)
        merged: list[_Draft] = []
        for draft in _summits_told_before(self.drafts):
            target = next((m for m in merged if _mergeable(m, draft)), None)
            if target is None:
                merged.append(draft)
            else:
                _merge(target, draft)
        _date_by_occasion(merged)
        events: list[Event] = []
        edges: list[Edge] = []
        seen_edges: set[tuple[str, str, str]] = set()
        for n, draft in enumerate(merged, start=1):
            local = f"v{n}"
            draft.participants = list(dict.fromkeys(draft.participants))
            role_keys = [(role.value, self.actors.get(e).key) for e, role in draft.participants]
            date = draft.date.value if draft.date else None
            events.append(Event(
                id=local,
                key=event_key(draft.type.value, role_keys, date, self.article_id,
                              draft.evidence[0].start),
                type=draft.type, date=date,
                date_precision=draft.date.precision if draft.date else None,
                location=draft.location,
                participants=[Participant(entity=e, role=r) for e, r in draft.participants],
                status=draft.status, properties=dict(draft.properties),  # type: ignore[arg-type]
                confidence=draft.confidence, extractor=EXTRACTOR, evidence=draft.evidence))
            for edge_type, source, target, props, conf in draft.edges:
                if (edge_type.value, source, target) in seen_edges:
                    continue
                seen_edges.add((edge_type.value, source, target))
                edges.append(Edge(type=edge_type, source=source, target=target, event=local,
                                  properties=dict(props), confidence=conf,  # type: ignore[arg-type]
                                  extractor=EXTRACTOR, evidence=draft.evidence[:1]))
        return events, edges


def _without_carriers(drafts: list[_Draft]) -> list[_Draft]:
    """A statement that only reports another event the article records ("X said Y signed
    the treaty") is that event's evidence, not an event of its own; as a speaker's words in
    one article are one statement, the rest of that speaker's words go with it."""
    told = sorted(d.trigger for d in drafts if d.type is not EventType.STATEMENT)
    if not told:
        return drafts
    import bisect

    def carries(d: _Draft) -> bool:
        if d.type is not EventType.STATEMENT or d.content is None:
            return False
        first = bisect.bisect_left(told, d.content[0])
        return first < len(told) and told[first] <= d.content[1]

    speakers = {e for d in drafts if carries(d) for e, r in d.participants if r is Role.AGENT}
    return [d for d in drafts if not carries(d) and not (
        d.type is EventType.STATEMENT and any(e in speakers for e, r in d.participants
                                              if r is Role.AGENT))]


def _leaders_meet_at_summits(drafts: list[_Draft], leaders: dict[str, str]) -> None:
    """A meeting of the leaders of two or more states is a summit."""
    for draft in drafts:
        if draft.type is EventType.MEETING and not draft.properties.get("remote") and len(
                {leaders[e] for e, _ in draft.participants if e in leaders}) >= 2:
            draft.type = EventType.SUMMIT


def _date_by_occasion(drafts: list[_Draft]) -> None:
    """Gatherings, visits and signings of the same people are one occasion: one told without
    a date of its own ("the talks lasted two hours") takes the date of one that has it."""
    dated = [d for d in drafts if d.type in _GATHERINGS and d.date is not None
             and not d.date.inferred and d.status == "asserted"]
    for draft in drafts:
        if draft.type not in _GATHERINGS or (draft.date is not None and not draft.date.inferred):
            continue
        people = {e for e, _ in draft.participants}
        for other in dated:
            shared = people & {e for e, _ in other.participants}
            if other is not draft and len(shared) >= min(2, len(people)) and shared:
                draft.date = other.date
                draft.location = draft.location or other.location
                break


def _summits_told_before(drafts: list[_Draft]) -> list[_Draft]:
    """"The summit" without a date of its own names a gathering the article told earlier:
    that meeting becomes the summit."""
    summits = [d for d in drafts if d.type is EventType.SUMMIT]
    if not summits or any(d.date is not None and not d.date.inferred for d in summits):
        return drafts
    first = min(d.evidence[0].start for d in summits)
    earlier = [d for d in drafts if d.type is EventType.MEETING and d.evidence[0].start < first
               and d.date is not None and not d.date.inferred]
    if not earlier:
        return drafts
    earlier[0].type = EventType.SUMMIT
    return [earlier[0]] + [d for d in drafts if d is not earlier[0]]


def _told_as_news(verb: "Token") -> bool:
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


def _mergeable(a: _Draft, b: _Draft) -> bool:
    """Two mentions of one event: same type, compatible dates, sharing or lacking actors."""
    if a.type is not b.type:
        return False
    ids_a = {e for e, _ in a.participants}
    ids_b = {e for e, _ in b.participants}
    if a.status != b.status:  # "his asylum may be extended" goes with the asylum told as given
        return "denied" not in (a.status, b.status) and "asserted" in (a.status, b.status) \
            and bool(ids_a & ids_b) and a.type is not EventType.STATEMENT
    if a.type in _ONE_PER_ARTICLE:
        return True
    if a.type is EventType.STATEMENT:  # one statement event per speaker and article
        return bool({e for e, r in a.participants if r is Role.AGENT}
                    & {e for e, r in b.participants if r is Role.AGENT})
    if a.date and b.date and not (a.date.value.startswith(b.date.value)
                                  or b.date.value.startswith(a.date.value)) and not (
            a.date.inferred or b.date.inferred):
        return False
    if a.type is EventType.SIGNING:
        return True
    return bool(ids_a & ids_b) or not ids_a or not ids_b


def _better_date(event_type: EventType, a: ResolvedDate | None,
                 b: ResolvedDate | None) -> ResolvedDate | None:
    """The date a merged event keeps: the more precise of compatible dates; for a one-off
    event told with different dates, the earliest (the later ones date its aftermath); for a
    statement, the first one given."""
    if a is None or b is None:
        return a or b
    if a.value.startswith(b.value) or b.value.startswith(a.value):
        return a if len(a.value) >= len(b.value) else b
    if a.inferred != b.inferred:  # a date the text gives beats the assumed day of the news
        return b if a.inferred else a
    if event_type is EventType.STATEMENT:
        return a
    return min(a, b, key=lambda d: d.value)


def _merge(into: _Draft, other: _Draft) -> None:
    for part in other.participants:
        if part not in into.participants:
            into.participants.append(part)
    for ev in other.evidence:
        if ev not in into.evidence:
            into.evidence.append(ev)
    into.date = _better_date(into.type, into.date, other.date)
    if other.status == "asserted":
        into.status = "asserted"
    into.location = into.location or other.location
    into.properties.update(other.properties)
    into.confidence = max(into.confidence, other.confidence)
    into.edges.extend(other.edges)


def find_events(doc: "Doc", actors: ActorTable, dates: DateResolver,
                article_id: str) -> tuple[list[Event], list[Edge]]:
    """Events and typed edges of one parsed article (see the module docstring)."""
    reader = _Reader(doc, actors, dates, article_id)
    reader.read()
    _fill_extradition_from(reader)
    return reader.finish()


def _fill_extradition_from(reader: _Reader) -> None:
    """An extradition request with no state named is addressed to the state sheltering the
    person, when the article tells of that shelter."""
    shelter = {}
    for d in reader.drafts:
        if d.type is EventType.ASYLUM_GRANT:
            for edge_type, source, target, _, _ in d.edges:
                if edge_type is EdgeType.GRANTED_ASYLUM and reader.label(source) is NodeLabel.STATE:
                    shelter[target] = source
    for d in reader.drafts:
        if d.type is not EventType.EXTRADITION_REQUEST:
            continue
        for i, (edge_type, source, target, props, conf) in enumerate(d.edges):
            if "from" not in props and target in shelter:
                props["from"] = shelter[target]
                if (shelter[target], Role.RECIPIENT) not in d.participants:
                    d.participants.append((shelter[target], Role.RECIPIENT))
