"""Which reader a file needs: by extension, else by its first bytes."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

__all__ = ["Kind", "kind_by_extension", "sniff", "HEAD_BYTES"]

HEAD_BYTES = 4096


class Kind(str, Enum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    HTML = "html"
    FEED = "feed"


_BY_EXTENSION = {
    ".txt": Kind.TEXT, ".text": Kind.TEXT,
    ".json": Kind.JSON,
    ".jsonl": Kind.JSONL, ".ndjson": Kind.JSONL, ".jsonlines": Kind.JSONL,
    ".html": Kind.HTML, ".htm": Kind.HTML, ".xhtml": Kind.HTML,
}
_FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom", ".rdf"})
_FEED_MARKS = ("<rss", "<feed", "<rdf:rdf", "<channel")


def kind_by_extension(path: Path) -> Kind | None:
    """The reader an extension names; ``None`` means: look at the content."""
    return _BY_EXTENSION.get(path.suffix.lower())


def _head_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    return head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")


def sniff(path: Path, head: bytes) -> Kind:
    """The format of a file from its first bytes (and, for feed extensions, its name)."""
    text = _head_text(head).lstrip()
    lowered = text[:HEAD_BYTES].lower()
    if text.startswith("<"):
        if any(mark in lowered for mark in _FEED_MARKS):
            return Kind.FEED
        if path.suffix.lower() in _FEED_EXTENSIONS and not ("<html" in lowered or "<body" in lowered):
            return Kind.FEED
        return Kind.HTML
    if path.suffix.lower() in _FEED_EXTENSIONS:
        return Kind.FEED
    if text.startswith("["):
        return Kind.JSON
    if text.startswith("{"):
        first, _, rest = text.partition("\n")
        try:
            is_record = isinstance(json.loads(first), dict)
        except (ValueError, RecursionError):
            is_record = False
        return Kind.JSONL if is_record and rest.strip() else Kind.JSON
    return Kind.TEXT
