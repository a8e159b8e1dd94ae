"""Curated names of states, places, organizations and political titles, loaded once.

The statistical NER of a small model slips on exactly the names political news is made of
(a capital tagged as a person, a country as an organization, an acronym missed). The gazetteer
fixes them twice: as an entity ruler placed before the NER (so known names are tagged right in
the first place) and as a lookup that gives a mention its canonical name, its type, its ISO
code and, for organizations, its kind.

Data files live in ``ingest/data/`` (tab-separated, ``#`` comments). An alias written with a
leading ``?`` is used for lookups only, never as a ruler pattern: it is too ambiguous alone
("Trend", "Congress", "Victoria").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.ids import actor_key, fold
from graph.vocab import NodeLabel, OrgKind

__all__ = ["GazEntry", "Gazetteer", "load_gazetteer", "lookup_key", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parent / "data"

_POSSESSIVE = re.compile(r"[’']s?$")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def lookup_key(text: str) -> str:
    """The form names are compared in: folded case and accents, no leading "the" or possessive.

    Dots and hyphens are kept apart from letters so that "U.S." and "US" stay distinct keys
    (both are listed where both are meant) while "Rostov-on-Don" keeps its hyphens.
    """
    text = _LEADING_THE.sub("", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = text.replace("’", "'").replace("–", "-").replace("—", "-")
    return _SPACES.sub(" ", fold(text)).strip(" ,;:\"'")


@dataclass(frozen=True)
class GazEntry:
    """One known actor: its type, canonical name, global key and what it belongs to."""

    label: NodeLabel
    name: str
    key: str
    iso3: str | None = None  # a State's own code; for a place or a body, the state it is in
    kind: str | None = None  # OrgKind value for organizations
    aliases: tuple[str, ...] = ()


@dataclass
class Gazetteer:
    entries: dict[str, GazEntry] = field(default_factory=dict)  # key -> entry
    names: dict[str, str] = field(default_factory=dict)  # lookup_key(name or alias) -> key
    adjectives: dict[str, str] = field(default_factory=dict)  # lookup_key(demonym) -> state key
    titles: frozenset[str] = frozenset()  # lower-case titles, one or more words
    ruler_names: dict[str, list[str]] = field(default_factory=dict)  # key -> names safe to tag

    def lookup(self, text: str) -> GazEntry | None:
        """The entry a name or alias means, if known."""
        key = self.names.get(lookup_key(text))
        return self.entries.get(key) if key else None

    def state_of_adjective(self, text: str) -> GazEntry | None:
        """The state (or region) an adjective or demonym refers to ("Belarusian", "Catalan")."""
        key = self.adjectives.get(lookup_key(text))
        return self.entries.get(key) if key else None

    def get(self, key: str) -> GazEntry | None:
        return self.entries.get(key)

    def ruler_patterns(self) -> list[dict[str, str]]:
        """Phrase patterns for spaCy's entity ruler, with the entry key as pattern id."""
        patterns: list[dict[str, str]] = []
        labels = {NodeLabel.STATE: "GPE", NodeLabel.PLACE: "GPE", NodeLabel.ORGANIZATION: "ORG"}
        for key, names in self.ruler_names.items():
            entry = self.entries[key]
            label = labels[entry.label]
            if entry.label is NodeLabel.PLACE and not entry.iso3:
                label = "LOC"
            for name in names:
                patterns.append({"label": label, "pattern": name, "id": key})
        for adjective, key in self._ruler_adjectives.items():
            patterns.append({"label": "NORP", "pattern": adjective, "id": f"adj:{key}"})
        return patterns

    _ruler_adjectives: dict[str, str] = field(default_factory=dict)  # surface -> state key

    def _add(self, entry: GazEntry, names: list[str]) -> None:
        """Register an entry under its names; the first registration of a name wins."""
        existing = self.entries.get(entry.key)
        if existing is None:
            self.entries[entry.key] = entry
        safe = self.ruler_names.setdefault(entry.key, [])
        for raw in names:
            lookup_only = raw.startswith("?")
            name = raw.lstrip("?").strip()
            if not name:
                continue
            self.names.setdefault(lookup_key(name), entry.key)
            if not lookup_only and "," not in name and name not in safe:
                safe.append(name)
                if name.startswith("The "):
                    safe.append("the " + name[4:])


def _rows(filename: str) -> list[list[str]]:
    rows = []
    with (DATA_DIR / filename).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            rows.append([cell.strip() for cell in line.rstrip("\n").split("\t")])
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def _pycountry_names(iso3: str) -> list[str]:
    """Official and common names of a state as pycountry knows them (none for non-ISO codes)."""
    try:
        import pycountry
    except ImportError:  # the curated names are enough to run
        return []
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        country = pycountry.historic_countries.get(alpha_3=iso3)
    if country is None:
        return []
    names = [getattr(country, "name", "")]
    for attribute in ("official_name", "common_name"):
        value = getattr(country, attribute, None)
        if value:
            names.append(value)
    return [n for n in names if n]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer built from ``ingest/data`` (cached: loaded once per process)."""
    gaz = Gazetteer()
    capitals: list[tuple[str, str]] = []
    for row in _rows("states.tsv"):
        iso3, name = row[0], row[1]
        aliases = _split(_cell(row, 2))
        known = [n for n in _pycountry_names(iso3) if lookup_key(n) != lookup_key(name)]
        extra = [n for n in known if "," not in n]
        entry = GazEntry(NodeLabel.STATE, name, actor_key(NodeLabel.STATE, name, iso3=iso3),
                         iso3=iso3,
                         aliases=tuple(dict.fromkeys([a.lstrip("?") for a in aliases] + extra
                                                     + [iso3])))
        gaz._add(entry, [name] + aliases + extra)
        for adjective in _split(_cell(row, 3)):
            lookup_only = adjective.startswith("?")
            adjective = adjective.lstrip("?")
            gaz.adjectives.setdefault(lookup_key(adjective), entry.key)
            if not lookup_only:
                gaz._ruler_adjectives.setdefault(adjective, entry.key)
        capital = _cell(row, 4)
        if capital:
            capitals.append((capital, iso3))
    for row in _rows("places.tsv"):
        name, iso3 = row[0], _cell(row, 1) or None
        aliases = _split(_cell(row, 2))
        entry = GazEntry(NodeLabel.PLACE, name, actor_key(NodeLabel.PLACE, name), iso3=iso3,
                         aliases=tuple(a.lstrip("?") for a in aliases))
        gaz._add(entry, [name] + aliases)
        for adjective in _split(_cell(row, 3)):
            gaz.adjectives.setdefault(lookup_key(adjective), entry.key)
            gaz._ruler_adjectives.setdefault(adjective, entry.key)
    for capital, iso3 in capitals:
        name = capital.lstrip("?")
        if gaz.names.get(lookup_key(name)):
            continue
        entry = GazEntry(NodeLabel.PLACE, name, actor_key(NodeLabel.PLACE, name), iso3=iso3)
        gaz._add(entry, [capital])
    for row in _rows("organizations.tsv"):
        name, kind, iso3 = row[0].lstrip("?"), OrgKind(row[1]).value, _cell(row, 2) or None
        aliases = _split(_cell(row, 3))
        entry = GazEntry(NodeLabel.ORGANIZATION, name, actor_key(NodeLabel.ORGANIZATION, name),
                         iso3=iso3, kind=kind, aliases=tuple(a.lstrip("?") for a in aliases))
        gaz._add(entry, [row[0]] + aliases)
    gaz.titles = frozenset(
        line.strip().lower()
        for line in (DATA_DIR / "titles.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#"))
    return gaz
