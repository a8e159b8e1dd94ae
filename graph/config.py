"""Store settings from flags and environment, passed around as one object (no globals)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import ConfigError

__all__ = ["StoreConfig", "DEFAULT_DB_PATH"]

DEFAULT_DB_PATH = Path.home() / ".poligraph" / "graph.lbdb"
# The embedded engine's page cache, in megabytes. Its own default (None here) is a share of the
# machine's memory that it fills as the graph grows: queries and path searches get room (a
# shortest path over a four-article graph needed more than 192 MB), but an ingest's memory
# would follow the size of the database file. So an ingest, which streams its corpus, opens
# the store with a fixed bound (BENCHMARKS.md: 128 MB held steady from about 7,000 to 20,000
# articles, at the same loading speed). A checkpoint rewrites a whole group of rows inside
# the cache, so the bound must leave room for one: 64 MB failed at about 1,000 articles.
# ``POLIGRAPH_DB_CACHE_MB`` sets one size for every use; 0 gives the engine's default.
DEFAULT_DB_CACHE_MB: int | None = None
INGEST_DB_CACHE_MB = 128
MIN_DB_CACHE_MB = 128  # below this a checkpoint of a few thousand articles does not fit
# Longest a read may run before the store stops it: a query that explodes (a path search
# between two hubs) must end in a clear error, not hold a dashboard and the machine's memory.
DEFAULT_QUERY_TIMEOUT_S = 60.0
BACKENDS = ("embedded", "neo4j")


@dataclass(frozen=True)
class StoreConfig:
    backend: str = "embedded"
    db_path: Path = DEFAULT_DB_PATH
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: str = field(default="", repr=False)  # never shown
    neo4j_database: str = "neo4j"
    db_cache_mb: int | None = DEFAULT_DB_CACHE_MB
    query_timeout_s: float | None = DEFAULT_QUERY_TIMEOUT_S  # None: no limit

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, backend: str | None = None,
                 db_path: str | Path | None = None, ingesting: bool = False) -> "StoreConfig":
        """Flags win over ``POLIGRAPH_STORE``/``POLIGRAPH_DB``/``POLIGRAPH_DB_CACHE_MB``/
        ``POLIGRAPH_QUERY_TIMEOUT_S`` and the ``NEO4J_*`` variables. ``ingesting`` picks the
        ingest's bounded page cache when the environment sets none."""
        env = os.environ if env is None else env
        chosen = (backend or env.get("POLIGRAPH_STORE") or "embedded").strip().lower()
        if chosen not in BACKENDS:
            raise ConfigError(f"unknown store {chosen!r}: choose one of {', '.join(BACKENDS)}")
        path = Path(db_path or env.get("POLIGRAPH_DB") or DEFAULT_DB_PATH).expanduser()
        cache = env.get("POLIGRAPH_DB_CACHE_MB", "").strip()
        if cache and not (cache.isdigit() and (int(cache) == 0 or int(cache) >= MIN_DB_CACHE_MB)):
            raise ConfigError(f"POLIGRAPH_DB_CACHE_MB must be a whole number of megabytes, "
                              f"at least {MIN_DB_CACHE_MB} (0 for the engine's default), "
                              f"not {cache!r}")
        return cls(
            query_timeout_s=_timeout(env.get("POLIGRAPH_QUERY_TIMEOUT_S", "").strip()),
            backend=chosen,
            db_path=path,
            neo4j_uri=env.get("NEO4J_URI", cls.neo4j_uri),
            neo4j_user=env.get("NEO4J_USER", cls.neo4j_user),
            neo4j_password=env.get("NEO4J_PASSWORD", ""),
            neo4j_database=env.get("NEO4J_DATABASE", cls.neo4j_database),
            db_cache_mb=((int(cache) or None) if cache
                         else INGEST_DB_CACHE_MB if ingesting else DEFAULT_DB_CACHE_MB),
        )

    def describe(self) -> str:
        """Where the store is, for messages: never includes the password."""
        if self.backend == "neo4j":
            return f"neo4j {self.neo4j_uri} (database {self.neo4j_database})"
        return f"embedded {self.db_path}"


def _timeout(text: str) -> float | None:
    """Seconds from the environment: unset keeps the default, 0 means no limit."""
    if not text:
        return DEFAULT_QUERY_TIMEOUT_S
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise ConfigError(f"POLIGRAPH_QUERY_TIMEOUT_S must be a number of seconds (0 for no "
                          f"limit), not {text!r}")
    return seconds or None
