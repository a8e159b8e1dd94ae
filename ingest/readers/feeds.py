"""RSS and Atom feeds: each entry is an article; a broken entry is reported, the rest go on.

feedparser reads the bytes given (never a URL) and tolerates malformed ("bozo") feeds; its
sanitiser already drops scripts, and the entry HTML is reduced to plain text here.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator, Mapping
from datetime import date

from graph.errors import InputError
from ingest.article import Article
from ingest.readers.dates import parse_date
from ingest.readers.htmltext import html_to_text

__all__ = ["read_feed", "NOT_A_FEED"]

NOT_A_FEED = "not a readable RSS/Atom feed"


def _plain(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = html_to_text(value).text if "<" in value or "&" in value else value
    return " ".join(text.split()) or None


def _entry_text(entry: Mapping[str, object]) -> str:
    parts: list[str] = []
    content = entry.get("content")
    if isinstance(content, list):
        for item in content:
            value = item.get("value") if isinstance(item, Mapping) else None
            if isinstance(value, str) and value.strip():
                parts.append(html_to_text(value).text)
    if not any(part.strip() for part in parts):
        summary = entry.get("summary")
        if isinstance(summary, str):
            parts = [html_to_text(summary).text]
    return "\n\n".join(part for part in parts if part.strip())


def _entry_date(entry: Mapping[str, object]) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if isinstance(value, str):
            found = parse_date(value)
            if found is not None:
                return found
    return None


def read_feed(shown: str, data: bytes) -> Iterator[Article | InputError]:
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    except Exception as exc:  # noqa: BLE001 - the parser fails in many ways on hostile markup
        yield InputError(shown, f"{NOT_A_FEED}: {type(exc).__name__}: {exc}")
        return
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        if parsed.get("version") and not problem:
            yield InputError(shown, "feed has no entries")
        else:
            yield InputError(shown, f"{NOT_A_FEED}" + (f": {problem}" if problem else ""))
        return
    feed_title = _plain(parsed.get("feed", {}).get("title"))
    for index, entry in enumerate(entries):
        title = _plain(entry.get("title"))
        where = f"{shown}#{index}"
        text = _entry_text(entry)
        if not text.strip():
            named = f"entry {index}" + (f" ({title!r})" if title else "")
            yield InputError(where, f"{named} has no text (no content or summary)")
            continue
        link = entry.get("link")
        url = link.strip() if isinstance(link, str) and link.strip() else None
        source_info = entry.get("source")
        source = feed_title or (_plain(source_info.get("title"))
                                if isinstance(source_info, Mapping) else None)
        yield Article(path=url or where, text=text, title=title, published=_entry_date(entry),
                      source=source, url=url)
