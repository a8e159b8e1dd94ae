"""Who holds which office: HOLDS_ROLE edges, and role descriptions pointed at their person.

Titles are read from the words around a person's name, without a full grammar:

* before the name: "Russian President Vladimir Putin", "Mexico's Foreign Minister Marcelo
  Ebrard", "governor of the Kurgan region Oleg Bogomolov", "former Bolivian leader Evo Morales";
* after it, as an apposition: "Roza Otunbayeva, the head of the Kyrgyz interim government";
* a title before and the state after: "President Patrice Talon of Benin";
* a description followed by the name: "the prosecutor general of Tehran, Ali Alghasi Mehr".

A description without a name ("the Belarusian ruler", "the ousted Kyrgyz president") is then
resolved to the one person of the article holding a matching role, and its tokens are mapped
to that person so that the event stage can use it as an agent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graph.model import Edge
from graph.vocab import EdgeType, NodeLabel
from ingest.actor_table import ActorTable
from ingest.gazetteer import Gazetteer
from ingest.mentions import Mention
from ingest.provenance import EXTRACTOR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["find_roles", "title_class"]

FORMER = frozenset({"former", "ex", "deposed", "ousted", "exiled", "late", "onetime", "erstwhile",
                    "toppled", "overthrown", "then", "previous", "sacked", "dismissed"})
MODIFIERS = FORMER | frozenset({"fugitive", "interim", "acting", "new", "current", "incumbent",
                                "outgoing", "longtime", "veteran", "de", "facto", "self",
                                "proclaimed", "top", "senior", "first", "deputy", "vice",
                                "provisional", "caretaker", "transitional", "elected",
                                "newly", "powerful", "embattled", "beleaguered"})
NON_OFFICES = frozenset({"journalist", "activist", "whistleblower", "lawyer", "adviser", "advisor"})
_COLLECTIVE = frozenset({"organization", "organisation", "group", "movement", "party", "agency",
                         "alliance", "bloc", "network", "union"})
_HEAD = frozenset({"president", "leader", "ruler", "head of state", "head", "king", "queen",
                   "emir", "sultan", "monarch", "dictator", "strongman", "supreme leader"})
_PREMIER = frozenset({"prime minister", "premier", "head of government", "chancellor"})
_JOINERS = frozenset({"of", "for", "the", "and", "'s", "’s", "'", "’", "-"})
_POSSESSIVE_DET = frozenset({"his", "her", "its", "their"})
_MAX_ZONE = 10


def title_class(title: str) -> str:
    """Titles that name the same kind of office ("ruler" and "president" of a state)."""
    lowered = title.lower()
    if lowered in _HEAD:
        return "head"
    if lowered in _PREMIER:
        return "premier"
    return lowered


def _compatible(a: str, b: str) -> bool:
    ca, cb = title_class(a), title_class(b)
    if ca == cb:
        return True
    return {ca, cb} == {"head", "premier"} and "leader" in (a.lower(), b.lower())


@dataclass
class _Role:
    person: str
    target: str
    title: str
    former: bool
    sent: "Span"
    confidence: float


@dataclass
class _Description:
    start: int  # first token of the description (after its determiner)
    end: int
    title: str
    former: bool
    target: str | None
    has_det: bool


class _Reader:
    """One article's tokens, mentions and titles, read once."""

    def __init__(self, doc: "Doc", table: ActorTable, mentions: list[Mention],
                 keys: list[str | None], gaz: Gazetteer) -> None:
        self.doc, self.table, self.gaz = doc, table, gaz
        self.mentions = mentions
        self.mention_at: dict[int, int] = {}
        for index, mention in enumerate(mentions):
            for i in range(mention.start, mention.end):
                self.mention_at[i] = index
        self.local_of = [table.key_of.get(k) if k else None for k in keys]
        self.titles: dict[str, list[tuple[str, ...]]] = {}
        self.title_words: set[str] = set()
        for title in gaz.titles:
            words = tuple(title.replace("-", " ").split())
            self.titles.setdefault(words[0], []).append(words)
            self.title_words.update(words)
        for options in self.titles.values():
            options.sort(key=len, reverse=True)
        self._adjectives: set[int] | None = None
        self.sent_of: list[int] = [0] * len(doc)
        self.sents = list(doc.sents)
        for n, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n

    # -- tokens --------------------------------------------------------------------------------

    def adjective_tokens(self) -> set[int]:
        if self._adjectives is None:
            self._adjectives = {i for i, index in self.mention_at.items()
                                if self.mentions[index].is_adjective}
        return self._adjectives

    def is_person(self, i: int) -> bool:
        index = self.mention_at.get(i)
        return index is not None and self.mentions[index].label is NodeLabel.PERSON \
            and not self.mentions[index].is_adjective

    def title_at(self, i: int, limit: int) -> tuple[int, str] | None:
        """The longest title starting at token ``i`` (hyphens skipped): (end, its text)."""
        doc = self.doc
        if i >= limit or i in self.mention_at and not self.mentions[self.mention_at[i]].is_adjective:
            return None
        lower = doc[i].lower_
        options = self.titles.get(lower) or (lower.endswith("s") and self.titles.get(lower[:-1]))
        if not options:
            return None
        for words in options:
            j, matched = i, 0
            while j < limit and matched < len(words):
                if doc[j].text == "-":
                    j += 1
                    continue
                if doc[j].lower_ != words[matched] and not (
                        matched == len(words) - 1 and doc[j].lower_ == words[matched] + "s"):
                    break
                matched += 1
                j += 1
            if matched == len(words):
                if j < len(doc) and doc[j].lower_ in ("'s", "’s") and j + 1 < limit:
                    return None  # "the president's office": not a title of a person here
                return j, doc[i:j].text
        return None

    def allowed(self, i: int, loose: bool) -> bool:
        """Whether token ``i`` may sit in the words that qualify a name (the title zone)."""
        token = self.doc[i]
        if self.is_person(i):
            return False
        if i in self.mention_at:
            return True
        lower = token.lower_
        if lower in self.title_words or lower in MODIFIERS or lower in _JOINERS:
            return True
        if loose and token.pos_ in ("NOUN", "PROPN", "ADJ") and not token.is_punct:
            return True
        return False

    def entity_of_mention(self, index: int) -> str | None:
        """The local id an affiliation mention stands for (an adjective: its state)."""
        mention = self.mentions[index]
        if mention.label is NodeLabel.PERSON and not mention.is_adjective:
            return None
        if mention.is_adjective:
            return self.state_id(mention.adjective_of)
        return self.local_of[index]

    def state_id(self, key: str | None) -> str | None:
        if key is None:
            return None
        entity = self.table.by_key(key)
        if entity is not None:
            return entity.id
        entry = self.gaz.get(key)
        if entry is None:
            return None
        local = self.table.add(entry.label, entry.name, key=entry.key, iso3=entry.iso3,
                               aliases=list(entry.aliases))
        self.table.key_of[key] = local
        return local

    def affiliation(self, start: int, end: int, prefer_last: bool) -> str | None:
        """The actor named among tokens [start, end): a place, body or state, not a person."""
        found: list[tuple[bool, str]] = []
        i = start
        while i < end:
            index = self.mention_at.get(i)
            if index is None:
                i += 1
                continue
            mention = self.mentions[index]
            after = mention.end
            if after + 1 < len(self.doc) and self.doc[after].text == "-" \
                    and self.doc[after + 1].lower_ == "based":
                i = after
                continue
            local = self.entity_of_mention(index)
            if local is not None:
                found.append((mention.is_adjective, local))
            i = max(after, i + 1)
        if not found:
            return None
        nouns = [local for adjective, local in found if not adjective]
        pool = nouns or [local for _, local in found]
        return pool[-1] if prefer_last else pool[-1]

    # -- titles in a zone ----------------------------------------------------------------------

    def titles_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        out = []
        i = start
        while i < end:
            match = self.title_at(i, end)
            if match is None:
                i += 1
                continue
            out.append((i, match[0], match[1]))
            i = match[0]
        return out

    def roles_in_zone(self, start: int, end: int, after_name: int | None,
                      ) -> list[tuple[str, str | None, bool, int, int]]:
        """(title, affiliation, former, title start, title end) for each title in a zone."""
        titles = self.titles_in(start, end)
        out = []
        previous_end = start
        for n, (ts, te, text) in enumerate(titles):
            limit = titles[n + 1][0] if n + 1 < len(titles) else end
            target = None
            if te < limit and self.doc[te].lower_ == "of":
                stop = te + 1
                while stop < limit and self.doc[stop].lower_ != "and" \
                        and not (self.doc[stop].pos_ == "ADP" and self.doc[stop].lower_ != "of"):
                    stop += 1
                target = self.affiliation(te + 1, stop, prefer_last=True)
                full = self.doc[ts:stop].text
            else:
                full = text
            if target is None:
                begin = previous_end
                if n > 0:  # "Prime Minister and Chairman of ...": the second title's own words
                    for k in range(ts - 1, previous_end - 1, -1):
                        if self.doc[k].lower_ == "and":
                            begin = k + 1
                            break
                target = self.affiliation(begin, ts, prefer_last=True)
                if target is None:
                    target = self.possessed_org(begin, ts)
            if target is None and n == len(titles) - 1 and after_name is not None:
                target = self._of_after(after_name)
            if target is not None and text.lower() in NON_OFFICES \
                    and self.table.get(target).type is not NodeLabel.ORGANIZATION:
                target = None  # "French journalist": a nationality, not an office
            former = any(self.doc[k].lower_ in FORMER for k in range(previous_end, ts))
            out.append((full, target, former, ts, te))
            previous_end = te
        return out

    def possessed_org(self, start: int, end: int) -> str | None:
        """"the organization's activist": the organization last named before."""
        doc = self.doc
        for k in range(start, end - 1):
            if doc[k].lower_ in _COLLECTIVE and doc[k + 1].lower_ in ("'s", "’s") \
                    and k > 0 and doc[k - 1].lower_ == "the":
                for j in range(k - 1, -1, -1):
                    local = self.table.token_entity.get(j)
                    if local and self.table.get(local).type is NodeLabel.ORGANIZATION:
                        return local
                return None
        return None

    def _of_after(self, i: int) -> str | None:
        """"President Patrice Talon of Benin": the actor after the name."""
        doc = self.doc
        if i < len(doc) and doc[i].lower_ == "of":
            j = i + 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            index = self.mention_at.get(j)
            if index is not None:
                return self.entity_of_mention(index)
        return None


def find_roles(doc: "Doc", table: ActorTable, mentions: list[Mention], keys: list[str | None],
               gaz: Gazetteer) -> None:
    """Add HOLDS_ROLE edges to ``table`` and map role descriptions to their persons."""
    reader = _Reader(doc, table, mentions, keys, gaz)
    roles: list[_Role] = []
    untargeted: list[tuple[str, str, bool, int]] = []  # person, title, former, token
    consumed: set[int] = set()
    persons = [(i, m) for i, m in enumerate(mentions)
               if m.label is NodeLabel.PERSON and not m.is_adjective and reader.local_of[i]]
    previous: tuple[int, int, str] | None = None  # sentence, end of name, title
    for index, mention in persons:
        person = reader.local_of[index]
        assert person is not None
        sent = reader.sents[reader.sent_of[mention.start]]
        # before the name
        start = mention.start
        while start > sent.start and mention.start - start < _MAX_ZONE \
                and reader.allowed(start - 1, loose=True):
            start -= 1
        found = reader.roles_in_zone(start, mention.start, after_name=mention.end)
        # after the name, as an apposition
        if mention.end < sent.end and doc[mention.end].text in (",", "("):
            j = mention.end + 1
            while j < sent.end and doc[j].lower_ in ("the", "a", "an"):
                j += 1
            if j < sent.end and doc[j].lower_ not in ("who", "which", "whose", "whom"):
                end = j
                while end < sent.end and end - j < 12 and doc[end].text not in (",", ".", ";", ")") \
                        and reader.allowed(end, loose=True):
                    end += 1
                if not (end < sent.end and reader.is_person(end)):  # the next name's title
                    found += reader.roles_in_zone(j, end, after_name=None)
        if not found and previous is not None and mention.start > 0 \
                and doc[mention.start - 1].lower_ in ("and", ",") \
                and previous[0] == sent.start and mention.start - previous[1] <= 6:
            # "Presidents A of Nigeria and B of Benin": B shares A's title
            found = [(previous[2], reader._of_after(mention.end), False, mention.start,
                      mention.start)]
        if found:
            previous = (sent.start, mention.end, found[-1][0])
        for title, target, former, ts, te in found:
            consumed.update(range(ts, te))
            if target is None:
                untargeted.append((person, title, former, ts))
            elif target != person:
                roles.append(_Role(person, target, title, former, sent, 0.85))
    _counterparts(reader, roles)
    descriptions = _descriptions(reader, consumed, roles)
    _resolve(reader, descriptions, roles)
    _fallback_descriptions(reader, descriptions, roles, persons)
    _resolve(reader, descriptions, roles)
    _fallback_untargeted(reader, untargeted, roles)
    _emit(table, roles)


def _counterparts(reader: _Reader, roles: list[_Role]) -> None:
    """"X and his Greek, Cypriot and French counterparts, A, B and C": the same office, held
    in each state, by each named person in order."""
    doc = reader.doc
    for token in doc:
        if token.lower_ not in ("counterparts", "counterpart"):
            continue
        sent = reader.sents[reader.sent_of[token.i]]
        states: list[str] = []
        k = token.i - 1
        while k >= sent.start and (doc[k].lower_ in (",", "and") or k in reader.adjective_tokens()):
            if k in reader.adjective_tokens():
                index = reader.mention_at[k]
                local = reader.entity_of_mention(index)
                if local and (not states or states[0] != local):
                    states.insert(0, local)
            k -= 1
        people: list[str] = []
        j = token.i + 1
        while j < sent.end and (doc[j].lower_ in (",", "and") or reader.is_person(j)):
            if reader.is_person(j):
                mention = reader.mentions[reader.mention_at[j]]
                local = reader.local_of[reader.mention_at[j]]
                if local:
                    people.append(local)
                j = mention.end
                continue
            j += 1
        if not states or len(states) != len(people):
            continue
        earlier = [r for r in roles if r.sent.start == sent.start]
        title = earlier[-1].title if earlier else "counterpart"
        for person, state in zip(people, states):
            roles.append(_Role(person, state, title, False, sent, 0.7))


def _descriptions(reader: _Reader, consumed: set[int], roles: list[_Role]) -> list[_Description]:
    """Titles used without a name; a following name (", Ali Alghasi Mehr") is a role at once."""
    doc = reader.doc
    out: list[_Description] = []
    i = 0
    while i < len(doc):
        if i in consumed:
            i += 1
            continue
        match = reader.title_at(i, len(doc))
        if match is None:
            i += 1
            continue
        ts, te = i, match[0]
        sent = reader.sents[reader.sent_of[ts]]
        start = ts
        while start > sent.start and ts - start < 6 and reader.allowed(start - 1, loose=False) \
                and doc[start - 1].lower_ not in ("of", "for", "and"):
            start -= 1
        has_det = False
        while start < ts and doc[start].lower_ in ("the", "'s", "’s", "-", "and"):
            has_det = has_det or doc[start].lower_ == "the"
            start += 1
        if start > sent.start and doc[start - 1].lower_ in _POSSESSIVE_DET | {"the"}:
            has_det = True
        end = te
        target = None
        if end < sent.end and doc[end].lower_ == "of":
            stop = end + 1
            while stop < sent.end and (stop in reader.mention_at or doc[stop].lower_ == "the") \
                    and not reader.is_person(stop):
                stop += 1
            target = reader.affiliation(end + 1, stop, prefer_last=True)
            if target is not None:
                end = stop
        if target is None:
            target = reader.affiliation(start, ts, prefer_last=True)
        former = any(doc[k].lower_ in FORMER for k in range(max(sent.start, start - 1), ts))
        title = match[1]
        nxt = end + 1 if end < sent.end and doc[end].text == "," else None
        if nxt is not None and nxt < sent.end and reader.is_person(nxt) and target is not None:
            person = reader.local_of[reader.mention_at[nxt]]
            if person:
                roles.append(_Role(person, target, doc[ts:end].text, former, sent, 0.8))
        elif target is not None or has_det:
            out.append(_Description(start, end, title, former, target, has_det))
        i = te
    return out


def _office(title: str) -> str:
    """The office a role title names: "head of the interim government" is not a head of state."""
    first = title.split(" of ")[0]
    if first.lower() in ("head", "chief") and " of " in title:
        return title.lower()
    return first


def _candidates(desc: _Description, roles: list[_Role]) -> set[str]:
    matching = [r for r in roles if _compatible(_office(r.title), desc.title)
                and (desc.target is None or r.target == desc.target)]
    same_tense = {r.person for r in matching if r.former == desc.former}
    if desc.former:
        return same_tense
    return same_tense or {r.person for r in matching}


def _resolve(reader: _Reader, descriptions: list[_Description], roles: list[_Role]) -> None:
    """Point each description at the one person holding a matching role."""
    for desc in descriptions:
        if desc.start in reader.table.token_entity and _points_to_person(reader, desc):
            continue
        people = _candidates(desc, roles)
        if len(people) == 1:
            _map(reader, desc, people.pop())


def _points_to_person(reader: _Reader, desc: _Description) -> bool:
    local = reader.table.token_entity.get(desc.end - 1)
    return local is not None and reader.table.get(local).type is NodeLabel.PERSON


def _map(reader: _Reader, desc: _Description, person: str) -> None:
    table = reader.table
    for i in range(desc.start, desc.end):
        table.token_entity[i] = person
    alias = reader.doc[desc.start:desc.end].text
    entity = table.get(person)
    if alias != entity.name and alias not in entity.aliases and desc.target is not None:
        entity.aliases.append(alias)
        entity.descriptions.append(alias)


def _fallback_descriptions(reader: _Reader, descriptions: list[_Description],
                           roles: list[_Role], persons: list[tuple[int, Mention]]) -> None:
    """A description of a state's office nobody is known to hold: the nearest free person.

    "the statement signed by ex-president of Kyrgyzstan ... Kurmanbek Bakiyev, who ...": the
    office is the description's, the name the closest one (within two sentences) of a person
    not already holding the same kind of office elsewhere.
    """
    for desc in descriptions:
        if desc.target is None or _points_to_person(reader, desc) or _candidates(desc, roles):
            continue
        if reader.table.get(desc.target).type is not NodeLabel.STATE \
                or title_class(desc.title) not in ("head", "premier"):
            continue
        here = reader.sent_of[desc.start]
        best: tuple[int, str] | None = None
        for index, mention in persons:
            person = reader.local_of[index]
            if person is None or abs(reader.sent_of[mention.start] - here) > 2:
                continue
            busy = any(r.person == person and r.target != desc.target
                       and title_class(_office(r.title)) in ("head", "premier")
                       for r in roles)
            if busy:
                continue
            distance = abs(mention.start - desc.start)
            if best is None or distance < best[0]:
                best = (distance, person)
        if best is None:
            continue
        sent = reader.sents[here]
        roles.append(_Role(best[1], desc.target, reader.doc[desc.start:desc.end].text,
                           desc.former, sent, 0.5))
        _map(reader, desc, best[1])


def _fallback_untargeted(reader: _Reader, untargeted: list[tuple[str, str, bool, int]],
                         roles: list[_Role]) -> None:
    """"President Donald Trump" with no state named: the state just before, in this sentence or
    the one before, if the person holds no other office in the article."""
    held = {r.person for r in roles}
    for person, title, former, token in untargeted:
        if person in held or title_class(title) not in ("head", "premier") \
                and "minister" not in title.lower() and "president" not in title.lower():
            continue
        here = reader.sent_of[token]
        state = None
        for i in range(reader.sents[here].start, token):
            state = reader.table.state_at(i)
            if state:
                break
        if state is None and here > 0:
            previous = reader.sents[here - 1]
            for i in range(previous.end - 1, previous.start - 1, -1):
                state = reader.table.state_at(i)
                if state:
                    break
        if state is None:
            continue
        roles.append(_Role(person, state, title, former, reader.sents[here], 0.4))
        held.add(person)


def _emit(table: ActorTable, roles: list[_Role]) -> None:
    from ingest.actors import evidence_of

    seen: set[tuple[str, str]] = set()
    generic = {"head", "leader", "chief"}
    for role in sorted(roles, key=lambda r: (-r.confidence, r.title.lower() in generic)):
        pair = (role.person, role.target)
        if pair in seen or table.get(role.person).type is not NodeLabel.PERSON:
            continue
        if table.get(role.target).type not in (NodeLabel.STATE, NodeLabel.ORGANIZATION,
                                               NodeLabel.PLACE):
            continue
        seen.add(pair)
        table.edges.append(Edge(type=EdgeType.HOLDS_ROLE, source=role.person, target=role.target,
                                properties={"title": role.title, "former": role.former},
                                confidence=role.confidence, extractor=EXTRACTOR,
                                evidence=[evidence_of(role.sent)]))
