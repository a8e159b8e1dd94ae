"""The dashboard served by ``poligraph dashboard`` and opened in headless Chromium.

Every page must render without a Python exception or an error box, show what the corpus holds,
and leave a screenshot under test-output/screenshots/. Chromium is Debian's, driven through
Playwright's Python API (no browser download); without it the test skips, except in CI.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import IN_CI, REPO
from dashboard_corpus import MARKUP_EDGE_TYPE, build_store, markup_article
from graph.ids import edge_key

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOTS = REPO / "test-output" / "screenshots"
START_TIMEOUT_S = 90
RENDER_TIMEOUT_MS = 60_000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_healthy(url: str, child: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if child.poll() is not None:
            pytest.fail(f"the dashboard exited with {child.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"the dashboard did not answer within {START_TIMEOUT_S}s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail("/usr/bin/chromium is required in CI (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium is not installed")
    folder = tmp_path_factory.mktemp("dashboard-browser")
    db = folder / "graph.lbdb"
    build_store(db)
    port = _free_port()
    log = folder / "server.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "POLIGRAPH_"))}
    env["POLIGRAPH_STORE"] = "embedded"
    with log.open("wb") as out:
        child = subprocess.Popen(
            [sys.executable, "-m", "poligraph", "dashboard", "--port", str(port), "--db", str(db)],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, child, log)
        yield url
    finally:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _markup_edge() -> str:
    x = markup_article()
    return edge_key(MARKUP_EDGE_TYPE.value, "RUS", "BLR", "ev-markup-v1", x.article.id)


# page path, what must appear once it has rendered
PAGES = [
    ("overview", "", "CSTO leaders sign Moscow Declaration"),
    ("actors", "?actor=person:alexander-lukashenko", "Alyaksandr Lukashenka"),
    ("events", "", "Kurmanbek Bakiyev"),
    ("evidence", "?id={markup}", "Markup Monitor"),
    ("queries", "", "One actor at a glance"),
    ("analytics", "", "Belarus"),
    ("ingest", "", "Extract and load"),
]


@pytest.mark.parametrize("page_name, query, expected", PAGES, ids=[p[0] for p in PAGES])
def test_page_renders_in_chromium(server: str, browser, page_name: str, query: str,
                                  expected: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    try:
        path = "" if page_name == "overview" else page_name
        page.goto(f"{server}/{path}{query.format(markup=_markup_edge())}")
        page.get_by_text(expected).first.wait_for(state="attached", timeout=RENDER_TIMEOUT_MS)
        # the script has finished when Streamlit's "running" indicator is gone
        page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"] [data-testid=\"stStatusWidgetRunningIcon\"]')",
            timeout=RENDER_TIMEOUT_MS)
        page.wait_for_timeout(1500)  # let charts and the network component draw
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{page_name}.png"), full_page=True)
        assert page.locator('[data-testid="stException"]').count() == 0
        errors = page.locator('[data-testid="stAlertContentError"]')
        assert errors.count() == 0, errors.all_inner_texts()
        if page_name == "actors":
            page.get_by_text("Network", exact=True).first.click()
            page.locator("iframe").first.wait_for(timeout=RENDER_TIMEOUT_MS)
            page.wait_for_timeout(4000)  # the layout settles
            page.screenshot(path=str(SCREENSHOTS / "actors-network.png"))
            assert page.get_by_text("3 actor(s), 2 edge(s)").count() == 1
        if page_name == "evidence":
            assert page.locator("mark#evidence").inner_text().startswith("Russia criticized")
            assert page.locator("script:has-text('owned')").count() == 0
            assert page.get_by_text("<script>alert('owned')</script>", exact=False).count() >= 1
    finally:
        page.close()
