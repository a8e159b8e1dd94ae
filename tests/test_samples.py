"""The sample articles shipped in samples/: every file reads cleanly, with its date and title."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ingest.readers import iter_articles

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _sample_files() -> list[Path]:
    return sorted(path for path in SAMPLES.iterdir() if path.name != "README.md")


def test_every_sample_reads_with_a_date_title_and_body() -> None:
    articles = list(iter_articles(_sample_files()))
    errors = [item for item in articles if isinstance(item, Exception)]
    assert errors == []
    assert len(articles) >= 16
    for article in articles:
        assert article.published is not None, article.path
        assert article.title, article.path
        assert 150 <= len(article.text.split()) <= 460, article.path


def test_samples_cover_every_reader_format() -> None:
    suffixes = Counter(path.suffix for path in _sample_files())
    assert suffixes[".txt"] >= 8
    assert {".json", ".jsonl", ".html", ".xml"} <= set(suffixes)


def test_html_sample_keeps_scripts_and_styles_out_of_the_text() -> None:
    page = SAMPLES / "2012-08-ecuador-asylum-assange.html"
    (article,) = list(iter_articles(page))
    assert "Assange" in article.text
    for leaked in ("pageStats", "console.log", "font-family", "Subscribe"):
        assert leaked not in article.text


def test_readme_lists_every_sample_file() -> None:
    listed = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for path in _sample_files():
        assert f"`{path.name}`" in listed, path.name
