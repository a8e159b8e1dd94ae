"""A seeded generator of long, varied synthetic political news articles for benchmarks.

Articles are fiction assembled from templates (``benchmarks.phrasing``) and a small actor table
(``benchmarks/data/actors.json``, states checked against pycountry): they exist to load the
pipeline with realistic volume and variety, never as a source of facts. The same seed always
gives the same corpus, byte for byte, so timings are comparable between runs.

    python -m benchmarks.corpus OUT_DIR -n 10000 --seed 0 [--format txt|jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from benchmarks.phrasing import CLAUSES, EVENTS, FILLER, HEADLINES, QUOTES, WORDS

__all__ = ["generate_corpus", "make_article", "SyntheticArticle", "EVENT_TYPES", "FORMATS",
           "MIN_WORDS", "MAX_WORDS", "main"]

DATA_FILE = Path(__file__).resolve().parent / "data" / "actors.json"
EVENT_TYPES: tuple[str, ...] = tuple(EVENTS)
FORMATS = ("txt", "jsonl")
MIN_WORDS, MAX_WORDS = 300, 1500
JSONL_SHARD = 1000  # records per JSON Lines file
_HEADER_ALLOWANCE = 25  # words a dateline and a title may take
_PERSON_POOL = 400  # people recur across articles, sometimes spelt differently
_FIRST_DAY, _LAST_DAY = date(2005, 1, 1), date(2024, 12, 31)
# The three core kinds of story are told more often, as in the news the project reads.
_MAIN_WEIGHTS = {name: (4 if name in ("ASYLUM_GRANT", "EXTRADITION_REQUEST", "SIGNING") else 1)
                 for name in EVENT_TYPES}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
               "Nov.", "Dec.")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Whose capital heads the story: where the main event happens.
_DATELINE_PLACE = {"EXTRADITION_REQUEST": "C", "CHANGE_OF_POWER": "C", "INTERVENTION_REQUEST": "C",
                   "ACCUSATION": "C", "ELECTION": "C", "PROTEST": "C", "SANCTION": "X",
                   "THREAT": "X"}


@dataclass(frozen=True)
class Leader:
    name: str
    short: str
    title: str
    female: bool


@dataclass(frozen=True)
class State:
    iso3: str
    name: str
    official: str | None
    demonym: str
    capitals: tuple[str, ...]
    names: str
    leaders: tuple[Leader, ...]
    leader_variants: dict[str, tuple[str, ...]] = field(hash=False, compare=False)


@dataclass(frozen=True)
class Person:
    spellings: tuple[str, ...]  # the usual spelling first, then transliteration variants
    role: str
    home: str  # iso3
    female: bool


@dataclass(frozen=True)
class Organization:
    name: str
    acronym: str
    members: frozenset[str]


@dataclass(frozen=True)
class Actors:
    states: tuple[State, ...]
    organizations: tuple[Organization, ...]
    outlets: tuple[str, ...]
    documents: tuple[str, ...]
    roles: tuple[str, ...]
    names: dict[str, dict[str, list[str]]] = field(hash=False, compare=False)
    transliterations: tuple[tuple[str, str], ...] = ()


@dataclass
class SyntheticArticle:
    """One generated article: its header, its paragraphs, and which events it tells of."""

    index: int
    published: date
    dateline: str
    title: str
    paragraphs: list[str]
    event_types: list[str]
    source: str
    url: str

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def as_text(self) -> str:
        """The ``.txt`` form: dateline, title, a blank line, then the body."""
        return f"{self.dateline}\n{self.title}\n\n{self.body}\n"

    def as_record(self) -> dict[str, str]:
        """The JSON Lines form, with the field names the readers look for."""
        return {"title": self.title, "date": self.published.isoformat(), "url": self.url,
                "source": self.source, "text": self.body}


@lru_cache(maxsize=1)
def _actors() -> Actors:
    """The actor table, with each state's names checked against (and completed from) pycountry."""
    import pycountry

    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    states = []
    for entry in raw["states"]:
        country = pycountry.countries.get(alpha_3=entry["iso3"])
        if country is None:
            raise ValueError(f"{DATA_FILE.name}: unknown ISO code {entry['iso3']}")
        official = getattr(country, "official_name", None)
        leaders = tuple(Leader(name=item["name"], short=item.get("short", item["name"].split()[-1]),
                               title=item["title"], female=bool(item.get("female")))
                        for item in entry["leaders"])
        states.append(State(
            iso3=entry["iso3"],
            name=entry.get("name") or getattr(country, "common_name", None) or country.name,
            official=official if official and "," not in official else None,
            demonym=entry["demonym"],
            capitals=(entry["capital"], *entry.get("capital_variants", ())),
            names=entry["names"], leaders=leaders,
            leader_variants={item["name"]: tuple(item.get("variants", ()))
                             for item in entry["leaders"]}))
    organizations = tuple(Organization(item["name"], item["acronym"], frozenset(item["members"]))
                          for item in raw["organizations"])
    return Actors(states=tuple(states), organizations=organizations,
                  outlets=tuple(raw["outlets"]), documents=tuple(raw["documents"]),
                  roles=tuple(raw["person_roles"]), names=raw["names"],
                  transliterations=tuple((a, b) for a, b in raw["transliterations"]))


def _variants(name: str, rules: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """``name`` and its spellings under each transliteration rule that changes it."""
    spellings = [name]
    for old, new in rules:
        changed = name.replace(old, new)
        if changed not in spellings:
            spellings.append(changed)
    return tuple(spellings)


@lru_cache(maxsize=8)
def _people(seed: int) -> tuple[Person, ...]:
    """A pool of people for one corpus, so the same person turns up in several articles."""
    actors = _actors()
    rng = random.Random(f"people:{seed}")
    pool = []
    for _ in range(_PERSON_POOL):
        home = rng.choice(actors.states)
        parts = actors.names[home.names]
        female = rng.random() < 0.3
        given = rng.choice(parts["given_f" if female else "given_m"])
        family = rng.choice([name for name in parts["family"] if name != given])
        if female and home.names in ("slavic", "central_asian") and family[-2:] in ("ov", "ev"):
            family += "a"
        pool.append(Person(spellings=_variants(f"{given} {family}", actors.transliterations),
                           role=rng.choice(actors.roles), home=home.iso3, female=female))
    return tuple(pool)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _title_case(title: str) -> str:
    return " ".join(word if word in ("of", "and") else word.capitalize() for word in title.split())


class _Cast:
    """The actors of one article and how each is mentioned: full forms first, short forms after."""

    def __init__(self, rng: random.Random, seed: int, main_type: str) -> None:
        actors = _actors()
        self.rng = rng
        person = rng.choice(_people(seed))
        home = next(state for state in actors.states if state.iso3 == person.home)
        others = [state for state in actors.states if state.iso3 != home.iso3]
        host, third = rng.sample(others, 2)
        self.states = {"H": host, "C": home, "X": third}
        self.leaders = {key: rng.choice(state.leaders) for key, state in self.states.items()}
        self.leader_names = {key: self._spelling(leader.name, state.leader_variants[leader.name])
                             for (key, leader), state in zip(self.leaders.items(),
                                                             self.states.values())}
        self.capitals = {key: (state.capitals[0] if len(state.capitals) == 1 or rng.random() < 0.6
                               else rng.choice(state.capitals[1:]))
                         for key, state in self.states.items()}
        self.person = person
        self.person_name = self._spelling(person.spellings[0], person.spellings[1:])
        involved = {host.iso3, home.iso3}
        related = [org for org in actors.organizations if org.members & involved]
        self.organization = rng.choice(related or actors.organizations)
        self.outlets = rng.sample(actors.outlets, 3)
        document = rng.choice(actors.documents)
        self.document = (f"the {self.capitals['H']} Declaration" if rng.random() < 0.2 else document)
        self.main_type = main_type
        self.seen: set[str] = set()

    def _spelling(self, usual: str, variants: Sequence[str]) -> str:
        return usual if not variants or self.rng.random() < 0.65 else self.rng.choice(variants)

    def first(self, key: str) -> bool:
        """Whether ``key`` is mentioned for the first time (and note that it now has been)."""
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


class _Slots(dict):
    """Template slot values, computed on demand so mentions follow the order of the text."""

    def __init__(self, cast: _Cast, fixed: dict[str, str], track: bool = True) -> None:
        super().__init__(fixed)
        self.cast = cast
        self.track = track

    def _first(self, key: str) -> bool:
        return self.cast.first(key) if self.track else False

    def __missing__(self, key: str) -> str:
        cast, rng = self.cast, self.cast.rng
        if key in WORDS:
            return rng.choice(WORDS[key])
        if key in cast.states:
            state = cast.states[key]
            if self._first(key) and state.official and rng.random() < 0.15:
                return "the " + state.official
            return state.name
        role, rest = key[:1], key[1:]
        if role in cast.states:
            return self._state_part(role, rest)
        if key == "P":
            return self._person()
        if key in ("Ps", "Pname"):
            return cast.person_name.split()[-1] if key == "Ps" else cast.person_name
        if key in ("he", "him", "his"):
            pronouns = {"he": "she", "him": "her", "his": "her"} if cast.person.female else {}
            return pronouns.get(key, key)
        if key == "O":
            return self._organization()
        if key == "Oshort":
            return cast.organization.acronym
        if key == "OUT":
            return rng.choice(cast.outlets)
        if key == "N":
            return str(rng.randint(3, 85))
        if key == "pct":
            return str(rng.randint(1, 9))
        if key == "share":
            return str(rng.randint(41, 89))
        if key == "D":
            return cast.document
        raise KeyError(key)

    def _state_part(self, role: str, part: str) -> str:
        cast = self.cast
        state, leader = cast.states[role], cast.leaders[role]
        name = cast.leader_names[role]
        if part == "A":
            return state.demonym
        if part == "A_art":
            return ("an " if state.demonym[0] in "AEIOU" else "a ") + state.demonym
        if part == "C":
            return cast.capitals[role]
        if part == "Lshort":
            return leader.short if name == leader.name else name.split()[-1]
        if part == "Lhis":
            return "her" if leader.female else "his"
        if part != "L":
            raise KeyError(role + part)
        if self._first(role + "L"):
            if cast.rng.random() < 0.6:
                return f"{state.demonym} {_title_case(leader.title)} {name}"
            return name
        pick = cast.rng.random()
        if pick < 0.2:
            return f"the {state.demonym} {leader.title}"
        return name if pick < 0.35 else (leader.short if name == leader.name else name.split()[-1])

    def _person(self) -> str:
        cast = self.cast
        name = cast.person_name
        if not self._first("P"):
            return name.split()[-1] if cast.rng.random() < 0.75 else name
        home = cast.states["C"]
        forms = (f"{cast.person.role} {name}", f"{_possessive(home.name)} {cast.person.role} {name}",
                 f"the {home.demonym} {cast.person.role} {name}", name)
        return cast.rng.choice(forms)

    def _organization(self) -> str:
        organization = self.cast.organization
        if organization.name == organization.acronym:
            return f"the {organization.name} group" if self._first("O") else organization.name
        if self._first("O"):
            return f"the {organization.name} ({organization.acronym})"
        return f"the {organization.acronym}"


def _fill(template: str, slots: _Slots) -> str:
    text = template.format_map(slots)
    return text[:1].upper() + text[1:]


def _date_phrase(rng: random.Random, published: date, when: date) -> str:
    """How a news text would name ``when``, seen from ``published``."""
    delta = (published - when).days
    day, month = when.day, _MONTHS[when.month - 1]
    if delta == 0:
        return rng.choice((f"on {_WEEKDAYS[when.weekday()]}", "earlier today", "today"))
    if delta == 1:
        return rng.choice(("yesterday", f"on {_WEEKDAYS[when.weekday()]}"))
    if delta < 7:
        return rng.choice((f"on {_WEEKDAYS[when.weekday()]}", f"on {day} {month}",
                           f"on {month} {day}"))
    if when.year == published.year:
        choices = [f"on {day} {month}", f"on {month} {day}", f"in {month}", f"in early {month}"]
        if published.month - when.month == 1:
            choices.append("last month")
        return rng.choice(choices)
    choices = [f"on {day} {month} {when.year}", f"on {month} {day}, {when.year}",
               f"in {month} {when.year}", f"in {when.year}", f"on {when.isoformat()}"]
    if published.year - when.year == 1:
        choices += [f"in {month} last year", "last year"]
    return rng.choice(choices)


def _dateline(rng: random.Random, published: date) -> str:
    hour, minute = rng.randint(6, 23), rng.randint(0, 59)
    month, abbr = _MONTHS[published.month - 1], _MONTH_ABBR[published.month - 1]
    forms = (
        f"Updated at {hour:02d}:{minute:02d},{published:%d-%m-%Y}",
        f"Published {published.isoformat()}",
        f"Posted: {_WEEKDAYS[published.weekday()]}, {month} {published.day}, {published.year}",
        f"{published.day} {month} {published.year} | {hour:02d}:{minute:02d} GMT",
        f"{abbr} {published.day}, {published.year}",
        f"{published:%d.%m.%Y} {hour:02d}:{minute:02d}",
    )
    return rng.choice(forms)


class _Writer:
    """Assembles paragraphs until the article reaches its drawn length."""

    def __init__(self, rng: random.Random, cast: _Cast, published: date, budget: int) -> None:
        self.rng, self.cast, self.published, self.budget = rng, cast, published, budget
        self.paragraphs: list[list[str]] = []
        self.words = 0
        self.used: set[str] = set()
        self.filler = list(FILLER)
        rng.shuffle(self.filler)

    def full(self) -> bool:
        return self.words >= self.budget

    def add(self, sentence: str) -> bool:
        """Append ``sentence`` to the current paragraph unless it would overshoot the maximum."""
        count = len(sentence.split())
        if self.words + count > MAX_WORDS - _HEADER_ALLOWANCE and self.words >= MIN_WORDS:
            self.words = max(self.words, self.budget)  # stop here: the article is long enough
            return False
        self.paragraphs[-1].append(sentence)
        self.words += count
        return True

    def _pick(self, templates: Sequence[str]) -> str:
        fresh = [template for template in templates if template not in self.used]
        template = self.rng.choice(fresh or templates)
        self.used.add(template)
        return template

    def event(self, kind: str, when: date, details: int) -> None:
        phrases = EVENTS[kind]
        negated = self.rng.random() < 0.15 and phrases["negated"]
        lead = self._pick(phrases["negated"] if negated else phrases["lead"])
        slots = _Slots(self.cast, {"W": _date_phrase(self.rng, self.published, when)})
        self.paragraphs.append([])
        self.add(_fill(lead, slots))
        fresh = [template for template in phrases["detail"] if template not in self.used]
        for template in self.rng.sample(fresh, min(details, len(fresh))):
            if self.full():
                break
            self.used.add(template)
            self.add(_fill(template, slots))

    def filler_paragraph(self) -> None:
        self.paragraphs.append([])
        for _ in range(self.rng.randint(3, 6)):
            if self.full():
                return
            if self.filler and self.rng.random() < 0.45:
                template = self.filler.pop()
            elif self.rng.random() < 0.12:
                template = self._pick(QUOTES)
            else:
                template = self._clause()
            self.add(_fill(template, _Slots(self.cast, {})))

    def _clause(self) -> str:
        """A composed sentence (a template itself): subject, predicate, object and adjunct."""
        subject, number = self.rng.choice(CLAUSES["subject"]).rsplit("|", 1)
        agreement = ({"it": "it", "its": "its", "has": "has"} if number == "s"
                     else {"it": "they", "its": "their", "has": "have"})
        predicate = self.rng.choice(CLAUSES["predicate"]).format_map(agreement)
        adjunct = self.rng.choice(CLAUSES["adjunct"]).replace("{its}", agreement["its"])
        return f"{subject} {predicate} {self.rng.choice(CLAUSES['object'])}{adjunct}."


def _rng(seed: int, index: int) -> random.Random:
    return random.Random(seed * 1_000_003 + index)


def make_article(index: int, seed: int = 0) -> SyntheticArticle:
    """Article number ``index`` of the corpus for ``seed``; independent of the other articles."""
    rng = _rng(seed, index)
    span = (_LAST_DAY - _FIRST_DAY).days
    published = _FIRST_DAY + timedelta(days=rng.randint(0, span))
    main_type = rng.choices(EVENT_TYPES, weights=[_MAIN_WEIGHTS[t] for t in EVENT_TYPES])[0]
    cast = _Cast(rng, seed, main_type)
    budget = rng.randint(MIN_WORDS, MAX_WORDS - _HEADER_ALLOWANCE)
    writer = _Writer(rng, cast, published, budget)

    headline = rng.choice(HEADLINES[main_type])
    title = _fill(headline, _Slots(cast, {}, track=False))
    event_types = [main_type]
    writer.event(main_type, published - timedelta(days=rng.choice((0, 1, 1, 2, 3, 5))),
                 details=rng.randint(1, 3))
    place = cast.capitals[_DATELINE_PLACE.get(main_type, "H")]
    writer.paragraphs[0][0] = f"{place.upper()} - {writer.paragraphs[0][0]}"
    others = [kind for kind in EVENT_TYPES if kind != main_type]
    rng.shuffle(others)
    while not writer.full():
        if others and rng.random() < 0.4:
            kind = others.pop()
            back = rng.choice((rng.randint(0, 6), rng.randint(7, 200), rng.randint(200, 1500)))
            writer.event(kind, published - timedelta(days=back), details=rng.randint(0, 2))
            event_types.append(kind)
        else:
            writer.filler_paragraph()
    paragraphs = [" ".join(sentences) for sentences in writer.paragraphs if sentences]
    source = cast.outlets[0]
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    return SyntheticArticle(
        index=index, published=published, dateline=_dateline(rng, published), title=title,
        paragraphs=paragraphs, event_types=event_types, source=source,
        url=f"https://news.example.org/{published:%Y/%m/%d}/{index:06d}-{slug}")


def generate_corpus(out_dir: Path, n: int, seed: int = 0, fmt: str = "txt") -> list[Path]:
    """Write ``n`` articles under ``out_dir``; return the files written.

    ``txt`` writes one file per article; ``jsonl`` writes files of up to 1,000 records each.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if n < 0:
        raise ValueError("the number of articles cannot be negative")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "txt":
        for index in range(n):
            path = out_dir / f"article-{index:06d}.txt"
            path.write_text(make_article(index, seed).as_text(), encoding="utf-8")
            written.append(path)
        return written
    for start in range(0, n, JSONL_SHARD):
        path = out_dir / f"articles-{start // JSONL_SHARD:04d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for index in range(start, min(n, start + JSONL_SHARD)):
                handle.write(json.dumps(make_article(index, seed).as_record(),
                                        ensure_ascii=False) + "\n")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus",
                                     description="Write a synthetic corpus of news articles.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", type=int, default=10_000, help="number of articles (10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="txt")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("-n cannot be negative")
    files = generate_corpus(args.out_dir, args.n, seed=args.seed, fmt=args.fmt)
    print(f"wrote {args.n} articles in {len(files)} files to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
