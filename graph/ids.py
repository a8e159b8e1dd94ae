"""Ids derived from content, never random, so that writing the same facts twice is a no-op."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import lru_cache

from graph.vocab import NodeLabel

__all__ = ["normalize_name", "normalize_text", "stable_hash", "actor_key", "article_id", "event_key",
           "edge_key", "name_skeleton"]

_NON_WORD = re.compile(r"[^0-9a-z]+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case ASCII: accents stripped, typographic quotes and dashes flattened."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# Names repeat across articles (the same states and leaders again and again), and loading
# normalises every name and alias of every article: remembering recent ones halves the time
# the writer spends before it sends anything.
@lru_cache(maxsize=65_536)
def normalize_name(name: str) -> str:
    """A name as a slug: case, accents, punctuation and a leading "the" ignored."""
    folded = fold(_LEADING_THE.sub("", name.strip()))
    return _NON_WORD.sub("-", folded).strip("-")


def normalize_text(text: str) -> str:
    """Whitespace-insensitive form of an article's text, for its content id."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def stable_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of parts serialised as sorted JSON (so dicts hash the same in any order)."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


def actor_key(label: NodeLabel | str, name: str, *, iso3: str | None = None,
              disambiguator: str | None = None) -> str:
    """Global id of an actor: ISO alpha-3 for states, else label + normalised name."""
    label = NodeLabel(label)
    if label is NodeLabel.STATE and iso3:
        return iso3.upper()
    key = f"{label.value.lower()}:{normalize_name(name)}"
    if disambiguator:
        key += f":{normalize_name(disambiguator)}"
    return key


def article_id(text: str) -> str:
    """Article id: a hash of the whitespace-normalised text."""
    return "a-" + stable_hash(normalize_text(text))


def event_key(event_type: str, role_keys: list[tuple[str, str]], date: str | None,
              article: str, anchor: int | None = None) -> str:
    """Event id: hash of type, (role, actor) pairs, date and article.

    ``anchor`` (the evidence offset) separates two events of the same type and roles told in
    different sentences of one article when nothing else tells them apart.
    """
    return "ev-" + stable_hash(event_type, sorted(role_keys), date, article, anchor)


def edge_key(edge_type: str, source: str, target: str, event: str | None, article: str) -> str:
    return "ed-" + stable_hash(edge_type, source, target, event, article)


_VOWELS = re.compile(r"[aeiouy]")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65_536)
def name_skeleton(token: str) -> str:
    """Transliteration-tolerant key of one name part.

    Romanisations of the same Slavic or Turkic name differ mostly in vowels and in `y`, `h`,
    doubled letters and soft signs (Lukashenka/Lukashenko, Bakiyev/Bakiev,
    Otunbayeva/Otunbaeva): the first letter plus the remaining consonants survives them.
    """
    word = _NON_WORD.sub("", fold(token))
    if not word:
        return ""
    head, tail = word[0], word[1:]
    tail = tail.replace("kh", "h").replace("ks", "x").replace("w", "v").replace("j", "zh")
    tail = _VOWELS.sub("", tail).replace("h", "")
    return _DOUBLE.sub(r"\1", head + tail)
