"""Store back ends, imported lazily by name so that drivers load only when used."""

from __future__ import annotations

from graph.config import StoreConfig
from graph.store import Store

__all__ = ["open_store"]


def open_store(config: StoreConfig) -> Store:
    """Open the configured store and make sure its schema exists."""
    if config.backend == "neo4j":
        from graph.stores.neo4j import Neo4jStore

        store: Store = Neo4jStore(config)
    else:
        from graph.stores.embedded import EmbeddedStore

        store = EmbeddedStore(config.db_path, cache_mb=config.db_cache_mb,
                              query_timeout_s=config.query_timeout_s)
    try:
        store.ensure_schema()
    except BaseException:
        store.close()
        raise
    return store
