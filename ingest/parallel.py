"""Extraction in several processes: each worker parses *and* extracts a chunk of articles.

spaCy's own ``nlp.pipe(n_process=...)`` parses in workers but sends every ``Doc`` back to the
calling process, which then deserialises it and runs the whole extraction alone: on two CPUs
that process becomes the bottleneck. Here each worker loads the pipeline once, turns its
chunk into :class:`Extraction` objects and sends back only those (a few kilobytes per
article), so the calling process is left with little more than writing them.

Chunks are submitted a few at a time (not the whole input at once), so a corpus of any size
streams through in bounded memory; results come back in input order.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from graph.errors import ExtractionError
from graph.model import Extraction
from ingest.article import Article

__all__ = ["ParserPool", "CHUNK_ARTICLES"]

#: Articles per task: enough to amortise the hand-off, few enough to keep workers even.
CHUNK_ARTICLES = 8
#: Tasks in flight per worker: one being parsed, one waiting, so no worker ever idles.
_IN_FLIGHT_PER_WORKER = 2

Outcome = Extraction | ExtractionError


class ParserPool:
    """``workers`` processes that each hold the pipeline; use as a context manager.

    Workers are started with ``spawn``: a fresh interpreter is slower to start than a fork,
    but it never inherits the threads or open database handles of the calling process.
    """

    def __init__(self, workers: int, *, chunk_articles: int = CHUNK_ARTICLES) -> None:
        if workers < 1:
            raise ValueError("a parser pool needs at least one worker")
        self.workers = workers
        self._chunk = max(1, chunk_articles)
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_load_worker_pipeline)

    def __enter__(self) -> "ParserPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def warm_up(self) -> None:
        """Start every worker and load its pipeline now rather than with the first chunk."""
        for future in [self._executor.submit(_ready) for _ in range(self.workers)]:
            self._result(future)

    def extract(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Each article's Extraction, or the ExtractionError it failed with, in input order."""
        window = self.workers * _IN_FLIGHT_PER_WORKER
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in _chunks(articles, self._chunk):
            pending.append(self._executor.submit(_extract_chunk, chunk))
            if len(pending) >= window:
                yield from self._result(pending.popleft())
        while pending:
            yield from self._result(pending.popleft())

    def _result(self, future: Future) -> list[Outcome]:  # type: ignore[type-arg]
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise ExtractionError(f"a parser process ended abruptly ({exc}); the articles "
                                  "loaded so far are kept — run the same command again to "
                                  "resume") from None


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- in the worker processes ------------------------------------------------------------------

def _load_worker_pipeline() -> None:
    """Load the pipeline as the worker starts. A failure here would only say that the pool
    broke; left to the first task, it reaches the caller with its own message."""
    from ingest.nlp import load_pipeline

    _exit_with_parent()
    try:
        load_pipeline()
    except ExtractionError:
        pass


def _exit_with_parent(poll_s: float = 1.0) -> None:
    """End this worker when the process that started it is gone. A pool shut down normally
    stops its workers; a parent killed outright (a crash, ``kill -9``) would leave them waiting
    for tasks forever, each holding a copy of the model."""
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_s)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _ready() -> bool:
    from ingest.nlp import load_pipeline

    load_pipeline()
    return True


def _extract_chunk(chunk: Sequence[Article]) -> list[Outcome]:
    """One chunk parsed in one ``nlp.pipe`` call; a failing article becomes its error."""
    from ingest.nlp import load_pipeline
    from ingest.pipeline import extract_article

    nlp = load_pipeline()
    out: list[Outcome] = []
    for doc, article in nlp.pipe(((a.text, a) for a in chunk), as_tuples=True,
                                 batch_size=len(chunk)):
        try:
            out.append(extract_article(article, doc))
        except ExtractionError as exc:
            out.append(exc)
    return out
