"""The ``poligraph`` command: parse arguments, call a library function, print.

It alone turns the project's exceptions into one-line messages and exit codes. Each command
lives in ``poligraph.commands.<name>`` and imports its heavy dependencies inside its handler,
so ``poligraph --help`` answers at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from graph.errors import PoligraphError
from poligraph import __version__
from poligraph.commands import COMMAND_MODULES

__all__ = ["main", "build_parser"]

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="poligraph",
        description="News articles become a sourced graph of political actors and events.",
    )
    parser.add_argument("--version", action="version", version=f"poligraph {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except PoligraphError as exc:
        print(f"poligraph: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("poligraph: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
