"""Statements: reported speech ("X said ...", "X called the deal a betrayal") and speeches
delivered ("X issued a statement").

A statement is one event per speaker and article; outlets named in its sentence are its
sources, never its speakers. Statements that only carry another event the article records
are dropped after reading (``merging.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.vocab import EventType, Role
from ingest.events.drafts import Draft
from ingest.events.lookups import Lookups

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["StatementRules", "TRIGGERS"]

_SPEECH = {"say", "state", "announce", "declare", "tell", "stress", "emphasize", "emphasise",
           "add", "note", "claim", "confirm", "insist", "warn", "quote", "write", "report",
           "explain", "assert", "argue", "reiterate", "comment", "deny"}
_SPEECH_NOUNS = {"statement", "announcement", "speech", "address", "remarks", "declaration"}
_DELIVER = {"make", "issue", "deliver", "give", "release", "read", "publish"}
_FIRST_PERSON = {"i", "we"}
TRIGGERS = frozenset(_SPEECH | _SPEECH_NOUNS | {"call"})


class StatementRules(Lookups):
    """Rules for words reported and speeches made."""

    def read_statements(self, tok: "Token", lemma: str) -> None:
        if tok.pos_ == "VERB" and (lemma in _SPEECH or (lemma == "call" and any(
                c.dep_ == "oprd" for c in tok.children))):  # "called the deal a betrayal"
            self.statement(tok)
        elif tok.pos_ == "NOUN" and lemma in _SPEECH_NOUNS and tok.head.lemma_.lower() in _DELIVER:
            self.statement_made(tok)

    def statement_made(self, noun: "Token") -> None:
        """"X made an announcement", "issued a statement": X spoke, when the verb says."""
        verb = noun.head
        speaker = self.entity(self.subject(verb))
        if speaker is None or self.actors.is_media(speaker) or noun.dep_ != "dobj":
            return
        self.add(Draft(EventType.STATEMENT, [(speaker, Role.AGENT)], [self.evidence(noun)],
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
        self.add(Draft(EventType.STATEMENT, roles, [self.evidence(verb)],
                       self.date(verb, EventType.STATEMENT), location=self.location(verb),
                       status="reported", confidence=0.6, content=content))
