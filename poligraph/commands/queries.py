"""``poligraph queries``: the catalog of named queries with their parameters."""

from __future__ import annotations

import argparse
import json


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("queries", help="list the named queries and their parameters",
                       description="List the catalog of named queries (run one with "
                                   "`poligraph query NAME -p key=value`).")
    p.add_argument("--json", action="store_true", help="print the catalog as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from queries.catalog import load_catalog

    catalog = load_catalog()
    if args.json:
        print(json.dumps([spec.to_dict() for spec in catalog.values()], indent=2,
                         ensure_ascii=False))
        return 0
    for spec in catalog.values():
        print(f"{spec.name} — {spec.title}")
        print(f"    {spec.description}")
        for param in spec.params:
            default = "required" if param.required else f"default {param.default!r}"
            print(f"    -p {param.name}=<{param.type}>  {param.description} ({default})")
        print(f"    e.g. {spec.example}")
        print()
    return 0
