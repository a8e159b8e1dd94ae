"""``poligraph export``: the graph for Gephi/Cytoscape (GraphML, GEXF) or as linked data."""

from __future__ import annotations

import argparse
from pathlib import Path

from poligraph.commands.network_filters import add_filter_options, filter_arguments
from poligraph.commands.options import add_store_options, open_configured_store

FORMATS = ("graphml", "gexf", "turtle", "json-ld", "nt")  # as graph.export.EXPORT_FORMATS
SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".ttl": "turtle", ".jsonld": "json-ld",
            ".json": "json-ld", ".nt": "nt"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="write the graph as GraphML, GEXF, Turtle, JSON-LD or N-Triples",
        description="Write the graph to a file. graphml and gexf hold the actor network (for "
                    "Gephi, Cytoscape); turtle, json-ld and nt hold actors, events, typed edges, "
                    "articles and provenance as linked data (SEM, PROV-O, schema.org; see "
                    "docs/sparql.md).")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="output format (default: from the file's suffix)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    add_filter_options(p, events_help="events to keep (repeatable, or 'all'); in graphml/gexf "
                                      "their participants are linked (default: none), in the "
                                      "RDF formats all events are kept by default")
    add_store_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from graph.errors import ConfigError
    from graph.export import export_store

    path = Path(args.output)
    fmt = args.format or SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ConfigError(f"{path}: cannot tell the format from the suffix; give --format")
    filters = filter_arguments(args)
    with open_configured_store(args) as store:
        export_store(store, path, fmt, **filters)
    print(f"wrote {path} ({fmt})")
    return 0
