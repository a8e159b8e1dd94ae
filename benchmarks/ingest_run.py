"""One ingest in its own process, so that its peak memory is its own.

``python -m benchmarks.ingest_run CORPUS --db PATH [--workers N] [--cache FILE]`` reads, extracts
and loads ``CORPUS`` into the embedded store at ``PATH`` (with ``--neo4j`` instead: into the Neo4j
database that ``NEO4J_URI`` names, emptied first) and prints one JSON object: counts, seconds and
the peak resident memory the kernel recorded for the process and its workers.
With ``--cache``, every extraction is also appended to that JSON Lines file (the loading and
query benchmarks reuse them instead of parsing the corpus again).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ingest_run")
    parser.add_argument("corpus", type=Path)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--db", type=Path)
    target.add_argument("--neo4j", action="store_true")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)

    import os

    from graph.config import StoreConfig
    from graph.stores import open_store
    from ingest.load import ingest_paths

    if args.neo4j:
        env = dict(os.environ)
        env.setdefault("NEO4J_PASSWORD", "poligraph-dev")
        config = StoreConfig.from_env(env, backend="neo4j")
        with open_store(config) as store:
            store._clear_all_for_tests()  # type: ignore[attr-defined]
    else:
        # As `poligraph ingest` opens it: the ingest's page cache, or POLIGRAPH_DB_CACHE_MB.
        config = StoreConfig.from_env(backend="embedded", db_path=args.db, ingesting=True)
    started = time.perf_counter()
    cache = args.cache.open("w", encoding="utf-8") if args.cache else None
    try:
        with open_store(config) as store:
            report = ingest_paths(
                [args.corpus], store, workers=args.workers,
                on_article=(lambda x: cache.write(x.to_json() + "\n")) if cache else None)
    finally:
        if cache:
            cache.close()
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    json.dump({"read": report.read, "written": report.written, "skipped": report.skipped,
               "failed": report.failed, "seconds": seconds,
               "maxrss_self_kib": own, "maxrss_children_kib": children}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
