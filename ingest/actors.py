"""The actor stage: an article's mentions become its entities, with roles and memberships.

Mentions (:mod:`ingest.mentions`) are grouped into entities: by gazetteer key, by acronyms
defined in the text ("Long Form (ACR)", "ACR (Long Form)"), by person names (a surname, a
partial name or a transliteration variant joins the full name). Then role facts
(:mod:`ingest.roles`) and memberships (:mod:`ingest.membership`) are read, and role
descriptions without a name ("the Belarusian ruler") are pointed at the person they mean.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from graph.ids import actor_key, name_skeleton
from graph.model import Evidence
from graph.vocab import NodeLabel
from ingest.provenance import EXTRACTOR
from ingest.actor_table import ActorTable
from ingest.article import Article
from ingest.datelines import source_text
from ingest.gazetteer import Gazetteer, load_gazetteer, lookup_key
from graph.vocab import OrgKind
from ingest.mentions import Mention, find_mentions, guess_org_kind, is_acronym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["build_actor_table", "evidence_of", "EXTRACTOR"]

# Whether a bare adjective ("the Russian language", "Israeli-Cypriot") brings its state into
# the article's actors. Measured on annotated articles: annotators list such states.
STATES_FROM_ADJECTIVES = True


def evidence_of(sent: "Span") -> Evidence:
    """The sentence as evidence: its text and exact offsets into the article's text."""
    return Evidence(sentence=source_text(sent), start=sent.start_char, end=sent.end_char)


def build_actor_table(doc: "Doc", article: Article | None = None) -> ActorTable:
    """Entities of one article, the tokens that name them, and HOLDS_ROLE/MEMBER_OF edges."""
    from ingest.membership import find_memberships
    from ingest.roles import find_roles

    gaz = load_gazetteer()
    mentions = find_mentions(doc, gaz)
    table = ActorTable()
    keys = _cluster(doc, mentions, gaz)
    _register(table, mentions, keys, gaz)
    find_roles(doc, table, mentions, keys, gaz)
    find_memberships(doc, table, gaz)
    return table


# -- clustering --------------------------------------------------------------------------------

def _cluster(doc: "Doc", mentions: list[Mention], gaz: Gazetteer) -> list[str | None]:
    """The entity key of each mention (``None`` for adjectives)."""
    _people_mistyped(doc, mentions, gaz)
    mentions[:] = [m for m in mentions if not _pair_of_names(m, mentions)
                   and not _capital_only_at_sentence_start(doc, m, mentions)]
    keys: list[str | None] = [None] * len(mentions)
    for i, m in enumerate(mentions):
        if m.entry is not None:
            keys[i] = m.entry.key
    person_keys = _person_keys(mentions)
    surnames = {lookup_key(k.split("|", 1)[1].split()[-1]): k for k in set(person_keys.values())}
    aliases = _acronyms(doc, mentions, keys)
    for i, m in enumerate(mentions):
        if keys[i] is not None or m.is_adjective:
            continue
        folded = lookup_key(m.text)
        if i in person_keys:
            keys[i] = person_keys[i]
        elif folded in aliases:
            keys[i] = aliases[folded]
        elif len(m.text.split()) == 1 and folded in surnames:  # "Ebrard" mis-tagged ORG
            m.label = NodeLabel.PERSON
            keys[i] = surnames[folded]
        else:
            keys[i] = f"{m.label.value}|{m.text}"
    # The same name typed two ways by the NER (a place here, an organization there) is one actor.
    by_name: dict[str, str] = {}
    for i, m in enumerate(mentions):
        key = keys[i]
        if key is None or m.entry is not None:
            continue
        folded = lookup_key(m.text)
        if folded in by_name and by_name[folded] != key and not key.startswith("Person|"):
            keys[i] = by_name[folded]
        else:
            by_name.setdefault(folded, key)
    return keys


def _people_mistyped(doc: "Doc", mentions: list[Mention], gaz: Gazetteer) -> None:
    """Names the NER typed as an organization or place but that are people's names.

    "President Kassym-Jomart Tokayev" tagged ORG: a name right after a title, or ending in a
    surname the article uses for a person, with no word of an organization's name in it.
    """
    surnames = {lookup_key(m.text.split()[-1]) for m in mentions
                if m.label is NodeLabel.PERSON and not m.is_adjective and m.entry is None}
    titles = gaz.titles
    first_names = {lookup_key(m.text.split()[0]) for m in mentions
                   if m.label is NodeLabel.PERSON and m.entry is None and len(m.text.split()) >= 2}
    person_ends = {m.end for m in mentions if m.label is NodeLabel.PERSON and not m.is_adjective}
    for m in mentions:
        if m.entry is not None or m.is_adjective or m.label is NodeLabel.PERSON or m.media:
            continue
        words = m.text.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        if m.label is NodeLabel.ORGANIZATION and guess_org_kind(m.text) != OrgKind.OTHER.value:
            continue
        if m.label is NodeLabel.PLACE and len(words) == 1 and m.start > 0 \
                and doc[m.start - 1].lower_ in ("in", "to", "from", "at"):
            continue
        after_title = m.start > 0 and doc[m.start - 1].lower_ in titles
        if lookup_key(words[-1]) in surnames or after_title and len(words) >= 2 \
                or len(words) >= 2 and (lookup_key(words[0]) in first_names
                                        or _listed_with_person(doc, m, person_ends)):
            m.label, m.kind = NodeLabel.PERSON, None


def _pair_of_names(m: Mention, mentions: list[Mention]) -> bool:
    """"Trump-Kim": two people's names joined by a hyphen are not a third person."""
    if m.label is not NodeLabel.PERSON or "-" not in m.text or " " in m.text.strip():
        return False
    parts = [lookup_key(p) for p in m.text.split("-") if p]
    others = {lookup_key(w) for o in mentions if o is not m and o.label is NodeLabel.PERSON
              for w in o.text.replace("-", " ").split()}
    return len(parts) == 2 and all(p in others for p in parts)


def _capital_only_at_sentence_start(doc: "Doc", m: Mention, mentions: list[Mention]) -> bool:
    """"Turnout was reported at 60 percent": a lone capitalised word the NER called a person.

    A common noun opening a sentence carries a capital like a name, and the small model often
    tags it PERSON. A real person's single name is in the gazetteer, is the surname or given
    name of a fuller name in the article, or is written with its capital mid-sentence too;
    a word that is none of these, every time the article names it, is not taken for a person.
    """
    if m.label is not NodeLabel.PERSON or m.entry is not None or m.is_adjective \
            or m.end - m.start != 1 or not doc[m.start].is_sent_start:
        return False
    folded = lookup_key(m.text)
    for other in mentions:
        if other is m:
            continue
        words = [lookup_key(w) for w in other.text.replace("-", " ").split()]
        if folded not in words:
            continue
        if len(words) > 1 or not doc[other.start].is_sent_start:
            return False
    return True


def _listed_with_person(doc: "Doc", m: Mention, person_ends: set[int]) -> bool:
    """"Muhammadu Buhari of Nigeria and Patrice Talon": a name in a list of people."""
    k = m.start - 1
    if k < 1 or doc[k].lower_ not in ("and", ","):
        return False
    if k in person_ends:
        return True
    # "<person> of <state> and": skip the affiliation
    for back in range(k - 1, max(k - 5, 0), -1):
        if doc[back].lower_ == "of":
            return back in person_ends
    return False


def _name_tokens(text: str) -> list[str]:
    return [t for t in lookup_key(text).replace("-", " ").split() if t not in ("mr", "mrs", "ms")]


def _person_keys(mentions: list[Mention]) -> dict[int, str]:
    """Person mentions grouped by name: full names first, then partial names and surnames."""
    persons = [(i, m) for i, m in enumerate(mentions) if m.label is NodeLabel.PERSON
               and m.entry is None]
    full = [(i, m) for i, m in persons if len(_name_tokens(m.text)) >= 2]
    full.sort(key=lambda im: (-len(_name_tokens(im[1].text)), im[0]))
    clusters: list[tuple[str, list[str]]] = []  # (first long form, its tokens)
    assigned: dict[int, int] = {}
    for i, m in full:
        tokens = _name_tokens(m.text)
        target = None
        for c, (_, ctoks) in enumerate(clusters):
            if set(tokens) <= set(ctoks) or _variant(tokens, ctoks):
                target = c
                break
        if target is None:
            clusters.append((m.text, tokens))
            target = len(clusters) - 1
        assigned[i] = target
    for i, m in persons:
        if i in assigned:
            continue
        tokens = _name_tokens(m.text)
        if not tokens:
            continue
        last = tokens[-1]
        best = None
        for c, (_, ctoks) in enumerate(clusters):
            if ctoks[-1] == last or name_skeleton(ctoks[-1]) == name_skeleton(last) and len(last) > 4:
                best = c
                break
        if best is None:
            for c, (_, ctoks) in enumerate(clusters):
                if set(tokens) <= set(ctoks):
                    best = c
                    break
        if best is None:
            clusters.append((m.text, tokens))
            best = len(clusters) - 1
        assigned[i] = best
    # canonical name: the most frequent multi-word form of each cluster, else its first form
    forms: dict[int, Counter[str]] = {}
    for i, c in assigned.items():
        text = mentions[i].text
        if len(_name_tokens(text)) >= 2:
            forms.setdefault(c, Counter())[text] += 1
    names = {c: (forms[c].most_common(1)[0][0] if c in forms else clusters[c][0])
             for c in range(len(clusters))}
    return {i: f"Person|{names[c]}" for i, c in assigned.items()}


def _variant(tokens: list[str], other: list[str]) -> bool:
    """Two spellings of one name: same first name, surnames one letter or a vowel apart."""
    if len(tokens) != len(other):
        return False
    if tokens[0] != other[0]:  # "Mohamed"/"Mohammed Ghannouchi": same surname, first name alike
        return tokens[-1] == other[-1] and name_skeleton(tokens[0]) == name_skeleton(other[0])
    a, b = tokens[-1], other[-1]
    if name_skeleton(a) == name_skeleton(b):
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    return _edit_distance_at_most_one(a, b)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _acronyms(doc: "Doc", mentions: list[Mention], keys: list[str | None]) -> dict[str, str]:
    """Aliases defined in brackets: "Long Form (ACR)" and "ACR (Long Form)" name one actor.

    Returns folded alias -> entity key, and records the alias on the mentions it joins.
    """
    aliases: dict[str, str] = {}
    by_end = {m.end: i for i, m in enumerate(mentions)}
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for token in doc:
        if token.text != "(":
            continue
        close = next((t.i for t in doc[token.i + 1:token.i + 12] if t.text == ")"), None)
        if close is None or close == token.i + 1:
            continue
        inner = doc[token.i + 1:close]
        outer_index = by_end.get(token.i)
        if outer_index is None:
            continue
        outer = mentions[outer_index]
        if outer.is_adjective or outer.label is NodeLabel.PERSON:
            continue
        outer_key = keys[outer_index] or f"{outer.label.value}|{outer.text}"
        inner_index = by_start.get(inner.start)
        if inner_index is not None and mentions[inner_index].end == inner.end:
            inner_m = mentions[inner_index]
            if inner_m.entry is not None and outer.entry is None:
                aliases[lookup_key(outer.text)] = inner_m.entry.key
                continue
            if outer.entry is not None and inner_m.entry is None:
                aliases[lookup_key(inner_m.text)] = outer.entry.key
                continue
            if outer.entry is None and inner_m.entry is None:
                aliases[lookup_key(inner_m.text)] = outer_key
                keys[outer_index] = outer_key
            continue
        text = inner.text.strip()
        if len(inner) == 1 and is_acronym(text):  # Long Form (ACR)
            keys[outer_index] = outer_key
            aliases[lookup_key(text)] = outer_key
            mentions.append(Mention(inner.start, inner.end, text, outer.label, outer.entry,
                                    outer.kind, outer.media))
            keys.append(outer_key)
        elif is_acronym(outer.text) and all(t.is_title or t.is_stop or t.is_punct for t in inner) \
                and sum(t.is_title for t in inner) >= 2:  # ACR (Long Form)
            keys[outer_index] = outer_key
            aliases[lookup_key(text)] = outer_key
            mentions.append(Mention(inner.start, inner.end, text, outer.label, outer.entry,
                                    outer.kind, outer.media))
            keys.append(outer_key)
    # later uses of an acronym the NER did not tag
    acronyms = {a: k for a, k in aliases.items() if " " not in a}
    if acronyms:
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for token in doc:
            if token.i in covered or not is_acronym(token.text):
                continue
            key = acronyms.get(lookup_key(token.text))
            if key is None:
                continue
            source = next(m for j, m in enumerate(mentions) if keys[j] == key)
            mentions.append(Mention(token.i, token.i + 1, token.text, source.label, source.entry,
                                    source.kind, source.media))
            keys.append(key)
    return aliases


# -- entities ----------------------------------------------------------------------------------

def _register(table: ActorTable, mentions: list[Mention], keys: list[str | None],
              gaz: Gazetteer) -> None:
    """One entity per key, named canonically, with its mention texts as aliases."""
    order: list[str] = []
    texts: dict[str, list[str]] = {}
    sample: dict[str, Mention] = {}
    for m, key in zip(mentions, keys):
        if key is None:
            entry = gaz.get(m.adjective_of) if m.adjective_of else None
            if entry is not None and entry.label is NodeLabel.STATE and STATES_FROM_ADJECTIVES:
                key = m.adjective_of
            else:
                continue
        if key not in texts:
            order.append(key)
            texts[key] = []
            sample[key] = m
        if not m.is_adjective and m.text not in texts[key]:
            texts[key].append(m.text)
        if m.entry is not None and sample[key].entry is None:
            sample[key] = m
    for key in sorted(order, key=lambda k: order.index(k)):
        m = sample[key]
        entry = m.entry or (gaz.get(key) if m.is_adjective or m.label is NodeLabel.STATE else None)
        seen = texts[key]
        if entry is not None:
            aliases = _unique(seen + list(entry.aliases), exclude=entry.name)
            table.add(entry.label, entry.name, key=entry.key, kind=entry.kind,
                      iso3=entry.iso3 if entry.label is NodeLabel.STATE else None,
                      aliases=aliases)
            local = table.by_key(entry.key)
        else:
            label, name = m.label, key.split("|", 1)[1]
            if label is not NodeLabel.PERSON:
                name = _longest_form(seen) or name
            kinds = [x.kind for x, k in zip(mentions, keys) if k == key and x.kind]
            kind = Counter(kinds).most_common(1)[0][0] if kinds and label is NodeLabel.ORGANIZATION \
                else None
            variants = list(seen)
            if m.qualifier and m.body and gaz.get(m.qualifier):
                state = gaz.get(m.qualifier)
                variants += [f"{m.body} of {state.name}", f"{state.name}'s {m.body}"]
            table.add(label, name, key=actor_key(label, name), kind=kind,
                      aliases=_unique(variants, exclude=name))
            local = table.by_key(actor_key(label, name))
        assert local is not None
        table.key_of[key] = local.id
    for m, key in zip(mentions, keys):
        if key is None:
            if m.adjective_of:
                state_id = table.key_of.get(m.adjective_of)
                for i in range(m.start, m.end):
                    table.adjectives[i] = m.adjective_of
                    if state_id is not None:
                        table.token_entity.setdefault(i, state_id)
            continue
        local_id = table.key_of[key]
        for i in range(m.start, m.end):
            table.token_entity[i] = local_id
        if m.media:
            table.media.add(local_id)


def _longest_form(forms: list[str]) -> str | None:
    """The fullest spelling among the mention texts (not an acronym when a long form exists)."""
    if not forms:
        return None
    return max(forms, key=lambda f: (not is_acronym(f), len(f.split()), len(f)))


def _unique(names: list[str], exclude: str) -> list[str]:
    out: list[str] = []
    seen = {lookup_key(exclude)}
    for name in names:
        folded = lookup_key(name)
        if folded and folded not in seen:
            seen.add(folded)
            out.append(name)
    return out
