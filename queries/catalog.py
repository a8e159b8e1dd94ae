"""The catalog of named queries: ``NAME.cypher`` files with a ``NAME.toml`` beside each.

The ``.cypher`` file is the reference text (Neo4j dialect); where the embedded LadybugDB store
needs another form, ``NAME.embedded.cypher`` sits beside it. The ``.toml`` sidecar gives the
title, description, typed parameters with defaults and an example invocation. Parameters are
always sent to the store as parameters, never spliced into the text.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.errors import QueryError

__all__ = ["QuerySpec", "ParamSpec", "load_catalog", "run_query", "convert_param",
           "PARAM_TYPES", "CATALOG_DIR"]

CATALOG_DIR = Path(__file__).resolve().parent
PARAM_TYPES = ("str", "int", "float", "bool", "date", "list")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}


@dataclass(frozen=True)
class ParamSpec:
    """One declared parameter; ``default`` is None when the parameter is required."""

    name: str
    type: str
    description: str = ""
    default: Any = None

    @property
    def required(self) -> bool:
        return self.default is None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "description": self.description,
                "default": self.default, "required": self.required}


@dataclass(frozen=True)
class QuerySpec:
    """A named query: its texts per back end and its typed parameters."""

    name: str
    title: str
    description: str
    params: tuple[ParamSpec, ...]
    example: str
    text: str
    variants: Mapping[str, str] = field(default_factory=dict)

    def text_for(self, backend: str) -> str:
        """The text to send to ``backend`` ("neo4j" or "embedded")."""
        return self.variants.get(backend, self.text)

    def param(self, name: str) -> ParamSpec | None:
        return next((p for p in self.params if p.name == name), None)

    def bind(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Typed parameters for a run: given values converted, defaults filled in."""
        unknown = sorted(set(values) - {p.name for p in self.params})
        if unknown:
            known = ", ".join(p.name for p in self.params) or "none"
            raise QueryError(f"query {self.name}: unknown parameter(s) {', '.join(unknown)} "
                             f"(it takes: {known})")
        bound: dict[str, Any] = {}
        for spec in self.params:
            if spec.name in values:
                bound[spec.name] = convert_param(spec, values[spec.name], query=self.name)
            elif spec.required:
                raise QueryError(f"query {self.name}: missing parameter {spec.name} "
                                 f"({spec.type}): pass -p {spec.name}=VALUE")
            else:
                bound[spec.name] = spec.default
        return bound

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "description": self.description,
                "params": [p.to_dict() for p in self.params], "example": self.example,
                "variants": sorted(self.variants)}


def convert_param(spec: ParamSpec, value: Any, *, query: str = "") -> Any:
    """A parameter value as its declared type; strings are parsed, other values checked."""
    where = f"query {query}: " if query else ""
    try:
        return _CONVERTERS[spec.type](value)
    except (ValueError, TypeError) as exc:
        raise QueryError(f"{where}parameter {spec.name} expects {spec.type}, "
                         f"got {value!r}: {exc}") from None


def _to_str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _to_int(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("not an integer")
    if isinstance(value, int):
        return value
    return int(str(value).strip())


def _to_float(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError("not a number")
    if isinstance(value, (int, float)):
        return float(value)
    return float(str(value).strip())


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("use true or false")


def _to_date(value: Any) -> str:
    """An ISO date as stored in the graph: YYYY, YYYY-MM or YYYY-MM-DD ('' means no bound)."""
    text = str(value).strip()
    if text == "":
        return ""
    if not _DATE.match(text):
        raise ValueError("use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (text.split("-") + ["01", "01"])[:3]
    import datetime

    datetime.date(int(year), int(month), int(day))  # rejects 2010-13 or 2010-02-30
    return text


def _to_list(value: Any) -> list[str]:
    """A list from a JSON array or from comma-separated text ('' is the empty list)."""
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    text = str(value).strip()
    if text.startswith("["):
        parsed = json.loads(text)
        if not isinstance(parsed, list):
            raise ValueError("not a JSON array")
        return [str(v) for v in parsed]
    return [part.strip() for part in text.split(",") if part.strip()]


_CONVERTERS = {"str": _to_str, "int": _to_int, "float": _to_float, "bool": _to_bool,
               "date": _to_date, "list": _to_list}


def _load_spec(cypher_path: Path) -> QuerySpec:
    name = cypher_path.name.removesuffix(".cypher")
    meta_path = cypher_path.with_name(f"{name}.toml")
    if not _NAME.match(name):
        raise QueryError(f"{cypher_path.name}: query names are lower_snake_case")
    if not meta_path.exists():
        raise QueryError(f"{cypher_path.name}: no {meta_path.name} beside it")
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise QueryError(f"{meta_path.name}: {exc}") from None
    params = []
    for raw in meta.get("params", []):
        kind = raw.get("type", "str")
        if kind not in PARAM_TYPES:
            raise QueryError(f"{meta_path.name}: parameter {raw.get('name')} has unknown type {kind}")
        spec = ParamSpec(name=raw["name"], type=kind, description=raw.get("description", ""))
        if "default" in raw:
            spec = ParamSpec(spec.name, kind, spec.description,
                             convert_param(spec, raw["default"], query=name))
        params.append(spec)
    variants = {}
    for variant in sorted(cypher_path.parent.glob(f"{name}.*.cypher")):
        backend = variant.name.removeprefix(f"{name}.").removesuffix(".cypher")
        variants[backend] = variant.read_text(encoding="utf-8")
    return QuerySpec(name=name, title=meta.get("title", name), description=meta.get("description", ""),
                     params=tuple(params), example=meta.get("example", f"poligraph query {name}"),
                     text=cypher_path.read_text(encoding="utf-8"), variants=variants)


@lru_cache(maxsize=4)
def _load(directory: Path) -> dict[str, QuerySpec]:
    specs = {}
    for path in sorted(directory.glob("*.cypher")):
        if path.name.count(".") == 1:  # NAME.cypher; NAME.backend.cypher are variants
            spec = _load_spec(path)
            specs[spec.name] = spec
    return specs


def load_catalog(directory: Path | None = None) -> dict[str, QuerySpec]:
    """All named queries, by name, in name order."""
    return dict(_load(directory or CATALOG_DIR))


def get_query(name: str, directory: Path | None = None) -> QuerySpec:
    catalog = load_catalog(directory)
    if name not in catalog:
        close = difflib.get_close_matches(name, catalog, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see `poligraph queries`"
        raise QueryError(f"unknown query {name!r}{hint}")
    return catalog[name]


def run_query(store: Any, name: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run the named query on ``store`` (read-only) with parameters converted to their types."""
    spec = get_query(name)
    bound = spec.bind(params or {})
    return store.read(spec.text_for(getattr(store, "backend", "")), bound)
