"""JSON and JSON Lines articles: one object per record, field names chosen by the options.

A bad record becomes an ``InputError`` naming the file and the line (JSON Lines) or the index
(JSON arrays); the other records still come through. JSON Lines are streamed line by line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from graph.errors import InputError
from ingest.article import Article
from ingest.readers.dates import date_from_value
from ingest.readers.decoding import BINARY, decode_bytes, looks_binary
from ingest.readers.options import ReaderOptions

__all__ = ["read_json", "read_jsonl", "read_json_lines", "record_article"]

_SNIFF_BYTES = 8192


def _first(record: Mapping[str, object], names: tuple[str, ...]) -> object:
    for name in names:
        value = record.get(name)
        if value is not None:
            return value
    return None


def _plain(value: object) -> str | None:
    """A string field, or the ``name`` of an object (``"source": {"name": ...}``)."""
    if isinstance(value, Mapping):
        value = value.get("name")
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def record_article(record: object, shown: str, options: ReaderOptions,
                   line: int | None = None) -> Article | InputError:
    """The article in one decoded JSON record, or why it is not one."""
    if not isinstance(record, dict):
        return InputError(shown, f"record is a JSON {type(record).__name__}, not an object", line)
    names = options.field_names("text")
    text = _first(record, names)
    if text is None:
        return InputError(shown, f"record has no text field ({', '.join(names)})", line)
    if not isinstance(text, str):
        return InputError(shown, f"text field holds a {type(text).__name__}, not a string", line)
    if not text.strip():
        return InputError(shown, "text field is empty", line)
    if "\x00" in text:
        return InputError(shown, "text field holds NUL characters", line)
    return Article(
        path=f"{shown}:{line}" if line is not None else shown,
        text=text,
        title=_plain(_first(record, options.field_names("title"))),
        published=date_from_value(_first(record, options.field_names("date"))),
        source=_plain(_first(record, options.field_names("source"))),
        url=_plain(_first(record, options.field_names("url"))),
    )


def _loads(text: str) -> object:
    """``json.loads`` with the failures of hostile input (huge numbers, deep nesting) as ValueError."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ValueError("nesting too deep") from exc


def read_json(shown: str, data: bytes, options: ReaderOptions) -> Iterator[Article | InputError]:
    """A ``.json`` file: one object, or a list of objects (``file.json#INDEX``)."""
    if not data.strip():
        yield InputError(shown, "empty file")
        return
    try:
        text = decode_bytes(data, shown, encoding=options.encoding)
    except InputError as error:
        yield error
        return
    try:
        document = _loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):  # JSON Lines named .json
            yield from read_json_lines(shown, text.encode("utf-8").splitlines(), options)
            return
        yield InputError(shown, f"malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno)
        return
    except ValueError as exc:
        yield InputError(shown, f"malformed JSON: {exc}")
        return
    if isinstance(document, list):
        if not document:
            yield InputError(shown, "empty JSON list")
        for index, record in enumerate(document):
            yield record_article(record, f"{shown}#{index}", options)
    elif isinstance(document, dict):
        yield record_article(document, shown, options)
    else:
        yield InputError(shown, f"expected a JSON object or a list of objects, "
                                f"found a {type(document).__name__}")


def read_json_lines(shown: str, lines: Iterable[bytes],
                    options: ReaderOptions) -> Iterator[Article | InputError]:
    """Records from JSON Lines given as byte lines; a bad line is reported, the rest go on."""
    found_any = False
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if len(raw) > options.max_file_bytes:
            found_any = True
            yield InputError(shown, f"line longer than the limit of {options.max_file_bytes} bytes",
                             number)
            continue
        if not raw.strip():
            continue
        found_any = True
        try:
            line = raw.decode(options.encoding or "utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(shown, f"not valid {options.encoding or 'UTF-8'} "
                                    f"(byte {exc.start})", number)
            continue
        try:
            record = _loads(line)
        except ValueError as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield InputError(shown, f"malformed JSON: {reason}", number)
            continue
        yield record_article(record, shown, options, number)
    if not found_any:
        yield InputError(shown, "empty file")


def _bounded_lines(handle: object, limit: int) -> Iterator[bytes]:
    """Lines of a binary file; an overlong line is yielded cut (and so reported), then skipped."""
    readline = handle.readline  # type: ignore[attr-defined]
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drop the rest of the overlong line without holding it
                rest = readline(limit + 1)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def read_jsonl(shown: str, path: Path, options: ReaderOptions) -> Iterator[Article | InputError]:
    """A JSON Lines file, streamed: memory stays bounded by the longest line."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                yield InputError(shown, "JSON Lines must be UTF-8, this file is UTF-16")
                return
            if looks_binary(head):
                yield InputError(shown, BINARY)
                return
            handle.seek(0)
            yield from read_json_lines(shown, _bounded_lines(handle, options.max_file_bytes),
                                       options)
    except OSError as exc:
        yield InputError(shown, f"cannot read: {exc.strerror or exc}")
