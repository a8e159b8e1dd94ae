"""Dates of events: ISO values with their precision, resolved against the article's own dates.

News is written relative to its day ("yesterday", "on Monday") and often leaves the year out
("May 8"). A bare day and month takes the year the text names nearest to it (so "April 2010"
in the next paragraph makes "May 8" 2010-05-08 although the dateline says 2018), else the year
of publication; relative expressions count from the publication date. Years in the header block
(dateline and title) are not context: they date the publication, not the events.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from graph.vocab import DatePrecision

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["ResolvedDate", "DateResolver"]

_MONTHS = {name: i + 1 for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTHS.update({name[:3]: num for name, num in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![a-z])", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)", re.I),
    re.compile(rf"(?:^|\b(?:in|since|until|by|of|from|early|late|mid-?)\s+){_MONTH}\b", re.I),
    re.compile(rf"\b{_YEAR}\b"),
]
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tonight": 0, "tomorrow": 1}
_WEEKDAY_RE = re.compile(r"\b(?P<last>last\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_RELATIVE_RE = re.compile(
    r"\b(?P<which>last|this|next|earlier this|later this|past)\s+(?P<unit>week|month|year)\b", re.I)
_AGO_RE = re.compile(r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|ten)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)
_WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "ten": 10}
_ANCHORED_RE = re.compile(
    r"\b(?:the\s+(?:following|next|previous|preceding)\s+day|the\s+day\s+(?:after|before)$"
    r"|(?P<n>\d+|a|one|two|three|four|five|six|seven|ten)\s+days?\s+"
    r"(?:later|after(?:wards?)?|earlier|before)\b)", re.I)
_BACKWARDS = re.compile(r"previous|preceding|before|earlier")
# a date inside a noun phrase ("the November 27 deal") names a thing, not the story's time
_MODIFIER_DEPS = {"compound", "nmod", "amod", "nummod", "poss"}
_TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "weekend",
               "morning", "afternoon", "evening", "night", "today", "yesterday", "tomorrow"}
_CONTEXT_WINDOW = 900  # characters: how far a named year still dates a bare "May 8"
_YEAR_MENTION = re.compile(r"(?<![\d-])(1[89]\d\d|20\d\d)(?![\d-])")


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # "2010", "2010-04" or "2010-05-08"
    precision: DatePrecision
    # True for the publication day assumed for a report the text leaves undated
    inferred: bool = field(default=False, compare=False)

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> "ResolvedDate | None":
        if not 1 <= year <= 9999:
            return None
        try:
            if day is not None and month is not None:
                return cls(date(year, month, day).isoformat(), DatePrecision.DAY)
        except ValueError:
            return None
        if month is not None and 1 <= month <= 12:
            return cls(f"{year:04d}-{month:02d}", DatePrecision.MONTH)
        return cls(f"{year:04d}", DatePrecision.YEAR)


class DateResolver:
    """Resolves date expressions of one article; year positions are computed once."""

    def __init__(self, text: str, published: date | None, doc: object | None = None) -> None:
        self.text = text
        self.published = published
        body_start = _header_end(text)
        self._years: list[tuple[int, int]] = [
            (m.start(), int(m.group(1))) for m in _YEAR_MENTION.finditer(text, body_start)
            if published is None or int(m.group(1)) <= published.year]
        self._indexed: object | None = None
        # date mentions in text order: anchors for "the following day", "two days later"
        self._mentions: list[tuple[int, str]] = [
            (ent.start_char, ent.text) for ent in getattr(doc, "ents", ())
            if ent.label_ == "DATE" and ent.root.dep_ not in _MODIFIER_DEPS
            and (ent.root.pos_ in ("PROPN", "NUM") or ent.root.lower_ in _TIME_NOUNS)]

    # -- expressions ---------------------------------------------------------------------

    def resolve(self, expression: str, offset: int = 0) -> ResolvedDate | None:
        """The date an expression found at ``offset`` in the text means, or None."""
        try:
            return self._resolve(expression, offset)
        except OverflowError:  # counted past the calendar from an absurd publication date
            return None

    def _resolve(self, expression: str, offset: int) -> ResolvedDate | None:
        expr = " ".join(expression.split())
        if not expr or len(expr) > 80:
            return None
        lower = expr.lower()
        match = _ANCHORED_RE.search(lower)
        if match:
            return self._anchored(match, offset)
        for word, delta in _RELATIVE_DAYS.items():
            if re.search(rf"\b{word}\b", lower):
                if self._quoted(offset):
                    return None  # a quotation's "today" is the speaker's day, not the paper's
                return self._from_published(timedelta(days=delta))
        for pattern in _PATTERNS:
            match = pattern.search(expr)
            if match:
                return self._from_match(match, offset)
        if "weekend" in lower and self.published is not None:
            back = (self.published.weekday() - 5) % 7 or 7
            return self._from_published(timedelta(days=-back))
        match = _WEEKDAY_RE.search(expr)
        if match and self.published is not None:
            back = (self.published.weekday() - _WEEKDAYS[match.group("wd").lower()]) % 7
            if match.group("last") and back == 0:
                back = 7
            return self._from_published(timedelta(days=-back))
        match = _AGO_RE.search(expr)
        if match and self.published is not None:
            raw = match.group("n").lower()
            n = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw, 1)
            unit = match.group("unit").lower()
            if unit == "day":
                return self._from_published(timedelta(days=-n))
            if unit == "week":
                return self._from_published(timedelta(days=-7 * n))
            if unit == "month":
                month_index = self.published.year * 12 + self.published.month - 1 - n
                return ResolvedDate.of(month_index // 12, month_index % 12 + 1)
            return ResolvedDate.of(self.published.year - n)
        match = _RELATIVE_RE.search(expr)
        if match and self.published is not None:
            return self._relative(match.group("which").lower(), match.group("unit").lower())
        return None

    def _quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation opened in its paragraph."""
        start = self.text.rfind("\n\n", 0, offset) + 1
        before = self.text[start:offset]
        if before.count("\u201c") > before.count("\u201d"):
            return True
        return before.count('"') % 2 == 1

    def _anchored(self, match: re.Match[str], offset: int) -> ResolvedDate | None:
        """A day counted from the nearest day the text named before ``offset``."""
        raw = match.group("n") or "1"
        n = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw, 1)
        sign = -1 if _BACKWARDS.search(match.group(0)) else 1
        anchor = None
        for start, text in reversed(self._mentions):
            if start >= offset or offset - start > _CONTEXT_WINDOW * 2:
                continue
            anchor = self.resolve(text, start)
            if anchor is not None and anchor.precision is DatePrecision.DAY:
                break
            anchor = None
        if anchor is None:
            return None
        day = date.fromisoformat(anchor.value) + timedelta(days=sign * n)
        return ResolvedDate(day.isoformat(), DatePrecision.DAY)

    def resolve_span(self, span: "Span") -> ResolvedDate | None:
        return self.resolve(span.text, span.start_char)

    def date_for(self, trigger: "Token", max_distance: int = 4) -> ResolvedDate | None:
        """The date the clause of an event predicate names: the DATE entity of its sentence
        nearest to it in the parse tree (within ``max_distance`` arcs)."""
        best: tuple[int, ResolvedDate] | None = None
        for ent in self.sentence_dates(trigger):
            if _is_bound(ent):
                continue
            # a date inside the predicate's own phrase wins over one of a governing clause
            distance = _tree_distance(trigger, ent.root) - (10 if _in_clause_of(ent.root, trigger) else 0)
            if distance > max_distance:
                continue
            resolved = self._resolved_span(ent)
            if resolved is None:
                continue
            if best is None or distance < best[0]:
                best = (distance, resolved)
        return best[1] if best else None

    def sentence_bounds(self, token: "Token") -> tuple[int, int]:
        """Token range of the sentence holding ``token`` (sentences indexed once per doc)."""
        self._index(token.doc)
        k = bisect.bisect_right(self._sent_starts, token.i) - 1
        end = self._sent_starts[k + 1] if k + 1 < len(self._sent_starts) else len(token.doc)
        return self._sent_starts[k], end

    def sentence_dates(self, token: "Token") -> list["Span"]:
        """The DATE and TIME entities of the sentence holding ``token``."""
        start, end = self.sentence_bounds(token)
        lo = bisect.bisect_left(self._date_starts, start)
        hi = bisect.bisect_left(self._date_starts, end)
        return self._date_ents[lo:hi]

    def _index(self, doc: object) -> None:
        if self._indexed is doc:
            return
        self._indexed = doc
        self._sent_starts = [sent.start for sent in doc.sents] or [0]  # type: ignore[attr-defined]
        self._date_ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]  # type: ignore[attr-defined]
        self._date_starts = [e.start for e in self._date_ents]
        self._span_dates: dict[tuple[int, int], ResolvedDate | None] = {}

    def _resolved_span(self, span: "Span") -> ResolvedDate | None:
        key = (span.start, span.end)
        if key not in self._span_dates:
            self._span_dates[key] = self.resolve_span(span)
        return self._span_dates[key]

    def published_day(self) -> ResolvedDate | None:
        return self._from_published(timedelta(0))

    def assumed_news_day(self) -> ResolvedDate | None:
        """The publication day, marked as assumed for an undated report of the day."""
        day = self.published_day()
        return replace(day, inferred=True) if day is not None else None

    # -- helpers -------------------------------------------------------------------------

    def _from_published(self, delta: timedelta) -> ResolvedDate | None:
        if self.published is None:
            return None
        day = self.published + delta
        return ResolvedDate(day.isoformat(), DatePrecision.DAY)

    def _relative(self, which: str, unit: str) -> ResolvedDate | None:
        assert self.published is not None
        pub = self.published
        if unit == "year":
            year = pub.year - 1 if which in ("last", "past") else pub.year + (which == "next")
            return ResolvedDate.of(year)
        if unit == "month":
            shift = -1 if which in ("last", "past") else (1 if which == "next" else 0)
            month_index = pub.year * 12 + pub.month - 1 + shift
            return ResolvedDate.of(month_index // 12, month_index % 12 + 1)
        shift = -7 if which in ("last", "past") else (7 if which == "next" else 0)
        monday = pub - timedelta(days=pub.weekday()) + timedelta(days=shift)
        return ResolvedDate.of(monday.year, monday.month)

    def _from_match(self, match: re.Match[str], offset: int) -> ResolvedDate | None:
        groups = match.groupdict()
        if groups.get("mnum"):
            return ResolvedDate.of(int(groups["year"]), int(groups["mnum"]), int(groups["dnum"]))
        month = _MONTHS.get((groups.get("month") or "").lower().rstrip("."))
        day = int(groups["day"]) if groups.get("day") else None
        if day is not None and not 1 <= day <= 31:
            return None
        if groups.get("year"):
            return ResolvedDate.of(int(groups["year"]), month, day)
        if month is None:
            return None
        year = self.context_year(offset, month, day)
        return ResolvedDate.of(year, month, day) if year is not None else None

    def context_year(self, offset: int, month: int | None = None,
                     day: int | None = None) -> int | None:
        """The year a partial date at ``offset`` belongs to.

        The nearest year the body names (a preceding one wins a tie within the same paragraph),
        else the publication year, moved back one year when the date would fall after it.
        """
        if self._years:
            paragraph_start = self.text.rfind("\n\n", 0, offset)
            before = [(offset - pos, year) for pos, year in self._years
                      if pos <= offset and pos >= paragraph_start]
            if before:
                return min(before)[1]
            near = [(abs(pos - offset), year) for pos, year in self._years
                    if abs(pos - offset) <= _CONTEXT_WINDOW]
            if near:
                return min(near)[1]
        if self.published is None:
            return None
        year = self.published.year
        if month is not None and (month, day or 1) > (self.published.month, self.published.day):
            year -= 1
        return year


_BOUNDS = {"since", "until", "till", "before", "after", "through"}


def _is_bound(ent: "Span") -> bool:
    """"since 2000", "until May": the limit of a period, not the date of an event."""
    first = ent[0]
    head = ent.root.head
    return first.lower_ in _BOUNDS or (head.dep_ == "prep" and head.lower_ in _BOUNDS) or (
        first.i > 0 and first.nbor(-1).lower_ in _BOUNDS)


def _header_end(text: str) -> int:
    """End of the leading block of short lines (dateline, title) before the first blank line."""
    end = text.find("\n\n")
    if end == -1 or end > 400:
        return 0
    lines = text[:end].splitlines()
    return end if all(len(line) < 200 for line in lines) else 0


def _in_clause_of(token: "Token", trigger: "Token") -> bool:
    """Whether ``token`` hangs below ``trigger`` without passing through another verb."""
    node = token
    for _ in range(12):
        if node.i == trigger.i:
            return True
        if node.head.i == node.i or (node is not token and node.pos_ in ("VERB", "AUX")):
            return False
        node = node.head
    return False


def _tree_distance(a: "Token", b: "Token") -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    depth_a = {a.i: 0}
    node, steps = a, 0
    while node.head.i != node.i:
        node, steps = node.head, steps + 1
        depth_a[node.i] = steps
    node, steps = b, 0
    while node.i not in depth_a:
        if node.head.i == node.i:
            return 99
        node, steps = node.head, steps + 1
    return steps + depth_a[node.i]
