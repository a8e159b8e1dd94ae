"""The synthetic benchmark corpus: seeded, within its length bounds, varied, and readable."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.corpus import (EVENT_TYPES, MAX_WORDS, MIN_WORDS, generate_corpus, main,
                               make_article)
from ingest.readers import iter_articles


def _contents(paths: list[Path]) -> list[bytes]:
    return [path.read_bytes() for path in paths]


def test_same_seed_gives_the_same_corpus(tmp_path: Path) -> None:
    first = generate_corpus(tmp_path / "a", 8, seed=7)
    second = generate_corpus(tmp_path / "b", 8, seed=7)
    assert [path.name for path in first] == [path.name for path in second]
    assert _contents(first) == _contents(second)


def test_another_seed_gives_another_corpus(tmp_path: Path) -> None:
    first = generate_corpus(tmp_path / "a", 5, seed=1)
    second = generate_corpus(tmp_path / "b", 5, seed=2)
    assert all(one != two for one, two in zip(_contents(first), _contents(second)))


def test_every_article_is_within_the_word_range(tmp_path: Path) -> None:
    paths = generate_corpus(tmp_path, 40, seed=3)
    assert len(paths) == 40
    counts = [len(path.read_text(encoding="utf-8").split()) for path in paths]
    assert all(MIN_WORDS <= count <= MAX_WORDS for count in counts), counts
    assert max(counts) - min(counts) > 300  # lengths are spread, not all alike


def test_all_event_types_occur_and_lead_stories_vary() -> None:
    articles = [make_article(index, seed=0) for index in range(200)]
    seen = Counter(kind for article in articles for kind in article.event_types)
    assert set(seen) == set(EVENT_TYPES)
    leads = Counter(article.event_types[0] for article in articles)
    assert len(leads) >= 10
    openings = {article.paragraphs[0] for article in articles}
    assert len(openings) == len(articles)


def test_text_files_have_a_dateline_and_title_the_reader_recognises(tmp_path: Path) -> None:
    paths = generate_corpus(tmp_path, 30, seed=5)
    articles = list(iter_articles(tmp_path))
    assert len(articles) == len(paths)
    for article in articles:
        assert not isinstance(article, Exception), article
        expected = make_article(int(Path(article.path).stem.split("-")[1]), seed=5)
        assert article.published == expected.published
        assert article.title == expected.title
        assert "{" not in article.text and "}" not in article.text


def test_json_lines_records_carry_the_article_fields(tmp_path: Path) -> None:
    paths = generate_corpus(tmp_path, 5, seed=4, fmt="jsonl")
    assert [path.suffix for path in paths] == [".jsonl"]
    records = [json.loads(line) for line in paths[0].read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    for index, record in enumerate(records):
        assert set(record) == {"title", "date", "url", "source", "text"}
        assert record["text"] == make_article(index, seed=4).body
    read = [article for article in iter_articles(paths) if not isinstance(article, Exception)]
    assert [article.title for article in read] == [record["title"] for record in records]


def test_unknown_format_and_negative_count_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format"):
        generate_corpus(tmp_path, 1, fmt="xml")
    with pytest.raises(ValueError, match="negative"):
        generate_corpus(tmp_path, -1)


def test_command_line_writes_the_requested_number(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "-n", "3", "--seed", "9"]) == 0
    assert len(list(tmp_path.glob("*.txt"))) == 3
    assert "3 articles" in capsys.readouterr().out
