"""The benchmarks' working folder: generated corpora and extractions cached as JSON Lines.

Corpora are generated once per size and seed (the generator is deterministic, so a corpus of
1,000 articles is the first 1,000 of a corpus of 10,000). Parsing is by far the slowest step,
so the loading and query benchmarks read extractions made once by the real pipeline from a
cache; a cache made for a larger corpus of the same seed serves any smaller size.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.model import Extraction
from ingest.article import Article

__all__ = ["Workspace"]

_CACHE = re.compile(r"^extractions-seed(\d+)-(\d+)\.jsonl$")


@dataclass(frozen=True)
class Workspace:
    """Files under ``root`` for corpora of seed ``seed``."""

    root: Path
    seed: int = 0

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)

    def corpus(self, n: int) -> Path:
        """The folder of a corpus of ``n`` articles (JSON Lines shards), generated if missing."""
        from benchmarks.corpus import generate_corpus

        folder = self.root / f"corpus-seed{self.seed}-{n}"
        done = folder / ".complete"
        if not done.exists():
            generate_corpus(folder, n, seed=self.seed, fmt="jsonl")
            done.write_text(str(n), encoding="utf-8")
        return folder

    def articles(self, n: int) -> list[Article]:
        """The ``n`` articles of the corpus, read by the project's readers."""
        from ingest.readers import iter_articles

        items = [a for a in iter_articles(self.corpus(n)) if isinstance(a, Article)]
        if len(items) != n:
            raise RuntimeError(f"corpus of {n} articles read as {len(items)}")
        return items

    def cache_path(self, n: int) -> Path:
        return self.root / f"extractions-seed{self.seed}-{n}.jsonl"

    def cached_sizes(self) -> list[int]:
        sizes = []
        for path in self.root.glob("extractions-seed*-*.jsonl"):
            match = _CACHE.match(path.name)
            if match and int(match.group(1)) == self.seed:
                sizes.append(int(match.group(2)))
        return sorted(sizes)

    def extractions(self, n: int, *, workers: int = 1) -> list[Extraction]:
        """Extractions of the first ``n`` articles: from a cache of at least ``n``, else made
        with the real pipeline (``workers`` processes) and cached."""
        for size in self.cached_sizes():
            if size >= n:
                found = list(self._read_cache(self.cache_path(size), n))
                if len(found) == n:
                    return found
        from ingest.pipeline import extract_articles

        made = list(extract_articles(self.articles(n), workers=workers))
        path = self.cache_path(n)
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as handle:
            for extraction in made:
                handle.write(extraction.to_json() + "\n")
        partial.replace(path)
        return made

    @staticmethod
    def _read_cache(path: Path, n: int) -> Iterator[Extraction]:
        with path.open(encoding="utf-8") as handle:
            for count, line in enumerate(handle):
                if count >= n:
                    return
                yield Extraction.model_validate(json.loads(line))
