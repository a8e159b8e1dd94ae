"""Extraction speed: the full pipeline against the bare spaCy model on the same texts.

The bare reference is the very model the pipeline loads, with the same unused components left
out but without the project's gazetteer ruler and without turning docs into Extractions; the
ratio says what the project adds on top of parsing. Two workers (processes that each parse and
extract whole chunks, :mod:`ingest.parallel`) are compared with one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence

from benchmarks.table import Figure
from ingest.article import Article

__all__ = ["bench_extraction", "TARGET_VS_BARE", "TARGET_SCALING"]

TARGET_VS_BARE = 0.8
TARGET_SCALING = 1.6
_BATCH = 64


def _bare_run(texts: Sequence[str]) -> tuple[float, int]:
    """Seconds and tokens of the bare model's ``nlp.pipe`` over ``texts`` (load not timed)."""
    import spacy

    from ingest.nlp import _UNUSED, installed_model

    nlp = spacy.load(installed_model(), exclude=list(_UNUSED))
    list(nlp.pipe(texts[:2]))  # warm up
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=_BATCH))
    return time.perf_counter() - started, tokens


def _full_run(articles: Sequence[Article], workers: int) -> float:
    """Seconds of the full pipeline (parse, actors, dates, events) over ``articles``.

    Start-up is not timed: the model is loaded (one worker) or the parser processes are
    started and have loaded theirs (several) before the clock starts.
    """
    from ingest.nlp import load_pipeline
    from ingest.parallel import ParserPool
    from ingest.pipeline import extract_articles

    if workers == 1:
        load_pipeline()
        list(extract_articles(articles[:2]))  # warm up
        return _timed(lambda: extract_articles(articles), len(articles))
    with ParserPool(workers) as pool:
        pool.warm_up()
        list(extract_articles(articles[:2 * workers], pool=pool))
        return _timed(lambda: extract_articles(articles, pool=pool), len(articles))


def _timed(run: Callable[[], Iterator[object]], expected: int) -> float:
    started = time.perf_counter()
    count = sum(1 for _ in run())
    seconds = time.perf_counter() - started
    if count != expected:
        raise RuntimeError(f"the pipeline returned {count} extractions for {expected} "
                           "articles")
    return seconds


def bench_extraction(articles: Sequence[Article]) -> list[Figure]:
    """Articles/s and tokens/s of bare model, full pipeline on one and on two workers."""
    n = len(articles)
    bare_s, tokens = _bare_run([a.text for a in articles])
    one_s = _full_run(articles, 1)
    two_s = _full_run(articles, 2)
    bare_rate, one_rate, two_rate = n / bare_s, n / one_s, n / two_s
    vs_bare, scaling = one_rate / bare_rate, two_rate / one_rate
    note = f"{n} articles, {tokens} tokens"
    return [
        Figure("extraction", "bare model nlp.pipe", bare_rate, "articles/s", note=note),
        Figure("extraction", "bare model nlp.pipe tokens", tokens / bare_s, "tokens/s",
               note=note),
        Figure("extraction", "full pipeline, 1 worker", one_rate, "articles/s",
               reference=bare_rate, ratio=vs_bare, target=f">= {TARGET_VS_BARE}x bare model",
               met=vs_bare >= TARGET_VS_BARE, note=note),
        Figure("extraction", "full pipeline tokens, 1 worker", tokens / one_s, "tokens/s",
               reference=tokens / bare_s, ratio=vs_bare, note=note),
        Figure("extraction", "full pipeline, 2 workers", two_rate, "articles/s",
               reference=one_rate, ratio=scaling, target=f">= {TARGET_SCALING}x 1 worker",
               met=scaling >= TARGET_SCALING, note=note),
        Figure("extraction", "full pipeline tokens, 2 workers", tokens / two_s, "tokens/s",
               reference=tokens / one_s, ratio=scaling, note=note),
    ]
