"""The benchmark runner in smoke mode: every benchmark runs and the table has its shape.

Figures from a handful of articles mean nothing, so nothing here asserts on a time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.__main__ import main
from benchmarks.table import COLUMNS
from queries.catalog import load_catalog

_BENCHMARKS = {"extraction", "loading", "queries", "memory"}


def _run(tmp_path: Path, *args: str) -> dict:
    out = tmp_path / "table.json"
    assert main([*args, "--smoke", "--workdir", str(tmp_path / "work"), "--json", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _check_shape(table: dict, stores: set[str]) -> None:
    assert table["columns"] == list(COLUMNS)
    for figure in table["figures"]:
        assert set(COLUMNS) <= set(figure)
        assert isinstance(figure["value"], (int, float)) and figure["value"] >= 0
        assert figure["met"] in (True, False, None)
        if figure["target"]:
            assert figure["met"] is not None, figure
    queried = [f["figure"] for f in table["figures"] if f["benchmark"] == "queries"]
    sizes = table["settings"]["sizes"]
    for store in stores:
        for size in sizes:
            for name in load_catalog():
                assert f"{store} {size} articles: {name} p95" in queried


def test_smoke_all_benchmarks_on_the_embedded_store(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    table = _run(tmp_path, "all", "--stores", "embedded")
    _check_shape(table, {"embedded"})
    assert {f["benchmark"] for f in table["figures"]} == _BENCHMARKS
    names = {f["figure"] for f in table["figures"]}
    assert {"full pipeline, 1 worker", "full pipeline, 2 workers", "embedded writer",
            "embedded second ingest of the same corpus", "peak RSS, ingest of 6 articles"} <= names
    assert table["machine"]["cpus"] >= 1 and table["machine"]["python"]
    printed = capsys.readouterr().out
    assert printed.splitlines()[0].split() == ["benchmark", "figure", "value", "reference",
                                               "ratio", "target", "met?"]
    assert len(printed.splitlines()) == len(table["figures"]) + 2


@pytest.mark.neo4j
def test_smoke_loading_queries_and_memory_on_neo4j(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import neo4j_or_skip

    config = neo4j_or_skip()
    monkeypatch.setenv("NEO4J_URI", config.neo4j_uri)
    monkeypatch.setenv("NEO4J_PASSWORD", config.neo4j_password)
    table = _run(tmp_path, "loading", "queries", "memory", "--stores", "neo4j")
    _check_shape(table, {"neo4j"})
    names = {f["figure"] for f in table["figures"]}
    assert {"neo4j batched writer", "neo4j per-row reference", "neo4j batched vs per-row",
            "neo4j second ingest of the same corpus", "peak RSS, ingest of 3 articles into neo4j",
            "peak RSS, ingest of 6 articles into neo4j"} <= names
    assert table["machine"]["neo4j_server"].startswith("Neo4j/")
