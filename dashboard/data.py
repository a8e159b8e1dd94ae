"""The dashboard's one door to the graph: a cached store connection and cached query results.

The store is opened once per server process (``st.cache_resource``) from the same settings as
the CLI (``POLIGRAPH_STORE``, ``POLIGRAPH_DB``, ``NEO4J_*``) and shared by every session; a
lock serialises calls because script runs of several sessions execute in parallel threads.
Query results are cached for a short time (``st.cache_data``) and dropped after an ingest.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import streamlit as st

from graph import browse
from graph.config import StoreConfig
from graph.store import GraphStats, Store
from graph.vocab import EventType

__all__ = ["StoreHandle", "store_handle", "use_store", "config", "stats", "directory",
           "actors_by_id", "search", "profile", "events", "dates", "evidence", "network",
           "recent_articles", "run_named_query", "run_cypher", "clear_results", "TTL_SECONDS",
           "upload_limit_mb", "analytics", "AnalyticsResult"]

TTL_SECONDS = 60
T = TypeVar("T")


@dataclass
class StoreHandle:
    """The shared store and the lock that keeps two sessions from using it at once."""

    store: Store
    lock: threading.RLock
    description: str


def config() -> StoreConfig:
    """Store settings from the environment the ``dashboard`` command passed on."""
    return StoreConfig.from_env()


def upload_limit_mb() -> int:
    """Largest upload accepted, in MB (the server enforces the same limit)."""
    try:
        return max(1, int(os.environ.get("POLIGRAPH_UPLOAD_MB", "50")))
    except ValueError:
        return 50


def _close(handle: StoreHandle) -> None:
    with handle.lock:
        handle.store.close()


@st.cache_resource(show_spinner="Opening the graph store…", on_release=_close)
def _open_handle(where: str) -> StoreHandle:
    """One open store per location (``where`` is the config's description, never a secret)."""
    from graph.stores import open_store

    settings = config()
    return StoreHandle(store=open_store(settings), lock=threading.RLock(), description=where)


def store_handle() -> StoreHandle:
    """The store the environment points at, opened once and shared by every page."""
    return _open_handle(config().describe())


@contextmanager
def use_store() -> Iterator[Store]:
    """The shared store, held exclusively for the duration of the block."""
    handle = store_handle()
    with handle.lock:
        yield handle.store


def _call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with use_store() as store:
        return fn(store, *args, **kwargs)


def clear_results() -> None:
    """Forget cached results (after the graph changed)."""
    st.cache_data.clear()


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def stats() -> GraphStats:
    return _call(lambda s: s.stats())


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def directory() -> list[browse.Actor]:
    return _call(browse.actor_directory)


def actors_by_id() -> dict[str, browse.Actor]:
    return {actor.id: actor for actor in directory()}


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def search(text: str, limit: int = 20, labels: tuple[str, ...] = ()) -> list[browse.ActorHit]:
    return browse.search_actors(directory(), text, limit=limit, labels=labels)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def profile(actor_id: str) -> browse.ActorProfile | None:
    return _call(browse.actor_profile, actor_id)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def events(types: tuple[str, ...] = (), country: str = "", actor: str = "", since: str = "",
           until: str = "", limit: int = 2000) -> list[browse.EventRecord]:
    return _call(browse.find_events, types=types, country=country, actor=actor, since=since,
                 until=until, limit=limit)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def dates() -> list[tuple[str, str]]:
    return _call(browse.event_dates)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def evidence(item_id: str) -> browse.Evidence | None:
    return _call(browse.evidence_for, item_id)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def network(actor_id: str, hops: int, edge_types: tuple[str, ...], since: str, until: str,
            include_undated: bool, max_nodes: int) -> browse.Neighbourhood:
    known = actors_by_id()
    return _call(browse.neighbourhood, actor_id, hops=hops, edge_types=edge_types, since=since,
                 until=until, include_undated=include_undated, max_nodes=max_nodes,
                 directory=known)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def recent_articles(limit: int = 10) -> list[dict[str, Any]]:
    return run_named_query("recent_articles", {"limit": limit})


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def run_named_query(name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    from queries.catalog import run_query

    return _call(run_query, name, params)


def run_cypher(cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """An ad-hoc read-only query (never cached: the text is free-form)."""
    return _call(lambda s: s.read(cypher, params))


@dataclass
class AnalyticsResult:
    """What the Analytics page shows, computed from one projection."""

    actors: int
    ties: int
    ranking: list[Any]  # graph.analytics.CentralityRow
    communities: list[Any]  # graph.analytics.Community
    signed: list[dict[str, Any]]


@st.cache_data(ttl=TTL_SECONDS, show_spinner="Computing the network measures…")
def analytics(since: str, until: str, edge_types: tuple[str, ...] | None, with_events: bool,
              by: str, top: int) -> AnalyticsResult:
    from graph.analytics import centrality, communities, project, signed_network, signed_pairs

    with use_store() as store:
        g = project(store, since=since or None, until=until or None, edge_types=edge_types,
                    event_types=None if not with_events else [t.value for t in EventType])
    return AnalyticsResult(actors=g.number_of_nodes(), ties=g.number_of_edges(),
                           ranking=centrality(g, top=top, by=by), communities=communities(g),
                           signed=signed_pairs(signed_network(g), top=200))
