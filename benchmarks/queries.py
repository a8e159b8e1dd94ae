"""Latency of every catalog query on a loaded store: median and 95th percentile.

Parameters that a query requires are taken from the loaded graph itself (the most mentioned
person, state and organization, a stored edge or event id), so every query has something to
find at any corpus size; optional parameters keep their declared defaults, which are the
broadest (and slowest) form of each query.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Mapping
from typing import Any

from benchmarks.table import Figure
from graph.store import Store
from graph.vocab import EdgeType

__all__ = ["sample_params", "query_params", "time_queries", "bench_queries", "TARGET_P95_MS"]

TARGET_P95_MS = 100.0
_TOP = ("MATCH (a:Article)-[:MENTIONS]->(n:{label}) "
        "RETURN n.name AS name, count(a) AS c ORDER BY c DESC, name LIMIT 2")


def sample_params(store: Store) -> dict[str, str]:
    """Values from the graph to fill required parameters with."""
    values: dict[str, str] = {}
    for key, label in (("person", "Person"), ("state", "State"),
                       ("organization", "Organization")):
        rows = store.read(_TOP.format(label=label))
        names = [r["name"] for r in rows] or [""]
        values[key] = names[0]
        values[f"{key}2"] = names[-1]
    values["id"] = ""
    for edge_type in EdgeType:
        rows = store.read(f"MATCH ()-[r:{edge_type.value}]->() RETURN r.id AS id LIMIT 1")
        if rows:
            values["id"] = rows[0]["id"]
            break
    if not values["id"]:
        rows = store.read("MATCH (e:Event) RETURN e.id AS id LIMIT 1")
        values["id"] = rows[0]["id"] if rows else "none"
    return values


# Which sampled value each required parameter (by name) takes.
_PARAM_SOURCE = {"actor": "person", "person": "person", "name": "person", "from": "person",
                 "to": "state", "state": "state", "country": "state", "grantor": "state",
                 "requester": "state", "organization": "organization", "id": "id"}
_TYPE_FALLBACK = {"str": "person", "date": "2015-06-01", "int": "10", "float": "0.5",
                  "bool": "true", "list": ""}


def query_params(spec: Any, values: Mapping[str, str]) -> dict[str, str]:
    """Parameters for one catalog query: required ones filled from ``values``."""
    params: dict[str, str] = {}
    for param in spec.params:
        if not param.required:
            continue
        source = _PARAM_SOURCE.get(param.name)
        if source is None:
            fallback = _TYPE_FALLBACK.get(param.type, "")
            source = fallback if fallback not in values else fallback
            params[param.name] = values.get(source, source)
        else:
            params[param.name] = values[source]
    return params


def time_queries(store: Store, runs: Mapping[str, Mapping[str, Any]], *, repeats: int,
                 warmup: int = 2) -> dict[str, tuple[float, float, int]]:
    """p50 and p95 in milliseconds of ``repeats`` runs of each query after ``warmup``, and
    its row count, by query name (``runs``: parameters by query name).

    The queries take turns, one run of each per round, so that a slow spell of a shared
    machine falls on all of them alike instead of on whichever query it meets.
    """
    from queries.catalog import run_query

    counts = {name: 0 for name in runs}
    for _ in range(warmup):
        for name, params in runs.items():
            counts[name] = len(run_query(store, name, params))
    timings: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, params in runs.items():
            started = time.perf_counter()
            counts[name] = len(run_query(store, name, params))
            timings[name].append((time.perf_counter() - started) * 1000)
    figures = {}
    for name, times in timings.items():
        times.sort()
        p95_index = min(len(times) - 1, max(0, round(0.95 * len(times)) - 1))
        figures[name] = (statistics.median(times), times[p95_index], counts[name])
    return figures


def bench_queries(store: Store, articles: int, *, repeats: int = 20,
                  skip: tuple[str, ...] = ()) -> list[Figure]:
    """One figure per catalog query (its p95, with the p50 as reference) on ``store``."""
    from queries.catalog import load_catalog

    values = sample_params(store)
    runs = {name: query_params(spec, values) for name, spec in load_catalog().items()
            if name not in skip}
    figures = []
    for name, (p50, p95, count) in time_queries(store, runs, repeats=repeats).items():
        figures.append(Figure(
            "queries", f"{store.backend} {articles} articles: {name} p95", p95, "ms",
            reference=p50, ratio=None, target=f"p95 < {TARGET_P95_MS:.0f} ms",
            met=p95 < TARGET_P95_MS,
            note=f"p50 {p50:.1f} ms, {count} rows, {repeats} runs, params {runs[name]}"))
    return figures
