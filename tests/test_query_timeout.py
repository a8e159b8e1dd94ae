"""A read that outlives POLIGRAPH_QUERY_TIMEOUT_S is stopped by the store with a one-line
error, on both back ends; the store stays usable and writes are never timed out."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest

from graph.config import DEFAULT_QUERY_TIMEOUT_S, StoreConfig
from graph.errors import ConfigError, QueryError
from graph.store import Store
from graph.stores import open_store
from conftest import neo4j_or_skip
from factories import asylum_extraction

# Filters 2.5 billion pairs one by one: minutes of work on either engine, no data needed.
_ENDLESS = ("UNWIND range(1, 50000) AS x UNWIND range(1, 50000) AS y "
            "WITH x, y WHERE x * y < 0 RETURN count(*) AS n")


def _open_with_timeout(backend: str, tmp_path: Path, seconds: float) -> Store:
    if backend == "neo4j":
        config = dataclasses.replace(neo4j_or_skip(), query_timeout_s=seconds)
        store = open_store(config)
        store._clear_all_for_tests()  # type: ignore[attr-defined]
        return store
    return open_store(StoreConfig(backend="embedded", db_path=tmp_path / "g.lbdb",
                                  query_timeout_s=seconds))


@pytest.mark.parametrize("backend", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_a_read_that_runs_too_long_is_stopped_with_one_line(backend: str, tmp_path: Path) -> None:
    with _open_with_timeout(backend, tmp_path, 0.5) as store:
        store.write([asylum_extraction()])
        started = time.perf_counter()
        with pytest.raises(QueryError) as caught:
            store.read(_ENDLESS)
        assert time.perf_counter() - started < 20
        message = str(caught.value)
        assert "\n" not in message and "0.5 s" in message and "POLIGRAPH_QUERY_TIMEOUT_S" in message
        assert store.stats().articles == 1  # still usable
        assert store.read("MATCH (a:Article) RETURN count(a) AS n") == [{"n": 1}]


def test_the_timeout_comes_from_the_environment() -> None:
    assert StoreConfig.from_env({}).query_timeout_s == DEFAULT_QUERY_TIMEOUT_S
    assert StoreConfig.from_env({"POLIGRAPH_QUERY_TIMEOUT_S": "2.5"}).query_timeout_s == 2.5
    assert StoreConfig.from_env({"POLIGRAPH_QUERY_TIMEOUT_S": "0"}).query_timeout_s is None
    for bad in ("soon", "-1", "inf", "nan"):
        with pytest.raises(ConfigError, match="POLIGRAPH_QUERY_TIMEOUT_S"):
            StoreConfig.from_env({"POLIGRAPH_QUERY_TIMEOUT_S": bad})
