"""Ingest is repeatable and resumable: the same corpus twice gives the same graph, and a run
killed with SIGKILL in the middle is completed by running the same command again — no article
missing, none duplicated — on both stores."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SAMPLES, neo4j_or_skip
from graph.store import Store
from fault_corpus import REPO, cli_env, poligraph_command, run_cli, write_corpus
from poligraph.cli import main

BATCH = Store.batch_articles  # articles per write transaction
CORPUS_SIZE = 2 * BATCH + 50
KILL_AFTER = BATCH + 6  # articles shown; by then the first batch has been committed


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def backend_env(request: pytest.FixtureRequest, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Store settings as environment variables, set here and handed to child processes."""
    # The test server's settings are read before the variables are cleared.
    config = neo4j_or_skip() if request.param == "neo4j" else None
    for name in ("POLIGRAPH_STORE", "POLIGRAPH_DB", "NEO4J_URI", "NEO4J_USER",
                 "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    if config is None:
        env = {"POLIGRAPH_STORE": "embedded", "POLIGRAPH_DB": str(tmp_path / "graph.lbdb")}
    else:
        env = {"POLIGRAPH_STORE": "neo4j", "NEO4J_URI": config.neo4j_uri,
               "NEO4J_USER": config.neo4j_user, "NEO4J_PASSWORD": config.neo4j_password,
               "NEO4J_DATABASE": config.neo4j_database}
        _clear(env)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    yield env


def _clear(env: dict[str, str]) -> None:
    if env["POLIGRAPH_STORE"] == "neo4j":
        from graph.config import StoreConfig
        from graph.stores.neo4j import Neo4jStore

        store = Neo4jStore(StoreConfig.from_env(env))
        try:
            store._clear_all_for_tests()
        finally:
            store.close()
    else:
        for leftover in Path(env["POLIGRAPH_DB"]).parent.glob(Path(env["POLIGRAPH_DB"]).name + "*"):
            leftover.unlink()


def _stats(capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["stats", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _ingest(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status = main(["ingest", "-q", *argv])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def test_the_same_corpus_twice_gives_identical_stats(
        backend_env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    _ingest(capsys, str(SAMPLES))
    first = _stats(capsys)
    assert first["articles"] >= 14
    again = _ingest(capsys, str(SAMPLES))
    assert f"loaded 0 new article(s), {first['articles']} already loaded, 0 failed" in again
    assert _stats(capsys) == first
    forced = _ingest(capsys, str(SAMPLES), "--force")
    assert f"loaded {first['articles']} new article(s), 0 already loaded" in forced
    assert _stats(capsys) == first


@pytest.mark.slow
def test_a_killed_ingest_is_completed_by_running_it_again(
        backend_env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, CORPUS_SIZE)
    _ingest(capsys, str(corpus))
    clean = _stats(capsys)
    assert clean["articles"] == CORPUS_SIZE
    _clear(backend_env)

    env = cli_env(**backend_env)
    child = subprocess.Popen(poligraph_command("ingest", str(corpus)), cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert child.stdout is not None
        shown = 0
        while shown < KILL_AFTER:
            line = child.stdout.readline()
            assert line, "the ingest ended before it could be killed"
            shown += line.startswith("== ")
        assert child.poll() is None, "the ingest finished before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=60)
        if child.stdout:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    partial = _stats(capsys)
    assert partial["articles"] % BATCH == 0, "a batch was loaded in part"
    assert BATCH <= partial["articles"] < CORPUS_SIZE

    resumed = run_cli("ingest", "-q", str(corpus), env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert f"loaded {CORPUS_SIZE - partial['articles']} new article(s), " \
           f"{partial['articles']} already loaded, 0 failed" in resumed.stdout
    assert _stats(capsys) == clean
