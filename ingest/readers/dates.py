"""Publication dates as written by outlets and feeds, parsed to ``datetime.date``."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

__all__ = ["parse_date", "date_from_value", "find_date"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_PATTERNS = [
    ("ymd", re.compile(r"(?<!\d)(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)")),
    ("dmy", re.compile(r"(?<!\d)(?P<day>\d{1,2})([-/.])(?P<month>\d{1,2})\2(?P<year>\d{4})(?!\d)")),
    ("named", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("named", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)),
]
_ISO_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EPOCH_RANGE = (0, 4_102_444_800)  # 1970 .. 2100, in seconds


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(kind: str, match: re.Match[str]) -> date | None:
    year, day = int(match.group("year")), int(match.group("day"))
    if kind == "named":
        return _make(year, _MONTHS[match.group("month").lower()], day)
    month = int(match.group("month"))
    if kind == "dmy" and month > 12 >= day:  # 05/23/2018: American order
        month, day = day, month
    return _make(year, month, day)


def find_date(text: str) -> tuple[date, re.Match[str]] | None:
    """The first calendar date written anywhere in ``text``, with where it was found."""
    found: list[tuple[int, date, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parsed = _from_match(kind, match)
            if parsed is not None:
                found.append((match.start(), parsed, match))
                break
    if not found:
        return None
    _, parsed, match = min(found, key=lambda item: item[0])
    return parsed, match


def parse_date(value: str) -> date | None:
    """A date from ISO 8601, RFC 2822 or a common written form; ``None`` if there is none."""
    value = value.strip()
    if not value or len(value) > 200:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    compact = _ISO_COMPACT.match(value)
    if compact:
        return _make(*(int(part) for part in compact.groups()))
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    found = find_date(value)
    return found[0] if found else None


def date_from_value(value: object) -> date | None:
    """A date from a JSON value: a string, or seconds (or milliseconds) since 1970."""
    if isinstance(value, str):
        return parse_date(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    seconds = value / 1000 if value > _EPOCH_RANGE[1] else value
    if not _EPOCH_RANGE[0] <= seconds <= _EPOCH_RANGE[1]:
        return None
    return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
