"""``.txt`` articles: the whole decoded file is the text; a leading dateline and title are noted.

The text is kept exactly (only line endings become ``\\n``) because evidence offsets index it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from graph.errors import InputError
from ingest.article import Article
from ingest.readers.dates import find_date
from ingest.readers.decoding import decode_bytes, normalise_newlines
from ingest.readers.options import ReaderOptions

__all__ = ["read_text", "text_article", "header_of"]

EMPTY = "empty file"
_HEADER_LINES = 3  # a dateline and a title sit among the first few non-empty lines
_MAX_DATELINE = 100
_MAX_TITLE = 200
_MAX_TITLE_WORDS = 30
_DATELINE_NOISE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"\b(?:updated|published|posted|last|modified|created|date[ds]?|at|on|am|pm|"
    r"gmt|utc|[a-z]st|[a-z]dt|cet|cest|msk|z)\b|[+-]\d{4}\b",
    re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")


def read_text(shown: str, data: bytes, options: ReaderOptions) -> Iterator[Article | InputError]:
    if not data.strip():
        yield InputError(shown, EMPTY)
        return
    try:
        text = decode_bytes(data, shown, encoding=options.encoding)
    except InputError as error:
        yield error
        return
    yield text_article(shown, normalise_newlines(text))


def text_article(shown: str, text: str) -> Article | InputError:
    """An article from already decoded text, or why it is not one."""
    if not text.strip():
        return InputError(shown, EMPTY)
    published, title = header_of(text)
    return Article(path=shown, text=text, title=title, published=published)


def _dateline_date(line: str) -> date | None:
    if len(line) > _MAX_DATELINE or line.endswith("."):
        return None
    found = find_date(line)
    if found is None:
        return None
    parsed, match = found
    rest = _DATELINE_NOISE.sub(" ", line[:match.start()] + " " + line[match.end():])
    return parsed if len(_WORDS.findall(rest)) <= 3 else None


def _is_title(line: str, blank_follows: bool) -> bool:
    return (blank_follows and 2 <= len(line) <= _MAX_TITLE and not line.endswith(".")
            and len(line.split()) <= _MAX_TITLE_WORDS and any(ch.isalpha() for ch in line))


def header_of(text: str) -> tuple[date | None, str | None]:
    """The dateline's date and the title line at the top of ``text``, when present."""
    lines = text[:4096].split("\n")
    published: date | None = None
    title: str | None = None
    seen = 0
    for index, raw in enumerate(lines[:-1] if len(text) > 4096 else lines):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        if published is None:
            found = _dateline_date(line)
            if found is not None:
                published = found
                continue
        blank_follows = index + 1 < len(lines) and not lines[index + 1].strip()
        if title is None and _is_title(line, blank_follows):
            title = line
            continue
        break
    return published, title
