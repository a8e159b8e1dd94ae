"""Rows as text: a padded table for the terminal, JSON or CSV. Formatting only, no I/O."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["FORMATS", "render_rows", "plain"]

FORMATS = ("table", "json", "csv")
MAX_CELL = 60


def plain(value: Any) -> Any:
    """A JSON-friendly value: driver objects (nodes, paths, dates) become dicts, lists or text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    items = getattr(value, "items", None)
    if callable(items):  # neo4j Node / Relationship
        return {str(k): plain(v) for k, v in items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _cell(value: Any, width: int | None) -> str:
    value = plain(value)
    if value is None:
        text = ""
    elif isinstance(value, list):
        text = "; ".join("" if v is None else str(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    else:
        text = str(value)
    text = " ".join(text.split())
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    return columns


def render_rows(rows: Sequence[Mapping[str, Any]], fmt: str = "table",
                max_cell: int = MAX_CELL) -> str:
    """The rows in ``fmt``; a table pads columns and cuts cells longer than ``max_cell``."""
    if fmt == "json":
        return json.dumps([plain(dict(r)) for r in rows], ensure_ascii=False, indent=2)
    columns = _columns(rows)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c), None) for c in columns])
        return buffer.getvalue().rstrip("\n")
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}")
    if not rows:
        return "(no rows)"
    cells = [[_cell(row.get(c), max_cell) for c in columns] for row in rows]
    widths = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() for line in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
