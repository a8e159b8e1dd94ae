"""``poligraph extract``: articles to actors, events and edges, printed, nothing stored."""

from __future__ import annotations

import argparse
import sys

from poligraph.commands.options import add_reader_options, positive_int, reader_options


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract actors, events and edges from articles and print them",
                       description="Extract actors, events and typed edges from articles (files, "
                                   "folders, feeds) and print them; nothing is stored.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print one JSON object per article (JSON Lines)")
    p.add_argument("--workers", type=positive_int, default=1, help="NLP processes (default 1)")
    add_reader_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ingest.load import IngestReport, extract_paths
    from ingest.summary import describe_extraction

    report = IngestReport()

    def warn(error: Exception) -> None:
        print(f"poligraph: skipped {error}", file=sys.stderr)

    for extraction in extract_paths(args.paths, workers=args.workers, on_error=warn, report=report,
                                   reader_options=reader_options(args)):
        if args.json:
            print(extraction.to_json(), flush=False)
        else:
            print(describe_extraction(extraction))
    sys.stdout.flush()
    if report.failed:
        print(f"poligraph: {report.failed} input(s) failed, {report.read} read", file=sys.stderr)
        return 1
    return 0
