"""Gatherings: summits ("the CSTO summit in Minsk") and meetings ("X met Y", "talks between
X and Y").

A gathering is dated more loosely than other events — the date of its clause or the one date
its sentence names — because reports tell of it in a clause about something else ("the
statement issued at Friday's summit"). Whether a meeting of leaders is a summit is decided
after the whole article is read (``merging.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.vocab import EdgeType, EventType, NodeLabel, Role
from ingest.events.drafts import Draft
from ingest.events.lookups import Lookups, told_as_news
from ingest.time import ResolvedDate

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["GatheringRules", "TRIGGERS"]

_GATHER_VERBS = {"meet", "gather", "convene", "assemble"}
_MEET_NOUNS = {"meeting", "talk", "talks", "negotiation"}
_REMOTE = {"video", "phone", "telephone", "virtual", "online", "remote"}
TRIGGERS = frozenset({"summit"} | _GATHER_VERBS | _MEET_NOUNS)


class GatheringRules(Lookups):
    """Rules for summits and meetings."""

    def read_gatherings(self, tok: "Token", lemma: str) -> None:
        if lemma == "summit" and tok.pos_ in ("NOUN", "PROPN"):
            self.summit(tok)
        if (tok.pos_ == "VERB" and lemma in _GATHER_VERBS) or (tok.pos_ == "NOUN" and lemma in _MEET_NOUNS):
            self.meeting(tok)

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
        if found is None and verb is not None and told_as_news(verb):
            return self.dates.assumed_news_day()
        return found

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
        self.add(Draft(EventType.SUMMIT, [(m, Role.PARTICIPANT) for m in members],
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
        draft = self.add(Draft(EventType.MEETING, [(p, Role.PARTICIPANT) for p in persons],
                               [self.evidence(trigger)], self.gathering_date(trigger),
                               location=self.location(trigger, self.governing_verb(trigger, 3)),
                               status=self.status(trigger),
                               properties={"remote": True} if remote else {}))
        if draft.status == "asserted":
            draft.link(EdgeType.MET_WITH, persons[:1], persons[1:], 0.75)
