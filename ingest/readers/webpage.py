"""HTML pages: main text and metadata by trafilatura, with a standard-library fallback.

Scripts and styles are dropped, never run; a page trafilatura cannot handle (malformed, too
short, or making it fail) still yields its visible text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.errors import InputError
from ingest.article import Article
from ingest.readers.dates import parse_date
from ingest.readers.decoding import decode_bytes, normalise_newlines
from ingest.readers.htmltext import html_to_text
from ingest.readers.options import ReaderOptions

__all__ = ["read_html", "html_article"]

NO_TEXT = "no article text found in the page"
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
                      re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def read_html(shown: str, data: bytes, options: ReaderOptions) -> Iterator[Article | InputError]:
    if not data.strip():
        yield InputError(shown, "empty file")
        return
    try:
        markup = decode_bytes(data, shown, encoding=options.encoding,
                              declared=_declared_charset(data))
    except InputError as error:
        yield error
        return
    yield html_article(shown, markup)


def _extract(markup: str) -> dict[str, str | None] | None:
    """trafilatura's main text and metadata, or ``None`` when it finds nothing or fails."""
    import trafilatura
    from trafilatura.settings import set_date_params

    try:
        document = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params=set_date_params(extensive=False))
    except Exception:  # noqa: BLE001 - any failure of the extractor means: use the fallback
        return None
    if document is None or not (document.text or "").strip():
        return None
    return {"text": document.text, "title": document.title, "date": document.date,
            "source": document.sitename or document.hostname, "url": document.url}


def html_article(shown: str, markup: str) -> Article | InputError:
    """The article in a decoded HTML page, or why there is none."""
    page = html_to_text(markup)
    found = _extract(markup) or {"text": page.text}
    text = normalise_newlines(found.get("text") or "").strip()
    if not text:
        return InputError(shown, NO_TEXT)

    def pick(role: str) -> str | None:
        value = found.get(role) or page.meta.get(role)
        return value.strip() or None if isinstance(value, str) else None

    date_text = pick("date")
    return Article(path=shown, text=text, title=pick("title"),
                   published=parse_date(date_text) if date_text else None,
                   source=pick("source"), url=pick("url"))
