"""``poligraph query NAME``: run a named query of the catalog with typed parameters."""

from __future__ import annotations

import argparse

from poligraph.commands.options import add_store_options, open_configured_store
from poligraph.commands.output import FORMATS
from poligraph.commands.params import add_param_option, parse_params


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("query", help="run a named query (see `poligraph queries`)",
                       description="Run a named query from the catalog. Parameters are given as "
                                   "-p key=value and converted to the types the query declares.")
    p.add_argument("name", help="query name, e.g. asylum_grants")
    add_param_option(p, "query parameter (repeatable), e.g. -p person=Bakiyev")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")
    add_store_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from poligraph.commands.output import render_rows
    from queries.catalog import get_query, run_query

    try:
        params = parse_params(args.param)
    except argparse.ArgumentTypeError as exc:
        from graph.errors import QueryError

        raise QueryError(str(exc)) from None
    spec = get_query(args.name)
    spec.bind(params)  # bad parameters are reported before the store is opened
    with open_configured_store(args) as store:
        rows = run_query(store, args.name, params)
    print(render_rows(rows, args.format))
    return 0
