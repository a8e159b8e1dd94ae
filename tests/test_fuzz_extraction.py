"""Arbitrary input never breaks extraction: the date resolver answers a valid date or nothing,
``extract_article`` gives a valid Extraction or a project error, and an article the extraction
fails on is reported while the rest of the batch is loaded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import ExtractionError
from graph.model import Extraction
from graph.vocab import DatePrecision
from ingest.article import Article
from ingest.time import DateResolver

WORDS = ["France", "Germany", "Russia", "President", "Vladimir", "Putin", "Ecuador", "granted",
         "asylum", "to", "signed", "a", "treaty", "with", "in", "Moscow", "on", "May", "8",
         "2010", "yesterday", "last", "week", "Monday", "ago", "two", "requested", "the",
         "extradition", "of", "said", "met", "NATO", "UN", "summit", ",", ".", "\n\n", "'s",
         "(", ")", "—", "“", "”", "12 March", "2019-02-30", "31 December 9999", "0001"]
SENTENCES = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
TEXTS = st.one_of(SENTENCES, st.text(max_size=300),
                  st.tuples(SENTENCES, st.text(max_size=40)).map("".join))
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1000, 1, 1),
                                          max_value=date(2999, 12, 31)))
EXPRESSIONS = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(WORDS), max_size=5)
                        .map(" ".join))


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, published=PUBLISHED, expression=EXPRESSIONS,
       offset=st.integers(min_value=-5, max_value=400))
def test_the_date_resolver_gives_a_real_date_or_nothing(text: str, published: date | None,
                                                        expression: str, offset: int) -> None:
    resolved = DateResolver(text, published).resolve(expression, offset)
    if resolved is None:
        return
    parts = resolved.value.split("-")
    expected = {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}
    assert len(parts) == expected[resolved.precision], resolved
    if resolved.precision is DatePrecision.DAY:
        date.fromisoformat(resolved.value)
    elif resolved.precision is DatePrecision.MONTH:
        assert 1 <= int(parts[1]) <= 12


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=PUBLISHED)
def test_extract_article_gives_a_valid_extraction_or_a_project_error(
        text: str, published: date | None) -> None:
    from ingest.nlp import load_pipeline
    from ingest.pipeline import extract_article

    article = Article(path="fuzz.txt", text=text, published=published)
    try:
        extraction = extract_article(article, load_pipeline()(text))
    except ExtractionError as exc:
        assert str(exc).startswith("fuzz.txt: ")
        return
    assert Extraction.model_validate(extraction.model_dump()) == extraction
    for item in [*extraction.events, *extraction.edges]:
        for evidence in item.evidence:
            assert text[evidence.start:evidence.end] == evidence.sentence


def test_an_article_the_extraction_fails_on_is_reported_and_the_rest_loaded(
        embedded_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import ingest.pipeline
    from ingest.load import ingest_paths

    original = ingest.pipeline._extract

    def flaky(article: Article, doc: object) -> Extraction:
        if "round 1 " in article.text:
            raise IndexError("a rule looked past the sentence")
        return original(article, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest.pipeline, "_extract", flaky)
    from fault_corpus import write_corpus

    write_corpus(tmp_path / "in", 3)
    seen: list[str] = []
    report = ingest_paths([tmp_path / "in"], embedded_store, on_error=lambda e: seen.append(str(e)))
    assert (report.read, report.written, report.failed) == (3, 2, 1)
    assert seen == [f"{tmp_path / 'in' / 'accord-0001.txt'}: extraction failed: IndexError: "
                    "a rule looked past the sentence"]
    with pytest.raises(ExtractionError, match="accord-0001.txt: extraction failed"):
        list(ingest.pipeline.extract_articles(
            [Article(path=str(tmp_path / "in" / "accord-0001.txt"),
                     text=(tmp_path / "in" / "accord-0001.txt").read_text(encoding="utf-8"))]))
