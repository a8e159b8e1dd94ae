"""``poligraph stats``: nodes by label, edges by type, articles."""

from __future__ import annotations

import argparse
import json

from poligraph.commands.options import add_store_options, open_configured_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="count nodes by label, edges by type and articles",
                       description="Count nodes by label, relationships by type and articles in the store.")
    add_store_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_configured_store(args) as store:
        stats = store.stats().to_dict()
    if args.json:
        print(json.dumps(stats, indent=2, sort_keys=True))
        return 0
    print(f"articles: {stats['articles']}")
    print("nodes:")
    for label, count in stats["nodes"].items():
        print(f"  {label:<14} {count}")
    print("edges:")
    for rel, count in stats["edges"].items():
        print(f"  {rel:<24} {count}")
    return 0
