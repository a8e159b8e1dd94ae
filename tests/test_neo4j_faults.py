"""Neo4j faults as a user meets them: a server that is not there, a wrong password, and a server
stopped in the middle of a load and started again.

The stop/start test runs its own server (``scripts/neo4j-local`` with a private home folder and
port), so the shared test server is never disturbed; it is removed afterwards.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import IN_CI, neo4j_or_skip
from fault_corpus import REPO, cli_env, poligraph_command, run_cli, write_corpus

PASSWORD = "fault-Secret-7731"
SCRIPT = REPO / "scripts" / "neo4j-local"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("poligraph: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_an_unreachable_server_is_one_line_and_exit_status_1(tmp_path: Path) -> None:
    env = cli_env(POLIGRAPH_STORE="neo4j", NEO4J_URI=f"bolt://127.0.0.1:{_free_port()}",
                  NEO4J_PASSWORD=PASSWORD)
    (tmp_path / "a.txt").write_text("France signed a treaty with Germany.\n", encoding="utf-8")
    for argv in (["stats"], ["ingest", str(tmp_path)], ["cypher", "RETURN 1 AS one"]):
        line = _one_line_error(run_cli(*argv, env=env, timeout=120))
        assert "cannot reach neo4j bolt://127.0.0.1:" in line
        assert PASSWORD not in line


@pytest.mark.neo4j
def test_a_wrong_password_is_refused_without_echoing_it(tmp_path: Path) -> None:
    config = neo4j_or_skip()
    wrong = "Wrong-" + PASSWORD
    env = cli_env(POLIGRAPH_STORE="neo4j", NEO4J_URI=config.neo4j_uri,
                  NEO4J_USER=config.neo4j_user, NEO4J_PASSWORD=wrong)
    (tmp_path / "a.txt").write_text("France signed a treaty with Germany.\n", encoding="utf-8")
    for argv in (["stats"], ["ingest", str(tmp_path)]):
        result = run_cli(*argv, env=env, timeout=120)
        line = _one_line_error(result)
        assert "refused user 'neo4j'" in line and "NEO4J_PASSWORD" in line
        assert wrong not in result.stderr + result.stdout


# --- a private server, stopped and started during a load -------------------------------------

class PrivateServer:
    """A Neo4j server of its own, driven by ``scripts/neo4j-local``."""

    def __init__(self, home: Path) -> None:
        self.home, self.port = home, _free_port()
        self.env = cli_env(NEO4J_LOCAL_HOME=str(home), NEO4J_LOCAL_BOLT_PORT=str(self.port),
                           NEO4J_LOCAL_HEAP="384m", NEO4J_LOCAL_PAGECACHE="64m",
                           NEO4J_PASSWORD=PASSWORD)
        self.store_env = {"POLIGRAPH_STORE": "neo4j", "NEO4J_URI": f"bolt://127.0.0.1:{self.port}",
                          "NEO4J_PASSWORD": PASSWORD}

    def script(self, action: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(SCRIPT), action], env=self.env, capture_output=True,
                              text=True, timeout=300)

    def articles(self) -> int:
        from graph.config import StoreConfig
        from graph.stores.neo4j import Neo4jStore

        store = Neo4jStore(StoreConfig.from_env(self.store_env, backend="neo4j"))
        try:
            rows = store.read("MATCH (a:Article) RETURN count(a) AS n, count(DISTINCT a.id) AS ids")
        finally:
            store.close()
        assert rows[0]["n"] == rows[0]["ids"]  # never two Article nodes for one article
        return int(rows[0]["n"])


@pytest.fixture(scope="module")
def private_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateServer]:
    if shutil.which("java") is None and not IN_CI:
        pytest.skip("java is not installed: no private Neo4j server")
    server = PrivateServer(tmp_path_factory.mktemp("neo4j-home"))
    started = server.script("start")
    try:
        if started.returncode != 0:
            pytest.fail(f"the private Neo4j server did not start: {started.stderr[-2000:]}")
        yield server
    finally:
        server.script("stop")
        shutil.rmtree(server.home, ignore_errors=True)


@pytest.mark.neo4j
@pytest.mark.slow
def test_a_server_stopped_during_a_load_and_started_again_loses_nothing(
        private_server: PrivateServer, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    count = 240
    write_corpus(corpus, count)
    env = cli_env(**private_server.store_env)
    child = subprocess.Popen(poligraph_command("ingest", "-q", str(corpus)), cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while private_server.articles() < 64:
            assert child.poll() is None, child.communicate()
            time.sleep(0.2)
        stopped = private_server.script("stop")
        assert stopped.returncode == 0, stopped.stderr
        assert child.poll() is None, "the load ended before the server was stopped"
        assert private_server.script("start").returncode == 0
        out, err = child.communicate(timeout=300)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert "Traceback" not in err
    if child.returncode != 0:  # the driver's retries ran out before the server came back
        assert child.returncode == 1
        assert "poligraph: error: cannot reach neo4j" in err, err
        rerun = run_cli("ingest", "-q", str(corpus), env=env)
        assert rerun.returncode == 0, rerun.stderr
    assert private_server.articles() == count  # each article once, none missing
