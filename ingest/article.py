"""The unit every reader yields: one article's text and metadata."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from graph.ids import article_id
from graph.model import ArticleMeta

__all__ = ["Article"]


@dataclass(frozen=True)
class Article:
    """An article as read from a file, feed or record.

    ``text`` is exactly what evidence offsets index (for a ``.txt`` file, the whole decoded
    file, dateline and title lines included).
    """

    path: str  # the path as given (or path:line for JSON Lines, or the URL for feed entries)
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None  # the outlet
    url: str | None = None

    @property
    def id(self) -> str:
        return article_id(self.text)

    def meta(self) -> ArticleMeta:
        return ArticleMeta(path=self.path, id=self.id, title=self.title,
                           published=self.published.isoformat() if self.published else None,
                           source=self.source, url=self.url, text=self.text)
