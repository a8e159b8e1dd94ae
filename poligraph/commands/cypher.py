"""``poligraph cypher``: an ad-hoc read-only Cypher query with parameters.

Write clauses are refused before the query reaches the store (``graph.readonly``); the Neo4j
store also runs reads in a read-only session.
"""

from __future__ import annotations

import argparse

from poligraph.commands.options import add_store_options, open_configured_store
from poligraph.commands.output import FORMATS
from poligraph.commands.params import add_param_option, parse_params

_TYPES = ("str", "int", "float", "bool", "date", "list")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cypher", help="run an ad-hoc read-only Cypher query",
                       description="Run a read-only Cypher query in the store's dialect. Writes "
                                   "(CREATE, MERGE, SET, DELETE, ...) are refused. Parameters: "
                                   "-p name=value (text) or -p name:TYPE=value with TYPE one of "
                                   + ", ".join(_TYPES) + "; use them as $name.")
    p.add_argument("text", metavar="CYPHER", help="the query, e.g. \"MATCH (p:Person) RETURN p.name\"")
    add_param_option(p, "query parameter (repeatable): name=value or name:int=5")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")
    add_store_options(p)
    p.set_defaults(func=run)


def typed_params(pairs: list[str]) -> dict[str, object]:
    """``name=value`` stays text; ``name:int=5`` is converted like a catalog parameter."""
    from graph.errors import QueryError
    from queries.catalog import ParamSpec, convert_param

    try:
        raw = parse_params(pairs)
    except argparse.ArgumentTypeError as exc:
        raise QueryError(str(exc)) from None
    params: dict[str, object] = {}
    for key, value in raw.items():
        name, _, kind = key.partition(":")
        kind = kind or "str"
        if kind not in _TYPES:
            raise QueryError(f"parameter {name}: unknown type {kind} (use {', '.join(_TYPES)})")
        params[name] = convert_param(ParamSpec(name=name, type=kind), value)
    return params


def run(args: argparse.Namespace) -> int:
    from graph.readonly import assert_read_only
    from poligraph.commands.output import render_rows

    params = typed_params(args.param)
    assert_read_only(args.text)  # refused before any store is opened
    with open_configured_store(args) as store:
        rows = store.read(args.text, params)
    print(render_rows(rows, args.format))
    return 0
