"""What the dashboard exposes: it listens on localhost, the password is in no process list,
page or log, and upload names cannot leave the upload folder."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import pytest

from fault_corpus import REPO, cli_env, poligraph_command

PASSWORD = "Dash-Secret-4417"


@pytest.mark.parametrize("claimed", ["evil\x00.txt", "../\x00../etc/passwd", "\x00",
                                     "C:\\Windows\\system32\\drivers\\etc\\hosts",
                                     "/etc/cron.d/job", "..", "./../../x.json", "\u202eexe.txt"])
def test_hostile_upload_names_become_plain_names_in_the_folder(claimed: str,
                                                              tmp_path: Path) -> None:
    from dashboard.uploads import Upload, safe_filename, write_uploads

    name = safe_filename(claimed, 7)
    assert "\x00" not in name and "/" not in name and "\\" not in name
    assert name.startswith("007-") and ".." not in name.removeprefix("007-")[:2]
    written = write_uploads([Upload(claimed, b"Some article text.")], tmp_path, 1024)
    assert [path.parent for path in written] == [tmp_path.resolve()]
    assert [path.name for path in tmp_path.iterdir()] == [written[0].name]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
def test_dashboard_listens_on_localhost_and_keeps_the_password_out_of_argv_and_logs(
        tmp_path: Path) -> None:
    import psutil

    port = _free_port()
    env = cli_env(POLIGRAPH_DB=str(tmp_path / "graph.lbdb"), NEO4J_PASSWORD=PASSWORD,
                  HOME=str(tmp_path))
    child = subprocess.Popen(poligraph_command("dashboard", "--port", str(port)), cwd=REPO,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        listening: list[tuple[str, int]] = []
        deadline = time.monotonic() + 90
        while not listening and time.monotonic() < deadline:
            assert child.poll() is None, child.communicate()
            tree = [psutil.Process(child.pid), *psutil.Process(child.pid).children(recursive=True)]
            for process in tree:
                try:
                    listening += [(c.laddr.ip, c.laddr.port) for c in process.net_connections("tcp")
                                  if c.status == psutil.CONN_LISTEN]
                except psutil.Error:
                    continue
            time.sleep(0.5)
        assert listening, "the dashboard never listened"
        assert {ip for ip, _ in listening} == {"127.0.0.1"}, listening
        for process in tree:
            assert not any(PASSWORD in part for part in process.cmdline())
    finally:
        child.terminate()
        out, err = child.communicate(timeout=30)
    assert PASSWORD not in out + err
    assert f"http://127.0.0.1:{port}" in err


@pytest.mark.neo4j
def test_no_page_shows_the_neo4j_password(monkeypatch: pytest.MonkeyPatch) -> None:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from conftest import neo4j_or_skip

    config = neo4j_or_skip()
    monkeypatch.setenv("POLIGRAPH_STORE", "neo4j")
    monkeypatch.setenv("NEO4J_URI", config.neo4j_uri)
    monkeypatch.setenv("NEO4J_PASSWORD", config.neo4j_password)
    app = REPO / "dashboard" / "app.py"
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        at = AppTest.from_file(str(app), default_timeout=120)
        at.run()
        for page in ("overview", "actors", "events", "evidence", "queries", "analytics", "ingest"):
            at.switch_page(f"views/{page}.py").run()
            assert not at.exception, (page, at.exception)
            shown = "\n".join(str(element.value) for kind in (
                "markdown", "text", "code", "caption", "title", "info", "warning", "error",
                "success") for element in getattr(at, kind))
            assert config.neo4j_password not in shown, page
            assert "neo4j" in shown.lower() or page != "ingest"  # the store is named, not its secret
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
