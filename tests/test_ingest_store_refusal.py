"""An article the store refuses is reported as a failure; the rest of the batch is loaded."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from graph.errors import StoreError, StoreUnavailable
from graph.model import Extraction
from graph.store import Store
from ingest.article import Article
from ingest.load import ingest_paths


def _bare_extractions(articles: Iterable[Article], **_: object) -> Iterator[Extraction]:
    for article in articles:
        yield Extraction(article=article.meta(), extractor="test/1")


def _corpus(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for index in range(count):
        path = folder / f"note-{index}.txt"
        path.write_text(f"Report number {index}\n\nThe council met for session {index}.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def _refuse(store: Store, monkeypatch: pytest.MonkeyPatch, word: str,
            error: type[StoreError]) -> None:
    original, original_batch = store._write_article, store._write_batch

    def write(rows, replace):  # type: ignore[no-untyped-def]
        if word in rows.article["text"]:
            raise error(f"article {rows.article['id']}: refused")
        original(rows, replace)

    def write_batch(batch):  # type: ignore[no-untyped-def]
        for rows, _ in batch:  # a back end that writes a batch at once refuses it whole
            if word in rows.article["text"]:
                raise error(f"article {rows.article['id']}: refused")
        original_batch(batch)

    monkeypatch.setattr(store, "_write_article", write)
    monkeypatch.setattr(store, "_write_batch", write_batch)


def test_refused_article_is_a_failure_and_the_batch_goes_on(
        embedded_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ingest.pipeline.extract_articles", _bare_extractions)
    _corpus(tmp_path / "in", 5)
    _refuse(embedded_store, monkeypatch, "session 2.", StoreError)
    seen: list[str] = []
    report = ingest_paths([tmp_path / "in"], embedded_store, batch_size=64,
                          on_error=lambda exc: seen.append(str(exc)))
    assert (report.read, report.written, report.failed) == (5, 4, 1)
    assert "note-2.txt" in str(report.failures[0]) and "refused" in str(report.failures[0])
    assert seen == [str(report.failures[0])]
    assert len(embedded_store.loaded_articles()) == 4


def test_unreachable_store_still_stops_the_ingest(
        embedded_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ingest.pipeline.extract_articles", _bare_extractions)
    _corpus(tmp_path / "in", 3)
    _refuse(embedded_store, monkeypatch, "session 1.", StoreUnavailable)
    with pytest.raises(StoreUnavailable):
        ingest_paths([tmp_path / "in"], embedded_store)


def test_second_ingest_of_a_loaded_corpus_loads_no_model(
        embedded_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.pipeline

    real = ingest.pipeline.extract_articles
    monkeypatch.setattr("ingest.pipeline.extract_articles", _bare_extractions)
    _corpus(tmp_path / "in", 3)
    assert ingest_paths([tmp_path / "in"], embedded_store).written == 3

    def no_model(*_: object) -> None:
        raise AssertionError("the model was loaded with nothing to parse")

    monkeypatch.setattr("ingest.pipeline.extract_articles", real)
    monkeypatch.setattr("ingest.nlp.load_pipeline", no_model)
    report = ingest_paths([tmp_path / "in"], embedded_store)
    assert (report.read, report.skipped, report.written) == (3, 3, 0)
    assert list(real([])) == []
