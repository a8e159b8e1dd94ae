"""What the article as a whole tells about its drafts, once every sentence is read.

Several rules can only be applied with all the drafts at hand: mentions of one event merge
into one; a statement that only carries another event is that event's evidence; a meeting of
leaders is a summit; a gathering told without a date takes the date of the same occasion told
with one. They are kept here, apart from the rules that read single sentences.
"""

from __future__ import annotations

import bisect
import re

from graph.vocab import EdgeType, EventType, NodeLabel, Role
from ingest.actor_table import ActorTable
from ingest.events.drafts import Draft
from ingest.time import ResolvedDate

__all__ = ["merged_drafts", "state_leaders"]

_ONE_PER_ARTICLE = {EventType.SUMMIT, EventType.CHANGE_OF_POWER}
_GATHERINGS = (EventType.SUMMIT, EventType.MEETING, EventType.VISIT, EventType.SIGNING)
_LEADER_TITLE = re.compile(r"\b(president|prime minister|premier|chancellor|king|queen|emir|"
                           r"sultan|monarch|leader|ruler|head of (state|government))\b", re.I)
_NOT_LEADER = re.compile(r"\b(vice|deputy|opposition|party|former|ex-)", re.I)


def state_leaders(actors: ActorTable) -> dict[str, str]:
    """Person -> the state they lead now, from the roles the actor stage found."""
    out: dict[str, str] = {}
    for edge in actors.edges:
        title = str(edge.properties.get("title") or "")
        if (edge.type is EdgeType.HOLDS_ROLE and not edge.properties.get("former")
                and _LEADER_TITLE.search(title) and not _NOT_LEADER.search(title)
                and actors.get(edge.target).type is NodeLabel.STATE):
            out.setdefault(edge.source, edge.target)
    return out


def merged_drafts(drafts: list[Draft], leaders: dict[str, str]) -> list[Draft]:
    """The article's events: its drafts corrected by one another and merged, in the order
    they were first told."""
    _leaders_meet_at_summits(drafts, leaders)
    drafts = _without_carriers(drafts)
    merged: list[Draft] = []
    for draft in _summits_told_before(drafts):
        target = next((m for m in merged if _mergeable(m, draft)), None)
        if target is None:
            merged.append(draft)
        else:
            _merge(target, draft)
    _date_by_occasion(merged)
    return merged


def _without_carriers(drafts: list[Draft]) -> list[Draft]:
    """A statement that only reports another event the article records ("X said Y signed
    the treaty") is that event's evidence, not an event of its own; as a speaker's words in
    one article are one statement, the rest of that speaker's words go with it."""
    told = sorted(d.trigger for d in drafts if d.type is not EventType.STATEMENT)
    if not told:
        return drafts

    def carries(d: Draft) -> bool:
        if d.type is not EventType.STATEMENT or d.content is None:
            return False
        first = bisect.bisect_left(told, d.content[0])
        return first < len(told) and told[first] <= d.content[1]

    speakers = {e for d in drafts if carries(d) for e, r in d.participants if r is Role.AGENT}
    return [d for d in drafts if not carries(d) and not (
        d.type is EventType.STATEMENT and any(e in speakers for e, r in d.participants
                                              if r is Role.AGENT))]


def _leaders_meet_at_summits(drafts: list[Draft], leaders: dict[str, str]) -> None:
    """A meeting of the leaders of two or more states is a summit."""
    for draft in drafts:
        if draft.type is EventType.MEETING and not draft.properties.get("remote") and len(
                {leaders[e] for e, _ in draft.participants if e in leaders}) >= 2:
            draft.type = EventType.SUMMIT


def _date_by_occasion(drafts: list[Draft]) -> None:
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


def _summits_told_before(drafts: list[Draft]) -> list[Draft]:
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


def _mergeable(a: Draft, b: Draft) -> bool:
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


def _merge(into: Draft, other: Draft) -> None:
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
