"""``poligraph ingest``: read, extract and load articles into the store; print what was found."""

from __future__ import annotations

import argparse
import sys

from poligraph.commands.options import (add_reader_options, add_store_options,
                                        open_configured_store, positive_int, reader_options,
                                        store_config)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="extract articles and load them into the graph store",
                       description="Read articles (files, folders, feeds), extract actors, events "
                                   "and typed edges, and load them into the store. Articles "
                                   "already loaded are skipped, so a re-run resumes a stopped one.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_store_options(p)
    p.add_argument("--workers", type=positive_int, default=1, help="NLP processes (default 1)")
    p.add_argument("--force", action="store_true", help="re-extract and rewrite loaded articles")
    p.add_argument("--quiet", "-q", action="store_true", help="print only the totals")
    add_reader_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ingest.load import ingest_paths
    from ingest.summary import Totals, describe_extraction

    def warn(error: Exception) -> None:
        print(f"poligraph: skipped {error}", file=sys.stderr)

    totals = Totals()

    def show(extraction) -> None:  # type: ignore[no-untyped-def]
        totals.add(extraction)
        if not args.quiet:
            print(describe_extraction(extraction), flush=True)

    with open_configured_store(args, ingesting=True) as store:
        report = ingest_paths(args.paths, store, workers=args.workers, force=args.force,
                              on_error=warn, on_article=show,
                              reader_options=reader_options(args))
        print()
        print(totals)
        print(f"loaded {report.written} new article(s), {report.skipped} already loaded, "
              f"{report.failed} failed — {store_config(args).describe()}")
    if report.failed:
        print(f"poligraph: {report.failed} input(s) failed", file=sys.stderr)
        return 1
    return 0
