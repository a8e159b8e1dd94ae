"""Reading, extraction and loading composed: the main job behind ``poligraph ingest``.

Articles stream from the readers through the NLP pipeline into the store in batches. Bad
inputs are reported and skipped, articles already fully loaded are skipped *before* the costly
NLP (so a killed run resumes where it stopped), and articles are written in transactions of a
batch each: a batch commits whole, Article marks included, or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import (AuthenticationFailed, InputError, PoligraphError, StoreError,
                          StoreUnavailable)
from graph.model import Extraction
from graph.store import Store
from ingest.article import Article

__all__ = ["IngestReport", "extract_paths", "ingest_paths"]


@dataclass
class IngestReport:
    read: int = 0
    written: int = 0
    skipped: int = 0  # already loaded
    failures: list[PoligraphError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def _articles(paths: Iterable[str | Path], report: IngestReport,
              on_error: Callable[[PoligraphError], None] | None,
              reader_options: object | None = None) -> Iterator[Article]:
    from ingest.readers import iter_articles

    for item in iter_articles(paths, reader_options):  # type: ignore[arg-type]
        if isinstance(item, InputError):
            report.failures.append(item)
            if on_error:
                on_error(item)
            continue
        report.read += 1
        yield item


def _reporter(report: IngestReport, on_error: Callable[[PoligraphError], None] | None
              ) -> Callable[[PoligraphError], None]:
    """Records an article that failed extraction in the report, and passes it on."""
    def record(error: PoligraphError) -> None:
        report.failures.append(error)
        if on_error:
            on_error(error)
    return record


def extract_paths(paths: Iterable[str | Path], *, workers: int = 1,
                  on_error: Callable[[PoligraphError], None] | None = None,
                  report: IngestReport | None = None,
                  reader_options: object | None = None) -> Iterator[Extraction]:
    """Extractions of every readable article under ``paths``, streamed in input order."""
    from ingest.pipeline import extract_articles

    report = report if report is not None else IngestReport()
    yield from extract_articles(_articles(paths, report, on_error, reader_options),
                                workers=workers, on_error=_reporter(report, on_error))


def ingest_paths(paths: Iterable[str | Path], store: Store, *, workers: int = 1,
                 force: bool = False, batch_size: int | None = None,
                 on_error: Callable[[PoligraphError], None] | None = None,
                 on_article: Callable[[Extraction], None] | None = None,
                 reader_options: object | None = None) -> IngestReport:
    """Read, extract and load; returns counts and the failures (the batch never stops early).

    ``batch_size`` articles are handed to the store at a time (default: the store's own
    transaction size).
    """
    from ingest.pipeline import extract_articles

    batch_size = batch_size or store.batch_articles
    report = IngestReport()
    loaded = set() if force else store.loaded_articles()
    seen: set[str] = set()

    def todo() -> Iterator[Article]:
        for article in _articles(paths, report, on_error, reader_options):
            if article.id in loaded or article.id in seen:
                report.skipped += 1
                continue
            seen.add(article.id)
            yield article

    batch: list[Extraction] = []

    def flush() -> None:
        pending = list(batch)
        batch.clear()
        while pending:
            done: list[str] = []

            def count(article_id: str, written: bool) -> None:
                done.append(article_id)
                if written:
                    report.written += 1
                else:
                    report.skipped += 1

            try:
                store.write(pending, force=force, on_article=count)
                return
            except (StoreUnavailable, AuthenticationFailed):
                raise
            except StoreError as exc:  # one article the store refuses; the batch goes on
                failed = pending[len(done)]
                report.failures.append(InputError(failed.article.path, str(exc)))
                if on_error:
                    on_error(report.failures[-1])
                pending = pending[len(done) + 1:]

    for extraction in extract_articles(todo(), workers=workers,
                                       on_error=_reporter(report, on_error)):
        batch.append(extraction)
        if on_article:
            on_article(extraction)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report
