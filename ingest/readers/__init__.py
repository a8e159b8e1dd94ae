"""Articles from files, folders, JSON records and feeds, one reader per format.

``iter_articles`` never raises for a bad input: it yields an ``InputError`` in the article's
place so that a batch goes on. Folders are walked recursively in sorted order, hidden files
and folders skipped, as are a folder's own notes (README, LICENSE, ``.md`` files: documentation
about the articles, not articles); a file named on the command line is always read. One file
is read at a time, so a folder of any size streams.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from graph.errors import InputError
from ingest.article import Article
from ingest.readers.options import ReaderOptions
from ingest.readers.sniff import HEAD_BYTES, Kind, kind_by_extension, sniff

__all__ = ["iter_articles", "read_file", "ReaderOptions", "Kind"]

_MB = 1024 * 1024


def iter_articles(paths: Iterable[str | Path] | str | Path,
                  options: ReaderOptions | None = None) -> Iterator[Article | InputError]:
    """Every article under ``paths`` (files or folders), or an ``InputError`` per bad input."""
    options = options or ReaderOptions()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for given in paths:
        path = Path(given)
        try:
            info = path.stat()
        except FileNotFoundError:
            yield InputError(str(given), "no such file or directory")
            continue
        except OSError as exc:
            yield InputError(str(given), f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(info.st_mode):
            for item in _walk(path, set()):
                if isinstance(item, InputError):
                    yield item
                else:
                    yield from read_file(item, str(item), options)
        else:
            yield from read_file(path, str(given), options)


def _walk(directory: Path, visited: set[tuple[int, int]]) -> Iterator[Path | InputError]:
    """Non-hidden files below ``directory``, sorted by name; symlink loops are walked once."""
    try:
        info = directory.stat()
        with os.scandir(directory) as listing:
            entries = sorted((entry.name, entry.is_dir()) for entry in listing
                             if not entry.name.startswith(".")
                             and not (entry.is_file() and _is_folder_note(entry.name)))
    except OSError as exc:
        yield InputError(str(directory), f"cannot list folder: {exc.strerror or exc}")
        return
    key = (info.st_dev, info.st_ino)
    if key in visited:
        return
    visited.add(key)
    for name, is_dir in entries:
        child = directory / name
        if is_dir:
            yield from _walk(child, visited)
        else:
            yield child


_NOTE_STEMS = ("readme", "license", "licence", "changelog", "notice")


def _is_folder_note(name: str) -> bool:
    """Files that document a folder of articles rather than being one."""
    lower = name.lower()
    return lower.endswith(".md") or lower.split(".")[0] in _NOTE_STEMS


def _size(count: int) -> str:
    return f"{count / _MB:.1f} MB" if count >= _MB else f"{count} bytes"


def read_file(path: Path, shown: str, options: ReaderOptions) -> Iterator[Article | InputError]:
    """The articles in one file (a JSON list or a feed holds several), or why it has none."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield InputError(shown, "not a regular file")
            return
        kind = kind_by_extension(path)
        if kind is None:
            with path.open("rb") as handle:
                kind = sniff(path, handle.read(HEAD_BYTES))
        limit = options.max_stream_bytes if kind is Kind.JSONL else options.max_file_bytes
        if info.st_size > limit:
            yield InputError(shown, f"file too large: {_size(info.st_size)}, "
                                    f"the limit is {_size(limit)}")
            return
        if kind is Kind.JSONL:
            from ingest.readers.records import read_jsonl

            yield from read_jsonl(shown, path, options)
            return
        with path.open("rb") as handle:
            data = _read_upto(handle, info.st_size, limit)
    except FileNotFoundError:
        yield InputError(shown, "no such file or directory")
        return
    except OSError as exc:
        yield InputError(shown, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > limit:  # grew since it was measured
        yield InputError(shown, f"file too large: over the limit of {_size(limit)}")
        return
    yield from _read_bytes(kind, shown, data, options)


def _read_upto(handle: BinaryIO, expected: int, limit: int) -> bytes:
    """At most ``limit + 1`` bytes. Asking for the size ``stat`` gave (not the limit) keeps
    Python from allocating a limit-sized buffer for every small file."""
    want = min(expected, limit) + 1
    data = handle.read(want)
    if len(data) == want and want <= limit:  # the file grew since it was measured
        data += handle.read(limit + 1 - want)
    return data


def _read_bytes(kind: Kind, shown: str, data: bytes,
                options: ReaderOptions) -> Iterator[Article | InputError]:
    if kind is Kind.TEXT:
        from ingest.readers.plaintext import read_text

        yield from read_text(shown, data, options)
    elif kind is Kind.JSON:
        from ingest.readers.records import read_json

        yield from read_json(shown, data, options)
    elif kind is Kind.HTML:
        from ingest.readers.webpage import read_html

        yield from read_html(shown, data, options)
    else:
        from ingest.readers.feeds import read_feed

        yield from read_feed(shown, data)
