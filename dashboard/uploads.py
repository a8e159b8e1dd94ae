"""Uploaded and pasted articles written to a private folder under safe names, for ingest.

A browser chooses the file name, so it is never used as a path: only its last component is
kept, reduced to a small alphabet, prefixed with a counter, and the result is checked to lie
inside the folder.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError

__all__ = ["UPLOAD_TYPES", "Upload", "safe_filename", "write_uploads", "write_pasted"]

# Formats the readers understand.
UPLOAD_TYPES = ["txt", "text", "md", "json", "jsonl", "ndjson", "html", "htm", "xml", "rss", "atom"]
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_NAME = 100


@dataclass(frozen=True)
class Upload:
    """A file as received from the browser: the name it claimed and its bytes."""

    name: str
    data: bytes


def safe_filename(name: str, index: int) -> str:
    """A harmless file name for upload number ``index``: no folders, no dot files, short."""
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip("._-")
    if len(base) > _MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        keep = ext[:10] if dot and len(ext) <= 10 else ""
        base = base[: _MAX_NAME - len(keep) - 1].rstrip("._-") + ("." + keep if keep else "")
    return f"{index:03d}-{base or 'upload'}"


def _inside(folder: Path, name: str) -> Path:
    target = (folder / name).resolve()
    if target.parent != folder.resolve():
        raise InputError(name, "unsafe file name")
    return target


def write_uploads(uploads: Iterable[Upload], folder: Path, max_bytes: int) -> list[Path]:
    """Write each upload into ``folder``; a file above ``max_bytes`` is refused by name."""
    paths = []
    for index, upload in enumerate(uploads, start=1):
        if len(upload.data) > max_bytes:
            raise InputError(upload.name, f"larger than the {max_bytes // (1024 * 1024)} MB limit")
        target = _inside(folder, safe_filename(upload.name, index))
        target.write_bytes(upload.data)
        paths.append(target)
    return paths


def write_pasted(text: str, folder: Path, *, title: str = "", date: str = "",
                 source: str = "", url: str = "") -> Path:
    """Pasted text as a one-record JSON file, so its title, date and outlet are kept."""
    record = {"text": text, "title": title.strip() or None, "date": date.strip() or None,
              "source": source.strip() or None, "url": url.strip() or None}
    target = _inside(folder, "pasted.json")
    target.write_text(json.dumps({k: v for k, v in record.items() if v is not None},
                                 ensure_ascii=False), encoding="utf-8")
    return target
