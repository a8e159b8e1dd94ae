"""Sub-commands of ``poligraph``; each module offers ``add_parser(subparsers)``."""

from poligraph.commands import extract, ingest, stats
from poligraph.commands import cypher, queries, query

COMMAND_MODULES = [extract, ingest, stats]
COMMAND_MODULES += [queries, query, cypher]
from poligraph.commands import dashboard
COMMAND_MODULES += [dashboard]
from poligraph.commands import analyze, export
COMMAND_MODULES += [analyze, export]
