"""Inline datelines ("YEREVAN - ", "BISHKEK, April 20 - ", "MINSK (Reuters) - ") parsed as meant.

Wire copy often opens its first paragraph with the place it was filed from, an optional date
and agency, and a spaced hyphen. The English model reads that hyphen as part of the name that
follows ("YEREVAN - Mohammed bin Salman" became one PERSON) or loses the name altogether
("BISHKEK, April 20 - Roza Otunbayeva said ..." gave no person); with the dash written as an
em dash it parses the same lines right. So the tokenizer is handed the text with each such
hyphen as an em dash: one character for one, so every offset still indexes the article's text,
and the Doc keeps the article's own text for evidence (:func:`source_text`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["DatelineTokenizer", "with_dateline_dashes", "source_text", "doc_source_text"]

_SOURCE_TEXT = "poligraph_source_text"

# At the start of the text or of a paragraph: one to four words (the place, which must be in
# capitals: checked apart, since a pattern's [A-Z] misses "CHIȘINĂU"), then optionally
# ", date" and "(agency)", then " - ".
_DATELINE = re.compile(r"""
    (?:\A|(?<=\n\n)|(?<=\n\r\n))[ \t]*
    (?P<place>[^\W\d_][\w.'’]*(?:[ /-][^\W\d_][\w.'’]*){0,3})
    (?:,[ ][^\n()]{1,30}?)?
    (?:[ ]\([^()\n]{1,40}\))?
    [ ](?P<dash>-)[ ](?=\S)
""", re.VERBOSE)


def with_dateline_dashes(text: str) -> str:
    """``text`` with the hyphen of each inline dateline written as an em dash (same length)."""
    if " - " not in text:
        return text
    chars: list[str] | None = None
    for match in _DATELINE.finditer(text):
        if not match.group("place").isupper():
            continue
        chars = chars if chars is not None else list(text)
        chars[match.start("dash")] = "\u2014"
    return "".join(chars) if chars is not None else text


def source_text(span: "Span") -> str:
    """The article's own text of ``span`` (the Doc's text may hold a rewritten dash)."""
    return doc_source_text(span.doc)[span.start_char:span.end_char]


def doc_source_text(doc: "Doc") -> str:
    """The article's own text of the whole ``doc``."""
    text = doc.user_data.get(_SOURCE_TEXT)
    return doc.text if text is None else text


class DatelineTokenizer:
    """Wraps the model's tokenizer: tokenizes :func:`with_dateline_dashes` of the text."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> "Doc":
        parsed = with_dateline_dashes(text)
        doc = self.tokenizer(parsed)
        if parsed != text:
            doc.user_data[_SOURCE_TEXT] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator["Doc"]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # the rest of the tokenizer's interface (vocab, explain, to_bytes, ...)
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)
