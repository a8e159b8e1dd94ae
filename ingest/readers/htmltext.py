"""Plain text out of HTML with the standard library: the fallback when extraction finds nothing.

Also used for feed entries, whose content is an HTML fragment. Script, style and similar
elements are dropped whole; nothing is ever executed or fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["PageText", "html_to_text"]

_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe",
                      "object", "title"})
_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article",
                     "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "pre", "hr", "dd", "dt", "figcaption", "main", "aside", "nav", "form"})
_META_KEYS = {
    "og:site_name": "source", "application-name": "source",
    "article:published_time": "date", "date": "date", "pubdate": "date",
    "og:url": "url", "og:title": "title",
}
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass
class PageText:
    """What the fallback found: body text plus whatever metadata the page declares."""

    text: str = ""
    meta: dict[str, str] = field(default_factory=dict)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "")
            role = _META_KEYS.get(key.lower())
            if role and values.get("content"):
                self.meta.setdefault(role, values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower() and values.get("href"):
            self.meta.setdefault("url", values["href"].strip())
        if tag in _SKIPPED:
            self.skipping.append(tag)
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED and self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)
        elif self.skipping[-1] == "title":
            self.title_parts.append(data)


def _tidy(raw: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in raw.replace("\r", "\n").split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(markup: str) -> PageText:
    """Readable text of an HTML page or fragment, paragraphs separated by newlines."""
    collector = _Collector()
    collector.feed(markup)
    collector.close()
    meta = dict(collector.meta)
    title = _tidy("".join(collector.title_parts))
    if title:
        meta.setdefault("title", title)
    return PageText(text=_tidy("".join(collector.parts)), meta=meta)
