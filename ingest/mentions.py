"""Mentions of actors in a parsed article: NER and gazetteer spans, trimmed and typed.

A mention is a token span with a type and, when the gazetteer knows the name, its entry. This
module reads only the ``Doc``; it decides *what* each span names, not *which* entity of the
article it is (that is :mod:`ingest.actors`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graph.vocab import NodeLabel, OrgKind
from ingest.gazetteer import GazEntry, Gazetteer, lookup_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "find_mentions", "guess_org_kind", "is_acronym", "HONORIFICS"]

# Words that may precede a name inside a PERSON span but are not part of the name.
HONORIFICS = frozenset("""
mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady madam sheikh? president vice prime minister
premier chancellor king queen prince princess emir sultan gen gen. general colonel col col.
major lieutenant lt lt. captain capt capt. commander marshal admiral sergeant judge justice
senator sen sen. rep rep. governor gov gov. mayor ambassador secretary ayatollah imam pope
cardinal bishop archbishop father rev rev. reverend professor prof prof. former ex late
deposed ousted exiled fugitive interim acting foreign defence defense interior chief leader
spokesman spokeswoman spokesperson minister-president colonel-major
""".replace("?", "").split())

# Capitalised words that name no actor on their own ("the Council", "Interior", "State").
_GENERIC = frozenset("""
council state senate sea interior organization organisation government ministry republic
parliament court army police committee assembly union federation kingdom office agency
department forces armed military presidency administration cabinet opposition region province
city capital country nation west east north south world international national federal
security defense defence affairs foreign justice commission service guard navy embassy
""".split())
# Acronyms of time zones and the like that the NER takes for organizations.
_NOT_ACTORS = frozenset({"GMT", "UTC", "EST", "EDT", "CET", "CEST", "MSK", "PST", "PDT", "BST",
                         "AM", "PM", "UPD", "UPDATE", "VIDEO", "PHOTO", "PHOTOS", "EEZ", "GDP",
                         "COVID", "COVID-19"})
_ORG_LOWER = frozenset({"of", "and", "the", "for", "on", "in", "de", "du", "la", "le", "des",
                        "del", "al", "el", "&", "da", "der", "y", "et", "for"})
_FACILITY = frozenset({"embassy", "consulate", "hotel", "palace", "airport", "square", "hospital",
                       "prison", "stadium", "bridge", "base", "camp", "compound", "residence"})
_BODY_KINDS = frozenset({OrgKind.GOVERNMENT_BODY.value, OrgKind.GOVERNMENT.value,
                         OrgKind.MILITARY.value})

_REGION_WORDS = frozenset({"region", "province", "oblast", "district", "governorate", "prefecture",
                           "county", "krai", "territory", "canton", "municipality"})
_MEDIA_NOUNS = frozenset({"newspaper", "webzine", "daily", "weekly", "magazine", "broadcaster",
                          "tabloid", "channel", "website", "portal", "outlet", "newsweekly",
                          "paper", "wire", "blog"})
_REPORT_VERBS = frozenset({"report", "quote", "inform", "cite", "broadcast", "publish"})
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "del", "da", "di", "van",
                             "von", "der", "le", "la", "du", "dos", "das", "y", "i", "ben", "abu",
                             "-", "'", "’", "."})
_DOMAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*\.(com|net|org|info|news|tv|"
                     r"kg|kz|az|ru|by|ua|uz|tj|am|ge|md|co|io|uk|de|fr|in|bd|pk|ng|za)$",
                     re.IGNORECASE)
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z0-9&.\-]{2,10}$")

_KIND_WORDS: tuple[tuple[OrgKind, frozenset[str]], ...] = (
    (OrgKind.MEDIA, frozenset({"news", "newspaper", "agency_news", "tv", "television", "radio",
                               "times", "post", "daily", "gazette", "herald", "tribune",
                               "journal", "broadcasting", "press", "channel", "magazine",
                               "insider", "telegraph", "chronicle", "observer", "courier"})),
    (OrgKind.MILITARY, frozenset({"army", "military", "navy", "forces", "force", "guard",
                                  "troops", "brigade", "regiment", "battalion", "peacekeepers"})),
    (OrgKind.PARTY, frozenset({"party", "socialists", "democrats", "republicans"})),
    (OrgKind.GOVERNMENT, frozenset({"government", "administration", "cabinet", "kremlin",
                                    "regime", "junta"})),
    (OrgKind.GOVERNMENT_BODY, frozenset({"ministry", "department", "office", "council",
                                         "committee", "parliament", "senate", "assembly", "court",
                                         "tribunal", "commission", "service", "bureau",
                                         "prosecutor", "prosecutors", "police", "presidency",
                                         "congress", "duma", "secretariat", "agency", "house",
                                         "chamber", "directorate", "inspectorate", "embassy",
                                         "consulate", "judiciary"})),
    (OrgKind.IGO, frozenset({"union", "alliance", "treaty", "bank", "fund", "community",
                             "organization", "organisation", "league", "bloc"})),
    (OrgKind.NGO, frozenset({"foundation", "watch", "institute", "amnesty", "international",
                             "network", "movement", "centre", "center", "society", "council_ngo"})),
)


def guess_org_kind(name: str) -> str:
    """The kind of an organization the gazetteer does not know, from the words of its name."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    if {"news", "agency"} <= words or "news" in words and len(words) <= 3:
        return OrgKind.MEDIA.value
    if _DOMAIN.match(name.strip()):
        return OrgKind.MEDIA.value
    for kind, cues in _KIND_WORDS:
        if words & cues:
            return kind.value
    return OrgKind.OTHER.value


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and not text.isdigit()


@dataclass
class Mention:
    """A span naming an actor, with its type and, if known, its gazetteer entry."""

    start: int  # first token index
    end: int  # one past the last token index
    text: str
    label: NodeLabel
    entry: GazEntry | None = None
    kind: str | None = None
    media: bool = False  # cited as a news source
    adjective_of: str | None = None  # state key, for "Belarusian", "Kyrgyz" (no entity of its own)
    qualifier: str | None = None  # the state a body belongs to ("Mexican Foreign Ministry")
    body: str | None = None  # the body's name without its state ("Foreign Ministry")

    @property
    def is_adjective(self) -> bool:
        return self.adjective_of is not None


def _trim(span: "Span", label: str) -> "Span | None":
    """The span without leading determiners, honorifics, trailing possessives or punctuation."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in ("the", "a", "an", "'", "’", '"', "“", "‘")
                           or doc[start].is_punct and doc[start].text not in ("(",)):
        start += 1
    if label == "PERSON":
        while start < end - 1 and doc[start].lower_.rstrip(".") in HONORIFICS | {"mr", "mrs", "ms",
                                                                                  "dr"}:
            start += 1
            while start < end - 1 and doc[start].text in ("-", "."):
                start += 1
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’", '"', "”", "’’")
                           or doc[end - 1].is_space
                           or doc[end - 1].is_punct and doc[end - 1].text != ")"
                           or label != "PERSON" and doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")):
        end -= 1
    if end <= start:
        return None
    inner = doc[start:end]
    if "\n" in inner.text or "," in inner.text:
        return None
    if label == "PERSON":  # "Man-kei Tam": the hyphenated given name left out by the NER
        while (start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
               and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha):
            start -= 2
    return doc[start:end] if end > start else None


def _looks_like_name(span: "Span", label: str) -> bool:
    """Reject spans that are plainly not names: lower-case words, verbs, pronouns, numbers."""
    if len(span) > 9:
        return False
    has_capital = False
    for token in span:
        if token.pos_ in ("PRON", "AUX") or token.pos_ == "VERB" and not token.is_title:
            return False
        if token.is_title or token.is_upper or (token.text[:1].isupper()):
            has_capital = True
        elif label == "PERSON" and token.is_alpha and token.lower_ not in _NAME_PARTICLES \
                and not (token.i > span.start and doc_hyphen_before(token)):
            return False
    if label == "PERSON" and len(span) > 5:
        return False
    if len(span) == 1 and span[0].is_sent_start and span[0].tag_ in ("NN", "NNS"):
        return False  # "Veterans' organisations asked ...": a common noun's capital, not a name
    if span.text in _NOT_ACTORS:
        return False
    if label != "PERSON":
        words = [t for t in span if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in _GENERIC:
            return False
        if all(t.lower_ in _GENERIC or t.lower_ in _ORG_LOWER for t in words):
            return False
        if any(t.is_lower and t.is_alpha and t.lower_ not in _ORG_LOWER for t in words):
            return False
        first = words[0].lower_ if words else ""
        if label == "ORG" and (first in _TITLE_HEADS or first.rstrip("s") in _TITLE_HEADS):
            return False
    return has_capital or bool(_DOMAIN.match(span.text))


def doc_hyphen_before(token: "Token") -> bool:
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_


_TITLE_HEADS = frozenset({"president", "minister", "ministers", "secretary", "chairman", "governor",
                          "spokesman", "spokeswoman", "spokesperson", "head", "chief", "leader",
                          "ambassador", "envoy", "commissioner", "director", "prosecutor",
                          "senator", "mayor", "premier", "chancellor", "king", "queen"})

_NER_LABELS = {"PERSON": NodeLabel.PERSON, "GPE": NodeLabel.PLACE, "LOC": NodeLabel.PLACE,
               "FAC": NodeLabel.PLACE, "ORG": NodeLabel.ORGANIZATION}


def _from_entry(start: int, end: int, text: str, entry: GazEntry) -> Mention:
    return Mention(start, end, text, entry.label, entry=entry, kind=entry.kind)


def find_mentions(doc: "Doc", gaz: Gazetteer) -> list[Mention]:
    """Actor mentions in document order, without overlaps."""
    mentions: list[Mention] = []
    for ent in doc.ents:
        label = ent.label_
        if label not in ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"):
            continue
        ent_id = ent.ent_id_
        if ent_id.startswith("adj:"):
            state = gaz.get(ent_id[4:])
            mentions.append(Mention(ent.start, ent.end, ent.text, NodeLabel.STATE,
                                    adjective_of=state.key if state else None))
            continue
        if ent_id and gaz.get(ent_id):
            mentions.append(_from_entry(ent.start, ent.end, ent.text, gaz.entries[ent_id]))
            continue
        span = _trim(ent, label)
        if span is None:
            continue
        entry = gaz.lookup(span.text)
        if entry is not None:
            mentions.append(_from_entry(span.start, span.end, span.text, entry))
            continue
        state = gaz.state_of_adjective(span.text)
        if state is not None:
            mentions.append(Mention(span.start, span.end, span.text, NodeLabel.STATE,
                                    adjective_of=state.key))
            continue
        if label not in _NER_LABELS or not _looks_like_name(span, label):
            continue
        node_label = _NER_LABELS[label]
        if span[-1].lower_ in _FACILITY and len(span) > 1:
            node_label = NodeLabel.PLACE
        if node_label is NodeLabel.ORGANIZATION and _whole_line(span):
            continue  # a section header ("World News"), not an actor of the article
        kind = guess_org_kind(span.text) if node_label is NodeLabel.ORGANIZATION else None
        mentions.append(Mention(span.start, span.end, span.text, node_label, kind=kind))
    mentions = _join_split_names(doc, mentions)
    mentions = _add_titled_names(doc, gaz, mentions)
    mentions = _state_bodies(doc, mentions)
    mentions = _qualified_bodies(doc, gaz, mentions)
    mentions = _add_regions(doc, gaz, mentions)
    mentions = _add_domains(doc, mentions)
    _mark_media(doc, mentions)
    return mentions


def _whole_line(span: "Span") -> bool:
    """Whether the span is all there is on its line of text."""
    text = span.doc.text
    before = text[:span.start_char].rsplit("\n", 1)[-1]
    after = text[span.end_char:].split("\n", 1)[0]
    return not before.strip() and not after.strip()


def _join_split_names(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """"Zine El" + "Abidine Ben Ali": two person spans side by side are one name."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.label is NodeLabel.PERSON and out[-1].label is NodeLabel.PERSON \
                and out[-1].entry is None and m.entry is None and out[-1].end == m.start \
                and not out[-1].is_adjective:
            prev = out[-1]
            out[-1] = Mention(prev.start, m.end, doc[prev.start:m.end].text, NodeLabel.PERSON)
            continue
        out.append(m)
    return out


def _add_titled_names(doc: "Doc", gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """"Presidents Muhammadu Buhari of Nigeria": capitalised words right after a title are a
    name even when the NER missed them."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for token in doc:
        lower = token.lower_
        if lower not in _TITLE_HEADS and lower.rstrip("s") not in _TITLE_HEADS:
            continue
        start = token.i + 1
        end = start
        while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN" \
                and doc[end].is_title and end not in covered:
            end += 1
        if end - start < 2 or end < len(doc) and doc[end].pos_ == "PROPN":
            continue
        name = doc[start:end].text
        if gaz.lookup(name) is not None or any(t.lower_ in _GENERIC for t in doc[start:end]):
            continue
        mentions = _replace_overlapping(mentions, Mention(start, end, name, NodeLabel.PERSON))
        covered.update(range(start, end))
    return mentions


_BODY_WORDS = frozenset(w for kind, words in _KIND_WORDS if kind.value in _BODY_KINDS
                       for w in words) - {"house", "office", "service", "guard", "force"} \
    | {"house of representatives", "service", "army", "guard", "office"}


def _state_bodies(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """Capitalised bodies after a state's adjective or possessive that the NER left untagged:
    "the Mexican Senate", "the Turkish Ministry of Foreign Affairs", "Niger Army"."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for m in list(mentions):
        is_state = m.entry is not None and m.label is NodeLabel.STATE
        if not (m.is_adjective or is_state):
            continue
        start = m.end
        if is_state and start < len(doc) and doc[start].lower_ in ("'s", "’s"):
            start += 1
        end = start
        while end < len(doc) and end - start < 7 and end not in covered and (
                doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN")
                or doc[end].lower_ in ("of", "for", "and") and end + 1 < len(doc)
                and doc[end + 1].is_title):
            end += 1
        while end > start and doc[end - 1].lower_ in ("of", "for", "and"):
            end -= 1
        words = {t.lower_ for t in doc[start:end]}
        if end == start or not words & _BODY_WORDS:
            continue
        body = doc[start:end].text
        mention = Mention(start, end, body, NodeLabel.ORGANIZATION, kind=guess_org_kind(body))
        mentions = _replace_overlapping(mentions, mention)
        covered.update(range(start, end))
    return mentions


def _qualified_bodies(doc: "Doc", gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """"Mexican" + "Foreign Ministry", "India's" + "Foreign Ministry": a state's body is named
    with its state, so that two states' ministries stay two actors."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.label is NodeLabel.ORGANIZATION and m.entry is None \
                and m.kind in _BODY_KINDS and not m.media:
            state = None
            if prev.is_adjective and prev.end == m.start:
                state = prev.adjective_of
            elif prev.entry is not None and prev.label is NodeLabel.STATE and (
                    prev.end == m.start
                    or prev.end + 1 == m.start and doc[prev.end].lower_ in ("'s", "’s")):
                state = prev.entry.key
            if state is not None:
                text = doc[prev.start:m.end].text
                out[-1] = Mention(prev.start, m.end, text, NodeLabel.ORGANIZATION, kind=m.kind,
                                  adjective_of=None)
                out[-1].qualifier, out[-1].body = state, m.text
                if m.text.split()[-1].lower() in _FACILITY:
                    out[-1].label, out[-1].kind = NodeLabel.PLACE, None
                continue
        out.append(m)
    return out


def _replace_overlapping(mentions: list[Mention], new: Mention) -> list[Mention]:
    kept = [m for m in mentions if m.end <= new.start or m.start >= new.end]
    kept.append(new)
    kept.sort(key=lambda m: m.start)
    return kept


def _add_regions(doc: "Doc", gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """"the Kurgan region", "Osh province": a place even when the NER took it for a person."""
    for token in doc:
        if token.lower_ not in _REGION_WORDS or token.i == 0:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and gaz.state_of_adjective(doc[start - 1].text) is None:
            start -= 1
            if token.i - start >= 3:
                break
        if start == token.i:
            continue
        core = doc[start:token.i].text
        known = gaz.lookup(core)
        if known is not None and known.label is not NodeLabel.PLACE:
            continue
        if known is not None:
            mention = _from_entry(start, token.i + 1, doc[start:token.i + 1].text, known)
        else:
            name = doc[start:token.i + 1].text
            mention = Mention(start, token.i + 1, name, NodeLabel.PLACE)
        mentions = _replace_overlapping(mentions, mention)
    return mentions


def _add_domains(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """Web outlets named by their domain ("24.kg", "News.Az"): media organizations."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for token in doc:
        if token.i in covered or not _DOMAIN.match(token.text) or "@" in token.text:
            continue
        if token.like_url and token.text.lower().startswith(("http", "www")):
            continue
        mentions = _replace_overlapping(
            mentions, Mention(token.i, token.i + 1, token.text, NodeLabel.ORGANIZATION,
                              kind=OrgKind.MEDIA.value, media=True))
    return mentions


def _quoted_name(doc: "Doc", i: int) -> tuple[int, int] | None:
    """The token range of a short capitalised name in quotes starting at ``i``, if any."""
    if i >= len(doc) or not doc[i].is_quote:
        return None
    end = i + 1
    while end < len(doc) and end - i <= 8 and not doc[end].is_quote:
        end += 1
    if end >= len(doc) or end == i + 1 or not doc[end].is_quote:
        return None
    inner = doc[i + 1:end]
    if not inner[0].text[:1].isupper() or any(t.pos_ in ("VERB", "AUX") for t in inner):
        return None
    return inner.start, inner.end


def _mark_media(doc: "Doc", mentions: list[Mention]) -> None:
    """Organizations cited as sources: after "newspaper"/"news agency", or reporting, quoting."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for token in doc:
        lower = token.lower_
        cue = lower in _MEDIA_NOUNS or (lower == "agency" and token.i > 0
                                        and doc[token.i - 1].lower_ in ("news", "press"))
        if cue:
            j = token.i + 1
            quoted = _quoted_name(doc, j)
            if quoted is not None:
                name = doc[quoted[0]:quoted[1]]
                target = Mention(name.start, name.end, name.text, NodeLabel.ORGANIZATION,
                                 kind=OrgKind.MEDIA.value, media=True)
                mentions[:] = _replace_overlapping(mentions, target)
                by_start[target.start], by_end[target.end] = target, target
                continue
            target = by_start.get(j)
            if target is None and j < len(doc) and doc[j].pos_ == "PROPN" \
                    and doc[j].text[:1].isupper():
                end = j
                while end < len(doc) and end - j < 5 and doc[end].pos_ == "PROPN":
                    end += 1
                target = Mention(j, end, doc[j:end].text, NodeLabel.ORGANIZATION,
                                 kind=OrgKind.MEDIA.value, media=True)
                mentions[:] = _replace_overlapping(mentions, target)
                by_start[target.start], by_end[target.end] = target, target
                continue
            if target is None and token.i > 0:
                k = token.i - (2 if lower == "agency" else 1)
                target = by_end.get(k + 1) if k >= 0 else None
                if target is not None and target.label is not NodeLabel.ORGANIZATION:
                    target = None
            if target is not None and target.label is NodeLabel.ORGANIZATION \
                    and target.entry is None:
                target.media, target.kind = True, OrgKind.MEDIA.value
            elif target is not None and target.label is NodeLabel.ORGANIZATION \
                    and target.kind == OrgKind.MEDIA.value:
                target.media = True
            continue
        if token.lemma_ in _REPORT_VERBS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ != "nsubj":
                    continue
                for m in mentions:
                    if m.start <= child.i < m.end and m.label is NodeLabel.ORGANIZATION:
                        if m.entry is None:
                            m.kind = OrgKind.MEDIA.value
                        if m.kind == OrgKind.MEDIA.value:
                            m.media = True
    for m in mentions:
        if m.kind == OrgKind.MEDIA.value:
            m.media = True
