"""Shared fixtures: a fresh store of each back end, and the shared evaluation folder if present."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.config import StoreConfig
from graph.store import Store

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
EVAL_DIR = REPO.parent / "shared" / "eval"
IN_CI = os.environ.get("CI", "").lower() == "true"


def neo4j_config() -> StoreConfig:
    """The test server started by ``scripts/neo4j-local start`` (or the user's NEO4J_* one)."""
    env = dict(os.environ)
    env.setdefault("NEO4J_PASSWORD", "poligraph-dev")
    return StoreConfig.from_env(env, backend="neo4j")


def neo4j_or_skip() -> StoreConfig:
    """In CI a missing server is a failure, never a skip."""
    config = neo4j_config()
    from graph.stores.neo4j import Neo4jStore
    from graph.errors import StoreError

    try:
        probe = Neo4jStore(config)
        probe.close()
    except StoreError as exc:
        if IN_CI:
            pytest.fail(f"Neo4j is not up in CI: {exc}")
        pytest.skip(f"Neo4j not reachable ({exc}); start it with scripts/neo4j-local start")
    return config


def _open(backend: str, tmp_path: Path) -> Store:
    from graph.stores import open_store

    if backend == "neo4j":
        config = neo4j_or_skip()
        store = open_store(config)
        store._clear_all_for_tests()  # type: ignore[attr-defined]
        return store
    return open_store(StoreConfig(backend="embedded", db_path=tmp_path / "graph.lbdb"))


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each back end; the contract suite runs against both."""
    opened = _open(request.param, tmp_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[Store]:
    opened = _open("embedded", tmp_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def eval_dir() -> Path:
    if not (EVAL_DIR / "dev" / "gold.jsonl").exists():
        pytest.skip("the shared evaluation folder is not beside the repository")
    return EVAL_DIR


def article_extractor(default_published: object):
    """A function text -> Extraction through the real pipeline (model loaded once per caller)."""
    from ingest.article import Article
    from ingest.nlp import load_pipeline
    from ingest.pipeline import extract_article

    nlp = load_pipeline()

    def run(text: str, published=default_published):  # type: ignore[no-untyped-def]
        return extract_article(Article(path="t.txt", text=text, published=published), nlp(text))

    return run
