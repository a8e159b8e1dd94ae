"""Extraction in parser processes gives exactly what one process gives, in input order, and
an article that fails is reported without stopping the others."""

from __future__ import annotations

import pytest

from conftest import SAMPLES
from graph.errors import ExtractionError
from graph.model import Extraction
from ingest import parallel
from ingest.article import Article
from ingest.pipeline import extract_articles
from ingest.readers import iter_articles


def _samples() -> list[Article]:
    articles = [a for a in iter_articles([SAMPLES]) if isinstance(a, Article)]
    assert len(articles) >= 10
    return articles


def test_two_workers_give_the_same_extractions_in_the_same_order() -> None:
    articles = _samples()
    alone = [x.to_json() for x in extract_articles(articles)]
    with parallel.ParserPool(2, chunk_articles=3) as pool:  # several chunks per worker
        pooled = [x.to_json() for x in extract_articles(articles, pool=pool)]
    assert pooled == alone


def test_the_workers_option_starts_a_pool_of_its_own() -> None:
    articles = _samples()[:4]
    ids = [x.article.id for x in extract_articles(articles, workers=2)]
    assert ids == [a.id for a in articles]


def test_a_failing_article_becomes_its_error_and_its_chunk_goes_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """In the worker, one article's failure is returned in its place (checked in-process:
    the chunk function is what each worker runs)."""
    import ingest.pipeline

    articles = _samples()[:3]
    real = ingest.pipeline.extract_article

    def flaky(article: Article, doc: object) -> Extraction:
        if article is articles[1]:
            raise ExtractionError(f"{article.path}: extraction failed: a rule broke")
        return real(article, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest.pipeline, "extract_article", flaky)
    outcomes = parallel._extract_chunk(articles)
    assert [type(o) for o in outcomes] == [Extraction, ExtractionError, Extraction]
    assert articles[1].path in str(outcomes[1])


def test_errors_reach_on_error_and_the_rest_is_yielded(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _samples()[:3]
    failure = ExtractionError("b.txt: extraction failed: a rule broke")

    class FakePool:
        def extract(self, items: object) -> object:
            return iter([failure, "first", "second"])

    seen: list[ExtractionError] = []
    out = list(extract_articles(articles, pool=FakePool(), on_error=seen.append))  # type: ignore[arg-type]
    assert out == ["first", "second"] and seen == [failure]
    with pytest.raises(ExtractionError, match="a rule broke"):
        list(extract_articles(articles, pool=FakePool()))  # type: ignore[arg-type]


def test_a_pool_needs_a_worker() -> None:
    with pytest.raises(ValueError):
        parallel.ParserPool(0)


def test_workers_end_when_their_parent_is_killed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A parent that dies without shutting its pool down (a crash, kill -9) leaves no worker
    behind holding a copy of the model."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    script = ("import os, sys\n"
              "from ingest.parallel import ParserPool\n"
              "pool = ParserPool(2)\n"
              "pool.warm_up()\n"
              "print(os.getpid(), flush=True)\n"
              "sys.stdin.read()\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True,
                              cwd=os.path.dirname(os.path.dirname(__file__)))
    try:
        assert parent.stdout is not None
        parent.stdout.readline()  # the workers are up
        workers = [c for c in psutil.Process(parent.pid).children(recursive=True)
                   if "spawn_main" in " ".join(c.cmdline())]
        assert len(workers) == 2
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        def alive(worker: psutil.Process) -> bool:
            try:
                return worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE
            except psutil.NoSuchProcess:
                return False

        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(alive(w) for w in workers):
            time.sleep(0.2)
        assert not [w.pid for w in workers if alive(w)]
    finally:
        if parent.poll() is None:
            parent.kill()
